"""claims/text: the one way import, the workspace and the suggester read text."""

from claims.text.names import name_key, normalize_name
from claims.text.paragraphs import split_paragraphs


def test_curly_and_straight_apostrophes_name_the_same_source():
    """The curly one was dropped before folding: "Russia’s" became "russias"."""
    assert normalize_name("Russia’s Defence  Ministry") == "russia's defence ministry"
    assert normalize_name("RUSSIA'S Défence Ministry") == "russia's defence ministry"
    assert name_key("the UK’s MoD") == name_key("UK MoD") == "uk mod"


def test_pasted_paragraphs_split_on_blank_lines_or_lines():
    assert split_paragraphs("One  two.\n\nThree\nfour.") == ["One two.", "Three four."]
    assert split_paragraphs("One.\nTwo.\n") == ["One.", "Two."]
