"""The suggester's dependency parse: what it reads that the patterns miss, how it resolves
speakers, and that a missing or altered model leaves the rules running and says so."""

import pytest
from django.urls import reverse

from claims.models import SuggestionRun
from claims.suggest import syntax
from claims.suggest.core import suggest_claims
from claims.suggest.matching import KnownSource, SourceIndex
from claims.suggest.registry import registry_stamp
from tests.test_suggest import REGISTRY

CAPTURED_POST = (
    "A group calling itself the Legion of Free Maren released video of what it said was a "
    "captured command post near the river."
)


@pytest.fixture
def without_model(monkeypatch):
    """As if the model were not installed (the parser is looked up afresh)."""
    syntax.parser.cache_clear()
    monkeypatch.setattr(syntax, "MODEL_PACKAGE", "no_such_model_package")
    yield
    syntax.parser.cache_clear()


def test_the_pinned_model_is_installed_and_verified():
    assert syntax.Syntax.installed() is not None, "./test installs requirements-model.txt"
    assert suggest_claims("The ministry said the bridge had reopened.", REGISTRY).parsed


def test_a_model_file_that_does_not_match_its_hash_is_not_loaded(monkeypatch):
    syntax.parser.cache_clear()
    monkeypatch.setitem(syntax.MODEL_FILES, "parser/model", "0" * 64)
    try:
        assert syntax.Syntax.installed() is None
        found = suggest_claims("The ministry said the bridge had reopened on Monday.", REGISTRY)
        assert not found.parsed
        assert [s.text for s in found] == ["the bridge had reopened on Monday"]
    finally:
        syntax.parser.cache_clear()


def test_without_the_model_the_rules_still_run(without_model):
    assert syntax.Syntax.installed() is None
    found = suggest_claims(CAPTURED_POST, REGISTRY)
    assert not found.parsed
    assert found == [], "this sentence is one only the parse reads"


def test_the_parse_reads_a_sentence_no_pattern_fits_and_its_pronoun():
    (suggestion,) = suggest_claims(CAPTURED_POST, REGISTRY)
    assert suggestion.pattern == "parse"
    assert suggestion.text == "was a captured command post near the river"
    # "it" is the sentence's own subject, named there, not the last speaker.
    assert suggestion.source_name == "Legion of Free Maren"
    assert suggestion.source_kind == "group"
    assert suggestion.resolved_from == "it", "marked as worked out, for the panel's badge"


@pytest.mark.parametrize(
    "sentence",
    [
        "Altrea did not say how much the vaccine would cost the health service.",
        "The ministry explained how the new rules would be enforced from January.",
    ],
)
def test_the_parse_suggests_no_claim_for_negated_questions(sentence):
    assert suggest_claims(sentence, REGISTRY) == []


class Spy:
    """The pipeline, noting in `parsed` every sentence it is given: to the entity recogniser
    (`get_pipe("ner")`), and with `components`, every sentence made into a document."""

    def __init__(self, nlp, parsed: list, *, components: bool = True):
        self.nlp, self.parsed, self.components = nlp, parsed, components
        self.pipeline = nlp.pipeline

    def make_doc(self, sentence):
        if self.components:
            self.parsed.append(sentence)
        return self.nlp.make_doc(sentence)

    def get_pipe(self, name):
        pipe = self.nlp.get_pipe(name)
        if self.components:
            return pipe  # its document was noted when made

        def noted(doc):
            self.parsed.append(doc.text)
            return pipe(doc)

        return noted


def test_sentences_without_a_cue_are_never_parsed():
    parsed = []
    too_long = "The mayor said the water was " + "very " * 300 + "cold."
    text = "The river rose overnight. " * 200 + CAPTURED_POST + " " + too_long
    found = suggest_claims(text, REGISTRY, syntax=syntax.Syntax(Spy(syntax.parser(), parsed)))
    assert [s.pattern for s in found] == ["parse", "reported_speech"]
    assert parsed == [CAPTURED_POST], "only the candidate sentence, and never an over-long one"


def test_a_bare_spokesperson_speaks_for_the_body_the_claim_is_about():
    index = SourceIndex([KnownSource(1, "Vantor Public Health Agency", "government", ())])
    text = (
        "The Vantor Public Health Agency said 212 cases had been confirmed since September.\n\n"
        "The World Health Organization said cases in Europe were at a 25-year high.\n\n"
        "The agency plans to open three walk-in clinics next week, a spokesperson said."
    )
    last = suggest_claims(text, index)[-1]
    assert (last.source_name, last.resolved_from) == (
        "Vantor Public Health Agency",
        "a spokesperson",
    )


