"""The suggester: each attribution shape on its own small example, matching, and quality."""

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.bench import suggest_quality
from claims.suggest.core import suggest_claims
from claims.suggest.matching import KnownSource, SourceIndex, guess_kind
from tests.factories import make_source

REGISTRY = SourceIndex(
    [
        KnownSource(
            1,
            "UK Ministry of Defence",
            "government",
            ("the UK's MoD", "Britain's Ministry of Defence"),
        ),
        KnownSource(2, "Mykhailo Podolyak", "person", ("Podoliak",)),
        KnownSource(3, "Freedom of Russia Legion", "group", ()),
        KnownSource(4, "The Kremlin", "government", ("Kremlin",)),
        KnownSource(5, "Dmitry Peskov", "person", ("Peskov",)),
        KnownSource(6, "Health Ministry (Valdoria)", "government", ("Valdoria's health ministry",)),
    ]
)


def one(article, **expected):
    """The article yields exactly one suggestion, with these attributes."""
    (suggestion,) = suggest_claims(article, REGISTRY)
    for key, value in expected.items():
        assert getattr(suggestion, key) == value, (key, getattr(suggestion, key), value)
    return suggestion


def test_according_to_at_the_start():
    (suggestion,) = suggest_claims(
        "Cholera in Valdoria.\n\nAccording to the health ministry, admissions fell by 4% last month.",
        REGISTRY,
    )
    assert suggestion.text == "admissions fell by 4% last month"
    assert suggestion.source_name == "Health Ministry (Valdoria)"
    assert suggestion.type == "according_to"


def test_a_partial_name_matches_the_registry_only_when_the_article_supports_it():
    """ "the health ministry" is Valdoria's only in an article about Valdoria."""
    (suggestion,) = suggest_claims(
        "According to the health ministry, admissions fell by 4% last month.", REGISTRY
    )
    assert suggestion.source_id is None and suggestion.source_name == "health ministry"


def test_according_to_at_the_end():
    one("Admissions fell by 4% last month, according to Britain's Ministry of Defence.",
        text="Admissions fell by 4% last month", source_name="UK Ministry of Defence", cue="according to")  # fmt: skip


@pytest.mark.parametrize(
    "cue",
    [
        "said",
        "claimed",
        "alleged",
        "admitted",
        "confirmed",
        "denied",
        "insisted",
        "warned",
        "suggested",
    ],
)
def test_reported_speech_with_each_cue_verb(cue):
    # A denial keeps its verb: without it the passage says the opposite (issue 12).
    passage = "two bridges had been destroyed"
    if cue == "denied":
        passage = "denied on Monday that two bridges had been destroyed"
    one(f"The UK's MoD {cue} on Monday that two bridges had been destroyed.",
        text=passage, source_name="UK Ministry of Defence", cue=cue, type="indirect")  # fmt: skip


def test_said_colon_quote():
    one("Podoliak said: “We will rebuild within a year.”",
        text="We will rebuild within a year", source_name="Mykhailo Podolyak", type="direct")  # fmt: skip


def test_quote_first_then_speaker():
    one("“We have no information about that,” Peskov said.",
        text="We have no information about that", source_name="Dmitry Peskov", type="direct")  # fmt: skip


def test_quote_first_then_said_speaker_with_apposition():
    suggestion = one("“The talks are over,” said Ana Ruiz, a spokeswoman for the ministry.",
                     text="The talks are over", source_name="Ana Ruiz", source_kind="person")  # fmt: skip
    assert suggestion.source_id is None


def test_told_reporters():
    one("Dmitry Peskov told reporters the incursion had been repelled.",
        text="the incursion had been repelled", source_name="Dmitry Peskov", cue="told reporters")  # fmt: skip


