"""The newsroom's data: sources, articles, claims, their attribution, evidence and corrections.

Writes that editors make go through claims.services, which checks versions and records history;
this module holds the shapes, the structural rules and the read API (QuerySets).
"""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import connection, models
from django.db.models import Count, Prefetch, ProtectedError, Q, Value
from django.db.models.functions import Coalesce, Upper
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from claims.text.names import normalize_name


def by_user() -> models.ForeignKey:
    """Who did something to a row: kept when the user account is removed, never followed back."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )


class QueuedWork(models.Model):
    """A row that a background task fills in: pending until the task settles it, and shown as
    stalled (with a retry) when its task was lost."""

    STALLED_AFTER = timedelta(minutes=10)

    requested_at = models.DateTimeField(default=timezone.now)

    class Meta:
        abstract = True

    @property
    def stalled(self):
        return self.status == "pending" and (
            self.requested_at < timezone.now() - self.STALLED_AFTER
        )


class SourceKind(models.TextChoices):
    ORGANISATION = "organisation", "Organisation"
    GOVERNMENT_BODY = "government", "Government body"
    PERSON = "person", "Person"
    ARMED_GROUP = "group", "Armed or political group"
    MEDIA_OUTLET = "media", "Media outlet"
    UNNAMED = "unnamed", "Unnamed source"


class SourceQuerySet(models.QuerySet):
    def search(self, text: str):
        """Sources whose name or one of whose aliases contains the text."""
        key = normalize_name(text)
        if not key:
            return self.none()
        return self.filter(
            Q(name__icontains=text.strip()) | Q(aliases__normalized__contains=key)
        ).distinct()


class Source(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=SourceKind, default=SourceKind.ORGANISATION)
    description = models.CharField(max_length=500, blank=True)
    affiliation = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="affiliates",
        help_text="The body this source speaks for, e.g. a spokesperson's ministry.",
    )
    identity_url = models.URLField(
        "identity link",
        blank=True,
        help_text="Wikidata entry or official homepage; published as schema.org sameAs.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(affiliation=models.F("id")),
                name="source_not_affiliated_to_itself",
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("claims:source", kwargs={"slug": self.slug})


class SourceAlias(models.Model):
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, editable=False, db_index=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "source aliases"
        constraints = [
            models.UniqueConstraint(
                fields=["source", "normalized"], name="alias_unique_per_source"
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.normalized = normalize_name(self.name)
        super().save(*args, **kwargs)


def body_fingerprint(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


class ArticleQuerySet(models.QuerySet):
    def publishers(self):
        """The distinct publisher names of these articles, for filter menus."""
        return (
            self.exclude(publisher="")
            .values_list("publisher", flat=True)
            .distinct()
            .order_by("publisher")
        )

    def imported_before(self, *, body: str, urls: list[str]):
        """Articles with the same text or from the same page: a second import is likely a
        mistake, so the import preview names them."""
        same = Q(body_sha256=body_fingerprint(body))
        for url in filter(None, urls):
            same |= Q(url=url) | Q(capture__final_url=url) | Q(capture__canonical_url=url)
        return self.filter(same).order_by("-imported_at")

    def with_progress(self):
        """Each article with its live claims counted by verdict, for the dashboard bar."""
        live = Q(claims__deleted_at__isnull=True)
        counts = {
            f"count_{verdict.value}": Count("claims", filter=live & Q(claims__verdict=verdict))
            for verdict in Verdict
        }
        return self.annotate(claim_count=Count("claims", filter=live), **counts)


class Article(models.Model):
    class Format(models.TextChoices):
        TEXT = "text", "Plain text"
        HTML = "html", "HTML"

    title = models.CharField(max_length=300)
    publisher = models.CharField(max_length=200, blank=True)
    url = models.URLField("original URL", max_length=1000, blank=True)
    published_on = models.DateField("publication date", null=True, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    language = models.CharField(max_length=20, blank=True, help_text="As the page declares it.")
    slug = models.SlugField(max_length=120, unique=True)
    body = models.TextField(help_text="The plain text claims are anchored to.")
    # So a second import of the same text is noticed without reading every body.
    body_sha256 = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    capture = models.ForeignKey(
        "PageCapture",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="imported_articles",
        help_text="The fetched page this article was imported from.",
    )
    body_html = models.TextField("sanitized HTML", blank=True)
    raw_input = models.TextField(help_text="What was imported, verbatim, for provenance.")
    raw_format = models.CharField(max_length=10, choices=Format, default=Format.TEXT)
    imported_by = by_user()
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)
    history = HistoricalRecords(excluded_fields=["raw_input"])

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-imported_at"]
        indexes = [
            # The dashboard's page of articles, newest first, and its publisher menu.
            models.Index(fields=["-imported_at", "-id"], name="article_recent"),
            models.Index(fields=["publisher"], name="article_publisher"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.body_sha256 = body_fingerprint(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("claims:article", kwargs={"slug": self.slug})

    def get_workspace_url(self):
        return reverse("claims:article_workspace", kwargs={"pk": self.pk})

    def get_claim_create_url(self):
        return reverse("claims:claim_create", kwargs={"pk": self.pk})


class Verdict(models.TextChoices):
    UNVERIFIED = "unverified", "Unverified"
    IN_REVIEW = "in_review", "In review"
    TRUE = "true", "True"
    MOSTLY_TRUE = "mostly_true", "Mostly true"
    MISLEADING = "misleading", "Misleading"
    FALSE = "false", "False"
    UNVERIFIABLE = "unverifiable", "Unverifiable"


def verdict_breakdown(counts: dict[str, int]) -> list[dict]:
    """Verdict counts in display order, each with its share of the total, for a summary bar."""
    total = sum(counts.values())
    return [
        {
            "verdict": verdict,
            "label": verdict.label,
            "count": counts.get(verdict.value, 0),
            "percent": round(100 * counts.get(verdict.value, 0) / total, 1) if total else 0,
        }
        for verdict in Verdict
        if counts.get(verdict.value)
    ]


# ClaimReview ratings, worst = 1 ... best = 5. 3 is deliberately unused: we have no "half true".
# Unverified, in review and unverifiable are not points on that scale and get no number.
VERDICT_RATINGS = {
    Verdict.FALSE: 1,
    Verdict.MISLEADING: 2,
    Verdict.MOSTLY_TRUE: 4,
    Verdict.TRUE: 5,
}
BEST_RATING = 5
WORST_RATING = 1


def verdict_rating(verdict: str) -> int | None:
    return VERDICT_RATINGS.get(verdict)


class AttributionCheck(models.TextChoices):
    UNCHECKED = "unchecked", "Unchecked"
    CONFIRMED = "confirmed", "Confirmed"
    MISATTRIBUTED = "misattributed", "Misattributed"
    NOT_FOUND = "not_found", "Original not found"


# When a claim last changed in public: its first publication or its latest correction.
LAST_EVENT = Coalesce("corrected_at", "first_published_at")


class ClaimQuerySet(models.QuerySet):
    def live(self):
        return self.filter(deleted_at__isnull=True)

    def published(self):
        return self.live().filter(published=True)

    def verdict_counts(self) -> dict[str, int]:
        """How many of these claims have each verdict, in one grouped query."""
        return dict(self.order_by().values_list("verdict").annotate(n=Count("id")))

    def withdrawn(self):
        """Claims that were published once and are not any more: their pages answer 410."""
        return self.filter(first_published_at__isnull=False, published=False)

    def delete(self):
        refuse_deleting_public_record(self.filter(first_published_at__isnull=False))
        return super().delete()

    def for_listing(self):
        """Claims with their articles for a list: without the article's text (up to 2 MB a row)
        or the claims' search columns, which no list shows."""
        return self.select_related("article").defer(
            "search_document", "search_vector", "article__body", "article__body_html",
            "article__raw_input",
        )  # fmt: skip

    def with_card_data(self):
        """Everything a claim card shows, in a fixed number of queries."""
        return self.select_related("article", "updated_by").prefetch_related(
            Prefetch(
                "attributions",
                queryset=Attribution.objects.select_related("source__affiliation").order_by(
                    "position", "id"
                ),
            ),
            Prefetch(
                "evidence",
                queryset=Evidence.objects.order_by("id").prefetch_related(
                    Prefetch("captures", queryset=PageCapture.objects.for_listing())
                ),
            ),
        )


