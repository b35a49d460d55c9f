"""Claims: adding one from a passage, editing it, checking and rating it, publishing it."""

from contextlib import nullcontext

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from claims import public_cache
from claims.models import (
    Article,
    AttributionCheck,
    Claim,
    Verdict,
    refresh_search_documents,
)
from claims.services import corrections, tallies
from claims.services.base import (
    anchor,
    locked,
    merge_changes,
    public_aliases_followed,
    record,
    with_unique_slug,
)


class ArticleChanged(ValidationError):
    """The article text changed since the editor selected a passage in it."""


def _save_claim(
    claim: Claim, *, user, expected_version: int | None, reason: str = "", note: str = "",
    **changes,
) -> Claim:  # fmt: skip
    """Write the changes this editor made since `expected_version`, as one new version.

    Merged by field with anyone else's saves since then (see `merge_changes`); a change readers
    would see on a published claim is checked and logged as a correction.
    """
    with transaction.atomic():
        stored = locked(Claim, claim.pk, "article")
        applied = merge_changes(stored, expected_version=expected_version, changes=changes)
        if not applied:
            return stored
        corrections.claim_changes(stored, applied, user=user, reason=reason)
        if "verdict" in applied:
            stored.verdict_changed_at = timezone.now()
        for name, value in applied.items():
            setattr(stored, name, value)
        stored.version += 1
        stored.updated_by = user
        record(stored, user, reason.strip() or note)
        # The slug is left to the database: a unique slug is settled by the write itself.
        stored.full_clean(
            exclude=["article", "created_by", "updated_by", "slug"], validate_unique=False
        )
        # Publishing or withdrawing can make an alias public, or private again.
        sources = stored.attributions.values_list("source_id", flat=True)
        with (
            public_aliases_followed(sources) if "published" in applied else nullcontext(),
            tallies.following([stored.pk]) if stored.ever_published else nullcontext(),
        ):
            stored.save()
        if applied.keys() & {"statement", "quote"}:
            refresh_search_documents([stored.pk])
        if stored.ever_published:  # drafts show nowhere public
            public_cache.invalidate_after_commit(stored)
    return stored


@transaction.atomic
def claim_create(
    *,
    article: Article,
    start: int,
    end: int,
    user,
    statement: str = "",
    expected_article_version: int | None = None,
) -> Claim:
    """Add a claim for a passage of the article, as the editor saw the article's text.

    Offsets only mean something in the text they were taken from: if the article was corrected
    since (`expected_article_version`), the claim is refused rather than anchored elsewhere.
    """
    article = locked(Article, article.pk)
    if expected_article_version is not None and expected_article_version != article.version:
        raise ArticleChanged(
            "The article text was corrected since you loaded this page, so your selection may "
            "point at a different passage now. Reload the page and select it again; the wording "
            "you typed is kept below."
        )
    passage = anchor(article.body, start, end)
    statement = " ".join((statement or passage.quote).split())
    if len(statement) > 200:
        statement = statement[:199].rsplit(" ", 1)[0] + "…"
    claim = Claim(
        article=article, start=passage.start, end=passage.end, quote=passage.quote,
        prefix=passage.prefix, suffix=passage.suffix, statement=statement,
        created_by=user, updated_by=user,
    )  # fmt: skip
    record(claim, user, "Claim added")
    claim.save()
    refresh_search_documents([claim.pk])
    return claim


def claim_reanchor(
    *, claim: Claim, start: int, end: int, user, expected_version: int, reason: str = ""
) -> Claim:
    passage = anchor(claim.article.body, start, end)
    return _save_claim(
        claim, user=user, expected_version=expected_version, reason=reason,
        note="Re-anchored by hand", start=passage.start, end=passage.end, quote=passage.quote,
        prefix=passage.prefix, suffix=passage.suffix, needs_reanchoring=False,
    )  # fmt: skip


def claim_update_statement(
    *, claim: Claim, statement: str, user, expected_version: int, reason: str = ""
) -> Claim:
    statement = " ".join(statement.split())
    if not statement:
        raise ValidationError({"statement": "Word the claim in a short sentence."})
    return _save_claim(
        claim, user=user, expected_version=expected_version, reason=reason, statement=statement
    )