def test_quote_continues_in_the_next_paragraph():
    text = "Podoliak said: “Ukraine has nothing to do with this.\n\n“We are watching with interest,” he added."
    first, second = suggest_claims(text, REGISTRY)
    assert second.source_name == "Mykhailo Podolyak"
    text = "Podoliak said: “Ukraine has nothing to do with this.\n\n“We are only watching.”"
    first, second = suggest_claims(text, REGISTRY)
    assert second.text == "We are only watching" and second.source_name == "Mykhailo Podolyak"
    assert second.resolved_from == "(quote continues)"


@pytest.mark.parametrize(
    ("follow_up", "pronoun"),
    [("It alleged: “The raid was staged.”", "It"), ("It added that the raid had failed badly.", "It"),
     ("The group said the raid had succeeded completely.", "The group")],
)  # fmt: skip
def test_back_references_resolve_to_the_last_fitting_source(follow_up, pronoun):
    text = f"The Freedom of Russia Legion claimed it had crossed the border at dawn. {follow_up}"
    _, second = suggest_claims(text, REGISTRY)
    assert second.source_name == "Freedom of Russia Legion"
    assert second.resolved_from == pronoun


def test_he_and_she_resolve_to_people_not_organisations():
    text = ("Dmitry Peskov said the situation was under full control. The UK's MoD said the front had "
            "not moved at all. He denied that reinforcements had been sent north.")  # fmt: skip
    assert suggest_claims(text, REGISTRY)[-1].source_name == "Dmitry Peskov"


@pytest.mark.parametrize(
    ("mention", "name"),
    [("Kremlin spokesperson Dmitry Peskov", "Dmitry Peskov"), ("Senior presidential adviser Mykhailo Podolyak", "Mykhailo Podolyak"),
     ("Defence ministry spokesman Igor Volkov", "Igor Volkov")],
)  # fmt: skip
def test_titles_before_a_name(mention, name):
    one(
        f"{mention} said the attack had been planned for weeks.",
        source_name=name,
        source_kind="person",
    )


def test_two_attributions_in_one_sentence():
    text = ("The Kremlin claimed the convoy carried humanitarian aid, although local officials said it "
            "carried weapons and ammunition.")  # fmt: skip
    first, second = suggest_claims(text, REGISTRY)
    assert (first.source_name, first.text) == ("The Kremlin", "the convoy carried humanitarian aid")
    assert (second.source_name, second.source_kind) == ("local officials", "unnamed")
    assert second.text == "it carried weapons and ammunition"


def test_unnamed_sources():
    one("Two diplomats, speaking on condition of anonymity, said the talks had collapsed overnight.",
        source_kind="unnamed", text="the talks had collapsed overnight")  # fmt: skip


@pytest.mark.parametrize("hedge", ["reportedly", "allegedly", "are thought to", "is believed to"])
def test_hedged_statements_are_unattributed(hedge):
    suggestion = one(f"Several buildings {hedge} have been damaged by shelling near the station.")
    assert suggestion.type == "unattributed" and suggestion.source_name is None


def test_headline_and_caption():
    text = ("Rebels Claim To Have Taken Airport\n\nThe Freedom of Russia Legion said its units had "
            "taken the airport at dawn.\n\nIn the footage the group shows, what they claim, is a destroyed helicopter.")  # fmt: skip
    headline, body, caption = suggest_claims(text, REGISTRY)
    assert (
        headline.text == "Have Taken Airport" and headline.source_name == "Freedom of Russia Legion"
    )
    assert (
        caption.text == "is a destroyed helicopter"
        and caption.source_name == "Freedom of Russia Legion"
    )


def test_page_furniture_is_never_suggested_and_nothing_twice():
    text = ("The UK's MoD said the bridge had been destroyed overnight.\n\nAdvertisement\n\n"
            "Read more: The UK's MoD said many things about many bridges\n\nSign up for our newsletter")  # fmt: skip
    suggestions = suggest_claims(text, REGISTRY)
    assert len(suggestions) == 1
    spans = [(s.start, s.end) for s in suggest_claims(text * 1, REGISTRY)]
    assert len(spans) == len(set(spans))


