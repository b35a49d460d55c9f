"""The stored, GIN-indexed search vector of each claim (PostgreSQL)."""

import django.contrib.postgres.search
from django.db import migrations

OLD_INDEX = "claims_claim_search_gin"
INDEX = "claims_claim_search_vector_gin"


def fill_and_index(apps, schema_editor):
    """On PostgreSQL: fill the stored vector and index it; the expression index it replaces
    (0003) never matched the search's predicate, so searches scanned every claim."""
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "UPDATE claims_claim SET search_vector = "
        "to_tsvector('english'::regconfig, COALESCE(search_document, ''))"
    )
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON claims_claim USING GIN (search_vector)"
    )


def unindex(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON claims_claim USING GIN "
        "(to_tsvector('english'::regconfig, COALESCE(search_document, '')))"
    )


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0014_renormalize_alias_apostrophes'),
    ]

    operations = [
        migrations.AddField(
            model_name='claim',
            name='search_vector',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(fill_and_index, unindex),
    ]
