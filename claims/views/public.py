"""Public, read-only pages: published claims only, the same for every visitor, cached.

Nothing here reads the session or renders a CSRF token, so no cookie is ever set, and the
templates extend `base_public.html`, which knows nothing about the visitor.
"""

import csv
import unicodedata
from collections import Counter

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Exists, OuterRef, Prefetch, Q, StringAgg, Value
from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from claims.forms import ClaimFilterForm
from claims.highlight import highlight_runs
from claims.keyset import Cursor, keyset_page
from claims.models import (
    Article,
    Attribution,
    AttributionCheck,
    Claim,
    CorrectionKind,
    PageCapture,
    Source,
    Tally,
    Verdict,
    publisher_scope,
    tally_scope,
    verdict_breakdown,
    verdict_rating,
)
from claims.public_cache import ALL, SOURCE_PAGES, claims_of, public_page, shows, tag
from claims.structured_data import (
    absolute,
    claim_review,
    json_ld_script,
    web_annotation,
)

PAGE_SIZE = 20
COUNT_CAP = 1000  # beyond this, a filtered list says "more than 1,000" instead of counting


def _published_claims():
    return Claim.objects.published().for_listing()


def _published_claim_or_404(slug: str) -> Claim:
    return get_object_or_404(Claim.objects.published().select_related("article"), slug=slug)


def _with_sources(claims):
    return claims.prefetch_related(
        Prefetch("attributions", queryset=Attribution.objects.select_related("source"))
    )


def _attributed_to(source: Source):
    """Claims attributed to the source or to one of its affiliates, as an EXISTS the database
    can test while it walks the newest-first index."""
    return Exists(
        Attribution.objects.filter(
            Q(source=source) | Q(source__affiliation=source), claim=OuterRef("pk")
        )
    )


def _search(claims, text: str):
    """Full-text search over statement, quote and source names; never a database error."""
    text = text.strip()[:200]
    if not text:
        return claims
    if connection.vendor == "postgresql":
        # websearch_to_tsquery accepts any input, so hostile queries cannot raise; the stored,
        # GIN-indexed vector makes the match an index lookup.
        return claims.filter(
            search_vector=SearchQuery(text, config="english", search_type="websearch")
        )
    for word in text.split()[:10]:
        claims = claims.filter(search_document__icontains=word)
    return claims


def _counted(claims, *, verdict: str, scope: str | None):
    """The claims to page through, how many there are, and whether that count is exact.

    Exact from the maintained tallies when at most a verdict and one source or publisher
    narrow the list. Otherwise up to COUNT_CAP matching ids are fetched, unordered, which is
    cheap either way: when that is all of them, the page is sorted from those ids alone (a rare
    phrase does not walk a million rows by date looking for its few matches), and when there
    are more, matches are common enough that walking the date index finds a page at once, and
    the page says "more than 1,000" rather than counting them.
    """
    if scope is not None:
        counts = Tally.objects.counts(scope)
        return claims, (counts.get(verdict, 0) if verdict else sum(counts.values())), True
    matches = list(claims.order_by().values_list("pk", flat=True)[: COUNT_CAP + 1])
    if len(matches) > COUNT_CAP:
        return claims, COUNT_CAP, False
    return _published_claims().filter(pk__in=matches), len(matches), True


@require_safe
@public_page(tags={ALL})  # lists claims from everywhere
def index(request):
    claims = _published_claims()
    form = ClaimFilterForm(request.GET, publishers=Tally.objects.publishers())
    filters = form.filters()
    scope = tally_scope()
    if verdict := filters.get("verdict", ""):
        claims = claims.filter(verdict=verdict)
    if slug := filters.get("source"):
        source = Source.objects.filter(slug=slug).first()
        claims = claims.filter(_attributed_to(source)) if source else claims.none()
        scope = tally_scope(source.pk) if source else None
    if publisher := filters.get("publisher"):
        claims = claims.filter(article__publisher=publisher)
        scope = publisher_scope(publisher) if scope == tally_scope() else None
    if since := filters.get("since"):
        claims = claims.filter(first_published_at__date__gte=since)
    if until := filters.get("until"):
        claims = claims.filter(first_published_at__date__lte=until)
    if filters.get("q", "").strip() or since or until:
        scope = None
    claims = _search(claims, filters.get("q", ""))
    claims, total, exact = _counted(claims, verdict=verdict, scope=scope)
    page = keyset_page(
        _with_sources(claims), field="first_published_at", size=PAGE_SIZE, cursor=Cursor.of(request)
    )
    return render(
        request,
        "claims/public/index.html",
        {
            "page": page,
            "total": total,
            "exact": exact,
            "form": form,
            "filters": filters,
            "canonical_url": absolute(request.get_full_path()),
        },
    )


def _withdrawn(request, slug):
    """The page of a claim that was published and withdrawn: 410 Gone, saying what, when, why."""
    claim = get_object_or_404(Claim.objects.withdrawn().select_related("article"), slug=slug)
    corrections = list(claim.corrections.order_by("corrected_at", "id"))
    withdrawal = next(
        (c for c in reversed(corrections) if c.kind == CorrectionKind.WITHDRAWN), None
    )
    return render(
        request,
        "claims/public/claim_withdrawn.html",
        {"claim": claim, "withdrawal": withdrawal, "corrections": corrections},
        status=410,
    )