def test_offsets_point_at_the_text():
    text = (
        "Intro line.\n\nThe Kremlin said that “everything is going to plan”, as the raid went on."
    )
    (suggestion,) = suggest_claims(text, REGISTRY)
    assert text[suggestion.start : suggestion.end] == suggestion.text


@pytest.mark.parametrize(
    "mention",
    [
        "Freedom of Russian Legion",
        "the Freedom of Russia Legion's",
        "FREEDOM OF RUSSIA LEGION",
        "freedom of russia legion",
    ],
)
def test_source_matching_tolerates_case_possessives_and_small_misspellings(mention):
    assert REGISTRY.match(mention).name == "Freedom of Russia Legion"


def test_unknown_speakers_are_new_sources_with_a_guessed_kind():
    assert guess_kind("Ana Ruiz") == "person"
    assert guess_kind("the Marra water authority") == "government"
    assert guess_kind("the Northern Brigade") == "group"
    assert guess_kind("two officials") == "unnamed"
    suggestion = one("The Marra water company said prices would rise by a fifth next year.")
    assert suggestion.source_id is None and suggestion.source_kind == "organisation"


def test_quality_targets_on_the_annotated_articles():
    folder = suggest_quality.DEFAULT_DIR
    articles = suggest_quality.load_articles(folder)
    assert len(articles) >= 6
    result = suggest_quality.score(articles, suggest_quality.load_registry(folder))
    assert result["precision"] >= 0.9
    assert result["right_source"] >= 0.9


def test_quality_on_the_test_split_never_tuned_on():
    """tests/data/suggest-test: its latest score is the floor (README there); the targets of
    issue 12 are above it."""
    folder = Path(suggest_quality.DEFAULT_DIR).parent / "suggest-test"
    result = suggest_quality.score(
        suggest_quality.load_articles(folder), suggest_quality.load_registry(folder)
    )
    assert all(result[key] >= floor for key, floor in suggest_quality.TEST_FLOOR.items()), result


def test_quality_on_the_articles_written_after_tuning():
    folder = Path(suggest_quality.DEFAULT_DIR).parent / "suggest-unseen"
    result = suggest_quality.score(
        suggest_quality.load_articles(folder), suggest_quality.load_registry(folder)
    )
    assert result["precision"] >= 0.9 and result["right_source"] >= 0.9


@pytest.mark.django_db
def test_suggest_claims_command_prints_json(tmp_path, capsys):
    make_source("UK Ministry of Defence", aliases=["the UK's MoD"])
    path = tmp_path / "a.txt"
    path.write_text(
        "Bridge hit\n\nThe UK's MoD said the bridge had been hit twice overnight.\n\nAdvertisement"
    )
    call_command("suggest_claims", str(path), "--json")
    (item,) = json.loads(capsys.readouterr().out)
    assert {
        "text",
        "start",
        "end",
        "source",
        "source_mention",
        "cue",
        "type",
        "confidence",
    } <= item.keys()
    assert item["source"] == "UK Ministry of Defence" and item["source_mention"] == "The UK's MoD"
    assert item["text"] == "the bridge had been hit twice overnight"
    body = "Bridge hit\n\nThe UK's MoD said the bridge had been hit twice overnight."
    assert body[item["source_mention_start"] : item["source_mention_end"]] == "The UK's MoD"


@pytest.mark.django_db
def test_suggest_claims_command_prints_a_json_line_per_article(tmp_path, capsys):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Bridge hit\n\nThe ministry said the bridge had been hit twice overnight.")
    second.write_text("Talks\n\nIt was cold. “We will not sign,” the envoy said after talks.")
    call_command("suggest_claims", str(first), str(second), "--json")
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["path"] for line in lines] == [str(first), str(second)]
    quote = lines[1]["suggestions"][0]
    assert quote["text"] == "We will not sign" and quote["source_mention"] == "the envoy"
    text = second.read_text()
    assert text[quote["source_mention_start"] : quote["source_mention_end"]] == "the envoy"