def refuse_deleting_public_record(claims) -> None:
    """Nothing that was ever published is deleted, by any path: it is withdrawn instead."""
    published = list(claims[:1])
    if published:
        raise ProtectedError(
            "A claim that was published is part of the public record: withdraw it instead.",
            published,
        )


class Claim(models.Model):
    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="claims")
    # The anchor: TextPositionSelector (start/end) and TextQuoteSelector (quote/prefix/suffix).
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    quote = models.TextField()
    prefix = models.CharField(max_length=64, blank=True)
    suffix = models.CharField(max_length=64, blank=True)
    needs_reanchoring = models.BooleanField(
        default=False,
        help_text="The quote was not found after the article text changed.",
    )
    statement = models.CharField(
        max_length=200,
        help_text="The claim in the desk's words, without the verdict (ClaimReview claimReviewed).",
    )
    attribution_check = models.CharField(
        max_length=20, choices=AttributionCheck, default=AttributionCheck.UNCHECKED
    )
    primary_source_url = models.URLField(
        "primary source",
        max_length=1000,
        blank=True,
        help_text="Where the source said it.",
    )
    unattributed = models.BooleanField(
        "no source given",
        default=False,
        help_text="The article attributes this claim to no one (a hedged or bare statement).",
    )
    verdict = models.CharField(max_length=20, choices=Verdict, default=Verdict.UNVERIFIED)
    explanation = models.TextField(blank=True)
    published = models.BooleanField(default=False)
    slug = models.SlugField(max_length=100, blank=True, help_text="Set on first publication.")
    search_document = models.TextField(
        blank=True,
        editable=False,
        help_text="Statement, quote and source names, for search.",
    )
    # The search document as PostgreSQL's full-text search reads it, stored and GIN-indexed
    # (migration 0015), so a search is an index lookup rather than to_tsvector() on every
    # row. Written with the document (`refresh_search_documents`); unused, and left empty,
    # on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)
    first_published_at = models.DateTimeField(null=True, blank=True)
    verdict_changed_at = models.DateTimeField(null=True, blank=True)
    corrected_at = models.DateTimeField(
        null=True, blank=True, help_text="When the public record last changed after publication."
    )
    deleted_at = models.DateTimeField(null=True, blank=True)
    created_by = by_user()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_by = by_user()
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)
    history = HistoricalRecords(excluded_fields=["search_vector"])

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start", "id"]
        indexes = [
            # Partial, so lookups by slug or id never mistake it for a selective index.
            models.Index(
                fields=["-first_published_at", "-id"],
                condition=Q(published=True, deleted_at__isnull=True),
                name="claim_published_recent",
            ),
            # The feed: everything ever published, by its latest public event.
            models.Index(
                LAST_EVENT.desc(),
                models.F("id").desc(),
                condition=Q(first_published_at__isnull=False),
                name="claim_feed",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__lt=models.F("end")), name="claim_start_before_end"
            ),
            models.UniqueConstraint(
                fields=["slug"], condition=~Q(slug=""), name="claim_public_slug_unique"
            ),
            models.CheckConstraint(
                condition=Q(published=False) | ~Q(slug=""),
                name="published_claim_has_slug",
            ),
            models.CheckConstraint(
                condition=~Q(attribution_check=AttributionCheck.CONFIRMED)
                | ~Q(primary_source_url=""),
                name="confirmed_attribution_has_primary_source",
            ),
        ]
        permissions = [
            ("check_claim", "Can set attribution checks and verdicts"),
            ("publish_claim", "Can publish and unpublish claims"),
            ("correct_claim", "Can correct and withdraw published claims"),
        ]

    def __str__(self):
        return self.statement

    def get_absolute_url(self):
        return reverse("claims:claim", kwargs={"slug": self.slug})

    def delete(self, *args, **kwargs):
        refuse_deleting_public_record([self] if self.ever_published else [])
        return super().delete(*args, **kwargs)

    def get_workspace_url(self):
        """The article workspace with this claim's card open and in view."""
        workspace = reverse("claims:article_workspace", kwargs={"pk": self.article_id})
        return f"{workspace}?claim={self.pk}#claim-{self.pk}"

    @property
    def rating(self) -> int | None:
        return verdict_rating(self.verdict)

    @property
    def ever_published(self) -> bool:
        """Once published, every change readers would see is a public correction."""
        return self.first_published_at is not None

    @property
    def withdrawn(self) -> bool:
        return self.ever_published and not self.published


