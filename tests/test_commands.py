"""Command-line tools: import_article, load_demo, and the deploy check."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from claims.models import Article, Claim, Source

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


def test_import_article_from_html_cleans_and_prints_the_editor_url(tmp_path, capsys):
    path = tmp_path / "story.html"
    path.write_text(
        "<html><head><title>x</title><script>alert(1)</script></head><body>"
        "<h1>Army says bridge hit</h1><p onclick='x()'>The army said on Monday that the bridge was hit.</p>"
        "<p>Advertisement</p><figure><figcaption>A photo.</figcaption></figure><p>A photo.</p></body></html>"
    )
    call_command(
        "import_article",
        str(path),
        "--publisher",
        "Gazette",
        "--published",
        "2026-11-20",
    )
    article = Article.objects.get()
    assert article.title == "Army says bridge hit"
    assert (
        article.body
        == "Army says bridge hit\n\nThe army said on Monday that the bridge was hit.\n\nA photo."
    )
    assert "script" not in article.body_html and "onclick" not in article.body_html
    assert str(article.published_on) == "2026-11-20" and article.publisher == "Gazette"
    assert capsys.readouterr().out.strip() == f"{article.pk}\t/desk/articles/{article.pk}/"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n  ", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("latin.txt", "Le ministère a dit.".encode("latin-1"), "not UTF-8"),
        ("story.pdf", b"%PDF-1.4", "only .txt and .html"),
        ("deep.html", b"<div>" * 500 + b"text", "nests deeper"),
    ],
)
def test_import_article_refuses_bad_input_and_creates_nothing(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CommandError, match=reason):
        call_command("import_article", str(path))
    assert not Article.objects.exists()


def test_import_article_refuses_files_over_the_limit(tmp_path, settings):
    settings.ARTICLE_MAX_BYTES = 1000
    path = tmp_path / "big.txt"
    path.write_text("The ministry said so. " * 100)
    with pytest.raises(CommandError, match="the limit is"):
        call_command("import_article", str(path))
    assert not Article.objects.exists()


def test_import_article_missing_file_and_bad_date(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_article", str(tmp_path / "missing.txt"))
    path = tmp_path / "ok.txt"
    path.write_text("The ministry said so.")
    with pytest.raises(CommandError, match="is not a date"):
        call_command("import_article", str(path), "--published", "yesterday")
    assert not Article.objects.exists()


def test_import_article_exits_non_zero_with_one_line(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = subprocess.run(
        [sys.executable, "manage.py", "import_article", str(path)],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"},
    )  # fmt: skip
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "empty" in result.stderr


def test_load_demo_is_idempotent_and_covers_the_required_sources():
    call_command("load_demo")
    counts = (Article.objects.count(), Claim.objects.count(), Source.objects.count())
    call_command("load_demo")
    assert (
        Article.objects.count(),
        Claim.objects.count(),
        Source.objects.count(),
    ) == counts
    names = set(Source.objects.values_list("name", flat=True))
    assert {"UK Ministry of Defence", "The Kremlin", "Mykhailo Podolyak"} <= names
    assert Claim.objects.published().count() >= 3
    assert len(set(Claim.objects.values_list("verdict", flat=True))) >= 4
    assert Source.objects.get(name="Dmitry Peskov").affiliation.name == "The Kremlin"


def test_healthz_answers_without_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.content == b"ok"


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "factcheck.settings",
    "DJANGO_SECRET_KEY": "x" * 20 + "production-secret-key-of-sufficient-length-123",
    "DJANGO_DEBUG": "0",
    "DJANGO_ALLOWED_HOSTS": "factcheck.example.org",
    "PUBLIC_ORIGIN": "https://factcheck.example.org",
    "REDIS_URL": os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/12"),
}


def _deploy_check(**overrides):
    env = {**os.environ, **PRODUCTION, **overrides}
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, capture_output=True, text=True, env=env,
    )  # fmt: skip


def test_deploy_check_passes_with_production_settings():
    result = _deploy_check()
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"PUBLIC_ORIGIN": ""}, "claims.E001"),
        ({"PUBLIC_ORIGIN": "factcheck.example.org/news"}, "claims.E001"),
        ({"DJANGO_ALLOWED_HOSTS": "*"}, "claims.E002"),
        ({"TASKS_BACKEND": "immediate"}, "claims.W004"),
        ({"FETCH_ALLOWED_HOSTS": "127.0.0.1"}, "claims.W005"),
        ({"TASKS_BACKEND": "celery"}, "TASKS_BACKEND='celery'; choose one of database, rq"),
    ],
)
def test_deploy_check_refuses_a_site_without_its_own_origin_or_with_any_host(overrides, problem):
    result = _deploy_check(**overrides)
    assert result.returncode != 0 and problem in result.stdout + result.stderr


def test_migrations_match_the_models():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_seed_bulk_makes_whole_published_claims_on_either_database():
    """On PostgreSQL the rows go in with COPY: they must come out the same as bulk_create's."""
    call_command("seed_bulk", claims=120, per_article=50, sources=5, stdout=io.StringIO())

    claims = Claim.objects.published()
    assert claims.count() == 120
    assert Article.objects.count() == 3  # 50 + 50 + 20
    claim = claims.select_related("article").order_by("pk").last()
    assert claim.article.body[claim.start : claim.end] == claim.quote
    assert claim.attributions.count() == 1 and claim.evidence.count() == 2
    if connection.vendor == "postgresql":
        assert not Claim.objects.filter(search_vector__isnull=True).exists()