@pytest.mark.django_db
def test_suggest_claims_command_refuses_unreadable_input(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\x00\x01binary")
    with pytest.raises(CommandError, match="binary"):
        call_command("suggest_claims", str(path), "--json")
    with pytest.raises(CommandError, match="No such file"):
        call_command("suggest_claims", str(tmp_path / "missing.txt"), "--json")


def test_she_added_and_its_chief_executive():
    text = (
        "Dr Amara Sesay said the outbreak was slowing in the north. She added that vaccination "
        "teams had reached half the districts.\n\nThe Kremlin said the talks would go on next week. "
        "Its spokesman, Dmitry Peskov, denied that any deadline had been set."
    )
    first, second, third, fourth = suggest_claims(text, REGISTRY)
    assert (second.source_name, second.resolved_from) == ("Amara Sesay", "She")
    assert fourth.source_name == "Dmitry Peskov"


@pytest.mark.parametrize(
    "sentence",
    ["Altrea did not say how much the vaccine would cost next year.",
     "The ministry has never said whether the bridge was rebuilt after the war."],
)  # fmt: skip
def test_negated_cues_are_not_claims(sentence):
    assert suggest_claims(sentence, REGISTRY) == []


def test_a_passive_report_is_an_unattributed_hedge():
    suggestion = one("Several holiday homes are reported to have been destroyed by the fire.")
    assert suggestion.type == "unattributed" and suggestion.source_name is None


def test_punctuation_in_an_article_word_is_never_read_as_a_pattern():
    """A noun followed by a bracket was put into a regular expression: re.error, a crash in
    the suggestion task (and, before, in the workspace request)."""
    for text in (
        "The group) said the plan would fail badly.",
        "The group( said the plan would fail.",
        "The [ministry said the convoy was hit.",
        "The ministry* said the bridge *was* hit, the ministry+ said.",
    ):
        suggest_claims(text, SourceIndex([]))  # no exception


def test_a_long_according_to_speaker_is_named_not_a_crash():
    """ "according to" has no verb for the parse to find the subject of: a speaker of more
    than 14 words raised IndexError."""
    (found,) = suggest_claims(
        "Only one crossing is open, according to a UN official who spoke on condition of "
        "anonymity because they were not authorised to speak to the media.",
        SourceIndex([]),
    )
    assert (found.source_name, found.source_kind) == ("a UN official", "unnamed")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "The",
                "group",
                "ministry",
                "said",
                "told",
                "“",
                "”",
                '"',
                "(",
                ")",
                "[",
                "*",
                "+",
                "?",
                "\\",
                ",",
                ".",
                "\n\n",
                "according",
                "to",
                "it",
                "denied",
                "Mr.",
                "Kyiv",
                "its",
            ]
        ),
        max_size=60,
    ).map(" ".join)
)
def test_the_suggester_never_raises_on_news_shaped_noise(text):
    suggest_claims(text, SourceIndex([KnownSource(id=1, name="Defence Ministry")]))


def test_an_according_to_claim_opening_with_to_has_no_verb_to_keep():
    # Found by the property above: "to , according to The" kept "to …"'s verb, which an
    # according-to shape does not have (IndexError: no such group).
    assert suggest_claims("to , according to The", SourceIndex([])) is not None


def test_a_doubled_article_before_a_name_is_no_endless_back_reference():
    # Found by the property above: "The The ministry" sent "The" back to itself for ever.
    text = (
        '" \n\n ? * [ \\ ) . The ministry The ) ? Mr. . " \n\n " The The ministry ) according '
        "to The ” it group its ” it its The according told said , to to it told The , group + ”"
    )
    suggest_claims(text, SourceIndex([KnownSource(id=1, name="Defence Ministry")]))


