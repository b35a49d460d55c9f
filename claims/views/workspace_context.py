"""What the article workspace shows: the text with its highlights, the claim cards, and the open
card's forms and history. Shared by the views that render the page or a piece of it."""

import hashlib
from collections import Counter, defaultdict

from django.core.cache import cache
from django.db.models import Prefetch, prefetch_related_objects
from django.forms.models import model_to_dict
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from claims.forms import AttributionForm, EvidenceForm, ReasonForm, initial_claim_forms
from claims.highlight import highlight_runs
from claims.models import Article, Attribution, Claim, Source, SourceKind, verdict_breakdown
from claims.services import StaleEdit, may_correct, publication_problems

WORKSPACE = "claims/editor/article_workspace.html"
CLAIM_CARD = "claims/editor/claim_card.html"


def workspace_context(article: Article, *, open_claim_id=None, user=None, **card_options) -> dict:
    """The page's context; the open claim's card gets its forms (bound ones from card_options).

    Closed cards show a header only, so only the open claim is loaded with its evidence and
    archived copies; the others are rendered from the cache (`prerender_closed_cards`)."""
    claims = list(article.claims.live().order_by("start", "end", "id"))
    if open_claim_id is not None:
        opened = {c.pk: c for c in article.claims.with_card_data().filter(pk=open_claim_id)}
        claims = [opened.get(c.pk, c) for c in claims]
    prerender_closed_cards(article, claims, open_claim_id=open_claim_id)
    return {
        "article": article,
        "claims": claims,
        "text_html": cached_text(article, [c for c in claims if not c.needs_reanchoring]),
        "breakdown": verdict_breakdown(Counter(claim.verdict for claim in claims)),
        "claim_count": len(claims),
        "lost_count": sum(c.needs_reanchoring for c in claims),
        # Lazy: only the full page reads it, so partial responses cost no query for it.
        "deleted_claims": article.claims.filter(deleted_at__isnull=False)
        .select_related("updated_by")
        .order_by("-deleted_at")[:50],
        "open_claim_id": open_claim_id,
        # Published claims are changed only as corrections: their controls show to those who may.
        "can_correct": user is not None and may_correct(user),
        "card": next(
            (
                card_context(c, can_correct=user is not None and may_correct(user), **card_options)
                for c in claims
                if c.pk == open_claim_id
            ),
            None,
        ),
    }


# Rendered HTML is cached under a digest of everything it shows, so any change (a verdict, a
# rewording, a source renamed, the text corrected) is simply a different key; nothing needs
# invalidating, and unused entries age out of the cache.
RENDERED_TIMEOUT = 60 * 60 * 24


def _digest(*parts) -> str:
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


def cached_text(article: Article, marked: list[Claim]) -> str:
    """The article text with its highlights, rendered once per article version and marks."""
    marks = [(c.pk, c.start, c.end, c.verdict, c.statement) for c in marked]
    key = "workspace-text:" + _digest(article.pk, article.version, marks)
    if (html := cache.get(key)) is None:
        runs = highlight_runs(article.body, marked)
        html = render_to_string("claims/editor/article_runs.html", {"runs": runs})
        cache.set(key, html, RENDERED_TIMEOUT)
    return mark_safe(html)


def _header_digest(claim: Claim, sources: list) -> str:
    shown = (
        claim.pk, claim.article_id, claim.version, claim.statement, claim.verdict,
        claim.attribution_check, claim.published, claim.slug, claim.ever_published,
        claim.needs_reanchoring, sources,
    )  # fmt: skip
    return "workspace-card:" + _digest(*shown)


def prerender_closed_cards(article: Article, claims: list[Claim], *, open_claim_id) -> None:
    """Give each closed card its HTML (`claim.card_html`), from the cache in one round trip,
    rendering only the cards that changed since they were last shown. A closed card is the
    same for every user (no form, no token), so one rendering serves the whole desk.

    What a header shows of its sources is read as plain rows; model instances of the sources
    are made only for the cards that must be rendered."""
    sources = defaultdict(list)
    rows = Attribution.objects.filter(claim__article=article, claim__deleted_at__isnull=True)
    for claim_id, name, cue in rows.order_by("position", "id").values_list(
        "claim_id", "source__name", "cue"
    ):
        sources[claim_id].append((name, cue))
    closed = {_header_digest(c, sources[c.pk]): c for c in claims if c.pk != open_claim_id}
    found = cache.get_many(list(closed))
    missed = [claim for key, claim in closed.items() if key not in found]
    prefetch_related_objects(
        missed,
        Prefetch(
            "attributions",
            queryset=Attribution.objects.select_related("source").order_by("position", "id"),
        ),
    )
    rendered = {}
    for key, claim in closed.items():
        if key not in found:
            found[key] = rendered[key] = render_to_string(CLAIM_CARD, {"claim": claim})
        claim.card_html = mark_safe(found[key])
    if rendered:
        cache.set_many(rendered, RENDERED_TIMEOUT)


