"""The source registry: sources, their aliases, and folding duplicates together."""

from contextlib import nullcontext

from django.core.exceptions import ValidationError
from django.db import transaction

from claims import public_cache
from claims.models import (
    Attribution,
    CorrectionKind,
    Source,
    SourceAlias,
    SourceKind,
    refresh_search_documents,
)
from claims.services import corrections, tallies
from claims.services.base import locked, record, with_unique_slug
from claims.text.names import normalize_name


def _claims_of(*sources: Source):
    return Attribution.objects.filter(source__in=sources).values_list("claim_id", flat=True)


def _refresh_claims_of(source: Source) -> None:
    refresh_search_documents(_claims_of(source))
    public_cache.invalidate_after_commit(source)


@transaction.atomic
def source_create(
    *,
    name: str,
    user,
    kind: str = SourceKind.ORGANISATION,
    description: str = "",
    affiliation: Source | None = None,
    identity_url: str = "",
    aliases: tuple[str, ...] = (),
) -> Source:
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": "Give the source a name."})
    source = Source(
        name=name, kind=kind, description=description.strip(), affiliation=affiliation,
        identity_url=identity_url.strip(),
    )  # fmt: skip
    source.full_clean(exclude=["slug"])
    record(source, user, "Source created")

    def insert(slug):
        source.slug = slug
        source.save()
        return source

    with_unique_slug(Source, name, insert)
    for alias in aliases:
        source_add_alias(source=source, name=alias, user=user)
    return source


@transaction.atomic
def source_update(*, source: Source, user, note: str = "", **fields) -> Source:
    """Edit a registry entry. Claims' search text follows a new name or alias at once."""
    stored = locked(Source, source.pk)
    affiliation = stored.affiliation_id
    for name, value in fields.items():
        setattr(stored, name, " ".join(value.split()) if name == "name" else value)
    stored.full_clean()
    record(stored, user, note or "Source edited")
    # A new affiliation moves the source's claims from one affiliation's tally to the other's.
    moved = stored.affiliation_id != affiliation
    with tallies.following(_claims_of(stored)) if moved else nullcontext():
        stored.save()
    _refresh_claims_of(stored)
    return stored


@transaction.atomic
def source_delete(*, source: Source, user) -> None:
    """Remove a source no claim is attributed to (one that is, is merged instead)."""
    stored = locked(Source, source.pk)
    if stored.attributions.exists():
        raise ValidationError(
            f"Claims are attributed to {stored}; merge it into another source instead."
        )
    public_cache.invalidate_after_commit(stored)
    for alias in stored.aliases.all():
        record(alias, user, "Source removed")
        alias.delete()
    record(stored, user, "Source removed")
    stored.delete()


def source_add_alias(*, source: Source, name: str, user) -> SourceAlias | None:
    """Add another name for a source; returns None when the source already goes by it."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": "The alias is empty."})
    key = normalize_name(name)
    if key == normalize_name(source.name) or source.aliases.filter(normalized=key).exists():
        return None
    alias = SourceAlias(source=source, name=name)
    alias.full_clean(exclude=["normalized"], validate_unique=False, validate_constraints=False)
    record(alias, user, "Alias added")
    with transaction.atomic():
        alias.save()
        _refresh_claims_of(source)
    return alias


@transaction.atomic
def source_remove_alias(*, alias: SourceAlias, user) -> None:
    record(alias, user, "Alias removed")
    alias.delete()
    _refresh_claims_of(alias.source)


@transaction.atomic
def source_rename_alias(*, alias: SourceAlias, name: str, user) -> SourceAlias | None:
    source = alias.source
    source_remove_alias(alias=alias, user=user)
    return source_add_alias(source=source, name=name, user=user)


@transaction.atomic
def source_merge(*, keep: Source, merge: Source, user, reason: str = "") -> Source:
    """Fold a duplicate source into another: its claims, aliases, affiliates and name move over.

    Published claims then name the kept source, so on each of them the move is a correction.
    The merged source's own history stays in the history tables, ending with its deletion.
    """
    if keep.pk == merge.pk:
        raise ValidationError("Choose two different sources to merge.")
    keep, merge = locked(Source, keep.pk), locked(Source, merge.pk)
    # Everything counted under either source moves: their claims and their affiliates' claims.
    with tallies.following(list(_claims_of(keep, merge, *merge.affiliates.all()))):
        return _merge(keep, merge, user=user, reason=reason)


def _merge(keep: Source, merge: Source, *, user, reason: str) -> Source:
    note = f"Merged “{merge.name}” into “{keep.name}”"
    for attribution in merge.attributions.select_related("claim", "source"):
        claim = attribution.claim
        before = corrections.describe_attribution(attribution)
        duplicate = Attribution.objects.filter(
            claim=claim, source=keep, role=attribution.role
        ).exists()
        record(attribution, user, reason.strip() or note)
        if duplicate:
            attribution.delete()
        else:
            attribution.source = keep
            attribution.version += 1
            attribution.save()
        corrections.shown_change(
            claim, kind=CorrectionKind.SOURCE, what="who said it", old=before,
            new="" if duplicate else corrections.describe_attribution(attribution),
            reason=reason, user=user,
        )  # fmt: skip
    for alias in merge.aliases.all():
        record(alias, user, note)
        alias.delete()
        source_add_alias(source=keep, name=alias.name, user=user)
    source_add_alias(source=keep, name=merge.name, user=user)
    for affiliate in merge.affiliates.exclude(pk=keep.pk):
        affiliate.affiliation = keep
        record(affiliate, user, note)
        affiliate.save()
    if keep.affiliation_id == merge.pk:
        keep.affiliation = merge.affiliation if merge.affiliation_id != keep.pk else None
    if not keep.identity_url and merge.identity_url:
        keep.identity_url = merge.identity_url
    if not keep.description and merge.description:
        keep.description = merge.description
    record(keep, user, note)
    keep.save()
    record(merge, user, note)
    public_cache.invalidate_after_commit(keep, merge)  # while `merge` still has its id
    merge.delete()
    refresh_search_documents(_claims_of(keep))
    return keep
