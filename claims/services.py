"""Every write an editor, a fact-checker or the admin makes: one function per action.

Each is keyword-only, runs in one transaction, records who did it in the history (through
django-simple-history, with the note as the change reason) and invalidates the public pages.
Claim edits carry the version the editor saw; the version check sits inside the UPDATE, so
of two editors saving the same claim exactly one wins and the other is told, never overwritten.
Permissions are checked by the callers (views, admin actions), which know who is asking.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from claims import public_cache
from claims.anchoring import AnchorError, anchor_span, find_anchor
from claims.importing import PreparedArticle
from claims.models import (
    Article,
    Attribution,
    AttributionCheck,
    AttributionRole,
    AttributionType,
    Claim,
    Correction,
    DismissedSuggestion,
    Evidence,
    EvidenceStance,
    Source,
    SourceAlias,
    SourceKind,
    Verdict,
    normalize_name,
    refresh_search_documents,
    unique_slug,
)


class StaleEdit(Exception):
    """Someone else saved the claim since this editor loaded it."""

    def __init__(self, current: Claim):
        self.current = current
        super().__init__(
            f"{current.updated_by or 'Someone'} changed this claim while you were editing it. "
            "Their version is shown; reapply your change if it still holds."
        )


def _anchor(text: str, start: int, end: int):
    try:
        return anchor_span(text, start, end)
    except AnchorError as error:
        raise ValidationError(str(error)) from None


def _record(instance, user, note=""):
    instance._history_user = user
    instance._change_reason = note or None


def _locked(claim: Claim) -> Claim:
    """The claim as stored, its row locked until the transaction ends (PostgreSQL; SQLite's
    IMMEDIATE transactions already serialise writers)."""
    return Claim.objects.select_for_update(of=("self",)).select_related("article").get(pk=claim.pk)


def _save_claim(claim: Claim, *, user, expected_version: int | None, note: str = "", **changes):
    """Apply changes to a claim if it is still at the version the editor saw."""
    with transaction.atomic():
        rows = Claim.objects.filter(pk=claim.pk)
        if expected_version is not None:
            rows = rows.filter(version=expected_version)
        if not rows.update(version=F("version") + 1):
            raise StaleEdit(Claim.objects.with_card_data().get(pk=claim.pk))
        claim.refresh_from_db()
        was_published = claim.published
        for name, value in changes.items():
            setattr(claim, name, value)
        claim.updated_by = user
        _record(claim, user, note)
        claim.full_clean(exclude=["article", "created_by", "updated_by"], validate_unique=False)
        claim.save()
        if was_published or claim.published:  # drafts show nowhere public
            public_cache.invalidate_after_commit(claim)
    return claim


# Articles


@transaction.atomic
def article_import(
    *,
    prepared: PreparedArticle,
    raw: str,
    title: str,
    user,
    publisher: str = "",
    url: str = "",
    published_on: date | None = None,
    keep: set[int] = frozenset(),
) -> Article:
    article = Article(
        title=title.strip(),
        publisher=publisher.strip(),
        url=url.strip(),
        published_on=published_on,
        body=prepared.body(keep),
        body_html=prepared.body_html,
        raw_input=raw,
        raw_format=prepared.raw_format,
        imported_by=user,
    )
    _record(article, user, "Imported")
    article.full_clean(exclude=["slug"])
    article.save()
    return article


@transaction.atomic
def article_update(
    *, article: Article, user, expected_version: int, note: str = "", **fields
) -> tuple[Article, list[Claim]]:
    """Edit an article; when its text changes, every claim is re-anchored by quote and context.

    Returns the article and the claims that could not be found again: those stay, flagged
    `needs_reanchoring`, for the editor to fix.
    """
    if not Article.objects.filter(pk=article.pk, version=expected_version).update(
        version=F("version") + 1
    ):
        raise ValidationError(
            "Someone else changed this article while you were editing it. Reload to see their "
            "version."
        )
    article.refresh_from_db()
    old_body = article.body
    for name, value in fields.items():
        setattr(article, name, value)
    if "body" in fields:
        article.body = article.body.replace("\r\n", "\n").replace("\r", "\n")
    _record(article, user, note or "Article corrected")
    article.full_clean()
    article.save()
    lost = []
    if article.body != old_body:
        for claim in article.claims.live():
            anchor = find_anchor(
                article.body,
                quote=claim.quote,
                prefix=claim.prefix,
                suffix=claim.suffix,
                near=claim.start,
            )
            if anchor is None:
                claim.needs_reanchoring = True
                lost.append(claim)
            else:
                claim.start, claim.end = anchor.start, anchor.end
                claim.prefix, claim.suffix = anchor.prefix, anchor.suffix
                claim.needs_reanchoring = False
            claim.version += 1
            _record(claim, user, "Re-anchored after the article text changed")
            claim.save()
    public_cache.invalidate_after_commit(article)
    return article, lost


# Claims


@transaction.atomic
def claim_create(*, article: Article, start: int, end: int, user, statement: str = "") -> Claim:
    anchor = _anchor(article.body, start, end)
    statement = " ".join((statement or anchor.quote).split())
    if len(statement) > 200:
        statement = statement[:199].rsplit(" ", 1)[0] + "…"
    claim = Claim(
        article=article,
        start=anchor.start,
        end=anchor.end,
        quote=anchor.quote,
        prefix=anchor.prefix,
        suffix=anchor.suffix,
        statement=statement,
        created_by=user,
        updated_by=user,
    )
    _record(claim, user, "Claim added")
    claim.save()
    refresh_search_documents([claim.pk])
    return claim


def claim_reanchor(*, claim: Claim, start: int, end: int, user, expected_version: int) -> Claim:
    anchor = _anchor(claim.article.body, start, end)
    return _save_claim(
        claim,
        user=user,
        expected_version=expected_version,
        note="Re-anchored by hand",
        start=anchor.start,
        end=anchor.end,
        quote=anchor.quote,
        prefix=anchor.prefix,
        suffix=anchor.suffix,
        needs_reanchoring=False,
    )


def claim_update_statement(*, claim: Claim, statement: str, user, expected_version: int) -> Claim:
    statement = " ".join(statement.split())
    if not statement:
        raise ValidationError({"statement": "Word the claim in a short sentence."})
    claim = _save_claim(claim, user=user, expected_version=expected_version, statement=statement)
    refresh_search_documents([claim.pk])
    return claim


def claim_set_attribution_check(
    *,
    claim: Claim,
    attribution_check: str,
    primary_source_url: str,
    user,
    expected_version: int,
    note: str = "",
) -> Claim:
    if attribution_check not in AttributionCheck.values:
        raise ValidationError({"attribution_check": "Choose one of the listed checks."})
    if attribution_check == AttributionCheck.CONFIRMED and not primary_source_url:
        raise ValidationError(
            {"primary_source_url": "A confirmed attribution needs the link to the original."}
        )
    return _save_claim(
        claim,
        user=user,
        expected_version=expected_version,
        note=note,
        attribution_check=attribution_check,
        primary_source_url=primary_source_url,
    )


def claim_set_verdict(
    *,
    claim: Claim,
    verdict: str,
    explanation: str,
    user,
    expected_version: int | None,
    note: str = "",
) -> Claim:
    """Set the verdict; on a published claim a changed verdict is a public correction."""
    if verdict not in Verdict.values:
        raise ValidationError({"verdict": "Choose one of the listed verdicts."})
    with transaction.atomic():
        stored = _locked(claim)
        is_correction = stored.published and stored.verdict != verdict
        if is_correction and not note.strip():
            raise ValidationError(
                {"note": "This verdict is published: give the reason readers will see."}
            )
        changes = {"verdict": verdict, "explanation": explanation.strip()}
        if stored.verdict != verdict:
            changes["verdict_changed_at"] = timezone.now()
        claim = _save_claim(
            claim, user=user, expected_version=expected_version, note=note, **changes
        )
        if is_correction:
            Correction.objects.create(
                claim=claim,
                old_verdict=stored.verdict,
                new_verdict=verdict,
                reason=note.strip(),
                corrected_by=user,
            )
    return claim


@transaction.atomic
def claim_publish(*, claim: Claim, user, expected_version: int | None = None) -> Claim:
    claim = _locked(claim)  # the checks below must see what is stored, not a stale copy
    if claim.deleted_at:
        raise ValidationError("A deleted claim cannot be published; restore it first.")
    if claim.verdict == Verdict.IN_REVIEW:
        raise ValidationError("The verdict is still in review; settle it before publishing.")
    if claim.verdict != Verdict.UNVERIFIED and not claim.explanation.strip():
        raise ValidationError("Write the explanation readers will see before publishing.")
    changes = {"published": True}
    if not claim.slug:
        changes["slug"] = unique_slug(Claim, claim.statement, max_length=90)
    if not claim.first_published_at:
        changes["first_published_at"] = timezone.now()
    return _save_claim(
        claim, user=user, expected_version=expected_version, note="Published", **changes
    )


def claim_unpublish(*, claim: Claim, user, expected_version: int | None = None) -> Claim:
    return _save_claim(
        claim,
        user=user,
        expected_version=expected_version,
        note="Unpublished",
        published=False,
    )


def claim_delete(*, claim: Claim, user, expected_version: int | None = None) -> Claim:
    """Deleting hides the claim everywhere; `claim_restore` brings it back as it was."""
    return _save_claim(
        claim,
        user=user,
        expected_version=expected_version,
        note="Deleted",
        deleted_at=timezone.now(),
    )


def claim_restore(*, claim: Claim, user) -> Claim:
    return _save_claim(claim, user=user, expected_version=None, note="Restored", deleted_at=None)


# Attribution


def attribution_add(
    *,
    claim: Claim,
    source: Source,
    user,
    role: str = AttributionRole.SPEAKER,
    cue: str = "",
    type: str = AttributionType.INDIRECT,
    mention: str = "",
) -> Attribution:
    attribution = Attribution(
        claim=claim,
        source=source,
        role=role,
        cue=cue.strip(),
        type=type,
        mention=mention.strip(),
        position=claim.attributions.count(),
    )
    attribution.full_clean(validate_unique=False, validate_constraints=False)
    _record(attribution, user, "Source attributed")
    try:
        with transaction.atomic():
            attribution.save()
    except IntegrityError:
        raise ValidationError(
            f"{source} is already attributed to this claim in the role "
            f"“{attribution.get_role_display()}”."
        ) from None
    refresh_search_documents([claim.pk])
    public_cache.invalidate_after_commit(attribution)
    return attribution


@transaction.atomic
def attribution_update(*, attribution: Attribution, user, **fields) -> Attribution:
    for name, value in fields.items():
        setattr(attribution, name, value.strip() if isinstance(value, str) else value)
    attribution.full_clean(validate_unique=False, validate_constraints=False)
    _record(attribution, user, "Attribution edited")
    try:
        with transaction.atomic():
            attribution.save()
    except IntegrityError:
        raise ValidationError("That source already has this role on the claim.") from None
    refresh_search_documents([attribution.claim_id])
    public_cache.invalidate_after_commit(attribution)
    return attribution


@transaction.atomic
def attribution_remove(*, attribution: Attribution, user) -> None:
    _record(attribution, user, "Attribution removed")
    claim_id = attribution.claim_id
    attribution.delete()
    refresh_search_documents([claim_id])
    public_cache.invalidate_after_commit(attribution)


# Evidence


@transaction.atomic
def evidence_add(
    *,
    claim: Claim,
    url: str,
    title: str,
    user,
    stance: str = EvidenceStance.CONTEXT,
    note: str = "",
) -> Evidence:
    evidence = Evidence(
        claim=claim, url=url.strip(), title=title.strip(), stance=stance, note=note.strip(),
        added_by=user,
    )  # fmt: skip
    evidence.full_clean()
    _record(evidence, user, "Evidence added")
    evidence.save()
    public_cache.invalidate_after_commit(evidence)
    return evidence


@transaction.atomic
def evidence_update(*, evidence: Evidence, user, **fields) -> Evidence:
    for name, value in fields.items():
        setattr(evidence, name, value.strip() if isinstance(value, str) else value)
    evidence.full_clean()
    _record(evidence, user, "Evidence edited")
    evidence.save()
    public_cache.invalidate_after_commit(evidence)
    return evidence


@transaction.atomic
def evidence_remove(*, evidence: Evidence, user) -> None:
    _record(evidence, user, "Evidence removed")
    evidence.delete()
    public_cache.invalidate_after_commit(evidence)


# Sources


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
    _record(source, user, "Source created")
    source.save()
    for alias in aliases:
        source_add_alias(source=source, name=alias, user=user)
    return source


@transaction.atomic
def source_update(*, source: Source, user, note: str = "", **fields) -> Source:
    for name, value in fields.items():
        setattr(source, name, value)
    source.full_clean()
    _record(source, user, note or "Source edited")
    source.save()
    refresh_search_documents(source.attributions.values_list("claim_id", flat=True))
    public_cache.invalidate_after_commit(source)
    return source


def source_add_alias(*, source: Source, name: str, user) -> SourceAlias | None:
    """Add another name for a source; returns None when the source already goes by it."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": "The alias is empty."})
    key = normalize_name(name)
    if key == normalize_name(source.name) or source.aliases.filter(normalized=key).exists():
        return None
    alias = SourceAlias(source=source, name=name)
    _record(alias, user, "Alias added")
    with transaction.atomic():
        alias.save()
        refresh_search_documents(source.attributions.values_list("claim_id", flat=True))
    public_cache.invalidate_after_commit(source)
    return alias


