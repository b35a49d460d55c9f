"""Hostile articles, security headers, login throttling and sessions."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from claims import services
from claims.importing import prepare_article
from claims.models import Article, Claim, Verdict
from claims.sanitize import ALLOWED_PROTOCOLS, ALLOWED_TAGS, sanitize_html
from tests.factories import make_publishable, make_published_claim

VECTORS = [
    line
    for line in (Path(__file__).parent / "data" / "xss-vectors.txt").read_text().splitlines()
    if line and not line.startswith("#")
]
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "cite", "background", "poster", "data"}


class Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def tags_in(html: str):
    parser = Tags()
    parser.feed(html)
    return parser.tags


def assert_inert(html: str, *, allowed_tags=ALLOWED_TAGS):
    """No scriptable attribute or URL; with allowed_tags, only those elements."""
    for tag, attrs in tags_in(html):
        assert allowed_tags is None or tag in allowed_tags, (tag, html)
        for name, value in attrs.items():
            assert not name.startswith("on"), (name, html)
            assert name != "style" and not name.startswith(("hx-", "data-hx")), (name, html)
            if name in URL_ATTRIBUTES and value:
                scheme = re.match(r"\s*([a-zA-Z][a-zA-Z0-9+.-]*):", value)
                assert scheme is None or scheme.group(1).lower() in ALLOWED_PROTOCOLS, (value, html)


def article_text_of(page: str) -> str:
    match = re.search(r'<div id="article-text"[^>]*>(.*?)</div>', page, re.S) or re.search(
        r'<div class="article-text">(.*?)</div>', page, re.S
    )
    assert match, "no article text on the page"
    return match.group(1)


def assert_only_highlights(fragment: str):
    """Inside the rendered article text, the only elements are our own highlight links."""
    for tag, attrs in tags_in(fragment):
        assert tag == "a" and "claim-mark" in attrs.get("class", ""), (tag, attrs)
        assert set(attrs) <= {"class", "href", "data-claims", "title", "id"}, attrs
        assert attrs["href"].startswith(("/desk/articles/", "/claims/")), attrs


def test_the_corpus_has_at_least_200_vectors():
    assert len(VECTORS) >= 200


# Every vector goes through the sanitizer here and one public render (test_xss_render.py); a
# fixed sample of them also takes the whole walk from import to every page (the walk costs
# about 60 renders).
WALKED = VECTORS[::10]


@pytest.mark.parametrize("vector", VECTORS)
def test_every_vector_is_inert_once_imported(vector):
    prepared = prepare_article(f"<p>The ministry said two bridges were destroyed.</p>{vector}")
    assert_inert(prepared.body_html)


@pytest.mark.django_db
@pytest.mark.parametrize("vector", WALKED)
def test_hostile_html_through_the_import_form_is_inert_everywhere(vector, editor_client, checker):
    html = f"<h1>Raid</h1><p>The ministry said two bridges were destroyed.</p>{vector}<p>End.</p>"
    response = editor_client.post(
        reverse("claims:article_import"), {"text": html, "title": vector[:300], "step": "save"}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    article = Article.objects.get()
    assert_inert(article.body_html)
    assert article.raw_input == html.replace("\r\n", "\n") or article.raw_input == html
    workspace = editor_client.get(article.get_workspace_url()).content.decode()
    assert_only_highlights(article_text_of(workspace))
    assert workspace.count("<script") == 2  # htmx and our app.js, nothing from the article
    start = article.body.index("two bridges")
    claim = services.claim_create(article=article, start=start, end=start + 11, user=checker)
    claim = services.claim_set_verdict(
        claim=claim,
        verdict=Verdict.FALSE,
        explanation=vector,
        user=checker,
        expected_version=claim.version,
    )
    claim = services.claim_publish(claim=make_publishable(claim, checker), user=checker)
    for url in (article.get_absolute_url(), claim.get_absolute_url()):
        page = Client().get(url).content.decode()
        assert page.count("<script") == page.count('<script type="application/ld+json">')
        assert_inert(page, allowed_tags=None)
        if url == article.get_absolute_url():
            assert_only_highlights(article_text_of(page))


@pytest.mark.django_db
@pytest.mark.parametrize("vector", VECTORS[::3])
def test_hostile_html_through_import_article_is_sanitized(vector, tmp_path):
    path = tmp_path / "article.html"
    path.write_text(f"<p>The army said the bridge was hit.</p>{vector}")
    call_command("import_article", str(path))
    assert_inert(Article.objects.get().body_html)


def test_sanitizer_keeps_structure_and_safe_links():
    cleaned = sanitize_html(
        '<p>Hi <a href="https://example.org/x" onclick="x()">link</a><script>bad()</script></p>'
    )
    assert cleaned == '<p>Hi <a href="https://example.org/x">link</a></p>'


@given(st.text(max_size=300))
def test_sanitizer_output_is_always_inert(text):
    assert_inert(sanitize_html(text))


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/desk/", "/admin/login/", "/accounts/login/"])
def test_every_page_carries_a_strict_content_security_policy(path, editor_client):
    response = editor_client.get(path, follow=True)
    policy = response.headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["default-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["base-uri"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_htmx_is_configured_to_run_without_eval_or_inline_styles():
    base = (Path(settings.BASE_DIR) / "templates" / "base.html").read_text()
    assert '"allowEval": false' in base and '"includeIndicatorStyles": false' in base
    for template in (Path(settings.BASE_DIR) / "templates").rglob("*.html"):
        text = template.read_text()
        assert "hx-on" not in text and " style=" not in text, template


@pytest.mark.django_db
def test_failed_logins_are_locked_out_per_account(client):
    from django.contrib.auth.models import User

    User.objects.create_user("victim", password="the-right-password")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            reverse("login"), {"username": "victim", "password": "wrong"}, REMOTE_ADDR="10.0.0.1"
        )
    other_address = Client()
    response = other_address.post(
        reverse("login"),
        {"username": "victim", "password": "the-right-password"},
        REMOTE_ADDR="10.0.0.2",
    )
    assert response.status_code == 429
    assert "Too many failed log-ins" in response.content.decode()


@pytest.mark.django_db
def test_failed_logins_are_locked_out_per_address(client):
    from django.contrib.auth.models import User

    User.objects.create_user("innocent", password="the-right-password")
    for n in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            reverse("login"), {"username": f"guess{n}", "password": "wrong"}, REMOTE_ADDR="10.0.0.9"
        )
    response = client.post(
        reverse("login"),
        {"username": "innocent", "password": "the-right-password"},
        REMOTE_ADDR="10.0.0.9",
    )
    assert response.status_code == 429


@pytest.mark.django_db
def test_sessions_expire(client):
    from django.contrib.auth.models import User

    User.objects.create_user("reporter", password="the-right-password")
    response = client.post(
        reverse("login"), {"username": "reporter", "password": "the-right-password"}
    )
    assert response.status_code == 302
    session = client.session
    assert session.get_expire_at_browser_close()
    assert 0 < session.get_expiry_age() <= 12 * 60 * 60


@pytest.mark.django_db
def test_published_verdict_change_keeps_the_old_one_in_the_public_log(checker):
    claim = make_published_claim(user=checker, verdict=Verdict.FALSE)
    services.claim_set_verdict(
        claim=claim,
        verdict=Verdict.MOSTLY_TRUE,
        explanation="Revised.",
        user=checker,
        expected_version=claim.version,
        reason="A second source confirmed it.",
    )
    page = Client().get(Claim.objects.get(pk=claim.pk).get_absolute_url()).content.decode()
    assert "from <del>False</del> to <ins>Mostly true</ins>" in page


@pytest.mark.django_db
@pytest.mark.parametrize("sign", ["＝", "﹢", "－", "＠"])
def test_csv_formula_guard_catches_unicode_look_alikes(checker, sign):
    claim = make_published_claim(user=checker)
    services.claim_update_statement(
        claim=claim, statement=f'{sign}HYPERLINK("http://evil.test")', user=checker,
        expected_version=claim.version, reason="Testing the export.",
    )  # fmt: skip
    csv_text = b"".join(Client().get(reverse("claims:claims_csv")).streaming_content).decode()
    assert f"'{sign}HYPERLINK" in csv_text


@pytest.mark.django_db
def test_feed_sends_explanations_as_text_not_html(checker):
    make_published_claim(user=checker)
    feed = Client().get(reverse("claims:feed")).content.decode()
    assert '<summary type="text">' in feed and 'type="html"' not in feed


@pytest.mark.django_db
def test_desk_pages_are_never_stored_by_browsers_or_proxies(editor_client, claim):
    for url in (reverse("claims:dashboard"), claim.get_workspace_url()):
        cache_control = editor_client.get(url)["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["claim", "feed", "sitemap"])
def test_a_strangers_host_header_never_reaches_a_page(checker, path, settings):
    """One request naming another host right after a flush must not put that host into the
    copy every later reader gets, nor into the feed or the sitemap."""
    settings.ALLOWED_HOSTS = ["testserver", "localhost", "evil.test"]
    claim = make_published_claim(user=checker)
    url = {
        "claim": claim.get_absolute_url(),
        "feed": reverse("claims:feed"),
        "sitemap": "/sitemap-claims.xml",
    }[path]
    poisoned = Client().get(url, headers={"host": "evil.test"}).content.decode()
    served = Client().get(url).content.decode()
    for page in (poisoned, served):
        assert "evil.test" not in page
        assert f"http://testserver{claim.get_absolute_url()}" in page
    if path == "sitemap":  # and the index that names the sections
        index = Client().get("/sitemap.xml", headers={"host": "evil.test"}).content.decode()
        assert "evil.test" not in index and "http://testserver/sitemap-claims.xml" in index


BEHIND_ONE_PROXY = {
    "AXES_IPWARE_META_PRECEDENCE_ORDER": ("HTTP_X_FORWARDED_FOR",),
    "AXES_IPWARE_PROXY_ORDER": "right-most",
    "AXES_IPWARE_PROXY_COUNT": None,
}


@pytest.mark.django_db
def test_behind_a_proxy_one_clients_failures_lock_out_that_client_only(client):
    """Every request comes from the proxy's address; the client is what the proxy appended."""
    from django.contrib.auth.models import User
    from django.test import override_settings

    User.objects.create_user("innocent", password="the-right-password")
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    with override_settings(**BEHIND_ONE_PROXY):
        for n in range(settings.AXES_FAILURE_LIMIT):
            client.post(
                reverse("login"), {"username": f"guess{n}", "password": "wrong"},
                HTTP_X_FORWARDED_FOR=f"81.2.69.{n}, 6.6.6.6", **proxy,  # spoofed left entries
            )  # fmt: skip
        locked = client.post(
            reverse("login"), {"username": "guess9", "password": "wrong"},
            HTTP_X_FORWARDED_FOR="6.6.6.6", **proxy,
        )  # fmt: skip
        innocent = Client().post(
            reverse("login"), {"username": "innocent", "password": "the-right-password"},
            HTTP_X_FORWARDED_FOR="81.2.69.160", **proxy,
        )  # fmt: skip
    assert locked.status_code == 429
    assert innocent.status_code == 302


def test_a_locked_account_can_be_unlocked_from_the_command_line():
    from django.core.management import get_commands

    assert {"axes_reset_username", "axes_reset_ip"} <= set(get_commands())