def card_response_context(claim_pk: int, *, user, text: bool = False, **card_options) -> dict:
    """What a card action answers with: the one card, the header's counts and, only when the
    highlights moved (a claim deleted, restored or re-anchored), the article text. Its cost
    does not grow with the article's other claims, beyond two counting queries and, with
    `text`, the text itself; verdict and wording changes reach the highlights through the
    `claimChanged` event (claims/app.js)."""
    claim = Claim.objects.with_card_data().get(pk=claim_pk)
    article = claim.article
    live = article.claims.live()
    counts = live.verdict_counts()
    can_correct = user is not None and may_correct(user)
    context = {
        "article": article,
        "claim": claim,
        "open_claim_id": claim.pk,
        "can_correct": can_correct,
        "card": None
        if claim.deleted_at
        else card_context(claim, can_correct=can_correct, **card_options),
        "breakdown": verdict_breakdown(counts),
        "claim_count": sum(counts.values()),
        "lost_count": live.filter(needs_reanchoring=True).count(),
        "text": text,
    }
    if text:
        marks = live.filter(needs_reanchoring=False).only(
            "pk", "article_id", "start", "end", "verdict", "statement"
        )
        context["runs"] = highlight_runs(article.body, list(marks.order_by("start", "end", "id")))
    return context


HISTORY_FIELDS_HIDDEN = {
    "version", "updated_at", "updated_by", "search_document", "verdict_changed_at", "corrected_at",
    "first_published_at", "prefix", "suffix", "created_at", "created_by",
}  # fmt: skip


def claim_history(claim: Claim) -> list[dict]:
    """Who changed what on this claim and its attribution, newest first."""
    records = list(
        claim.history.select_related("history_user").order_by("-history_date", "-history_id")[:40]
    )
    entries = []
    for newer, older in zip(records, [*records[1:], None], strict=False):
        changes = []
        if older is not None:
            diff = newer.diff_against(older, excluded_fields=HISTORY_FIELDS_HIDDEN)
            for change in diff.changes:
                field = Claim._meta.get_field(change.field)
                display = dict(field.choices or ())
                changes.append(
                    {
                        "field": field.verbose_name,
                        "old": display.get(change.old, change.old),
                        "new": display.get(change.new, change.new),
                    }
                )
        entries.append(
            {
                "when": newer.history_date,
                "who": newer.history_user,
                "note": newer.history_change_reason or ("Created" if older is None else ""),
                "changes": changes,
            }
        )
    attribution_records = list(
        Attribution.history.filter(claim_id=claim.pk)
        .select_related("history_user")
        .order_by("-history_date")[:20]
    )
    names = Source.objects.in_bulk({r.source_id for r in attribution_records})
    for record in attribution_records:
        source = names.get(record.source_id)
        entries.append(
            {
                "when": record.history_date,
                "who": record.history_user,
                "note": record.history_change_reason or "Attribution changed",
                "changes": [
                    {
                        "field": "source",
                        "old": "",
                        "new": source.name if source else "(merged source)",
                    }
                ],
            }
        )
    return sorted(entries, key=lambda e: e["when"], reverse=True)[:40]


def conflict_notes(stale: StaleEdit) -> list[dict]:
    """The other person's value of each field this user's save collided with, as shown."""
    current = stale.current
    notes = []
    for name, value in stale.conflicts.items():
        field = current._meta.get_field(name)
        shown = dict(field.choices).get(value, value) if field.choices else value
        notes.append({"field": field.verbose_name, "theirs": shown})
    return notes


def _reason_form(claim: Claim, bound: dict, prefix: str, **options) -> ReasonForm:
    return bound.get(prefix) or ReasonForm(prefix=prefix, auto_id=f"claim{claim.pk}_%s", **options)


LIFECYCLE_REASONS = {
    "publish": "Why it is published again",
    "withdraw": "Why it is withdrawn",
    "delete": "Why it is deleted",
    "reanchor": "Reason for the correction",
}


def card_context(claim: Claim, *, can_correct=False, bound=None, error="", conflicts=()) -> dict:
    bound = bound or {}
    forms = initial_claim_forms(claim)
    forms.update(bound)
    return {
        "forms": forms,
        "attribution_forms": {
            a.pk: bound.get(f"a{a.pk}")
            or AttributionForm(
                initial=model_to_dict(a, AttributionForm.base_fields),
                prefix=f"a{a.pk}",
                compact=True,
            )
            for a in claim.attributions.all()
        },
        "evidence_forms": {
            e.pk: bound.get(f"e{e.pk}")
            or EvidenceForm(initial=model_to_dict(e, EvidenceForm.base_fields), prefix=f"e{e.pk}")
            for e in claim.evidence.all()
        },
        "removal_forms": {
            a.pk: _reason_form(claim, bound, f"a{a.pk}-remove", compact=True)
            for a in claim.attributions.all()
        },
        "evidence_removal_forms": {
            e.pk: _reason_form(claim, bound, f"e{e.pk}-remove", compact=True)
            for e in claim.evidence.all()
        },
        "lifecycle_forms": {
            name: _reason_form(claim, bound, name, label=label)
            for name, label in LIFECYCLE_REASONS.items()
        },
        "conflicts": conflicts,
        "editable": can_correct or not claim.ever_published,
        "publication_problems": [] if claim.published else publication_problems(claim),
        "history": claim_history(claim),
        "error": error,
        "source_kinds": SourceKind.choices,
    }
