"""The public pages' cache, its scoped invalidation, and conditional GET.

Each cached page is stored with tags naming what it shows: `claim:<id>`, `article:<id>`,
`source:<id>` (the source's page, which lists its and its affiliates' claims), `source-pages`
(all of them), `article-claims:<id>` (the claims published on an article), or `all` for pages
that list claims from everywhere (index, feed, sitemap). A write flushes the
pages tagged with what it changed (`invalidate_after_commit(obj)`, see `changed_by`) and the
`all` pages; every other page stays cached, so an editor saving one claim does not turn the
whole public site into cache misses.

A page rendered while a write commits may show the old state. Every flush advances an epoch,
and a page is stored only if the epoch it read before rendering is still current, in the same
atomic step that records its tags; so a stale page is either never stored or stored early
enough to be flushed.

`PublicPageCacheMiddleware` sits near the top of the middleware stack, like Django's own
per-site cache: a hit is answered with one cache round trip before sessions, authentication,
CSRF or URL resolution run. Only responses of views wrapped in `public_page` are stored, and only
200s: desk and admin pages never are. A public view's response never depends on the visitor, so
one copy serves everyone.

The parts: `policy` (what a page shows, as tags, and which writes change which tags), `stores`
(the page store: Redis in production, Django's cache otherwise), `invalidation` (flushing, and
the sweep that makes flushes a process missed), `conditional` (ETags and 304s) and
`middleware` (the lookup before everything else runs).
"""

from claims.public_cache.invalidation import invalidate, invalidate_after_commit, sweep
from claims.public_cache.middleware import PublicPageCacheMiddleware
from claims.public_cache.policy import (
    ALL,
    SOURCE_PAGES,
    changed_by,
    claims_of,
    public_page,
    shows,
    tag,
)

__all__ = [
    "ALL", "SOURCE_PAGES", "PublicPageCacheMiddleware", "changed_by", "claims_of", "invalidate",
    "invalidate_after_commit", "public_page", "shows", "sweep", "tag",
]  # fmt: skip
