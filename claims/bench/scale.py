"""Time the public pages and the desk dashboard with a small and a large archive, in one run;
with --exports, the peak memory and time of the archive export, its import and the public CSV.

    DATABASE_URL=postgres://root@127.0.0.1:5432/postgres python -m claims.bench.scale \
        [--sizes 10000 1000000] [--runs 5] [--exports]

For each size it uses the PostgreSQL database `factcheck_scale_<size>` on DATABASE_URL's
server, creating, migrating and seeding it (`seed_bulk --per-article 50 --sources 50`: a source has 20,000 claims at 1M) unless it already
holds that many claims, so a second run measures at once. Each size is measured in its own
process: every page is requested in-process, rendered directly (the page cache is emptied
before each request), `--runs` times, then again over HTTP from one gunicorn worker (with a
query string the pages ignore, so the page cache never answers); the medians and the ratio of
the largest size to the smallest are printed. Issue 14's target is a ratio of at most 2 for every public list page.

--exports runs, for each size, `export_newsroom` to a temporary file, `import_newsroom` of it
into a new empty database, and a download of /claims.csv, each in its own process, and prints
each one's peak resident memory (ru_maxrss) and wall time: memory must not grow with the size.
"""

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import time
from urllib.parse import quote, urlsplit, urlunsplit

from claims.bench.public_pages import gunicorn

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
    web = {**os.environ, "DJANGO_ALLOWED_HOSTS": "127.0.0.1,testserver"}
    with gunicorn(web, workers=1) as port:
        session = desk.cookies["sessionid"].value
        for name, path in PAGES:
            url = path.format(**urls)
            cookie = {"Cookie": f"sessionid={session}"} if path.startswith("/desk/") else {}
            timings = []
            for n in range(runs + 1):
                # A query string the pages ignore, so the page cache never answers.
                busted = quote(f"{url}{'&' if '?' in url else '?'}bench={n}", safe="/?&=")
                began = time.perf_counter()
                status = _http_get(port, busted, cookie)
                timings.append(time.perf_counter() - began)
                assert status == 200, (busted, status)
            medians[f"{name} (HTTP)"] = statistics.median(timings[1:]) * 1000
    return medians


def _http_get(port, path, headers) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path, headers={"Host": "127.0.0.1", **headers})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


# Run a command in a child and print its peak resident memory in KiB: one process per figure,
# so no measurement inherits another's peak.
_PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""
_CSV = """
import django
django.setup()
from django.test import Client
response = Client().get("/export/claims.csv")
assert response.status_code == 200
print(sum(len(chunk) for chunk in response.streaming_content))
"""


def _peak(command, env) -> tuple[float, float]:
    """Peak RSS in MiB and wall seconds of one command."""
    began = time.perf_counter()
    child = subprocess.run(
        [sys.executable, "-c", _PEAK, *command], env=env, check=True, capture_output=True,
        text=True,
    )  # fmt: skip
    return int(child.stdout.split()[-1]) / 1024, time.perf_counter() - began


def _exports(base: str, size: int, env: dict) -> dict:
    import tempfile

    import psycopg

    target = f"factcheck_import_{size}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{target}"')
    manage = [sys.executable, "manage.py"]
    into = {**env, "DATABASE_URL": urlunsplit(urlsplit(base)._replace(path=f"/{target}"))}
    subprocess.run([*manage, "migrate", "-v0"], env=into, check=True)
    with tempfile.TemporaryDirectory() as directory:
        archive = os.path.join(directory, "newsroom.jsonl")
        results = {"export": _peak([*manage, "export_newsroom", archive], env)}
        results["archive MiB"] = os.path.getsize(archive) / 2**20
        results["import"] = _peak([*manage, "import_newsroom", archive], into)
    results["public CSV"] = _peak([sys.executable, "-c", _CSV], env)
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{target}" WITH (FORCE)')
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--exports", action="store_true", help="measure exports instead")
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
        if args.exports:
            results[size] = _exports(base, size, env)
            continue
        child = subprocess.run(
            [sys.executable, "-m", "claims.bench.scale", "--measure", "--runs", str(args.runs)],
            env=env, capture_output=True, text=True,
        )  # fmt: skip
        if child.returncode:
            print(child.stderr, file=sys.stderr)
            return child.returncode
        results[size] = json.loads(child.stdout.strip().splitlines()[-1])
    small, large = min(args.sizes), max(args.sizes)
    if args.exports:
        print(f"| | {small:,} claims | {large:,} claims | peak memory ratio |")
        print("| --- | --- | --- | --- |")
        for name in ("export", "import", "public CSV"):
            (a, ta), (b, tb) = results[small][name], results[large][name]
            print(f"| {name} | {a:.0f} MiB, {ta:.0f} s | {b:.0f} MiB, {tb:.0f} s | {b / a:.2f}× |")
        a, b = results[small]["archive MiB"], results[large]["archive MiB"]
        print(f"| archive size | {a:,.0f} MiB | {b:,.0f} MiB | |")
        return 0
    print(f"| page | {small:,} claims | {large:,} claims | ratio | over HTTP: {small:,} | "
          f"{large:,} | ratio |")  # fmt: skip
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, _ in PAGES:
        a, b = results[small][name], results[large][name]
        c, d = results[small][f"{name} (HTTP)"], results[large][f"{name} (HTTP)"]
        print(f"| {name} | {a:.0f} ms | {b:.0f} ms | {b / a:.1f}× | {c:.0f} ms | {d:.0f} ms "
              f"| {d / c:.1f}× |")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
