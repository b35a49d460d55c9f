"""The newsroom's whole record as one JSON file, and back.

Everything the desk has made — articles, claims, sources, aliases, attributions, evidence,
corrections, dismissed suggestions — and every history row. Users appear by username only
(never password hashes); importing creates any missing user as inactive with an unusable
password, for an administrator to enable.
"""

import json
from datetime import date, datetime
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.management.color import no_style
from django.db import connection, transaction

FORMAT = "factcheck-newsroom/1"
# Parents before children, so every foreign key points at a row that is already there.
MODELS = [
    "claims.Source",
    "claims.SourceAlias",
    "claims.Article",
    "claims.Claim",
    "claims.Attribution",
    "claims.Evidence",
    "claims.Correction",
    "claims.DismissedSuggestion",
    "claims.HistoricalSource",
    "claims.HistoricalSourceAlias",
    "claims.HistoricalArticle",
    "claims.HistoricalClaim",
    "claims.HistoricalAttribution",
    "claims.HistoricalEvidence",
]


class ArchiveError(ValueError):
    pass


def _exact(value):
    """Dates and times to full ISO 8601 (Django's JSON encoder drops microseconds)."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot archive {type(value).__name__}")


def _models():
    return [apps.get_model(label) for label in MODELS]


def export_newsroom(path: Path) -> dict[str, int]:
    User = get_user_model()
    records = {}
    counts = {}
    for model in _models():
        rows = model._default_manager.order_by("pk")
        records[model._meta.label] = serializers.serialize(
            "python", rows, use_natural_foreign_keys=True
        )
        counts[model._meta.label] = len(records[model._meta.label])
    document = {
        "format": FORMAT,
        "users": sorted(User.objects.values_list(User.USERNAME_FIELD, flat=True)),
        "records": records,
    }
    path.write_text(
        json.dumps(document, ensure_ascii=False, indent=1, default=_exact), encoding="utf-8"
    )
    return counts


@transaction.atomic
def import_newsroom(path: Path) -> dict[str, int]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ArchiveError(f"{path} is not a readable archive: {error}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ArchiveError(f"{path} is not a {FORMAT} archive.")
    models = _models()
    if any(model._default_manager.exists() for model in models):
        raise ArchiveError("The database already holds newsroom data; import into an empty one.")
    User = get_user_model()
    for username in document.get("users", []):
        if not User.objects.filter(**{User.USERNAME_FIELD: username}).exists():
            user = User(**{User.USERNAME_FIELD: username}, is_active=False)
            user.set_unusable_password()
            user.save()
    counts = {}
    records = document.get("records", {})
    for model in models:
        rows = records.get(model._meta.label, [])
        for item in serializers.deserialize("python", rows, handle_forward_references=True):
            item.save()  # a raw save: no signals, so no new history rows
        counts[model._meta.label] = len(rows)
    with connection.cursor() as cursor:  # explicit ids were inserted: move sequences past them
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)
    return counts
