"""The sitemap: an index at /sitemap.xml naming section files of at most 10,000 URLs each
(`/sitemap-claims.xml?p=2`, …), so every published claim is in one, however many there are
(the protocol allows 50,000 URLs per file; 10,000 keeps each file quick to render)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps.views import SitemapIndexItem
from django.db.models import Exists, Max, OuterRef
from django.template.response import TemplateResponse
from django.urls import reverse

from claims.models import Article, Claim, Source
from claims.structured_data import absolute


class Sitemap(DjangoSitemap):
    """URLs on PUBLIC_ORIGIN, not on the host the request named."""

    limit = 10_000

    def get_domain(self, site=None):
        return urlsplit(settings.PUBLIC_ORIGIN).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(settings.PUBLIC_ORIGIN).scheme


class ClaimSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Claim.objects.published().only("slug", "updated_at").order_by("id")

    def lastmod(self, claim):
        return claim.updated_at


class ArticleSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return (
            Article.objects.filter(Exists(Claim.objects.published().filter(article=OuterRef("pk"))))
            .annotate(last_claim_change=Max("claims__updated_at"))
            .only("slug")
            .order_by("id")
        )

    def lastmod(self, article):
        return article.last_claim_change


class SourceSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return (
            Source.objects.filter(
                Exists(Claim.objects.published().filter(attributions__source=OuterRef("pk")))
            )
            .only("slug")
            .order_by("id")
        )


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
