"""Page furniture: lines a scraped article carries that are not its content."""

import re

FURNITURE_PATTERNS = [
    (re.compile(pattern, re.IGNORECASE), reason)
    for pattern, reason in [
        (r"^advertisement\.?$|^advert$|^sponsored( content)?$|^ad$", "advertisement"),
        (
            r"^(related|recommended|more on this story|more from|most read|also read)\b.{0,200}$",
            "related links",
        ),
        (r"^read (more|also|next)\b.{0,300}$", "read-more link"),
        (
            r"^(sign up|subscribe)\b.{0,200}(newsletter|updates|inbox|free)\b.{0,100}$",
            "newsletter",
        ),
        (
            r"^(sign up for our newsletter|subscribe now|subscribe to our newsletter)\.?$",
            "newsletter",
        ),
        (
            r"^(share|share this( article)?|share on \w+|follow us\b.{0,100})$",
            "share buttons",
        ),
        (
            r"^(skip to (main )?content|back to top|image:? getty images|watch:? .{0,80}|listen to this article.{0,40})$",
            "page chrome",
        ),
    ]
]


def furniture_reason(text: str) -> str | None:
    stripped = text.strip()
    return next((why for pattern, why in FURNITURE_PATTERNS if pattern.match(stripped)), None)


def is_furniture(text: str) -> bool:
    return furniture_reason(text) is not None
