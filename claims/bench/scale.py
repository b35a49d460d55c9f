"""Time the public pages and the desk dashboard with a small and a large archive, in one run.

    DATABASE_URL=postgres://root@127.0.0.1:5432/postgres python -m claims.bench.scale \
        [--sizes 10000 1000000] [--runs 5]

For each size it uses the PostgreSQL database `factcheck_scale_<size>` on DATABASE_URL's
server, creating, migrating and seeding it (`seed_bulk --per-article 50 --sources 50`: a source has 20,000 claims at 1M) unless it already
holds that many claims, so a second run measures at once. Each size is measured in its own
process: every page is requested in-process, rendered directly (the page cache is emptied
before each request), `--runs` times; the medians and the ratio of the largest size to the
smallest are printed. Issue 14's target is a ratio of at most 2 for every public list page.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from urllib.parse import urlsplit, urlunsplit

PAGES = [
    ("index", "/"),
    ("index, common word", "/?q=border"),
    ("index, rare phrase", '/?q="convoy 4242 crossed"'),
    ("index, by verdict", "/?verdict=false"),
    ("index, by date", "/?since=2020-01-01"),
    ("index, middle page", "/?older={middle}"),
    ("index, last page", "/?oldest=1"),
    ("feed", "/feed/"),
    ("sitemap index", "/sitemap.xml"),
    ("sitemap, last claims file", "/sitemap-claims.xml?p={sitemap_last}"),
    ("claim page", "{claim}"),
    ("article page", "{article}"),
    ("source page", "{source}"),
    ("desk dashboard", "/desk/"),
]


def _database_url(base: str, size: int) -> str:
    parts = urlsplit(base)
    return urlunsplit(parts._replace(path=f"/factcheck_scale_{size}"))


def _ensure(base: str, size: int) -> None:
    """The seeded database for this size, made if it is missing or holds another count."""
    import psycopg

    name = f"factcheck_scale_{size}"
    url = _database_url(base, size)
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "factcheck.settings"}
    manage = [sys.executable, "manage.py"]
    with psycopg.connect(base, autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists:
            try:
                with psycopg.connect(url) as db:
                    count = db.execute("SELECT count(*) FROM claims_claim").fetchone()[0]
            except psycopg.Error:
                count = None
            if count == size:
                subprocess.run([*manage, "migrate", "-v0"], env=env, check=True)
                return
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True)
    began = time.perf_counter()
    subprocess.run(
        [*manage, "seed_bulk", "--claims", str(size), "--per-article", "50", "--sources", "50"],
        env=env,
        check=True,
    )
    print(f"seeded {size:,} claims in {time.perf_counter() - began:.0f} s", file=sys.stderr)
    with psycopg.connect(url, autocommit=True) as db:
        db.execute("VACUUM ANALYZE")  # plans from statistics, as a settled database has


def _measure(runs: int) -> dict:
    """In the child process: the median milliseconds of every page."""
    import django

    django.setup()
    from django.contrib.auth.models import Group, User
    from django.core.cache import cache
    from django.db.models import Count
    from django.test import Client

    from claims.models import Article, Claim, Source
    from claims.sitemaps import Sitemap

    claim = Claim.objects.published().order_by("-pk").first()
    source = Source.objects.annotate(n=Count("attributions")).order_by("-n").first()
    user, _ = User.objects.get_or_create(username="scale-bench")
    user.groups.add(Group.objects.get(name="Editors"))
    desk = Client()
    desk.force_login(user)
    public = Client()
    published = Claim.objects.published().order_by("-first_published_at", "-pk")
    count = published.count()
    urls = {
        "sitemap_last": -(-count // Sitemap.limit),
        "middle": published.values_list("pk", flat=True)[count // 2],
        "claim": claim.get_absolute_url(),
        "article": Article.objects.get(pk=claim.article_id).get_absolute_url(),
        "source": source.get_absolute_url(),
    }
    medians = {}
    for name, path in PAGES:
        client = desk if path.startswith("/desk/") else public
        url = path.format(**urls)
        timings = []
        for _ in range(runs + 1):
            cache.clear()
            began = time.perf_counter()
            response = client.get(url)
            timings.append(time.perf_counter() - began)
            assert response.status_code == 200, (url, response.status_code)
        medians[name] = statistics.median(timings[1:]) * 1000  # the first run warms up
    return medians


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(_measure(args.runs)))
        return 0
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        print("Set DATABASE_URL to a PostgreSQL server (the scale path).", file=sys.stderr)
        return 2
    results = {}
    for size in args.sizes:
        _ensure(base, size)
        env = {
            **os.environ, "DATABASE_URL": _database_url(base, size),
            "DJANGO_SETTINGS_MODULE": "factcheck.settings", "DJANGO_DEBUG": "0",
            "DJANGO_ALLOWED_HOSTS": "testserver", "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DJANGO_PLAIN_STATIC": "1", "PUBLIC_ORIGIN": "https://factcheck.example.org",
            "REDIS_URL": "", "TASKS_BACKEND": "immediate",
        }  # fmt: skip
        child = subprocess.run(
            [sys.executable, "-m", "claims.bench.scale", "--measure", "--runs", str(args.runs)],
            env=env, check=True, capture_output=True, text=True,
        )  # fmt: skip
        results[size] = json.loads(child.stdout.strip().splitlines()[-1])
    small, large = min(args.sizes), max(args.sizes)
    print(f"| page | {small:,} claims | {large:,} claims | ratio |")
    print("| --- | --- | --- | --- |")
    for name, _ in PAGES:
        a, b = results[small][name], results[large][name]
        print(f"| {name} | {a:.0f} ms | {b:.0f} ms | {b / a:.1f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