@transaction.atomic
def source_merge(*, keep: Source, merge: Source, user) -> Source:
    """Fold a duplicate source into another: its claims, aliases, affiliates and name move over.

    The merged source's own history stays in the history tables, ending with its deletion.
    """
    if keep.pk == merge.pk:
        raise ValidationError("Choose two different sources to merge.")
    note = f"Merged “{merge.name}” into “{keep.name}”"
    for attribution in merge.attributions.select_related("claim"):
        duplicate = Attribution.objects.filter(
            claim=attribution.claim, source=keep, role=attribution.role
        ).exists()
        _record(attribution, user, note)
        if duplicate:
            attribution.delete()
        else:
            attribution.source = keep
            attribution.save()
    for alias in merge.aliases.all():
        _record(alias, user, note)
        alias.delete()
        source_add_alias(source=keep, name=alias.name, user=user)
    source_add_alias(source=keep, name=merge.name, user=user)
    for affiliate in merge.affiliates.exclude(pk=keep.pk):
        affiliate.affiliation = keep
        _record(affiliate, user, note)
        affiliate.save()
    if keep.affiliation_id == merge.pk:
        keep.affiliation = merge.affiliation if merge.affiliation_id != keep.pk else None
    if not keep.identity_url and merge.identity_url:
        keep.identity_url = merge.identity_url
    if not keep.description and merge.description:
        keep.description = merge.description
    _record(keep, user, note)
    keep.save()
    _record(merge, user, note)
    public_cache.invalidate_after_commit(keep, merge)  # while `merge` still has its id
    merge.delete()
    refresh_search_documents(keep.attributions.values_list("claim_id", flat=True))
    return keep


# Suggestions


@transaction.atomic
def suggestion_accept(
    *,
    article: Article,
    start: int,
    end: int,
    user,
    statement: str = "",
    source: Source | None = None,
    source_name: str = "",
    source_kind: str = SourceKind.ORGANISATION,
    mention: str = "",
    cue: str = "",
    type: str = AttributionType.INDIRECT,
) -> Claim:
    """Turn a suggestion into a claim, attributed to the matched source or a new one."""
    claim = claim_create(article=article, start=start, end=end, statement=statement, user=user)
    if source is None and source_name.strip():
        source = Source.objects.filter(name__iexact=source_name.strip()).first() or source_create(
            name=source_name, kind=source_kind or SourceKind.ORGANISATION, user=user
        )
    if source is not None:
        attribution_add(
            claim=claim, source=source, user=user, cue=cue, mention=mention,
            type=type or AttributionType.INDIRECT,
        )  # fmt: skip
    return claim


def suggestion_dismiss(*, article: Article, start: int, end: int, user) -> None:
    anchor = _anchor(article.body, start, end)
    DismissedSuggestion.objects.get_or_create(
        article=article,
        start=start,
        end=end,
        defaults={"quote": anchor.quote, "dismissed_by": user},
    )