def public_alias_names(source_ids) -> dict[int, set[str]]:
    """The aliases of these sources that readers may see: those a published claim's attribution
    words its source with. An alias only the desk uses (added while attributing a draft, or
    kept for matching) stays off the public site and out of public search."""
    source_ids = set(source_ids)
    used: dict[int, set[str]] = {}
    mentions = Attribution.objects.filter(
        source_id__in=source_ids, claim__in=Claim.objects.published()
    ).values_list("source_id", "mention")
    for source_id, mention in mentions.distinct():
        used.setdefault(source_id, set()).add(normalize_name(mention))
    shown: dict[int, set[str]] = {source_id: set() for source_id in source_ids}
    aliases = SourceAlias.objects.filter(source_id__in=source_ids)
    for source_id, name, normalized in aliases.values_list("source_id", "name", "normalized"):
        if normalized in used.get(source_id, ()):
            shown[source_id].add(name)
    return shown


def refresh_search_documents(claim_ids) -> None:
    """Rewrite the denormalized search text of these claims (kept out of the history): the
    statement, the quote, and for each source the article's wording, its name and its public
    aliases."""
    claims = list(
        Claim.objects.filter(pk__in=list(claim_ids)).prefetch_related(
            Prefetch("attributions", queryset=Attribution.objects.select_related("source"))
        )
    )
    aliases = public_alias_names(
        {a.source_id for claim in claims for a in claim.attributions.all()}
    )
    for claim in claims:
        parts = [claim.statement, claim.quote]
        for attribution in claim.attributions.all():
            parts += [attribution.mention, attribution.source.name]
            parts += sorted(aliases[attribution.source_id])
        document = " ".join(filter(None, parts))
        Claim.objects.filter(pk=claim.pk).update(
            search_document=document, **search_vector_of(Value(document))
        )


