"""The public pages' cache and its invalidation.

Every cached page key and ETag carries one "generation" token. Any write that could show on a
public page replaces the token (services call `invalidate_after_commit`), so the next request
misses and renders afresh; old entries simply age out. Edits are rare next to reads, so one
coarse token is both correct and cheap: a cached hit costs two cache reads and no query.
"""

import hashlib
import uuid
from functools import wraps

from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control

GENERATION_KEY = "public-pages:generation"
PAGE_TIMEOUT = 60 * 60 * 24


def current_generation() -> str:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def invalidate() -> None:
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def invalidate_after_commit() -> None:
    """Invalidate now, and again once the write commits.

    The second call matters: a reader between the first and the commit could cache the old
    state again. The first keeps pages fresh inside a still-open transaction (tests, shells).
    """
    invalidate()
    transaction.on_commit(invalidate)


def _etag(generation: str, path: str) -> str:
    digest = hashlib.blake2b(f"{generation}\n{path}".encode(), digest_size=12).hexdigest()
    return f'"{digest}"'


def cached_public_page(view):
    """Serve a public GET from the cache, with an ETag for conditional requests.

    Only 200 responses are stored. The response never depends on the visitor, so it is cached
    for everyone; browsers revalidate every time (no-cache) and get a 304 while nothing changed.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        generation = current_generation()
        path = request.get_full_path()
        etag = _etag(generation, path)
        if etag in request.headers.get("If-None-Match", ""):
            response = HttpResponseNotModified()
        else:
            key = f"public-pages:{generation}:{hashlib.sha256(path.encode()).hexdigest()}"
            stored = cache.get(key)
            if stored is None:
                response = view(request, *args, **kwargs)
                if response.status_code != 200 or getattr(response, "streaming", False):
                    return response
                cache.set(key, (response.content, response["Content-Type"]), PAGE_TIMEOUT)
            else:
                content, content_type = stored
                response = HttpResponse(content, content_type=content_type)
        response["ETag"] = etag
        patch_cache_control(response, public=True, no_cache=True)
        return response

    return wrapper