@pytest.mark.parametrize(
    ("text", "passage"),
    [
        (
            "The ministry denied that its forces had shelled the town.",
            "denied that its forces had shelled the town",
        ),
        (
            "The army accused the rebels of shelling the market.",
            "accused the rebels of shelling the market",
        ),
        (
            "The Kremlin rejected claims that its troops were retreating from the city.",
            "rejected claims that its troops were retreating from the city",
        ),
    ],
)
def test_when_the_verb_is_the_claim_the_passage_keeps_it(text, passage):
    """Without 'denied', the suggested claim said the opposite of what the ministry said."""
    (suggestion,) = suggest_claims(text, SourceIndex([]))
    assert suggestion.text == passage


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will not back down,” said Mr. Rove, a former adviser.", "Rove"),
        ("“The bill is dead,” Sen. Warren said on Tuesday.", "Warren"),
        ("“Turnout will be low,” says Palmiter.", "Palmiter"),
        ("“Congress is broken,” said Norman Ornstein, a scholar.", "Norman Ornstein"),
    ],
)
def test_speakers_with_abbreviated_titles_after_a_quote(text, speaker):
    """The speaker pattern could not hold a period: 'Mr. Rove' and 'Sen. Warren' were missed."""
    one(text, source_name=speaker, type="direct")


@pytest.mark.parametrize(
    ("text", "passage"),
    [
        (
            "The Kremlin, however, claimed that the drones had been shot down.",
            "the drones had been shot down",
        ),
        (
            "The health ministry, for its part, said that the convoy had been delayed.",
            "the convoy had been delayed",
        ),
    ],
)
def test_an_aside_between_speaker_and_verb(text, passage):
    """'The Kremlin, however, claimed …' was missed: the aside broke the subject's pattern."""
    (suggestion,) = suggest_claims(text, REGISTRY)
    assert suggestion.text == passage and suggestion.cue in ("claimed", "said")


@pytest.mark.parametrize(
    ("text", "passage", "cue"),
    [
        (
            "The group released drone footage on Monday, alleging that the depot had been hit.",
            "the depot had been hit",
            "alleging",
        ),
        (
            "Rebels seized the airport, adding that more attacks would follow.",
            "more attacks would follow",
            "adding",
        ),
    ],
)
def test_a_participle_cue_after_another_verb(text, passage, cue):
    """'… released drone footage, alleging that …' was missed (issue 12)."""
    (suggestion,) = suggest_claims(text, SourceIndex([]))
    assert (suggestion.text, suggestion.cue) == (passage, cue)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A fronted connective is not the speaker.
        ("Nevertheless, the port authority said the cranes had been repaired within a week.",
         "port authority"),
        # "X of Y" is one name when it begins with "The": not a person "of" a body.
        ("The Friends of the Coast Alliance said the spill had reached three beaches by Sunday.",
         "Friends of the Coast Alliance"),
        # "… called X": the name, not the description around it.
        ("A new coalition called the Harbour Workers Front said the strike would continue into "
         "next month.", "Harbour Workers Front"),
    ],
)  # fmt: skip
def test_the_speaker_is_the_name_not_the_words_around_it(text, source):
    (suggestion,) = suggest_claims(f"Strike\n\n{text}", SourceIndex([]))
    assert suggestion.source_name == source


@pytest.mark.parametrize(
    ("follow_up", "resolved"),
    [
        ("The workers said their pay had not risen in five years.", "Harbour Workers Front"),
        ("The pro-union group said its members had voted to stay out.",
         "Harbour Workers Front"),
        # A plain qualifier names another body: not the last one of its kind.
        ("The national police said two pickets had been arrested overnight.", "national police"),
    ],
)  # fmt: skip
def test_descriptions_resolve_to_the_body_named_before_never_to_a_new_source(follow_up, resolved):
    text = f"Strike\n\nThe Harbour Workers Front said the strike would go on for weeks. {follow_up}"
    first, second = suggest_claims(text, SourceIndex([]))
    assert second.source_name == resolved


