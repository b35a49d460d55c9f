"""The lookup that answers a cached public page before sessions, authentication or URL
resolution run, and stores what public views render."""

import hashlib
import logging
import time

import redis
from django.http import HttpResponse

from claims.public_cache import invalidation, stores
from claims.public_cache.conditional import answer, etag_of
from claims.public_cache.policy import ALL

logger = logging.getLogger(__name__)

# Requests under these paths are never public pages: skip the cache lookup altogether.
PRIVATE_PREFIXES = ("/desk/", "/admin/", "/accounts/", "/static/", "/healthz", "/favicon.ico")


def page_key(path: str) -> str:
    return "public-pages:page:" + hashlib.blake2b(path.encode(), digest_size=16).hexdigest()


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.get_full_path()
        if (
            request.method not in ("GET", "HEAD")
            or path.startswith(PRIVATE_PREFIXES)
            # Searches, filters and later pages are rendered fresh (each is a bounded query):
            # caching every query string a visitor can invent would let anyone fill the cache.
            or request.GET
        ):
            return self.get_response(request)
        key = page_key(path)
        store = stores.store()
        if time.monotonic() >= invalidation.next_sweep:
            invalidation.sweep()
        try:
            epoch, stored, stale = store.read(key)
            # A stale copy is served while one request renders the page again.
            if stored is not None and stale and not store.claim_refresh(key):
                stale = False
        except redis.RedisError:
            logger.warning(
                "Public page cache unavailable; rendering %s directly.", path, exc_info=True
            )
            return self.get_response(request)
        if stored is not None and not stale:
            etag, content, headers = stored
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            return answer(request, etag, response)
        response = self.get_response(request)
        if (
            not getattr(response, "public_page", False)
            or response.streaming
            or response.cookies
            or "cookie" in response.get("Vary", "").lower()
        ):
            if stored is not None:
                # What the stale copy showed is gone (a withdrawn claim answers 410 now): drop
                # the copy and let the next reader through.
                try:
                    store.forget(key)
                except redis.RedisError:
                    logger.warning("Could not drop %s from the page cache.", path, exc_info=True)
            return response  # anything that depends on the visitor is never shared
        etag = etag_of(response.content)
        tags = getattr(response, "cache_tags", {ALL})
        try:
            store.write(key, (etag, response.content, list(response.items())), tags, epoch)
        except redis.RedisError:
            logger.warning("Could not store %s in the public page cache.", path, exc_info=True)
        return answer(request, etag, response)