def search_vector_of(document) -> dict:
    """The stored search vector's new value for an update, on PostgreSQL; nothing elsewhere."""
    if connection.vendor != "postgresql":
        return {}
    return {"search_vector": SearchVector(document, config="english")}


class AttributionRole(models.TextChoices):
    SPEAKER = "speaker", "Speaker"
    INTERMEDIARY = "intermediary", "Relayed by (intermediary)"


class AttributionType(models.TextChoices):
    DIRECT_QUOTE = "direct", "Direct quote"
    INDIRECT = "indirect", "Indirect / paraphrase"
    ACCORDING_TO = "according_to", "According to"
    UNATTRIBUTED = "unattributed", "Unattributed"


class Attribution(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="attributions")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="attributions")
    role = models.CharField(max_length=20, choices=AttributionRole, default=AttributionRole.SPEAKER)
    cue = models.CharField(
        max_length=60, blank=True, help_text='"said", "according to", "alleged"…'
    )
    type = models.CharField(
        "attribution type",
        max_length=20,
        choices=AttributionType,
        default=AttributionType.INDIRECT,
    )
    mention = models.CharField(
        max_length=200, blank=True, help_text="How the article names the source."
    )
    position = models.PositiveSmallIntegerField(default=0)
    version = models.PositiveIntegerField(default=1)
    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "id"]
        indexes = [
            # A source page's public aliases: does a published claim word the source so?
            models.Index(models.F("source"), Upper("mention"), name="attribution_source_mention"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "source", "role"],
                name="attribution_unique_source_role",
            )
        ]

    def __str__(self):
        return f"{self.source} ({self.get_role_display()})"


class EvidenceStance(models.TextChoices):
    SUPPORTS = "supports", "Supports"
    REFUTES = "refutes", "Refutes"
    CONTEXT = "context", "Context"


