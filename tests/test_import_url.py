"""Importing an article from a link: the fetched page, its metadata, and a second import."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from claims.models import Article, PageCapture
from tests.factories import make_article

IMPORT = reverse("claims:article_import")
STORY = "/world/kremlin-denies"

pytestmark = pytest.mark.django_db


def _preview(client, **data):
    return client.post(IMPORT, {"step": "preview", **data})


def _save(client, preview_response, **overrides):
    """Post the preview's form back as the editor's browser would."""
    form = preview_response.context["form"]
    data = {name: form[name].value() or "" for name in form.fields if name != "file"}
    data["published_on"] = form["published_on"].value() or ""
    return client.post(IMPORT, {**data, **overrides, "step": "save"})


def test_a_link_is_fetched_and_previewed_with_the_pages_metadata(editor_client, news_site):
    response = _preview(editor_client, url=news_site.url(STORY))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Air defences worked normally" in html
    assert "satellite images taken on Friday afternoon" in html
    for furniture in ("Accept all cookies", "Celebrity chef", "Subscribe for", "Most read"):
        assert furniture not in html
    form = response.context["form"]
    assert form["title"].value() == "Kremlin denies drone strike on Moscow depot"
    assert form["publisher"].value() == "The Daily Ledger"
    assert form["byline"].value() == "Olena Marchenko"
    assert form["published_on"].value() == "2023-06-02"
    assert form["language"].value() == "en-GB"
    capture = PageCapture.objects.get()
    assert capture.final_url == news_site.url(STORY)
    assert "Fetched from" in html and capture.final_url in html


def test_saving_keeps_the_fetched_page_as_the_original(editor_client, editor, news_site):
    preview = _preview(editor_client, url=news_site.url("/short-link"))
    response = _save(editor_client, preview)

    article = Article.objects.get()
    assert response.status_code == 302
    assert response.url == article.get_workspace_url()
    assert article.title == "Kremlin denies drone strike on Moscow depot"
    assert article.published_on.isoformat() == "2023-06-02"
    assert (article.byline, article.language) == ("Olena Marchenko", "en-GB")
    assert article.url == news_site.url("/short-link")
    assert article.capture.final_url == news_site.url(STORY)
    assert article.capture.fetched_at is not None
    assert article.capture.canonical_url == (
        "https://ledger.example.com/world/2023/06/02/kremlin-denies-drone-strike"
    )
    assert article.capture.requested_by == editor
    assert '<nav aria-label="Sections">' in article.raw_input
    assert article.body.startswith("The Kremlin on Friday denied that Ukrainian drones")
    assert "Advertisement" not in article.body


def test_what_the_editor_typed_wins_over_the_pages_metadata(editor_client, news_site):
    preview = _preview(
        editor_client, url=news_site.url(STORY), title="Moscow depot: Kremlin denial",
        published_on="2023-06-03",
    )  # fmt: skip
    _save(editor_client, preview)

    article = Article.objects.get()
    assert article.title == "Moscow depot: Kremlin denial"
    assert article.published_on.isoformat() == "2023-06-03"
    assert article.publisher == "The Daily Ledger"


def test_the_title_never_comes_from_page_furniture(editor_client, news_site):
    """The page's own headline is used; failing that, the first line that is not furniture."""
    preview = _preview(editor_client, url=news_site.url(STORY))
    _save(editor_client, preview, title="")

    assert Article.objects.get().title == "Kremlin denies drone strike on Moscow depot"


def test_a_refused_link_is_explained_under_the_field_and_nothing_is_kept(editor_client, settings):
    settings.FETCH_ALLOWED_HOSTS = []
    response = _preview(editor_client, url="http://127.0.0.1:9/admin")

    assert response.status_code == 422
    assert "private or reserved address" in response.context["form"].errors["url"][0]
    assert not PageCapture.objects.exists()
    assert not Article.objects.exists()


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/report.pdf", "not a web page"),
        ("/gone", "The site answered 410"),
        ("/empty", "No article text was found on that page."),
    ],
)
def test_links_that_give_no_article_say_why(editor_client, news_site, path, message):
    response = _preview(editor_client, url=news_site.url(path))

    assert response.status_code == 422
    assert message in response.content.decode()
    assert not Article.objects.exists()


def test_another_editors_fetched_page_cannot_be_saved_by_id(
    editor_client, checker_client, news_site
):
    _preview(checker_client, url=news_site.url(STORY))
    capture = PageCapture.objects.get()

    response = editor_client.post(
        IMPORT, {"step": "save", "capture": capture.pk, "title": "Borrowed"}
    )

    assert response.status_code == 422
    assert "capture" in response.context["form"].errors
    assert not Article.objects.exists()


def test_importing_the_same_link_twice_warns_before_saving(editor_client, news_site):
    _save(editor_client, _preview(editor_client, url=news_site.url(STORY)))
    first = Article.objects.get()

    again = _preview(editor_client, url=news_site.url("/short-link"))

    html = again.content.decode()
    assert "may already be on the desk" in html
    assert first.get_workspace_url() in html


def test_pasting_text_already_imported_warns_too(editor_client):
    text = "The ministry said the convoy was hit.\n\nOfficials denied it later."
    existing = make_article(text=text, title="Convoy report")

    response = _preview(editor_client, text=text)

    assert "may already be on the desk" in response.content.decode()
    assert existing.get_workspace_url() in response.content.decode()
    fresh = _preview(editor_client, text="A different article entirely.\n\nWith two lines.")
    assert "may already be on the desk" not in fresh.content.decode()


def test_a_caption_repeated_on_adjacent_lines_is_kept_once(editor_client):
    """A browser copy puts single newlines between a caption and its repeats."""
    text = (
        "Kremlin denies strike\n\n"
        "Smoke over Moscow. Photograph: Reuters\n"
        "Smoke over Moscow. Photograph: Reuters\n"
        "Smoke over Moscow. Photograph: Reuters\n"
        "The Kremlin denied the report on Friday.\n\n"
        "Residents posted videos of smoke."
    )
    preview = _preview(editor_client, text=text)
    _save(editor_client, preview)

    body = Article.objects.get().body
    assert body.count("Smoke over Moscow") == 1
    assert body.split("\n\n") == [
        "Kremlin denies strike",
        "Smoke over Moscow. Photograph: Reuters",
        "The Kremlin denied the report on Friday.",
        "Residents posted videos of smoke.",
    ]


def test_import_article_command_fetches_a_link(news_site, capsys):
    call_command("import_article", news_site.url(STORY))

    article = Article.objects.get()
    assert article.title == "Kremlin denies drone strike on Moscow depot"
    assert article.publisher == "The Daily Ledger"
    assert article.capture.final_url == news_site.url(STORY)
    assert capsys.readouterr().out.startswith(f"{article.pk}\t")

    call_command("import_article", news_site.url(STORY))
    assert "Already imported on" in capsys.readouterr().err
