"""The article workspace and claim cards: full pages, HTMX partials, errors and conflicts."""

import io
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import services
from claims.models import Article, Claim, DismissedSuggestion, Source, Verdict
from claims.suggest.registry import article_suggestions
from tests.conftest import HTMX
from tests.factories import (
    make_article,
    make_claim,
    make_evidence_and_attribution,
    make_publishable,
    make_source,
)

pytestmark = pytest.mark.django_db


def test_workspace_shows_the_text_with_highlights_and_cards(editor_client, claim):
    response = editor_client.get(claim.article.get_workspace_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert f'data-claims="{claim.pk}"' in html
    assert f'id="claim-{claim.pk}"' in html


def test_adding_a_claim_by_selection_via_htmx_returns_the_card_and_updated_text(
    editor_client, article
):
    start = article.body.index("admissions fell by 4%")
    response = editor_client.post(
        article.get_claim_create_url(), {"start": start, "end": start + 21}, headers=HTMX
    )
    assert response.headers["Vary"].count("HX-Request") == 1
    claim = Claim.objects.get()
    assert (claim.start, claim.end, claim.quote) == (
        start,
        start + 21,
        "admissions fell by 4%",
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="claim-create"' in html
    assert 'id="article-text"' in html and f'data-article="{article.pk}"' in html
    assert 'hx-swap-oob="beforeend:#claim-list"' in html  # the only claim: at the end
    assert "<html" not in html


def test_adding_a_claim_from_the_sentence_list_needs_no_mouse(editor_client, article):
    from claims.text.sentences import sentence_spans

    start, end, text = sentence_spans(article.body)[2]
    response = editor_client.post(article.get_claim_create_url(), {"sentence": f"{start}:{end}"})
    claim = Claim.objects.get()
    assert claim.quote == text
    assert response.status_code == 302 and f"#claim-{claim.pk}" in response["Location"]


def test_adding_a_claim_without_a_span_shows_the_error_in_the_form(editor_client, article):
    response = editor_client.post(article.get_claim_create_url(), {"statement": "x"}, headers=HTMX)
    assert response.status_code == 422
    assert "Select a passage" in response.content.decode()
    response = editor_client.post(article.get_claim_create_url(), {"start": 5, "end": 999999})
    assert response.status_code == 422
    assert "does not fit" in response.content.decode()
    assert not Claim.objects.exists()


def test_overlapping_and_nested_claims_are_allowed(editor_client, article):
    start = article.body.index("two bridges")
    editor_client.post(article.get_claim_create_url(), {"start": start, "end": start + 30})
    editor_client.post(article.get_claim_create_url(), {"start": start + 4, "end": start + 11})
    assert Claim.objects.count() == 2
    html = editor_client.get(article.get_workspace_url()).content.decode()
    assert "is-nested" in html


def test_a_new_claim_card_is_inserted_in_text_order(editor_client, article):
    later = make_claim(article=article, quote="admissions fell by 4%")

    start = article.body.index("two bridges had been destroyed")
    response = editor_client.post(
        article.get_claim_create_url(), {"start": start, "end": start + 30}, headers=HTMX
    )

    created = Claim.objects.exclude(pk=later.pk).get()
    html = response.content.decode()
    assert f'hx-swap-oob="beforebegin:#claim-{later.pk}"' in html
    assert f'id="claim-{created.pk}"' in html and "data-created" in html


def test_card_opens_as_a_partial_for_htmx_and_as_the_page_without(editor_client, claim):
    url = reverse("claims:claim_card", args=[claim.pk])
    partial = editor_client.get(url, headers=HTMX)
    assert partial.status_code == 200 and "<html" not in partial.content.decode()
    assert "Save wording" in partial.content.decode()
    assert partial.headers["Vary"].count("HX-Request") == 1
    page = editor_client.get(url)
    assert page.status_code == 302 and page["Location"].endswith(
        f"?claim={claim.pk}#claim-{claim.pk}"
    )
    opened = editor_client.get(page["Location"])
    assert "Save wording" in opened.content.decode()


def test_saving_the_statement_swaps_the_card_and_tells_the_highlights(editor_client, claim):
    response = editor_client.post(
        reverse("claims:claim_statement", args=[claim.pk]),
        {"statement": "Two bridges were destroyed", "version": claim.version},
        headers=HTMX,
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Claim wording saved." in html
    # The header and the message area; the text's highlights follow the event, not a resend.
    assert html.count('hx-swap-oob="true"') == 2
    assert 'id="article-text"' not in html
    assert json.loads(response["HX-Trigger"]) == {
        "claimChanged": {
            "id": claim.pk,
            "verdict": "unverified",
            "title": "Unverified: Two bridges were destroyed",
        }
    }
    assert Claim.objects.get(pk=claim.pk).statement == "Two bridges were destroyed"


def test_deleting_a_claim_sends_the_text_again_without_its_highlight(editor_client, claim):
    response = editor_client.post(reverse("claims:claim_delete", args=[claim.pk]), headers=HTMX)

    html = response.content.decode()
    assert 'id="article-text"' in html and f'data-claims="{claim.pk}"' not in html


def test_a_card_action_answers_the_same_whatever_the_number_of_claims(
    checker, checker_client, article
):
    """The answer holds the card and the header's counts, not every claim's highlight: an
    editor's click costs the same in a 500-claim live blog as in a short report."""
    claims = [make_claim(article=article, user=checker) for _ in range(3)]

    def save(claim):
        claim.refresh_from_db()
        with CaptureQueriesContext(connection) as queries:
            response = checker_client.post(
                reverse("claims:claim_verdict", args=[claim.pk]),
                {"verdict": "false", "explanation": "No.", "version": claim.version},
                headers=HTMX,
            )
        return len(queries), len(response.content)

    save(claims[0])  # warm the session and permission caches
    queries, size = save(claims[1])
    for word in list(re.finditer(r"\w{4,}", article.body))[:30]:  # 30 more highlights
        services.claim_create(article=article, start=word.start(), end=word.end(), user=checker)
    more_queries, more_size = save(claims[2])
    assert more_queries == queries
    assert abs(more_size - size) < 100  # only the header's numbers differ


def test_invalid_input_rerenders_the_form_with_field_errors(checker_client, claim):
    response = checker_client.post(
        reverse("claims:claim_attribution_check", args=[claim.pk]),
        {
            "attribution_check": "confirmed",
            "primary_source_url": "",
            "version": claim.version,
        },
        headers=HTMX,
    )
    assert response.status_code == 422
    assert "needs the link to the original" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).attribution_check == "unchecked"
    response = checker_client.post(
        reverse("claims:claim_verdict", args=[claim.pk]),
        {"verdict": "pants-on-fire", "version": claim.version},
        headers=HTMX,
    )
    assert response.status_code == 422
    assert "Select a valid choice" in response.content.decode()


def test_stale_edit_is_refused_with_the_current_values_shown(editor_client, checker_client, claim):
    url = reverse("claims:claim_statement", args=[claim.pk])
    seen = claim.version
    first = editor_client.post(
        url, {"statement": "Editor one's wording", "version": seen}, headers=HTMX
    )
    second = checker_client.post(
        url, {"statement": "Editor two's wording", "version": seen}, headers=HTMX
    )
    assert first.status_code == 200
    assert second.status_code == 409
    html = second.content.decode()
    assert "changed the statement while you were editing" in html
    assert "Statement is now: <q>Editor one&#x27;s wording</q>" in html
    # The second user's typing stays in the form, ready to apply over the first one's.
    assert 'value="Editor two&#x27;s wording"' in html
    assert f'name="version" value="{seen + 1}"' in html
    assert Claim.objects.get(pk=claim.pk).statement == "Editor one's wording"


def test_without_javascript_a_form_posts_and_redirects_back(checker_client, claim):
    response = checker_client.post(
        reverse("claims:claim_verdict", args=[claim.pk]),
        {
            "verdict": "false",
            "explanation": "Imagery shows otherwise.",
            "version": claim.version,
        },
    )
    assert response.status_code == 302
    page = checker_client.get(response["Location"])
    assert "Verdict saved." in page.content.decode()
    assert Claim.objects.get(pk=claim.pk).verdict == Verdict.FALSE


def test_without_javascript_an_invalid_form_shows_the_page_with_errors(checker_client, claim):
    response = checker_client.post(
        reverse("claims:evidence_create", args=[claim.pk]),
        {"url": "not a link", "title": ""},
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert "<html" in html and "Enter a valid URL." in html


def test_attributing_an_existing_source_and_adding_the_wording_as_alias(editor_client, claim):
    source = make_source("UK Ministry of Defence")
    response = editor_client.post(
        reverse("claims:attribution_create", args=[claim.pk]),
        {"source": source.pk, "role": "speaker", "type": "indirect", "cue": "said", "mention": "Britain's MoD", "add_alias": "on"},
        headers=HTMX,
    )  # fmt: skip
    assert response.status_code == 200
    assert claim.attributions.get().source == source
    assert list(source.aliases.values_list("name", flat=True)) == ["Britain's MoD"]


def test_creating_a_source_inline_attributes_it(editor_client, claim):
    editor_client.post(
        reverse("claims:attribution_create_source", args=[claim.pk]),
        {"name": "Mykhailo Podolyak", "kind": "person"},
        headers=HTMX,
    )
    assert claim.attributions.get().source.name == "Mykhailo Podolyak"


def test_source_picker_searches_names_and_aliases(editor_client, claim):
    make_source("UK Ministry of Defence", aliases=["the UK's MoD"])
    response = editor_client.get(
        reverse("claims:source_picker", args=[claim.pk]),
        {"q": "uk's mod"},
        headers=HTMX,
    )
    html = response.content.decode()
    assert "UK Ministry of Defence" in html and "<html" not in html
    assert f'id="source-picker-results-{claim.pk}"' in html


def test_editor_sees_verdict_read_only_and_cannot_post_it(editor_client, claim):
    card = editor_client.get(
        reverse("claims:claim_card", args=[claim.pk]), headers=HTMX
    ).content.decode()
    assert "Fact-checkers set the verdict." in card
    assert "Save verdict" not in card
    response = editor_client.post(
        reverse("claims:claim_verdict", args=[claim.pk]),
        {"verdict": "true", "version": claim.version},
        headers=HTMX,
    )
    assert response.status_code == 403


def test_delete_then_undo(editor_client, claim):
    deleted = editor_client.post(reverse("claims:claim_delete", args=[claim.pk]), headers=HTMX)
    assert "Undo" in deleted.content.decode()
    assert not Claim.objects.live().exists()
    editor_client.post(reverse("claims:claim_restore", args=[claim.pk]), headers=HTMX)
    assert Claim.objects.live().get() == claim


def test_deleted_claims_are_listed_after_a_reload_and_can_be_restored(editor_client, claim, editor):
    services.claim_delete(claim=claim, user=editor)
    workspace = reverse("claims:article_workspace", args=[claim.article_id])
    page = editor_client.get(workspace).content.decode()
    assert "Deleted claims (1)" in page and f"by {editor.get_username()}" in page
    assert reverse("claims:claim_restore", args=[claim.pk]) in page
    restored = editor_client.post(reverse("claims:claim_restore", args=[claim.pk]), follow=True)
    assert "Claim restored." in restored.content.decode()
    assert "Deleted claims" not in restored.content.decode()
    assert Claim.objects.live().get() == claim


def test_card_history_shows_who_changed_what(checker_client, claim, checker):
    services.claim_set_verdict(
        claim=claim,
        verdict=Verdict.TRUE,
        explanation="Yes.",
        user=checker,
        expected_version=claim.version,
    )
    card = checker_client.get(
        reverse("claims:claim_card", args=[claim.pk]), headers=HTMX
    ).content.decode()
    assert "chris" in card and "<del>Unverified</del>" in card and "<ins>True</ins>" in card


def test_publish_from_the_card_makes_the_public_page_live(checker_client, checker, claim):
    services.claim_set_verdict(
        claim=claim,
        verdict=Verdict.FALSE,
        explanation="No.",
        user=checker,
        expected_version=claim.version,
    )
    response = checker_client.post(reverse("claims:claim_publish", args=[claim.pk]), headers=HTMX)
    assert response.status_code == 422
    assert "Check the attribution" in response.content.decode()
    make_publishable(Claim.objects.get(pk=claim.pk), checker)
    response = checker_client.post(reverse("claims:claim_publish", args=[claim.pk]), headers=HTMX)
    assert response.status_code == 200
    claim.refresh_from_db()
    assert checker_client.get(claim.get_absolute_url()).status_code == 200


def test_suggestions_panel_accept_and_dismiss(editor_client, article, tasks_run_at_once):
    make_source("Defence Ministry", aliases=["the defence ministry"])
    panel = editor_client.get(reverse("claims:suggestions", args=[article.pk]), headers=HTMX)
    html = panel.content.decode()
    assert "two bridges had been destroyed" in html
    assert "Defence Ministry" in html
    start = article.body.index("two bridges had been destroyed")
    editor_client.post(
        reverse("claims:suggestion_accept", args=[article.pk]),
        {"start": start, "end": start + 30, "source_id": Source.objects.get().pk, "cue": "said", "type": "indirect"},
        headers=HTMX,
    )  # fmt: skip
    claim = Claim.objects.get()
    assert claim.attributions.get().source.name == "Defence Ministry"
    editor_client.post(
        reverse("claims:suggestion_dismiss", args=[article.pk]),
        {"all": "1"},
        headers=HTMX,
    )
    assert DismissedSuggestion.objects.exists()
    again = editor_client.get(reverse("claims:suggestions", args=[article.pk]), headers=HTMX)
    assert "No more suggestions" in again.content.decode()


def test_a_dismissed_suggestion_stays_dismissed_after_the_text_is_corrected(
    editor, editor_client, article
):
    """Dismissals were stored by position; a correction above the passage shifted it and the
    suggestion came back."""
    passage = "two bridges had been destroyed"

    def offered(article):
        return [s.text for s in article_suggestions(article) if passage in s.text]

    start = article.body.index(passage)
    suggestion = next(s for s in article_suggestions(article) if s.start <= start < s.end)
    editor_client.post(
        reverse("claims:suggestion_dismiss", args=[article.pk]),
        {"span": f"{suggestion.start}:{suggestion.end}"},
        headers=HTMX,
    )
    assert offered(article) == []

    services.article_update(
        article=article, user=editor, expected_version=article.version,
        body="Updated at 10:00 with a new first paragraph.\n\n" + article.body,
    )  # fmt: skip

    article.refresh_from_db()
    assert offered(article) == []
    dismissal = DismissedSuggestion.objects.get()
    assert article.body[dismissal.start : dismissal.end] == dismissal.quote


def test_accept_all_turns_every_suggestion_into_a_claim(editor_client, article, tasks_run_at_once):
    editor_client.post(reverse("claims:suggestion_accept_all", args=[article.pk]), headers=HTMX)
    assert Claim.objects.count() >= 3
    assert all(c.quote == article.body[c.start : c.end] for c in Claim.objects.all())


def test_import_previews_noise_and_keeps_what_the_editor_ticks(editor_client):
    text = "Title line\n\nThe army said the bridge was destroyed.\n\nAdvertisement\n\nA caption.\n\nA caption.\n\nRead more: other story"
    preview = editor_client.post(
        reverse("claims:article_import"), {"text": text, "step": "preview"}
    )
    html = preview.content.decode()
    assert preview.status_code == 200
    assert "advertisement" in html and "repeated paragraph" in html and "read-more link" in html
    saved = editor_client.post(
        reverse("claims:article_import"),
        {"text": text, "step": "save", "keep": ["2"], "publisher": "Gazette"},
    )
    article = Article.objects.get()
    assert saved.status_code == 302 and saved["Location"] == article.get_workspace_url()
    assert (
        article.body
        == "Title line\n\nThe army said the bridge was destroyed.\n\nAdvertisement\n\nA caption."
    )
    assert article.raw_input == text


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"text": ""}, "Paste a link to the article, its text, or choose a file."),
        ({"text": "   \n  "}, "Paste a link to the article, its text, or choose a file."),
        ({"text": "<p><script>x</script></p>"}, "No article text was found"),
    ],
)
def test_import_refuses_empty_input_with_a_message(editor_client, payload, message):
    response = editor_client.post(reverse("claims:article_import"), {**payload, "step": "save"})
    assert response.status_code == 422
    assert message in response.content.decode()
    assert not Article.objects.exists()


