"""Full-text search index for the public claim search, on PostgreSQL only.

The expression matches what SearchVector("search_document", config="english") compiles to, so
the planner can use it. SQLite has no GIN; its search falls back to LIKE (claims.views.public).
"""

from django.db import migrations

INDEX = "claims_claim_search_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON claims_claim USING GIN "
            "(to_tsvector('english'::regconfig, COALESCE(search_document, '')))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0002_editor_and_fact_checker_groups")]

    operations = [migrations.RunPython(create_index, drop_index)]
