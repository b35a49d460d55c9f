from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.db.models import Exists, Max, OuterRef

from claims.models import Article, Claim, Source


class Sitemap(DjangoSitemap):
    """URLs on PUBLIC_ORIGIN, not on the host the request named."""

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
