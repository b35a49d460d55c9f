"""The public pages' cache, its invalidation, and conditional GET.

Every cached page key and ETag carries one "generation" token. Any write that could show on a
public page replaces the token (services call `invalidate_after_commit`), so the next request
misses and renders afresh; old entries simply age out. Edits are rare next to reads, so one
coarse token is both correct and cheap.

`PublicPageCacheMiddleware` sits near the top of the middleware stack, like Django's own
per-site cache: a hit is answered with one cache round trip (token and page fetched together)
before sessions, authentication, CSRF or URL resolution run. Only responses of views wrapped in
`public_page` are stored, and only 200s: desk and admin pages never are. A public view's
response never depends on the visitor, so one copy serves everyone.
"""

import hashlib
import logging
import pickle
import uuid
from functools import cache as once
from functools import wraps

import redis
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control

logger = logging.getLogger(__name__)

GENERATION_KEY = "public-pages:generation"
PAGE_TIMEOUT = 60 * 60 * 24
# Requests under these paths are never public pages: skip the cache lookup altogether.
PRIVATE_PREFIXES = ("/desk/", "/admin/", "/accounts/", "/static/", "/healthz")


class _DjangoCacheStore:
    """Pages in Django's cache (the per-process memory cache in development and tests)."""

    def read(self, key):
        found = cache.get_many([GENERATION_KEY, key])
        return found.get(GENERATION_KEY), found.get(key)

    def write(self, key, page):
        cache.set(key, page, PAGE_TIMEOUT)

    def start_generation(self, generation, *, replace):
        if replace:
            cache.set(GENERATION_KEY, generation, timeout=None)
        else:
            cache.add(GENERATION_KEY, generation, timeout=None)
        return cache.get(GENERATION_KEY)


class _RedisStore:
    """Pages in Redis, talked to directly: one MGET per hit, half the cost of going through
    Django's cache layer, which matters on the hottest path the site has."""

    def __init__(self, url, prefix):
        self.client = redis.Redis.from_url(url)
        self.prefix = prefix

    def read(self, key):
        generation, page = self.client.mget([self.prefix + GENERATION_KEY, self.prefix + key])
        return (
            generation.decode() if generation else None,
            pickle.loads(page) if page else None,
        )

    def write(self, key, page):
        self.client.set(self.prefix + key, pickle.dumps(page), ex=PAGE_TIMEOUT)

    def start_generation(self, generation, *, replace):
        name = self.prefix + GENERATION_KEY
        self.client.set(name, generation, nx=not replace)
        return self.client.get(name).decode()


@once
def _store():
    url = getattr(settings, "REDIS_URL", "")
    return _RedisStore(url, settings.CACHE_KEY_PREFIX + ":") if url else _DjangoCacheStore()


def invalidate() -> None:
    try:
        _store().start_generation(uuid.uuid4().hex, replace=True)
    except redis.RedisError:
        # The write itself has succeeded; refusing it now would lose the editor's work.
        logger.error(
            "Could not invalidate the public page cache; pages may be stale until the next write.",
            exc_info=True,
        )


def invalidate_after_commit() -> None:
    """Invalidate now, and again once the write commits.

    The second call matters: a reader between the first and the commit could cache the old
    state again. The first keeps pages fresh inside a still-open transaction (tests, shells).
    """
    invalidate()
    transaction.on_commit(invalidate)


def public_page(view):
    """Mark a view's successful GET responses as shareable public pages."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            response.public_page = True
        return response

    return wrapper


def _page_key(path: str) -> str:
    return "public-pages:page:" + hashlib.blake2b(path.encode(), digest_size=16).hexdigest()


def _etag(generation: str, path: str) -> str:
    digest = hashlib.blake2b(f"{generation}\n{path}".encode(), digest_size=12).hexdigest()
    return f'"{digest}"'


def _finish(response, etag: str):
    response["ETag"] = etag
    # Browsers and proxies may keep the page but must ask again each time (a 304 when nothing
    # changed), so a correction is never hidden behind a stale copy.
    patch_cache_control(response, public=True, no_cache=True)
    return response


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
        try:
            generation, stored = store.read(key)
            if generation is None:
                generation = store.start_generation(uuid.uuid4().hex, replace=False)
        except redis.RedisError:
            logger.warning(
                "Public page cache unavailable; rendering %s directly.", path, exc_info=True
            )
            return self.get_response(request)
        etag = _etag(generation, path)
        if stored is not None and stored[0] == generation:
            if etag in request.headers.get("If-None-Match", ""):
                return _finish(HttpResponseNotModified(), etag)
            _, content, headers = stored
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            return _finish(response, etag)
        response = self.get_response(request)
        if (
            not getattr(response, "public_page", False)
            or response.streaming
            or response.cookies
            or "cookie" in response.get("Vary", "").lower()
        ):
            return response  # anything that depends on the visitor is never shared
        try:
            store.write(key, (generation, response.content, list(response.items())))
        except redis.RedisError:
            logger.warning("Could not store %s in the public page cache.", path, exc_info=True)
        if etag in request.headers.get("If-None-Match", ""):
            return _finish(HttpResponseNotModified(), etag)
        return _finish(response, etag)
