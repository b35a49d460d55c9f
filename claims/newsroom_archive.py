"""The newsroom's whole record as one file, and back, at any size.

Everything the desk has made — articles, claims, sources, aliases, attributions, evidence,
fetched pages and archived copies, corrections, dismissed suggestions — and every history row.
Users appear by username only (never password hashes); importing creates any missing user as
inactive with an unusable password, for an administrator to enable. The import trusts nothing
in the file: see `import_newsroom` and SECURITY.md.

The format is JSON Lines (factcheck-newsroom/2): a first line naming the format and the users,
then one row per line, `{"model": ..., "pk": ..., "fields": {...}}`, parents before children.
Both directions stream: the export reads rows in chunks and writes each as it goes, the import
reads a line at a time and inserts in batches, so memory stays flat from ten claims to a
million. Archives in the first format (one JSON document) are still read, up to
NEWSROOM_ARCHIVE_MAX_BYTES, since reading one means holding it whole.
"""

import itertools
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

from claims.bulk import insert_rows
from claims.services import tallies

FORMAT = "factcheck-newsroom/2"
LEGACY_FORMAT = "factcheck-newsroom/1"
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
BATCH = 1000
# The longest row: an article's text, its sanitized HTML and what was imported, with room for
# JSON's escapes. A longer line is refused before it is parsed.
MAX_ROW_BYTES = 8 * settings.ARTICLE_MAX_BYTES + 2**20


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
    """Write the archive to `path`, a chunk of rows at a time; the rows written per model."""
    User = get_user_model()
    counts = {}
    with path.open("w", encoding="utf-8") as out:
        users = sorted(User.objects.values_list(User.USERNAME_FIELD, flat=True))
        out.write(json.dumps({"format": FORMAT, "users": users}, ensure_ascii=False) + "\n")
        for model in _models():
            rows = model._default_manager.order_by("pk").iterator(chunk_size=BATCH)
            counts[model._meta.label] = 0
            for chunk in itertools.batched(rows, BATCH):
                for row in serializers.serialize("python", chunk, use_natural_foreign_keys=True):
                    out.write(json.dumps(row, ensure_ascii=False, default=_exact) + "\n")
                counts[model._meta.label] += len(chunk)
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


def _restore_users(usernames) -> dict[str, int]:
    """Users by name only: missing ones come in inactive with no usable password. Existing
    users, their passwords, flags, groups and permissions are never touched. Returns every
    user's id by name, for the rows that name them."""
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
    return dict(User.objects.values_list(User.USERNAME_FIELD, "pk"))


