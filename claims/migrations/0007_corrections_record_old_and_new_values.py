"""Verdict corrections written before the general change log keep their old and new verdicts,
now as the words readers saw."""

from django.db import migrations

LABELS = {
    "unverified": "Unverified", "in_review": "In review", "true": "True",
    "mostly_true": "Mostly true", "misleading": "Misleading", "false": "False",
    "unverifiable": "Unverifiable",
}  # fmt: skip
VALUES = {label: value for value, label in LABELS.items()}


def forwards(apps, schema_editor):
    Correction = apps.get_model("claims", "Correction")
    for correction in Correction.objects.filter(kind="verdict"):
        correction.old_value = LABELS.get(correction.old_verdict, correction.old_verdict)
        correction.new_value = LABELS.get(correction.new_verdict, correction.new_verdict)
        correction.save(update_fields=["old_value", "new_value"])


def backwards(apps, schema_editor):
    Correction = apps.get_model("claims", "Correction")
    for correction in Correction.objects.filter(kind="verdict"):
        correction.old_verdict = VALUES.get(correction.old_value, "")
        correction.new_verdict = VALUES.get(correction.new_value, "")
        correction.save(update_fields=["old_verdict", "new_verdict"])


class Migration(migrations.Migration):
    dependencies = [("claims", "0006_public_record")]

    operations = [migrations.RunPython(forwards, backwards)]
