"""Names as the desk compares them."""

import re
import unicodedata


def normalize_name(name: str) -> str:
    """The form used to store and compare source names and aliases: case, accents, curly
    apostrophes and spacing folded."""
    folded = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return " ".join(folded.encode("ascii", "ignore").decode().casefold().split())


def name_key(name: str) -> str:
    """The looser form the suggester matches mentions with: also without possessives,
    punctuation and a leading article ("the UK's MoD" and "UK MoD" meet)."""
    folded = normalize_name(name)
    folded = re.sub(r"'s\b|s'(?=\s|$)", "", folded)
    words = re.sub(r"[^\w\s]", " ", folded).split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)
