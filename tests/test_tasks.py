"""Background work (archiving evidence, finding suggestions) and the queues it runs on: the
database queue and RQ on Redis."""

import os
from datetime import timedelta

import pytest
import redis
from django.core.management import call_command
from django.tasks import default_task_backend
from django.urls import reverse
from django.utils import timezone

from claims import services
from claims.models import PageCapture, SuggestionRun
from claims.tasks import archive_page, suggest_claims_for_article
from tests.factories import (
    ARTICLE_TEXT,
    make_article,
    make_claim,
    make_published_claim,
    make_source,
)

REPORT = "/reports/geolocation"
HTMX = {"HTTP_HX_REQUEST": "true"}


def _add_evidence(claim, user, url, **extra):
    return services.evidence_add(
        claim=claim, url=url, title="Geolocation of the smoke column", user=user,
        stance="supports", **extra,
    )  # fmt: skip


@pytest.mark.django_db
def test_adding_evidence_queues_one_archive_after_the_write_commits(
    checker, news_site, django_capture_on_commit_callbacks
):
    claim = make_claim()
    default_task_backend.clear()
    with django_capture_on_commit_callbacks(execute=True):
        evidence = _add_evidence(claim, checker, news_site.url(REPORT))

    capture = evidence.captures.get()
    assert capture.status == PageCapture.Status.PENDING
    queued = default_task_backend.results
    assert [(r.task.name, r.args) for r in queued] == [("archive_page", [capture.pk])]


@pytest.mark.django_db
def test_the_archive_task_keeps_text_source_hash_and_final_url(checker, news_site):
    evidence = _add_evidence(make_claim(), checker, news_site.url(REPORT))
    capture = evidence.captures.get()

    assert archive_page.call(capture.pk) == "archived"

    capture.refresh_from_db()
    assert capture.final_url == news_site.url(REPORT)
    assert capture.http_status == 200
    assert "We matched the skyline in three videos" in capture.text
    assert "Open Source Desk · methods" not in capture.text
    assert "<script>alert(" in capture.html  # kept as fetched, served only as text
    assert len(capture.content_sha256) == 64 and capture.fetched_at


@pytest.mark.django_db
def test_running_the_task_twice_changes_nothing_the_second_time(checker, news_site):
    capture = _add_evidence(make_claim(), checker, news_site.url(REPORT)).captures.get()
    archive_page.call(capture.pk)
    first = PageCapture.objects.get()

    assert archive_page.call(capture.pk) == "nothing to do"
    assert PageCapture.objects.get().fetched_at == first.fetched_at


@pytest.mark.django_db
def test_a_failed_archive_is_shown_on_the_card_and_can_be_retried(
    checker, checker_client, news_site
):
    claim = make_claim()
    evidence = _add_evidence(claim, checker, news_site.url("/gone"))
    archive_page.call(evidence.captures.get().pk)

    card = checker_client.get(claim.get_workspace_url()).content.decode()
    assert "Could not archive: The site answered 410" in card
    assert reverse("claims:evidence_archive", args=[evidence.pk]) in card

    response = checker_client.post(reverse("claims:evidence_archive", args=[evidence.pk]), **HTMX)

    assert response.status_code == 200
    assert "Archiving a copy" in response.content.decode()
    assert evidence.captures.filter(status=PageCapture.Status.PENDING).count() == 1
    again = checker_client.post(reverse("claims:evidence_archive", args=[evidence.pk]), **HTMX)
    assert "already" in again.content.decode()
    assert evidence.captures.count() == 2


@pytest.mark.django_db
def test_a_pending_archive_polls_its_own_line_not_the_card(checker, checker_client, news_site):
    claim = make_claim()
    evidence = _add_evidence(claim, checker, news_site.url(REPORT))
    status_url = reverse("claims:evidence_archive_status", args=[evidence.pk])

    card = checker_client.get(claim.get_workspace_url()).content.decode()
    assert f'hx-get="{status_url}" hx-trigger="every 3s"' in card

    archive_page.call(evidence.captures.get().pk)
    line = checker_client.get(status_url, **HTMX).content.decode()
    assert "Archived on" in line and "hx-trigger" not in line


@pytest.mark.django_db
def test_the_public_page_links_the_stored_copy_which_runs_no_page_code(checker, client, news_site):
    claim = make_published_claim(user=checker)
    evidence = _add_evidence(claim, checker, news_site.url(REPORT), reason="Geolocation found")
    capture = evidence.captures.get()
    archive_page.call(capture.pk)

    page = client.get(claim.get_absolute_url()).content.decode()
    copy_url = reverse("claims:capture", args=[capture.pk])
    assert f"archived on {timezone.now():%-d %b %Y}" in page and copy_url in page

    copy = client.get(copy_url)
    assert copy.status_code == 200
    assert "We matched the skyline" in copy.content.decode()
    assert "<script>alert(" not in copy.content.decode()
    source = client.get(reverse("claims:capture_source", args=[capture.pk]))
    assert source["Content-Type"] == "text/plain; charset=utf-8"
    assert source["Content-Security-Policy"].startswith("sandbox")
    assert b"<script>alert(" in source.content


@pytest.mark.django_db
def test_copies_of_draft_evidence_and_imports_are_for_the_desk_only(
    checker, client, editor_client, news_site
):
    evidence = _add_evidence(make_claim(), checker, news_site.url(REPORT))
    capture = evidence.captures.get()
    archive_page.call(capture.pk)

    assert client.get(reverse("claims:capture", args=[capture.pk])).status_code == 404
    assert client.get(reverse("claims:capture_source", args=[capture.pk])).status_code == 404
    assert editor_client.get(reverse("claims:capture", args=[capture.pk])).status_code == 200


