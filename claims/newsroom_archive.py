"""The newsroom's whole record as one JSON file, and back.

Everything the desk has made — articles, claims, sources, aliases, attributions, evidence,
fetched pages and archived copies, corrections, dismissed suggestions — and every history row. Users appear by username only
(never password hashes); importing creates any missing user as inactive with an unusable
password, for an administrator to enable. The import trusts nothing in the file: see
`import_newsroom` and SECURITY.md.
"""

import json
from datetime import date, datetime
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist, ValidationError
from django.core.management.color import no_style
from django.db import DataError, IntegrityError, connection, transaction

from claims.services import tallies

FORMAT = "factcheck-newsroom/1"
# Parents before children, so every foreign key points at a row that is already there.
MODELS = [
    "claims.Source",
    "claims.SourceAlias",
    "claims.Article",
    "claims.Claim",
    "claims.Attribution",
    "claims.Evidence",
    "claims.PageCapture",
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


def _refuse(where: str, error: Exception) -> ArchiveError:
    text = " ".join(getattr(error, "messages", None) or [str(error)])
    return ArchiveError(f"{where}: {' '.join(text.split())[:300]}")


def _validate(model, instance) -> None:
    """Check a row as the forms would: choices, lengths, URL schemes, required values.

    Foreign keys are checked once every row is in (`check_constraints`), so a row may point at
    one that comes later; history rows keep ids of rows since deleted, so theirs are not, nor
    are history's own bookkeeping fields (the type, date and reason of each entry).
    """
    skipped = [f.name for f in model._meta.fields if f.is_relation or f.name.startswith("history_")]
    instance.full_clean(exclude=skipped, validate_unique=False, validate_constraints=False)


def _restore_users(usernames) -> None:
    """Users by name only: missing ones come in inactive with no usable password. Existing
    users, their passwords, flags, groups and permissions are never touched."""
    User = get_user_model()
    if not isinstance(usernames, list) or not all(isinstance(u, str) for u in usernames):
        raise ArchiveError("The archive's users must be a list of usernames.")
    for username in usernames:
        if not User.objects.filter(**{User.USERNAME_FIELD: username}).exists():
            user = User(**{User.USERNAME_FIELD: username}, is_active=False)
            user.set_unusable_password()
            try:
                user.full_clean(exclude=["password"])
            except ValidationError as error:
                raise _refuse(f"user {username[:40]!r}", error) from None
            user.save()


def _rows(records, model) -> list[dict]:
    """A section's rows, each forced to the section's own model whatever it claims to be."""
    rows = records.get(model._meta.label, [])
    if not isinstance(rows, list):
        raise ArchiveError(f"{model._meta.label}: expected a list of rows.")
    forced = []
    for number, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not isinstance(row.get("fields"), dict):
            raise ArchiveError(f"{model._meta.label} row {number}: not a row with fields.")
        forced.append({"model": model._meta.label, "pk": row.get("pk"), "fields": row["fields"]})
    return forced


@transaction.atomic
def import_newsroom(path: Path) -> dict[str, int]:
    """Restore an archive into a database without newsroom data, all or nothing.

    The archive may come from elsewhere (a migration, a partner), so nothing in it is trusted:
    only the newsroom's own models are read, each from its own section; every row is validated
    like a form's input; users are names only; every foreign key must point at a row of the
    archive. Any problem ends the import with one line saying where, and nothing is kept.
    """
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ArchiveError(f"{path} is not a readable archive: {error}") from None
    if size > settings.NEWSROOM_ARCHIVE_MAX_BYTES:
        raise ArchiveError(
            f"{path} is {size:,} bytes; archives up to {settings.NEWSROOM_ARCHIVE_MAX_BYTES:,} "
            "bytes are accepted (NEWSROOM_ARCHIVE_MAX_BYTES)."
        )
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise ArchiveError(f"{path} is not a readable archive: {error}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ArchiveError(f"{path} is not a {FORMAT} archive.")
    records = document.get("records", {})
    if not isinstance(records, dict):
        raise ArchiveError("The archive's records must be an object of sections.")
    if unknown := set(records) - set(MODELS):
        raise ArchiveError(
            f"The archive has sections this newsroom does not import: {sorted(unknown)[:5]}."
        )
    models = _models()
    if any(model._default_manager.exists() for model in models):
        raise ArchiveError("The database already holds newsroom data; import into an empty one.")
    _restore_users(document.get("users", []))
    counts = {}
    for model in models:
        rows = _rows(records, model)
        try:
            items = list(serializers.deserialize("python", rows, handle_forward_references=True))
        except (
            serializers.base.DeserializationError, FieldDoesNotExist, ObjectDoesNotExist,
            LookupError, TypeError, ValueError,
        ) as error:  # fmt: skip
            raise _refuse(model._meta.label, error) from None
        for number, item in enumerate(items, 1):
            where = f"{model._meta.label} row {number}"
            try:
                _validate(model, item.object)
                with transaction.atomic():
                    # A raw save (no signals, so no new history rows) that never overwrites:
                    # a row repeating another's id is refused, not merged into it.
                    item.save(force_insert=True)
            except (ValidationError, IntegrityError, DataError) as error:
                raise _refuse(where, error) from None
        counts[model._meta.label] = len(rows)
    try:
        connection.check_constraints()
    except IntegrityError as error:
        raise _refuse("The archive refers to rows it does not contain", error) from None
    with connection.cursor() as cursor:  # explicit ids were inserted: move sequences past them
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)
    tallies.recount()  # derived, so counted here rather than trusted from the archive
    return counts