@require_safe
@public_page
def claim_page(request, slug):
    try:
        claim = _published_claim_or_404(slug)
    except Http404:
        return _withdrawn(request, slug)
    attributions = list(claim.attributions.select_related("source__affiliation"))
    sources = {a.source for a in attributions} | {
        a.source.affiliation for a in attributions if a.source.affiliation
    }
    response = render(
        request,
        "claims/public/claim.html",
        {
            "claim": claim,
            "attributions": attributions,
            "evidence": list(
                claim.evidence.prefetch_related(
                    Prefetch("captures", queryset=PageCapture.objects.archived_copies())
                )
            ),
            "corrections": list(claim.corrections.order_by("corrected_at", "id")),
            "claim_review": json_ld_script(claim_review(claim, attributions, request)),
            "canonical_url": absolute(claim.get_absolute_url()),
        },
    )
    return shows(response, tag(claim), tag(claim.article), *map(tag, sources))


@require_safe
@public_page
def claim_annotation(request, slug):
    claim = _published_claim_or_404(slug)
    response = JsonResponse(
        web_annotation(claim, request),
        content_type='application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
        json_dumps_params={"ensure_ascii": False},
    )
    return shows(response, tag(claim), tag(claim.article))


@require_safe
@public_page
def article_page(request, slug):
    article = get_object_or_404(
        Article.objects.filter(Exists(Claim.objects.published().filter(article=OuterRef("pk")))),
        slug=slug,
    )
    claims = list(article.claims.published().filter(needs_reanchoring=False))
    response = render(
        request,
        "claims/public/article.html",
        {
            "article": article,
            "claims": claims,
            "runs": highlight_runs(article.body, claims),
            "breakdown": verdict_breakdown(Counter(claim.verdict for claim in claims)),
            "canonical_url": absolute(article.get_absolute_url()),
        },
    )
    return shows(response, tag(article), claims_of(article.pk))


@require_safe
@public_page
def source_page(request, slug):
    # Only what published claims show: a source or alias made while attributing a draft stays
    # off the public site until a claim that uses it is published.
    published_here = Claim.objects.published().filter(attributions__source=OuterRef("pk"))
    source = get_object_or_404(
        Source.objects.select_related("affiliation").prefetch_related(
            Prefetch(
                "affiliates",
                queryset=Source.objects.filter(Exists(published_here)),
                to_attr="public_affiliates",
            )
        ),
        slug=slug,
    )
    # The aliases a published claim words the source with, each found by an EXISTS that stops
    # at its first use, not by reading every mention of a source with 20,000 claims. Compared
    # without case only, so an alias written with other accents or apostrophes than the article
    # stays private: never the other way round.
    aliases = source.aliases.filter(
        Exists(
            Attribution.objects.filter(
                source=source, mention__iexact=OuterRef("name"), claim__published=True,
                claim__deleted_at__isnull=True,
            )
        )
    )  # fmt: skip
    counts = Tally.objects.counts(tally_scope(source.pk))
    if not counts:
        raise Http404("Nothing published is attributed to this source.")
    claims = _published_claims().filter(_attributed_to(source))
    response = render(
        request,
        "claims/public/source.html",
        {
            "source": source,
            "public_aliases": aliases,
            "claims": _with_sources(claims).order_by("-first_published_at", "-pk")[:PAGE_SIZE],
            "total": sum(counts.values()),
            "breakdown": verdict_breakdown(counts),
            "canonical_url": absolute(source.get_absolute_url()),
        },
    )
    # Flushed by writes to claims of the source or its affiliates (`changed_by`), and by
    # renames of any source or article, which show in its list.
    return shows(response, tag(source), SOURCE_PAGES)


def _spreadsheet_safe(value) -> str:
    """Stop a cell from being read as a formula when the CSV is opened in a spreadsheet.

    Spreadsheets fold look-alikes (a full-width ＝, a small ﹢) into the real signs, so the
    first character is compared after NFKC normalisation.
    """
    text = str(value)
    first = unicodedata.normalize("NFKC", text[:1])[:1]
    return "'" + text if first in ("=", "+", "-", "@", "\t", "\r") else text


class _Echo:
    """The file-like object csv.writer writes to: each row comes straight back as a string."""

    def write(self, value):
        return value


CSV_HEADER = [
    "url", "statement", "verdict", "rating", "attribution_check", "sources", "article_title",
    "publisher", "article_url", "first_published",
]  # fmt: skip


def _csv_lines():
    """Every published claim as a CSV line, from one query read in chunks: memory stays flat
    however large the archive, and article bodies are never loaded."""
    writer = csv.writer(_Echo())
    yield writer.writerow(CSV_HEADER)
    # Sources in the card's order where the database can order an aggregate (SQLite cannot).
    order = (
        {"order_by": ("attributions__position", "attributions__id")}
        if connection.features.supports_aggregate_order_by_clause
        else {}
    )
    rows = (
        Claim.objects.published()
        .order_by("first_published_at", "id")
        .values_list(
            "slug", "statement", "verdict", "attribution_check", "article__title",
            "article__publisher", "article__url", "first_published_at",
        )
        .annotate(sources=StringAgg("attributions__source__name", delimiter=Value("; "), **order))
    )  # fmt: skip
    for slug, statement, verdict, check, title, publisher, url, published, sources in rows.iterator(
        chunk_size=500
    ):
        cells = [
            absolute(reverse("claims:claim", kwargs={"slug": slug})), statement,
            Verdict(verdict).label, verdict_rating(verdict) or "", AttributionCheck(check).label,
            sources or "", title, publisher, url, published.isoformat(),
        ]  # fmt: skip
        yield writer.writerow(_spreadsheet_safe(cell) for cell in cells)


@require_safe
def claims_csv(request):
    response = StreamingHttpResponse(_csv_lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="published-claims.csv"'
    return response
