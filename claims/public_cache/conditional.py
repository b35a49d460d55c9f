"""Conditional GET: an ETag per page content, 304 when the reader's copy is current."""

import hashlib

from django.http import HttpResponseNotModified
from django.utils.cache import patch_cache_control


def etag_of(content: bytes) -> str:
    return f'"{hashlib.blake2b(content, digest_size=12).hexdigest()}"'


def _finish(response, etag: str):
    response["ETag"] = etag
    # Browsers and proxies may keep the page but must ask again each time (a 304 when nothing
    # changed), so a correction is never hidden behind a stale copy.
    patch_cache_control(response, public=True, no_cache=True)
    return response


def answer(request, etag: str, response):
    if etag in request.headers.get("If-None-Match", ""):
        return _finish(HttpResponseNotModified(), etag)
    return _finish(response, etag)
