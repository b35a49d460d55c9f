"""Who may do what: every desk and public URL × GET/POST × every role, as a page and as HTMX."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from claims.models import Verdict
from tests.conftest import HTMX, _member
from tests.factories import (
    make_claim,
    make_evidence_and_attribution,
    make_publishable,
    make_source,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("tasks_run_at_once")]

EDITOR, CHECKER = "editor", "checker"
# name, allowed methods, role needed, GET success status, POST data builder
ENDPOINTS = [
    ("claims:dashboard", {"GET"}, EDITOR, 200, None),
    ("claims:article_import", {"GET", "POST"}, EDITOR, 200, lambda o: {"text": "A new article. It said things.", "step": "save", "title": "T"}),
    ("claims:article_workspace", {"GET"}, EDITOR, 200, None),
    ("claims:claim_create", {"POST"}, EDITOR, None, lambda o: {"start": 0, "end": 8}),
    ("claims:article_edit", {"GET", "POST"}, EDITOR, 200, lambda o: {"title": "Retitled", "body": o["article"].body, "version": o["article"].version}),
    ("claims:suggestions", {"GET"}, EDITOR, 200, None),
    ("claims:suggestion_accept", {"POST"}, EDITOR, None, lambda o: {"start": 0, "end": 8, "source_name": "Somebody"}),
    ("claims:suggestion_accept_all", {"POST"}, EDITOR, None, lambda o: {}),
    ("claims:suggestion_dismiss", {"POST"}, EDITOR, None, lambda o: {"span": "0:8"}),
    ("claims:suggestion_retry", {"POST"}, EDITOR, None, lambda o: {}),
    ("claims:claim_card", {"GET"}, EDITOR, 302, None),
    ("claims:claim_statement", {"POST"}, EDITOR, None, lambda o: {"statement": "Reworded", "version": o["claim"].version}),
    ("claims:claim_attribution_check", {"POST"}, CHECKER, None, lambda o: {"attribution_check": "not_found", "version": o["claim"].version}),
    ("claims:claim_verdict", {"POST"}, CHECKER, None, lambda o: {"verdict": "false", "explanation": "No.", "version": o["claim"].version}),
    ("claims:claim_publish", {"POST"}, CHECKER, None, lambda o: {}),
    ("claims:claim_withdraw", {"POST"}, CHECKER, None, lambda o: {"withdraw-reason": "Withdrawn in a test."}),
    ("claims:claim_unattributed", {"POST"}, EDITOR, None, lambda o: {"version": o["claim"].version}),
    ("claims:claim_delete", {"POST"}, EDITOR, None, lambda o: {}),
    ("claims:claim_restore", {"POST"}, EDITOR, None, lambda o: {}),
    ("claims:claim_reanchor", {"POST"}, EDITOR, None, lambda o: {"start": 0, "end": 8, "version": o["claim"].version}),
    ("claims:attribution_create", {"POST"}, EDITOR, None, lambda o: {"source": o["source"].pk, "role": "speaker", "type": "indirect", "cue": "said"}),
    ("claims:attribution_create_source", {"POST"}, EDITOR, None, lambda o: {"name": "New source", "kind": "person"}),
    ("claims:source_picker", {"GET"}, EDITOR, 200, None),
    ("claims:evidence_create", {"POST"}, EDITOR, None, lambda o: {"url": "https://example.org/e", "title": "E", "stance": "context"}),
    ("claims:attribution_update", {"POST"}, EDITOR, None, lambda o: {f"a{o['attribution'].pk}-version": o["attribution"].version, f"a{o['attribution'].pk}-role": "speaker", f"a{o['attribution'].pk}-type": "direct", f"a{o['attribution'].pk}-cue": "said"}),
    ("claims:attribution_remove", {"POST"}, EDITOR, None, lambda o: {}),
    ("claims:evidence_update", {"POST"}, EDITOR, None, lambda o: {f"e{o['evidence'].pk}-url": "https://example.org/x", f"e{o['evidence'].pk}-title": "X", f"e{o['evidence'].pk}-stance": "refutes"}),
    ("claims:evidence_remove", {"POST"}, EDITOR, None, lambda o: {}),
    ("claims:evidence_archive", {"POST"}, EDITOR, None, lambda o: {}),
    ("claims:evidence_archive_status", {"GET"}, EDITOR, 200, None),
    ("claims:sources", {"GET", "POST"}, EDITOR, 200, lambda o: {"keep": o["source"].pk, "merge": o["other_source"].pk}),
]  # fmt: skip
ROLES = ["anonymous", "outsider", "editor", "checker", "superuser"]
GRANTS = {
    "anonymous": set(),
    "outsider": set(),
    "editor": {EDITOR},
    "checker": {EDITOR, CHECKER},
    "superuser": {EDITOR, CHECKER},
}


def _objects():
    """A draft ready to publish (what editors work on) and a published claim (for withdrawal)."""
    owner = _member("owner", "Fact-checkers")
    claim = make_claim(user=owner, verdict=Verdict.FALSE)
    attribution, evidence = make_evidence_and_attribution(claim, owner)
    return {
        "claim": make_publishable(claim, owner),
        "published": make_claim(
            article=claim.article,
            quote="admissions fell",
            user=owner,
            verdict=Verdict.TRUE,
            published=True,
            source=make_source("Health ministry"),
        ),
        "article": claim.article,
        "source": make_source("Picked source"),
        "other_source": make_source("Duplicate source"),
        "attribution": attribution,
        "evidence": evidence,
    }


def _url(name, objects):
    if name in ("claims:dashboard", "claims:article_import", "claims:sources"):
        return reverse(name)
    if name in ("claims:attribution_update", "claims:attribution_remove"):
        return reverse(name, args=[objects["attribution"].pk])
    if name.startswith("claims:evidence_") and name != "claims:evidence_create":
        return reverse(name, args=[objects["evidence"].pk])
    if name == "claims:claim_withdraw":
        return reverse(name, args=[objects["published"].pk])
    if name.startswith(("claims:article", "claims:suggestion")) or name == "claims:claim_create":
        return reverse(name, args=[objects["article"].pk])
    return reverse(name, args=[objects["claim"].pk])


@pytest.fixture(scope="module")
def matrix(module_transaction):
    """The objects and a signed-in client per role, made once for the whole module; each test
    runs in its own transaction, so what one changes the next never sees."""
    return _objects(), {role: _client(role) for role in ROLES}


@pytest.fixture
def objects(matrix):
    """This test's copies of the module's objects, as stored (a test may change its copies)."""
    return {name: type(row).objects.get(pk=row.pk) for name, row in matrix[0].items()}


@pytest.fixture
def clients(matrix):
    return matrix[1]


def _client(role):
    client = Client()
    if role != "anonymous":
        group = {"editor": "Editors", "checker": "Fact-checkers"}.get(role)
        # The matrix's users may already exist (made once for the module).
        user = User.objects.filter(username=f"{role}-user").first() or _member(
            f"{role}-user",
            group,
            is_staff=role == "superuser",
            is_superuser=role == "superuser",
        )
        client.force_login(user)
    return client


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize(
    ("name", "methods", "needs", "get_status", "data"),
    ENDPOINTS,
    ids=[e[0] for e in ENDPOINTS],
)
def test_desk_permission_matrix(
    role, method, name, methods, needs, get_status, data, objects, clients
):
    url = _url(name, objects)
    client = clients[role]
    response = (
        client.get(url) if method == "GET" else client.post(url, data(objects) if data else {})
    )
    if method not in methods:
        assert response.status_code == 405
    elif role == "anonymous":
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    elif needs not in GRANTS[role]:
        assert response.status_code == 403
    elif method == "GET":
        assert response.status_code == get_status
    else:
        assert response.status_code == 302, response.content[:500]


@pytest.mark.parametrize(
    ("name", "methods", "needs", "get_status", "data"),
    ENDPOINTS,
    ids=[e[0] for e in ENDPOINTS],
)
def test_htmx_requests_are_authorized_like_pages(
    name, methods, needs, get_status, data, objects, clients
):
    url = _url(name, objects)
    method = "GET" if "GET" in methods else "POST"
    payload = data(objects) if (data and method == "POST") else {}
    anonymous = (
        Client().generic(method, url, data="", headers=HTMX)
        if method == "GET"
        else Client().post(url, payload, headers=HTMX)
    )
    # The whole page goes to the login form, which brings the user back to it.
    assert anonymous["HX-Redirect"].startswith(reverse("login"))
    outsider = clients["outsider"]
    response = (
        outsider.get(url, headers=HTMX)
        if method == "GET"
        else outsider.post(url, payload, headers=HTMX)
    )
    assert response.status_code == 403


@pytest.mark.parametrize("url_name", ["claims:index", "claims:feed", "claims:claims_csv"])
def test_public_pages_are_open_to_everyone_and_read_only(url_name):
    url = reverse(url_name)
    for role in ROLES:
        client = _client(role) if role != "anonymous" else Client()
        assert client.get(url).status_code == 200
        assert client.post(url).status_code == 405


def test_public_claim_pages_refuse_writes():
    claim = make_claim(verdict=Verdict.TRUE, published=True)
    for url in (claim.get_absolute_url(), claim.article.get_absolute_url()):
        assert Client().get(url).status_code == 200
        assert Client().post(url).status_code == 405


def test_groups_carry_the_newsroom_permissions():
    editors = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    checkers = set(
        Group.objects.get(name="Fact-checkers").permissions.values_list("codename", flat=True)
    )
    assert {
        "add_claim",
        "change_claim",
        "add_source",
        "add_attribution",
        "add_evidence",
    } <= editors
    assert not {"check_claim", "publish_claim"} & editors
    assert checkers == editors | {"check_claim", "publish_claim", "correct_claim"}


def test_logout_only_works_by_post(editor_client):
    assert editor_client.get(reverse("logout")).status_code == 405
    assert editor_client.post(reverse("logout")).status_code == 302
    assert editor_client.get(reverse("claims:dashboard")).status_code == 302


def test_every_public_url_is_readable_by_everyone_and_refuses_writes():
    claim = make_claim(verdict=Verdict.TRUE, published=True, source=make_source("Open source"))
    urls = [
        claim.get_absolute_url(),
        reverse("claims:claim_annotation", args=[claim.slug]),
        claim.article.get_absolute_url(),
        claim.attributions.get().source.get_absolute_url(),
        "/sitemap.xml",
        "/healthz",
    ]
    for role in ROLES:
        client = _client(role)
        for url in urls:
            assert client.get(url).status_code == 200, (role, url)
            assert client.post(url).status_code in (403, 405), (role, url)


@pytest.mark.parametrize("role", ROLES)
def test_back_office_is_for_staff_only(role):
    response = _client(role).get(reverse("admin:claims_claim_changelist"))
    if role == "superuser":
        assert response.status_code == 200
    else:
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


# Corrections to a published claim: who may make them (editors may edit drafts only).
CORRECTIONS = [
    ("claims:claim_statement", lambda o: {"statement": "Reworded", "version": o["published"].version, "reason": "R."}),
    ("claims:claim_verdict", lambda o: {"verdict": "false", "explanation": "No.", "version": o["published"].version, "reason": "R."}),
    ("claims:claim_withdraw", lambda o: {"withdraw-reason": "R."}),
    ("claims:claim_delete", lambda o: {"delete-reason": "R."}),
    ("claims:attribution_create", lambda o: {"source": o["source"].pk, "role": "speaker", "type": "indirect", "reason": "R."}),
    ("claims:evidence_create", lambda o: {"url": "https://example.org/e", "title": "E", "stance": "context", "reason": "R."}),
]  # fmt: skip


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "data"), CORRECTIONS, ids=[c[0] for c in CORRECTIONS])
def test_only_fact_checkers_correct_a_published_claim(role, name, data, objects, clients):
    published = objects["published"]
    before = (published.version, published.corrections.count())
    response = clients[role].post(reverse(name, args=[published.pk]), data(objects))
    if role == "anonymous":
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    elif role in ("outsider", "editor"):
        assert response.status_code == 403
    else:
        assert response.status_code == 302, response.content[:500]
    published.refresh_from_db()
    corrected = published.corrections.count() > before[1]
    assert corrected == (role in ("checker", "superuser"))
