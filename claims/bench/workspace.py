"""Time the article workspace, and one card action in it, for articles with many claims.

    python -m claims.bench.workspace [--claims 20 500] [--runs 20]

Uses a throwaway SQLite database (or DATABASE_URL), seeds one article per size with N claims
(each attributed, with two evidence items) by `seed_bulk`, then, in-process as a logged-in
fact-checker, requests the workspace page and saves a verdict on one card through htmx, and
prints the medians, the number of queries and the ratio of the largest size to the smallest.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from functools import partial
from itertools import cycle
from pathlib import Path


def _save_verdict(client, claim, verdicts):
    """One htmx verdict save on the card, as a fact-checker correcting a published claim."""
    from django.urls import reverse

    claim.refresh_from_db()
    return client.post(
        reverse("claims:claim_verdict", args=[claim.pk]),
        {"verdict": next(verdicts), "explanation": "Benchmarked.", "version": claim.version,
         "reason": "Benchmark run."},
        headers={"HX-Request": "true"},
    )  # fmt: skip


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, nargs="+", default=[20, 500])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="factcheck.settings", DJANGO_DEBUG="0", DJANGO_PLAIN_STATIC="1",
        DJANGO_ALLOWED_HOSTS="testserver", DJANGO_SECURE_SSL_REDIRECT="0",
        TASKS_BACKEND="immediate",
    )  # fmt: skip
    import django

    django.setup()
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from claims.models import Article, Verdict

    call_command("migrate", verbosity=0)
    user = User.objects.create_user(f"bench-{time.time_ns()}")
    user.groups.add(Group.objects.get(name="Fact-checkers"))
    client = Client()
    client.force_login(user)
    medians = {}
    for size in args.claims:
        call_command("seed_bulk", claims=size, per_article=size, sources=50)
        article = Article.objects.order_by("-id").first()
        claim = article.claims.order_by("start")[size // 2]
        page = partial(client.get, article.get_workspace_url())
        save = partial(_save_verdict, client, claim, cycle([Verdict.TRUE, Verdict.FALSE]))
        for name, action in (("workspace page", page), ("verdict saved on a card", save)):
            action()
            timings = []
            for _ in range(args.runs):
                began = time.perf_counter()
                response = action()
                timings.append(time.perf_counter() - began)
                assert response.status_code == 200, response.status_code
            with CaptureQueriesContext(connection) as queries:
                response = action()
            medians[name, size] = statistics.median(timings)
            print(
                f"{name}, {size} claims: median {medians[name, size] * 1000:.0f} ms "
                f"(min {min(timings) * 1000:.0f}, max {max(timings) * 1000:.0f}) over {args.runs} "
                f"runs, {len(queries)} queries, {len(response.content) // 1024} KiB"
            )
    small, large = min(args.claims), max(args.claims)
    for name in ("workspace page", "verdict saved on a card"):
        ratio = medians[name, large] / medians[name, small]
        print(f"{name}: {large} claims cost {ratio:.2f}x what {small} cost")
    return 0


if __name__ == "__main__":
    sys.exit(main())
