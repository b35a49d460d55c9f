"""No data lost: archives round-trip, concurrent writers all land, bad input is refused whole."""

import os
import threading

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import close_old_connections, connection
from django.test import Client
from django.urls import reverse

from claims import services
from claims.models import Article, Claim, Verdict
from claims.newsroom_archive import MODELS
from tests.conftest import HTMX
from tests.factories import make_article, make_claim, make_evidence_and_attribution, make_source


def _snapshot():
    return {
        label: list(apps.get_model(label)._default_manager.order_by("pk").values())
        for label in MODELS
    }


@pytest.mark.django_db(transaction=True)
def test_export_then_import_into_an_empty_database_restores_every_row(tmp_path, editor, checker):
    claim = make_claim(user=checker, verdict=Verdict.FALSE, published=True)
    make_evidence_and_attribution(claim, checker)
    services.claim_set_verdict(
        claim=claim,
        verdict=Verdict.TRUE,
        explanation="Revised.",
        user=checker,
        expected_version=claim.version,
        reason="New evidence.",
    )
    services.claim_delete(
        claim=make_claim(article=claim.article, user=editor, quote="admissions fell by 4%"),
        user=editor,
    )
    keep = make_source("Keep", user=editor)
    services.source_merge(
        keep=keep, merge=make_source("Merge me", user=editor, aliases=["MM"]), user=editor
    )
    services.suggestion_dismiss(article=claim.article, start=0, end=8, user=editor)
    before = _snapshot()
    assert all(
        before[label]
        for label in ("claims.HistoricalClaim", "claims.Correction", "claims.HistoricalSource")
    )
    archive = tmp_path / "newsroom.json"
    call_command("export_newsroom", str(archive))

    with connection.cursor() as cursor:  # a plain DELETE: no signals, so no new history rows
        for label in reversed(MODELS):
            cursor.execute(f"DELETE FROM {apps.get_model(label)._meta.db_table}")
    assert not any(_snapshot().values())
    call_command("import_newsroom", str(archive))
    after = _snapshot()
    for label in MODELS:
        for old, new in zip(before[label], after[label], strict=True):
            assert old == new, (label, {k: (v, new[k]) for k, v in old.items() if new[k] != v})
    # The restored database keeps working: new rows get fresh ids.
    assert (
        make_claim(article=Article.objects.get(), user=editor, quote="Local officials").pk
        > claim.pk
    )


@pytest.mark.django_db
def test_import_refuses_a_non_empty_database_and_bad_files(tmp_path, claim):
    archive = tmp_path / "newsroom.json"
    call_command("export_newsroom", str(archive))
    with pytest.raises(CommandError, match="already holds newsroom data"):
        call_command("import_newsroom", str(archive))
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(CommandError, match="not a readable archive"):
        call_command("import_newsroom", str(broken))


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_all_land_without_database_is_locked(editor):
    article = make_article(user=editor)
    claims = [
        make_claim(article=article, user=editor, quote="admissions fell by 4%") for _ in range(8)
    ]
    errors = []
    rounds = 10

    def writer(claim_pk):
        try:
            for n in range(rounds):
                claim = Claim.objects.get(pk=claim_pk)
                services.claim_update_statement(
                    claim=claim,
                    statement=f"writer {claim_pk} round {n}",
                    user=editor,
                    expected_version=claim.version,
                )
                services.evidence_add(
                    claim=claim, url=f"https://example.org/{n}", title=f"E{n}", user=editor
                )
        except Exception as error:  # collected, then asserted on the main thread
            errors.append(repr(error))
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=writer, args=(c.pk,)) for c in claims]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for claim in claims:
        claim.refresh_from_db()
        assert claim.statement == f"writer {claim.pk} round {rounds - 1}"
        assert claim.version == 1 + rounds
        assert claim.evidence.count() == rounds
        assert claim.history.count() == 1 + rounds