def _lines(file):
    """The archive's lines after the first, each bounded before it is parsed."""
    for number in itertools.count(2):
        line = file.readline(MAX_ROW_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_ROW_BYTES:
            raise ArchiveError(
                f"line {number}: longer than any row can be ({MAX_ROW_BYTES:,} bytes)."
            )
        if line.strip():
            try:
                yield number, json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
                raise ArchiveError(f"line {number}: not a row: {error}") from None


def _legacy_rows(document):
    """The rows of a first-format archive, each forced to its section's model whatever it
    claims to be."""
    records = document.get("records", {})
    if not isinstance(records, dict):
        raise ArchiveError("The archive's records must be an object of sections.")
    if unknown := set(records) - set(MODELS):
        raise ArchiveError(
            f"The archive has sections this newsroom does not import: {sorted(unknown)[:5]}."
        )
    for label in MODELS:
        rows = records.get(label, [])
        if not isinstance(rows, list):
            raise ArchiveError(f"{label}: expected a list of rows.")
        for number, row in enumerate(rows, 1):
            if isinstance(row, dict):
                row = {**row, "model": label}
            yield f"{label} row {number}", row


def _open(path: Path):
    """The archive's users and its rows, as (where, row) pairs, from either format."""
    try:
        file = path.open("rb")
        first = file.readline(MAX_ROW_BYTES + 1)
        header = json.loads(first)
    except OSError as error:
        raise ArchiveError(f"{path} is not a readable archive: {error}") from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        header = None  # the first format spreads its one document over many lines
    if isinstance(header, dict) and header.get("format") == FORMAT:
        rows = ((f"line {number}", row) for number, row in _lines(file))
        return header.get("users", []), rows, file
    file.close()
    size = path.stat().st_size
    if size > settings.NEWSROOM_ARCHIVE_MAX_BYTES:
        raise ArchiveError(
            f"{path} is {size:,} bytes; archives in the first format are read whole, up to "
            f"{settings.NEWSROOM_ARCHIVE_MAX_BYTES:,} bytes (NEWSROOM_ARCHIVE_MAX_BYTES)."
        )
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise ArchiveError(f"{path} is not a readable archive: {error}") from None
    if not isinstance(document, dict) or document.get("format") != LEGACY_FORMAT:
        raise ArchiveError(f"{path} is not a {FORMAT} archive.")
    return document.get("users", []), _legacy_rows(document), None


class _Loader:
    """Rows checked one by one and inserted in batches of one model."""

    def __init__(self, user_ids: dict[str, int]):
        self.user_ids = user_ids
        self.allowed = {label.lower(): label for label in MODELS}
        self.batch, self.model, self.first = [], None, ""
        self.counts = dict.fromkeys(MODELS, 0)
        User = get_user_model()
        self.user_fields = {
            label: [
                f.name for f in apps.get_model(label)._meta.fields
                if f.is_relation and f.related_model is User
            ]
            for label in MODELS
        }  # fmt: skip

    def add(self, where: str, row) -> None:
        if not isinstance(row, dict) or not isinstance(row.get("fields"), dict):
            raise ArchiveError(f"{where}: not a row with fields.")
        label = self.allowed.get(str(row.get("model", "")).lower())
        if label is None:
            raise ArchiveError(f"{where}: {str(row.get('model'))[:60]!r} is not a model this "
                               "newsroom imports.")  # fmt: skip
        model = apps.get_model(label)
        fields = dict(row["fields"])
        for name in self.user_fields[label]:  # users by name, looked up once for the archive
            if isinstance(fields.get(name), list):
                username = fields[name][0] if fields[name] else None
                if username not in self.user_ids:
                    raise ArchiveError(f"{where}: names a user the archive does not list.")
                fields[name] = self.user_ids[username]
        try:
            (item,) = serializers.deserialize(
                "python", [{"model": label, "pk": row.get("pk"), "fields": fields}]
            )
            _validate(model, item.object)
        except (
            serializers.base.DeserializationError, FieldDoesNotExist, ObjectDoesNotExist,
            LookupError, TypeError, ValueError, ValidationError,
        ) as error:  # fmt: skip
            raise _refuse(where, error) from None
        if model is not self.model or len(self.batch) >= BATCH:
            self.flush()
            self.model, self.first = model, where
        self.batch.append(item.object)
        self.counts[label] += 1

    def flush(self) -> None:
        """Insert the batch as it is: no signals (so no new history rows), never overwriting
        (a row repeating another's id is refused, not merged into it)."""
        if not self.batch:
            return
        try:
            with transaction.atomic():
                # Raw, as loaddata inserts: every value as archived, auto_now dates included.
                insert_rows(self.model, self.batch, raw=True)
        except (IntegrityError, DataError) as error:
            raise _refuse(f"{self.model._meta.label}, the rows from {self.first}", error) from None
        self.batch = []


@transaction.atomic
def import_newsroom(path: Path) -> dict[str, int]:
    """Restore an archive into a database without newsroom data, all or nothing.

    The archive may come from elsewhere (a migration, a partner), so nothing in it is trusted:
    only the newsroom's own models are read; every row is validated like a form's input; users
    are names only; every foreign key must point at a row of the archive. Any problem ends the
    import with one line saying where, and nothing is kept.
    """
    users, rows, file = _open(path)
    try:
        models = _models()
        if any(model._default_manager.exists() for model in models):
            raise ArchiveError(
                "The database already holds newsroom data; import into an empty one."
            )
        loader = _Loader(_restore_users(users))
        for where, row in rows:
            loader.add(where, row)
        loader.flush()
    finally:
        if file:
            file.close()
    try:
        connection.check_constraints()
    except IntegrityError as error:
        raise _refuse("The archive refers to rows it does not contain", error) from None
    with connection.cursor() as cursor:  # explicit ids were inserted: move sequences past them
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)
    tallies.recount()  # derived, so counted here rather than trusted from the archive
    return loader.counts
