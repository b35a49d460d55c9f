"""Fact-checkers may correct and withdraw published claims; editors may not."""

from django.db import migrations

from claims.migrations import _groups


def grant(apps, schema_editor):
    _groups.grant(apps, "Fact-checkers", ["correct_claim"])


def revoke(apps, schema_editor):
    _groups.revoke(apps, "Fact-checkers", ["correct_claim"])


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0008_correction_drops_verdict_only_fields"),
        ("claims", "0002_editor_and_fact_checker_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