@pytest.mark.django_db
def test_changing_the_link_archives_the_new_page(checker, news_site):
    evidence = _add_evidence(make_claim(), checker, news_site.url("/gone"))

    services.evidence_update(
        evidence=evidence, user=checker, expected_version=evidence.version,
        url=news_site.url(REPORT),
    )  # fmt: skip

    assert [c.url for c in evidence.captures.order_by("pk")] == [
        news_site.url("/gone"),
        news_site.url(REPORT),
    ]


@pytest.fixture
def rq_redis(settings):
    # One Redis database per test process (pytest-xdist), since each run empties its own.
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    url = os.environ.get("TEST_RQ_URL", f"redis://127.0.0.1:6379/{11 - worker % 4}")
    client = redis.Redis.from_url(url, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError:
        if os.environ.get("CI"):
            pytest.fail(f"Redis is not answering at {url}")
        pytest.skip(f"Redis is not answering at {url}")
    client.flushdb()
    settings.RQ_QUEUES = {"default": {"URL": url}}
    yield
    client.flushdb()


@pytest.fixture(params=["database", "rq"])
def queue(request, settings):
    """The real queue, as TASKS_BACKEND chooses it in production."""
    if request.param == "rq":
        request.getfixturevalue("rq_redis")
    settings.TASKS_BACKEND = request.param
    settings.TASKS = {"default": settings.TASK_BACKENDS[request.param]}
    return request.param


@pytest.mark.django_db(transaction=True)
def test_the_worker_archives_what_the_desk_queued(queue, checker, news_site):
    evidence = _add_evidence(make_claim(), checker, news_site.url(REPORT))
    assert evidence.captures.get().status == PageCapture.Status.PENDING

    call_command("task_worker", batch=True, verbosity=0)

    capture = evidence.captures.get()
    assert capture.status == PageCapture.Status.ARCHIVED, capture.error
    assert "We matched the skyline" in capture.text


@pytest.mark.django_db(transaction=True)
def test_a_task_lost_with_its_worker_is_queued_again_when_a_worker_starts(
    queue, checker, news_site
):
    evidence = _add_evidence(make_claim(), checker, news_site.url(REPORT), archive=False)
    # As a worker killed mid-task leaves it: pending, its task gone from the queue.
    lost = PageCapture.objects.create(
        url=evidence.url, evidence=evidence,
        requested_at=timezone.now() - PageCapture.STALLED_AFTER - timedelta(minutes=1),
    )  # fmt: skip

    call_command("task_worker", batch=True, verbosity=0)

    lost.refresh_from_db()
    assert lost.status == PageCapture.Status.ARCHIVED, lost.error


@pytest.mark.django_db(transaction=True)
def test_the_worker_works_out_suggestions_the_panel_asked_for(queue):
    article = make_article(text=ARTICLE_TEXT)
    run = services.suggestion_run_request(article=article)
    assert run.status == SuggestionRun.Status.PENDING

    call_command("task_worker", batch=True, verbosity=0)

    run.refresh_from_db()
    assert run.status == SuggestionRun.Status.DONE, run.error
    assert any("two bridges had been destroyed" in s["text"] for s in run.suggestions)


@pytest.mark.django_db
def test_the_panel_finds_suggestions_in_the_background_polling_only_itself(editor_client, article):
    panel_url = reverse("claims:suggestions", args=[article.pk])

    waiting = editor_client.get(panel_url, **HTMX).content.decode()
    assert "Finding suggestions…" in waiting
    assert f'hx-get="{panel_url}?poll=1" hx-trigger="every 2s"' in waiting

    run = SuggestionRun.objects.get()
    suggest_claims_for_article.call(run.pk)
    polled = editor_client.get(panel_url + "?poll=1", **HTMX).content.decode()
    assert "two bridges had been destroyed" in polled
    assert "hx-trigger" not in polled
    assert 'id="article-text"' not in polled  # an open card elsewhere is left alone


@pytest.mark.django_db
def test_a_failed_suggestion_run_says_why_and_can_be_retried(editor_client, article, monkeypatch):
    def broken(body, **options):
        raise RuntimeError("the registry could not be read")

    monkeypatch.setattr("claims.services.suggestions.compute_suggestions", broken)
    panel_url = reverse("claims:suggestions", args=[article.pk])
    editor_client.get(panel_url, **HTMX)
    suggest_claims_for_article.call(SuggestionRun.objects.get().pk)

    panel = editor_client.get(panel_url, **HTMX).content.decode()
    assert "Suggestions failed: RuntimeError: the registry could not be read" in panel
    assert reverse("claims:suggestion_retry", args=[article.pk]) in panel

    monkeypatch.undo()
    retried = editor_client.post(reverse("claims:suggestion_retry", args=[article.pk]), **HTMX)
    assert "Finding suggestions…" in retried.content.decode()
    newest = SuggestionRun.objects.first()
    assert newest.status == SuggestionRun.Status.PENDING
    suggest_claims_for_article.call(newest.pk)
    assert "two bridges" in editor_client.get(panel_url, **HTMX).content.decode()


@pytest.mark.django_db
def test_suggestions_stay_shown_while_fresher_ones_are_worked_out(editor, editor_client, article):
    panel_url = reverse("claims:suggestions", args=[article.pk])
    editor_client.get(panel_url, **HTMX)
    suggest_claims_for_article.call(SuggestionRun.objects.get().pk)

    make_source("Regional governor", user=editor)  # the registry changed
    panel = editor_client.get(panel_url, **HTMX).content.decode()

    assert "two bridges had been destroyed" in panel
    assert "newer suggestions are being worked out" in panel
    assert SuggestionRun.objects.count() == 2