class Evidence(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    url = models.URLField(max_length=1000)
    title = models.CharField(max_length=300)
    stance = models.CharField(max_length=20, choices=EvidenceStance, default=EvidenceStance.CONTEXT)
    note = models.TextField(blank=True)
    added_by = by_user()
    added_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)
    history = HistoricalRecords()

    class Meta:
        ordering = ["id"]
        verbose_name_plural = "evidence"

    def __str__(self):
        return self.title

    @property
    def archive(self):
        """The latest capture of the link (prefetch `captures` when listing evidence)."""
        captures = list(self.captures.all())
        return max(captures, key=lambda c: (c.requested_at, c.pk)) if captures else None


class PageCaptureQuerySet(models.QuerySet):
    def archived_copies(self):
        """Finished copies, without the page bodies, for listing beside evidence."""
        return self.filter(status=PageCapture.Status.ARCHIVED).defer("html", "text")

    def for_listing(self):
        return self.defer("html", "text")

    def stalled(self):
        """Captures still waiting long after they were asked for: their task was lost."""
        cutoff = timezone.now() - PageCapture.STALLED_AFTER
        return self.filter(status=PageCapture.Status.PENDING, requested_at__lt=cutoff)


class PageCapture(QueuedWork):
    """One fetch of a web page by our server, kept so a link that later changes or dies is
    still provable: the original of an article imported from a link, or an archived copy of a
    piece of evidence."""

    class Status(models.TextChoices):
        PENDING = "pending", "Archiving"
        ARCHIVED = "archived", "Archived"
        FAILED = "failed", "Could not archive"

    url = models.URLField("requested URL", max_length=1000)
    evidence = models.ForeignKey(
        "Evidence", null=True, blank=True, on_delete=models.CASCADE, related_name="captures"
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING)
    final_url = models.URLField("URL after redirects", max_length=1000, blank=True)
    canonical_url = models.URLField(
        "canonical URL", max_length=1000, blank=True, help_text="As the page names itself."
    )
    http_status = models.PositiveSmallIntegerField(null=True, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    html = models.TextField("page as fetched", blank=True)
    text = models.TextField("extracted text", blank=True)
    content_sha256 = models.CharField(max_length=64, blank=True)
    error = models.CharField(max_length=300, blank=True)
    requested_by = by_user()
    fetched_at = models.DateTimeField(null=True, blank=True)

    objects = PageCaptureQuerySet.as_manager()

    class Meta:
        ordering = ["-requested_at", "-id"]
        indexes = [models.Index(fields=["status", "requested_at"], name="capture_status_idx")]

    def __str__(self):
        return f"{self.url} ({self.get_status_display().lower()})"

    def get_absolute_url(self):
        return reverse("claims:capture", kwargs={"pk": self.pk})

    @property
    def failed(self):
        return self.status == self.Status.FAILED


class CorrectionKind(models.TextChoices):
    """What a correction changed, as the public change log names it."""

    VERDICT = "verdict", "Verdict"
    EXPLANATION = "explanation", "Explanation"
    STATEMENT = "statement", "Claim"
    QUOTE = "quote", "Quoted passage"
    ATTRIBUTION_CHECK = "attribution_check", "Attribution check"
    PRIMARY_SOURCE = "primary_source_url", "Link to the original statement"
    SOURCE = "source", "Who said it"
    EVIDENCE = "evidence", "Evidence"
    WITHDRAWN = "withdrawn", "Withdrawn"
    REPUBLISHED = "republished", "Published again"


class Correction(models.Model):
    """A change to a claim after its first publication: the public change log, append-only."""

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="corrections")
    kind = models.CharField(max_length=30, choices=CorrectionKind)
    old_value = models.TextField(blank=True)
    new_value = models.TextField(blank=True)
    reason = models.TextField()
    corrected_by = by_user()
    corrected_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["corrected_at", "id"]

    def __str__(self):
        if self.kind in (CorrectionKind.WITHDRAWN, CorrectionKind.REPUBLISHED):
            return self.get_kind_display()
        return f"{self.get_kind_display()}: {self.old_value or '—'} → {self.new_value or '—'}"


