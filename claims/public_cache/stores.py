"""Where cached pages live: Redis, shared by every process, in production; Django's cache (each
process's memory) otherwise.

Both keep three promises:
- a page is stored only if none of its tags was flushed while it rendered (every flush stamps
  its tags with the next value of one counter; a render reads the counter first);
- a flush costs what it touches: the pages of the flushed tags are set aside as stale copies,
  never the whole cache, and the other pages stay;
- a stale copy is served while one request renders the page again (`claim_refresh` lets one
  through per page), so a burst of readers after an edit costs one render, not one each.
"""

import base64
import json
import logging
import threading
from collections import defaultdict
from functools import cache as once
from typing import NamedTuple

import redis
from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

EPOCH_KEY = "public-pages:epoch"
PAGE_TIMEOUT = 60 * 60 * 24
# How long one request may hold a page's refresh before another may try: longer than any
# render under the database's statement timeout.
REFRESH_SECONDS = 30


def _tag_key(name: str) -> str:
    return "public-pages:tag:" + name


def _flushed_key(name: str) -> str:
    return "public-pages:flushed:" + name


def _stale_key(key: str) -> str:
    return key.replace(":page:", ":stale:", 1)


def _refresh_key(key: str) -> str:
    return key.replace(":page:", ":refresh:", 1)


class Lookup(NamedTuple):
    epoch: str  # the flush counter before rendering, for `write`
    page: tuple | None  # (etag, content, headers), fresh or stale
    stale: bool = False


class _DjangoCacheStore:
    """Pages in Django's cache, which without Redis is each process's own memory (development
    and tests). The counter, the stamps and the tag index live in the process itself, where the
    cache's culling cannot drop them, and a lock makes each store and flush atomic."""

    def __init__(self):
        self.lock = threading.Lock()
        self.epoch = 0
        self.flushed: dict[str, int] = {}
        self.tagged: dict[str, set[str]] = defaultdict(set)

    def read(self, key) -> Lookup:
        page = cache.get(key)
        if page is not None:
            return Lookup(str(self.epoch), page)
        stale = cache.get(_stale_key(key))
        return Lookup(str(self.epoch), stale, stale is not None)

    def claim_refresh(self, key) -> bool:
        return cache.add(_refresh_key(key), 1, REFRESH_SECONDS)

    def forget(self, key) -> None:
        cache.delete_many([key, _stale_key(key), _refresh_key(key)])

    def write(self, key, page, tags, epoch) -> bool:
        with self.lock:
            cache.delete(_refresh_key(key))
            if any(self.flushed.get(name, 0) > int(epoch) for name in tags):
                return False
            cache.set(key, page, PAGE_TIMEOUT)
            cache.delete(_stale_key(key))
            for name in tags:
                self.tagged[name].add(key)
            return True

    def flush(self, tags) -> None:
        with self.lock:
            self.epoch += 1
            for name in tags:
                self.flushed[name] = self.epoch
            for key in set().union(*(self.tagged.pop(name, set()) for name in tags)):
                if (page := cache.get(key)) is not None:
                    cache.set(_stale_key(key), page, PAGE_TIMEOUT)
                cache.delete(key)


# KEYS: page, stale copy, refresh lock, then per tag its flush stamp and its page set.
# ARGV: the counter read before rendering, the page, its lifetime. Only pages expire: were a
# tag set evicted before its pages, a flush would miss them.
_STORE_IF_CURRENT = """
redis.call('DEL', KEYS[3])
local tags = (#KEYS - 3) / 2
for i = 1, tags do
  if tonumber(redis.call('GET', KEYS[3 + i]) or '0') > tonumber(ARGV[1]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
redis.call('DEL', KEYS[2])
for i = 1, tags do
  redis.call('SADD', KEYS[3 + tags + i], KEYS[1])
end
return 1
"""
# KEYS: the counter, then per tag its flush stamp and its page set. Each page of a flushed tag
# is renamed to its stale copy (the name below must match _stale_key).
_FLUSH = """
local epoch = redis.call('INCR', KEYS[1])
local tags = (#KEYS - 1) / 2
for i = 1, tags do
  redis.call('SET', KEYS[1 + i], epoch)
  local pages = redis.call('SMEMBERS', KEYS[1 + tags + i])
  for _, page in ipairs(pages) do
    if redis.call('EXISTS', page) == 1 then
      redis.call('RENAME', page, (string.gsub(page, ':page:', ':stale:', 1)))
    end
  end
  redis.call('DEL', KEYS[1 + tags + i])
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

    def read(self, key) -> Lookup:
        keys = [EPOCH_KEY, key, _stale_key(key)]
        epoch, page, stale = self.client.mget([self.prefix + k for k in keys])
        epoch = (epoch or b"0").decode()
        if page and (decoded := _decode(page)):
            return Lookup(epoch, decoded)
        decoded = _decode(stale) if stale else None
        return Lookup(epoch, decoded, decoded is not None)

    def claim_refresh(self, key) -> bool:
        return bool(
            self.client.set(self.prefix + _refresh_key(key), 1, nx=True, ex=REFRESH_SECONDS)
        )

    def forget(self, key) -> None:
        self.client.delete(*(self.prefix + k for k in (key, _stale_key(key), _refresh_key(key))))

    def write(self, key, page, tags, epoch) -> bool:
        tags = sorted(tags)
        keys = [key, _stale_key(key), _refresh_key(key)]
        keys += [_flushed_key(name) for name in tags] + [_tag_key(name) for name in tags]
        args = [epoch, _encode(page), PAGE_TIMEOUT]
        return bool(
            self._store_if_current(
                keys=[self.prefix + k for k in keys], args=args, client=self.client
            )
        )

    def flush(self, tags) -> None:
        tags = sorted(tags)
        keys = [EPOCH_KEY] + [_flushed_key(name) for name in tags] + [_tag_key(n) for n in tags]
        self._flush(keys=[self.prefix + k for k in keys], client=self.client)


@once
def store():
    url = getattr(settings, "REDIS_URL", "")
    return _RedisStore(url, settings.CACHE_KEY_PREFIX + ":") if url else _DjangoCacheStore()