def test_a_qualified_description_is_not_the_bare_noun_named_before():
    """'The defence ministry' after a headline's 'Ministry says …' is the registered Defence
    Ministry, not the headline's unnamed 'Ministry'."""
    registry = SourceIndex(
        [KnownSource(7, "Defence Ministry", "government", ("defence ministry",))]
    )
    text = (
        "Ministry says bridge destroyed\n\n"
        "The defence ministry said on Monday that two bridges had been destroyed near the river."
    )
    claim = next(s for s in suggest_claims(text, registry) if "two bridges" in s.text)
    assert claim.source_id == 7


def test_a_spent_time_budget_returns_what_was_read_and_says_where_it_stopped():
    text = "Talks\n\nThe ministry said the talks had failed on Monday.\n\n" * 3
    assert suggest_claims(text, SourceIndex([])).stopped_at is None
    cut = suggest_claims(text, SourceIndex([]), seconds=0)
    assert cut == [] and cut.stopped_at == 0


@pytest.mark.django_db
def test_the_panel_says_when_suggestions_cover_only_part_of_the_text(
    editor_client, article, tasks_run_at_once, settings
):
    from django.urls import reverse

    settings.SUGGEST_SECONDS = 0
    html = editor_client.get(
        reverse("claims:suggestions", args=[article.pk]), headers={"HX-Request": "true"}
    ).content.decode()
    assert "cover only the first 0% of the text" in html


def _sources(text):
    return [(s.source_name, s.text) for s in suggest_claims(f"Report\n\n{text}", SourceIndex([]))]


def test_a_body_is_named_by_its_first_word_after_its_full_name():
    found = _sources(
        "Brightwater Transit Services said the trains would run again on Monday. "
        "Brightwater denied that maintenance had been skipped to save money."
    )
    assert found[1][0] == "Brightwater Transit Services"


def test_a_lede_whose_content_has_a_comma_takes_the_last_phrase_as_its_speaker():
    found = _sources(
        "Nurses voted to strike over pay, raising the risk of closed wards, the Riverside "
        "Nurses' Guild said."
    )
    assert found == [("Riverside Nurses' Guild",
                      "Nurses voted to strike over pay, raising the risk of closed wards")]  # fmt: skip


def test_but_stressed_starts_a_second_claim_by_the_same_speaker():
    found = _sources(
        "Coastguards said they had found the missing boat near the reef, but stressed that the "
        "two sailors had not yet been found."
    )
    assert [text for _, text in found] == [
        "they had found the missing boat near the reef",
        "the two sailors had not yet been found",
    ]


def test_called_with_a_quotation_is_a_cue():
    found = _sources('The mayor, Ruth Adler, called the decision "a betrayal of the town".')
    assert found == [("Ruth Adler", 'the decision "a betrayal of the town"')]


def test_a_body_described_before_it_is_named_is_never_renamed_to_a_person():
    found = _sources(
        "The regional transport department said the bridge would reopen in May. Transport "
        "commissioner Elena Moss said the repairs had cost twice the estimate."
    )
    assert found[0][0] == "regional transport department"


def test_the_suggester_reports_how_much_it_has_read():
    text = "Talks\n\n" + "\n\n".join(f"The ministry said talks {n} had failed." for n in range(200))
    shares = []
    suggest_claims(text, SourceIndex([]), progress=shares.append)
    assert shares == sorted(shares) and shares[0] == 0 and 0.5 < shares[-1] < 1


@pytest.mark.django_db
def test_a_pending_run_shows_how_far_it_has_read(editor_client, article):
    from django.urls import reverse

    from claims.models import SuggestionRun

    url = reverse("claims:suggestions", args=[article.pk])
    editor_client.get(url, headers={"HX-Request": "true"})  # queued; the test queue never runs it
    SuggestionRun.objects.filter(article=article).update(progress=40)
    html = editor_client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert "Finding suggestions… 40 %" in html


def test_it_means_a_body_named_as_a_subject_though_it_had_not_spoken():
    suggestion = one(
        "Britain's Ministry of Defence published its weekly assessment on Sunday.\n\n"
        "It said the crossing had probably been abandoned after heavy losses.",
        source_name="UK Ministry of Defence",
        resolved_from="It",
    )
    assert suggestion.text == "the crossing had probably been abandoned after heavy losses"


