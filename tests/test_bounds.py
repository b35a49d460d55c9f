"""Nothing a request asks for can run for ever: statement timeouts, and what the visitor sees."""

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from django.db import OperationalError, connection
from django.urls import reverse

from tests.conftest import HTMX
from tests.factories import make_published_claim

ROOT = Path(__file__).resolve().parents[1]


def _cancelled(*args, **kwargs):
    try:
        raise psycopg.errors.QueryCanceled("canceling statement due to statement timeout")
    except psycopg.Error as error:
        raise OperationalError(str(error)) from error


@pytest.mark.django_db
def test_a_cancelled_query_answers_503_saying_what_to_do(client, monkeypatch):
    from claims.views import public

    monkeypatch.setattr(public, "_counted", _cancelled)
    response = client.get(reverse("claims:index"), {"q": "border"})
    assert response.status_code == 503
    assert "Narrow the search" in response.content.decode()


@pytest.mark.django_db
def test_a_cancelled_query_under_htmx_keeps_the_page_and_says_why(checker_client, monkeypatch):
    from claims.views import editor

    monkeypatch.setattr(editor, "_claims_matching", _cancelled)
    response = checker_client.get(reverse("claims:dashboard"), {"q": "x"}, headers=HTMX)
    assert response.status_code == 503 and response["HX-Reswap"] == "none"
    assert "Narrow the search" in response.content.decode()


@pytest.mark.django_db
def test_other_database_errors_are_not_passed_off_as_timeouts(client, monkeypatch):
    from claims.views import public

    def broken(*args, **kwargs):
        raise OperationalError("the database went away")

    monkeypatch.setattr(public, "_counted", broken)
    client.raise_request_exception = False
    assert client.get(reverse("claims:index"), {"q": "border"}).status_code == 500


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's statement_timeout")
@pytest.mark.django_db
def test_web_processes_bound_every_query_and_commands_do_not():
    """gunicorn.conf.py sets DJANGO_STATEMENT_TIMEOUT_MS for the web server; a process without
    it (the task worker, an export) runs as long as it needs."""
    database = connection.settings_dict
    url = f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    sleep = "from django.db import connection; connection.cursor().execute('SELECT pg_sleep(0.3)')"

    def shell(env):
        return subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", sleep], cwd=ROOT, capture_output=True,
            text=True, env={**os.environ, "DATABASE_URL": url, **env}, timeout=60,
        )  # fmt: skip

    bounded = shell({"DJANGO_STATEMENT_TIMEOUT_MS": "50"})
    assert bounded.returncode != 0 and "statement timeout" in bounded.stderr
    assert shell({"DJANGO_STATEMENT_TIMEOUT_MS": ""}).returncode == 0


def test_gunicorn_sets_the_statement_timeout_below_its_own():
    config = {}
    environ = dict(os.environ)
    try:
        exec((ROOT / "gunicorn.conf.py").read_text(), config)
        assert 0 < int(os.environ["DJANGO_STATEMENT_TIMEOUT_MS"]) < config["timeout"] * 1000
    finally:
        os.environ.clear()
        os.environ.update(environ)


@pytest.mark.django_db
def test_the_admin_finds_claims_by_word_without_counting_them_all(superuser_client, checker):
    make_published_claim(user=checker, statement="Convoy crossed the border")
    response = superuser_client.get(reverse("admin:claims_claim_changelist"), {"q": "border"})
    assert response.status_code == 200
    assert "Convoy crossed the border" in response.content.decode()
    assert response.context["cl"].show_full_result_count is False


@pytest.mark.skipif(connection.vendor != "postgresql", reason="psycopg's connection pool")
@pytest.mark.django_db
def test_django_db_pool_gives_each_process_a_connection_pool():
    database = connection.settings_dict
    url = f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    probe = (
        "from django.db import connection; connection.cursor().execute('SELECT 1'); "
        "print(type(connection.pool).__name__, connection.pool.max_size)"
    )
    shell = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", probe], cwd=ROOT, capture_output=True,
        text=True, env={**os.environ, "DATABASE_URL": url, "DJANGO_DB_POOL": "4"}, timeout=60,
    )  # fmt: skip
    assert shell.stdout.splitlines()[-1].split() == ["ConnectionPool", "4"], shell.stderr
