"""In Chromium: an article imported by its link, a suggestion accepted, evidence archived."""

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from claims.models import Article, Claim, PageCapture
from tests.browser.conftest import PASSWORD, log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_import_by_link_accept_a_suggestion_and_archive_evidence(
    live_server, new_page, console, news_site, settings
):
    # This test is about the desk, not the queue: tasks run as soon as they are queued.
    settings.TASKS = {"default": settings.TASK_BACKENDS["immediate"]}
    checker = User.objects.create_user(username="checker", password=PASSWORD)
    checker.groups.add(Group.objects.get(name="Fact-checkers"))
    page = new_page()
    log_in(page, live_server, "checker")

    page.get_by_role("navigation", name="Desk").get_by_role("link", name="New article").click()
    page.get_by_label("Link to the article").fill(news_site.url("/world/kremlin-denies"))
    page.get_by_role("button", name="Preview and clean").click()
    expect(page.get_by_text("Fetched from")).to_be_visible()
    expect(page.get_by_label("Title")).to_have_value("Kremlin denies drone strike on Moscow depot")
    expect(page.get_by_label("Publisher")).to_have_value("The Daily Ledger")
    expect(page.get_by_label("Publication date")).to_have_value("2023-06-02")
    screenshot(page, "import-by-link-preview")
    page.get_by_role("button", name="Save article").click()

    article = Article.objects.get()
    page.wait_for_url(f"**{article.get_workspace_url()}")
    expect(page.get_by_role("heading", level=1)).to_have_text(article.title)

    page.get_by_role("link", name="Suggest claims").click()
    suggestion = page.locator(".suggestion").filter(has_text="Air defences worked normally")
    expect(suggestion).to_be_visible()
    suggestion.get_by_role("button", name="Accept").click()
    expect(page.get_by_role("status").filter(has_text="Added")).to_be_visible()
    claim = Claim.objects.get()
    assert "Air defences worked normally" in claim.quote

    page.goto(f"{live_server.url}{claim.get_workspace_url()}")
    card = page.locator(f"#claim-{claim.pk}")
    card.locator("summary", has_text="Add evidence").click()
    evidence = card.get_by_role("region", name="Evidence")
    evidence.get_by_label("Link", exact=True).fill(news_site.url("/reports/geolocation"))
    evidence.get_by_label("Title").fill("Geolocation of the smoke column")
    evidence.get_by_role("button", name="Add evidence").click()

    expect(card.get_by_text("Archived on")).to_be_visible()
    capture = PageCapture.objects.get(evidence__claim=claim)
    assert capture.status == PageCapture.Status.ARCHIVED
    card.get_by_role("link", name="stored copy").click()
    expect(page.get_by_role("heading", name="Archived copy")).to_be_visible()
    expect(page.get_by_text("We matched the skyline in three videos")).to_be_visible()
    screenshot(page, "archived-copy")
    assert console.problems == []