def test_they_in_a_second_clause_is_the_first_clauses_speaker():
    text = (
        "The pilots' union warned that the merger could cost 1,200 jobs.\n\n"
        "Analysts at Corvid Securities said the savings target looked achievable, though they "
        "cautioned that regulators would demand the sale of landing slots."
    )
    sources = [s.source_name for s in suggest_claims(text, REGISTRY)]
    assert sources[-2:] == ["Corvid Securities", "Corvid Securities"]


def test_a_description_resolves_to_the_registered_body_the_text_named():
    index = SourceIndex([KnownSource(1, "Skyline Airways", "organisation", ("Skyline",))])
    text = (
        "Skyline Airways and Aerolux on Monday agreed to combine in a deal worth 4.2 billion "
        "euros, the two carriers said in a joint statement.\n\n"
        "The companies said the merger would save about 300 million euros a year."
    )
    found = suggest_claims(text, index)
    assert [(s.source_name, s.resolved_from) for s in found] == [
        ("Skyline Airways", "the two carriers"),
        ("Skyline Airways", "The companies"),
    ]
    assert "joint statement" not in found[0].text


@pytest.mark.django_db
def test_the_panel_says_when_suggestions_came_from_the_rules_alone(editor_client, article):
    SuggestionRun.objects.create(
        article=article,
        body_sha256=article.body_sha256,
        registry_stamp=registry_stamp(),
        status=SuggestionRun.Status.DONE,
        parsed=False,
    )
    panel = editor_client.get(reverse("claims:suggestions", args=[article.pk])).content.decode()
    assert "language model is not installed" in panel


def test_a_cue_word_used_as_a_noun_is_not_a_cue():
    text = (
        "Voltaro is recalling 80,000 batteries sold in Europe after reports that some had caught "
        "fire while charging, the company said on Wednesday."
    )
    (suggestion,) = suggest_claims(text, REGISTRY)
    assert suggestion.source_name == "Voltaro", "the company the claim names as its subject"
    assert suggestion.text.startswith("Voltaro is recalling")
    # Rules alone cannot tell which capitalised word is a company: they keep the description.
    (rules_alone,) = suggest_claims(text, REGISTRY, syntax=None)
    assert (rules_alone.source_mention, rules_alone.source_name) == ("the company", "company")


def test_the_citys_police_is_the_police_of_the_town_named_before():
    found = suggest_claims(
        "Police in Ardell fired tear gas at protesters on Saturday, witnesses said.\n\n"
        "The city's police department said 14 officers had been injured.\n\n"
        "Police estimated the crowd at about 18,000.",
        REGISTRY,
    )
    assert [s.source_name for s in found] == [
        "witnesses",
        "Ardell's police department",
        "Ardell's police department",
    ]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "Environmental campaigners have long argued that the dam will destroy fisheries.",
            "Environmental campaigners",
        ),
        (
            "The company's shares fell after it said profits would be lower than expected.",
            "company",
        ),
    ],
)
def test_the_parse_trims_the_words_a_pattern_took_for_the_speaker(sentence, speaker):
    (suggestion,) = suggest_claims(sentence, REGISTRY)
    assert suggestion.source_name == speaker
    (rules_alone,) = suggest_claims(sentence, REGISTRY, syntax=None)
    assert rules_alone.source_name != speaker


def test_whether_a_word_is_a_place_is_parsed_once_an_article():
    """ "Israel says …" against the registered Israel Defense Forces asks the parse whether
    "Israel" is a place. Asked for every earlier speaker it matched, the parse ran hundreds of
    times on a long article (689 ms per 1,000 words on one dev text, against 117 once cached)."""
    index = SourceIndex([KnownSource(1, "Israel Defense Forces", "government", ("IDF",))])
    parsed = []
    spied = syntax.Syntax(Spy(syntax.parser(), parsed, components=False))
    paragraph = "The IDF said it struck a depot. Israel said the depot stored rockets.\n\n"
    short = suggest_claims(paragraph * 2, index, syntax=spied)
    short_parses, parsed[:] = len(parsed), []
    long = suggest_claims(paragraph * 40, index, syntax=spied)
    assert [s.source_name for s in short[-1:]] == [s.source_name for s in long[-1:]] == ["Israel"]
    assert len(parsed) == short_parses, "one entity parse per word, however long the article"