def test_import_refuses_binary_and_oversized_files(editor_client, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    binary = SimpleUploadedFile("a.txt", b"\x00\x01\x02binary")
    response = editor_client.post(
        reverse("claims:article_import"), {"file": binary, "step": "save"}
    )
    assert response.status_code == 422 and "binary" in response.content.decode()
    latin1 = SimpleUploadedFile("a.txt", "Caf\xe9 said so.".encode("latin-1"))
    response = editor_client.post(
        reverse("claims:article_import"), {"file": latin1, "step": "save"}
    )
    assert "not UTF-8" in response.content.decode()
    settings.ARTICLE_MAX_BYTES = 100
    big = SimpleUploadedFile("a.txt", b"word " * 100)
    response = editor_client.post(reverse("claims:article_import"), {"file": big, "step": "save"})
    assert "the limit is" in response.content.decode()
    assert not Article.objects.exists()


def test_article_correction_page_reanchors_and_warns_about_lost_claims(
    editor_client, article, editor
):
    make_claim(article=article, user=editor, quote="admissions fell by 4%")
    response = editor_client.post(
        reverse("claims:article_edit", args=[article.pk]),
        {"title": article.title, "body": article.body.replace("admissions fell by 4%", "admissions rose"), "version": article.version, "publisher": "", "url": ""},
        follow=True,
    )  # fmt: skip
    assert "could not be found in the new text" in response.content.decode()
    assert Claim.objects.get().needs_reanchoring
    assert "Needs re-anchoring" in response.content.decode()


def test_dashboard_filters_and_search(editor_client, editor, checker):
    mine = make_article(user=editor, title="Ministry says bridge destroyed")
    make_claim(article=mine, user=editor)
    make_article(user=checker, title="Other story", publisher="Daily")
    html = editor_client.get(reverse("claims:dashboard"), {"mine": "1"}).content.decode()
    assert "Ministry says bridge destroyed" in html and "Other story" not in html
    html = editor_client.get(reverse("claims:dashboard"), {"q": "two bridges"}).content.decode()
    assert "Ministry says bridge destroyed" in html and "Other story" not in html
    html = editor_client.get(reverse("claims:dashboard"), {"publisher": "Daily"}).content.decode()
    assert "Other story" in html and "Ministry says" not in html
    html = editor_client.get(reverse("claims:dashboard"), {"unverified": "1"}).content.decode()
    assert "Ministry says bridge destroyed" in html and "Other story" not in html


def test_sources_page_merges_two_sources(editor_client, claim, editor):
    keep = make_source("Mykhailo Podolyak")
    dup = make_source("M. Podoliak")
    services.attribution_add(claim=claim, source=dup, user=editor)
    response = editor_client.post(reverse("claims:sources"), {"keep": keep.pk, "merge": dup.pk})
    assert response.status_code == 302
    assert claim.attributions.get().source == keep
    html = editor_client.get(reverse("claims:sources")).content.decode()
    assert "“M. Podoliak”" in html


@pytest.mark.parametrize("count", [5, 500])
def test_workspace_query_count_does_not_grow_with_claims(
    editor_client, count, django_assert_num_queries
):
    from django.core.management import call_command

    call_command("seed_bulk", claims=count, per_article=count, sources=50, stdout=io.StringIO())
    article = Article.objects.get()
    editor_client.get(article.get_workspace_url())  # warm the session
    # session, user, 2× permissions, article, claims, attributions+sources, groups, deleted
    with django_assert_num_queries(9):
        response = editor_client.get(article.get_workspace_url())
    assert response.content.decode().count("data-claim=") == count
    # An open card adds its claim with sources, evidence, archived copies and two histories.
    opened = article.claims.order_by("start")[count // 2]
    with django_assert_num_queries(15):
        response = editor_client.get(opened.get_workspace_url())
    assert response.content.decode().count("data-claim=") == count


def test_cached_cards_and_text_show_every_change(checker_client, checker, article):
    """Closed cards and the highlighted text are cached under what they show: a verdict, a
    rewording or a source renamed elsewhere is a new rendering, never a stale one."""
    claim = make_claim(article=article, user=checker, source=make_source("Defence Ministry"))
    url = article.get_workspace_url()
    first = checker_client.get(url).content.decode()
    assert "Defence Ministry" in first and "verdict-unverified" in first
    services.claim_set_verdict(
        claim=claim, verdict="false", explanation="No.", user=checker,
        expected_version=claim.version,
    )  # fmt: skip
    services.source_update(source=claim.attributions.get().source, user=checker, name="MoD")
    again = checker_client.get(url).content.decode()
    assert "MoD" in again and "Defence Ministry" not in again
    assert "claim-mark verdict-false" in again and "verdict-unverified" not in again


def test_reanchoring_a_lost_claim_to_a_new_selection(editor_client, article, editor):
    claim = make_claim(article=article, user=editor, quote="admissions fell by 4%")
    article, _ = services.article_update(
        article=article, user=editor, expected_version=article.version,
        body=article.body.replace("admissions fell by 4%", "admissions dropped by a twentieth"),
    )  # fmt: skip
    claim.refresh_from_db()
    assert claim.needs_reanchoring
    start = article.body.index("admissions dropped")
    response = editor_client.post(
        reverse("claims:claim_reanchor", args=[claim.pk]),
        {"start": start, "end": start + 33, "version": claim.version},
        headers=HTMX,
    )
    assert response.status_code == 200 and "Claim re-anchored." in response.content.decode()
    claim.refresh_from_db()
    assert not claim.needs_reanchoring and claim.quote == "admissions dropped by a twentieth"


@pytest.mark.parametrize("url_name", ["claims:dashboard", "claims:sources"])
def test_desk_search_survives_hostile_input(editor_client, url_name):
    for hostile in ["\x00", "'; DROP TABLE claims_claim; --", "%_\\", "ü" * 1000]:
        response = editor_client.get(
            reverse(url_name), {"q": hostile, "publisher": hostile, "page": "-1"}
        )
        assert response.status_code == 200


def test_source_picker_survives_hostile_input(editor_client, claim):
    url = reverse("claims:source_picker", args=[claim.pk])
    assert editor_client.get(url, {"q": "\x00%"}, headers=HTMX).status_code == 200


def test_accepting_a_suggestion_with_another_source_typed_in_uses_that_source(
    tasks_run_at_once, editor_client, article
):
    suggested = make_source("Defence Ministry")
    start = article.body.index("two bridges had been destroyed")
    editor_client.post(
        reverse("claims:suggestion_accept", args=[article.pk]),
        {"start": start, "end": start + 30, "source_id": suggested.pk, "source_name": "Army General Staff",
         "source_kind": "government", "cue": "said", "type": "indirect"},
        headers=HTMX,
    )  # fmt: skip
    assert Claim.objects.get().attributions.get().source.name == "Army General Staff"
    assert not suggested.attributions.exists()


def test_an_empty_title_never_comes_from_page_furniture(editor_client):
    text = "Advertisement\n\nMinistry says bridge destroyed\n\nThe ministry said two bridges fell."
    response = editor_client.post(
        reverse("claims:article_import"), {"text": text, "title": "", "step": "save"}
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.title == "Ministry says bridge destroyed"
    assert article.slug == "ministry-says-bridge-destroyed"


def test_correcting_the_text_keeps_the_publication_date(editor_client, editor):
    from datetime import date

    article = make_article(user=editor, published_on=date(2023, 6, 2))
    page = editor_client.get(reverse("claims:article_edit", args=[article.pk])).content.decode()
    assert 'value="2023-06-02"' in page  # what <input type="date"> can show
    form = {"title": article.title, "publisher": article.publisher, "url": "",
            "published_on": "2023-06-02", "body": article.body + " More.",
            "version": article.version}  # fmt: skip
    assert (
        editor_client.post(reverse("claims:article_edit", args=[article.pk]), form).status_code
        == 302
    )
    assert Article.objects.get(pk=article.pk).published_on == date(2023, 6, 2)


def test_every_element_id_on_an_open_card_is_unique(checker, checker_client):
    """Labels point at their own field: three 'Note' labels once pointed at the first one."""
    claim = make_claim(user=checker, published=True, verdict=Verdict.FALSE)
    make_evidence_and_attribution(claim, checker)
    Claim.objects.filter(pk=claim.pk).update(needs_reanchoring=True)  # shows the re-anchor form

    html = checker_client.get(claim.get_workspace_url()).content.decode()

    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) > 50
    assert [i for i in set(ids) if ids.count(i) > 1] == []


def test_accepting_a_suggestion_that_makes_a_new_source_asks_its_name_and_kind(
    editor_client, editor, tasks_run_at_once
):
    article = make_article(
        user=editor,
        text="Strike\n\nThe Harbour Workers Front said the strike would go on for weeks.",
    )
    panel = editor_client.get(reverse("claims:suggestions", args=[article.pk]), headers=HTMX)
    html = panel.content.decode()
    assert "New source's name" in html and '<select name="source_kind">' in html
    start = article.body.index("the strike")
    editor_client.post(
        reverse("claims:suggestion_accept", args=[article.pk]),
        {"start": start, "end": start + len("the strike would go on for weeks"),
         "source_name": "Harbour Workers' Front", "source_kind": "organisation", "cue": "said",
         "type": "indirect", "mention": "The Harbour Workers Front"},
        headers=HTMX,
    )  # fmt: skip
    source = Claim.objects.get().attributions.get().source
    assert (source.name, source.kind) == ("Harbour Workers' Front", "organisation")
