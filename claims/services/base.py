"""What every service shares: history notes, row locks, merging concurrent edits field by
field, and slugs that stay unique when two requests choose the same one at once."""

from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.crypto import get_random_string
from django.utils.text import slugify

from claims.anchoring import AnchorError, anchor_span
from claims.models import Attribution, public_alias_names, refresh_search_documents


class StaleEdit(Exception):
    """Someone else changed a field this edit changes since the editor loaded the form.

    `conflicts` maps each such field to the value now stored, so the editor can see theirs
    beside their own typing and apply it again.
    """

    def __init__(self, current, conflicts: dict):
        self.current = current
        self.conflicts = conflicts
        last = current.history.order_by("-history_id").first()
        who = (last and last.history_user) or "Someone"
        names = ", ".join(str(current._meta.get_field(f).verbose_name) for f in conflicts)
        super().__init__(
            f"{who} changed the {names} while you were editing. Their version is shown; what "
            "you typed is still in the form: save again to apply it over theirs."
        )


def record(instance, user, note: str = "") -> None:
    """Who made the next save of this row, and why, for its history entry."""
    instance._history_user = user
    instance._change_reason = note or None


def locked(model, pk, *related):
    """The row as stored, locked until the transaction ends. On PostgreSQL this is SELECT ...
    FOR NO KEY UPDATE: it excludes other writers of the row but not the foreign-key checks
    that rows pointing at it make when they commit (a plain FOR UPDATE would deadlock an
    article correction against a claim edit). SQLite's IMMEDIATE transactions already let one
    writer in at a time."""
    rows = model.objects.select_for_update(of=("self",), no_key=True)
    return (rows.select_related(*related) if related else rows).get(pk=pk)


def merge_changes(stored, *, expected_version: int | None, changes: dict) -> dict:
    """The part of `changes` to write: the fields this editor changed since `expected_version`.

    A save by someone else in between is kept, not overwritten: a field the editor left as it
    was is not written back, and only a field both changed (to different values) is refused
    with StaleEdit. The state the editor saw comes from the row's history, which has one entry
    per version. `expected_version=None` means "whatever is stored now" (admin actions).
    """
    if expected_version is None or expected_version == stored.version:
        return {name: value for name, value in changes.items() if getattr(stored, name) != value}
    seen = stored.history.filter(version=expected_version).order_by("-history_id").first()
    applied, conflicts = {}, {}
    for name, value in changes.items():
        current = getattr(stored, name)
        before = getattr(seen, name) if seen is not None else current
        if seen is not None and value == before:
            continue  # this editor did not touch it; keep whatever is stored now
        if current not in (before, value) or (seen is None and current != value):
            conflicts[name] = current
        elif current != value:
            applied[name] = value
    if conflicts:
        raise StaleEdit(stored, conflicts)
    return applied


@contextmanager
def public_aliases_followed(source_ids):
    """Refresh the search text of every claim of a source whose public aliases the block
    changes (publishing or withdrawing a claim, rewording an attribution): rare, so the
    common case costs two small queries, not a rewrite of a large source's claims."""
    source_ids = set(source_ids)
    before = public_alias_names(source_ids)
    yield
    after = public_alias_names(source_ids)
    changed = [source_id for source_id in source_ids if before[source_id] != after[source_id]]
    if changed:
        attributed = Attribution.objects.filter(source_id__in=changed)
        refresh_search_documents(attributed.values_list("claim_id", flat=True).distinct())


def stripped(fields: dict) -> dict:
    """Form values as stored: text without surrounding spaces, everything else as it is."""
    return {
        name: value.strip() if isinstance(value, str) else value for name, value in fields.items()
    }


def anchor(text: str, start: int, end: int):
    try:
        return anchor_span(text, start, end)
    except AnchorError as error:
        raise ValidationError(str(error)) from None


def _numbered(model, base: str, max_length: int) -> str:
    stem = base[: max_length - 7].strip("-")
    used = set(
        model._default_manager.filter(slug__startswith=f"{stem}-").values_list("slug", flat=True)
    )
    number = 2
    while f"{stem}-{number}" in used:
        number += 1
    return f"{stem}-{number}"


def with_unique_slug(model, text: str, save, *, max_length: int = 80):
    """Call `save(slug)` with a slug made from `text` that no other row of `model` has.

    Looking for a free slug and then writing it is a race: two requests can pick the same one.
    So the write itself is the test. The loser of a race gets an IntegrityError inside its own
    savepoint and tries the next free number; after a few lost races a random suffix ends it.
    """
    base = slugify(text)[:max_length].strip("-") or model._meta.model_name
    first = None if not model._default_manager.filter(slug=base).exists() else _numbered
    for pick in [first, _numbered, _numbered, _numbered, _numbered]:
        slug = base if pick is None else pick(model, base, max_length)
        try:
            with transaction.atomic():
                return save(slug)
        except IntegrityError as error:
            if "slug" not in str(error):
                raise
    return save(f"{base[: max_length - 9].strip('-')}-{get_random_string(8).lower()}")