class SuggestionRun(QueuedWork):
    """The suggester's proposals for one article text and one state of the source registry,
    worked out in the background (claims.tasks.suggest_claims_for_article)."""

    class Status(models.TextChoices):
        PENDING = "pending", "Finding suggestions"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    STALLED_AFTER = timedelta(minutes=5)

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="suggestion_runs")
    body_sha256 = models.CharField(max_length=64)
    registry_stamp = models.CharField(max_length=100)
    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING)
    suggestions = models.JSONField(default=list, blank=True)
    # Where the suggester stopped reading when its time budget (SUGGEST_SECONDS) ran out.
    stopped_at = models.PositiveIntegerField(null=True, blank=True)
    # Whether the language model's parse was used; without it the suggester ran on its rules
    # alone (claims.suggest.syntax), and the panel says so.
    parsed = models.BooleanField(default=False)
    # How much of the text a pending run has read, in per cent (the task reports it).
    progress = models.PositiveSmallIntegerField(default=0)
    error = models.CharField(max_length=300, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]
        indexes = [
            models.Index(
                fields=["article", "body_sha256", "-requested_at"], name="suggestion_run_idx"
            )
        ]

    def __str__(self):
        return f"Suggestions for {self.article} ({self.get_status_display().lower()})"


class DismissedSuggestion(models.Model):
    """A suggested passage an editor turned down, so the suggester stops offering it."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="dismissed_suggestions"
    )
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    quote = models.TextField()
    dismissed_by = by_user()
    dismissed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["article", "start", "end"], name="dismissed_once_per_span"
            )
        ]

    def __str__(self):
        return self.quote[:80]


class PendingFlush(models.Model):
    """Public pages to flush, recorded in the same transaction as the change that stales them
    and deleted once the cache has flushed them. A cache outage therefore cannot hide a
    correction until the page expires, even if the process that missed the flush restarts:
    any process makes the flushes still pending (`public_cache.sweep`)."""

    tags = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return ", ".join(self.tags)


SOURCE_SCOPE = "source:"


def tally_scope(source_id: int | None = None) -> str:
    """The scope of a tally: every published claim, or those of one source and its affiliates."""
    return "all" if source_id is None else f"{SOURCE_SCOPE}{source_id}"


PUBLISHER_SCOPE = "publisher:"


def publisher_scope(publisher: str) -> str:
    """The scope of a publisher's published claims; none for articles without a publisher."""
    return f"{PUBLISHER_SCOPE}{publisher}" if publisher else ""


class TallyQuerySet(models.QuerySet):
    def counts(self, scope: str) -> dict[str, int]:
        """The verdict counts of one scope, as `ClaimQuerySet.verdict_counts` would count them."""
        return dict(self.filter(scope=scope, count__gt=0).values_list("verdict", "count"))

    def _keys(self, prefix: str) -> set[str]:
        """What follows `prefix` in the scopes that count a published claim."""
        scopes = self.filter(scope__startswith=prefix, count__gt=0).values_list("scope", flat=True)
        return {scope.removeprefix(prefix) for scope in scopes}

    def source_ids(self) -> list[int]:
        """The sources with published claims, theirs or their affiliates': those with a page."""
        return sorted(map(int, self._keys(SOURCE_SCOPE)))

    def publishers(self) -> list[str]:
        """The publishers with published claims, for filter menus: a few small rows."""
        return sorted(self._keys(PUBLISHER_SCOPE))


class Tally(models.Model):
    """How many published claims have each verdict: overall (scope "all"), per publisher, and per
    source, where a source's claims are those attributed to it or to one of its affiliates, each
    counted once.

    Totals and breakdowns on public pages read these few rows instead of counting an archive of
    a million claims. `claims.services.tallies` keeps them exact: every write that can change
    what is counted (publishing, withdrawing, a verdict, an attribution, an affiliation, a merge)
    applies the difference in the same transaction, and bulk loads count everything again.
    """

    scope = models.CharField(max_length=220)  # "publisher:" and a publisher's name
    verdict = models.CharField(max_length=20, choices=Verdict)
    count = models.IntegerField(default=0)

    objects = TallyQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["scope", "verdict"], name="tally_scope_verdict_unique")
        ]

    def __str__(self):
        return f"{self.scope} {self.verdict}: {self.count}"
