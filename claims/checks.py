"""Deployment checks (`manage.py check --deploy`): the public origin, hosts, the page cache,
background tasks and the fetcher."""

from urllib.parse import urlsplit

import redis
from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register(Tags.security, deploy=True)
def public_urls_come_from_one_origin(app_configs, **kwargs):
    problems = []
    origin = urlsplit(settings.PUBLIC_ORIGIN)
    if origin.scheme not in ("http", "https") or not origin.netloc or origin.path:
        problems.append(
            Error(
                "PUBLIC_ORIGIN is not set to an origin such as https://factcheck.example.org, "
                "so the site has no address of its own for canonical links, feeds, sitemaps "
                "and ClaimReview.",
                hint="Set PUBLIC_ORIGIN to the public scheme and host, without a path.",
                id="claims.E001",
            )
        )
    if "*" in settings.ALLOWED_HOSTS:
        problems.append(
            Error(
                "ALLOWED_HOSTS accepts any host ('*').",
                hint="List the site's own host names in DJANGO_ALLOWED_HOSTS.",
                id="claims.E002",
            )
        )
    return problems


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


@register(deploy=True)
def tasks_run_outside_requests(app_configs, **kwargs):
    backend = settings.TASKS["default"]["BACKEND"]
    problems = []
    if backend.endswith(("ImmediateBackend", "DummyBackend")) and not settings.DEBUG:
        problems.append(
            Warning(
                f"Background tasks use {backend.rsplit('.', 1)[-1]}: archiving evidence "
                "would run inside the editor's request (or never).",
                hint="Use TASKS_BACKEND=database (the default) or rq, and run "
                "`manage.py task_worker`.",
                id="claims.W004",
            )
        )
    if settings.FETCH_ALLOWED_HOSTS and not settings.DEBUG:
        problems.append(
            Warning(
                "FETCH_ALLOWED_HOSTS lets article and evidence links reach "
                f"{', '.join(settings.FETCH_ALLOWED_HOSTS)} even on private addresses.",
                hint="Leave FETCH_ALLOWED_HOSTS empty outside tests.",
                id="claims.W005",
            )
        )
    return problems
