"""The public pages' cache, its scoped invalidation, and conditional GET.

Each cached page is stored with tags naming what it shows: `claim:<id>`, `article:<id>`,
`source:<id>`, `article-claims:<id>` (the claims published on an article), or `all` for pages
that list claims from everywhere (index, feed, sitemap, source pages). A write flushes the
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
"""

import base64
import hashlib
import json
import logging
import threading
import time
from collections import defaultdict
from functools import cache as once
from functools import wraps

import redis
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control

from claims.models import Article, Attribution, Claim, Correction, Evidence, PendingFlush, Source

logger = logging.getLogger(__name__)

ALL = "all"
EPOCH_KEY = "public-pages:epoch"
PAGE_TIMEOUT = 60 * 60 * 24
# Requests under these paths are never public pages: skip the cache lookup altogether.
PRIVATE_PREFIXES = ("/desk/", "/admin/", "/accounts/", "/static/", "/healthz", "/favicon.ico")


def tag(obj) -> str:
    """The tag of a page that shows this claim, article or source."""
    return f"{obj._meta.model_name}:{obj.pk}"


def claims_of(article_id: int) -> str:
    """The tag of a page that shows which claims an article has and how they are rated."""
    return f"article-claims:{article_id}"


def changed_by(obj) -> set[str]:
    """The tags of the pages a write to obj can change."""
    if isinstance(obj, Attribution | Evidence | Correction):
        if not obj.claim.published:
            return set()  # a draft's details show nowhere until it is published
        obj = obj.claim
    if isinstance(obj, Claim):
        return {tag(obj), claims_of(obj.article_id), ALL}
    if isinstance(obj, Article | Source):
        return {tag(obj), ALL}
    return {ALL}


def _tag_key(name: str) -> str:
    return "public-pages:tag:" + name


class _DjangoCacheStore:
    """Pages in Django's cache, which without Redis is each process's own memory (development
    and tests). The epoch and the tag index live in the process itself, where the cache's
    culling cannot drop them, and a lock makes each store and flush atomic."""

    def __init__(self):
        self.lock = threading.Lock()
        self.epoch = 0
        self.tagged: dict[str, set[str]] = defaultdict(set)

    def read(self, key):
        return self.epoch, cache.get(key)

    def write(self, key, page, tags, epoch) -> bool:
        with self.lock:
            if epoch != self.epoch:
                return False
            cache.set(key, page, PAGE_TIMEOUT)
            for name in tags:
                self.tagged[name].add(key)
            return True

    def flush(self, tags) -> None:
        with self.lock:
            self.epoch += 1
            cache.delete_many(set().union(*(self.tagged.pop(name, set()) for name in tags)))


# KEYS: epoch, page, tag sets. ARGV: the epoch read before rendering, the page, its lifetime.
# Only pages expire: were a tag set evicted before its pages, a flush would miss them. The sets
# stay as large as the site has pages and tags, whatever the traffic.
_STORE_IF_CURRENT = """
if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3])
for i = 3, #KEYS do
  redis.call('SADD', KEYS[i], KEYS[2])
end
return 1
"""
# KEYS: epoch, tag sets. Deletes in batches: Lua's unpack() is limited to a few thousand values.
_FLUSH = """
redis.call('INCR', KEYS[1])
for i = 2, #KEYS do
  local pages = redis.call('SMEMBERS', KEYS[i])
  for j = 1, #pages, 1000 do
    redis.call('DEL', unpack(pages, j, math.min(j + 999, #pages)))
  end
  redis.call('DEL', KEYS[i])
end
"""


def _encode(page) -> bytes:
    """A stored page as JSON data: reading it back can never run code (pickle could, so write
    access to Redis would have meant code execution in every web worker)."""
    etag, content, headers = page
    return json.dumps(
        {"etag": etag, "body": base64.b64encode(content).decode(), "headers": headers}
    ).encode()


def _decode(data: bytes):
    """The page stored as `data`, or None (a miss) for anything that is not one of ours."""
    try:
        page = json.loads(data)
        headers = [(str(name), str(value)) for name, value in page["headers"]]
        return str(page["etag"]), base64.b64decode(page["body"], validate=True), headers
    except (ValueError, KeyError, TypeError):
        logger.warning("Ignoring an unreadable page in the public page cache.")
        return None


class _RedisStore:
    """Pages in Redis, talked to directly: one MGET per hit, half the cost of going through
    Django's cache layer, which matters on the hottest path the site has. Stores and flushes
    are Lua scripts, so each is one atomic step shared by every server process."""

    def __init__(self, url, prefix):
        # A cache that stops answering must not hold pages up: give up and render instead.
        self.client = redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=1)
        self.prefix = prefix
        self._store_if_current = self.client.register_script(_STORE_IF_CURRENT)
        self._flush = self.client.register_script(_FLUSH)

    def read(self, key):
        epoch, page = self.client.mget([self.prefix + EPOCH_KEY, self.prefix + key])
        return (epoch or b"0").decode(), _decode(page) if page else None

    def write(self, key, page, tags, epoch) -> bool:
        keys = [self.prefix + EPOCH_KEY, self.prefix + key]
        keys += [self.prefix + _tag_key(name) for name in tags]
        args = [epoch, _encode(page), PAGE_TIMEOUT]
        return bool(self._store_if_current(keys=keys, args=args, client=self.client))

    def flush(self, tags) -> None:
        keys = [self.prefix + EPOCH_KEY, *(self.prefix + _tag_key(name) for name in tags)]
        self._flush(keys=keys, client=self.client)


