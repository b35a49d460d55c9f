"""Time the article workspace for an article with many claims.

    python -m claims.bench.workspace [--claims 500] [--runs 20]

Uses a throwaway SQLite database (or DATABASE_URL), seeds one article with N claims (each
attributed, with two evidence items) by `seed_bulk`, then requests the workspace in-process as a
logged-in fact-checker and prints the median time and the number of queries.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=500)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="factcheck.settings", DJANGO_DEBUG="0", DJANGO_PLAIN_STATIC="1",
        DJANGO_ALLOWED_HOSTS="testserver", DJANGO_SECURE_SSL_REDIRECT="0",
    )  # fmt: skip
    import django

    django.setup()
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from claims.models import Article

    call_command("migrate", verbosity=0)
    call_command("seed_bulk", claims=args.claims, per_article=args.claims, sources=50)
    article = Article.objects.order_by("-id").first()
    user = User.objects.create_user(f"bench-{time.time_ns()}")
    user.groups.add(Group.objects.get(name="Fact-checkers"))
    client = Client()
    client.force_login(user)
    url = article.get_workspace_url()
    client.get(url)
    timings = []
    for _ in range(args.runs):
        began = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - began)
        assert response.status_code == 200
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    print(
        f"workspace with {article.claims.count()} claims: median {statistics.median(timings) * 1000:.0f} ms "
        f"(min {min(timings) * 1000:.0f}, max {max(timings) * 1000:.0f}) over {args.runs} runs, "
        f"{len(queries)} queries, {len(response.content) // 1024} KiB of HTML"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
