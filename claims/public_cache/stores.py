"""Where cached pages live: Redis, shared by every process, in production; Django's cache (each
process's memory) otherwise. Both store a page only if no flush happened while it rendered."""

import base64
import json
import logging
import threading
from collections import defaultdict
from functools import cache as once

import redis
from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

EPOCH_KEY = "public-pages:epoch"
PAGE_TIMEOUT = 60 * 60 * 24


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
def store():
    url = getattr(settings, "REDIS_URL", "")
    return _RedisStore(url, settings.CACHE_KEY_PREFIX + ":") if url else _DjangoCacheStore()