def test_a_description_means_the_body_named_earlier_with_its_noun():
    one(
        "The Northern Volunteer Corps crossed the border at dawn.\n\n"
        "The volunteers said they had captured two villages and taken prisoners.",
        source_name="Northern Volunteer Corps",
        source_id=None,
        resolved_from="The volunteers",
    )


def test_content_then_said_then_the_speakers_name():
    one(
        "The new rules were a mistake, said Norman Ornstein, a scholar at the institute.",
        source_name="Norman Ornstein",
        text="The new rules were a mistake",
        pattern="said_speaker",
    )


def test_a_quote_then_adding_that_holds_two_claims():
    found = suggest_claims(
        "Paul Dresner addressed supporters on Sunday night.\n\n"
        '"We will defend every vote," he said, adding that his lawyers were ready to go to court.',
        REGISTRY,
    )
    assert [(s.text, s.source_name, s.type) for s in found] == [
        ("We will defend every vote", "Paul Dresner", "direct"),
        ("his lawyers were ready to go to court", "Paul Dresner", "indirect"),
    ]


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Judge Erik Wahl said the jury would be sent home for the night.", "Erik Wahl"),
        (
            "Consumer advocate Lotte Brink of the group SafeHome said the recall came far too "
            "late.",
            "Lotte Brink",
        ),
        (
            '"We expected damage, but not on this scale," said the study\'s lead author, Dr Nina '
            "Sato of the Coastal Research Institute.",
            "Nina Sato",
        ),
    ],
)
def test_the_person_is_the_speaker_not_their_title_or_body(sentence, name):
    one(sentence, source_name=name, source_kind="person")


def test_a_pronoun_with_a_named_apposition_is_that_name():
    found = suggest_claims(
        "About 12,000 savers lost money when the bank collapsed.\n\n"
        "Their association, the Nordvik Savers' Group, said it hoped the trial would show who "
        "knew what.",
        REGISTRY,
    )
    assert [s.source_name for s in found] == ["Nordvik Savers' Group"]


def test_a_report_that_found_something_is_a_claim():
    one(
        "In a report published last year, the UK's MoD found that the brigade had lost most of "
        "its tanks.",
        source_name="UK Ministry of Defence",
        text="the brigade had lost most of its tanks",
    )


def test_its_ministry_is_the_registered_ministry_of_the_sentences_subject():
    index = SourceIndex(
        [KnownSource(1, "Halvian Ministry of Trade", "government", ("Halvia's trade ministry",))]
    )
    (suggestion,) = suggest_claims(
        "Halvia will impose duties of up to 25% on machinery, its trade ministry announced on "
        "Friday, a week after Corran raised tariffs on steel.",
        index,
    )
    assert suggestion.source_name == "Halvian Ministry of Trade"
    assert suggestion.text == "Halvia will impose duties of up to 25% on machinery"


def test_a_club_role_then_a_name_is_the_person_not_the_club():
    index = SourceIndex([KnownSource(1, "Albion Rovers", "organisation", ("Rovers",))])
    found = suggest_claims(
        "Rovers manager Sean Doyle, asked about the bid after training, said he had not spoken "
        'to the player. "He is focused on Saturday, and so am I," Doyle said.',
        index,
    )
    assert [s.source_name for s in found] == ["Sean Doyle", "Sean Doyle"]


def test_and_accused_is_a_second_claim_that_keeps_its_verb():
    found = suggest_claims(
        'The interior ministry said 14 officers had been injured, and accused "a violent '
        'minority" of throwing stones.',
        REGISTRY,
    )
    assert [s.text for s in found] == [
        "14 officers had been injured",
        'accused "a violent minority" of throwing stones',
    ]


def test_put_the_number_at_is_an_estimate():
    one(
        "Organisers put the number of protesters at 50,000.",
        source_name="Organisers",
        text="the number of protesters at 50,000",
    )
