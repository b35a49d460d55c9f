"""Aliases with a curly apostrophe were stored without it ("Russia’s" as "russias"), so they
never met the same name typed with a straight one. Store them folded as normalize_name now does.
"""

from django.db import migrations

from claims.text.names import normalize_name


def renormalize(apps, schema_editor):
    SourceAlias = apps.get_model("claims", "SourceAlias")
    for alias in SourceAlias.objects.filter(name__contains="’").iterator():
        normalized = normalize_name(alias.name)
        clash = SourceAlias.objects.filter(source_id=alias.source_id, normalized=normalized)
        if clash.exclude(pk=alias.pk).exists():
            continue  # the straight-apostrophe twin already exists; this one stays as it was
        SourceAlias.objects.filter(pk=alias.pk).update(normalized=normalized)


class Migration(migrations.Migration):
    dependencies = [("claims", "0013_suggestion_runs")]

    operations = [migrations.RunPython(renormalize, migrations.RunPython.noop)]