@once
def _store():
    url = getattr(settings, "REDIS_URL", "")
    return _RedisStore(url, settings.CACHE_KEY_PREFIX + ":") if url else _DjangoCacheStore()


# How often a process looks for flushes that failed (in it or in any other process, before a
# restart included): the longest a change can stay hidden once the cache answers again.
SWEEP_SECONDS = 10
_next_sweep = 0.0  # time.monotonic(); the first request a process serves sweeps


def invalidate(tags) -> bool:
    """Flush the pages with these tags; False when the cache could not be reached."""
    try:
        _store().flush(tags)
    except redis.RedisError:
        # The write itself has succeeded; refusing it now would lose the editor's work. The
        # flush stays pending in the database, for `sweep` to make.
        logger.error("Could not invalidate the public page cache.", exc_info=True)
        return False
    return True


def invalidate_after_commit(*objects) -> None:
    """Flush the pages showing these objects now, and again once the write commits.

    The second flush matters: a reader between the first and the commit could cache the old
    state again. The first keeps pages fresh inside a still-open transaction (tests, shells).
    Tags are worked out now, while a deleted object still has its id. The flush is recorded in
    the write's own transaction and the record removed once a flush after commit succeeds.
    """
    tags = set().union(*(changed_by(obj) for obj in objects))
    if not tags:
        return
    pending = PendingFlush.objects.create(tags=sorted(tags))
    invalidate(tags)

    def after_commit():
        if invalidate(tags):
            PendingFlush.objects.filter(pk=pending.pk).delete()

    transaction.on_commit(after_commit)


def sweep() -> None:
    """Make the flushes still pending, whichever process missed them."""
    global _next_sweep
    _next_sweep = time.monotonic() + SWEEP_SECONDS
    rows = list(PendingFlush.objects.order_by("pk").values_list("pk", "tags")[:1000])
    if rows and invalidate(set().union(*(set(tags) for _, tags in rows))):
        PendingFlush.objects.filter(pk__in=[pk for pk, _ in rows]).delete()


def public_page(view):
    """Mark a view's successful GET responses as shareable public pages."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            response.public_page = True
        return response

    return wrapper


def shows(response, *tags):
    """Tag a public page with what it shows, so that only writes to those flush it. Untagged
    public pages are flushed by every write."""
    response.cache_tags = {*tags}
    return response


def _page_key(path: str) -> str:
    return "public-pages:page:" + hashlib.blake2b(path.encode(), digest_size=16).hexdigest()


def _etag(content: bytes) -> str:
    return f'"{hashlib.blake2b(content, digest_size=12).hexdigest()}"'


def _finish(response, etag: str):
    response["ETag"] = etag
    # Browsers and proxies may keep the page but must ask again each time (a 304 when nothing
    # changed), so a correction is never hidden behind a stale copy.
    patch_cache_control(response, public=True, no_cache=True)
    return response


def _answer(request, etag: str, response):
    if etag in request.headers.get("If-None-Match", ""):
        return _finish(HttpResponseNotModified(), etag)
    return _finish(response, etag)


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.get_full_path()
        if (
            request.method not in ("GET", "HEAD")
            or path.startswith(PRIVATE_PREFIXES)
            # Searches and filters are rendered fresh: caching every query string a visitor
            # can invent would let anyone fill the cache.
            or set(request.GET) - {"page"}
        ):
            return self.get_response(request)
        key = _page_key(path)
        store = _store()
        if time.monotonic() >= _next_sweep:
            sweep()
        try:
            epoch, stored = store.read(key)
        except redis.RedisError:
            logger.warning(
                "Public page cache unavailable; rendering %s directly.", path, exc_info=True
            )
            return self.get_response(request)
        if stored is not None:
            etag, content, headers = stored
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            return _answer(request, etag, response)
        response = self.get_response(request)
        if (
            not getattr(response, "public_page", False)
            or response.streaming
            or response.cookies
            or "cookie" in response.get("Vary", "").lower()
        ):
            return response  # anything that depends on the visitor is never shared
        etag = _etag(response.content)
        tags = getattr(response, "cache_tags", {ALL})
        try:
            store.write(key, (etag, response.content, list(response.items())), tags, epoch)
        except redis.RedisError:
            logger.warning("Could not store %s in the public page cache.", path, exc_info=True)
        return _answer(request, etag, response)
