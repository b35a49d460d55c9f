"""Two people on one claim card, each in their own browser, and requests that fail: nobody's
typing is lost, and every failure says what happened."""

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from claims.models import Claim
from tests.browser.conftest import PASSWORD, log_in, screenshot
from tests.factories import make_claim, make_published_claim

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _open_card(new_page, live_server, username, claim):
    page = new_page()
    log_in(page, live_server, username)
    page.goto(f"{live_server.url}{claim.get_workspace_url()}")
    card = page.locator(f"#claim-{claim.pk}")
    expect(card.get_by_role("button", name="Save wording")).to_be_visible()
    return page, card


@pytest.fixture
def two_desks(live_server, new_page):
    editor = User.objects.create_user("editor", password=PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))
    checker = User.objects.create_user("checker", password=PASSWORD)
    checker.groups.add(Group.objects.get(name="Fact-checkers"))
    claim = make_claim(user=editor)
    return (
        claim,
        _open_card(new_page, live_server, "editor", claim),
        _open_card(new_page, live_server, "checker", claim),
    )


def test_two_people_saving_different_fields_both_land(two_desks):
    claim, (_, editor_card), (checker_page, checker_card) = two_desks
    editor_card.get_by_role("textbox", name="Claim", exact=True).fill("Two bridges fell")
    editor_card.get_by_role("button", name="Save wording").click()
    expect(editor_card.get_by_role("textbox", name="Claim", exact=True)).to_have_value(
        "Two bridges fell"
    )
    # The checker's card was loaded before the editor's save.
    checker_card.get_by_label("Verdict").select_option("false")
    checker_card.get_by_label("Explanation").fill("Satellite images show both bridges standing.")
    checker_card.get_by_role("button", name="Save verdict").click()
    expect(checker_page.locator("#messages")).to_contain_text("Verdict saved.")
    stored = Claim.objects.get(pk=claim.pk)
    assert stored.statement == "Two bridges fell"
    assert stored.explanation == "Satellite images show both bridges standing."


def test_a_conflict_on_the_same_field_keeps_the_typing_for_one_click(two_desks):
    claim, (_, editor_card), (checker_page, checker_card) = two_desks
    editor_card.get_by_role("textbox", name="Claim", exact=True).fill("The editor's wording")
    editor_card.get_by_role("button", name="Save wording").click()
    expect(editor_card.get_by_role("textbox", name="Claim", exact=True)).to_have_value(
        "The editor's wording"
    )
    checker_card.get_by_role("textbox", name="Claim", exact=True).fill("The checker's wording")
    checker_card.get_by_role("button", name="Save wording").click()
    alert = checker_card.get_by_role("alert").first
    expect(alert).to_contain_text("changed the statement while you were editing")
    expect(alert).to_contain_text("The editor's wording")
    box = checker_card.get_by_role("textbox", name="Claim", exact=True)
    expect(box).to_have_value("The checker's wording")
    screenshot(checker_page, "conflict-keeps-typing")
    assert Claim.objects.get(pk=claim.pk).statement == "The editor's wording"
    checker_card.get_by_role("button", name="Save wording").click()  # one click re-applies
    expect(checker_page.locator("#messages")).to_contain_text("Claim wording saved.")
    assert Claim.objects.get(pk=claim.pk).statement == "The checker's wording"


def test_a_failed_request_says_so_and_keeps_the_typing(two_desks):
    claim, (editor_page, editor_card), _ = two_desks
    box = editor_card.get_by_role("textbox", name="Claim", exact=True)
    box.fill("Typed before the server failed")
    editor_page.route("**/statement/", lambda route: route.fulfill(status=500, body="boom"))
    editor_card.get_by_role("button", name="Save wording").click()
    expect(editor_page.locator("#messages")).to_contain_text("your change was not saved")
    expect(box).to_have_value("Typed before the server failed")
    editor_page.unroute("**/statement/")
    editor_page.route("**/statement/", lambda route: route.abort("internetdisconnected"))
    editor_card.get_by_role("button", name="Save wording").click()
    expect(editor_page.locator("#messages")).to_contain_text("Could not reach the desk")
    expect(box).to_have_value("Typed before the server failed")
    screenshot(editor_page, "request-failed")
    assert Claim.objects.get(pk=claim.pk).statement == claim.statement


def test_a_checker_corrects_then_withdraws_a_published_claim(live_server, new_page):
    checker = User.objects.create_user("checker", password=PASSWORD)
    checker.groups.add(Group.objects.get(name="Fact-checkers"))
    claim = make_published_claim(user=checker, verdict="misleading")
    page, card = _open_card(new_page, live_server, "checker", claim)
    expect(card).to_contain_text("every change you save here is a public correction")
    card.get_by_label("Verdict").select_option("false")
    card.get_by_role("button", name="Save verdict").click()
    expect(card.locator(".field-error")).to_contain_text("give the reason readers will see")
    card.locator("form[action$='/verdict/']").get_by_label("Reason for the correction").fill(
        "A second video shows no damage."
    )
    card.get_by_role("button", name="Save verdict").click()
    expect(page.locator("#messages")).to_contain_text("Verdict saved.")
    screenshot(page, "published-card-checker")
    card.get_by_label("Why it is withdrawn").fill("The article was retracted by its publisher.")
    card.get_by_role("button", name="Withdraw from the public site").click()
    expect(page.locator("#messages")).to_contain_text("Withdrawn")
    page.goto(f"{live_server.url}{claim.get_absolute_url()}")
    expect(page.locator(".withdrawal-notice")).to_contain_text("retracted by its publisher")
    expect(page.locator(".change-log")).to_contain_text("A second video shows no damage.")
    screenshot(page, "public-claim-withdrawn")
