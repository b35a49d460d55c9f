"""The sitemap: an index at /sitemap.xml naming section files (`/sitemap-claims.xml?p=2`, …),
so every published claim is in one, however many there are. Claims go 10,000 to a file, which
keeps each quick to render; articles and sources 50,000, the protocol's limit."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps.views import SitemapIndexItem
from django.core.paginator import Paginator
from django.db.models import Exists, Max, OuterRef, Q
from django.template.response import TemplateResponse
from django.urls import reverse

from claims.models import Article, Claim, Source, Tally, tally_scope
from claims.structured_data import absolute


class Sitemap(DjangoSitemap):
    """URLs on PUBLIC_ORIGIN, not on the host the request named; sections that know their size
    cheaply say so in `count()`, so the index never counts a million rows."""

    limit = 10_000

    def get_domain(self, site=None):
        return urlsplit(settings.PUBLIC_ORIGIN).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(settings.PUBLIC_ORIGIN).scheme

    def count(self) -> int | None:
        return None  # let the paginator count the items

    @property
    def paginator(self):
        paginator = Paginator(self._items(), self.limit)
        if (count := self.count()) is not None:
            paginator.count = count
        return paginator


class _OldestFirst:
    """Published claims, oldest first, as the paginator slices them: each slice finds its ids
    with an index-only scan of the newest-first index (skipping 990,000 index entries is cheap,
    skipping 990,000 rows is not), then reads just those rows. Oldest first, so publishing a
    claim adds it to the last file instead of shifting every file by one."""

    ordered = True
    order = ("first_published_at", "id")

    def __getitem__(self, part):
        ids = Claim.objects.published().order_by(*self.order).values("pk")[part]
        return Claim.objects.filter(pk__in=ids).order_by(*self.order).only("slug", "updated_at")


class ClaimSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return _OldestFirst()

    def count(self):
        return sum(Tally.objects.counts(tally_scope()).values())

    def lastmod(self, claim):
        return claim.updated_at


class ArticleSitemap(Sitemap):
    """At most 50,000 per file: a newsroom has far fewer articles than claims."""

    changefreq = "monthly"
    limit = 50_000

    def items(self):
        return (
            Article.objects.filter(Exists(Claim.objects.published().filter(article=OuterRef("pk"))))
            # What the article's public page shows changed last: a published claim.
            .annotate(
                last_claim_change=Max(
                    "claims__updated_at",
                    filter=Q(claims__published=True, claims__deleted_at__isnull=True),
                )
            )
            .only("slug")
            .order_by("id")
        )

    def count(self):
        # An upper bound (drafts' articles too) that costs nothing; a last file it makes
        # too many is an empty, valid urlset.
        return Article.objects.count()

    def lastmod(self, article):
        return article.last_claim_change


class SourceSitemap(Sitemap):
    """Sources with a public page: those with published claims, theirs or their affiliates'."""

    changefreq = "weekly"
    limit = 50_000

    def items(self):
        return Source.objects.filter(pk__in=Tally.objects.source_ids()).only("slug").order_by("id")


SITEMAPS = {
    "claims": ClaimSitemap,
    "articles": ArticleSitemap,
    "sources": SourceSitemap,
}


def sitemap_index(request):
    """Django's index view names the sections on the request's Host; this one on PUBLIC_ORIGIN,
    like every other absolute URL the site prints."""
    entries = []
    for section, sitemap in SITEMAPS.items():
        location = absolute(reverse("sitemap-section", kwargs={"section": section}))
        pages = sitemap().paginator.num_pages
        entries += [SitemapIndexItem(location)]
        entries += [SitemapIndexItem(f"{location}?p={page}") for page in range(2, pages + 1)]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )
