"""Requests per second of the public pages against /healthz, on one gunicorn server.

    python -m claims.bench.public_pages [--claims 10000] [--seconds 8] [--workers 2]

Builds a throwaway SQLite database (or uses DATABASE_URL), seeds it with `seed_bulk`, collects
static files, starts gunicorn on 127.0.0.1 with the shared Redis cache when one answers on
REDIS_URL (default redis://127.0.0.1:6379/15), and drives it with a small keep-alive load client
in separate processes. Prints each page's rate and its ratio to /healthz. Every request goes to
this machine's loopback interface and the run stops by itself.
"""

import argparse
import http.client
import multiprocessing
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGETS = {"claim page, cached": 0.8, "claim page, uncached": 0.25}


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


def _client(port, paths, seconds, results):
    """One process: keep-alive GETs, cycling through paths, until time runs out."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    done = errors = 0
    deadline = time.perf_counter() + seconds
    index = 0
    while time.perf_counter() < deadline:
        path = paths[index % len(paths)]
        index += 1
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
    results.put((done, errors))


def measure(port, paths, seconds, clients) -> tuple[float, int]:
    results = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(
            target=_client, args=(port, paths[i::clients] or paths, seconds, results)
        )
        for i in range(clients)
    ]
    for p in processes:
        p.start()
    totals = [results.get() for _ in processes]
    for p in processes:
        p.join()
    return sum(d for d, _ in totals) / seconds, sum(e for _, e in totals)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=8)
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

    port = _free_port()
    server = subprocess.Popen(
        [python, "-m", "gunicorn", "factcheck.wsgi", "--bind", f"127.0.0.1:{port}", "--workers",
         str(args.workers), "--log-level", "warning", "--keep-alive", "30"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/healthz")
                break
            except OSError:
                time.sleep(0.1)
        sys.path.insert(0, str(ROOT))
        os.environ.update(env)
        import django

        django.setup()
        from claims.models import Article, Claim

        claims = list(Claim.objects.published().values_list("slug", flat=True))
        article = Article.objects.order_by("id").values_list("slug", flat=True).first()
        pages = {
            "/healthz": ["/healthz"],
            "claim page, cached": [f"/claims/{claims[0]}/"],
            "claim page, uncached": [f"/claims/{slug}/" for slug in claims],
            "article page (50 claims), cached": [f"/articles/{article}/"],
            "index, cached": ["/"],
        }
        for paths in pages.values():  # warm: each cached page rendered once
            measure(port, paths[:1], 0.3, 1)
        print(
            f"gunicorn workers {args.workers}, load processes {args.clients}, shared cache {'Redis' if shared_cache else 'none'}"
        )
        rates = {}
        for name, paths in pages.items():
            rate, errors = measure(port, paths, args.seconds, args.clients)
            rates[name] = rate
            ratio = rate / rates["/healthz"]
            note = f" errors {errors}" if errors else ""
            print(f"{name:36} {rate:8.0f} req/s   {ratio:5.2f} × /healthz{note}")
        missed = [
            name for name, target in TARGETS.items() if rates[name] / rates["/healthz"] < target
        ]
        if missed:
            print("below target: " + ", ".join(missed))
        return 1 if missed else 0
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