def claim_set_attribution_check(
    *,
    claim: Claim,
    attribution_check: str,
    primary_source_url: str,
    user,
    expected_version: int | None,
    reason: str = "",
) -> Claim:
    if attribution_check not in AttributionCheck.values:
        raise ValidationError({"attribution_check": "Choose one of the listed checks."})
    if attribution_check == AttributionCheck.CONFIRMED and not primary_source_url:
        raise ValidationError(
            {"primary_source_url": "A confirmed attribution needs the link to the original."}
        )
    return _save_claim(
        claim, user=user, expected_version=expected_version, reason=reason,
        attribution_check=attribution_check, primary_source_url=primary_source_url.strip(),
    )  # fmt: skip


def claim_set_verdict(
    *,
    claim: Claim,
    verdict: str,
    explanation: str,
    user,
    expected_version: int | None,
    reason: str = "",
) -> Claim:
    """Rate the claim; on a claim that was ever published a change is a public correction."""
    if verdict not in Verdict.values:
        raise ValidationError({"verdict": "Choose one of the listed verdicts."})
    return _save_claim(
        claim, user=user, expected_version=expected_version, reason=reason,
        verdict=verdict, explanation=explanation.strip(),
    )  # fmt: skip


def claim_set_unattributed(
    *, claim: Claim, unattributed: bool, user, expected_version: int | None, reason: str = ""
) -> Claim:
    """Mark a claim the article attributes to no one ("reportedly", a bare statement)."""
    if unattributed and claim.attributions.exists():
        raise ValidationError("Remove the attributed sources first: this claim names a source.")
    return _save_claim(
        claim, user=user, expected_version=expected_version, reason=reason,
        unattributed=unattributed,
    )  # fmt: skip


def publication_problems(claim: Claim) -> list[str]:
    """What stops this claim from being published, in the words the desk sees."""
    problems = []
    if claim.deleted_at:
        problems.append("A deleted claim cannot be published; restore it first.")
    if claim.verdict in (Verdict.UNVERIFIED, Verdict.IN_REVIEW):
        problems.append(f"Settle the verdict first (it is still “{claim.get_verdict_display()}”).")
    elif not claim.explanation.strip():
        problems.append("Write the explanation readers will see.")
    if not claim.unattributed and not claim.attributions.all():  # prefetched on cards
        problems.append("Attribute the claim to its source, or mark it as given with no source.")
    if claim.attribution_check == AttributionCheck.UNCHECKED:
        problems.append("Check the attribution: was it really said, by that source?")
    return problems


@transaction.atomic
def claim_publish(
    *, claim: Claim, user, expected_version: int | None = None, reason: str = ""
) -> Claim:
    """Publish the claim. Putting back a withdrawn claim is a correction like any other."""
    stored = locked(Claim, claim.pk, "article")  # the checks must see what is stored
    if problems := publication_problems(stored):
        raise ValidationError(problems)
    changes = {"published": True}
    if not stored.first_published_at:
        changes["first_published_at"] = timezone.now()

    def publish(slug=stored.slug):
        return _save_claim(
            stored, user=user, expected_version=expected_version, reason=reason,
            note="Published", slug=slug, **changes,
        )  # fmt: skip

    if stored.slug:
        return publish()
    return with_unique_slug(Claim, stored.statement, publish, max_length=90)


def claim_withdraw(*, claim: Claim, user, reason: str, expected_version: int | None = None):
    """Take a published claim off the site. Its page stays, answering 410 with the reason."""
    if not claim.published:
        raise ValidationError("This claim is not published.")
    return _save_claim(
        claim, user=user, expected_version=expected_version, reason=reason, published=False
    )


@transaction.atomic
def claim_delete(
    *, claim: Claim, user, reason: str = "", expected_version: int | None = None
) -> Claim:
    """Delete a claim from the desk; `claim_restore` brings it back as it was.

    A claim that was ever published is never really gone: deleting it withdraws it (with a
    reason, by someone allowed to correct) and its public page keeps answering 410.
    """
    stored = locked(Claim, claim.pk)
    if stored.ever_published:
        corrections.require(user=user, reason=reason, what="whether it is published")
    return _save_claim(
        stored, user=user, expected_version=expected_version, reason=reason, note="Deleted",
        deleted_at=timezone.now(), published=False,
    )  # fmt: skip


@transaction.atomic
def claim_restore(*, claim: Claim, user) -> Claim:
    """Bring a deleted claim back to the desk. A withdrawn claim stays withdrawn."""
    stored = locked(Claim, claim.pk)
    if stored.ever_published and not corrections.may_correct(user):
        raise corrections.CorrectionRefused(
            "This claim was published and withdrawn; only fact-checkers can restore it."
        )
    return _save_claim(stored, user=user, expected_version=None, note="Restored", deleted_at=None)
