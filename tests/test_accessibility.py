"""What a screen-reader or keyboard user needs from every page, checked in the HTML."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from claims.models import Verdict
from tests.factories import make_published_claim


class Outline(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.headings, self.landmarks, self.inputs, self.labels = [], set(), [], set()
        self.lang = None
        self.open_labels = 0

    def handle_endtag(self, tag):
        if tag == "label":
            self.open_labels -= 1

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag in ("header", "main", "nav", "footer"):
            self.landmarks.add(tag)
        if tag in ("input", "select", "textarea") and attrs.get("type") not in ("hidden", "submit"):
            self.inputs.append({**attrs, "wrapped": self.open_labels > 0})
        if tag == "label":
            self.open_labels += 1
            if attrs.get("for"):
                self.labels.add(attrs["for"])


def outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html)
    return parser


def assert_accessible(html: str):
    page = outline(html)
    assert page.lang == "en"
    assert {"header", "main", "nav"} <= page.landmarks
    assert page.headings and page.headings[0] == 1 and page.headings.count(1) == 1
    for previous, current in zip(page.headings, page.headings[1:], strict=False):
        assert current <= previous + 1, f"heading jumps from h{previous} to h{current}"
    for field in page.inputs:
        labelled = (
            field["wrapped"]
            or field.get("id") in page.labels
            or field.get("aria-label")
            or field.get("aria-labelledby")
        )
        assert labelled, f"unlabelled field {field}"


@pytest.mark.django_db
def test_public_pages_are_navigable(client, checker):
    claim = make_published_claim(user=checker)
    for url in (reverse("claims:index"), claim.get_absolute_url(), claim.article.get_absolute_url(),
                claim.attributions.get().source.get_absolute_url()):  # fmt: skip
        assert_accessible(client.get(url).content.decode())


@pytest.mark.django_db
def test_desk_pages_are_navigable(checker_client, checker):
    claim = make_published_claim(user=checker)
    for url in (
        reverse("claims:dashboard"), reverse("claims:article_import"), reverse("claims:sources"),
        claim.article.get_workspace_url(), claim.get_workspace_url(),
        reverse("claims:article_edit", args=[claim.article_id]),
    ):  # fmt: skip
        assert_accessible(checker_client.get(url).content.decode())


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    lighter, darker = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("verdict", list(Verdict))
def test_verdict_badges_meet_wcag_aa_contrast(verdict):
    css = (Path(settings.BASE_DIR) / "static" / "claims" / "app.css").read_text()
    rule = re.search(
        rf"\.badge\.verdict-{verdict.value}[^{{]*\{{ background: (#[0-9a-f]{{6}}); color: (#[0-9a-f]{{3,6}})",
        css,
    )
    assert rule, f"no badge colours for {verdict}"
    background, text = rule.group(1), rule.group(2)
    text = "#ffffff" if text == "#fff" else text
    assert contrast(background, text) >= 4.5
    highlight = re.search(
        rf"\.claim-mark\.verdict-{verdict.value} \{{ background: (#[0-9a-f]{{6}})", css
    )
    assert contrast(highlight.group(1), "#1b1f24") >= 4.5  # article text on its highlight
