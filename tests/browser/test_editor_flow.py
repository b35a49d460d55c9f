"""Real user paths in Chromium: import, split, attribute, check, publish, read."""

import re

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from claims.models import Article, Claim, Source, Verdict
from tests.browser.conftest import PASSWORD, log_in, log_out, screenshot
from tests.factories import make_claim, make_published_claim, make_source

# Transactional, so the live server thread sees the data.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NOISY_ARTICLE = """Ministry says bridges destroyed in overnight strikes

The defence ministry said on Monday that two bridges over the river had been destroyed in overnight strikes.

Advertisement

Regional governor Ana Ruiz said: “We will rebuild both crossings within a year.”

Read more: How the river crossings became a target

Two officials, speaking on condition of anonymity, said the strikes had been planned for weeks.

A view of the damaged bridge.

A view of the damaged bridge.

Sign up for our newsletter
"""


def _member(username, group):
    user = User.objects.create_user(username=username, password=PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    return user


def drag_select(page, quote):
    """Select a passage with the mouse, as an editor would."""
    box = page.evaluate(
        """(quote) => {
          const root = document.getElementById('article-text');
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(quote);
            if (at < 0) continue;
            node.parentElement.scrollIntoView({block: 'center'});
            const first = document.createRange(); first.setStart(node, at); first.setEnd(node, at + 1);
            const last = document.createRange(); last.setStart(node, at + quote.length - 1); last.setEnd(node, at + quote.length);
            const a = first.getClientRects()[0], b = last.getClientRects()[0];
            return [a.left + 0.5, a.top + a.height / 2, b.right - 0.5, b.top + b.height / 2];
          }
          return null;
        }""",
        quote,
    )
    assert box, f"{quote!r} is not in the article text"
    page.mouse.move(box[0], box[1])
    page.mouse.down()
    page.mouse.move(box[2], box[3], steps=8)
    page.mouse.up()


def test_editor_and_fact_checker_take_a_claim_from_import_to_public_page(
    live_server, new_page, console
):
    _member("editor", "Editors")
    _member("checker", "Fact-checkers")
    make_source("Defence Ministry", kind="government", aliases=["the defence ministry"])
    page = new_page()

    # Import with noise: the preview shows what cleaning takes out.
    log_in(page, live_server, "editor")
    page.get_by_role("link", name="New article").first.click()
    page.get_by_label("Article text or HTML").fill(NOISY_ARTICLE)
    page.get_by_label("Publisher").fill("Example Gazette")
    page.get_by_role("button", name="Preview and clean").click()
    expect(page.get_by_text("4 paragraphs look like page furniture or repeats")).to_be_visible()
    expect(page.locator(".removed-list")).to_contain_text("Advertisement")
    expect(page.locator(".removed-list")).to_contain_text("repeated paragraph")
    screenshot(page, "import-preview")
    page.get_by_role("button", name="Save article").click()
    page.wait_for_url(re.compile(r"/desk/articles/\d+/$"))
    article = Article.objects.get()
    assert (
        "Advertisement" not in article.body
        and article.body.count("A view of the damaged bridge.") == 1
    )

    # Split into claims by selecting text; the page is never reloaded for claim edits.
    page.evaluate("window.__noReload = true")
    quote = "two bridges over the river had been destroyed in overnight strikes"
    drag_select(page, quote)
    expect(page.locator("[data-selection-preview]")).to_contain_text(quote)
    page.get_by_label("Claim wording (optional)").fill("Two bridges over the river were destroyed")
    page.get_by_role("button", name="Add claim").click()
    card = page.locator(".claim-card", has_text="Two bridges over the river were destroyed")
    expect(card).to_be_visible()
    claim = Claim.objects.get()
    assert claim.quote == quote
    expect(page.locator("#article-text .claim-mark")).to_have_text(quote)

    # Attribute: an existing source found by alias, keeping the article's wording as an alias.
    card.get_by_label("Find a source by name or alias").press_sequentially("defence min", delay=40)
    result = card.locator(".picker-results li", has_text="Defence Ministry")
    expect(result).to_be_visible()
    result.get_by_label("add “defence min” as an alias").check()
    result.get_by_role("button", name="Attribute").click()
    expect(card.locator(".attribution-list")).to_contain_text("Defence Ministry")
    # …and a new source created in place.
    card.locator("summary", has_text="Create a new source").click()
    card.locator("[name=name]").fill("Ana Ruiz")
    card.locator("[name=kind]").select_option("person")
    card.get_by_role("button", name="Create and attribute").click()
    expect(card.locator(".attribution-list")).to_contain_text("Ana Ruiz")
    assert set(claim.attributions.values_list("source__name", flat=True)) == {
        "Defence Ministry",
        "Ana Ruiz",
    }
    assert Source.objects.get(name="Defence Ministry").aliases.filter(name="defence min").exists()
    expect(card).to_contain_text("Fact-checkers set the verdict.")
    screenshot(page, "workspace-editor")
    assert page.evaluate("window.__noReload") is True
    log_out(page)

    # The fact-checker confirms the attribution, rules, adds evidence and publishes.
    log_in(page, live_server, "checker")
    page.goto(f"{live_server.url}{article.get_workspace_url()}")
    page.evaluate("window.__noReload = true")
    page.locator("#article-text .claim-mark").first.click()
    card = page.locator(f"#claim-{claim.pk}")
    expect(card.get_by_role("button", name="Save verdict")).to_be_visible()
    card.get_by_label("Attribution check").select_option("confirmed")
    card.get_by_role("button", name="Save check").click()
    expect(card.locator(".field-error")).to_contain_text("needs the link to the original")
    card.get_by_label("Primary source link").fill("https://mod.example/briefings/monday")
    card.get_by_role("button", name="Save check").click()
    expect(page.locator("#messages")).to_contain_text("Attribution check saved.")
    card.get_by_label("Verdict").select_option("false")
    card.get_by_label("Explanation").fill(
        "Satellite images taken on Tuesday show both bridges standing."
    )
    card.get_by_role("button", name="Save verdict").click()
    expect(page.locator("#messages")).to_contain_text("Verdict saved.")
    expect(page.locator("#article-text .claim-mark.verdict-false")).to_be_visible()
    card.locator("summary", has_text="Add evidence").click()
    card.locator("form[action$='/evidence/'] [name=url]").fill("https://example.org/satellite")
    card.locator("form[action$='/evidence/'] [name=title]").fill("Satellite image, Tuesday")
    card.locator("form[action$='/evidence/'] [name=stance]").select_option("refutes")
    card.get_by_role("button", name="Add evidence").click()
    expect(card.locator(".evidence-list")).to_contain_text("Satellite image, Tuesday")
    card.get_by_role("button", name="Publish").click()
    expect(page.locator("#messages")).to_contain_text("Published: the claim page is live.")
    assert page.evaluate("window.__noReload") is True
    screenshot(page, "workspace-checker")

    # The public sees it.
    card.get_by_role("link", name="View public page").click()
    expect(page.locator(".verdict-line .badge")).to_have_text("False")
    expect(page.locator("body")).to_contain_text("Satellite images taken on Tuesday")
    expect(page.locator("body")).to_contain_text("Defence Ministry")
    screenshot(page, "public-claim-after-flow")
    assert not [p for p in console.problems if "Content Security Policy" in p or "Refused" in p], (
        console.problems
    )


def test_adding_a_claim_works_without_javascript(live_server, new_page):
    _member("editor", "Editors")
    page = new_page(javascript=False)
    log_in(page, live_server, "editor")
    page.goto(f"{live_server.url}/desk/articles/new/")
    page.get_by_label("Article text or HTML").fill(NOISY_ARTICLE)
    page.get_by_role("button", name="Preview and clean").click()
    page.get_by_role("button", name="Save article").click()
    page.get_by_label("…or choose a sentence").select_option(index=2)
    page.get_by_role("button", name="Add claim").click()
    claim = Claim.objects.get()
    expect(page.locator(f"#claim-{claim.pk}")).to_contain_text("The defence ministry said")
    page.get_by_role("textbox", name="Claim", exact=True).fill(
        "Bridges were destroyed, ministry says"
    )
    page.get_by_role("button", name="Save wording").click()
    expect(page.locator(".message--success")).to_have_text("Claim wording saved.")
    assert Claim.objects.get().statement == "Bridges were destroyed, ministry says"


def test_keyboard_path_adds_a_claim_in_text_order_and_keeps_the_focus(live_server, new_page):
    editor = _member("editor", "Editors")
    page = new_page()
    log_in(page, live_server, "editor")
    from tests.factories import make_article

    article = make_article()
    later = make_claim(article=article, quote="admissions fell by 4%", user=editor)
    page.goto(f"{live_server.url}{article.get_workspace_url()}")

    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to the claims")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#claims")).to_be_focused()

    page.get_by_label("…or choose a sentence").focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.get_by_role("button", name="Add claim").focus()
    page.keyboard.press("Enter")

    expect(page.locator(".claim-card")).to_have_count(2)
    created = Claim.objects.exclude(pk=later.pk).get()
    card = page.locator(f"#claim-{created.pk}")
    expect(card).to_be_focused()
    order = page.eval_on_selector_all(".claim-card", "cards => cards.map(c => c.id)")
    assert order == [f"claim-{created.pk}", f"claim-{later.pk}"]  # in text order

    wording = card.get_by_role("textbox", name="Claim", exact=True)
    wording.fill("Two bridges destroyed, ministry says")
    wording.press("Enter")
    expect(card.get_by_text("Two bridges destroyed, ministry says").first).to_be_visible()
    expect(
        page.locator(f"#claim-{created.pk}").get_by_role("textbox", name="Claim", exact=True)
    ).to_be_focused()


def test_a_deleted_claim_can_be_restored_after_a_reload(live_server, new_page, console):
    editor = _member("editor", "Editors")
    claim = make_claim(user=editor)
    page = new_page()
    log_in(page, live_server, "editor")
    page.goto(f"{live_server.url}{claim.get_workspace_url()}")
    page.get_by_role("button", name="Delete claim").click()
    expect(page.get_by_role("button", name="Undo")).to_be_visible()
    page.reload()
    expect(page.locator(".claim-card")).to_have_count(0)
    summary = page.get_by_text("Deleted claims (1)")
    summary.focus()
    page.keyboard.press("Enter")
    screenshot(page, "workspace-deleted-claims")
    page.get_by_role("button", name="Restore").click()
    expect(page.locator(".message--success")).to_have_text("Claim restored.")
    expect(page.locator(f"#claim-{claim.pk}")).to_be_visible()
    assert Claim.objects.live().filter(pk=claim.pk).exists()
    assert not console.problems, console.problems


@pytest.mark.parametrize("width", [1280, 360])
def test_public_claim_and_article_pages_render(live_server, new_page, console, width):
    claim = make_published_claim(verdict=Verdict.MISLEADING)
    page = new_page(width=width, height=800)
    page.goto(f"{live_server.url}{claim.get_absolute_url()}")
    expect(page.get_by_role("heading", level=1)).to_have_text(claim.statement)
    expect(page.locator(".verdict-line .badge")).to_have_text("Misleading")
    screenshot(page, f"public-claim-{width}")
    page.get_by_role("link", name=claim.article.title).click()
    expect(page.locator(f"#claim-{claim.pk}")).to_have_text(claim.quote)
    screenshot(page, f"public-article-{width}")
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert not overflow, "the page scrolls sideways"
    assert not console.problems, console.problems


def test_admin_works_under_the_content_security_policy(live_server, new_page, console):
    User.objects.create_superuser("boss", password=PASSWORD)
    claim = make_published_claim()
    page = new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("boss")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server.url}/admin/claims/claim/")
    expect(page.locator("#result_list")).to_contain_text(claim.statement)
    page.locator("#action-toggle").check()  # admin JavaScript is running
    expect(page.locator(".action-counter")).to_contain_text("1 of 1 selected")
    source = claim.attributions.get().source
    page.goto(f"{live_server.url}/admin/claims/source/{source.pk}/change/")
    page.get_by_text("Add another Source alias").click()
    # The blank row the page starts with, plus the one just added.
    rows = page.locator("#aliases-group tbody tr.dynamic-aliases")
    expect(rows).to_have_count(2)
    screenshot(page, "admin-source")
    assert not [p for p in console.problems if "Content Security Policy" in p], console.problems


def test_the_public_index_pages_older_and_back_to_the_newest(live_server, new_page, console):
    from django.core.management import call_command

    call_command("seed_bulk", claims=23, per_article=23, sources=3, verbosity=0)
    page = new_page(width=360, height=800)
    page.goto(f"{live_server.url}/")
    expect(page.locator(".result-count")).to_have_text("23 published claims")
    expect(page.locator(".claim-summary")).to_have_count(20)
    page.get_by_role("link", name="Older →").click()
    expect(page.locator(".claim-summary")).to_have_count(3)
    expect(page.get_by_role("link", name="Older →")).to_have_count(0)
    screenshot(page, "public-index-older-360")
    page.get_by_role("link", name="« Newest").click()
    expect(page.locator(".claim-summary")).to_have_count(20)
    expect(page.get_by_role("link", name="← Newer")).to_have_count(0)
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert not overflow, "the page scrolls sideways"
    assert not console.problems, console.problems


def test_focusing_a_suggestion_shows_its_passage_and_speaker_in_the_text(
    live_server, new_page, console, settings
):
    settings.TASKS = {"default": settings.TASK_BACKENDS["immediate"]}
    User.objects.create_user("ed", password=PASSWORD).groups.add(Group.objects.get(name="Editors"))
    from tests.factories import make_article

    article = make_article(
        text="Strike\n\nThe Harbour Workers Front said the strike would go on for weeks."
    )
    page = new_page()
    log_in(page, live_server, "ed")
    page.goto(f"{live_server.url}{article.get_workspace_url()}")
    page.get_by_role("link", name="Suggest claims").click()
    wording = page.locator(".suggestion input[name=statement]").first
    expect(wording).to_be_visible()
    page.wait_for_function("!document.querySelector('.htmx-request, .htmx-settling')")
    wording.click()
    expect(wording).to_be_focused()
    shown = page.evaluate(
        "['suggestion', 'speaker'].map((name) => CSS.highlights.has(name)"
        " ? [...CSS.highlights.get(name)][0].toString() : null)"
    )
    assert shown == ["the strike would go on for weeks", "The Harbour Workers Front"]
    expect(page.locator("#suggestion-panel")).not_to_contain_text("being worked out")
    screenshot(page, "suggestion-focused")
    assert not console.problems, console.problems
