"""Imported HTML: the only module that imports bleach.

`sanitize_html` keeps an explicit allowlist of structural tags and plain links; everything else
(scripts, styles, event handlers, style attributes, hx-* attributes, javascript: and data: URLs)
is gone. `html_to_paragraphs` reads the article's text from the sanitized HTML.
"""

from html import escape
from html.parser import HTMLParser

import bleach

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "cite", "code", "em", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "li", "ol", "p", "q", "s", "small",
        "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": ["href", "title"], "abbr": ["title"], "q": ["cite"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})

# Elements dropped with their content: their text is code or chrome, never the article.
DROPPED_WITH_CONTENT = frozenset(
    {
        "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math",
        "textarea", "select", "button", "head", "title", "nav", "aside", "footer", "form",
    }
)  # fmt: skip
VOID_TAGS = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "wbr",
    }
)
BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre",
        "section", "table", "tr", "ul",
    }
)  # fmt: skip


class HtmlTooDeep(ValueError):
    pass


# Start tags that end an open element of these kinds, as HTML5 parsers do ("<p>a<p>b" is two
# paragraphs side by side, not one inside the other).
IMPLIED_END = {
    "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "tr": {"tr", "td", "th"},
    "td": {"td", "th"}, "th": {"td", "th"}, "option": {"option"},
}  # fmt: skip


class _Nesting:
    """The elements open at this point, as a browser would see them, to bound real depth.

    Counting start tags up and any end tag down let stray end tags (`</x>`) hide any depth,
    while valid HTML5 with many unclosed <p> or <li> looked deep. Each tag costs at most the
    depth limit, so the whole document stays linear.
    """

    def __init__(self, max_depth: int):
        self.max_depth = max_depth
        self.open: list[str] = []

    def start(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        closes = IMPLIED_END.get(tag, set()) | ({"p"} if tag in BLOCK_TAGS else set())
        while self.open and self.open[-1] in closes:
            self.open.pop()
        self.open.append(tag)
        if len(self.open) > self.max_depth:
            raise HtmlTooDeep(f"The HTML nests deeper than {self.max_depth} elements.")

    def end(self, tag: str) -> None:
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index] == tag:
                del self.open[index:]
                return  # an end tag that closes nothing open is ignored, as browsers do


class _ContentDropper(HTMLParser):
    """Rewrites HTML without the elements in DROPPED_WITH_CONTENT; bleach then sanitizes."""

    def __init__(self, max_depth: int):
        super().__init__(convert_charrefs=True)
        self.nesting = _Nesting(max_depth)
        self.out: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.nesting.start(tag)
        if self.skipping or tag in DROPPED_WITH_CONTENT:
            if tag not in VOID_TAGS:
                self.skipping.append(tag)
            return
        self.out.append(self.get_starttag_text() or "")

    def handle_startendtag(self, tag, attrs):
        if not self.skipping and tag not in DROPPED_WITH_CONTENT:
            self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag):
        self.nesting.end(tag)
        if self.skipping:
            if tag == self.skipping[-1] or tag in DROPPED_WITH_CONTENT:
                while self.skipping and self.skipping.pop() != tag:
                    pass
            return
        self.out.append(f"</{tag}>")

    def handle_data(self, data):
        if not self.skipping:
            self.out.append(escape(data, quote=False))


_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
)


def sanitize_html(raw: str, *, max_depth: int = 200) -> str:
    dropper = _ContentDropper(max_depth)
    dropper.feed(raw)
    dropper.close()
    return _cleaner.clean("".join(dropper.out)).strip()


class _TextReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []

    def _flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.paragraphs.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS or tag == "br":
            self._flush()

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self._flush()

    def handle_data(self, data):
        self.current.append(data)

    def close(self):
        super().close()
        self._flush()


def html_to_paragraphs(sanitized: str) -> list[str]:
    reader = _TextReader()
    reader.feed(sanitized)
    reader.close()
    return reader.paragraphs