@pytest.mark.django_db(transaction=True)
def test_two_clients_saving_the_same_claim_one_wins_one_conflicts(editor, checker):
    claim = make_claim(user=editor)
    clients = [Client(), Client()]
    clients[0].force_login(editor)
    clients[1].force_login(checker)
    url = reverse("claims:claim_statement", args=[claim.pk])
    results = []
    barrier = threading.Barrier(2)

    def save(client, wording):
        barrier.wait()
        results.append(
            (
                wording,
                client.post(
                    url, {"statement": wording, "version": claim.version}, headers=HTMX
                ).status_code,
            )
        )
        connection.close()

    threads = [
        threading.Thread(target=save, args=(c, f"wording {i}")) for i, c in enumerate(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = sorted(status for _, status in results)
    assert statuses == [200, 409]
    winner = next(wording for wording, status in results if status == 200)
    assert Claim.objects.get(pk=claim.pk).statement == winner


@pytest.mark.django_db
def test_unknown_source_ids_and_claims_are_refused_cleanly(editor_client, claim):
    response = editor_client.post(
        reverse("claims:attribution_create", args=[claim.pk]),
        {"source": 999999, "role": "speaker", "type": "indirect"},
        headers=HTMX,
    )
    assert response.status_code == 422
    assert "Select a valid choice" in response.content.decode()
    assert not claim.attributions.exists()
    assert (
        editor_client.post(
            reverse("claims:claim_statement", args=[999999]), {"statement": "x", "version": 1}
        ).status_code
        == 404
    )
    response = editor_client.post(
        reverse("claims:suggestion_accept", args=[claim.article_id]),
        {"start": 50, "end": 10, "source_name": "x"},
        headers=HTMX,
    )
    assert response.status_code == 422
    assert Claim.objects.count() == 1


@pytest.mark.django_db
def test_missing_or_wrong_csrf_token_is_refused_with_a_message_and_nothing_saved(editor, claim):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(
        reverse("claims:claim_statement", args=[claim.pk]),
        {"statement": "Hijacked", "version": claim.version},
    )
    assert response.status_code == 403
    assert "This form has expired" in response.content.decode()
    response = client.post(
        reverse("claims:claim_statement", args=[claim.pk]),
        {"statement": "Hijacked", "version": claim.version, "csrfmiddlewaretoken": "x" * 64},
    )
    assert response.status_code == 403
    assert Claim.objects.get(pk=claim.pk).statement != "Hijacked"


@pytest.mark.django_db
def test_a_failure_half_way_through_an_action_saves_nothing(editor, monkeypatch):
    claim = make_claim(user=editor)
    source = make_source("Ministry")

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("claims.services.attribution.refresh_search_documents", explode)
    with pytest.raises(RuntimeError):
        services.suggestion_accept(
            article=claim.article, start=0, end=8, source=source, user=editor
        )
    assert Claim.objects.count() == 1
    assert not source.attributions.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "payload",
    [
        {"text": "<div>" * 300 + "deep" + "</div>" * 300},
        {"text": "x" * 10},
        {"text": "word\n\n" * 3000},
    ],
    ids=["deeply nested", "tiny", "too many paragraphs"],
)
def test_hostile_article_shapes_are_refused_or_accepted_never_a_500(
    editor_client, payload, settings
):
    settings.ARTICLE_MAX_PARAGRAPHS = 2000
    response = editor_client.post(reverse("claims:article_import"), {**payload, "step": "save"})
    assert response.status_code in (302, 422)
    if response.status_code == 422:
        assert not Article.objects.exists()
        assert 'role="alert"' in response.content.decode()


def test_deploy_checks_warn_about_an_unshared_or_unanswering_page_cache(settings):
    from claims.checks import public_cache_is_shared_and_safe

    settings.REDIS_URL = ""
    assert [w.id for w in public_cache_is_shared_and_safe(None)] == ["claims.W001"]
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    assert [w.id for w in public_cache_is_shared_and_safe(None)] == ["claims.W002"]


def test_deploy_checks_accept_the_machines_redis(settings):
    """Redis here runs with `noeviction`, which never drops the tag index."""
    import redis

    from claims.checks import public_cache_is_shared_and_safe

    settings.REDIS_URL = "redis://127.0.0.1:6379/12"
    try:
        redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        if os.environ.get("CI"):
            pytest.fail("Redis is not answering on 127.0.0.1:6379")
        pytest.skip("Redis is not answering on 127.0.0.1:6379")
    assert public_cache_is_shared_and_safe(None) == []


def _archive_peaks(tmp_path, claims: int) -> tuple[int, int]:
    """Peak Python memory of exporting and importing an archive of `claims` seeded claims."""
    import tracemalloc

    call_command("seed_bulk", "--claims", str(claims), "--per-article", "50", verbosity=0)
    archive = tmp_path / f"newsroom-{claims}.jsonl"
    tracemalloc.start()
    call_command("export_newsroom", str(archive), verbosity=0)
    exported = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    with connection.cursor() as cursor:
        for label in reversed(MODELS):
            cursor.execute(f"DELETE FROM {apps.get_model(label)._meta.db_table}")
    tracemalloc.start()
    call_command("import_newsroom", str(archive), verbosity=0)
    imported = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert Claim.objects.published().count() == claims
    with connection.cursor() as cursor:
        for label in reversed(MODELS):
            cursor.execute(f"DELETE FROM {apps.get_model(label)._meta.db_table}")
    return exported, imported


@pytest.mark.django_db
def test_archives_stream_both_ways_with_flat_memory(tmp_path, monkeypatch):
    from claims import newsroom_archive

    # Full chunks at these small sizes: ten articles (of 50 claims each) make more than one.
    monkeypatch.setattr(newsroom_archive, "BATCH", 4)
    small = _archive_peaks(tmp_path, 500)
    large = _archive_peaks(tmp_path, 2000)  # four times the rows
    assert large[0] < 1.5 * small[0], ("export", small[0], large[0])
    assert large[1] < 1.5 * small[1], ("import", small[1], large[1])
