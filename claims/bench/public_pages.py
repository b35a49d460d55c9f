"""Requests per second of the public pages against /healthz, on one gunicorn server.

    python -m claims.bench.public_pages [--claims 10000] [--seconds 8] [--workers 2]

Builds a throwaway SQLite database (or uses DATABASE_URL), seeds it with `seed_bulk`, collects
static files, starts gunicorn on 127.0.0.1 with the shared Redis cache when one answers on
REDIS_URL (default redis://127.0.0.1:6379/15), and drives it with a small keep-alive load client
in separate processes. Prints each page's rate and its ratio to /healthz. The last line reads
500 cached claim pages while an editor saves one of them five times a second through the
services, as the desk does: each save flushes only the pages it touches. Every request goes to
this machine's loopback interface and the run stops by itself.
"""

import argparse
import http.client
import itertools
import multiprocessing
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UNCACHED = "claim page, uncached"
TARGETS = {"claim page, cached": 0.8, UNCACHED: 0.25}
EDITED_PAGES = 500
EDITS_PER_SECOND = 5
EDITED = f"{EDITED_PAGES} claim pages, {EDITS_PER_SECOND} edits/s"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _redis_answers(url: str) -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except Exception:
        return False


@contextmanager
def gunicorn(env: dict, *, workers: int):
    """A gunicorn server for the benchmarks on a free loopback port, stopped on leaving."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "factcheck.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--log-level", "warning", "--keep-alive", "30"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/healthz")
                break
            except OSError:
                time.sleep(0.1)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=10)


def _get(port, path) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers={"Host": "127.0.0.1"})
    connection.getresponse().read()
    connection.close()


def _client(port, paths, seconds, repeat, results):
    """One process: keep-alive GETs through paths (round and round if `repeat`) until time runs
    out."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    done = errors = 0
    started = time.perf_counter()
    for path in itertools.cycle(paths) if repeat else paths:
        if time.perf_counter() - started >= seconds:
            break
        try:
            connection.request("GET", path, headers={"Host": "127.0.0.1"})
            response = connection.getresponse()
            response.read()
            if response.status == 200:
                done += 1
            else:
                errors += 1
        except (OSError, http.client.HTTPException):
            errors += 1
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    results.put((done, errors, time.perf_counter() - started))


def _edit_steadily(slugs, interval, stop):
    """An editor saving a claim every `interval` seconds, through the services as the desk does,
    so each save flushes the public pages it touches."""
    from django.contrib.auth import get_user_model

    from claims import services
    from claims.models import Claim

    editor, _ = get_user_model().objects.get_or_create(username="bench-editor")
    for n in itertools.count():
        if stop.wait(interval):
            return
        claim = Claim.objects.get(slug=slugs[n % len(slugs)])
        services.claim_update_statement(
            claim=claim, statement=f"{claim.statement.rstrip('.')} ({n}).", user=editor,
            expected_version=claim.version,
        )  # fmt: skip


@contextmanager
def _editing(slugs):
    stop = threading.Event()
    editor = threading.Thread(target=_edit_steadily, args=(slugs, 1 / EDITS_PER_SECOND, stop))
    editor.start()
    try:
        yield
    finally:
        stop.set()
        editor.join()


def measure(port, paths, seconds, clients, *, repeat=True) -> tuple[float, int]:
    results = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(
            target=_client, args=(port, paths[i::clients] or paths, seconds, repeat, results)
        )
        for i in range(clients)
    ]
    for p in processes:
        p.start()
    totals = [results.get() for _ in processes]
    for p in processes:
        p.join()
    return sum(d for d, _, _ in totals) / max(t for _, _, t in totals), sum(e for _, e, _ in totals)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=4, help="per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="measurements per page")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--clients", type=int, default=4, help="load client processes")
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "factcheck.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "benchmark-only-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_HSTS_SECONDS": "0",
        "DATABASE_URL": os.environ.get("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}"),
        "CACHE_KEY_PREFIX": f"bench-{os.getpid()}",
    }
    shared_cache = _redis_answers(redis_url)
    if shared_cache:
        env["REDIS_URL"] = redis_url
    else:
        env.pop("REDIS_URL", None)
        args.workers = 1  # a per-process cache is only coherent with one worker
    python = sys.executable
    manage = [python, str(ROOT / "manage.py")]
    print(f"Preparing {args.claims} published claims in {env['DATABASE_URL']}")
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True)
    subprocess.run([*manage, "seed_bulk", "--claims", str(args.claims)], env=env, check=True)
    subprocess.run([*manage, "collectstatic", "--noinput", "-v0"], env=env, check=True)

    try:
        with gunicorn(env, workers=args.workers) as port:
            return _run(port, env, args, shared_cache)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        if shared_cache:
            import redis

            client = redis.Redis.from_url(redis_url)
            for key in client.scan_iter(f"{env['CACHE_KEY_PREFIX']}:*"):
                client.delete(key)


def _run(port, env, args, shared_cache) -> int:
    sys.path.insert(0, str(ROOT))
    os.environ.update(env)
    import django

    django.setup()
    from claims.models import Article, Claim

    claims = list(Claim.objects.published().values_list("slug", flat=True))
    article = Article.objects.order_by("id").values_list("slug", flat=True).first()
    edited = claims[1 : 1 + EDITED_PAGES]
    pages = {
        "/healthz": ["/healthz"],
        "claim page, cached": [f"/claims/{claims[0]}/"],
        UNCACHED: [f"/claims/{slug}/" for slug in claims[1 + EDITED_PAGES :]],
        "article page (50 claims), cached": [f"/articles/{article}/"],
        "index, cached": ["/"],
        EDITED: [f"/claims/{slug}/" for slug in edited],
    }
    for name, paths in pages.items():  # warm: each cached page rendered once
        if name != UNCACHED:
            for path in paths if name == EDITED else paths[:1]:
                _get(port, path)
    print(
        f"gunicorn workers {args.workers}, load processes {args.clients}, shared cache {'Redis' if shared_cache else 'none'}"
    )
    # Each page is measured right after /healthz, in several rounds, and its ratio is the
    # median: this machine's speed drifts by a third from minute to minute.
    ratios = {name: [] for name in pages if name != "/healthz"}
    for round_ in range(args.rounds):
        for name, paths in pages.items():
            if name == "/healthz":
                continue
            if name == UNCACHED:
                paths = paths[round_ :: args.rounds]  # no page is asked for twice
            baseline, _ = measure(port, ["/healthz"], args.seconds, args.clients)
            with _editing(edited) if name == EDITED else nullcontext():
                rate, errors = measure(
                    port, paths, args.seconds, args.clients, repeat=name != UNCACHED
                )
            if errors:
                print(f"{name}: {errors} requests failed")
            ratios[name].append((rate / baseline, rate, baseline))
    medians = {name: statistics.median(r for r, _, _ in runs) for name, runs in ratios.items()}
    for name, runs in ratios.items():
        rates = ", ".join(f"{rate:.0f}/{baseline:.0f}" for _, rate, baseline in runs)
        print(f"{name:36} {medians[name]:5.2f} × /healthz   (req/s, page/healthz: {rates})")
    missed = [name for name, target in TARGETS.items() if medians[name] < target]
    if missed:
        print("below target: " + ", ".join(missed))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
