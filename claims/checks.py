"""Deployment checks (`manage.py check --deploy`) for the public page cache."""

import redis
from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.caches, deploy=True)
def public_cache_is_shared_and_safe(app_configs, **kwargs):
    if not settings.REDIS_URL:
        return [
            Warning(
                "REDIS_URL is not set, so each server process caches public pages in its own "
                "memory, and an edit flushes only the copy in the process that saved it.",
                hint="Set REDIS_URL, or run a single server process.",
                id="claims.W001",
            )
        ]
    try:
        client = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=2)
        policy = client.config_get("maxmemory-policy").get("maxmemory-policy", "")
    except redis.ResponseError:
        return []  # managed services may forbid CONFIG; nothing to learn then
    except redis.RedisError as error:
        return [Warning(f"Redis at REDIS_URL does not answer: {error}", id="claims.W002")]
    if policy.startswith("allkeys"):
        return [
            Warning(
                f"Redis evicts any key ({policy}), including the public cache's tag index; "
                "an evicted tag leaves its pages unflushed after an edit.",
                hint="Set maxmemory-policy to volatile-lru (only expiring keys, the pages, go).",
                id="claims.W003",
            )
        ]
    return []
