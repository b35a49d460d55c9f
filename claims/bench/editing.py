"""Readers' rate on the public lists with no editors, and with 20 editors correcting claims.

    DATABASE_URL=postgres://root@127.0.0.1:5432/factcheck_scale_1000000 \
        python -m claims.bench.editing [--editors 20] [--interval 5] [--seconds 20]

Uses the database on DATABASE_URL as it is (seed it first: `claims.bench.scale` leaves one per
size), starts gunicorn with the shared Redis page cache (REDIS_URL, default
redis://127.0.0.1:6379/15) and drives it from load processes on this machine, reading the
index, the feed, the sitemap index, a source page and claim pages. It measures once with nobody
editing, then again while `--editors` threads each correct a published claim's verdict (with a
reason, through the services, as the desk does) every `--interval` seconds: each correction
flushes the index, the feed, the sitemaps and the claim's own and its sources' pages. Prints
both rates and their ratio. Every request stays on this machine.
"""

import argparse
import os
import random
import subprocess
import sys
import threading
from contextlib import contextmanager

from claims.bench.public_pages import ROOT, _get, _redis_answers, gunicorn, measure

VERDICTS = ["false", "misleading", "mostly_true", "true"]


def _correct_steadily(pks, interval, stop, seed):
    """One editor: a verdict correction on a random published claim every `interval` s."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection

    from claims import services
    from claims.models import Claim

    rng = random.Random(seed)
    editor, _ = get_user_model().objects.get_or_create(username=f"bench-checker-{seed}")
    editor.groups.add(Group.objects.get(name="Fact-checkers"))  # corrections are theirs to make
    stop.wait(rng.uniform(0, interval))  # editors do not all save at the same moment
    try:
        while not stop.is_set():
            claim = Claim.objects.get(pk=rng.choice(pks))
            verdict = rng.choice([v for v in VERDICTS if v != claim.verdict])
            services.claim_set_verdict(
                claim=claim, verdict=verdict, explanation=claim.explanation, user=editor,
                expected_version=claim.version, reason="Benchmark correction.",
            )  # fmt: skip
            stop.wait(interval)
    finally:
        connection.close()


@contextmanager
def _editors(count, interval, pks):
    stop = threading.Event()
    threads = [
        threading.Thread(target=_correct_steadily, args=(pks, interval, stop, n))
        for n in range(count)
    ]
    for thread in threads:
        thread.start()
    try:
        yield
    finally:
        stop.set()
        for thread in threads:
            thread.join()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--editors", type=int, default=20)
    parser.add_argument(
        "--interval", type=float, default=5, help="seconds between an editor's saves"
    )
    parser.add_argument("--seconds", type=float, default=20, help="per measurement")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn worker processes")
    parser.add_argument("--clients", type=int, default=4, help="load client processes")
    args = parser.parse_args(argv)
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")
    if not os.environ.get("DATABASE_URL") or not _redis_answers(redis_url):
        print("Set DATABASE_URL to a seeded database; Redis must answer on REDIS_URL.")
        return 2
    env = {
        **os.environ, "DJANGO_SETTINGS_MODULE": "factcheck.settings", "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "benchmark-only-" + "x" * 40, "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0", "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_HSTS_SECONDS": "0", "PUBLIC_ORIGIN": "https://factcheck.example.org",
        "REDIS_URL": redis_url, "CACHE_KEY_PREFIX": f"bench-{os.getpid()}",
        "TASKS_BACKEND": "immediate",
    }  # fmt: skip
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v0"],
        env=env, check=True,
    )  # fmt: skip
    try:
        with gunicorn(env, workers=args.workers) as port:
            return _read_while_editing(port, env, args)
    finally:
        import redis

        client = redis.Redis.from_url(redis_url)
        for key in client.scan_iter(f"{env['CACHE_KEY_PREFIX']}:*"):
            client.delete(key)


def _read_while_editing(port, env, args) -> int:
    os.environ.update(env)
    import django

    django.setup()
    from claims.models import Claim, Source

    published = Claim.objects.published().order_by("-first_published_at", "-pk")
    pks = list(published.values_list("pk", flat=True)[:2000])
    slugs = list(published.values_list("slug", flat=True)[:50])
    source = Source.objects.order_by("pk").first()
    paths = ["/", "/feed/", "/sitemap.xml", source.get_absolute_url()]
    paths += [f"/claims/{slug}/" for slug in slugs]
    for path in paths:
        _get(port, path)  # warm the cache
    quiet, quiet_errors = measure(port, paths, args.seconds, args.clients)
    saves_before = Claim.history.filter(history_change_reason="Benchmark correction.").count()
    with _editors(args.editors, args.interval, pks):
        busy, busy_errors = measure(port, paths, args.seconds, args.clients)
    saves = (
        Claim.history.filter(history_change_reason="Benchmark correction.").count() - saves_before
    )
    print(f"gunicorn workers {args.workers}, load processes {args.clients}, Redis page cache")
    print(f"| readers' rate | no editors | {args.editors} editors, one save each "
          f"{args.interval:g} s | ratio |")  # fmt: skip
    print("| --- | --- | --- | --- |")
    print(f"| req/s | {quiet:.0f} | {busy:.0f} | {busy / quiet:.2f} |")
    print(f"corrections saved while reading: {saves}")
    if quiet_errors or busy_errors:
        print(f"failed requests: {quiet_errors} quiet, {busy_errors} busy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
