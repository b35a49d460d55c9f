"""Attribution forms of political and local news that the dev articles of 2026-12-03 showed
the suggester missing or misreading (tests/data/suggest: senate-bill, mayor-scandal,
pipeline-hearing, frontline-town). Each case is an example of our own."""

import pytest

from claims.bench.suggest_quality import DEFAULT_DIR, load_articles
from claims.suggest.core import suggest_claims
from claims.suggest.matching import KnownSource, SourceIndex
from claims.text.furniture import furniture_reason
from claims.text.sentences import paragraph_spans
from tests.test_suggest import REGISTRY

# An article's text, where a case needs its parse exactly as the whole article gives it.
ARTICLES = {article.name: article.text for article in load_articles(DEFAULT_DIR)}

WITH_ACRONYMS = SourceIndex(
    [
        KnownSource(1, "World Health Organization", "organisation", ("WHO",)),
        KnownSource(2, "Meridian Midstream", "organisation", ("Meridian",)),
        KnownSource(3, "Albion Rovers", "organisation", ("Rovers",)),
    ]
)


def speakers(text: str, registry=REGISTRY) -> list[tuple[str, str | None]]:
    return [(s.text, s.source_name) for s in suggest_claims(text, registry)]


def names_and_kinds(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.source_name, s.source_kind) for s in suggest_claims(text, REGISTRY)]


def test_the_relative_who_is_never_the_acronym_of_a_registered_body():
    text = "The bill sets up a fight with Republicans who say the country cannot afford it."
    assert speakers(text, WITH_ACRONYMS) == [("the country cannot afford it", "Republicans")]
    (found,) = suggest_claims("The WHO said cases had doubled in a week.", WITH_ACRONYMS)
    assert found.source_id == 1


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Senate Minority Leader Tom Brannigan said the bill would drive up prices.",
            "Tom Brannigan",
        ),
        ("Council President Regina Stokes said the panel would subpoena emails.", "Regina Stokes"),
    ],
)
def test_a_capitalised_title_before_a_name_is_a_person(text, name):
    (found,) = suggest_claims(text, REGISTRY)
    assert (found.source_name, found.source_kind) == (name, "person")


def test_a_quote_that_opens_with_if_is_still_a_claim():
    text = '"If the town falls, the road is open," said Jens Ahlberg, a researcher.'
    assert speakers(text) == [("If the town falls, the road is open", "Jens Ahlberg")]


def test_and_called_on_is_a_second_claim_that_keeps_its_verb():
    text = (
        "The UN rights office said it had received reports of 11 civilians killed and called "
        "on both sides to allow safe passage."
    )
    assert [s for s, _ in speakers(text)] == [
        "it had received reports of 11 civilians killed",
        "called on both sides to allow safe passage",
    ]


def test_an_aside_and_what_others_made_of_the_claim_are_trimmed():
    text = (
        "Greg Lanier said the line was safe. He insisted, however, that the leak had posed no "
        "risk to drinking water, a claim that local farmers disputed."
    )
    assert speakers(text)[1] == ("the leak had posed no risk to drinking water", "Greg Lanier")


def test_a_role_at_a_registered_body_with_a_named_holder_is_the_person():
    text = (
        "Meridian's chief operating officer, Greg Lanier, told the panel that the pressure "
        "drop had been mistaken for a sensor fault."
    )
    (found,) = suggest_claims(text, WITH_ACRONYMS)
    assert (found.source_name, found.source_id) == ("Greg Lanier", None)


def test_one_of_them_is_one_of_the_speakers_just_quoted():
    text = (
        "Two Democratic aides said leaders hoped to hold a vote in July. One of them, who "
        "spoke on condition of anonymity, said three Republicans had expressed interest."
    )
    assert {name for _, name in speakers(text)} == {"Two Democratic aides"}


def test_a_document_released_by_a_body_is_that_bodys_claim():
    text = (
        "The plan would cap costs at 7% of income, according to a summary released by "
        "Whitfield's office."
    )
    assert speakers(text)[0][1] == "Whitfield's office"


def test_the_group_means_the_name_it_introduced():
    text = (
        "Video geolocated by the investigative group Openmap showed three burning vehicles. "
        "The group said it could not confirm which side they belonged to."
    )
    assert speakers(text)[-1][1] == "Openmap"


def test_a_surname_is_the_person_before_a_body_of_the_same_name():
    text = (
        "Sen. Laura Whitfield said no family should spend a third of its income on day care. "
        "The plan would cap costs, according to a summary released by Whitfield's office. "
        'Whitfield dismissed the study as "a partisan hit job."'
    )
    assert [name for _, name in speakers(text)] == [
        "Laura Whitfield",
        "Whitfield's office",
        "Laura Whitfield",
    ]


def test_a_surname_is_the_person_the_article_named_in_full_though_they_had_not_spoken():
    text = (
        "Former Gov. Ellen Harmon toured three counties on Sunday.\n\n"
        '"People out here have been written off," Harmon said.'
    )
    assert speakers(text) == [("People out here have been written off", "Ellen Harmon")]


def test_told_a_long_audience_that_and_a_tail_after_a_closing_quote():
    text = (
        "Ellen Harmon told a crowd of about 300 people in a high school gym on Sunday that she "
        'would win Iowa "one county at a time," as her campaign tries to close a gap.'
    )
    assert speakers(text) == [('she would win Iowa "one county at a time,"', "Ellen Harmon")]


def test_criticised_and_described_as_keep_what_the_speaker_said():
    text = (
        "Patient groups criticised the company for taking three weeks to announce the recall. "
        'The inspectors described the prison as "severely overcrowded".'
    )
    assert [passage for passage, _ in speakers(text)] == [
        "criticised the company for taking three weeks to announce the recall",
        'the prison as "severely overcrowded"',
    ]


def test_a_trailing_pronoun_attribution_covers_a_sentence_with_a_cue_of_its_own():
    text = (
        "Health Minister Arturo Benedetti urged people to stay indoors. Hospitals have "
        "reported a 30% rise in admissions since Monday, he told a press conference."
    )
    assert speakers(text)[-1] == (
        "Hospitals have reported a 30% rise in admissions since Monday",
        "Arturo Benedetti",
    )


def test_a_spokesperson_speaks_for_the_organisation_named_just_before():
    text = (
        "14:20 — The grid operator, Trans-Energia, has asked households to avoid washing "
        "machines. A spokesperson said demand was expected to peak this evening."
    )
    assert speakers(text) == [("demand was expected to peak this evening", "Trans-Energia")]


def test_a_study_by_a_body_is_that_bodys_and_a_live_blog_stamp_is_not_the_claim():
    text = (
        "15:58 — Heatwaves have become five times more likely, according to a rapid analysis "
        "by the World Weather Attribution group published this afternoon."
    )
    assert speakers(text) == [
        ("Heatwaves have become five times more likely", "World Weather Attribution")
    ]


def test_a_headline_clause_after_a_semicolon_and_its_description_speaking_again():
    text = (
        "Three dead in prison riot; guards' union blames understaffing\n\n"
        "Three inmates were killed, the Justice Ministry said.\n\n"
        'The guards\' union said the riot was "the result of years of cuts."'
    )
    # The verb carries the claim (issue 12): "blames understaffing", not "understaffing".
    assert speakers(text)[0] == ("blames understaffing", "guards' union")


def test_and_promised_is_a_second_claim_that_keeps_its_verb():
    text = "Petra Novak said an inquiry would be set up and promised to publish its findings."
    assert [passage for passage, _ in speakers(text)] == [
        "an inquiry would be set up",
        "promised to publish its findings",
    ]


def test_said_tuesday_without_on_is_not_part_of_the_claim():
    text = "House Speaker Mark Delaney said Tuesday that Republicans would not pass the bill."
    assert speakers(text) == [("Republicans would not pass the bill", "Mark Delaney")]


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Tom Kessler, R-Pa., who represents a swing district, said he would back the bill.",
        "Rep. Tom Kessler (R-Pa.) said he would back the bill.",
    ],
)
def test_a_legislators_party_tag_is_not_the_speaker(text):
    assert speakers(text) == [("he would back the bill", "Tom Kessler")]


def test_a_quotation_the_attribution_interrupts_is_two_claims_by_one_speaker():
    text = (
        'Rep. Alicia Moreno spoke first. "Troops will keep working without pay," she said, '
        '"while the people who caused this keep getting paid."'
    )
    assert speakers(text) == [
        ("Troops will keep working without pay", "Alicia Moreno"),
        ("while the people who caused this keep getting paid", "Alicia Moreno"),
    ]


def test_an_anonymous_aide_is_never_renamed_to_a_person_sharing_a_word():
    text = (
        "House Speaker Mark Delaney said the talks had stalled. According to a senior House "
        "Republican aide, leaders have discussed a two-week stopgap measure."
    )
    (_, aide) = suggest_claims(text, REGISTRY)
    assert (aide.source_name, aide.source_kind) == ("a senior House Republican aide", "unnamed")


def test_a_denial_of_an_account_is_a_claim_with_its_verb():
    text = "The White House disputed that account."
    assert speakers(text) == [("disputed that account", "White House")]


def test_its_ministry_belongs_to_the_country_just_named_though_unregistered():
    text = (
        "Halvia, which patrols the strait's eastern side, rejected the account. Its foreign "
        "ministry said the boats belonged to its coast guard.\n\n"
        "The Corran defence ministry later said the frigate would go on."
    )
    assert speakers(text)[1] == (
        "the boats belonged to its coast guard",
        "Halvia's foreign ministry",
    )


@pytest.mark.parametrize(
    "text, passage, name",
    [
        (
            '"The plan is dead on arrival," according to Rep. Dan Ortiz.',
            "The plan is dead on arrival",
            "Dan Ortiz",
        ),
        (
            'Dan Ortiz told CNN, "The votes are simply not there."',
            "The votes are simply not there",
            "Dan Ortiz",
        ),
    ],
)
def test_a_quotation_according_to_a_titled_name_or_told_to_a_broadcaster(text, passage, name):
    assert speakers(text) == [(passage, name)]


def test_a_named_possessive_body_is_never_renamed_to_a_registered_body_named_later():
    registry = SourceIndex([KnownSource(1, "White House", "government", ())])
    text = (
        "The plan would cap costs at 7% of income, according to a summary released by "
        "Whitfield's office.\n\nThe White House endorsed the measure."
    )
    assert speakers(text, registry)[0][1] == "Whitfield's office"


def test_a_sentence_that_is_all_quotation_goes_on_quoting_though_it_holds_a_cue():
    text = (
        '"The effect was bigger than we expected," said Professor Claire Dunn. "An hour a '
        'night adds up to a lot of lost sleep over a school year."'
    )
    assert speakers(text)[1] == (
        "An hour a night adds up to a lot of lost sleep over a school year",
        "Claire Dunn",
    )


def test_according_to_figures_mid_sentence_with_an_aside_after_it():
    text = (
        "Rents in the town of 11,000 have risen 38% in three years, according to figures from "
        "the county housing office, faster than anywhere else in the state."
    )
    assert speakers(text) == [
        ("Rents in the town of 11,000 have risen 38% in three years", "county housing office")
    ]


def test_a_study_and_its_authors_are_the_institution_the_article_names():
    text = (
        "Teenagers who use phones after midnight sleep an hour less, study finds\n\n"
        "Teenagers who use phones after midnight sleep an hour less, according to a study of "
        "4,800 pupils published on Monday.\n\n"
        "The researchers, from the University of Eastmoor, tracked pupils for two years.\n\n"
        "Teenagers who sleep badly may simply reach for their phones more, the authors "
        "cautioned."
    )
    assert {name for _, name in speakers(text)} == {"University of Eastmoor"}


def test_a_furniture_line_is_not_part_of_the_next_paragraphs_name():
    text = (
        "Mayor Luis Ortega said the town was caught off guard.\n\nAdvertisement\n\n"
        "Ortega is less sure. \"I've heard 'this spring' before,\" he said."
    )
    assert speakers(text)[-1][1] == "Luis Ortega"


def test_supporters_at_a_club_speak_for_themselves():
    text = "Supporters' groups at Porto Vale called on the board to explain what had happened."
    assert speakers(text)[0][1] == "Supporters' groups at Porto Vale"


def test_a_quote_then_adding_that_with_a_quotation_of_its_own():
    text = (
        'Luca Moretti spoke to reporters. "Marco wanted this move more than anything," he said, '
        'adding that Bellini would now "focus on Porto Vale."'
    )
    assert [passage for passage, _ in speakers(text)] == [
        "Marco wanted this move more than anything",
        'Bellini would now "focus on Porto Vale."',
    ]


def test_a_trailing_attribution_followed_by_an_as_clause_or_adding():
    text = (
        "Quillsoft will cut about 1,800 jobs, the software maker said on Wednesday, as "
        "companies cut back on spending.\n\n"
        "A drone attack set a depot on fire in Velsk early on Sunday, regional governor Anton "
        "Lebed said, adding that no one had been hurt."
    )
    assert speakers(text) == [
        ("Quillsoft will cut about 1,800 jobs", "Quillsoft"),
        ("A drone attack set a depot on fire in Velsk early on Sunday", "Anton Lebed"),
        ("no one had been hurt", "Anton Lebed"),
    ]


def test_a_relative_clause_cue_is_not_the_bodys_claim_and_an_age_is_an_apposition():
    text = (
        "Dravenia's intelligence agency, which has claimed similar attacks in the past, "
        "declined to comment. Maria Szabo, 61, told the court that she recognised Brandt."
    )
    assert speakers(text) == [("she recognised Brandt", "Maria Szabo")]


def test_the_acronym_who_speaks_and_a_title_may_sit_inside_a_quoted_speakers_name():
    text = (
        '"The speed of this outbreak is alarming," WHO Director-General Dr. Amara Keita told '
        "reporters in Geneva. WHO said it expected cases to keep rising."
    )
    found = suggest_claims(text, WITH_ACRONYMS)
    assert [(s.source_name, s.source_id) for s in found] == [
        ("Amara Keita", None),
        ("World Health Organization", 1),
    ]


def test_claiming_responsibility_keeps_its_verb_in_the_body_and_the_headline():
    text = (
        "Fuel depot ablaze in Velsk; militia claims responsibility\n\n"
        "A militia calling itself the Free Velsk Battalion claimed responsibility for the "
        "attack in a video posted on its channel."
    )
    found = speakers(text)
    assert found[0] == ("claims responsibility", "Free Velsk Battalion")
    assert found[1][0].startswith("claimed responsibility for the attack")


def test_a_commander_known_by_a_name_is_that_name():
    text = (
        '"We will strike again," the battalion\'s commander, who uses the name Grey, said in '
        "the video."
    )
    assert speakers(text) == [("We will strike again", "Grey")]


def test_a_neighbour_of_a_named_person_is_never_that_person():
    text = "A neighbour of murdered teacher Elise Varga told a jury that she saw the defendant."
    assert speakers(text)[0][1] != "Elise Varga"


def test_a_surnames_full_name_is_looked_for_in_a_bounded_window(monkeypatch):
    """Each lookup reads at most FULL_NAME_WINDOW characters, so an article of many names
    stays linear: a full name named further back is not found."""
    from claims.suggest import speakers as resolution

    text = (
        "Former Gov. Ellen Harmon toured three counties.\n\n"
        + "The weather was mild and the roads were clear. " * 40
        + '\n\n"People out here have been written off," Harmon said.'
    )
    assert speakers(text)[0][1] == "Ellen Harmon"
    monkeypatch.setattr(resolution, "FULL_NAME_WINDOW", 1000)
    assert speakers(text)[0][1] == "Harmon"


# Batch 9 of the dev articles (contracts-probe, nominee-hearing, glacier-report, ceo-interview).


def test_an_audit_is_its_bodys_and_the_audit_says_what_it_found():
    text = (
        "Contractor overbilled navy, audit finds\n\n"
        "An internal navy audit found that Halden Marine overcharged the navy by $3 million for "
        "engine parts, according to a copy obtained by the Courier.\n\n"
        "The audit, completed in March, says prices were raised every year without review."
    )
    found = speakers(text)
    assert [name for _, name in found] == ["navy", "navy", "navy"]
    assert found[1][0].startswith("Halden Marine overcharged the navy")
    assert found[2][0] == "prices were raised every year without review"


def test_a_report_released_on_a_day_by_a_body_is_that_bodys():
    text = (
        "A report released on Thursday by the Federal Audit Bureau said the agency had lost "
        "track of 400 vehicles.\n\nThe report says the losses began in 2021."
    )
    assert [name for _, name in speakers(text)] == ["Federal Audit Bureau"] * 2


@pytest.mark.parametrize("verb", ["replied", "retorted", "testified", "contended"])
def test_replies_and_testimony_are_cues(verb):
    text = f"Sen. Ada Moss {verb} that the figures had been checked twice."
    assert speakers(text) == [("the figures had been checked twice", "Ada Moss")]


def test_questioning_a_figure_keeps_the_verb():
    text = "Hotel owners questioned the ministry's visitor numbers for the summer."
    assert speakers(text)[0][0] == "questioned the ministry's visitor numbers for the summer"


def test_an_anonymous_official_of_a_registered_body_is_never_the_body():
    registry = SourceIndex([KnownSource(1, "White House", "government", ())])
    text = (
        "A White House official, who asked not to be named, said a vote was expected before "
        "the recess."
    )
    (found,) = suggest_claims(text, registry)
    assert (found.source_id, found.source_kind) == (None, "unnamed")


def test_a_bodys_first_word_is_the_body_named_in_full_before():
    text = (
        "Inspectors found that Castor Defence Systems had overcharged the army.\n\n"
        "Castor said in a statement that its prices were fair."
    )
    assert speakers(text)[-1] == ("its prices were fair", "Castor Defence Systems")


def test_a_month_between_commas_is_never_the_speaker():
    text = "The review, completed in September, says the scheme ran over budget by a third."
    assert speakers(text)[0][1] != "September"


def test_a_headline_chief_or_nominee_is_the_person_the_lede_names():
    text = (
        "Carmaker's chief says electric push will not cost jobs\n\n"
        "The chief executive of Nordwagen, Elsa Lindqvist, said on Tuesday that no plant "
        "would close."
    )
    assert [name for _, name in speakers(text)] == ["Elsa Lindqvist"] * 2


# Batch 10 (budget-vote, refinery-blast, sanctions-row, school-shooting-trial).


def test_a_dateline_is_never_part_of_the_claim():
    text = (
        "PORT ARDEN, Texas — An explosion at the refinery injured 14 workers on Sunday, "
        "officials said."
    )
    assert speakers(text) == [
        ("An explosion at the refinery injured 14 workers on Sunday", "officials")
    ]


def test_an_initialism_does_not_end_the_sentence_or_the_name():
    text = "The U.S. Chemical Safety Board said it was sending a team to the site."
    (found,) = suggest_claims(text, REGISTRY)
    assert (found.source_name, found.source_kind) == ("U.S. Chemical Safety Board", "government")


def test_a_partial_quote_then_he_told_an_outlet():
    text = (
        'Dmitry Peskov dismissed the sanctions. Russia would "take the necessary measures," '
        "he told the state news agency RIA."
    )
    assert speakers(text)[1] == ('Russia would "take the necessary measures,"', "Dmitry Peskov")


def test_a_headline_that_tells_a_jury_and_ends_in_a_quote():
    text = (
        'Father of gunman tells jury he "never saw the signs"\n\n'
        "Richard Dorsey told jurors on Wednesday that he had no idea of his son's plans."
    )
    assert speakers(text)[0] == ('he "never saw the signs"', "Richard Dorsey")


def test_a_clause_is_never_a_speaker():
    text = "Dorsey is charged with manslaughter, accused of giving his son access to the gun."
    assert speakers(text) == []


def test_a_trailing_attribution_outranks_a_cue_inside_it():
    text = "Hungary has signalled it could block the package, two diplomats said."
    assert speakers(text) == [("Hungary has signalled it could block the package", "two diplomats")]


def test_a_document_seen_by_reporters_is_the_source_when_no_one_else_is():
    text = (
        "The package would add about 80 vessels to the list, according to a draft seen by "
        "reporters."
    )
    (found,) = suggest_claims(text, REGISTRY)
    assert (found.source_name, found.source_kind) == ("a draft seen by reporters", "unnamed")


def test_a_call_after_another_act_keeps_its_verb():
    text = (
        "The president welcomed the proposal in his address and urged the EU to seize frozen "
        "assets."
    )
    assert speakers(text) == [("urged the EU to seize frozen assets", "president")]


def test_she_said_but_ends_the_claim():
    text = (
        "Fire Chief Dana Whitlock spoke at noon. Crews had the fire under control by noon, she "
        "said, but an order to stay indoors stayed in effect."
    )
    assert speakers(text)[-1] == ("Crews had the fire under control by noon", "Dana Whitlock")


@pytest.mark.parametrize(
    "text, passage",
    [
        ("Commuter groups warned of chaos on the roads.", "warned of chaos on the roads"),
        ("Conservative senators signaled they might delay a vote.", "they might delay a vote"),
    ],
)
def test_warning_of_keeps_its_verb_and_signalling_is_a_cue(text, passage):
    assert speakers(text)[0][0] == passage


# Batch 11 (immigration-raid, bridge-collapse, vaccine-policy, port-strike-asia).


def test_a_department_of_x_is_one_name():
    text = (
        "Agents detained 40 workers on Thursday, according to the Department of Homeland Security."
    )
    (found,) = suggest_claims(text, REGISTRY)
    assert (found.source_name, found.source_kind) == (
        "Department of Homeland Security",
        "government",
    )


def test_reports_released_by_a_department_are_its():
    text = (
        "Inspectors found cracks in the bridge eight months before it collapsed, according to "
        "inspection reports released on Monday by the state transportation department."
    )
    assert speakers(text)[0][1] == "state transportation department"


def test_a_comma_and_as_inside_a_quotation_stay_in_the_claim():
    text = 'Kessler said it would review "every schedule, as any responsible panel should."'
    assert (
        speakers(text)[0][0] == 'it would review "every schedule, as any responsible panel should."'
    )


# Batch 12 (grid-strikes-live, hospital-feature, chipmaker-release, privacy-ruling).


def test_a_spokesperson_for_a_department_of_x_speaks_for_the_whole_name():
    text = (
        "A spokesperson for the Department of Health said the government was committed to the "
        "workforce and pointed to a pay rise agreed in the spring."
    )
    assert speakers(text) == [
        ("the government was committed to the workforce", "Department of Health")
    ]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'Gerald Finch, 78, who spent five days on the ward, said the nurses had been "kind".',
            "Gerald Finch",
        ),
        (
            '"You stop eating. You just keep moving," said a nurse who has worked at St. '
            "Bride's for nine years.",
            "a nurse",
        ),
        (
            "Demand has grown faster than staff, said the college's general secretary, Nicola "
            "Ranger, in a speech last month.",
            "Nicola Ranger",
        ),
        ("Demand has grown faster than staff, said Nicola Ranger.", "Nicola Ranger"),
    ],
)
def test_an_age_a_relative_clause_or_an_apposition_around_the_speaker(text, name):
    assert speakers(text)[0][1] == name


def test_it_added_but_warned_that_is_a_second_claim():
    text = (
        "The energy ministry said power had been cut to 200,000 homes. Engineers were working "
        "to restore supplies, it added, but warned that outages could last into the weekend."
    )
    assert [s for s, _ in speakers(text)][1:] == [
        "Engineers were working to restore supplies",
        "outages could last into the weekend",
    ]


def test_an_assessment_in_an_update_is_the_ministrys_and_so_is_the_update():
    text = (
        "Britain's Ministry of Defence, in its daily intelligence update, assessed that Russia "
        "was stockpiling missiles. The update said Moscow had used a similar pattern last winter."
    )
    assert speakers(text) == [
        ("Russia was stockpiling missiles", "UK Ministry of Defence"),
        ("Moscow had used a similar pattern last winter", "UK Ministry of Defence"),
    ]


def test_in_a_move_the_company_said_would_is_a_second_claim():
    text = (
        "Solvane Technologies announced that it would build a factory near Columbus, in a move "
        "the company said would create about 2,000 jobs."
    )
    assert [s for s, _ in speakers(text)] == [
        "it would build a factory near Columbus",
        "would create about 2,000 jobs",
    ]


# Batch 13 (border-raid, debt-ceiling, sugar-study, bank-merger).


def test_a_registered_name_inside_a_relative_clause_is_never_the_speaker():
    text = (
        "A group of Russian fighters who oppose the Kremlin said its members had crossed the "
        "border.\n\nThe group, which calls itself the Siberian Battalion, posted a video. It said "
        "two soldiers had been captured."
    )
    assert speakers(text) == [
        ("its members had crossed the border", "Siberian Battalion"),
        ("two soldiers had been captured", "Siberian Battalion"),
    ]


def test_he_is_the_person_a_role_named_though_they_had_not_spoken():
    text = (
        "Regional governor Alexei Smirnov told residents to stay in their homes. He said one "
        "civilian had been wounded by shrapnel."
    )
    assert speakers(text) == [("one civilian had been wounded by shrapnel", "Alexei Smirnov")]


@pytest.mark.parametrize("participle", ["saying", "adding that"])
def test_denied_then_a_participle_is_two_claims(participle):
    text = (
        f"Ukrainian officials have denied any role in the raids, {participle} the fighters are "
        "Russian citizens."
    )
    assert [s for s, _ in speakers(text)] == [
        "denied any role in the raids",
        "the fighters are Russian citizens",
    ]


def test_a_study_is_its_lead_authors_hospital_not_the_next_body_that_speaks():
    text = (
        "Sugary drinks linked to liver disease, study finds\n\n"
        "Women who drink sugary drinks daily are more likely to develop liver cancer, according "
        "to a study published on Tuesday in the journal JAMA.\n\n"
        '"We cannot say that sugary drinks cause liver cancer," said the lead author, Dr. '
        "Longgang Zhao of Brigham and Women's Hospital in Boston.\n\n"
        "Outside experts urged caution. Tom Sanders, a professor at King's College London, said "
        "the drinkers may differ in other ways."
    )
    names = [name for _, name in speakers(text)]
    assert names[:2] == ["Brigham and Women's Hospital", "Brigham and Women's Hospital"]


def test_a_description_by_its_owner_is_renamed_to_the_body_named_next():
    text = (
        "Britain's competition watchdog said it would open an investigation into Hallam Bank's "
        "takeover of Crestway.\n\nThe Competition and Markets Authority said its review had "
        "found the lenders would hold 40 percent of the market. Hallam said it was "
        '"disappointed" by the decision.'
    )
    assert [name for _, name in speakers(text)] == [
        "Competition and Markets Authority",
        "Competition and Markets Authority",
        "Hallam Bank",
    ]


@pytest.mark.parametrize(
    "text, passages",
    [
        (
            "Speaker Mark Holloway said the bill would end blank checks and predicted it would "
            "pass next week.",
            ["the bill would end blank checks", "it would pass next week"],
        ),
        (
            "Analysts at Barclay Hart said they expected the bank to sell about 30 branches, which "
            "they said would be a small price for the deal.",
            [
                "they expected the bank to sell about 30 branches",
                "would be a small price for the deal",
            ],
        ),
        (
            "Treasury Secretary Janet Morrow warned in a letter to congressional leaders that the "
            "government could run out of money by June.",
            ["the government could run out of money by June"],
        ),
        (
            "The watchdog said it would open an investigation, citing concerns that rates could "
            "rise.",
            ["it would open an investigation"],
        ),
    ],
)
def test_second_claims_and_what_is_not_the_claim(text, passages):
    assert [s for s, _ in speakers(text)] == passages


def test_its_organiser_then_a_name_and_a_description_is_the_name():
    text = (
        '"The regulator has confirmed what we said all along," said its organiser, Derek Cole, '
        "a retired teacher from Leeds."
    )
    assert speakers(text)[0][1] == "Derek Cole"


def test_a_headline_of_two_clauses_is_two_headlines():
    text = (
        "Fighters claim raid into Kursk region; Moscow says attack repelled\n\n"
        "The fighting went on through the night."
    )
    assert [s for s, _ in speakers(text)] == ["raid into Kursk region", "attack repelled"]


# Batch 14 (quake-live, cup-final, ai-rules, extradition).


@pytest.mark.parametrize(
    "text, passages",
    [
        (
            "Tech companies have urged the EU to delay the rules, arguing that the requirements "
            "are unclear.",
            ["urged the EU to delay the rules", "the requirements are unclear"],
        ),
        (
            'Sean Doyle accused the referee of "ruining the final" after a late penalty handed '
            "Rovers the win.",
            ['accused the referee of "ruining the final"'],
        ),
        (
            "The European Union has activated its civil protection mechanism, the European "
            "Commission said, and Greece has offered rescue teams.",
            ["The European Union has activated its civil protection mechanism"],
        ),
        (
            "The industry association asked for a two-year grace period.",
            ["asked for a two-year grace period"],
        ),
    ],
)
def test_what_follows_the_claim_and_a_request(text, passages):
    assert [s for s, _ in speakers(text)] == passages


CLUBS = SourceIndex([KnownSource(1, "Kingsbridge United", "organisation", ("Kingsbridge",))])


def test_a_registered_body_s_boss_in_a_headline_is_the_person_the_lede_names():
    text = (
        'Kingsbridge boss says referee "cost us the cup"\n\n'
        'Kingsbridge United manager Sean Doyle accused the referee of "ruining the final".'
    )
    assert speakers(text, CLUBS)[0] == ('referee "cost us the cup"', "Sean Doyle")


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Former referee Mark Halsey, now a television pundit, said the decision was soft.",
            "Mark Halsey",
        ),
        ("Residents in the town of Dogansehir complained that help had been slow.", None),
        (
            "His barrister, James Okafor KC, told the court his client suffered from a heart "
            "condition.",
            "James Okafor",
        ),
    ],
)
def test_who_an_apposition_or_a_place_leaves_as_the_speaker(text, name):
    expected = name or "Residents in the town of Dogansehir"
    assert speakers(text)[0][1] == expected


def test_the_club_is_the_registered_club_named_last():
    text = (
        "The Premier League said it would review the protocol. Kingsbridge fans booed the "
        "officials. The club said it would write to the Football Association."
    )
    assert speakers(text, CLUBS)[-1] == (
        "it would write to the Football Association",
        "Kingsbridge United",
    )


def test_a_lobby_group_ending_in_a_list_is_the_group_named_next():
    text = (
        "In a letter on Monday, a lobby group representing companies including Google, Meta and "
        'Microsoft said the draft went "far beyond" the law. The Computer and Communications '
        "Industry Association asked for a delay."
    )
    assert speakers(text)[0][1] == "Computer and Communications Industry Association"


# Described people named in the next paragraph (murder-trial, school-shooting-trial,
# vaccine-policy: misses left by earlier batches).


def test_a_described_witness_is_the_person_named_next_and_so_is_the_headline():
    text = (
        "Witness tells court she saw defendant near victim's flat\n\n"
        "A neighbour of murdered teacher Elise Varga told a jury on Tuesday that she saw the "
        "defendant outside the building.\n\n"
        'Maria Szabo, 61, told the court that she recognised him. "I saw his face clearly," '
        "she said."
    )
    names = [name for _, name in speakers(text)]
    assert names[:3] == ["Maria Szabo", "Maria Szabo", "Maria Szabo"]


def test_a_nurse_who_asked_not_to_be_named_is_never_renamed_to_the_next_speaker():
    text = (
        'Headline\n\n"We just keep moving," said a nurse who has worked there for nine years and '
        "asked not to be named.\n\nThe hospital's chief executive, Martin Ayodele, said staffing "
        "had fallen short."
    )
    assert [name for _, name in speakers(text)] == ["a nurse", "Martin Ayodele"]


def test_breaking_down_as_he_described_is_not_the_claim():
    text = (
        "The father of a teenager who killed four classmates at Lakeview High School testified "
        "that he had no idea his son was planning an attack, breaking down as he described the "
        'morning.\n\n"I never saw the signs," Richard Dorsey, 48, told jurors.'
    )
    assert speakers(text)[0] == ("he had no idea his son was planning an attack", "Richard Dorsey")


def test_a_cue_word_used_as_a_noun_does_not_hide_the_cue_after_it():
    text = (
        "But an engineer who reviewed the reports for the Herald, Professor Lena Vogt of Eastern "
        'State University, said the cracks were "exactly the kind of damage that should set off '
        'alarms."'
    )
    assert speakers(text) == [
        ('the cracks were "exactly the kind of damage that should set off alarms."', "Lena Vogt")
    ]


def test_his_son_is_not_he():
    text = (
        "Prosecutor Helen Brandt told the jury that the father had ignored warnings. Brandt "
        "asked Dorsey whether he had read a note his son wrote in class two days before the "
        "shooting."
    )
    assert speakers(text) == [("the father had ignored warnings", "Helen Brandt")]


# Batch 15 (rate-decision, police-shooting, cholera-outbreak, coalition-talks).


def test_a_headline_whose_subject_did_something_first_then_signals():
    text = (
        "Central bank holds rates, signals cuts may come in spring\n\n"
        "The Bank of Norland kept its main rate at 4.25 percent on Thursday. In a statement, the "
        "bank said price growth had slowed to 2.9 percent."
    )
    assert speakers(text) == [
        ("cuts may come in spring", "Bank of Norland"),
        ("price growth had slowed to 2.9 percent", "Bank of Norland"),
    ]


def test_a_long_speaker_the_parse_reads_as_one_noun_phrase():
    text = (
        "The family of a 34-year-old man shot dead by police in his apartment on Sunday night "
        "said he had been having a mental health crisis."
    )
    assert speakers(text) == [
        ("he had been having a mental health crisis", "family of a 34-year-old man")
    ]


def test_police_said_is_the_police_department_the_claim_named():
    text = (
        "Officers from the Riverton Police Department were called to the building shortly "
        "after 10 p.m., police said in a brief statement."
    )
    assert speakers(text)[0][1] == "Riverton Police Department"


def test_the_charity_is_the_one_named_after_the_last_body_spoke():
    text = (
        "Cholera spreads in camps\n\nThe WHO said 1,240 cases had been recorded.\n\n"
        '"We have one latrine for every 200 people," said Fatima Bello, who runs a clinic for '
        "Doctors Without Borders. The charity said it had run out of intravenous fluids."
    )
    registry = SourceIndex(
        [
            KnownSource(1, "World Health Organization", "organisation", ("WHO",)),
            KnownSource(2, "Doctors Without Borders", "organisation", ()),
        ]
    )
    assert [name for _, name in speakers(text, registry)] == [
        "World Health Organization",
        "Fatima Bello",  # not the charity she works for
        "Doctors Without Borders",
    ]


@pytest.mark.parametrize(
    "text, passages",
    [
        (
            "The Liberal Union pulled out of the talks on Tuesday, accusing its partner of "
            '"bad faith" over immigration and raising the prospect of a second election.',
            ['accusing its partner of "bad faith" over immigration'],
        ),
        (
            "UNICEF warned that 80,000 children were at risk and appealed for $12 million.",
            ["80,000 children were at risk", "appealed for $12 million"],
        ),
        (
            "Markets now price in two cuts, according to Lars Hovland, chief economist at Fjord "
            'Securities, who said the tone was "noticeably softer" than in September.',
            ["Markets now price in two cuts", 'the tone was "noticeably softer" than in September'],
        ),
        (
            "Finance Minister Erik Dahl welcomed the signal. Lower rates would give relief to "
            "households, he was quoted as saying by the state broadcaster NRB.",
            ["Lower rates would give relief to households"],
        ),
        (
            "Most of those who died were children under five, according to the agency's country "
            "representative, Dr. Amara Diallo.",
            ["Most of those who died were children under five"],
        ),
    ],
)
def test_more_claim_shapes_of_wire_copy(text, passages):
    assert [s for s, _ in speakers(text)] == passages


def test_the_country_representative_named_after_according_to_is_the_speaker():
    text = (
        "Most of those who died were children under five, according to the agency's country "
        "representative, Dr. Amara Diallo."
    )
    assert speakers(text)[0][1] == "Amara Diallo"


# Batch 16 (gaza-strike, earnings-call, climate-report, housing-vote).


def test_the_report_and_its_authors_are_the_body_that_published_it():
    text = (
        "The ten years to 2025 were the hottest on record, the World Meteorological "
        "Organization said in a report released on Wednesday. The report found that sea levels "
        "had risen twice as fast. The authors warned that the 1.5C limit would be passed."
    )
    assert [name for _, name in speakers(text)] == ["World Meteorological Organization"] * 3


def test_cautioned_against_keeps_its_verb():
    text = "Some scientists cautioned against reading too much into single years."
    assert speakers(text)[0][0] == "cautioned against reading too much into single years"


def test_a_plan_supporters_say_will_is_the_supporters_claim_not_the_opponents():
    text = (
        "The council voted to allow taller buildings, a plan supporters say will ease the "
        "housing shortage and opponents call a giveaway to developers."
    )
    assert speakers(text) == [("will ease the housing shortage", "supporters")]


def test_a_name_of_the_form_x_for_y_is_one_name():
    text = (
        "A coalition of housing advocates praised the vote. The group, Homes for Marston, said "
        "the council had chosen the future."
    )
    assert speakers(text)[0][1] == "Homes for Marston"


# Batch 17 (mine-inquiry, drone-attack-live, drug-pricing, wildlife-trade).


def test_a_quotation_of_several_sentences_and_paragraphs_stays_the_speakers():
    text = (
        "Outside the hearing, Sian Evans said she wanted answers.\n\n"
        '"He phoned me at lunchtime and said the water was coming in," she said. "He laughed '
        "about it. He said they'd be fine.\n\n"
        '"They weren\'t fine."'
    )
    assert speakers(text)[1:] == [
        ("He phoned me at lunchtime and said the water was coming in", "Sian Evans"),
        ("He laughed about it. He said they'd be fine", "Sian Evans"),
        ("They weren't fine", "Sian Evans"),
    ]


@pytest.mark.parametrize(
    "text, passage, name",
    [
        (
            'Counsel Alys Morgan told the hearing: "These were not vague worries, they were '
            'written warnings."',
            "These were not vague worries, they were written warnings",
            "Alys Morgan",
        ),
        (
            'The industry, said Merith Basey of Patients for Affordable Drugs, "will do anything '
            'to protect its profits."',
            "will do anything to protect its profits",
            "Merith Basey",
        ),
        (
            'As one investigator put it: "For every container we open, several get through."',
            "For every container we open, several get through",
            "one investigator",
        ),
        (
            'One of the suits calls the program "extortion."',
            'the program "extortion."',
            "One of the suits",
        ),
    ],
)
def test_quotations_introduced_by_a_colon_a_parenthesis_or_put_it(text, passage, name):
    assert speakers(text) == [(passage, name)]


def test_a_habit_is_not_a_claim_but_the_clause_after_but_is():
    text = (
        "Kyiv rarely confirms strikes inside Russia, but Ukrainian media, citing intelligence "
        "sources, said the depot supplied fuel to Russian forces."
    )
    assert speakers(text) == [
        ("the depot supplied fuel to Russian forces", "Ukrainian media"),
    ]


def test_a_live_blog_label_and_a_lone_governor_in_a_headline():
    text = (
        "Ukraine war live: drones hit oil depot in Bryansk region, governor says\n\n"
        "A fire broke out at an oil depot after a drone attack, the regional governor, Alexander "
        "Bogomaz, said on Telegram."
    )
    assert speakers(text)[0] == ("drones hit oil depot in Bryansk region", "Alexander Bogomaz")


def test_a_public_inquiry_is_never_renamed_to_the_next_organisation_quoted():
    text = (
        "A mining company ignored warnings that its workings could flood, a public inquiry into "
        "the deaths of four miners heard on Monday.\n\n"
        "The company, Caerwyn Colliery Ltd, has said it followed all safety rules."
    )
    assert speakers(text)[0][1] == "a public inquiry into the deaths of four miners"


def test_a_wildlife_monitoring_group_is_the_group_named_next():
    text = (
        "Customs officers seized a record 42 tonnes of pangolin scales last year, a wildlife "
        "monitoring group reported on Thursday.\n\n"
        "The group, TRAFFIC, said in its annual report that the seizures were equivalent to "
        "80,000 animals."
    )
    assert [name for _, name in speakers(text)] == ["TRAFFIC", "TRAFFIC"]


# Batch 18 (cloud-outage, museum-return, runway-incident, transfer-saga).


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Headline\n\nA failure at cloud provider Stratus Cloud disrupted banks' websites on "
            "Wednesday, the company said.",
            "Stratus Cloud",
        ),
        (
            "A jet crossed a runway, the National Transportation Safety Board said. The NTSB said "
            "it was investigating the controller's instructions.",
            "National Transportation Safety Board",
        ),
        (
            "The Hartwell Museum in London said on Monday that it would return 12 bronze "
            "sculptures.",
            "Hartwell Museum",
        ),
        (
            "Skyline Airways said it had cancelled 40 flights. At Frankfurt airport, a spokesperson "
            "said queues had cleared by midday.",
            "Frankfurt airport",
        ),
    ],
)
def test_who_the_company_an_acronym_a_located_body_and_a_spokesperson_are(text, name):
    assert speakers(text)[-1][1] == name


def test_stratus_alone_is_the_cloud_provider_named_in_full():
    text = (
        "Headline\n\nA failure at cloud provider Stratus Cloud disrupted websites, the company "
        "said. Stratus said in a blog post that a software update was to blame."
    )
    assert [name for _, name in speakers(text)] == ["Stratus Cloud", "Stratus Cloud"]


@pytest.mark.parametrize(
    "text, passages",
    [
        (
            "Albion Rovers have rejected a second offer for striker Daniel Okoro, the club "
            "confirmed on Thursday, insisting the 23-year-old is not for sale.",
            ["rejected a second offer for striker Daniel Okoro", "the 23-year-old is not for sale"],
        ),
        (
            "The museum said it would return 12 bronze sculptures, becoming the latest European "
            "institution to give back artefacts.",
            ["it would return 12 bronze sculptures"],
        ),
        (
            "The club's sporting director, Jonas Berg, has said publicly that the team needs a new "
            "striker.",
            ["the team needs a new striker"],
        ),
    ],
)
def test_a_repeated_attribution_context_and_an_adverb_are_not_the_claim(text, passages):
    assert [s for s, _ in speakers(text)] == passages


def test_a_question_in_quotes_then_its_speaker_is_one_sentence():
    text = (
        "Rovers manager Paul Ferris said Okoro was happy. \"He's our best player. Why would we "
        'sell him now?" Ferris said.'
    )
    assert speakers(text)[-1] == ("He's our best player. Why would we sell him now", "Paul Ferris")


def test_those_people_are_the_people_quoted_before():
    text = (
        "The bid was worth about £45 million, according to people with knowledge of the talks. "
        "Rovers value the striker at more than £60 million, those people said."
    )
    assert [name for _, name in speakers(text)] == ["people with knowledge of the talks"] * 2


# Batch 19 (exit-polls, summit-statement, fraud-arrest, mars-sample).


def test_the_electoral_commission_is_never_the_registered_commission():
    registry = SourceIndex(
        [KnownSource(1, "European Commission", "government", ("the Commission", "Brussels"))]
    )
    text = "Turnout was 71 percent, the highest in two decades, the electoral commission said."
    ((_, name),) = speakers(text, registry)
    assert name == "electoral commission"
    assert registry.match("the Commission").name == "European Commission"


@pytest.mark.parametrize(
    "text, passage, name",
    [
        (
            "Mohamed Adow, director of the think tank Power Shift Africa, said loans risked adding "
            "to the debt of poor countries.",
            "loans risked adding to the debt of poor countries",
            "Mohamed Adow",
        ),
        (
            'The findings are "the clearest sign of life we have found on Mars," NASA\'s acting '
            "administrator, Sean Duffy, told a news conference.",
            'The findings are "the clearest sign of life we have found on Mars',
            "Sean Duffy",
        ),
        (
            '"Mr. Lamb preyed on people who trusted him," U.S. Attorney Phillip Talbert said.',
            "Mr. Lamb preyed on people who trusted him",
            "Phillip Talbert",
        ),
        (
            "Civic Platform leader Marta Lind ruled out joining a government led by Vesk.",
            "ruled out joining a government led by Vesk",
            "Marta Lind",
        ),
    ],
)
def test_a_role_apposition_a_partial_quote_an_initialism_and_ruled_out(text, passage, name):
    found, speaker = speakers(text)[0]
    assert (found.rstrip(',"'), speaker) == (passage, name)


def test_an_acronym_in_a_headline_is_not_renamed_to_the_ledes_scientists():
    text = (
        "NASA says rock sample may hold signs of ancient life\n\n"
        "A rock collected by the rover contains patterns that could have been made by microbes, "
        "scientists said on Wednesday."
    )
    assert [name for _, name in speakers(text)] == ["NASA", "scientists"]


def test_exit_polls_published_after_voting_are_exit_polls():
    text = (
        "The governing party is on course to lose its majority, according to exit polls "
        "published after voting ended on Sunday."
    )
    assert speakers(text)[0][1] == "exit polls"


# Batch 20 (heat-deaths, ceasefire-talks).


def test_one_of_the_people_is_the_people_quoted_before():
    text = (
        "Talks stalled after the army refused to sign a draft, two people familiar with the "
        "negotiations said. The army objected to a clause on monitors, one of the people said."
    )
    assert [name for _, name in speakers(text)] == ["two people familiar with the negotiations"] * 2


def test_a_study_by_a_body_released_last_month_found():
    text = (
        "A study by the Spanish Meteorological Agency, released last month, found that the "
        "number of days above 40C had doubled since the 1980s."
    )
    assert speakers(text) == [
        (
            "the number of days above 40C had doubled since the 1980s",
            "Spanish Meteorological Agency",
        )
    ]


# Batch 21 (famine-warning, fed-hearing, data-leak, kharkiv-strike).

WITH_COMMISSION = SourceIndex(
    [KnownSource(1, "European Commission", "government", ("the Commission", "Brussels"))]
)


def test_a_body_whose_name_ends_in_a_registered_word_is_not_that_body():
    text = "The Data Protection Commission said it had opened an investigation."
    (found,) = suggest_claims(text, WITH_COMMISSION)
    assert (found.source_name, found.source_id) == ("Data Protection Commission", None)
    (found,) = suggest_claims(
        "The Commission said it had opened an investigation.", WITH_COMMISSION
    )
    assert found.source_id == 1


def test_the_short_name_an_article_gives_a_body_is_that_body():
    text = (
        "The Integrated Food Security Phase Classification, or IPC, said famine was under way. "
        "The IPC said a further 17 areas were at risk."
    )
    assert [name for _, name in speakers(text)] == [
        "Integrated Food Security Phase Classification"
    ] * 2


def test_a_described_monitor_is_the_body_named_next_not_a_registered_one():
    text = (
        "Famine has spread to two more areas, a UN-backed hunger monitor said on Tuesday.\n\n"
        "The Integrated Food Security Phase Classification said a further 17 areas were at risk."
        '\n\n"These are children," said Catherine Russell, UNICEF\'s executive director.'
    )
    registry = SourceIndex([KnownSource(1, "UNICEF", "organisation", ("UN children's agency",))])
    assert [name for _, name in speakers(text, registry)][:2] == [
        "Integrated Food Security Phase Classification"
    ] * 2


def test_a_body_speaking_through_its_press_office_is_the_body():
    text = (
        "The Sudanese army rejected the findings. Its information office said the report "
        "relied on outdated data."
    )
    assert [name for _, name in speakers(text)] == ["Sudanese army"] * 2


def test_the_group_is_the_name_its_description_stood_beside():
    text = (
        "Aid agencies said convoys were held up. The Rapid Support Forces, the paramilitary group "
        "fighting the army, did not respond. The group has previously denied blocking aid convoys."
    )
    found = suggest_claims(text, REGISTRY)[-1]
    assert (found.text, found.source_name, found.source_kind) == (
        "denied blocking aid convoys",
        "Rapid Support Forces",
        "group",
    )


def test_in_what_others_called_is_their_claim():
    text = (
        "Veranet said hackers had stolen the data of 9 million customers, in what regulators "
        "called one of the largest data breaches in the country's history."
    )
    assert speakers(text) == [
        ("hackers had stolen the data of 9 million customers", "Veranet"),
        ("one of the largest data breaches in the country's history", "regulators"),
    ]


def test_what_it_said_was_is_the_speakers_second_claim():
    text = (
        "A group calling itself ShadowPort claimed responsibility for the attack and posted "
        "what it said was a sample of the stolen data."
    )
    assert speakers(text) == [
        ("claimed responsibility for the attack", "ShadowPort"),
        ("a sample of the stolen data", "ShadowPort"),
    ]


def test_a_second_speaker_after_and_is_their_own_claim():
    text = (
        "The White House has argued that lower rates would help home buyers, and Press "
        "Secretary Dana Whitfield said on Thursday that the president has full confidence in him."
    )
    assert speakers(text) == [
        ("lower rates would help home buyers", "White House"),
        ("the president has full confidence in him", "Dana Whitfield"),
    ]


def test_as_a_capital_claimed_is_a_second_claim_and_the_dateline_is_no_part_of_the_first():
    text = (
        "KYIV, Ukraine (AP) — A missile strike on Kharkiv killed four people, regional officials "
        "said, as Moscow claimed it had destroyed a depot storing Western weapons."
    )
    assert speakers(text) == [
        ("A missile strike on Kharkiv killed four people", "regional officials"),
        ("it had destroyed a depot storing Western weapons", "Moscow"),
    ]


def test_a_participle_after_a_closed_quotation_is_the_reporters_gloss():
    text = (
        'Dmitry Peskov told reporters that Russia "does not strike civilian targets," repeating '
        "a line officials use after almost every attack."
    )
    assert speakers(text) == [('Russia "does not strike civilian targets,"', "Dmitry Peskov")]


@pytest.mark.parametrize(
    "text",
    [
        'Sen. Jane Holt was not persuaded. "This is the wrong man," the Ohio Republican said.',
        "Rep. Jane Holt questioned the nominee. The Ohio lawmaker said the agency had failed.",
    ],
)
def test_a_described_legislator_is_the_person_just_named(text):
    assert speakers(text)[-1][1] == "Jane Holt"


def test_called_someone_with_a_title_something():
    text = 'Sen. Tim Scott called Mr. Delaney "exceptionally qualified" and said a vote was near.'
    assert speakers(text) == [
        ('Mr. Delaney "exceptionally qualified"', "Tim Scott"),
        ("a vote was near", "Tim Scott"),
    ]


def test_a_survey_of_people_by_a_body_published_last_week_found():
    text = (
        "A survey of 40 economists by the National Association for Business Economics, "
        "published last week, found that most expected rates to fall."
    )
    assert speakers(text) == [
        ("most expected rates to fall", "National Association for Business Economics")
    ]


def test_a_headlines_country_is_not_its_air_force_nor_the_ledes_officials():
    text = (
        "Missile strike on Kharkiv kills four, Ukraine says\n\n"
        "A missile strike in northeastern Ukraine killed four people, regional officials said."
        "\n\n"
        "Ukraine's air force said two ballistic missiles were fired at the city."
    )
    registry = SourceIndex(
        [KnownSource(1, "Ukrainian Air Force", "government", ("Ukraine's air force",))]
    )
    assert [name for _, name in speakers(text, registry)] == [
        "Ukraine",
        "regional officials",
        "Ukrainian Air Force",
    ]


# Batch 22 (lebanon-strikes, verdict-appeal, cancer-drug, mayor-race).


def test_an_agencys_dateline_and_a_trailing_in_the_deadliest_day_are_not_the_claim():
    text = (
        "Strikes on Lebanon\n\n"
        "BEIRUT (Reuters) - Israeli air strikes killed nine people on Sunday, Lebanon's health "
        "ministry said, in the deadliest day since a ceasefire took effect last year."
    )
    assert speakers(text) == [
        ("Israeli air strikes killed nine people on Sunday", "Lebanon's health ministry")
    ]


def test_condemned_as_is_a_claim_with_its_verb_and_a_second_after_and_said():
    text = (
        'Prime Minister Nawaf Salam condemned the attacks as "a flagrant violation" of the '
        "ceasefire and said Beirut would file a complaint with the Security Council."
    )
    assert speakers(text) == [
        ('condemned the attacks as "a flagrant violation" of the ceasefire', "Nawaf Salam"),
        ("Beirut would file a complaint with the Security Council", "Nawaf Salam"),
    ]


def test_welcomed_but_warned_that_is_the_named_charitys_claim():
    text = (
        "Breast Cancer Now, a British charity, welcomed the findings but warned that new drugs "
        "were often priced out of reach of health systems."
    )
    (found,) = suggest_claims(text, REGISTRY)
    assert (found.text, found.source_name, found.source_kind) == (
        "new drugs were often priced out of reach of health systems",
        "Breast Cancer Now",
        "organisation",
    )


def test_results_from_a_trial_and_its_researchers_are_the_lead_authors_institution():
    text = (
        "A daily pill cut the risk of breast cancer returning by a third, according to results "
        "from a large international trial presented on Saturday at a conference in San Antonio. "
        "After three years, 8.1 percent of those taking the drug had relapsed, the researchers "
        'reported.\n\n"This is a big step," said Dr. Helen Marsh, an oncologist at the Royal '
        "Marsden Hospital in London who led the study."
    )
    assert [name for _, name in speakers(text)] == ["Royal Marsden Hospital"] * 2 + ["Helen Marsh"]


def test_a_spokesman_for_a_surname_speaks_for_the_person_named_in_full():
    text = (
        "Outgoing Mayor Diane Kerr has not endorsed either candidate. A spokesman for Kerr said "
        'she would "stay out of it."'
    )
    assert speakers(text)[-1][1] == "Diane Kerr"


def test_an_assistant_us_attorney_is_a_person_named_without_the_title():
    text = '"He treated it like his wallet," Assistant U.S. Attorney Karen Pruitt told jurors.'
    assert speakers(text) == [("He treated it like his wallet", "Karen Pruitt")]


def test_a_juries_verdict_in_a_headline_is_not_a_claim():
    text = "Jury finds former county treasurer guilty of embezzling $2.4 million\n\nBody."
    assert speakers(text) == []


def test_which_it_says_is_the_clauses_subject_not_a_body_sharing_its_first_word():
    text = (
        "The Israeli military said it had struck a depot. Residents said the strikes hit "
        "houses. Israel still holds five positions inside Lebanon, which it says are needed "
        "to protect northern towns."
    )
    registry = SourceIndex(
        [KnownSource(1, "Israel Defense Forces", "government", ("the Israeli military",))]
    )
    assert speakers(text, registry)[-1] == ("are needed to protect northern towns", "Israel")


def test_a_poll_its_findings_and_its_respondents_are_the_pollsters():
    text = (
        "Poll shows tight race for mayor as early voting begins\n\n"
        "Early voting opened on Monday.\n\n"
        "The survey, conducted by Eastbrook University for the Redmont Herald, found Luis Ortega "
        "with 41 percent and Angela Price with 38 percent. Nineteen percent said they were "
        "undecided."
    )
    assert speakers(text) == [
        ("tight race for mayor", "Eastbrook University"),
        ("Luis Ortega with 41 percent and Angela Price with 38 percent", "Eastbrook University"),
        ("they were undecided", "Eastbrook University"),
    ]


def test_figures_show_is_a_claim_of_the_figures():
    text = "Police department figures show violent crime rose 9 percent over the period, not 14."
    assert speakers(text) == [
        ("violent crime rose 9 percent over the period, not 14", "Police department")
    ]


def test_which_said_after_an_according_to_speaker_is_its_second_claim():
    text = (
        "Early voting begins\n\n"
        'Turnout was "steady," according to the county elections office, which said 8,300 '
        "people had voted by 5 p.m."
    )
    assert [s for s, _ in speakers(text)] == [
        'Turnout was "steady,"',
        "8,300 people had voted by 5 p.m.",
    ]


def test_what_an_opponent_calls_a_figure_is_not_the_promise_and_has_pledged_is_a_second():
    text = (
        "Luis Ortega has promised to build 10,000 homes in eight years, a figure his opponent calls "
        "unrealistic. Angela Price says crime rose 14 percent and has pledged to hire 300 "
        "more officers."
    )
    assert [s for s, _ in speakers(text)] == [
        "promised to build 10,000 homes in eight years",
        "crime rose 14 percent",
        "pledged to hire 300 more officers",
    ]


# Batch 23 (kashmir-live, supreme-ruling, ae-waits, nurses-walkout).


def test_a_bodys_data_and_the_figures_after_it_are_the_bodys():
    text = (
        "A&E waits worst on record for November, figures show\n\n"
        "More than 50,000 patients waited over 12 hours last month, according to NHS England "
        "data published on Thursday.\n\n"
        "The figures show that 71.1 percent of patients were seen within four hours."
    )
    assert [name for _, name in speakers(text)] == ["NHS England"] * 3


def test_a_spokesperson_after_a_body_spoke_in_the_paragraph_is_that_bodys():
    text = (
        "The Department of Health and Social Care said the government had inherited a broken "
        "NHS. A spokesperson said the number of people waiting had fallen for a third month."
    )
    assert [name for _, name in speakers(text)] == ["Department of Health and Social Care"] * 2


def test_a_description_then_the_and_a_name_is_the_name():
    text = 'Health think tank the King\'s Fund said the improvement was "welcome but fragile."'
    assert speakers(text)[0][1] == "King's Fund"


def test_a_short_form_in_brackets_is_not_part_of_the_name():
    text = (
        "In a statement, the Inter-Services Public Relations (ISPR), the army's media wing, said "
        "two posts had been destroyed."
    )
    assert speakers(text)[0][1] == "Inter-Services Public Relations"


def test_denies_and_says_are_two_claims():
    text = "Head\n\nIndia denies the claim and says its forces only returned fire."
    assert speakers(text) == [
        ("denies the claim", "India"),
        ("its forces only returned fire", "India"),
    ]


def test_his_spokesman_speaks_for_the_person_the_claim_names():
    text = (
        "Shelling on the border\n\n"
        '10:02 GMT – "We were in the bunker all night," Zubaida Bibi told AFP.\n\n'
        "10:30 GMT – The UN secretary general, António Guterres, has urged both countries to "
        "exercise restraint, his spokesman Stéphane Dujarric told reporters in New York."
    )
    found = suggest_claims(text, REGISTRY)[-1]
    assert found.text.startswith("The UN secretary general") and found.source_name == (
        "António Guterres"
    )


def test_a_title_without_a_name_is_the_holder_the_article_names_later():
    text = (
        "Border tensions live\n\n"
        'UN secretary general calls for "maximum restraint"\n\n'
        "08:12 GMT – Pakistan's military said Indian troops had fired mortars at three villages."
        "\n\n10:02 GMT – The UN secretary general, António Guterres, has urged both countries to "
        "exercise restraint, his spokesman told reporters."
    )
    assert speakers(text)[0] == ('for "maximum restraint"', "António Guterres")


# Batch 24 (lender-profit, chip-fab, fuel-tax, telescope-delay).


def test_a_dated_agency_dateline_is_not_the_speaker():
    text = (
        "Bank profit falls\n\n"
        "LONDON, Oct 24 (Reuters) - Carrow Bank reported an 18 percent drop in third-quarter "
        "profit on Thursday."
    )
    assert speakers(text)[0][1] == "Carrow Bank"


def test_said_in_a_statement_before_an_according_to_aside_is_the_speakers_claim():
    text = (
        "Results\n\n"
        "Carrow Bank reported a drop in profit. Pre-tax profit fell to £1.42 billion, the bank "
        "said in a statement, below the £1.55 billion analysts had expected, according to a "
        "company-compiled consensus."
    )
    assert speakers(text)[-1] == ("Pre-tax profit fell to £1.42 billion", "Carrow Bank")


def test_said_at_an_event_is_where_not_what():
    text = (
        "Chip plant\n\n"
        "The company expects the plant to employ about 3,000 people, chief executive Lena Marsh "
        "said at an event at the state capitol."
    )
    assert speakers(text) == [
        ("The company expects the plant to employ about 3,000 people", "Lena Marsh")
    ]


def test_a_person_with_two_appositions_speaks_for_themselves():
    text = (
        "Greg LeRoy, executive director of Good Jobs First, a group that tracks corporate "
        "subsidies, said the state was paying about $670,000 for each job."
    )
    assert speakers(text)[0][1] == "Greg LeRoy"


def test_outside_the_court_is_where_not_who():
    text = (
        "Outside the court, a representative of the trustees, Gillian Moss, said members had "
        "waited too long for answers."
    )
    assert speakers(text)[0][1] == "Gillian Moss"


def test_a_quotation_that_opens_with_that_keeps_it():
    text = 'Head\n\n"That is an extraordinary price," said Greg LeRoy, a researcher.'
    assert speakers(text) == [("That is an extraordinary price", "Greg LeRoy")]


def test_a_study_by_researchers_at_a_university_with_a_campus_found_that_when():
    text = (
        "Gas tax\n\n"
        "A 2022 study by researchers at the University of California, Berkeley found that when "
        "states suspended gas taxes, only about 70 percent of the cut reached consumers."
    )
    assert speakers(text) == [
        (
            "when states suspended gas taxes, only about 70 percent of the cut reached consumers",
            "University of California, Berkeley",
        )
    ]


def test_an_audit_carried_out_by_a_body_found():
    text = (
        "Audit\n\n"
        "The audit, carried out by the state comptroller's office, found that at least 140 "
        "transfers had been made without a second signature."
    )
    assert speakers(text)[0][1] == "state comptroller's office"


# Batch 25 (rail-fares, coach-sacked, interview-qa, obituary-scientist).


def test_quotations_in_single_marks_are_quotations_and_apostrophes_are_not():
    text = (
        "Fares to rise\n\n"
        "'The workers' union is wrong,' said Rachel Hart, the minister. 'The numbers add up.'"
    )
    found = suggest_claims(text, REGISTRY)
    assert [(s.text, s.source_name, s.type) for s in found] == [
        ("The workers' union is wrong", "Rachel Hart", "direct"),
        ("The numbers add up", "Rachel Hart", "direct"),
    ]


def test_a_bodys_statement_is_the_body():
    text = (
        "Recall\n\n"
        "Voltaro said on Monday it was recalling 40,000 cars. The company's statement said the "
        "fault could cause fires."
    )
    assert speakers(text)[-1] == ("the fault could cause fires", "Voltaro")


def test_but_declined_to_give_details_is_not_the_claim():
    text = "Head\n\nOfficials at the ministry told Reuters that the talks had stalled, but declined to give details."
    assert speakers(text)[0][0] == "the talks had stalled"


def test_a_club_named_after_its_town_and_its_spokesperson():
    text = (
        "Valencia sack coach\n\n"
        "Valencia have sacked head coach Ruben Baraja after ten games without a win, the club "
        "announced on Monday.\n\n"
        'Lim has rarely spoken publicly. A club spokesperson said the owner "remains fully '
        'committed" to the club.'
    )
    assert [name for _, name in speakers(text)] == ["Valencia", "Valencia"]


def test_a_union_by_its_name_and_a_peer_by_his_title():
    text = (
        "Fares\n\n"
        "The RMT union said the increase would push people off trains. Labour's shadow "
        "transport spokesman in the Lords, Lord Hendy, said fares had risen by half since 2010."
    )
    assert [name for _, name in speakers(text)] == ["RMT", "Lord Hendy"]


def test_a_named_person_who_said():
    text = (
        "Obituary\n\n"
        "Her death was confirmed by her son, Erik Lindqvist, who said the cause was heart "
        "failure."
    )
    assert speakers(text) == [("the cause was heart failure", "Erik Lindqvist")]


def test_has_confirmed_then_the_biggest_increase_is_a_trailing_attribution():
    text = (
        "Fares\n\n"
        "Rail fares will rise by up to 4.6 per cent next March, the Department for Transport has "
        "confirmed, the biggest increase in more than a decade."
    )
    assert speakers(text) == [
        ("Rail fares will rise by up to 4.6 per cent next March", "Department for Transport")
    ]


def test_a_headlines_second_story_has_its_own_speaker():
    text = "Rail fares to rise 4.6% in March, as unions warn of 'fare-dodging Britain'\n\nBody."
    assert speakers(text) == [("warn of 'fare-dodging Britain'", "unions")]


def test_a_q_and_a_interviews_answers_are_the_interviewees():
    text = (
        "'We will not be bullied': Danish prime minister on Greenland\n\n"
        "Mette Frederiksen has been Denmark's prime minister since 2019. She spoke to our "
        "correspondent on Friday.\n\n"
        "Has anything changed on Greenland?\n\n"
        "Nothing has changed. Greenland belongs to the Greenlandic people.\n\n"
        "Are you worried about a trade war?\n\n"
        "Of course. A trade war has no winners."
    )
    assert speakers(text) == [
        ("We will not be bullied", "Mette Frederiksen"),
        ("Nothing has changed. Greenland belongs to the Greenlandic people.", "Mette Frederiksen"),
        ("Of course. A trade war has no winners.", "Mette Frederiksen"),
    ]


def test_an_explainers_questions_are_headings_not_an_interview():
    text = (
        "The ozone layer, explained\n\n"
        "Vera Lindqvist measured the ozone hole in 1985.\n\n"
        "What is the ozone layer?\n\n"
        "A layer of gas that absorbs ultraviolet light.\n\n"
        "Is it recovering?\n\n"
        "Yes, slowly."
    )
    assert speakers(text) == []


def test_a_described_campaign_group_is_an_organisation():
    text = "Head\n\nCampaign group Transport Focus said only 47 per cent thought fares good value."
    (found,) = suggest_claims(text, REGISTRY)
    assert (found.source_name, found.source_kind) == ("Transport Focus", "organisation")


# Batch 26 (market-slide, senate-fight, strike-claims): wire and political copy.


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Mr. Phelan said the exchange would consider new limits.", "Phelan", "person"),
        (
            "Shearson Lehman Hutton Inc. said it would cut 1,000 jobs.",
            "Shearson Lehman Hutton Inc.",
            "organisation",
        ),
        (
            "Moody's Investors Service Inc. said it had lowered its outlook to negative.",
            "Moody's Investors Service Inc.",
            "organisation",
        ),
        (
            'Sen. John Thune (R., S.D.), the majority leader, said Democrats had "chosen chaos at '
            'the border."',
            "John Thune",
            "person",
        ),
    ],
)
def test_abbreviations_and_party_tags_stay_in_or_out_of_the_name(text, name, kind):
    (found,) = suggest_claims("Head\n\n" + text, REGISTRY)
    assert (found.source_name, found.source_kind) == (name, kind)


def test_contend_is_a_cue():
    text = "Head\n\nBut some economists contend that the Fed has already gone too far."
    assert speakers(text) == [("the Fed has already gone too far", "some economists")]


def test_a_quotation_said_according_to_a_transcript_is_the_speakers():
    text = (
        "Head\n\n"
        '"I have no intention of voting for it," Sen. Catherine Cortez Masto of Nevada said, '
        "according to a transcript of a call with reporters."
    )
    assert speakers(text) == [("I have no intention of voting for it", "Catherine Cortez Masto")]


def test_a_poll_conducted_on_dates_by_a_body_found():
    text = (
        "Head\n\n"
        "The poll, conducted Oct. 10-14 by the Marlow Institute, found 58 percent of voters "
        "rated border security a top issue."
    )
    assert speakers(text)[0][1] == "Marlow Institute"


@pytest.mark.parametrize(
    "text",
    [
        "It is understood that several banks have drawn up plans for job cuts.",
        "There were unconfirmed reports of a second strike near the same site.",
    ],
)
def test_more_hedges_are_unattributed_claims(text):
    (found,) = suggest_claims("Head\n\n" + text, REGISTRY)
    assert (found.type, found.source_name) == ("unattributed", None)


def test_a_claim_another_has_not_confirmed_is_the_first_speakers():
    text = (
        "Head\n\nIsrael's military says an air strike killed a senior commander, a claim Hamas "
        "has not confirmed."
    )
    assert speakers(text) == [("an air strike killed a senior commander", "Israel's military")]


def test_witnesses_described_seeing():
    text = "Head\n\nWitnesses described seeing a large fireball over the port."
    assert speakers(text) == [("seeing a large fireball over the port", "Witnesses")]


def test_a_headline_report_after_a_semicolon():
    text = (
        "Israel says strike killed commander; Gaza officials report 23 dead\n\n"
        "Gaza's civil defence agency said 23 people were killed when the strike hit a school."
    )
    assert speakers(text)[1] == ("23 dead", "Gaza's civil defence agency")


# Batch 27 (councillor-case).


def test_said_then_adding_a_quotation_is_two_claims():
    text = 'Head\n\n"I did nothing wrong," said Jana Novak, adding: "The audit will show that."'
    assert speakers(text) == [
        ("I did nothing wrong", "Jana Novak"),
        ("The audit will show that", "Jana Novak"),
    ]


def test_told_an_outlet_she_had():
    text = "Head\n\nNovak, 52, a former nurse, told the Herald she had received two threatening letters."
    assert speakers(text) == [("she had received two threatening letters", "Novak")]


def test_said_of_is_what_about_not_what():
    text = 'Head\n\nJana Novak spoke on Tuesday. "It\'s over," Novak said of the case.'
    assert speakers(text) == []


def test_a_document_seen_by_an_outlet_is_not_the_outlets():
    text = (
        "Head\n\nAn internal review by the council, seen by the Herald, says officials ignored "
        "repeated warnings."
    )
    assert speakers(text) == [("officials ignored repeated warnings", "council")]


def test_clarified_that_is_a_cue():
    text = "Head\n\nThe chief executive later clarified that no money had been paid to her."
    assert speakers(text) == [("no money had been paid to her", "chief executive")]


def test_a_person_with_knowledge_is_unnamed():
    text = (
        "Head\n\nA person with knowledge of the investigation said prosecutors were examining "
        "transfers."
    )
    (found,) = suggest_claims(text, REGISTRY)
    assert found.source_kind == "unnamed"


def test_a_described_councillor_is_the_person_named_next():
    text = (
        "Councillor says she is victim of a smear\n\n"
        "A city councillor charged with fraud has said she is the victim of a political smear.\n\n"
        '"I did nothing wrong," said Jana Novak outside the court on Tuesday.'
    )
    assert [name for _, name in speakers(text)] == ["Jana Novak"] * 3


# Batch 28 (arson-sentence): court, sport and science copy.


def test_defending_is_how_counsel_spoke_not_who():
    text = 'Head\n\nDefending, Rachel Osei KC said her client accepted he had "made a mistake".'
    assert speakers(text)[0][1] == "Rachel Osei"


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            'The coach said after the match that his team had "deserved more".',
            'his team had "deserved more"',
        ),
        (
            "Scientists have warned for years that the glacier could collapse.",
            "the glacier could collapse",
        ),
    ],
)
def test_a_time_between_the_cue_and_that_is_not_the_claim(text, claim):
    assert speakers("Head\n\n" + text)[0][0] == claim


def test_at_least_is_part_of_the_claim():
    text = "Head\n\nOfficials say at least 40 people have died."
    assert speakers(text)[0][0] == "at least 40 people have died"


def test_and_warned_of_keeps_its_verb():
    text = (
        "Head\n\nThe Met Office said temperatures could reach 35C on Thursday, and warned of "
        "thunderstorms."
    )
    assert [s for s, _ in speakers(text)] == [
        "temperatures could reach 35C on Thursday",
        "warned of thunderstorms",
    ]


def test_a_bodys_annual_report_shows():
    text = (
        "Head\n\nVoltaro said it would cut prices by a tenth. The firm's annual report shows "
        "revenue rose 12 percent."
    )
    assert speakers(text)[-1] == ("revenue rose 12 percent", "Voltaro")


def test_she_after_a_claim_about_someone_else_is_still_the_speaker():
    text = (
        "Head\n\n"
        'Judge Sarah Munro said after the hearing that Keane had shown "no remorse". She said '
        "the children had escaped only because a neighbour smelled smoke."
    )
    assert [name for _, name in speakers(text)] == ["Sarah Munro", "Sarah Munro"]


# Batch 29 (front-update).


def test_a_general_staff_is_a_body_not_a_general():
    (found,) = suggest_claims(
        "Head\n\nUkraine's General Staff reported 1,230 Russian casualties in the past day.",
        REGISTRY,
    )
    assert (found.source_name, found.source_kind) == ("Ukraine's General Staff", "government")


def test_a_tally_by_a_body_puts_the_number():
    text = "Head\n\nA tally by the Associated Press puts the number of civilians killed at 112."
    assert speakers(text) == [("the number of civilians killed at 112", "Associated Press")]


def test_data_compiled_by_a_body_show():
    text = "Head\n\nData compiled by the Kiel Institute show that US aid fell by a third this year."
    assert speakers(text) == [("US aid fell by a third this year", "Kiel Institute")]


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            "Russia's defence ministry claimed its forces had captured the village, a claim "
            "Ukraine denied.",
            "its forces had captured the village",
        ),
        (
            "Zelensky's office said he would travel to Washington next week, without giving "
            "details.",
            "he would travel to Washington next week",
        ),
    ],
)
def test_the_reporters_aside_is_not_the_claim(text, claim):
    assert speakers("Head\n\n" + text)[0][0] == claim


def test_has_now_admitted_after_a_relative_clause():
    text = (
        "Head\n\nThe minister, who said last year that the scheme would pay for itself, has now "
        "admitted it will cost £2 billion."
    )
    assert speakers(text) == [("it will cost £2 billion", "minister")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In a filing with the Securities and Exchange Commission, the company disclosed that "
            "it had received a subpoena.",
            ("it had received a subpoena", "company"),
        ),
        (
            "According to the complaint, filed in federal court in Manhattan, the bank ignored "
            "red flags for years.",
            ("the bank ignored red flags for years", "complaint"),
        ),
        (
            "A spokeswoman for the airline, which has 40,000 employees, said no jobs would be lost.",
            ("no jobs would be lost", "A spokeswoman for the airline"),
        ),
    ],
)
def test_business_and_court_copy(text, expected):
    assert speakers("Head\n\n" + text) == [expected]


def test_a_named_bodys_spokesperson_speaks_for_it():
    text = (
        'Head\n\nThe Home Office said the figures were "encouraging". A Home Office spokesperson '
        "added that more removals were planned."
    )
    assert [name for _, name in speakers(text)] == ["Home Office", "Home Office"]


def test_an_acronyms_spokesman_is_the_body_named_in_full():
    text = (
        "Head\n\nThe National Transportation Safety Board is investigating. Its preliminary "
        "report is expected within 30 days, an NTSB spokesman said."
    )
    assert speakers(text)[0][1] == "National Transportation Safety Board"


def test_the_chief_of_a_body_is_the_person_just_named():
    text = (
        'Head\n\nDr Tedros told a briefing in Geneva that the risk was "very high". The WHO '
        "chief also said vaccines were on their way."
    )
    assert [name for _, name in speakers(text)] == ["Tedros", "Tedros"]


def test_a_corp_is_an_organisation():
    (found,) = suggest_claims("Head\n\nAcme Corp said profits rose by a tenth.", REGISTRY)
    assert found.source_kind == "organisation"


def test_a_definite_description_is_not_a_body_of_its_kind_named_paragraphs_later():
    text = (
        "Head\n\nInspectors found cracks in the bridge eight months before it collapsed, "
        "according to reports released by the state transportation department.\n\n"
        + "The department had scheduled the work for spring. "
        * 20
        + "\n\nThe National Transportation Safety Board is investigating. Its report is "
        "expected within 30 days, an NTSB spokesman said."
    )
    assert speakers(text)[0][1] == "state transportation department"


def test_advocates_who_dispute_a_figure_are_quoted_with_their_verb():
    (found,) = suggest_claims(
        "Head\n\nHousing advocates dispute that figure, which comes from an industry-funded study.",
        REGISTRY,
    )
    assert (found.source_name, found.text) == ("Housing advocates", "dispute that figure")


def test_those_who_did_something_are_not_a_speaker():
    text = (
        "Head\n\nResearchers at the University of Bergen followed 9,800 pupils. Those who "
        "reported using a screen in bed slept 52 minutes less, the team reported."
    )
    assert speakers(text) == [
        ("Those who reported using a screen in bed slept 52 minutes less", "University of Bergen")
    ]


def test_a_described_source_is_the_unnamed_source_of_that_country():
    text = (
        "Head\n\nA source in Ukraine's security service said a drone had struck a refinery. The "
        "Ukrainian source, who spoke on condition of anonymity, said the refinery supplied fuel "
        "to Russian troops."
    )
    assert {name for _, name in speakers(text)} == {"A source in Ukraine's security service"}


def test_a_person_familiar_with_the_matter_is_unnamed():
    (found,) = suggest_claims(
        "Head\n\nA person familiar with the matter said the bank would cut 300 jobs.", REGISTRY
    )
    assert found.source_kind == "unnamed"


def test_a_pronoun_means_the_person_an_apposition_or_fronted_subject_just_named():
    text = (
        'Head\n\nTom Penhale said the sea was rough. "It is," said Sarah Lobb.\n\n'
        "Its chief executive, Paul Trebilcock, puts it more bluntly. "
        '"We were promised a sea of opportunity," he says.\n\n'
        "Back on the boat, Penhale is checking the weather. "
        '"You don\'t stop," he says.'
    )
    assert [name for _, name in speakers(text)][-2:] == ["Paul Trebilcock", "Tom Penhale"]


def test_a_quote_then_says_then_what_the_speaker_was_doing():
    text = (
        'Head\n\nTom Penhale fishes here. "I\'m the end of the line," he says, coiling a rope '
        'on the deck. "My boy works in a call centre in Plymouth."'
    )
    assert speakers(text) == [
        ("I'm the end of the line", "Tom Penhale"),
        ("My boy works in a call centre in Plymouth", "Tom Penhale"),
    ]


def test_says_amid_a_sentence_the_clause_after_it_is_the_claim():
    text = (
        "Head\n\nTwenty years ago, says Tom Penhale, there would have been a dozen boats "
        "getting ready to go out."
    )
    assert speakers(text) == [
        ("there would have been a dozen boats getting ready to go out", "Tom Penhale")
    ]


def test_he_says_between_commas_the_clause_before_it_is_the_claim():
    text = (
        "Head\n\nPaul Trebilcock runs the group. Exporting crab to France now requires four "
        "certificates, he says, each of which costs money."
    )
    assert speakers(text) == [
        ("Exporting crab to France now requires four certificates", "Paul Trebilcock")
    ]


def test_a_department_whose_name_has_commas():
    text = (
        "Head\n\nA spokesperson for the Department for Environment, Food and Rural Affairs "
        "said ministers had invested more than £100 million."
    )
    assert speakers(text)[0][1] == "Department for Environment, Food and Rural Affairs"


def test_which_says_after_according_to_is_the_bodys_second_claim():
    text = (
        "Head\n\nQuotas have played a part, according to the Cornish Fish Producers' "
        "Organisation, which says the number of boats has fallen by a third since 2016."
    )
    assert speakers(text) == [
        ("Quotas have played a part", "Cornish Fish Producers' Organisation"),
        (
            "the number of boats has fallen by a third since 2016",
            "Cornish Fish Producers' Organisation",
        ),
    ]


def test_a_titled_person_of_a_registered_body_is_the_person():
    text = (
        "Head\n\nCommission President Ursula von der Leyen wrote on X that the mechanism could "
        "be activated within hours."
    )
    (found,) = suggest_claims(text, REGISTRY)
    assert (found.source_name, found.source_kind) == ("Ursula von der Leyen", "person")


def test_the_institute_is_the_described_institute_a_sentence_opened_with():
    text = (
        "Head\n\nThe Czech hydrometeorological institute has issued its highest flood warning. "
        "Water levels were expected to peak around midday, the institute said."
    )
    assert speakers(text)[0][1] == "Czech hydrometeorological institute"


def test_forecasters_expect_and_warn():
    text = (
        "Head\n\nMeteorologists expect the rain to ease by Tuesday evening, but warn that river "
        "levels could keep rising."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "the rain to ease by Tuesday evening",
        "river levels could keep rising",
    ]


def test_a_witness_agreed_that():
    text = (
        "Head\n\nUnder cross-examination, Amanda Reid agreed that the ward had been short of staff."
    )
    assert speakers(text) == [("the ward had been short of staff", "Amanda Reid")]


def test_a_murder_trial_is_not_a_study_renamed_to_a_hospital():
    text = (
        'Nurse told colleagues she had "made a mistake", murder trial hears\n\n'
        "A nurse told colleagues she had made a mistake, a jury has heard. Helen Carver, 38, "
        "denies two counts of murder at Southmoor General Hospital."
    )
    assert "Southmoor General Hospital" not in {name for _, name in speakers(text)}


def test_a_reuters_dateline_with_two_cities_is_not_the_claim():
    text = (
        "Head\n\nGENEVA/PORT SUDAN (Reuters) - An aid convoy came under fire on Tuesday, "
        "wounding one driver, the UN's humanitarian office said."
    )
    assert speakers(text)[0][0].startswith("An aid convoy came under fire")


def test_a_clock_time_may_end_a_sentence():
    text = (
        "Head\n\nOne engineer posted on LinkedIn that her laptop was locked at 6 a.m. A "
        "Streamline spokesperson said affected staff had been sent an email."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "her laptop was locked at 6 a.m.",
        "affected staff had been sent an email",
    ]


def test_a_headline_ceo_is_the_chief_executive_the_lede_quotes():
    text = (
        "Streamline to cut 12% of staff, CEO says in memo\n\nStreamline will lay off about "
        "1,300 employees, chief executive Priya Nair told staff in a memo on Thursday."
    )
    assert {name for _, name in speakers(text)} == {"Priya Nair"}


def test_no_choice_after_years_of_cuts_is_the_speakers_reason():
    text = 'Head\n\nThe council said it had "no choice" after years of falling government grants.'
    assert speakers(text)[0][0] == 'it had "no choice" after years of falling government grants'


def test_a_place_named_council_is_the_labour_run_council():
    text = (
        "Head\n\nHarlow Vale council is proposing to close six libraries. The Labour-run council "
        "said it had no choice."
    )
    assert speakers(text)[0][1] == "Harlow Vale council"


def test_she_is_never_a_man_the_article_calls_he():
    titled = (
        "Head\n\nMr Hale said the plan would fail. Mrs Pike said it would work. "
        '"It is a good plan," he said.'
    )
    assert [name for _, name in speakers(titled)] == ["Hale", "Pike", "Hale"]
    called_he = (
        "Head\n\nProsecutor Nicholas Blake told jurors that blood tests showed high insulin "
        "levels. He said the levels could not occur naturally.\n\n"
        "Ward sister Amanda Reid, who worked with her for six years, was in tears. She said "
        'Carver had been "a caring nurse".'
    )
    assert [name for _, name in speakers(called_he)][-1] == "Amanda Reid"


def test_a_person_given_an_age_is_who_she_means():
    text = (
        "Head\n\nIan Frost accused the council of wasting millions on his watch. Among them is "
        'Denise Okoro, 71, who visits her library. "It\'s the only place I talk to anyone," she '
        "said."
    )
    assert speakers(text)[-1][1] == "Denise Okoro"


def test_wrote_that_and_called_for_are_two_claims():
    text = (
        "Head\n\nUNRWA chief Philippe Lazzarini wrote on X that schools had become a target "
        "and called for an independent investigation."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "schools had become a target",
        "called for an independent investigation",
    ]


def test_the_groups_media_office_is_the_group():
    text = (
        "Head\n\nHamas denied that its fighters had used the school. The group's media office "
        "said most of the dead were women and children."
    )
    assert [name for _, name in speakers(text)] == ["Hamas", "Hamas"]


def test_the_territorys_health_ministry_is_the_place_the_sentence_names():
    text = (
        "Head\n\nAn Israeli air strike on a school in central Gaza killed at least 18 people, "
        "the territory's health ministry said on Thursday."
    )
    assert speakers(text)[0][1] == "Gaza's health ministry"


def test_a_headlines_accused_of_is_the_accusers_claim():
    text = (
        "Mali army and Russian fighters accused of killing dozens of civilians\n\n"
        "Malian soldiers and Russian mercenaries killed at least 30 civilians, Human Rights "
        "Watch said in a report published on Monday."
    )
    found = suggest_claims(text, REGISTRY)
    assert [(s.text, s.source_name, s.source_kind) for s in found] == [
        ("accused of killing dozens of civilians", "Human Rights Watch", "organisation"),
        (
            "Malian soldiers and Russian mercenaries killed at least 30 civilians",
            "Human Rights Watch",
            "organisation",
        ),
    ]


def test_a_headlines_accused_of_without_a_lede_speaker_is_not_suggested():
    text = "Mali army accused of killing dozens of civilians\n\nThe army patrols the region."
    assert suggest_claims(text, REGISTRY) == []


def test_a_claim_another_dismissed_as_propaganda_is_theirs_too():
    text = (
        "Head\n\nThe fighters said they had taken a village, a claim Moscow dismissed as "
        '"Kyiv\'s propaganda".'
    )
    assert speakers(text) == [
        ("they had taken a village", "fighters"),
        ('dismissed as "Kyiv\'s propaganda"', "Moscow"),
    ]


def test_a_promise_to_act_keeps_its_verb():
    text = "Head\n\nThe ministry pledged to rebuild the bridge by spring."
    assert speakers(text) == [("pledged to rebuild the bridge by spring", "ministry")]


def test_what_the_court_heard():
    text = (
        "Head\n\nThe court heard that the defendant had sent 40 messages to the victim in the "
        "week before her death."
    )
    assert speakers(text) == [
        ("the defendant had sent 40 messages to the victim in the week before her death", "court")
    ]


def test_a_platforms_former_name_is_not_the_claim():
    text = (
        "Head\n\nElon Musk wrote on X, formerly Twitter, that the company would launch the "
        "service next month."
    )
    assert speakers(text) == [("the company would launch the service next month", "Elon Musk")]


def test_an_exit_poll_puts_a_party_on_a_share_and_is_not_its_client():
    text = "Head\n\nAn exit poll for the public broadcaster KTV put Unity on 38 percent."
    assert speakers(text) == [("Unity on 38 percent", "exit poll for the public broadcaster KTV")]


def test_saying_in_a_joint_statement_that():
    text = (
        "Head\n\nThe two leaders announced a fund on Tuesday, saying in a joint statement that "
        "the plan would create jobs."
    )
    assert speakers(text)[-1][0] == "the plan would create jobs"


def test_did_not_rule_out_keeps_its_verb():
    text = "Head\n\nGovernor Andrew Bailey did not rule out a cut as early as February."
    assert speakers(text) == [("did not rule out a cut as early as February", "Andrew Bailey")]


def test_they_are_the_counted_members_a_sentence_opened_with():
    text = (
        "Head\n\nGovernor Andrew Bailey said the bank would be gradual. Two of the nine members "
        "of the committee voted for a cut. In their minutes, they argued that the economy was "
        "weakening."
    )
    assert speakers(text)[-1][1] == "Two of the nine members of the committee"


def test_she_says_after_a_fronted_clause_naming_her():
    text = (
        "Head\n\nWhen Anna Berg first boarded a tanker in 2023, she says, the crew told her the "
        "ship did not exist."
    )
    assert speakers(text) == [("the crew told her the ship did not exist", "Anna Berg")]


def test_she_writes_then_more_about_the_claim():
    text = (
        'Head\n\nAnna Berg spent 14 months at sea. The vessels are "floating time bombs", she '
        "writes, poorly insured and often decades old."
    )
    assert speakers(text) == [('The vessels are "floating time bombs"', "Anna Berg")]


def test_a_regulator_recommended_approval():
    text = (
        "Head\n\nThe European Medicines Agency on Friday recommended approval of lecanemab for "
        "some patients."
    )
    assert speakers(text) == [
        ("recommended approval of lecanemab for some patients", "European Medicines Agency")
    ]


def test_a_court_ruled_on_a_day_that():
    text = (
        "Head\n\nKorvania's constitutional court ruled on Wednesday that the emergency budget "
        "was unlawful. In a 6-3 decision, the judges said the government had misused emergency "
        "powers."
    )
    assert speakers(text) == [
        ("the emergency budget was unlawful", "Korvania's constitutional court"),
        ("the government had misused emergency powers", "Korvania's constitutional court"),
    ]


def test_called_the_decision_a_victory_without_quotation_marks():
    text = "Head\n\nThe opposition called the decision a victory for democracy."
    assert speakers(text) == [("the decision a victory for democracy", "opposition")]


def test_a_committee_of_the_agency_is_the_agency():
    text = (
        "Head\n\nThe European Medicines Agency met on Friday. The agency's human medicines "
        "committee said the benefits of the drug outweighed its risks."
    )
    assert speakers(text)[0][1] == "European Medicines Agency"


def test_said_a_step_forward_but_cautioned_that():
    text = (
        'Head\n\nDr Susan Kohlhaas said the decision was "a step forward" but cautioned that '
        "the effect was small."
    )
    assert [claim for claim, _ in speakers(text)] == [
        'the decision was "a step forward"',
        "the effect was small",
    ]


def test_a_title_is_the_named_person_who_speaks_next_in_the_paragraph():
    text = (
        'Head\n\nThe UN secretary general has called for an immediate ceasefire. "There is no '
        'military solution to this dispute," António Guterres said in a post on X.'
    )
    assert [name for _, name in speakers(text)] == ["António Guterres", "António Guterres"]


def test_said_it_feared_and_demanded():
    text = (
        'Head\n\nThe FNV union said it feared "thousands" of job losses and demanded guarantees '
        "for workers."
    )
    assert [claim for claim, _ in speakers(text)] == [
        'it feared "thousands" of job losses',
        "demanded guarantees for workers",
    ]


def test_her_named_party_is_the_party():
    text = (
        "Head\n\nOpposition leader Marta Lind attacked the deal. Her Civic Platform party says "
        "the deal will add 400 million crowns to the deficit."
    )
    assert speakers(text)[-1][1] == "Civic Platform"


def test_the_army_is_the_army_of_the_place_named_before():
    text = (
        "Head\n\nA ceasefire between Valdoria's army and the rebels appeared close to collapse. "
        "The army said rebel mortar fire had killed two soldiers."
    )
    assert speakers(text)[0][1] == "Valdoria's army"


def test_the_two_companies_are_the_pair_named_before():
    text = (
        "Head\n\nDutch brewer Vandenberg and Denmark's Nordholm agreed on Monday to combine. The "
        "combined company would save $600 million a year, the two companies said in a joint "
        "statement."
    )
    assert speakers(text)[0][1] == "Vandenberg and Nordholm"


def test_a_company_that_maintains_the_network_is_no_speaker():
    text = (
        "Head\n\nHellenic Train said it was cooperating fully with the investigation. The "
        "state-owned company that maintains the network, OSE, did not respond to requests for "
        "comment."
    )
    found = suggest_claims(text, REGISTRY)
    assert [(s.text, s.source_kind) for s in found] == [
        ("it was cooperating fully with the investigation", "organisation")
    ]


def test_data_that_showed_then_the_report_said_is_the_reports():
    text = (
        "Head\n\nData from the train's recorder showed it was travelling at 98 kilometres an "
        "hour, the report said."
    )
    assert speakers(text) == [
        (
            "Data from the train's recorder showed it was travelling at 98 kilometres an hour",
            "report",
        )
    ]


def test_told_investigators_he_had():
    text = "Head\n\nThe driver told investigators he had seen a green light."
    assert speakers(text) == [("he had seen a green light", "driver")]


def test_which_would_make_it_is_the_reporters_reckoning():
    text = (
        "Head\n\nObservations suggest the nucleus could be up to 20 kilometres wide, which would "
        "make it far larger than the earlier visitors."
    )
    assert speakers(text)[0][0] == "the nucleus could be up to 20 kilometres wide"


def test_investigators_are_the_investigation_authority_named_next():
    text = (
        "Signal fault likely caused train collision, investigators say\n\n"
        "A faulty signal is the most likely cause of the collision, Greek rail investigators "
        "said in an interim report on Monday.\n\n"
        "The report by the Hellenic Air and Rail Safety Investigation Authority found that the "
        "signal had been reported as faulty three times."
    )
    assert {name for _, name in speakers(text)} == {
        "Hellenic Air and Rail Safety Investigation Authority"
    }


def test_a_noun_pledges_is_no_cue():
    text = "World on track for 2.7C of warming despite pledges, UN report warns\n\nBody."
    assert [claim for claim, _ in speakers(text)] == [
        "World on track for 2.7C of warming despite pledges"
    ]


def test_a_report_by_a_body_is_that_bodys_report():
    text = (
        "Head\n\nPlans would leave the world 2.7 degrees warmer, a United Nations report said.\n\n"
        'The annual "emissions gap" report by the UN Environment Programme found that emissions '
        "rose.\n\nThe report says that existing technologies could close most of the gap."
    )
    assert [name for _, name in speakers(text)] == [
        "United Nations", "UN Environment Programme", "UN Environment Programme",
    ]  # fmt: skip


def test_a_prince_named_bin_salman():
    text = (
        "Head\n\nSaudi Arabia's energy minister, Prince Abdulaziz bin Salman, said that such a "
        "phase-out was unrealistic."
    )
    assert speakers(text)[0][1] == "Abdulaziz bin Salman"


def test_the_geological_survey_put_the_magnitude_and_is_the_agency():
    text = (
        "Head\n\nThe US Geological Survey put the magnitude at 6.8. The quake was shallow, the "
        "agency said."
    )
    assert speakers(text) == [
        ("the magnitude at 6.8", "US Geological Survey"),
        ("The quake was shallow", "US Geological Survey"),
    ]


def test_her_spokesman_is_the_woman_though_a_man_is_named_after_her():
    text = (
        "Head\n\nPrime Minister Clara Ibáñez accepted the resignation and thanked Reyes for his "
        'service. Her spokesman told reporters that the government had "zero tolerance" for '
        "conflicts of interest."
    )
    assert speakers(text)[0][1] == "Clara Ibáñez"


def test_an_mp_is_a_title_and_the_opposition_is_not_its_mp():
    text = (
        'Head\n\nThe opposition demanded a parliamentary inquiry. "The minister is gone, but the '
        'questions remain," said opposition MP Daniel Ortiz.'
    )
    assert [name for _, name in speakers(text)] == ["opposition", "Daniel Ortiz"]


def test_reported_then_accusing_is_a_second_claim_with_its_verb():
    text = (
        "Head\n\nIran's Revolutionary Guards seized a tanker on Thursday, state media reported, "
        "accusing it of smuggling fuel."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "Iran's Revolutionary Guards seized a tanker on Thursday",
        "accusing it of smuggling fuel",
    ]


def test_condemned_and_what_officials_describe_as():
    text = (
        "Head\n\nThe United States condemned the seizure. Iran has seized several tankers, often "
        "in what Western officials describe as retaliation for the seizure of Iranian cargoes."
    )
    assert speakers(text) == [
        ("condemned the seizure", "United States"),
        ("retaliation for the seizure of Iranian cargoes", "Western officials"),
    ]


def test_a_news_agency_is_its_name_and_advice_when_passing_is_whole():
    text = (
        "Head\n\nThe ship was stopped near Jask, the semi-official Tasnim news agency said. "
        'Ambrey said ships should "exercise caution" when passing through the Strait of Hormuz.'
    )
    assert speakers(text) == [
        ("The ship was stopped near Jask", "Tasnim"),
        ('ships should "exercise caution" when passing through the Strait of Hormuz', "Ambrey"),
    ]


def test_a_newspaper_is_the_daily_that_reported_it():
    text = (
        "Head\n\nThe minister resigned after a newspaper revealed that he had failed to declare a "
        "loan.\n\nThe loan was first reported on Wednesday by the daily El Observador, which said "
        "it had been made in 2022."
    )
    assert speakers(text) == [
        ("he had failed to declare a loan", "El Observador"),
        ("it had been made in 2022", "El Observador"),
    ]


def test_a_headlines_second_verb_is_the_first_verbs_subjects():
    text = "EU fines Meta €800 million over Marketplace, says it abused dominance\n\nBody."
    assert speakers(text) == [("it abused dominance", "EU")]


def test_the_agent_of_a_player_is_the_agent_named_next_and_the_club_its_club():
    text = (
        "Okoro's agent says striker wants Madrid move as Rovers hold firm\n\nThe agent of Albion "
        "Rovers striker "
        "Samuel Okoro has said his client wants to join Real Madrid, but the club insisted on "
        'Tuesday that the 22-year-old was not for sale.\n\n"Samuel has made his decision," '
        "Kwame Mensah told the Spanish sports daily Marca."
    )
    clubs = SourceIndex([KnownSource(1, "Albion Rovers", "organisation", ())])
    assert [name for _, name in speakers(text, clubs)] == [
        "Kwame Mensah", "Kwame Mensah", "Albion Rovers", "Kwame Mensah",
    ]  # fmt: skip


def test_he_is_the_chairman_named_in_the_sentence_before():
    text = (
        'Head\n\n"Samuel has made his decision," Kwame Mensah said.\n\nRovers chairman Peter '
        "Lowe responded within hours. In a statement, he said Okoro had three years left on his "
        "contract."
    )
    assert speakers(text)[-1][1] == "Peter Lowe"


def test_the_company_is_the_named_subject_of_its_claim_and_the_release_its_release():
    text = (
        "Chipmaker Nordtek to build plant\n\nNordtek, the Dutch semiconductor maker, plans to "
        "build a factory near Dresden, the company said in a press release on Monday.\n\nThe "
        "plant is due to open in 2028, according to the release. Nordtek said it expected "
        "subsidies."
    )
    assert {name for _, name in speakers(text)} == {"Nordtek"}


def test_farmers_in_a_region_say_this_years_drought_and_are_calling_on():
    text = (
        "Head\n\nFarmers in southern Spain say this year's drought has cut their harvest by "
        "half, and are calling on the government to declare an emergency."
    )
    assert speakers(text) == [
        ("this year's drought has cut their harvest by half", "Farmers in southern Spain"),
        ("are calling on the government to declare an emergency", "Farmers in southern Spain"),
    ]


def test_a_union_is_demanding_and_economists_question_whether():
    text = (
        "Head\n\nThe Vereinigung Cockpit union called the walkout. The union is demanding a 15 "
        "percent pay rise. Some economists question whether the rise is affordable."
    )
    assert speakers(text)[-2:] == [
        ("is demanding a 15 percent pay rise", "Vereinigung Cockpit"),
        ("question whether the rise is affordable", "Some economists"),
    ]


def test_economists_at_an_institute_estimate_that():
    text = (
        "Head\n\nEconomists at the Ifo institute estimate that each day of strikes costs the "
        "economy around 100 million euros."
    )
    assert speakers(text) == [
        ("each day of strikes costs the economy around 100 million euros", "Ifo institute")
    ]


def test_police_and_organisers_on_either_side_of_a_semicolon():
    text = "Head\n\nPolice estimated the crowd at 24,000; organisers put it at more than 100,000."
    assert speakers(text) == [
        ("the crowd at 24,000", "Police"),
        ("it at more than 100,000", "organisers"),
    ]


def test_the_countrys_institute_said_is_not_the_country():
    text = (
        "Head\n\nRomania has declared a measles epidemic after 12,000 cases were recorded this "
        "year, the country's public health institute said on Friday."
    )
    assert speakers(text)[0][1] == "Romania's public health institute"


def test_the_company_is_the_one_that_will_develop_the_mine():
    text = (
        "Head\n\nThe mine, to be developed by Rio Tinto in the Jadar valley, would supply "
        "lithium for a million car batteries a year, the company says."
    )
    assert speakers(text)[0][1] == "Rio Tinto"


def test_the_company_is_the_one_the_headline_and_the_lede_open_with():
    text = (
        "Orrin unveils foldable phone\n\nOrrin on Tuesday unveiled its first foldable phone.\n\n"
        "The Orrin Fold costs $1,799.\n\nThe company also said it would offer five years of "
        "software updates."
    )
    assert speakers(text) == [("it would offer five years of software updates", "Orrin")]


def test_the_company_is_not_a_lede_subject_the_headline_does_not_name():
    text = (
        "Phones get bigger\n\nOrrin on Tuesday unveiled its first foldable phone.\n\n"
        "The Orrin Fold costs $1,799.\n\nThe company also said it would offer five years of "
        "software updates."
    )
    assert speakers(text)[0][1] == "company"


def test_a_council_spokesperson_is_not_a_body_named_later_by_kind_alone():
    index = SourceIndex([KnownSource(1, "European Commission", "government", ("Brussels",))])
    text = (
        "Head\n\nExisting homes are not affected, a council spokesperson told us.\n\nThe post "
        'also claims that the rule was "forced on the city by Brussels."'
    )
    assert speakers(text, index)[0] == ("Existing homes are not affected", "a council spokesperson")


def test_a_partial_quote_told_an_audience_of_many_words():
    text = (
        'Head\n\nThe phone has a battery that lasts "two days on a single charge," chief '
        "executive Lena Marsh told an audience of developers and journalists in San Jose."
    )
    assert speakers(text)[0][1] == "Lena Marsh"


def test_a_dotted_and_hyphenated_title_is_not_the_name():
    text = "Head\n\nU.N. Secretary-General António Guterres urged the parties to silence the guns."
    assert speakers(text)[0][1] == "António Guterres"


def test_the_governor_of_a_region_is_the_governor_named_next():
    text = (
        "Governor says refinery hit\n\nThe governor of Russia's Krasnodar region said on Sunday "
        "that a drone attack had set fire to an oil refinery.\n\n"
        '"Debris fell on the refinery, causing a fire," Governor Veniamin Kondratyev wrote on '
        "Telegram."
    )
    assert {name for _, name in speakers(text)} == {"Veniamin Kondratyev"}


def test_a_fronted_by_and_a_time_is_not_the_speaker():
    text = "Head\n\nBy early Tuesday, Red Eléctrica said 99% of demand had been restored."
    assert speakers(text) == [("99% of demand had been restored", "Red Eléctrica")]


def test_the_club_manager_is_the_person_named_before_though_the_model_does_not_know_him():
    text = (
        'Head\n\nMikel Arteta insisted on Friday that Arsenal were "absolutely" still in the '
        'title race.\n\n"There are 24 games to go," the Arsenal manager told reporters.'
    )
    assert [name for _, name in speakers(text)] == ["Mikel Arteta", "Mikel Arteta"]


def test_he_told_her_and_her_own_clause():
    text = (
        "Head\n\nJudge Simon Ashworth said Hale had lied. He told her she had shown "
        '"no genuine remorse."'
    )
    assert speakers(text)[-1] == ('she had shown "no genuine remorse."', "Simon Ashworth")


def test_which_they_say_is_the_sentences_own_plural_subject():
    text = (
        "Head\n\nRed Eléctrica said it had found no sign of an intrusion.\n\nSome energy analysts "
        "have pointed to the share of solar power on the grid, which they say leaves less "
        "inertia to absorb shocks."
    )
    assert speakers(text)[-1] == (
        "leaves less inertia to absorb shocks",
        "Some energy analysts",
    )


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Britain's competition watchdog has blocked the merger, saying the deal would leave "
            "passengers with no choice.",
            "Britain's competition watchdog",
        ),
        ("Unions had opposed the deal, warning it would lead to job losses.", "Unions"),
    ],
)
def test_an_auxiliary_before_the_verb_a_participle_follows_is_not_the_speaker(text, name):
    assert speakers(f"Head\n\n{text}")[0][1] == name


def test_experts_blame_keeps_its_verb_and_whom_they_blame_is_no_claim():
    text = "Head\n\nExperts blame a longer monsoon and rapid construction for the surge."
    assert speakers(text) == [
        ("blame a longer monsoon and rapid construction for the surge", "Experts")
    ]
    text = "Head\n\nFans have protested against Peter Lim, whom they blame for the club's decline."
    assert speakers(text) == []


def test_the_company_whose_shares_fell_said_in_a_statement_to_the_exchange():
    text = (
        "Head\n\nCastleline's shares fell 14% in London. The company said in a statement to the "
        'stock exchange that it would "explore all options".'
    )
    assert speakers(text) == [('it would "explore all options"', "Castleline")]


def test_a_countrys_general_staff_keeps_its_country():
    text = "Head\n\nUkraine's General Staff said its troops had repelled 38 assaults."
    assert speakers(text)[0][1] == "Ukraine's General Staff"


def test_a_registered_commission_is_not_the_commission_of_another_country():
    index = SourceIndex(
        [KnownSource(1, "National Election Commission (Korvania)", "government",
                     ("the election commission",))]
    )  # fmt: skip
    text = "Head\n\nCongress won 135 seats, according to the Election Commission of India."
    (found,) = suggest_claims(text, index)
    assert (found.source_id, found.source_name) == (None, "Election Commission of India")


def test_a_party_conceded_defeat_and_the_result_is_the_reporters():
    text = (
        "Modi's party concedes defeat in key state election\n\nNEW DELHI — Prime Minister "
        "Narendra Modi's Bharatiya Janata Party conceded defeat on Saturday in the state of "
        "Karnataka, where the opposition Congress party won a clear majority."
    )
    assert speakers(text) == [
        ("concedes defeat in key state election", "Bharatiya Janata Party"),
        ("conceded defeat on Saturday in the state of Karnataka", "Bharatiya Janata Party"),
    ]


def test_two_names_in_apposition_speak_together():
    text = (
        "Head\n\nThe two board members who voted against the plan, Amy Cho and Dwayne Harris, "
        "said the district should first have sold unused buildings."
    )
    assert speakers(text)[0][1] == "Amy Cho and Dwayne Harris"


def test_the_agency_is_the_body_that_spoke_in_the_paragraph():
    text = (
        "Head\n\nTurkey's disaster agency, AFAD, says at least 112 people have been killed.\n\n"
        "The US Geological Survey put the magnitude at 6.8. The quake was shallow, which tends "
        "to cause more damage, the agency said."
    )
    assert speakers(text)[-1][1] == "US Geological Survey"


def test_the_leaders_of_two_countries_are_not_the_countries():
    text = (
        "Head\n\nThe leaders of Kenya and Germany pledged on Tuesday to double investment in "
        "renewable energy."
    )
    assert speakers(text)[0][1] == "leaders of Kenya and Germany"


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "The case was brought against Anders Falk, who denies the charges.",
            ("denies the charges", "Anders Falk"),
        ),
        (
            "Letters came from two shipping companies named in the book, both of which deny "
            "wrongdoing.",
            ("deny wrongdoing", "two shipping companies"),
        ),
        ("Police arrested Tom Reed, 45, who has denied murder.", ("denied murder", "Tom Reed")),
    ],
)
def test_who_denies_is_a_denial_with_its_verb(text, found):
    assert speakers(f"Head\n\n{text}") == [found]


def test_employers_added_jobs_is_no_cue_and_the_figure_after_is_the_reporters():
    text = (
        "Head\n\nEmployers added 256,000 jobs last month, the Labor Department said, far above "
        "the 160,000 economists had forecast."
    )
    assert speakers(text) == [("Employers added 256,000 jobs last month", "Labor Department")]


def test_a_spokesperson_for_a_department_whose_name_has_of_and_and():
    text = (
        "Head\n\nNHS England said strikes had led to delays. A Department of Health and Social "
        "Care spokesperson said the government had already given doctors a pay rise."
    )
    assert speakers(text)[-1][1] == "Department of Health and Social Care"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The co-chairs of the committee, Dr Rob Laurenson and Dr Vivek Trivedi, said the "
            "government had wasted months.",
            "Rob Laurenson and Vivek Trivedi",
        ),
        (
            "The bill's author, Assemblymember Phil Ting, said the veto was a missed chance.",
            "Phil Ting",
        ),
    ],
)
def test_titles_are_not_names_for_two_people_or_an_assemblymember(text, name):
    assert speakers(f"Head\n\n{text}")[0][1] == name


def test_a_surname_with_its_article_and_while_declining_to_give_details():
    text = (
        'Head\n\nTalks have reached a "delicate stage," Qatar\'s foreign ministry spokesman '
        "Majed al-Ansari said on Tuesday, while declining to give details.\n\nAl-Ansari told a "
        'news briefing that mediators were working "around the clock".'
    )
    assert speakers(text) == [
        ('Talks have reached a "delicate stage,"', "Majed al-Ansari"),
        ('mediators were working "around the clock"', "Majed al-Ansari"),
    ]


def test_told_an_outlet_the_clause_and_no_that_inside_the_claim():
    text = (
        "Head\n\nA senior Hamas official, speaking on condition of anonymity, told Reuters the "
        "group would not agree to any deal that did not include an end to the war."
    )
    assert speakers(text) == [
        (
            "the group would not agree to any deal that did not include an end to the war",
            "A senior Hamas official",
        )
    ]


def test_a_lawsuit_filed_in_a_court_says():
    text = (
        "Head\n\nThe lawsuit, filed on Wednesday in federal court in Manhattan, says Lumen "
        "downloaded the books from shadow libraries."
    )
    assert speakers(text)[0][1] == "lawsuit"


def test_a_group_of_authors_is_not_the_guild_quoted_later():
    text = (
        "Head\n\nA group of bestselling authors has sued the company, alleging that it trained "
        "its chatbot on pirated books.\n\nThe Authors Guild, which is not a party to the suit, "
        "said it supported the writers."
    )
    assert speakers(text)[0][1] == "A group of bestselling authors"


def test_an_adverb_after_the_auxiliary_before_a_participle_cue():
    text = (
        "Head\n\nNASA has again postponed the return of two astronauts, saying engineers need "
        "more time to study the thrusters."
    )
    assert speakers(text)[0][1] == "NASA"


def test_a_title_case_headline_does_not_give_a_body_a_first_name():
    text = (
        "Vantor Weighs Bid for Rival Kessel in Deal That Could Top $20 Billion\n\nVantor is "
        "exploring a takeover of rival packaging maker Kessel Group, people familiar with the "
        "matter said.\n\nA spokesperson for Kessel said the company doesn't comment on market "
        "speculation."
    )
    assert speakers(text)[-1][1] == "Kessel Group"


@pytest.mark.parametrize(
    "text, found",
    [
        ('Mr. Jones was blunt: "This deal is dead."', ("This deal is dead", "Jones")),
        (
            'Maria Lopez ran the fund. She had a warning: "Sell now, while you still can."',
            ("Sell now, while you still can", "Maria Lopez"),
        ),
    ],
)
def test_a_quotation_a_persons_own_sentence_introduces(text, found):
    assert speakers(f"Head\n\n{text}") == [found]


def test_it_was_clear_introduces_no_speaker():
    assert speakers('Head\n\nIt was clear: "We lost."') == []


def test_a_quote_then_its_speakers_apposition_and_adding_that():
    text = (
        'Head\n\n"It\'s a disaster," said Jane Doe, a spokeswoman for the Sierra Club, adding '
        'that the agency "has abandoned its mission."'
    )
    assert speakers(text) == [
        ("It's a disaster", "Jane Doe"),
        ('the agency "has abandoned its mission."', "Jane Doe"),
    ]


def test_critics_have_said_after_a_fronted_phrase():
    text = (
        "Head\n\nFor years, critics of the four-day working week have said it would wreck "
        "productivity."
    )
    assert speakers(text) == [
        ("it would wreck productivity", "critics of the four-day working week")
    ]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "Developer Marlowe Homes said the estate would include 360 affordable homes.",
            "Marlowe Homes",
            "organisation",
        ),
        (
            'Campaigner Peter Dowd said: "The council has ignored every concern we raised."',
            "Peter Dowd",
            "person",
        ),
    ],
)
def test_a_capitalised_descriptor_opening_a_sentence_is_not_the_name(text, name, kind):
    (found,) = suggest_claims(f"Head\n\n{text}", REGISTRY)
    assert (found.source_name, found.source_kind) == (name, kind)


def test_the_developer_in_a_caption_is_the_developer_named_later():
    text = (
        "Council approves estate\n\nImage caption: An impression of the development, which the "
        "developer says will include a new primary school\n\nPlans for 1,200 homes have been "
        "approved.\n\nDeveloper Marlowe Homes said the estate would include 360 affordable homes."
    )
    assert [name for _, name in speakers(text)] == ["Marlowe Homes", "Marlowe Homes"]


def test_a_panel_of_a_numbered_court_ruled_by_a_vote_that():
    text = (
        "Head\n\nA three-judge panel of the 9th U.S. Circuit Court of Appeals ruled 2-1 that a "
        "lower court had been wrong to dismiss the case."
    )
    assert speakers(text) == [
        (
            "a lower court had been wrong to dismiss the case",
            "9th U.S. Circuit Court of Appeals",
        )
    ]


def test_developed_by_a_demonym_and_a_descriptor_is_the_name_after_them():
    text = (
        "Head\n\nA weekly pill developed by Danish drugmaker Novaris helped people lose 14% of "
        "their weight, the company said on Monday."
    )
    assert speakers(text)[0][1] == "Novaris"


def test_an_as_in_than_is_no_speaker_and_data_published_on_a_day_shows():
    text = (
        "Head\n\nNHS England data published on Thursday shows 54,000 people waited more than 12 "
        "hours from arrival to being admitted, transferred or discharged in December."
    )
    assert [name for _, name in speakers(text)] == ["NHS England"]


def test_official_figures_show_after_the_claim():
    text = (
        "Head\n\nMore patients than ever waited over 12 hours in A&E last month, official "
        "figures show."
    )
    assert speakers(text) == [
        ("More patients than ever waited over 12 hours in A&E last month", "official figures")
    ]


def test_exit_polls_from_a_broadcaster_are_the_polls():
    text = (
        "Head\n\nExit polls from public broadcaster RTP suggest the Democratic Alliance will win "
        "the most seats."
    )
    assert speakers(text)[0][1] == "Exit polls from public broadcaster RTP"


def test_the_company_is_the_company_quoted_by_name_next():
    text = (
        "Moon rover falls silent\n\nEngineers have lost contact with a lunar rover, the company "
        "said on Tuesday.\n\nAstra Lunar said the rover stopped transmitting on Sunday night. "
        "Astra Lunar's founder, Kenji Tanaka, was sad.\n\nThe company said it was still trying "
        "to re-establish contact."
    )
    assert {name for _, name in speakers(text)} == {"Astra Lunar"}


def test_and_estimated_that_is_a_second_claim():
    text = (
        'Head\n\nThe Royal College of Emergency Medicine said the figures were "a national '
        'scandal" and estimated that long waits had contributed to 250 deaths a week.'
    )
    assert [claim for claim, _ in speakers(text)] == [
        'the figures were "a national scandal"',
        "long waits had contributed to 250 deaths a week",
    ]


def test_a_memo_seen_by_an_outlet_is_the_memo():
    text = "Head\n\nVistra will cut 900 jobs, according to an internal memo seen by Reuters."
    assert speakers(text)[0][1] == "an internal memo seen by Reuters"


def test_confirmed_a_short_object_but_declined_keeps_its_verb():
    text = "Head\n\nA Vistra spokesperson confirmed the cuts but declined to give further details."
    assert speakers(text) == [("confirmed the cuts", "Vistra")]


def test_the_report_found_and_said_in_its_annual_report_on_a_day():
    text = (
        "Head\n\nThe world is heading for 3C this century, the United Nations Environment "
        "Programme said in its annual Emissions Gap Report on Thursday.\n\nEmissions rose 1.3% "
        "last year to a record 57.1 billion tonnes, the report found."
    )
    assert speakers(text) == [
        ("The world is heading for 3C this century", "United Nations Environment Programme"),
        (
            "Emissions rose 1.3% last year to a record 57.1 billion tonnes",
            "United Nations Environment Programme",
        ),
    ]


def test_the_force_is_the_police_that_spoke():
    text = (
        "Head\n\nThe man was struck by a car at 1.20am, West Yorkshire Police said.\n\nA man was "
        "later arrested on suspicion of dangerous driving, the force said."
    )
    assert {name for _, name in speakers(text)} == {"West Yorkshire Police"}


def test_a_hyphenated_un_secretary_general_is_a_person():
    text = 'Head\n\n"We are on a tightrope," UN Secretary-General António Guterres said.'
    (found,) = suggest_claims(text, REGISTRY)
    assert (found.source_name, found.source_kind) == ("António Guterres", "person")


def test_calling_is_a_second_claim_after_the_first():
    # With its verb: "the recent parliamentary election illegitimate" alone says nothing.
    text = (
        "Head\n\nPresident Salome Zourabichvili said she would not leave office when her term "
        "ends, calling the recent parliamentary election illegitimate."
    )
    assert speakers(text) == [
        ("she would not leave office when her term ends", "Salome Zourabichvili"),
        ("calling the recent parliamentary election illegitimate", "Salome Zourabichvili"),
    ]


def test_a_quotation_that_opens_the_claim_then_but_did_not_deny():
    text = (
        'Head\n\nPalmeiras president Leila Pereira told reporters on Tuesday that "nothing has '
        'been signed" but did not deny that talks were at an advanced stage.'
    )
    assert speakers(text) == [("nothing has been signed", "Leila Pereira")]


def test_scientists_at_large_are_not_the_hospital_named_paragraphs_before():
    text = (
        "Head\n\nDr Ajay Shukla of Ram Manohar Lohia Hospital said he had treated 60 heatstroke "
        "cases in a week.\n\nDelhi's water minister accused Haryana of withholding water.\n\n"
        "Scientists say heatwaves in South Asia have become more frequent because of climate "
        "change."
    )
    assert speakers(text)[-1][1] == "Scientists"


def test_warning_of_after_a_quoted_phrase_keeps_its_verb():
    text = (
        'Head\n\nThe department issued a "red alert" for Delhi and three states, warning of a '
        '"very high likelihood" of heat illness among vulnerable people.'
    )
    assert speakers(text)[0][0] == (
        'warning of a "very high likelihood" of heat illness among vulnerable people'
    )


def test_it_is_the_company_the_text_called_one_though_its_name_reads_like_a_persons():
    text = (
        "Head\n\nA court has fined the mining company Andina Copper $4.2 million, the regulator "
        "said.\n\nThe Superintendency of the Environment said the company had failed to maintain "
        'a wall.\n\nAndina Copper said it accepted the ruling. In a statement, it said that "the '
        'safety of the communities where we operate is our highest priority."'
    )
    assert speakers(text)[-1][1] == "Andina Copper"


# Batch 55 (tests/data/suggest: iaea-plant, china-briefing, migrant-boat).


def test_a_post_on_x_ends_its_sentence_though_an_initial_does_not():
    from claims.text.sentences import sentence_spans

    text = (
        '"Every death was preventable," the group said in a post on X. It accused the EU of '
        "abandoning rescues. Former President George W. Bush said nothing."
    )
    assert [s for _, _, s in sentence_spans(text)] == [
        '"Every death was preventable," the group said in a post on X.',
        "It accused the EU of abandoning rescues.",
        "Former President George W. Bush said nothing.",
    ]


def test_the_group_is_the_charity_that_spoke_when_no_armed_group_did():
    text = (
        "Head\n\nThe charity Sea-Watch said European governments bore responsibility. "
        '"Every one of these deaths was preventable," the group said.'
    )
    assert [name for _, name in speakers(text)] == ["Sea-Watch", "Sea-Watch"]


def test_a_family_name_written_first_is_the_person_named_in_full():
    text = (
        "Head\n\nForeign Ministry spokesperson Mao Ning told a regular briefing that the sale "
        "was illegal.\n\nAsked about sanctions, Mao said only that the government would act "
        '"in accordance with the law."'
    )
    assert speakers(text)[-1] == (
        'the government would act "in accordance with the law."',
        "Mao Ning",
    )


def test_a_spokesperson_for_the_two_word_body_speaks_for_it():
    text = (
        "Head\n\nItaly's coast guard said it had not been alerted. A spokesperson for the coast "
        "guard said aircraft had searched the area.\n\nInterior Minister Matteo Piantedosi "
        "rejected the criticism."
    )
    assert [name for _, name in speakers(text)] == [
        "Italy's coast guard",
        "Italy's coast guard",
        "Matteo Piantedosi",
    ]


@pytest.mark.parametrize(
    "text, claims",
    [
        (
            "The minister rejected the criticism, telling the broadcaster RAI that the "
            "government was saving lives every day.",
            ["rejected the criticism", "the government was saving lives every day"],
        ),
        (
            "The agency said the damage had not compromised nuclear safety, but described the "
            'attack as a "serious incident".',
            [
                "the damage had not compromised nuclear safety",
                'described the attack as a "serious incident"',
            ],
        ),
    ],
)
def test_telling_a_broadcaster_and_but_described_are_second_claims(text, claims):
    assert [s for s, _ in speakers("Head\n\n" + text)] == claims


def test_a_claim_to_territory_is_not_a_claim_to_check():
    text = "Head\n\nChina claims the self-governing island as its own territory."
    assert speakers(text) == []


def test_a_warning_to_someone_keeps_its_verb_and_a_day_after_is_the_reporters():
    text = (
        "Head\n\nChina on Thursday warned the United States to stop selling weapons to Taiwan, "
        "a day after Washington approved a package of spare parts."
    )
    assert speakers(text) == [
        ("warned the United States to stop selling weapons to Taiwan", "China")
    ]


def test_which_it_said_is_the_described_subject_after_an_opening_place():
    text = (
        "Head\n\nForeign Ministry spokesperson Mao Ning said the sale was illegal.\n\nIn "
        "Taipei, the presidential office thanked Washington for the sale, which it said would "
        "help the island maintain its defenses."
    )
    assert speakers(text)[-1][1] == "presidential office"


def test_the_head_of_a_body_is_the_person_named_next():
    text = (
        "Head\n\nThe head of the U.N. nuclear watchdog said on Monday that a drone strike had "
        "put nuclear safety at risk.\n\nRafael Grossi, director general of the International "
        'Atomic Energy Agency (IAEA), told its board that the hits were "a clear violation".'
    )
    assert [name for _, name in speakers(text)] == ["Rafael Grossi", "Rafael Grossi"]
    (found,) = suggest_claims("Head\n\nThe IAEA said the dome had not been breached.", REGISTRY)
    assert found.source_kind == "organisation"


# Batch 56 (tests/data/suggest: kcna-missile, cdc-advisory, brazil-vote).


def test_a_headline_name_is_the_person_whose_full_name_holds_it():
    text = (
        "Brazil's Lula says he will veto tax cut for fuel distributors\n\nBRASILIA, March 4 "
        "(Reuters) - Brazilian President Luiz Inacio Lula da Silva said on Wednesday he would "
        'veto a bill.\n\n"I will not sign something that takes money from hospitals," Lula told '
        "reporters at the presidential palace, adding that the measure would cost the treasury "
        "12 billion reais a year."
    )
    assert speakers(text) == [
        ("he will veto tax cut for fuel distributors", "Luiz Inacio Lula da Silva"),
        ("he would veto a bill", "Luiz Inacio Lula da Silva"),
        (
            "I will not sign something that takes money from hospitals",
            "Luiz Inacio Lula da Silva",
        ),
        (
            "the measure would cost the treasury 12 billion reais a year",
            "Luiz Inacio Lula da Silva",
        ),
    ]


def test_an_acronym_is_the_body_whose_name_stops_at_its_and():
    text = (
        "CDC urges doctors to watch for measles\n\nNEW YORK (AP) — The Centers for Disease "
        "Control and Prevention said on Thursday it had been notified of 58 cases.\n\nIn a "
        "health alert, the CDC said many of the cases were linked to travel abroad, and "
        "recommended that all residents get vaccinated before international trips."
    )
    assert speakers(text) == [
        ("urges doctors to watch for measles", "Centers for Disease Control and Prevention"),
        ("it had been notified of 58 cases", "Centers for Disease Control and Prevention"),
        (
            "many of the cases were linked to travel abroad",
            "Centers for Disease Control and Prevention",
        ),
        (
            "recommended that all residents get vaccinated before international trips",
            "Centers for Disease Control and Prevention",
        ),
    ]


def test_a_dateline_is_not_the_speaker_when_a_time_follows_the_subject():
    text = (
        "Head\n\nNEW YORK (AP) — U.S. health officials on Thursday urged doctors to be on the "
        "lookout for measles."
    )
    assert speakers(text) == [
        ("urged doctors to be on the lookout for measles", "U.S. health officials")
    ]


def test_city_officials_are_the_citys_and_a_possessive_country_is_no_persons_name():
    text = (
        "Head\n\nIn Philadelphia, where nine cases were reported, city health officials said "
        "the outbreak appeared to be over.\n\nSouth Korea's Joint Chiefs of Staff said the "
        "missile flew about 1,000 km."
    )
    assert [name for _, name in speakers(text)] == [
        "Philadelphia's health officials",
        "South Korea's Joint Chiefs of Staff",
    ]


def test_but_highlighted_is_a_second_claim_with_its_verb():
    text = (
        "Head\n\nThe U.S. Indo-Pacific Command said in a statement that the launch did not pose "
        'an immediate threat, but highlighted "the destabilising impact" of the programme.'
    )
    assert [s for s, _ in speakers(text)] == [
        "the launch did not pose an immediate threat",
        'highlighted "the destabilising impact" of the programme',
    ]


# Batch 57 (tests/data/suggest: nigeria-results, crypto-trial, faa-grounding).


def test_an_agency_heads_title_and_the_agency_it_speaks_for():
    text = (
        "Head\n\nThe U.S. Federal Aviation Administration on Saturday ordered the grounding of "
        '171 jets.\n\n"Safety will continue to drive our decision-making," FAA Administrator '
        "Mike Whitaker said in a statement. The agency said the inspections would take four to "
        "eight hours per aircraft."
    )
    assert [name for _, name in speakers(text)] == [
        "Mike Whitaker",
        "Federal Aviation Administration",
    ]


def test_the_airline_is_the_one_the_paragraph_named_and_the_planemaker_is_a_company():
    text = (
        "Head\n\nAlaska Airlines Flight 1282 was carrying 171 passengers when a section of "
        "fuselage blew out. The airline said no one was seriously injured.\n\nBoeing said it "
        'supported the decision. "Safety is our top priority," the planemaker said.\n\nUnited '
        "Airlines, which operates 79 of the jets, said it had suspended service on some of them."
    )
    assert [name for _, name in speakers(text)] == [
        "Alaska Airlines",
        "Boeing",
        "Boeing",
        "United Airlines",
    ]


@pytest.mark.parametrize(
    "text, claims",
    [
        (
            "NTSB Chair Jennifer Homendy told reporters that investigators had not found the "
            "panel and asked residents near Portland to contact police if they located it.",
            [
                "investigators had not found the panel",
                "asked residents near Portland to contact police if they located it",
            ],
        ),
        (
            "The African Union's observer mission was more positive, describing the election "
            'as "largely peaceful."',
            ['describing the election as "largely peaceful."'],
        ),
    ],
)
def test_and_asked_and_a_description_after_was_are_claims_with_their_verbs(text, claims):
    assert [s for s, _ in speakers("Head\n\n" + text)] == claims


def test_his_party_is_the_party_the_article_gave_him():
    text = (
        'Head\n\nPeter Obi of the Labour Party said the vote was rigged. "We were robbed," Obi '
        "told a news conference. His party said results from polling units had been altered."
    )
    assert speakers(text)[-1] == (
        "results from polling units had been altered",
        "Labour Party",
    )


def test_a_company_officer_of_a_body_is_the_person_named_next():
    text = (
        "Head\n\nThe former chief technology officer of collapsed cryptocurrency exchange "
        "Vaultex testified on Tuesday that founder Daniel Reyes directed him to write the "
        "code.\n\nMarco Ferri, who pleaded guilty last year, told jurors that Reyes had asked "
        "him in 2020 to create a special setting."
    )
    assert [name for _, name in speakers(text)] == ["Marco Ferri", "Marco Ferri"]


def test_after_a_which_clause_and_said_is_the_first_subjects_again():
    text = (
        "Head\n\nNigeria's two main opposition parties on Wednesday rejected the result of the "
        "election, which the electoral commission said was won by Bola Tinubu, and said they "
        "would challenge it in court."
    )
    assert speakers(text) == [
        ("rejected the result of the election", "Nigeria's two main opposition parties"),
        ("was won by Bola Tinubu", "electoral commission"),
        ("they would challenge it in court", "Nigeria's two main opposition parties"),
    ]


# Batch 58 (tests/data/suggest: downing-street, inflation-data, cop-talks).


def test_no_10_is_a_body_and_its_spokesman_speaks_for_it():
    text = (
        "No 10 rules out snap election\n\nDowning Street has ruled out an early general "
        'election.\n\n"The prime minister is focused on delivering for the country," a No 10 '
        "spokesman told reporters on Monday."
    )
    assert names_and_kinds(text) == [
        ("No 10", "government"),
        ("Downing Street", "government"),
        ("No 10", "government"),
    ]


def test_after_a_group_of_mps_said_is_the_groups_and_never_the_next_unnamed_person():
    text = (
        "Head\n\nDowning Street has ruled out an early general election, after a group of "
        "Conservative MPs said they were preparing to submit letters of no confidence.\n\nOne "
        'former cabinet minister who attended said the mood was "grim".'
    )
    assert [name for _, name in speakers(text)] == [
        "Downing Street",
        "a group of Conservative MPs",
        "One former cabinet minister who attended",
    ]


def test_a_poll_that_put_a_party_ahead():
    text = (
        "Head\n\nA YouGov poll published on Sunday put Labour 21 points ahead of the Conservatives."
    )
    assert speakers(text) == [("Labour 21 points ahead of the Conservatives", "YouGov")]


# Batch 59 (tests/data/suggest: exclusive-sources, star-lawsuit).


def test_said_little_is_nothing_said_but_what_she_told_a_magazine_is():
    text = (
        "Head\n\nLana Reyes parted ways with her manager last year. She has said little "
        "publicly about the split, telling Rolling Stone in March "
        'only that "some people are not who you think they are."'
    )
    assert [s for s, _ in speakers(text)] == ["some people are not who you think they are"]
    assert speakers("Head\n\nThe minister said little about the plan.") == []


# Batch 60 (tests/data/suggest: sudan-live, chipmaker-release, long-covid-feature): page
# furniture, features and live blogs.


def test_the_links_under_read_more_and_a_live_blogs_key_events_are_never_suggested():
    text = (
        "Head\n\nKey events\nShow key events only\nArmy says its division is holding firm\n"
        "UN warns 300,000 civilians are trapped in the city\n\n"
        "The UN said 300,000 civilians were trapped in the city.\n\nRead more\n"
        "'My GP told me it was anxiety': women on the fight to be believed\n"
        "Doctors say the clinics are full\n\nThe army said its division was holding firm."
    )
    assert speakers(text) == [
        ("300,000 civilians were trapped in the city", "UN"),
        ("its division was holding firm", "army"),
    ]


def test_the_maker_of_something_is_a_company_and_the_company_later_is_it():
    text = (
        "Head\n\nNordic Silicon, the Finnish maker of power chips, said it would build a plant."
        "\n\nThe plant will employ about 1,800 people by 2028, the company said.\n\n"
        "Analysts at Jefferies said the move would help it win contracts."
    )
    assert names_and_kinds(text) == [
        ("Nordic Silicon", "organisation"),
        ("Nordic Silicon", "organisation"),
        ("Jefferies", "organisation"),
    ]


def test_she_is_the_speaker_named_after_her_sentences_subject():
    text = (
        "Head\n\nChief executive Aino Virtanen said demand was strong.\n\nNordic Silicon "
        "expects to apply for federal grants, Virtanen told reporters, but she said the "
        "investment did not depend on them."
    )
    assert [name for _, name in speakers(text)] == ["Aino Virtanen"] * 3


def test_she_is_never_a_lone_word_the_parse_calls_a_person_nor_a_name_after_for():
    text = (
        "Head\n\nWhen Rachel Mwangi caught Covid in the spring of 2022, she expected to be back "
        'at work within a fortnight.\n\n"I lost two years of my life," she says.\n\n'
        "Prof Danny Altmann said treatments were years away.\n\nFor Mwangi, the wait is the "
        'hardest part. "Some days I think the world has just moved on," she says.'
    )
    assert [name for _, name in speakers(text)] == [
        "Rachel Mwangi",
        "Danny Altmann",
        "Rachel Mwangi",
    ]


def test_an_outside_experts_institution_is_not_the_studys_and_which_the_authors_said_could():
    text = (
        "Head\n\nA study published last month found that some patients had fragments of the "
        "virus in their blood, which the authors said could explain their symptoms.\n\n"
        "Prof Danny Altmann, an immunologist at Imperial College London who was not involved "
        'in the study, called it "one of the most important pieces of the puzzle so far".'
    )
    found = speakers(text)
    assert [claim for claim, _ in found][:2] == [
        "some patients had fragments of the virus in their blood",
        "could explain their symptoms",
    ]
    assert found[0][1] == "A study"


def test_the_paramilitary_group_is_the_force_that_spoke_and_a_name_better_known_as():
    text = (
        "Head\n\nThe UN warns that 300,000 civilians are trapped.\n\nThe Rapid Support Forces "
        "said on Tuesday that its fighters had seized the airport.\n\nIn a statement posted on "
        'Telegram, the paramilitary group said it had "liberated" the airport.\n\n'
        "The RSF's leader, Mohamed Hamdan Dagalo, better known as Hemedti, said in a video "
        "address that his forces would protect civilians."
    )
    assert [name for _, name in speakers(text)] == [
        "UN",
        "Rapid Support Forces",
        "Rapid Support Forces",
        "Mohamed Hamdan Dagalo",
    ]


# Batch 61 (tests/data/suggest: insurer-results, truce-violations, tenancy-ruling).


@pytest.mark.parametrize(
    "headline",
    [
        "Halcyon Insurance profit beats forecasts as storm claims ease",
        "Armenia and Azerbaijan trade blame as border truce frays",
    ],
)
def test_a_headlines_noun_is_not_its_cue(headline):
    assert speakers(f"{headline}\n\nThe shares rose 5%.") == []


def test_a_court_rules_and_what_campaigners_called_its_judgment():
    text = (
        "Landlords cannot evict tenants for complaining about mould, appeal court rules\n\n"
        "Landlords in England cannot evict tenants in retaliation for complaints about mould, "
        "the Court of Appeal ruled on Wednesday, in a judgment campaigners called a turning "
        "point for renters.\n\nLady Justice Carr said the law did not permit a landlord to "
        "punish a tenant."
    )
    assert speakers(text) == [
        ("Landlords cannot evict tenants for complaining about mould", "Court of Appeal"),
        (
            "Landlords in England cannot evict tenants in retaliation for complaints about mould",
            "Court of Appeal",
        ),
        ("a turning point for renters", "campaigners"),
        ("the law did not permit a landlord to punish a tenant", "Lady Justice Carr"),
    ]


def test_its_lawyers_speak_for_a_company_and_a_complaint_reported_is_no_claim():
    text = (
        "Head\n\nNorthway Properties served notice on Amira Haddad weeks after she reported "
        "black mould in her child's bedroom to Hackney council.\n\nNorthway Properties said it "
        "was considering an appeal. In a statement, its lawyers said the notice had been "
        "served because the owner intended to sell the flat."
    )
    assert names_and_kinds(text) == [
        ("Northway Properties", "organisation"),
        ("Northway Properties", "organisation"),
    ]


def test_a_spokesperson_for_the_regulator_is_the_regulator_the_paragraph_named():
    text = (
        "Head\n\nHalcyon raised its dividend.\n\nThe Financial Conduct Authority is reviewing "
        "whether insurers have passed on higher costs fairly. A spokesperson for the "
        "regulator said its findings would be published in the autumn."
    )
    assert speakers(text) == [
        ("its findings would be published in the autumn", "Financial Conduct Authority")
    ]


def test_results_reported_on_a_day_beating_forecasts_are_the_figure_alone():
    text = (
        "Head\n\nHalcyon Insurance reported a 31% jump in first-half profit on Thursday, "
        "beating analysts' expectations as fewer storms offset rising costs.\n\nThe ministry "
        "announced that the talks would resume on Monday."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "a 31% jump in first-half profit",
        "the talks would resume on Monday",
    ]


def test_a_mission_keeps_its_place_and_which_baku_says_contains_is_bakus():
    text = (
        "Head\n\nThe European Union's monitoring mission in Armenia said its observers had "
        "heard firing overnight.\n\nHikmet Hajiyev wrote on X that Armenia was sabotaging the "
        "talks by refusing to change its constitution, which Baku says contains territorial "
        "claims on Azerbaijan."
    )
    assert [name for _, name in speakers(text)] == [
        "European Union's monitoring mission in Armenia",
        "Hikmet Hajiyev",
        "Baku",
    ]


# Batch 62 (tests/data/suggest: asteroid-probe, budget-senate, alzheimers-drug).


def test_scientists_doing_something_and_a_panel_of_advisers_keep_their_description():
    text = (
        "Head\n\nScientists studying samples returned from the asteroid Bennu say it is far "
        "more fragile than expected.\n\nA panel of independent advisers to the U.S. Food and "
        "Drug Administration voted unanimously on Monday that the benefits of the drug "
        "outweigh its risks, clearing the way for a likely approval later this year.\n\n"
        "The 11 panel members said data from a late-stage trial showed the drug slowed "
        "cognitive decline."
    )
    assert speakers(text) == [
        (
            "it is far more fragile than expected",
            "Scientists studying samples returned from the asteroid Bennu",
        ),
        (
            "the benefits of the drug outweigh its risks",
            "panel of independent advisers to the U.S. Food and Drug Administration",
        ),
        (
            "data from a late-stage trial showed the drug slowed cognitive decline",
            "panel of independent advisers to the U.S. Food and Drug Administration",
        ),
    ]


def test_the_company_is_the_maker_of_the_drug_the_lede_named():
    text = (
        "Head\n\nAdvisers backed Eli Lilly's Alzheimer's drug donanemab on Monday.\n\nBut "
        "they also raised concerns about a side effect known as ARIA, which occurred in about "
        "a quarter of patients. Three people in the trial died after developing ARIA, the "
        'company has said.\n\nThe Alzheimer\'s Association called it "a meaningful step".'
    )
    assert [name for _, name in speakers(text)][:1] == ["Eli Lilly"]


def test_an_aside_by_contrast_between_the_speaker_and_the_verb():
    text = (
        "Head\n\nSenate Minority Leader Mitch McConnell, by contrast, said a shutdown five weeks "
        'before an election "would have been political malpractice".'
    )
    assert speakers(text) == [
        (
            'a shutdown five weeks before an election "would have been political malpractice"',
            "Mitch McConnell",
        )
    ]


# Batch 63 (tests/data/suggest: brewery-deal, gas-prices-explainer): words that look like cues.


@pytest.mark.parametrize(
    "text",
    [
        "Things went according to plan for the founders, Tom Hale and Priya Desai, who started "
        "brewing in a garage in 2011 with a £5,000 loan.",
        "Insurance claims for flood and fire damage at breweries doubled last year.",
        'The sign above the brewery door still says "Brewed with love in Bristol".',
        "The group claims for itself a long history of brewing in the city.",
    ],
)
def test_idioms_nouns_and_signs_are_no_ones_claims(text):
    assert speakers(f"Head\n\n{text}") == []


def test_the_cue_words_the_parse_looks_for_are_whole_cues():
    from claims.suggest.syntax import _CUE_WORDS

    assert {"said", "claims", "blame", "condemned"} <= _CUE_WORDS
    # Words from inside a cue's conditions ("puts the death toll at …", "ruled on Friday
    # that …"), and cues only on a condition ("found that …"), are not.
    assert not {"toll", "would", "Fri", "has", "of", "found"} & _CUE_WORDS


def test_a_deals_two_companies_and_some_and_others_of_the_analysts():
    text = (
        "Head\n\nHopworks, the Bristol brewer, has agreed to be bought by Carlsberg for £410 "
        "million, the two companies announced on Tuesday.\n\nAnalysts are split. Some expect "
        "oil to fall if demand in China stays weak. Others warn that a wider conflict could "
        "push crude above $100."
    )
    assert [name for _, name in speakers(text)] == [
        "Hopworks and Carlsberg",
        "Analysts",
        "Analysts",
    ]


def test_found_last_year_that_and_recommended_a_scheme_and_a_websites_name():
    text = (
        "Head\n\nThe Competition and Markets Authority found last year that supermarket "
        "margins had risen sharply and recommended a scheme that would force retailers to "
        "publish their prices.\n\nPrices at motorway service stations are 20p a litre higher, "
        "according to data from PetrolPrices.com."
    )
    assert speakers(text) == [
        ("supermarket margins had risen sharply", "Competition and Markets Authority"),
        (
            "recommended a scheme that would force retailers to publish their prices",
            "Competition and Markets Authority",
        ),
        ("Prices at motorway service stations are 20p a litre higher", "PetrolPrices.com"),
    ]


def test_a_court_that_ruled_by_a_vote_on_a_day_and_a_decision_that_is_the_reporters():
    text = (
        "Head\n\nThe Supreme Court ruled 6-3 on Friday that federal agencies cannot impose "
        "large civil penalties through their own judges, a decision that could upend how "
        "regulators enforce the law."
    )
    assert speakers(text) == [
        (
            "federal agencies cannot impose large civil penalties through their own judges",
            "Supreme Court",
        )
    ]


# Batch 64 (tests/data/suggest: nurses-pay-live, film-review-row).


def test_a_letter_signed_by_veterans_of_a_brigade_is_the_veterans():
    text = (
        "Head\n\nThe letter, signed by 42 veterans of the Azov brigade, calls on European "
        "festivals to drop the film."
    )
    assert speakers(text) == [
        ("calls on European festivals to drop the film", "42 veterans of the Azov brigade")
    ]


def test_a_condition_that_opens_a_parenthetical_claim_is_part_of_it():
    text = (
        "Head\n\nNHS England says around 30,000 appointments are likely to be rescheduled "
        "today. If the strike goes ahead next week as well, it says, that figure could double."
    )
    assert speakers(text)[1] == (
        "If the strike goes ahead next week as well, it says, that figure could double",
        "NHS England",
    )


def test_a_colon_before_a_survey_that_found_is_two_claims():
    text = (
        "Head\n\nPolls suggest the public is still broadly on their side: a YouGov survey "
        "published yesterday found 59% of adults supported the action."
    )
    assert speakers(text) == [
        ("the public is still broadly on their side", "Polls"),
        ("59% of adults supported the action", "YouGov"),
    ]


# Batch 65 (tests/data/suggest: storm-floods, bail-hearing): cue verbs in other senses.


@pytest.mark.parametrize(
    "text",
    [
        "Climate activist denied bail after motorway protest\n\nHe will stay in custody.",
        "Head\n\nStorm Bert has claimed the lives of at least three people and left hundreds "
        "of homes without power.",
        "Head\n\nAn estimated 2,000 people were told to leave their homes in Pontypridd, where "
        "the river burst its banks.",
    ],
)
def test_cue_verbs_in_another_sense_are_no_claims(text):
    assert speakers(text) == []


def test_said_one_thing_but_admitted_another_is_two_claims():
    text = (
        'Head\n\nCouncil leader Andrew Morgan said flood defences had "held up well" but '
        "admitted some areas had still been overwhelmed."
    )
    assert speakers(text) == [
        ('flood defences had "held up well"', "Andrew Morgan"),
        # without its verb, as "admitted on Friday that hackers had …" is in the dev folder
        ("some areas had still been overwhelmed", "Andrew Morgan"),
    ]


# Batch 66 (tests/data/suggest: eu-summit-column).


def test_signs_protesters_hold_say_nothing_and_a_commanders_call_sign_is_no_sign():
    text = (
        "Head\n\nFootage shared on social media showed protesters outside the summit venue "
        'holding signs that said "Refugees welcome".\n\n"The enemy threw everything at us last '
        'night," a company commander who gave only his call sign, Falcon, told reporters.'
    )
    assert speakers(text) == [("The enemy threw everything at us last night", "Falcon")]


def test_notes_seen_by_a_newspaper_describe_as_theirs():
    text = "Head\n\nPolice notes seen by the Brussels Times describe the protest as peaceful."
    assert speakers(text) == [
        ("the protest as peaceful", "Police notes seen by the Brussels Times")
    ]


# Batch 67 (tests/data/suggest: coach-sacked, ai-safety-bill).


def test_and_saying_after_a_participle_is_a_second_claim_and_the_club_is_not_its_insiders():
    text = (
        'Head\n\nThe club confirmed his departure, thanking the Italian for "his hard work" '
        'and saying a replacement would be named "in due course".\n\nAccording to people '
        "close to the club, the board had been split on whether to dismiss him."
    )
    assert [name for _, name in speakers(text)] == ["club", "club", "people close to the club"]
    assert speakers(text)[1][0] == 'a replacement would be named "in due course"'


def test_including_someone_who_has_warned_that():
    text = (
        "Head\n\nThe bill is supported by some prominent AI researchers, including Geoffrey "
        "Hinton, who has warned that advanced AI could pose an existential threat to humanity."
    )
    assert speakers(text) == [
        ("advanced AI could pose an existential threat to humanity", "Geoffrey Hinton")
    ]


# Batch 68 (tests/data/suggest: care-homes-investigation, typhoon-xinhua): documents as sources.


def test_documents_that_suggest_show_and_indicate_are_the_sources():
    text = (
        "Head\n\nA care home operator charged councils at least £12 million for staff who were "
        "never on shift, internal rotas and invoices obtained by this newspaper suggest.\n\n"
        "Emails reviewed by the Guardian show that senior managers were warned about the "
        "practice in 2021.\n\nCourt filings show that Hampshire county council sued the "
        "operator last year."
    )
    assert [name for _, name in speakers(text)] == [
        "internal rotas and invoices obtained by this newspaper",
        "Emails reviewed by the Guardian",
        "Court filings",
    ]


def test_a_spokesperson_after_a_denial_and_the_official_news_agency():
    text = (
        "Head\n\nBrightwell Care, which runs 84 homes, billed councils for hours never worked."
        "\n\nBrightwell denied any wrongdoing. A spokesperson said the rotas did not capture "
        "the full picture.\n\nAbout 830,000 people had been evacuated before the storm made "
        "landfall on Friday, the official Xinhua news agency said.\n\nThe national weather "
        "agency warned of flash floods and landslides in mountainous provinces."
    )
    assert [name for _, name in speakers(text)] == [
        "Brightwell Care",
        "Brightwell Care",
        "Xinhua",
        "national weather agency",
    ]


# Batch 69 (tests/data/suggest: singer-memoir).


def test_a_name_in_a_possessive_where_it_is_said_and_a_parenthetical_explains():
    text = (
        "Adele Rivers' memoir: five things we learned\n\nThe book is out on Tuesday.\n\n"
        '"I thought the world had heard enough of me," she writes.\n\n"Throw your stones," '
        "the chorus goes. Those lines, Rivers explains, came to her at his funeral.\n\n"
        '"Who knows?" she says in the final chapter.'
    )
    found = speakers(text)
    assert [claim for claim, _ in found] == [
        "I thought the world had heard enough of me",
        "Those lines, Rivers explains, came to her at his funeral",
    ]
    assert found[0][1] == "Adele Rivers"


def test_a_registered_alias_that_only_begins_another_name_is_that_name():
    # "Meridian" is the registered alias of Meridian Midstream, a pipeline operator.
    text = (
        "Head\n\nHer record label, Meridian Music, wanted to cancel the tour.\n\nA spokesperson "
        "for Meridian said the label never considered cancelling the tour."
    )
    (found,) = suggest_claims(text, WITH_ACRONYMS)
    assert (found.source_name, found.source_id) == ("Meridian Music", None)
    (found,) = suggest_claims("Head\n\nMeridian said the leak was contained.", WITH_ACRONYMS)
    assert found.source_id == 2


# Batch 70 (tests/data/suggest: derby-report, retailer-update, athlete-obituary).


def test_a_side_that_claims_a_win_or_a_title_has_said_nothing():
    text = (
        "Harlow claim derby win as Okafor strikes late\n\nHarlow Town claimed a 2-1 win over "
        "Bramford Rovers on Saturday.\n\nShe claimed her first national title at 17 and won "
        "silver in Tokyo.\n\nThe rebels claimed control of the town on Sunday."
    )
    assert speakers(text) == [("control of the town on Sunday", "rebels")]


def test_her_family_speaks_for_itself_and_a_note_his_son_wrote_is_no_claim():
    text = (
        "Head\n\nMarguerite Essien, the sprinter, has died aged 81. Her family said she died "
        "peacefully at her home in Lagos on Tuesday.\n\nRichard Dorsey took the stand. Brandt "
        "asked Dorsey whether he had read a note his son wrote in class two days before the "
        "shooting."
    )
    assert speakers(text) == [
        ("she died peacefully at her home in Lagos on Tuesday", "Marguerite Essien's family")
    ]


def test_a_description_then_a_name_is_the_person_but_not_a_place_after_from():
    text = (
        "Head\n\nMarguerite Essien, the sprinter, has died aged 81.\n\nHer former pupil, the "
        "1996 Olympic relay champion Chioma Nwosu, said Essien had been strict.\n\nThe bill's "
        "author, Scott Wiener, a Democrat from San Francisco, said the measure was light."
    )
    assert [name for _, name in speakers(text)] == ["Chioma Nwosu", "Scott Wiener"]


def test_a_registered_alias_that_only_ends_another_name_is_that_name():
    # "Rovers" is the registered alias of Albion Rovers.
    text = (
        "Head\n\nHarlow Town beat Bramford Rovers on Saturday. His Rovers counterpart was "
        "unhappy.\n\nRovers said in a statement that they would cooperate fully."
    )
    (found,) = suggest_claims(text, WITH_ACRONYMS)
    assert (found.source_name, found.source_id) == ("Bramford Rovers", None)
    text = "Head\n\nOn Saturday Rovers said in a statement that they would cooperate fully."
    (found,) = suggest_claims(text, WITH_ACRONYMS)
    assert (found.source_name, found.source_id) == ("Albion Rovers", 3)


def test_the_company_is_the_one_whose_shares_the_story_opened_with():
    text = (
        "Shares in Pennant fall as retailer cuts outlook\n\nShares in Pennant, the clothing "
        "retailer, fell 9% on Thursday.\n\nThe company now expects pre-tax profit of between "
        "£118m and £125m.\n\nCarlsberg shares were little changed. The Danish group said the "
        "deal would be funded from existing cash."
    )
    assert [name for _, name in speakers(text)] == ["Pennant", "Carlsberg"]


# Batch 71 (tests/data/suggest: stabbing-trial, planning-row, laptop-review).


def test_an_unnamed_defendant_is_one_person_however_the_article_describes_them():
    text = (
        "Teenager tells jury he acted in self-defence\n\nA 17-year-old accused of murdering a "
        "man outside a Leeds nightclub has told a jury he only took out a knife because he was "
        "scared.\n\nThe boy, who cannot be named for legal reasons, denies murdering Callum "
        "Reid, 24, in Call Lane. He has admitted possessing a bladed article.\n\nProsecutor "
        "Helen Marsh KC told jurors in her opening speech that the teenager had bought the knife "
        "online.\n\nUnder cross-examination, Ms Marsh put it to the defendant that he had never "
        'been chased. "That\'s not true," he replied.'
    )
    assert [(claim[:24], name) for claim, name in speakers(text)] == [
        ("he acted in self-defence", "A 17-year-old"),
        ("he only took out a knife", "A 17-year-old"),
        ("denies murdering Callum ", "A 17-year-old"),
        ("possessing a bladed arti", "A 17-year-old"),
        ("the teenager had bought ", "Helen Marsh"),
        ("he had never been chased", "Helen Marsh"),
        ("That's not true", "A 17-year-old"),
    ]


def test_a_person_described_is_not_renamed_to_the_next_person_in_a_role():
    text = (
        'Head\n\n"They chose the men one by one," a 45-year-old trader told researchers.\n\n'
        "A spokesman, Colonel Souleymane Dembélé, said on state television that the army "
        "respected human rights."
    )
    assert [name for _, name in speakers(text)] == ["a 45-year-old trader", "Souleymane Dembélé"]


def test_what_a_company_claims_and_a_products_name_are_not_its_claims():
    text = (
        'Head\n\nOrbis says the battery lasts "up to 18 hours". That is fine for a working day, '
        "but well short of what the company claims, and behind rivals such as the MacBook Air."
        '\n\nOrbis calls it a "ProVision" display, which is marketing speak for an OLED panel.'
        "\n\nOrbis told us a firmware update due next month would make the fans quieter.\n\nThe "
        "video shows what the group says is a destroyed helicopter."
    )
    assert [claim for claim, _ in speakers(text)] == [
        'the battery lasts "up to 18 hours"',
        "a firmware update due next month would make the fans quieter",
        "is a destroyed helicopter",
    ]


# Batch 72 (tests/data/suggest: viral-video-check, minister-speech, influencer-backlash).


def test_a_statement_or_a_note_saying_something_is_its_authors_claim():
    text = (
        "Head\n\nThe ministry issued a statement saying the strikes had hit only military "
        "targets.\n\nSome accounts have deleted the clip. Others added a note saying it was "
        '"from a previous storm", without saying where it was filmed.'
    )
    assert speakers(text) == [
        ("the strikes had hit only military targets", "ministry"),
        ('it was "from a previous storm"', "Others"),
    ]


def test_with_users_claiming_after_a_comma_is_their_claim():
    text = (
        "Head\n\nA video of a flooded terminal has been viewed two million times this week, "
        "with users claiming it shows Dunmore Airport after Storm Elin."
    )
    assert speakers(text) == [("it shows Dunmore Airport after Storm Elin", "users")]


def test_an_airport_is_a_body_and_its_spokesperson_speaks_for_it():
    text = (
        "Head\n\nDunmore Airport said on Wednesday that its terminal had not flooded. "
        '"We have seen the video. It is not us," a spokesperson told us.'
    )
    assert names_and_kinds(text) == [("Dunmore Airport", "organisation")] * 2


def test_after_claiming_told_followers_and_a_comment_after_a_colon():
    text = (
        "Beauty influencer apologises after 'miracle' serum claims\n\nA beauty influencer with "
        "3.4 million followers has apologised after claiming that a £60 serum could reverse "
        "wrinkles in a week.\n\nIn a video posted on Instagram on Sunday, Kayla Brooks told "
        'followers the product had "literally taken ten years off my face".\n\nReaction online '
        'was mixed. "She apologised, move on," wrote one follower. Another commented: "She only '
        'apologised because she got caught."'
    )
    assert speakers(text) == [
        ("a £60 serum could reverse wrinkles in a week", "Kayla Brooks"),
        ('the product had "literally taken ten years off my face"', "Kayla Brooks"),
        ("She apologised, move on", "one follower"),
        ("She only apologised because she got caught", "Another"),
    ]


def test_a_headline_ending_in_what_a_trial_heard_is_all_the_trials():
    text = (
        'Nurse told colleagues she had "made a mistake", murder trial hears\n\nA nurse accused '
        "of murdering two patients told colleagues she had made a mistake, a jury has heard."
    )
    assert speakers(text)[0] == ('Nurse told colleagues she had "made a mistake"', "murder trial")


# Batch 73 (tests/data/suggest: er-boarding, statehouse-budget, fab-delay).


def test_a_byline_and_a_wire_storys_credits_are_furniture():
    assert furniture_reason("By Jane Ellery and Tom Brandt") == "byline"
    assert furniture_reason("(Reporting by Jane Ellery; Editing by Mark Porter)") == "credits"
    assert furniture_reason("By the end of the day, prices had fallen 4%.") is None


def test_a_headlines_sources_and_the_company_are_the_ledes_after_a_byline():
    text = (
        "Exclusive: Korvan delays Ohio chip plant to 2030, sources say\n\nBy Jane Ellery and "
        "Tom Brandt\n\nSAN FRANCISCO, Dec 3 (Reuters) - Korvan Semiconductor has pushed back "
        "the opening of its chip factory in Ohio to 2030, three people familiar with the matter "
        "said.\n\nKorvan declined to comment. In a statement, the company said it remained "
        "committed to Ohio.\n\nAnalysts at Bernstein wrote that Korvan was spending too much."
    )
    assert [name for _, name in speakers(text)] == [
        "three people familiar with the matter",
        "three people familiar with the matter",
        "Korvan Semiconductor",
        "Bernstein",
    ]


def test_a_titled_persons_office_and_a_states_center_by_its_full_name():
    text = (
        "Head\n\nPatients waited a median of 14 hours for a bed, according to state data "
        "released Tuesday.\n\nThe figures, from the state's Center for Health Information and "
        "Analysis, show that more than 1,200 patients a week waited over 24 hours.\n\nGov. "
        "Maura Healey's administration said it was spending $45 million on nursing homes."
    )
    assert [name for _, name in speakers(text)] == [
        "state data",
        "Center for Health Information and Analysis",
        "Maura Healey's administration",
    ]


# Batch 74 (tests/data/suggest: fuel-duty-explainer, comet-flyby, frontline-live).


def test_where_a_correspondent_is_does_not_name_whom_a_headline_quotes():
    text = (
        "Ukraine war live: Kyiv says 40 drones shot down overnight\n\n09:15 GMT — Our "
        "correspondent in Kyiv reports that air raid sirens sounded across the capital for more "
        "than three hours overnight."
    )
    assert [name for _, name in speakers(text)] == ["Kyiv", "Our correspondent"]


def test_calculates_that_the_think_tank_and_the_government_itself():
    text = (
        "Head\n\nAbout £3bn a year, according to the Office for Budget Responsibility, the "
        "government's official forecaster.\n\nThe Institute for Fiscal Studies calculates that "
        "the top fifth of earners gain about twice as much. But as a share of income, the gain "
        "is bigger for poorer households, the think tank says.\n\nThe government insists the "
        "freeze helps families with the cost of living."
    )
    assert [name for _, name in speakers(text)] == [
        "Office for Budget Responsibility",
        "Institute for Fiscal Studies",
        "Institute for Fiscal Studies",
        "government",
    ]


def test_measurements_that_indicate_are_the_source_of_what_they_indicate():
    text = "Head\n\nEarly measurements indicate the nucleus is about 1.4km across."
    assert speakers(text) == [("the nucleus is about 1.4km across", "Early measurements")]


# Batch 75 (tests/data/suggest: rail-strike-talks, appeal-ruling).


def test_friends_of_and_a_court_of_appeals_are_each_one_name():
    text = (
        "Head\n\nIn a 2-1 decision, a panel of the 6th U.S. Circuit Court of Appeals found that "
        "the law was too vague.\n\nFriends of George's, the Memphis theater group that challenged "
        'the law, called the ruling "a victory for every artist in Tennessee."\n\nOfficials of '
        "the Kremlin said the talks had stalled."
    )
    assert [name for _, name in speakers(text)] == [
        "6th U.S. Circuit Court of Appeals",
        "Friends of George's",
        "The Kremlin",
    ]


# Batch 76 (tests/data/suggest: blackout-what-we-know, economist-interview).


def test_a_lists_bullet_is_no_part_of_what_the_line_says():
    text = (
        'Head\n\nWhat are people saying?\n- "We had no idea what was going on," said Lucía '
        "Romero, 34.\n  • -5C was forecast."
    )
    assert [text[s:e] for s, e in paragraph_spans(text)][2:] == [
        '"We had no idea what was going on," said Lucía Romero, 34.',
        "-5C was forecast.",
    ]
    assert speakers(text) == [("We had no idea what was going on", "Lucía Romero")]


def test_a_body_described_by_whose_it_is_between_commas():
    text = (
        "Head\n\nRed Eléctrica, Spain's grid operator, said 15 gigawatts of generation "
        "disappeared from the system in five seconds."
    )
    assert names_and_kinds(text) == [("Red Eléctrica", "organisation")]


def test_which_they_say_goes_on_in_the_speakers_words_and_a_disagreement_after_a_colon():
    text = (
        "Head\n\nSome critics have blamed the heavy reliance on solar power, which they say "
        'makes the grid less stable.\n\nSahm disagreed: "They were late on the way up."'
    )
    assert [claim for claim, _ in speakers(text)] == [
        "blamed the heavy reliance on solar power, which they say makes the grid less stable",
        "They were late on the way up",
    ]


# Batch 77 (tests/data/suggest: transfer-rumour, burglary-appeal, celebrity-split).


def test_reports_that_no_one_owns_are_a_hedge_in_a_headline_and_after_according_to():
    text = (
        "Castellano closes in on £70m move to Arsenal, reports say\n\nArsenal are close to "
        "agreeing a deal for Diego Castellano, according to reports in Spain.\n\nThe sports "
        "daily Marca reported on Tuesday that the two clubs had agreed a fee."
    )
    assert [(s.type, s.source_name) for s in suggest_claims(text, REGISTRY)] == [
        ("unattributed", None),
        ("unattributed", None),
        ("indirect", "Marca"),
    ]


def test_a_couple_speaks_as_the_two_of_them():
    text = (
        "Head\n\nSinger Nia Vance and her husband, the actor Tom Hollis, have separated after six "
        "years of marriage, their representatives confirmed on Monday.\n\nIn a joint statement, "
        'the couple said they had "made the difficult decision to part ways" and asked for '
        "privacy for their two children."
    )
    assert speakers(text) == [
        (
            "Singer Nia Vance and her husband, the actor Tom Hollis, have separated after six "
            "years of marriage",
            "Nia Vance and Tom Hollis",
        ),
        ('they had "made the difficult decision to part ways"', "Nia Vance and Tom Hollis"),
        ("asked for privacy for their two children", "Nia Vance and Tom Hollis"),
    ]


def test_a_neighbour_named_after_the_word_is_the_person():
    text = 'Head\n\nNeighbour Paul Greer said the street was "normally so quiet".'
    assert names_and_kinds(text) == [("Paul Greer", "person")]


# Batch 78 (tests/data/suggest: book-review-idioms, recall-notice).


def test_an_author_shows_that_and_a_product_recalled_says_nothing():
    text = (
        "Baby sleeping bags recalled over suffocation risk\n\nRetailer Brightnest is recalling "
        "40,000 baby sleeping bags, the company said on Friday.\n\nThe historian Sarah Collins has "
        "written a new book. She shows that Norwegian "
        "officials in the 1970s were told the sea ice was thinning. Needless to say, the "
        "officials did not agree to be interviewed."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "Retailer Brightnest is recalling 40,000 baby sleeping bags",
        "Norwegian officials in the 1970s were told the sea ice was thinning",
    ]


@pytest.mark.parametrize(
    "cue", ["hinted", "underscored", "indicated", "mentioned", "remarked", "reaffirmed", "charged"]
)
def test_verbs_that_report_only_with_their_that(cue):
    text = f"Head\n\nThe governor {cue} on Monday that the state would not raise taxes."
    assert speakers(text) == [("the state would not raise taxes", "governor")]


# Batch 79 (tests/data/suggest: mirror-polish, obesity-pill).


def test_an_external_board_is_its_own_body_and_engineers_and_which_called():
    text = (
        "Head\n\nThe first segments have passed their tests, the observatory's operator said.\n\n"
        "A report by the project's external review board, published in March, found that the "
        "dome was running 18 months late.\n\nIn a paper published in the journal Optics Express, "
        "engineers working on the project note that no mirror of this size has been polished so "
        "finely. The machines were built by Safran Reosc in France, which called the order "
        '"the most demanding in our history".'
    )
    assert [name for _, name in speakers(text)] == [
        "observatory's operator",
        "project's external review board",
        "engineers working on the project",
        "Safran Reosc",
    ]


# Batch 80 (tests/data/suggest: lender-profits, midwives-ballot).


def test_a_consensus_forecast_claims_nothing_and_a_reason_after_the_attribution():
    text = (
        "Head\n\nPre-tax profit rose to £3.9bn, the bank said. Analysts had expected £3.6bn, "
        "according to a company-compiled consensus.\n\nThe bank also set aside £210m for loan "
        "losses, chief financial officer Mark Tran said, mainly because of a weaker outlook for "
        "commercial property."
    )
    assert speakers(text) == [
        ("Pre-tax profit rose to £3.9bn", "bank"),
        ("The bank also set aside £210m for loan losses", "Mark Tran"),
    ]


# Batch 81 (tests/data/suggest: truce-strikes, fuel-tax-hike).


def test_the_front_a_spokesman_whose_claim_names_a_woman_and_a_first_name_given():
    text = (
        "Head\n\nA ceasefire between Valdoria and the Northern Liberation Front came under strain."
        "\n\nThe Front denied starting the fighting. Its spokesman, Arif, told reporters that "
        'drones had struck a village, killing a woman and her son. "The army breaks the truce," '
        'he said.\n\n"We spent the night in the basement," said one resident, who gave only her '
        "first name, Miriam."
    )
    found = names_and_kinds(text)
    assert [name for name, _ in found] == ["Northern Liberation Front", "Arif", "Arif", "Miriam"]
    assert found[-1] == ("Miriam", "person")


def test_a_wire_dateline_and_the_state_department_of_a_us_state():
    text = (
        "Head\n\nHARRISBURG, Pa. (AP) — Pennsylvania drivers will pay the highest state gas tax "
        "in the country, the state Department of Revenue said Monday."
    )
    assert speakers(text) == [
        (
            "Pennsylvania drivers will pay the highest state gas tax in the country",
            "Pennsylvania Department of Revenue",
        )
    ]


# Batch 82 (tests/data/suggest: cider-merger-probe, corridor-care).


def test_the_uks_watchdog_is_named_later_and_one_in_three_is_of_those_surveyed():
    text = (
        "Head\n\nThe UK's competition watchdog has opened an investigation into the merger, saying "
        "the deal could push up prices.\n\nThe Competition and Markets Authority said the combined "
        "company would control almost half of the market.\n\nTwo-thirds of nurses said they had "
        "cared for patients in corridors, a survey by the Royal College of Nursing found. One in "
        "three said patients had died in a corridor."
    )
    assert [name for _, name in speakers(text)] == [
        "Competition and Markets Authority",
        "Competition and Markets Authority",
        "Royal College of Nursing",
        "Royal College of Nursing",
    ]


# Batch 83 (tests/data/suggest: budget-commons-vote, supreme-court-benefits).


def test_an_opening_participle_a_judgment_given_and_the_courts_justices():
    text = (
        "Head\n\nOpening the final day of debate, the chancellor, Rachel Reeves, told MPs the "
        "budget would fix the foundations.\n\nThe Supreme Court has ruled on the cap. In a 3-2 "
        "decision, the court's justices found that the cap breached the convention. Lady "
        "Simler, giving the lead judgment, said the government had failed to justify it."
    )
    assert [name for _, name in speakers(text)] == [
        "Rachel Reeves",
        "Supreme Court",
        "Lady Simler",
    ]


# Batch 84 (tests/data/suggest: pm-press-conference).


def test_telling_reporters_that_repeated_that_and_a_partys_person():
    text = (
        "Prime minister refuses to rule out tax rises\n\nThe prime minister has refused to rule "
        'out raising taxes, telling reporters that "nothing is off the table".\n\nSpeaking in '
        "Downing Street, Keir Starmer said the finances were worse than anyone was told. "
        'Pressed on the pledge, Starmer repeated that the manifesto "speaks for itself".\n\n'
        'Reform UK\'s Nigel Farage called the press conference "a masterclass in saying nothing".'
    )
    assert [name for _, name in speakers(text)] == ["Keir Starmer"] * 3 + ["Nigel Farage"]


# Batch 85 (tests/data/suggest: camp-fire, filibuster-vote, app-store-trial).


def test_a_first_verbs_subject_speaks_for_the_verb_joined_to_it():
    text = (
        "Head\n\nThe mayor, Jo Platt, toured the estate on Friday and said the council would pay "
        "for repairs."
    )
    assert speakers(text) == [("the council would pay for repairs", "Jo Platt")]


def test_the_group_is_one_body_not_the_headlines_aid_groups():
    text = (
        "Fire tears through camp, aid groups say\n\nA fire swept through a camp on Sunday, aid "
        "agencies said.\n\nDoctors Without Borders, which runs a clinic in the camp, said its "
        "teams had treated 41 people. The group warned that the clinic was running short of "
        "dressings."
    )
    assert [name for _, name in speakers(text)][-2:] == ["Doctors Without Borders"] * 2


def test_a_described_person_is_named_only_by_the_next_paragraph():
    text = (
        "Head\n\nA camp leader told Reuters that at least seven people had died.\n\nA police "
        "official said it appeared to have started at a stove.\n\nDoctors Without Borders said "
        'its teams had treated 41 people.\n\n"We are seeing a lot of burns," said Halima Oumar, '
        "a nurse."
    )
    assert names_and_kinds(text)[0] == ("A camp leader", "person")


def test_a_judge_described_is_the_judge_named_next_and_a_studio_is_a_body():
    text = (
        "Head\n\nA federal judge in San Francisco ruled on Thursday that a developer can take its "
        "lawsuit to trial.\n\nJudge Helen Osei wrote that Brightloop Games had presented "
        "sufficient evidence.\n\nBrightloop, a 40-person studio, alleges that Vantix charged it a "
        "30% commission."
    )
    assert [name for _, name in speakers(text)] == [
        "Helen Osei",
        "Helen Osei",
        "Brightloop Games",
    ]


# Batch 86 (tests/data/suggest: kherson-shelling, measles-county, plant-closure, grocer-results).


def test_a_places_mp_is_the_person_named_beside():
    text = 'Head\n\nLuton\'s MP, Sarah Owen, said she was "devastated" for the town.'
    assert speakers(text) == [('she was "devastated" for the town', "Sarah Owen")]


def test_a_warning_after_a_participles_phrase_is_a_second_claim():
    text = (
        "Head\n\nHarwood's reported a 14% rise in annual profit on Wednesday, beating City "
        "forecasts, but warned that a price war would squeeze margins this year."
    )
    assert speakers(text) == [
        ("a 14% rise in annual profit", "Harwood's"),
        ("a price war would squeeze margins this year", "Harwood's"),
    ]


# Batch 87 (tests/data/suggest: grain-talks, founder-profile).


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Head\n\nThe state news agency RIA Novosti quoted Deputy Foreign Minister Sergei "
            'Vershinin as saying that Moscow had "never refused" to negotiate on shipping.',
            "Sergei Vershinin",
        ),
        (
            "Head\n\nA UN spokesperson, Stéphane Dujarric, was quoted by Reuters as saying the "
            'organisation was "in contact with all parties".',
            "Stéphane Dujarric",
        ),
        (
            "Head\n\nMykhailo Podolyak, an adviser to the presidential office, put it bluntly: "
            '"Russia wants sanctions relief for stopping attacks it started."',
            "Mykhailo Podolyak",
        ),
        (
            'Head\n\nTurkish officials were adamant that any new arrangement must be "inclusive".',
            "Turkish officials",
        ),
        ("Head\n\nMs Osei reportedly told colleagues that she would resign.", "Osei"),
    ],
)
def test_quoted_as_saying_put_it_bluntly_adamant_and_reportedly(text, name):
    assert [speaker for _, speaker in speakers(text)] == [name]


def test_her_after_a_preposition_is_someone_else_and_a_short_quote_goes_on():
    text = (
        'Head\n\n"She was always the one fixing the rota," recalls Tom Brennan, a charge nurse '
        "who worked with her. He says she once rebuilt a ward's booking spreadsheet over a "
        'weekend.\n\nAsked whether she misses nursing, Grace Adeyemi pauses. "Every day," she '
        'says. "But I think I help more people this way."'
    )
    assert speakers(text) == [
        ("She was always the one fixing the rota", "Tom Brennan"),
        ("she once rebuilt a ward's booking spreadsheet over a weekend", "Tom Brennan"),
        ("But I think I help more people this way", "Grace Adeyemi"),
    ]


# Batch 88 (tests/data/suggest: g7-communique, deputy-shooting, exoplanet-water).


def test_a_reporters_but_clause_joined_to_the_cue_is_not_the_claim():
    text = (
        "Head\n\nLeaders of the Group of Seven said on Sunday they would keep sanctions on Russia "
        'in place "for as long as it takes", but their final statement papered over divisions '
        "on steel."
    )
    assert [claim for claim, _ in speakers(text)] == [
        'they would keep sanctions on Russia in place "for as long as it takes"'
    ]


@pytest.mark.parametrize("place", ["", " in Pinellas County"])
def test_the_subject_around_a_passives_agent_speaks_with_its_auxiliary(place):
    text = (
        "Head\n\nThe family of a 27-year-old man who was shot and killed by a sheriff's deputy "
        f"during a traffic stop{place} last week is demanding that the footage be made public."
    )
    assert [name for _, name in speakers(text)] == ["family of a 27-year-old man"]


def test_the_team_is_the_researchers_the_article_described():
    text = (
        "Head\n\nAstronomers using the James Webb Space Telescope say they have found water "
        "vapour on a rocky planet.\n\nThe planet orbits a red dwarf. In a paper published on "
        "Wednesday, the team reported a signal consistent with water vapour."
    )
    assert [name for _, name in speakers(text)] == [
        "Astronomers using the James Webb Space Telescope"
    ] * 2


# Batch 89 (tests/data/suggest: border-clashes-live, battery-plant-subsidy).


def test_an_embedded_post_is_its_signers_and_a_live_label_is_not_the_claim():
    text = (
        "Yerevan says two soldiers killed – live updates\n\nThe EU's foreign policy chief has "
        "posted on X:\n\nThere is no military solution. I call on both sides to respect the "
        "ceasefire.\n— Kaja Kallas (@kajakallas) May 14, 2025\n\nOur correspondent in Yerevan, "
        "Anna Petrosyan, reports that ambulances were seen heading towards Jermuk."
    )
    assert speakers(text) == [
        ("two soldiers killed", "Yerevan"),
        (
            "There is no military solution. I call on both sides to respect the ceasefire.",
            "Kaja Kallas",
        ),
        ("ambulances were seen heading towards Jermuk", "Anna Petrosyan"),
    ]


def test_a_document_seen_by_reuters_and_it_for_a_company_by_its_first_word():
    text = (
        "Head\n\nHanjin Energy has paused construction of a plant, two people familiar with the "
        "matter said.\n\nThe company told suppliers that work would stop, according to one of "
        "the people and an internal email seen by Reuters.\n\nHanjin did not respond to requests "
        'for comment. In a filing last month, it said it would "flexibly adjust" investment.\n\n'
        'Governor Brian Kemp has hailed the state\'s "electric mobility belt" as proof that his '
        "policies are working."
    )
    assert [name for _, name in speakers(text)] == [
        "two people familiar with the matter",
        "two people familiar with the matter",
        "Hanjin Energy",
        "Brian Kemp",
    ]


def test_a_dash_inside_the_claim_is_not_a_dateline():
    text = "Head\n\nOfficials said the bridge would reopen next week — a month later than planned."
    assert speakers(text) == [
        ("the bridge would reopen next week — a month later than planned", "Officials")
    ]


def test_the_company_is_not_the_union_that_spoke_before():
    text = (
        "Head\n\nTalks broke down on Tuesday. The union blamed management, saying it had refused "
        "to improve its offer, while the company said the union's demands were unaffordable."
    )
    assert [name for _, name in speakers(text)] == ["union", "company"]


# Batch 90 (tests/data/suggest: pub-chain-bid, appeals-dissent).


def test_the_board_is_the_company_and_a_pub_groups_arms_is_no_person():
    text = (
        "Head\n\nMarston Arms has rejected a takeover approach from Calder Partners, saying it "
        'undervalued the company.\n\nIn a statement, the board said it had "unanimously '
        'rejected" the proposal.'
    )
    assert names_and_kinds(text)[-1] == ("Marston Arms", "organisation")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Head\n\nIn a dissent, Judge Helene White said the majority was wrong.", "Helene White"),
        (
            'Head\n\n"Our daughter is terrified," said one mother, who asked to be identified only '
            "by her first name, Rachel, because of threats.",
            "Rachel",
        ),
        (
            'Head\n\nAttorney General Jonathan Skrmetti welcomed the decision, calling it "a win '
            'for children".',
            "Jonathan Skrmetti",
        ),
    ],
)
def test_a_name_ending_in_white_a_first_name_given_and_calling_it(text, name):
    assert [speaker for _, speaker in speakers(text)] == [name]


# From probes of cue verbs and attribution shapes (not from a dev article).


@pytest.mark.parametrize(
    "cue",
    ["assured investors that", "reminded voters that", "informed the court that", "joked that",
     "made clear that", "left no doubt that", "was adamant that"],
)  # fmt: skip
def test_cues_with_an_audience_or_a_phrase_before_that(cue):
    text = f"Head\n\nThe mayor {cue} the council would pay for repairs."
    assert speakers(text) == [("the council would pay for repairs", "mayor")]


@pytest.mark.parametrize(
    ("sentence", "claim", "name"),
    [
        (
            "The council would pay for repairs, the mayor wrote in a letter to residents seen "
            "by the Guardian.",
            "The council would pay for repairs",
            "mayor",
        ),
        (
            "The council, says the mayor, will pay for repairs to the estate.",
            "The council, says the mayor, will pay for repairs to the estate",
            "mayor",
        ),
        (
            "The council would foot the bill, a source at City Hall told the Standard.",
            "The council would foot the bill",
            "a source at City Hall",
        ),
    ],
)
def test_a_letter_seen_by_a_paper_a_cue_before_its_speaker_and_a_source_at(sentence, claim, name):
    assert speakers(f"Head\n\n{sentence}") == [(claim, name)]


# Batch 91 (tests/data/suggest: summit-visit, drugmaker-results), and probes of descriptions.


def test_the_french_president_is_the_person_just_named():
    text = (
        "Head\n\nKeir Starmer met Emmanuel Macron in Paris on Thursday.\n\nThe French president "
        "told a news conference that the two countries had agreed to go further."
    )
    assert [name for _, name in speakers(text)] == ["Emmanuel Macron"]


def test_a_company_described_by_where_it_is_based():
    text = (
        "Head\n\nPfizer said its vaccine was 90% effective. The New York-based drugmaker said it "
        "would seek approval next month.\n\nAnalysts at Jefferies said the results were strong."
        "\n\nPfizer's American rival, Brightwell Labs, reports next week. The Indianapolis-based "
        "company has said it expects its drug to sell well."
    )
    assert [name for _, name in speakers(text)] == [
        "Pfizer",
        "Pfizer",
        "Jefferies",
        "Brightwell Labs",
    ]


# Batch 92 (tests/data/suggest: water-fine, quake-aid).


def test_a_regulator_named_after_its_kind_a_water_company_and_the_utility():
    text = (
        "Head\n\nThames Water has been fined by the regulator Ofwat.\n\nOfwat said the company "
        "failed to properly operate and maintain its sewage treatment works, leading to spills. "
        "The regulator also said two dividends had breached a new rule.\n\nThames Water said it "
        "accepted the findings. The utility added that it had increased investment by 40%."
    )
    assert speakers(text) == [
        (
            "the company failed to properly operate and maintain its sewage treatment works, "
            "leading to spills",
            "Ofwat",
        ),
        ("two dividends had breached a new rule", "Ofwat"),
        ("it accepted the findings", "Thames Water"),
        ("it had increased investment by 40%", "Thames Water"),
    ]


def test_a_sum_others_described_as_is_theirs():
    text = (
        "Head\n\nBritain said it would provide £1m in emergency funding, a sum aid groups "
        'described as "a drop in the ocean".'
    )
    assert speakers(text) == [
        ("it would provide £1m in emergency funding", "Britain"),
        ('described as "a drop in the ocean"', "aid groups"),
    ]


# Batch 93 (tests/data/suggest: ashes-squad, rapper-trial).


def test_a_short_form_that_skips_one_word_and_a_nickname_inside_a_name():
    text = (
        "Head\n\nThe England and Wales Cricket Board confirmed that Mark Wood had been ruled out. "
        "The ECB said Wood would continue his rehabilitation in Durham.\n\nThe rapper Kane "
        '"K-Dot" Asante has told a jury he acted in self-defence. Asante accepted that he had '
        'been drinking but said he was "not drunk".'
    )
    assert [name for _, name in speakers(text)] == [
        "England and Wales Cricket Board",
        "England and Wales Cricket Board",
        "Kane Asante",
        "Kane Asante",
        "Kane Asante",
    ]


# Batch 94 (tests/data/suggest: poll-lead, heat-study).


def test_a_named_pollsters_poll_is_the_pollsters_and_puts_a_party_on_a_share():
    text = (
        "Head\n\nReform UK has extended its lead to nine points, according to a YouGov poll for "
        "The Times.\n\nA separate poll by Ipsos found that 79% of voters were dissatisfied. "
        "A poll by Opinium put Labour on 20%."
    )
    assert [name for _, name in speakers(text)] == ["YouGov", "Ipsos", "Opinium"]


def test_days_are_never_a_speaker_and_a_long_according_to_is_read():
    text = (
        "Head\n\nThe survey of 2,200 adults, carried out on Sunday and Monday, put Labour on "
        "20%.\n\nHeatwaves caused about 16,500 deaths this summer, according to a rapid study "
        "published on Wednesday by researchers at Imperial College London and the London School "
        "of Hygiene & Tropical Medicine."
    )
    claims = [claim for claim, _ in speakers(text)]
    assert claims == ["Heatwaves caused about 16,500 deaths this summer"]


# Batch 95 (tests/data/suggest: ferry-sinking, strike-talks-rail).


def test_as_well_as_goes_on_a_unions_own_name_and_in_a_statement_is_where():
    text = (
        "Head\n\nThe RMT union said Transport for London had agreed to a 4.5% pay rise, as well as "
        "a commitment that there would be no compulsory redundancies.\n\nTfL confirmed the deal in "
        "a brief statement.\n\nThe Aslef train drivers' union said its own strike would go ahead."
    )
    assert speakers(text) == [
        (
            "Transport for London had agreed to a 4.5% pay rise, as well as a commitment that "
            "there would be no compulsory redundancies",
            "RMT",
        ),
        ("confirmed the deal", "Transport for London"),
        ("its own strike would go ahead", "Aslef"),
    ]


# Batch 96 (tests/data/suggest: chip-earnings-tickers, school-vaccine-ruling, bridge-bill-senate,
# depot-drone-strike, nurse-staffing-report), written after reading real wire copy the rules had
# never seen.


def test_a_stock_ticker_is_no_speaker_and_shares_name_their_company():
    text = (
        "Head\n\nOrlin Systems Inc (ORL.N) said on Monday that orders had doubled.\n\nShares of "
        "Pellam Foods Inc fell 4% after the company said sales had slowed. Kessel Corp (NYSE: "
        "KSL) said demand was steady.\n\nShares in Marlow fell 2% after the bank said its "
        "losses had grown."
    )
    assert [name for _, name in speakers(text)] == [
        "Orlin Systems Inc",
        "Pellam Foods Inc",
        "Kessel Corp",
        "Marlow",
    ]


def test_a_plural_title_names_two_people_and_a_surname_one_of_them():
    text = (
        "Head\n\nSens. Ada Brill and Jonas Petty said the vote would be close.\n\nPetty said "
        "later that six Republicans were undecided.\n\nAttorneys Rosa Lind and Carl M. Ward Jr. "
        "argued that the law was unconstitutional."
    )
    assert names_and_kinds(text) == [
        ("Ada Brill and Jonas Petty", "person"),
        ("Jonas Petty", "person"),
        ("Rosa Lind and Carl M. Ward Jr.", "person"),
    ]


def test_a_justices_decision_and_order_are_hers_and_her_description_names_her_next():
    text = (
        "Head\n\nThe law stands after a county judge said she was not persuaded by the families' "
        "claims.\n\nHarlan County Superior Court Justice Ines Varga wrote in the decision that, at "
        "this stage, the risk to children outweighed the harm claimed.\n\nJustice Ines Varga's "
        "order said the law would be reviewed in a year."
    )
    assert speakers(text) == [
        ("she was not persuaded by the families' claims", "Ines Varga"),
        ("at this stage, the risk to children outweighed the harm claimed", "Ines Varga"),
        ("the law would be reviewed in a year", "Ines Varga"),
    ]


def test_said_that_according_to_is_the_speakers_claim_citing_another():
    text = "Head\n\nPolice said that, according to witnesses, the driver fled on foot."
    assert speakers(text) == [("according to witnesses, the driver fled on foot", "Police")]


def test_a_quote_told_to_a_programme_and_a_state_and_party_for_the_tagged_senator():
    text = (
        "Head\n\nSens. Ada Brill, R-Vt., and Jonas Petty, D-Ore., said the deal was close.\n\n"
        '"Most of the text is written," the Vermont Republican told NBC\'s "Meet the Press."\n\n'
        '"We still need the transit money," the Oregon Democrat told CBS\'s "Face the Nation."'
    )
    assert [name for _, name in speakers(text)] == [
        "Ada Brill and Jonas Petty",
        "Ada Brill",
        "Jonas Petty",
    ]


def test_a_title_case_headline_names_no_body_and_a_country_is_a_government():
    text = (
        "Drone Strike Hits Valdoria Defence Ministry Depot\n\nValdoria said Sunday that a drone "
        "had targeted a defence ministry depot.\n\nNo one was hurt, the ministry said."
    )
    assert names_and_kinds(text) == [("Valdoria", "government"), ("Valdoria", "government")]
    assert REGISTRY.match("Ostland Defence Ministry") is None  # not the UK's, though as alike


def test_a_role_in_apposition_is_not_the_speaker():
    text = (
        "Head\n\nLena Vos, spokesman of Governor Ian Hale, insisted the governor backed the bill."
        "\n\nMarta Quin, Chief Operations Officer for the Harbour Bridge Authority, says 300 "
        "bridges need repairs."
    )
    assert [name for _, name in speakers(text)] == ["Lena Vos", "Marta Quin"]


def test_who_said_it_at_the_sentences_end_a_day_after_a_name_and_a_description():
    text = (
        "Head\n\nTwo villages lost power overnight, said regional spokesman Ivo Radek Saturday."
        "\n\nThe bill would add $40 billion to the deficit, charged the committee's ranking "
        "member.\n\nThe strike hit a school, said a reporter for the Guardian."
    )
    assert speakers(text) == [
        ("Two villages lost power overnight", "Ivo Radek"),
        ("The bill would add $40 billion to the deficit", "committee's ranking member"),
        ("The strike hit a school", "Guardian"),
    ]


def test_they_after_a_fronted_clause_is_its_plural_subject():
    text = (
        "Head\n\nAlthough company executives declined to give a figure, they said the plant would "
        "open on time."
    )
    assert speakers(text) == [("the plant would open on time", "company executives")]


def test_a_document_compiled_by_a_body_is_the_bodys():
    text = (
        "Head\n\nA staffing report compiled by the Northern Health Board found gaps on every "
        "ward.\n\nAccording to the document, 48% of patients waited more than 62 days."
    )
    assert speakers(text)[-1] == (
        "48% of patients waited more than 62 days",
        "Northern Health Board",
    )


def test_an_acronym_a_sentence_defines_is_what_they_means():
    text = (
        "Head\n\nThe R40 is a rebel group formed by former army officers. They say they took up "
        "arms because the government broke a deal."
    )
    assert speakers(text) == [("they took up arms because the government broke a deal", "R40")]


def test_a_quotation_in_what_the_speaker_added_keeps_the_trailing_speaker():
    text = (
        "Head\n\nFighting spread to two villages, Defence Minister Petra Lind told Reuters, adding "
        'that troops had been told to "hold their positions."'
    )
    assert speakers(text) == [
        ("Fighting spread to two villages", "Petra Lind"),
        ('troops had been told to "hold their positions."', "Petra Lind"),
    ]


# Batch 97 (tests/data/suggest: briefing-room-duel, paid-leave-signed, missile-strike-live,
# bladder-drug-approval), written after reading more real wire copy, American political copy
# above all.


def test_a_headlines_passive_and_what_was_reported_are_nobodys_claims():
    text = (
        "Russian missiles blamed for three deaths\n\nRussia attacks Kharkiv power station, "
        "outages reported\n\nThe dispute between the two parties turned into a duel on Wednesday."
    )
    assert speakers(text) == []


def test_the_agency_its_own_sentence_named_and_a_wire_services_dateline():
    text = (
        "Head\n\nVelora's Ostiva treatment was approved by the U.S. Food and Drug Administration "
        "for adults with bladder cancer, the agency said Thursday.\n\n(Reuters) – Shares of "
        "Velora rose 12% after the approval, according to market data."
    )
    assert speakers(text) == [
        (
            "Velora's Ostiva treatment was approved by the U.S. Food and Drug Administration for "
            "adults with bladder cancer",
            "Food and Drug Administration",
        ),
        ("Shares of Velora rose 12% after the approval", "market data"),
    ]


def test_what_a_claim_says_of_anonymous_sources_leaves_its_speaker_named():
    text = (
        "Head\n\nPress secretary Nora Ellison argued that stories built on anonymous sources "
        "were unreliable."
    )
    assert names_and_kinds(text) == [("Nora Ellison", "person")]


def test_the_spokesman_is_the_press_secretary_just_quoted_not_the_outlet_in_between():
    text = (
        'Head\n\n"They have seen the emails already," press secretary Nora Ellison told '
        "reporters.\n\nHours earlier, NBC News reported that two agencies had disagreed.\n\n"
        '"There is nothing unusual about agencies arguing over a budget," the spokeswoman said.'
    )
    assert [name for _, name in speakers(text)] == ["Nora Ellison", "NBC News", "Nora Ellison"]


def test_a_story_is_its_publishers_and_an_adverb_stands_between_name_and_cue():
    text = (
        "Head\n\nReporters pressed Ellison on a story, which was published by the Washington "
        "Ledger, about the housing money.\n\nThe story states that officials had cut the figure "
        'twice.\n\nEllison initially said, "I haven\'t seen it," but insisted the figures were '
        'final. Ellison quipped: "Maybe they lost the attachment."'
    )
    assert speakers(text) == [
        ("officials had cut the figure twice", "Washington Ledger"),
        ("I haven't seen it", "Ellison"),
        ("the figures were final", "Ellison"),
        ("Maybe they lost the attachment", "Ellison"),
    ]


def test_the_governor_is_the_person_titled_so_and_his_spokesman_speaks_for_him():
    text = (
        'Head\n\nGov. Martin Ochoa signed the bill on Tuesday.\n\n"It is a sad day," said former '
        "state Sen. Harold J. Pruett.\n\nThe governor said the law would help families.\n\n"
        "Asked whether the governor would campaign for it, however, his spokesman declined, "
        'saying only that "the record speaks for itself."'
    )
    assert names_and_kinds(text) == [
        ("Harold J. Pruett", "person"),
        ("Martin Ochoa", "person"),
        ("Martin Ochoa", "person"),
    ]


def test_a_surname_with_who_is_a_person_and_where_a_body_posted_is_not_its_name():
    text = (
        "Head\n\nGleason, who chairs the state party, says the race is tied.\n\n"
        '"This law will cost jobs," said the Taxpayers League of Ohio on its website.\n\n'
        'A spokeswoman for the Labour Party responded, saying via email: "Families have '
        'waited long enough."'
    )
    assert names_and_kinds(text) == [
        ("Gleason", "person"),
        ("Taxpayers League of Ohio", "organisation"),
        ("Labour Party", "group"),
    ]
    assert speakers(text)[-1][0] == '"Families have waited long enough."'


# Batch 98 (tests/data/suggest: high-court-levies, dairy-merger-cleared, striker-hip-injury,
# deputy-killed-sheriff), from a third reading of real copy: courts, deals, sport, crime.


def test_a_justice_is_named_in_full_and_an_opinion_is_its_authors():
    text = (
        "Head\n\nThe majority opinion, written by Chief Justice Harriet M. Ellison Jr., said the "
        'law "says nothing about taxes."\n\n"The power to tax belongs to Congress," Chief Justice '
        'Ellison wrote.\n\nEllison further wrote that the reading "would leave no limit at all."'
    )
    assert [name for _, name in speakers(text)] == ["Harriet M. Ellison Jr."] * 3


def test_the_companies_are_the_pair_named_and_a_list_of_places_is_no_pair():
    text = (
        "Head\n\nMadison, Wis., Oct. 29 - Regulators in the United States, Canada and Mexico have "
        "cleared the merger of Halden Foods Inc. and Marrow Dairy Co., the companies announced."
    )
    assert speakers(text) == [
        (
            "Regulators in the United States, Canada and Mexico have cleared the merger of Halden "
            "Foods Inc. and Marrow Dairy Co.",
            "Halden Foods Inc. and Marrow Dairy Co.",
        )
    ]


def test_datelines_of_wire_services_and_a_tweet_beside_a_photo():
    text = (
        "Head\n\nMunich (AFP) – Striker Jonas Kessler will miss several weeks, coach Anton Weber "
        'said Friday.\n\n"Time to rest and come back stronger," tweeted Kessler alongside a photo '
        "of himself.\n\nWARSAW: Goalkeeper Marek Zielinski will miss the qualifier, the federation "
        "said on Monday."
    )
    assert speakers(text) == [
        ("Striker Jonas Kessler will miss several weeks", "Anton Weber"),
        ("Time to rest and come back stronger", "Jonas Kessler"),
        ("Goalkeeper Marek Zielinski will miss the qualifier", "federation"),
    ]


def test_the_sheriff_is_the_sheriff_named_and_a_long_tail_after_the_quote():
    text = (
        "Head\n\nNeighbours called 911 after hearing shots, according to Marlow County Sheriff "
        'Dana Kirby.\n\n"We still don\'t know exactly what happened," the sheriff said during a '
        "news conference on Wednesday afternoon, referring to the hours before the shooting."
    )
    assert speakers(text) == [
        ("Neighbours called 911 after hearing shots", "Dana Kirby"),
        ("We still don't know exactly what happened", "Dana Kirby"),
    ]


def test_a_firm_named_in_apposition_stays_a_firm_whatever_the_parse_says():
    text = (
        "Head\n\nA maritime security firm, Ambrey, said it had received reports of a boarding. "
        "In an advisory, it said ships should exercise caution."
    )
    assert names_and_kinds(text) == [("Ambrey", "organisation"), ("Ambrey", "organisation")]


# Batch 99 (tests/data/suggest: orbiter-flyby, rezoning-vote, rates-markets-live), from a fourth
# reading of real copy: space, local government, a business live blog.


def test_an_agencys_news_release_is_the_agencys():
    text = (
        "Head\n\nThe orbiter flew closer to Saturn than any spacecraft before it, a NASA news "
        "release said.\n\nThe probe passed 2,400 miles above the clouds, said Rhea Okafor, "
        "mission manager at NASA's Jet Propulsion Laboratory."
    )
    assert [name for _, name in speakers(text)] == ["NASA", "Rhea Okafor"]


def test_a_participle_after_a_quotation_whose_comma_is_inside_it():
    text = (
        'Head\n\nCouncil member Dana Ruiz expressed concerns about "spot zoning," warning that the '
        "vote could set a precedent."
    )
    assert speakers(text) == [("the vote could set a precedent", "Dana Ruiz")]


def test_a_paragraph_ending_said_colon_hands_the_next_quotation_to_its_speaker():
    text = (
        'Head\n\nCrédit Nord analyst Pierre Vasseur explains the reasoning:\n\n"Finance jobs '
        'will move abroad, and the dearest streets will feel it first."\n\nRate-setter Ann '
        'Kelso said:\n\n"There is no rush to move."'
    )
    assert speakers(text) == [
        (
            "Finance jobs will move abroad, and the dearest streets will feel it first",
            "Pierre Vasseur",
        ),
        ("There is no rush to move", "Ann Kelso"),
    ]


def test_a_live_blogs_desk_label_and_a_policymaker_are_not_the_next_speaker():
    text = (
        "Central bank policymaker says no rush to cut rates – business live\n\nThe French bank "
        "Crédit Nord has predicted that house prices could fall by 30%."
    )
    assert speakers(text) == [
        ("no rush to cut rates", "Central bank policymaker"),
        ("house prices could fall by 30%", "Crédit Nord"),
    ]


# Batch 100 (tests/data/suggest: hunger-hotspots, libel-loss), from a fifth reading of real
# copy: a UN report, a libel case.


def test_a_quotation_broken_across_lines_and_quoted_by_an_outlet_is_the_speakers():
    text = (
        'Head\n\n"We are watching a preventable catastrophe unfold,"\nsaid WFP Executive Director '
        'Lena Hart.\n\n"We will have to stop feeding children in schools," she said, quoted by the '
        "Geneva Post."
    )
    assert speakers(text) == [
        ("We are watching a preventable catastrophe unfold", "Lena Hart"),
        ("We will have to stop feeding children in schools", "Lena Hart"),
    ]


def test_a_report_a_sentence_opened_with_is_its_speakers():
    text = (
        "Head\n\nIn a joint report released on Tuesday, the Food and Agriculture Organization said "
        "hunger was rising.\n\nThe report found that only $9 billion had been pledged."
    )
    assert [name for _, name in speakers(text)] == ["Food and Agriculture Organization"] * 2


def test_a_party_mp_with_a_long_title_is_a_person():
    text = "Head\n\nFormer Tory MP Graham Hurst said the report had ruined his reputation."
    assert names_and_kinds(text) == [("Graham Hurst", "person")]


def test_articles_are_the_paper_they_ran_in():
    text = (
        "Head\n\nGraham Hurst has lost his libel action over a report in the Sunday Courier.\n\n"
        "Mr Hurst, 68, had sought damages over two articles which claimed he was willing to lobby "
        "ministers."
    )
    assert speakers(text) == [("he was willing to lobby ministers", "Sunday Courier")]


# Batch 101 (tests/data/suggest: veldra-vote, senate-housing-bill, campaign-call,
# measles-cluster), from a sixth reading of real copy: disputed elections, a Senate floor fight,
# campaign rows, a health department's briefing.


@pytest.mark.parametrize("cue", ["declared", "responded", "alleged"])
def test_a_quotation_is_the_speakers_whatever_verb_follows_it(cue):
    text = f'Head\n\n"The count was rigged from the start," Ilan Roversi {cue}.'
    assert speakers(text) == [("The count was rigged from the start", "Ilan Roversi")]


def test_said_x_of_a_bill_is_x_speaking_about_it():
    text = (
        'Head\n\n"They were never interested in a serious negotiation," said Senate Majority Leader '
        "Tom Brannock of a bill that was released late on Tuesday night, two hours before the vote."
    )
    assert speakers(text) == [
        ("They were never interested in a serious negotiation", "Tom Brannock")
    ]


def test_a_quoted_word_in_the_speakers_apposition_keeps_the_quotation_theirs():
    text = (
        'Head\n\n"Every member of our caucus will vote against this bill," said Senate Minority '
        'Leader Dana Whitlow, D-New York, a reference to a governor who called it "cruel".'
    )
    assert speakers(text)[0] == (
        "Every member of our caucus will vote against this bill",
        "Dana Whitlow",
    )


def test_a_question_quoted_before_a_titled_speaker_and_party_tag_is_one_sentence():
    text = (
        'Head\n\n"If the bill is so good, why was it written in secret?" Sen. Carla Ruiz, '
        "D-Washington, declared, as supporters waved placards behind her."
    )
    assert speakers(text) == [
        ("If the bill is so good, why was it written in secret", "Carla Ruiz")
    ]


def test_a_cue_word_after_an_article_is_an_adjective():
    text = (
        "Head\n\nMarta Quist, who lost to Carrow in a disputed runoff four years ago, won her seat "
        "this time, the national electoral commission said."
    )
    assert [name for _, name in speakers(text)] == ["national electoral commission"]


def test_a_description_then_a_name_after_said_is_the_named_speaker():
    text = (
        "Head\n\nA case reported Monday and three reported Tuesday may be linked to the hospital, "
        "said the state's deputy health commissioner, Dr. Lena Farrow."
    )
    assert speakers(text) == [
        (
            "A case reported Monday and three reported Tuesday may be linked to the hospital",
            "Lena Farrow",
        )
    ]


def test_a_speaker_named_by_age_is_the_person_given_that_age():
    text = (
        "Head\n\nIlan Roversi, 58, leads the alliance. The commission's chair, Mateo Varga, said "
        'the count was fair.\n\n"Our observers were thrown out," the 58-year-old alleged.'
    )
    assert speakers(text)[-1] == ("Our observers were thrown out", "Ilan Roversi")


def test_results_published_by_a_body_are_the_bodys():
    text = (
        "Head\n\nAccording to provisional results published by the electoral commission, turnout "
        "was the highest since independence."
    )
    assert [name for _, name in speakers(text)] == ["electoral commission"]


def test_an_agency_dateline_without_a_dash_is_not_the_speaker():
    text = (
        "Head\n\nPORT ALVA, Veldra (AP) Veldra's main opposition alliance said Monday that the "
        "vote was rigged."
    )
    assert [name for _, name in speakers(text)] == ["Veldra's main opposition alliance"]


def test_a_body_for_a_place_is_the_body_not_the_place_nor_a_registered_namesake():
    text = (
        "Head\n\nThe independent electoral commission for Sarne said the ruling party won 90 "
        "percent.\n\nThe commission for Anjouan said turnout was 64 percent."
    )
    assert [name for _, name in speakers(text)] == [
        "independent electoral commission for Sarne",
        "commission for Anjouan",
    ]


def test_a_leader_in_a_nation_of_a_place_is_not_the_place():
    text = (
        "Head\n\nAn opposition leader in the island nation of Comoros said the vote was marred by "
        "fraud."
    )
    assert [name for _, name in speakers(text)] != ["Comoros"]


def test_a_surname_spelt_close_to_a_registered_alias_is_the_person():
    text = (
        'Head\n\n"The boxes arrived full," said Ilan Roversi, 58, a former justice minister.\n\n'
        "But Roversi rejected the figures."
    )
    assert speakers(text, WITH_ACRONYMS)[-1] == ("rejected the figures", "Ilan Roversi")


def test_a_headline_surname_the_parse_calls_an_organisation_is_the_person_named_in_full():
    text = (
        "Trump denies talking with Secret Service over remark\n\nRepublican nominee Donald Trump "
        "is pushing back against a report.\n\nTrump, however, said he was only urging supporters "
        "to vote."
    )
    assert names_and_kinds(text) == [("Donald Trump", "person")] * 2


def test_tweeted_on_a_bare_weekday_that_is_a_cue():
    text = "Head\n\nThe debate commission tweeted Thursday that it had received both proposals."
    assert speakers(text) == [("it had received both proposals", "debate commission")]


def test_a_title_case_headline_accusation_keeps_its_verb():
    text = (
        "Campaign Manager Accuses Governor of Lying About Debate Deal\n\nBram Osterley, the "
        "campaign manager, said on Thursday that she had backed out."
    )
    assert speakers(text)[0] == ("Accuses Governor of Lying About Debate Deal", "Bram Osterley")


def test_according_to_a_paper_a_named_speaker_told_is_the_speakers():
    text = (
        "Head\n\nAccording to the Carrick Falls Courier, hospital director Paul Ingram told staff in "
        'an email that there was "no ongoing risk" to patients.'
    )
    assert speakers(text) == [('there was "no ongoing risk" to patients', "Paul Ingram")]


# Batch 102 (tests/data/suggest: farm-bill-pulled, campaign-spokesman), from a seventh reading
# of real copy: a Speaker's pulled bill, a campaign spokesman's row.


def test_a_speaker_set_off_by_a_possessive_description_is_the_named_person():
    text = (
        "Head\n\nNate Harlow, Governor Ruth Caldera's campaign press secretary, charged on Tuesday "
        "that her challenger is trying to distract voters."
    )
    assert speakers(text) == [("her challenger is trying to distract voters", "Nate Harlow")]


def test_a_pronoun_after_a_quotation_is_not_a_name_the_quotation_holds():
    text = (
        'Head\n\n"It is going to take more than a press release," campaign press secretary Nate '
        'Harlow said.\n\n"Ruth Caldera is going to run on her record. We expect Senator Brisco to '
        'explain his," he added.'
    )
    assert [name for _, name in speakers(text)] == ["Nate Harlow"] * 2


def test_a_subjects_colon_then_a_quotation_and_a_pronoun_is_the_subjects():
    text = (
        "Head\n\nIts candidate, state Senator Paul Brisco, weighed in on social media by blaming the "
        'governor: "This inquiry is a political stunt," he wrote.'
    )
    assert speakers(text) == [("This inquiry is a political stunt", "Paul Brisco")]


def test_a_surname_after_its_campaign_is_the_person_named_in_full():
    text = (
        "Head\n\nThe Brisco campaign has denied any wrongdoing. State Senator Paul Brisco has said "
        "little.\n\nBrisco told supporters at a rally that the inquiry would find nothing."
    )
    assert speakers(text)[-1] == ("the inquiry would find nothing", "Paul Brisco")


def test_the_speaker_of_the_house_is_the_person_and_the_speaker_is_them_again():
    text = (
        "Head\n\nSpeaker of the House Martin Oakes (R.-OH) said on Friday that the bill was dead."
        "\n\nThe speaker said the bill had been written in the open."
    )
    assert [name for _, name in speakers(text)] == ["Martin Oakes"] * 2


def test_he_is_never_a_partys_members():
    text = (
        'Head\n\n"This is a setback," Speaker Martin Oakes said.\n\nHouse Republicans are still '
        "learning how to govern with the White House in the same party's hands, he said."
    )
    assert [name for _, name in speakers(text)] == ["Martin Oakes"] * 2


def test_a_long_title_and_a_home_state_are_not_the_speakers_name():
    text = (
        'Head\n\n"This bill is dead for this year," House Agriculture Committee Chairman Lyle '
        "Brandt of Nebraska said after leaving a meeting."
    )
    assert speakers(text) == [("This bill is dead for this year", "Lyle Brandt")]


def test_a_state_and_party_description_is_not_a_person_a_claim_spoke_of():
    text = (
        "Head\n\nSpeaker Martin Oakes said on Wednesday that President Ellen Voss's phone calls had "
        'been "remarkable."\n\n"I have never seen a president this involved," the Ohio Republican '
        "told a radio host."
    )
    assert [name for _, name in speakers(text)] == ["Martin Oakes"] * 2


def test_a_headline_name_then_a_quotation_is_theirs():
    text = (
        "Speaker Martin Oakes: 'We Came Up Short'\n\nSpeaker of the House Martin Oakes pulled the "
        "farm bill on Friday."
    )
    assert speakers(text) == [("We Came Up Short", "Martin Oakes")]
    assert speakers("Exclusive: 'We came up short'\n\nThe bill was pulled.") == []


# Batch 103 (tests/data/suggest: pmqs-clash, backbench-revolt), from an eighth reading of real
# copy: British political reporting, its knights and dames, its "the 69-year-old".


def test_twice_between_a_speaker_and_the_cue_after_a_during_phrase():
    text = (
        "Head\n\nEdward Harding was accused of misleading MPs.\n\nDuring the exchanges, Mr Harding "
        "twice claimed that Labour MPs had voted against the settlement."
    )
    assert speakers(text) == [("Labour MPs had voted against the settlement", "Edward Harding")]


def test_a_knight_or_dame_by_first_name_is_the_person_named_in_full():
    text = (
        "Head\n\nThe Prime Minister clashed with the Labour leader, Sir Owen Pryce. Veteran Labour "
        'MP Dame Ruth Calloway was there.\n\nSir Owen said: "He is breaking his promise."\n\n'
        'Veteran Labour MP Dame Ruth said: "They do not care."'
    )
    assert [name for _, name in speakers(text)] == ["Owen Pryce", "Ruth Calloway"]


def test_a_participles_phrase_before_the_speaker_is_not_the_speaker():
    text = (
        "Head\n\nMaking a jibe at Sir Owen's record, Mr Harding said: \"He has opposed every pay "
        'deal."'
    )
    assert speakers(text) == [("He has opposed every pay deal", "Harding")]


def test_branded_with_a_quotation_is_a_cue():
    text = (
        'Head\n\nHealth Secretary Nadia Frost branded the Labour attack "cheap political theatre".'
    )
    assert speakers(text) == [('the Labour attack "cheap political theatre"', "Nadia Frost")]


def test_continued_and_a_colon_open_a_quotation_and_i_is_never_a_speaker():
    text = (
        'Head\n\n"I am beginning to think some of them want this bill," Dame Ruth Calloway, 71, '
        'said.\n\nThe 71-year-old continued: "I know when I am being ignored, and I believe they '
        'were trying to ignore me."'
    )
    assert [name for _, name in speakers(text)] == ["Ruth Calloway"] * 2


def test_a_description_the_article_gave_a_name_is_that_person():
    text = (
        "Head\n\nThe Prime Minister clashed with the Labour leader, Sir Owen Pryce, on Wednesday."
        '\n\nHealth Secretary Nadia Frost branded the attack "cheap political theatre".\n\n'
        'The Labour leader said he "will not let the Prime Minister rewrite what happened".'
    )
    assert speakers(text)[-1][1] == "Owen Pryce"


def test_an_age_read_once_is_the_same_person_the_second_time():
    text = (
        'Head\n\nVeteran MP Dame Ruth Calloway said the aides did not care.\n\n"I am beginning to think they want '
        'this bill," the 71-year-old said.\n\nA spokesman for Sir Owen Pryce said the claims were '
        '"simply untrue".\n\nThe 71-year-old continued: "I know when I am being ignored."'
    )
    assert speakers(text)[-1] == ("I know when I am being ignored", "Ruth Calloway")


def test_a_person_who_spoke_after_the_last_name_the_parse_knows_is_the_description():
    text = (
        'Head\n\nJeremy Corbyn was asked about it.\n\nMrs May said: "He is going to call a vote."'
        '\n\nLater, Mr Corbyn denied the claims.\n\nThe Labour leader said he "did not use '
        'those words".'
    )
    assert speakers(text)[-1][1] == "Jeremy Corbyn"


# Batch 104 (tests/data/suggest: cm-jibe, dy-cm-probe), from a ninth reading of real copy:
# Indian agency copy, its datelines, its "CM" and its "claim: who" headlines.


def test_an_indian_agency_dateline_is_not_the_speaker():
    text = (
        "Head\n\nGwalior (Madhya Pradesh) [India], August 14 (ANI): Madhya Pradesh Chief Minister "
        "Raghav Prasad Tiwari on Monday said that the parties were scrambling for one tree."
    )
    assert [name for _, name in speakers(text)] == ["Raghav Prasad Tiwari"]


def test_cm_is_a_title_and_a_surname_finds_a_three_word_name():
    text = (
        "Head\n\nMadhya Pradesh Chief Minister Raghav Prasad Tiwari spoke in Gwalior.\n\n"
        '"Parties that fought each other are now sharing a stage," CM Tiwari said.'
    )
    assert [name for _, name in speakers(text)] == ["Raghav Prasad Tiwari"]


def test_a_headline_claim_then_a_colon_and_who_made_it():
    text = (
        'Opposition is "scrambling for one tree" as people back the government: MP CM Tiwari\n\n'
        "Madhya Pradesh Chief Minister Raghav Prasad Tiwari said on Monday that voters were "
        "backing the state government."
    )
    # The headline's second story, after "as", is cut off, as for any headline.
    assert speakers(text)[0] == ('Opposition is "scrambling for one tree"', "Raghav Prasad Tiwari")
    assert speakers("Storm Ciaran batters the south coast: Live Updates\n\nIt rained.") == []


def test_questioned_after_a_quotation_is_a_cue():
    text = 'Head\n\n"Imagine promising free electricity," Raghav Tiwari questioned at a rally.'
    assert speakers(text) == [("Imagine promising free electricity", "Raghav Tiwari")]


def test_a_relative_clause_is_not_part_of_a_bodys_name():
    text = (
        "Head\n\nThe Bharatiya Janata Party (BJP) which governs the state has alleged that the "
        "opposition has no agenda."
    )
    assert [name for _, name in speakers(text)] == ["Bharatiya Janata Party"]


# Batch 105 (tests/data/suggest: managers-reaction), from a tenth reading of real copy: "what
# the managers said" round-ups, a name on its own line above each quotation.


def test_a_name_on_its_own_line_is_who_the_quotation_below_is_from():
    text = (
        'Head\n\nDario Lenz (Harlow City)\n\n"I cannot remember a better comeback."\n\n'
        'Coach Paulo Ferreira on the defeat:\n\n"They scored in the only spell when they were on '
        'top."'
    )
    assert speakers(text) == [
        ("I cannot remember a better comeback", "Dario Lenz"),
        ("They scored in the only spell when they were on top", "Paulo Ferreira"),
    ]


def test_a_line_that_names_no_person_introduces_no_quotation():
    text = 'Head\n\nHarlow City 3-2 Kingsbridge\n\n"What a game that was for everyone."'
    assert speakers(text) == []


def test_a_name_a_colon_and_a_quotation():
    text = (
        'Head\n\nSir Malcolm Reddy: "It was an open match but we made our own problems."\n\n'
        'Andre Villas (on the missed penalty): "The worst things happen to the best strikers."'
    )
    assert speakers(text) == [
        ("It was an open match but we made our own problems", "Malcolm Reddy"),
        ("The worst things happen to the best strikers", "Andre Villas"),
    ]


# Batch 106 (tests/data/suggest: posture-study), from an eleventh reading of real copy: science
# reporting on a disputed study.


def test_an_outlets_article_is_the_outlets():
    text = "Head\n\nAccording to a Helix Post article, the study's lead author runs an online shop."
    assert [name for _, name in speakers(text)] == ["Helix Post"]


def test_the_noun_a_body_was_named_after_is_that_body():
    text = (
        "Head\n\nA study published last year in the journal Clinical Anatomy Letters found that "
        "phone use was linked to growths.\n\nThe journal said on Tuesday that it would review the "
        "paper."
    )
    assert [name for _, name in speakers(text)] == ["Clinical Anatomy Letters"] * 2


def test_what_is_needed_said_x_is_the_whole_sentence():
    text = (
        "Head\n\nWhat is needed, said Dr. Lena Sato, a statistician at Kessel University, is a "
        "simple way to see which studies have been repeated."
    )
    assert [name for _, name in speakers(text)] == ["Lena Sato"]


def test_when_and_where_after_an_inverted_speaker_are_not_the_name():
    text = (
        'Head\n\n"We are not communicating properly," said CEO James Hagedorn on a call in '
        "February 2017."
    )
    assert speakers(text) == [("We are not communicating properly", "James Hagedorn")]


def test_shares_of_a_company_are_never_the_company_that_announced():
    text = (
        "Head\n\nShares of the switch maker plummeted 54% on Monday after it announced its "
        "sales would be lower than expected."
    )
    assert [name for _, name in speakers(text)] != ["Shares of the switch maker"]


# Eighteenth session: the newsroom's own notes on its copy.


def test_a_correction_note_and_unbracketed_credits_are_furniture():
    assert (
        furniture_reason(
            "Correction: An earlier version of this story incorrectly said the ministry had "
            "confirmed the figures."
        )
        == "correction note"
    )
    assert (
        furniture_reason(
            "This article was amended on 3 March to correct the name of the minister, who said "
            "the plan was final."
        )
        == "correction note"
    )
    assert furniture_reason("Reporting by Anna Lind in Oslo; Editing by Mark Porter") == "credits"
    # A live blog's update is content.
    assert furniture_reason("Update: The ministry said two people were killed.") is None
    text = (
        "Head\n\nThe ministry said the figures were final.\n\nCorrection: An earlier version of "
        "this story said the ministry had confirmed the figures."
    )
    assert speakers(text) == [("the figures were final", "ministry")]


def test_a_courts_holding_is_its_claim_and_a_court_is_the_states():
    text = (
        "Head\n\nIn Halvorsen v. Brightline, the Second Circuit held that a press release about "
        "a lawsuit could itself be defamatory."
    )
    assert names_and_kinds(text) == [("Second Circuit", "government")]
    text = (
        "Head\n\nA recent decision by the U.S. Court of Appeals for the Fourth Circuit, "
        "however, reminds litigants that lawyers can be sued over what they tell the press."
    )
    assert names_and_kinds(text) == [("U.S. Court of Appeals for the Fourth Circuit", "government")]


def test_that_before_a_verbs_object_is_no_clause():
    assert speakers("Head\n\nThe party held that seat for three decades.") == []
    assert speakers("Head\n\nThe court held that view until 2019.") == []
    assert speakers("Head\n\nThe court held that the statute did not apply.") == [
        ("the statute did not apply", "court")
    ]
    # A denial keeps its object: "disputed that figure" is the claim.
    assert speakers("Head\n\nThe ministry disputed that figure.") == [
        ("disputed that figure", "ministry")
    ]


# Batch 107 (tests/data/suggest: probe-letter, abbott-reaction): campaign copy.


def test_a_headlines_campaign_manager_is_the_person_the_lede_names():
    text = (
        "Marsh campaign manager says it is 'excellent news' that the inquiry is reopened\n\n"
        "In an interview on Friday, Senator Wendell Marsh's campaign manager, Nadia Fenwick, "
        'welcomed the decision.\n\n"That is excellent news," said Fenwick.'
    )
    assert [name for _, name in speakers(text)] == ["Nadia Fenwick"] * 2


def test_a_possessive_description_is_the_person_it_was_given_to():
    text = (
        "Head\n\nSenator Wendell Marsh's deputy campaign manager, Carver Hale, said on Monday "
        'that the review "is going to take months." Marsh\'s deputy campaign manager called '
        'the inquiry "a hydra," his metaphor for a scandal that keeps growing new heads.'
    )
    assert speakers(text) == [
        ('the review "is going to take months."', "Carver Hale"),
        ('the inquiry "a hydra,"', "Carver Hale"),
    ]


def test_and_they_demanded_is_the_subjects_second_claim():
    text = (
        "Head\n\nThe campaign's leaders complained on Saturday that the inspector general had "
        "acted unfairly, and they demanded a full explanation."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "the inspector general had acted unfairly",
        "demanded a full explanation",
    ]


def test_a_participle_that_quotes_the_speaker_is_part_of_the_claim():
    text = (
        'Head\n\nRufus Dane said the letter was "long on insinuation and short on facts," '
        'allowing Marsh\'s allies to "twist and inflate" its meaning.'
    )
    assert speakers(text) == [
        (
            'the letter was "long on insinuation and short on facts," allowing Marsh\'s allies '
            'to "twist and inflate" its meaning',
            "Rufus Dane",
        )
    ]


def test_a_cited_report_is_the_outlets_claim():
    text = (
        'Head\n\nRufus Dane added that the letter was "a political act," and cited a report by '
        "the Tern Valley Gazette that investigators had not yet examined the new records."
    )
    assert speakers(text) == [
        ('the letter was "a political act,"', "Rufus Dane"),
        ("investigators had not yet examined the new records", "Tern Valley Gazette"),
    ]
    text = (
        "Head\n\nThe senator, citing a report by the Tern Valley Gazette that the office had "
        "lost 2,000 files, demanded an inquiry."
    )
    assert speakers(text) == [("the office had lost 2,000 files", "Tern Valley Gazette")]


def test_a_letter_to_someone_stating_that_is_its_senders():
    text = (
        "Head\n\nLyle Prentiss sent a letter to the committee's chairman and its ranking Democrat "
        'on Thursday stating that "records have come to light."'
    )
    assert speakers(text) == [("records have come to light", "Lyle Prentiss")]


def test_a_speaker_in_a_when_clause_after_a_long_subject():
    text = (
        "Head\n\nThe controversy over the governor's use of state aircraft resurfaced on Thursday "
        "when Inspector General Lyle Prentiss announced in a letter to members of the oversight "
        "committee that his office was reviewing new records found in an unrelated audit."
    )
    assert speakers(text) == [
        ("his office was reviewing new records found in an unrelated audit", "Lyle Prentiss")
    ]


def test_where_a_verb_was_said_is_not_part_of_the_claim():
    text = (
        "Head\n\nA group calling itself the Night Hawks claimed responsibility for the attack in "
        "a video posted on its channel."
    )
    assert speakers(text) == [("claimed responsibility for the attack", "Night Hawks")]


# Batch 108 (tests/data/suggest: trail-roundup, witness-names): a campaign round-up.


def test_who_announced_that_is_the_person_who_stands_for():
    text = (
        "Head\n\nThe field will not include former Westmark Gov. Dale Purcell, who announced "
        "Tuesday that he would stay out of the race."
    )
    assert speakers(text) == [("he would stay out of the race", "Dale Purcell")]


def test_the_reporters_imperative_is_no_claim():
    text = (
        "Head\n\nDemocratic candidates spent last week calling for the release of the full "
        "report, so expect those calls to grow louder as the redacted version is published."
    )
    assert speakers(text) == []


def test_a_list_of_who_said_what_is_split_at_each_speaker():
    text = (
        'Head\n\nState Sen. Harriet Vogel panned the summary as "a whitewash," Rep. Tomas Ruiz '
        'accused the governor of trying to "bury" the report and Rep. Marian Oduya tweeted that '
        '"voters deserve every page."'
    )
    assert speakers(text) == [
        ('the summary as "a whitewash,"', "Harriet Vogel"),
        ('accused the governor of trying to "bury" the report', "Tomas Ruiz"),
        ("voters deserve every page", "Marian Oduya"),
    ]
    # A name after "and" with no comma is not a second speaker: they speak together.
    assert [
        name
        for _, name in speakers(
            "Head\n\nLena Kowal and Evan Sorensen said that the vote was delayed."
        )
    ] != ["Evan Sorensen"]


def test_as_an_outlets_reporter_reported_is_the_reporters_and_the_main_clause():
    text = (
        "Head\n\nAs the Ridgeline Courier's Lena Kowal reported from the statehouse on Monday, "
        "the ethics committee is expected to vote next week."
    )
    assert speakers(text) == [("the ethics committee is expected to vote next week", "Lena Kowal")]


def test_while_also_saying_is_a_second_claim():
    text = (
        "Head\n\nBaxter Quill said the committee had no plans to release the names of "
        'witnesses, while also saying the delay was "regrettable."'
    )
    assert speakers(text) == [
        ("the committee had no plans to release the names of witnesses", "Baxter Quill"),
        ('the delay was "regrettable."', "Baxter Quill"),
    ]


def test_the_following_statement_introduces_the_quotation_below():
    text = (
        "Head\n\nAfter Quill's remarks, the family of a former committee aide released the "
        'following statement:\n\n"We welcome any information that helps explain what happened '
        'to our daughter."'
    )
    assert [name for _, name in speakers(text)] == ["family of a former committee aide"]


# The reporter's tails after a claim, from the dev audit of span ends.


def test_what_followed_a_claim_is_the_reporters():
    cases = [
        (
            "Researchers said they found microplastics in all 62 placentas they tested, raising "
            "new questions about the health effects of plastic pollution.",
            "they found microplastics in all 62 placentas they tested",
        ),
        (
            "The bank reported a 22 percent drop in quarterly profit and cut its forecast for "
            "the year.",
            "a 22 percent drop in quarterly profit",
        ),
        (
            "Several members criticised the council for ignoring the district's representative, "
            "while others raised concerns about how the bill was drafted.",
            "criticised the council for ignoring the district's representative",
        ),
        (
            'The author writes that "the Arctic is not a frontier but a neighbourhood", a line '
            "that sums up the book's argument.",
            "the Arctic is not a frontier but a neighbourhood",
        ),
    ]
    for sentence, claim in cases:
        assert [text for text, _ in speakers("Head\n\n" + sentence)] == [claim]
    # A claim that goes on with its verb's second claim keeps it.
    assert [
        text
        for text, _ in speakers(
            "Head\n\nThe company announced a new chief executive and said its founder would step down."
        )
    ] == ["a new chief executive", "its founder would step down"]


# Batch 109 (tests/data/suggest: overnight-drones): a wire report of an overnight drone attack.


def test_a_regions_governor_is_that_regions():
    text = (
        "Head\n\nThe air force shot down 15 drones over the northern region of Marka, according "
        "to its governor. He said that two fires caused by falling debris had been put out.\n\n"
        "The air defences downed five more drones over the Tessin region, with debris damaging a "
        "school, the region's governor said."
    )
    assert [name for _, name in speakers(text)] == [
        "Marka's governor",
        "Marka's governor",
        "Tessin region's governor",
    ]


def test_a_statement_a_speaker_posted_is_where_they_said_it():
    text = (
        "Head\n\nOstland's ministry of energy said it had restored power to 30,000 homes, "
        "according to a statement posted on its website."
    )
    assert speakers(text) == [
        ("it had restored power to 30,000 homes", "Ostland's ministry of energy")
    ]


def test_where_a_trailing_attribution_was_said_is_not_the_claim():
    text = (
        "Head\n\nVELSK (Reuters) – Air defences shot down 40 of 46 drones over six regions, the "
        "Ostland Ministry of Defence said in a statement on its Telegram channel nearly two "
        "years after the war began."
    )
    assert speakers(text) == [
        ("Air defences shot down 40 of 46 drones over six regions", "Ostland Ministry of Defence")
    ]


# Batch 110 (tests/data/suggest: software-guidance, soup-maker): results-day copy.


def test_the_makers_description_is_the_company_whose_earnings_opened_the_sentence():
    text = (
        "Head\n\nBOSTON (AP) -- Tallis Software Corp.'s latest quarterly earnings were in line "
        "with forecasts, but the business software maker noted a shortfall in its cloud storage "
        "division and offered a weaker-than-expected forecast."
    )
    assert speakers(text) == [
        ("a shortfall in its cloud storage division", "Tallis Software Corp.")
    ]


def test_a_new_clause_after_the_cue_leaves_the_claim_before_it():
    text = (
        'Head\n\nNot enough "upside surprise" on the revenue, Wall Street said, and the food '
        "company's shares lost 3.1% to $38.20 in trading on Monday."
    )
    assert names_and_kinds(text) == [("Wall Street", "organisation")]
    assert speakers(text)[0][0] == 'Not enough "upside surprise" on the revenue'


def test_a_name_inside_the_quotation_is_never_she():
    text = (
        "Head\n\nThe gloomiest assessment came from chief executive Orla Venn.\n\n"
        '"Although I am encouraged by our 6% sales increase in U.S. Hearty Bowls, I am disappointed '
        'by our soups," she said.'
    )
    assert [name for _, name in speakers(text)] == ["Orla Venn"]


# Batch 111 (tests/data/suggest: hospital-cluster): an outbreak at a hospital.


def test_a_passive_report_and_a_headlines_cases_are_no_speakers():
    text = (
        "About 40 flu cases reported at Pell Harbor hospital\n\nThe figure was initially "
        "reported on Friday in a statement from the Corvin County Public Health District."
    )
    assert speakers(text) == []


def test_a_saints_name_is_the_hospital_named_after_it():
    text = (
        "Head\n\nMore than 40 cases have been reported at St. Aldric Medical Center in Pell "
        "Harbor.\n\nSt. Aldric in a statement on its website said the hospital was testing every "
        "patient on the affected wards."
    )
    assert names_and_kinds(text) == [("St. Aldric Medical Center", "organisation")]


def test_what_a_body_posted_on_its_website_is_its_own():
    text = (
        "Head\n\nThe Corvin County Public Health District said the ward was closed.\n\nTwo more "
        "cases were confirmed on Sunday, according to a timeline on the health district's "
        "website."
    )
    assert names_and_kinds(text) == [("Corvin County Public Health District", "government")] * 2


# Batch 112 (tests/data/suggest: widow-trial): a British murder trial.


def test_what_jurors_were_told_is_the_courts_record():
    text = (
        "Head\n\nLawyers for the defendant will not call any evidence, jurors have been told.\n\n"
        "The victim was found dead in her hallway, a trial at Lydgate Crown Court has heard.\n\n"
        "Detectives believe she was attacked late on 8 February, the jury at Lydgate Crown Court "
        "has been told."
    )
    assert speakers(text) == [
        ("Lawyers for the defendant will not call any evidence", "Lydgate Crown Court"),
        ("The victim was found dead in her hallway", "Lydgate Crown Court"),
        ("she was attacked late on 8 February", "Detectives"),
    ]


def test_a_barrister_told_jurors_and_told_the_jury_by():
    text = (
        "Head\n\nColm Rafferty KC, who is leading the defence, told jurors he was calling "
        '"no evidence" on behalf of his client.\n\nThe jury was told by junior prosecution '
        "counsel Simon Achterberg that the defendant's DNA had been found at the scene."
    )
    assert [name for _, name in speakers(text)] == ["Colm Rafferty", "Simon Achterberg"]


def test_a_quotation_over_several_paragraphs_is_the_last_one_quoted():
    text = (
        'Head\n\nBarrister Petra Lusk KC, who is leading the prosecution, said the case was "a '
        'jigsaw."\n\n"No one saw who killed Edna Vale," Ms Lusk told the trial.\n\n"Hollis '
        'Brent has never admitted that it was him.\n\n"He has always denied it, without ever '
        'claiming to remember where he was."\n\nThe prosecution barrister added that a "string '
        'of coincidences" would have to be true.'
    )
    assert [name for _, name in speakers(text)] == ["Petra Lusk"] * 5


# Batch 113 (tests/data/suggest: glassworks-jobs): a governor's jobs announcement.


def test_a_press_releases_today_is_no_part_of_the_name_or_the_claim():
    text = (
        "Head\n\nBELLHAVEN - Gov. Alma Reyes announced today that Corran Glassworks will add 290 "
        "jobs.\n\nGovernor Alma Reyes today also announced that Orrin Dairy will build a $40 "
        "million cheese plant."
    )
    assert speakers(text) == [
        ("Corran Glassworks will add 290 jobs", "Alma Reyes"),
        ("Orrin Dairy will build a $40 million cheese plant", "Alma Reyes"),
    ]


def test_according_to_inside_a_sentence_leaves_the_whole_sentence_the_claim():
    text = (
        "Head\n\nGov. Alma Reyes spoke on Monday. The announcement, according to Reyes and other "
        "state officials, is one of the largest in the county's history."
    )
    assert speakers(text) == [
        (
            "The announcement, according to Reyes and other state officials, is one of the "
            "largest in the county's history",
            "Alma Reyes",
        )
    ]


# Batch 114 (tests/data/suggest: rally-remarks): a president's remarks, as an outlet reported.


def test_what_a_speaker_said_at_a_rally_an_outlet_reported_is_the_speakers():
    text = (
        "Head\n\nPresident Imrie said at a rally in Carrow, Westland on Saturday that his border "
        "plan should stay in place, the Hollin Courier reported.\n\nImrie later said on social "
        "media that his comment referred to a television report."
    )
    assert names_and_kinds(text) == [("Imrie", "person")] * 2
    assert speakers(text)[0][0] == "his border plan should stay in place"


def test_for_example_between_a_cue_and_its_that_is_no_part_of_the_claim():
    text = (
        "Head\n\nThe presidential office has acknowledged, for example, that it learned of the "
        "report only after the rally."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "it learned of the report only after the rally"
    ]


# Batch 115 (tests/data/suggest: reef-replication): a failed replication in science.


def test_a_paper_a_group_published_reporting_that_is_its_lead_authors():
    text = (
        "Head\n\nIn March, a group of eight early-career scientists, led by fish physiologist "
        "Ilse Voorhout of Kesteren University, published a paper reporting that in a three-year "
        "study they could not reproduce the effect.\n\nHours before the paper came out, the "
        "university's press officers alerted reporters that its data had been checked twice."
    )
    assert [name for _, name in speakers(text)] == ["Ilse Voorhout", "Kesteren University"]


def test_a_person_and_their_student_are_both_named():
    text = (
        "Head\n\nFor ten years, work by marine ecologist Aldous Penn suggested that warm seas "
        "make reef fish reckless. Penn and his former student Corliss Hay warned that the "
        "findings could have grave consequences for fisheries."
    )
    assert [name for _, name in speakers(text)] == [
        "Aldous Penn",
        "Aldous Penn and Corliss Hay",
    ]


# Batch 116 (tests/data/suggest: ministers-warning): a British politics live page.


def test_a_title_without_a_name_is_named_by_the_whole_title():
    text = 'Head\n\nThere are "no easy options" left, the Foreign Secretary told MPs on Wednesday.'
    assert names_and_kinds(text) == [("Foreign Secretary", "person")]


def test_a_minister_of_one_brief_is_not_the_minister_of_another():
    text = (
        "Head\n\nNell Carrick, the digital minister, has warned that any use of chemical weapons "
        'would bring a "dramatic" response.\n\nIt comes after the armed forces minister '
        "yesterday implied that the alliance could change its approach."
    )
    assert names_and_kinds(text) == [
        ("Nell Carrick", "person"),
        ("armed forces minister", "person"),
    ]


def test_a_headlines_warn_over_and_a_pages_label_are_no_claims():
    assert speakers("Politics live: ministers warn over chemical weapons\n\nBody.") == []


# Batch 117 (tests/data/suggest: farm-bill-delay): a Senate leader delays a vote.


def test_and_pointedly_disputed_is_a_second_claim_with_its_verb():
    text = (
        'Head\n\nSenate Majority Leader Lila Brecht said on Tuesday that the chamber will "keep '
        'talking" about the farm bill and pointedly disputed the idea that the delay means the '
        "end of the effort."
    )
    assert [claim for claim, _ in speakers(text)] == [
        'the chamber will "keep talking" about the farm bill',
        "disputed the idea that the delay means the end of the effort",
    ]


def test_an_aside_between_dashes_is_no_part_of_the_speakers_name():
    text = (
        "Head\n\nAs of Tuesday afternoon, six senators — enough to block a procedural motion to "
        "begin debate — said they would oppose the bill unless its cuts were softened."
    )
    assert [name for _, name in speakers(text)] == ["six senators"]


# Batch 118 (tests/data/suggest: truce-talks-gaps, rate-setters-forum, station-attack):
# mediated truce talks, rate-setters on a panel, an attack on a police station.


def test_what_a_fronted_while_clause_says_ends_with_its_clause():
    text = (
        'Head\n\nWhile Ravel Ostrander said he was "ready for a temporary truce", his conditions '
        "for ending the fighting include demands the Front has rejected."
    )
    assert speakers(text) == [('he was "ready for a temporary truce"', "Ravel Ostrander")]


def test_a_fronted_although_clause_and_the_main_clause_are_two_claims():
    text = (
        "Head\n\nAlthough Halvoran officials said the exchange could begin within a week, Front "
        "commanders said no date had been agreed."
    )
    assert speakers(text) == [
        ("the exchange could begin within a week", "Halvoran officials"),
        ("no date had been agreed", "Front commanders"),
    ]


def test_a_quotation_reported_by_an_outlet_named_after_the_verb():
    text = (
        'Head\n\n"All parties agree to return to the table for a ceasefire," reported today the '
        "Korvathi state outlet Darvani News, citing a senior official, as new talks opened."
    )
    assert speakers(text) == [
        ("All parties agree to return to the table for a ceasefire", "Darvani News")
    ]


def test_according_to_a_description_then_the_name_is_the_named_persons():
    text = (
        "Head\n\nAccording to the Front's deputy political chief in the north, Idris al-Masoud, "
        "the proposal includes three phases of 42 days each."
    )
    assert speakers(text) == [
        ("the proposal includes three phases of 42 days each", "Idris al-Masoud")
    ]
    listed = "Head\n\nAccording to the ministry, Kyiv, Odesa and Lviv were hit overnight."
    assert speakers(listed) == [("Kyiv, Odesa and Lviv were hit overnight", "ministry")]


def test_a_prime_ministers_office_is_named_by_the_person_without_the_title():
    text = (
        'Head\n\nPrime Minister Ravel Ostrander named a new envoy on Friday.\n\n"Halvora is '
        "studying it,\" said a statement released by Prime Minister Ravel Ostrander's office.\n\n"
        "According to the office of the Halvoran Prime Minister, the talks were constructive."
    )
    assert [name for _, name in speakers(text)] == ["Ravel Ostrander's office"] * 2


def test_an_owners_spy_agency_is_named_by_its_own_name():
    text = "Head\n\nHalvora's Vellmar spy agency said its negotiators had met the mediators."
    assert names_and_kinds(text) == [("Vellmar", "government")]
    agency = "Head\n\nKorvath's Darvani news agency said the talks would resume."
    assert names_and_kinds(agency) == [("Darvani", "media")]


def test_a_headlines_governors_are_not_the_ledes_estimates():
    text = (
        "Central bank governors warn inflation will linger\n\nNew inflation estimates suggest "
        "that prices will take longer to settle than markets expect.\n\nMarcus Delane, who "
        "chairs the Korvath Reserve, said the bank would probably raise rates in July."
    )
    assert [name for _, name in speakers(text)] == [
        "Central bank governors",
        "inflation estimates",
        "Marcus Delane",
    ]


def test_for_her_part_opens_the_sentence_and_but_she_said_is_a_second_claim():
    text = (
        'Head\n\nFor her part, Orla Fenwick said she understood why "there is criticism of '
        'central banks", but she said that there was "work still to be done".'
    )
    assert speakers(text) == [
        ('she understood why "there is criticism of central banks"', "Orla Fenwick"),
        ('there was "work still to be done"', "Orla Fenwick"),
    ]


def test_a_governor_of_a_bank_in_apposition_is_the_speaker():
    text = (
        "Head\n\nHollis Crane, governor of the Bank of Vestland, said the bank saw no case for "
        "cutting rates."
    )
    assert speakers(text) == [("the bank saw no case for cutting rates", "Hollis Crane")]


def test_what_a_speaker_ended_by_telling_reporters_is_theirs():
    text = (
        "Head\n\nMarcus Delane ended his remarks by telling reporters he expected wage growth to "
        "slow by the autumn."
    )
    assert speakers(text) == [("he expected wage growth to slow by the autumn", "Marcus Delane")]
    saying = (
        "Head\n\nThe minister opened the briefing by saying that the army had retaken the town."
    )
    assert speakers(saying) == [("the army had retaken the town", "minister")]


def test_a_statement_made_available_to_reporters_is_where_not_what():
    text = (
        "Head\n\nInspector Benedek Halloran confirmed the arrest of a fourth suspect, 32, in a "
        "statement made available to reporters in Marrick on Tuesday."
    )
    assert speakers(text) == [("the arrest of a fourth suspect, 32", "Benedek Halloran")]


def test_a_bodys_president_titled_before_the_name_is_the_person():
    text = (
        "Head\n\nMarrick Brotherhood of Police President Tamsin Orrel described the attack as "
        "cowardly."
    )
    assert names_and_kinds(text) == [("Tamsin Orrel", "person")]


def test_a_tweet_from_a_department_is_the_departments_though_it_had_not_spoken():
    text = (
        "Head\n\nThe information came in a tweet from the county police department. A second "
        "tweet said the evidence showed the gunman had intended to die."
    )
    assert speakers(text) == [
        ("the evidence showed the gunman had intended to die", "county police department")
    ]


# Batch 119 (tests/data/suggest: evening-address): a president's evening address, as an agency
# reports it.


def test_thats_according_to_names_the_speaker_of_the_sentence_before():
    text = (
        "Head\n\nKarsk's forces shelled more than 80 towns in a single day. That's according to "
        "President Anton Drevic of Veloria, Velpress reports."
    )
    assert speakers(text) == [
        ("Karsk's forces shelled more than 80 towns in a single day", "Anton Drevic")
    ]


def test_where_and_when_something_was_said_is_no_claim():
    stated = "Head\n\nPresident Anton Drevic spoke.\n\nHe stated this in his nightly address, Velpress reports."
    assert speakers(stated) == []
    so = "Head\n\nAsked whether talks could resume, the president said so on Monday, but gave no date."
    assert speakers(so) == []
    that = "Head\n\nThe minister said that, despite the war, the economy grew."
    assert speakers(that) == [("despite the war, the economy grew", "minister")]


def test_the_head_of_state_is_the_president_named_before():
    text = (
        "Head\n\nPresident Anton Drevic spoke on Monday. The head of state emphasised that Karsk "
        "must be held responsible for its attacks."
    )
    assert speakers(text) == [("Karsk must be held responsible for its attacks", "Anton Drevic")]


def test_a_fronted_declaring_that_clause_is_a_claim_of_the_main_clauses_speaker():
    text = (
        "Head\n\nDeclaring that the attacks on his country were continuing, Drevic said that 11 "
        "drones had been shot down over the capital before dawn."
    )
    assert speakers(text) == [
        ("the attacks on his country were continuing", "Drevic"),
        ("11 drones had been shot down over the capital before dawn", "Drevic"),
    ]
    weather = "Head\n\nNoting that the rain had stopped, the storm moved north."
    assert speakers(weather) == []


def test_as_per_reads_as_according_to():
    text = (
        "Head\n\nAs per President Anton Drevic, four people were killed in Stanec on Sunday, "
        "while the Orlik regional governor reported the death of one person in a separate strike."
    )
    assert speakers(text) == [
        ("four people were killed in Stanec on Sunday", "Anton Drevic"),
        ("the death of one person in a separate strike", "Orlik regional governor"),
    ]
    assert speakers("Head\n\nThree people were killed, as per the ministry.") == [
        ("Three people were killed", "ministry")
    ]


# Batch 120 (tests/data/suggest: stopgap-vote, health-law-vows): a stopgap spending bill and
# the threat of a shutdown.


def test_a_headlines_second_clause_after_but_has_its_own_lower_case_speakers():
    text = "President says Democrats want a shutdown, but party leaders say it won't happen"
    assert speakers(text) == [
        ("Democrats want a shutdown", "President"),
        ("it won't happen", "party leaders"),
    ]


def test_despite_another_speakers_tweets_is_no_part_of_the_claim():
    text = (
        "Head\n\nCongressional leaders said Thursday they expect to pass a bill to keep the "
        "government open, despite a tweetstorm from the president accusing Democrats of trying "
        "to force a shutdown."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "they expect to pass a bill to keep the government open"
    ]


def test_a_restrictive_who_demanded_describes_people_and_claims_nothing():
    text = (
        "Head\n\nHouse Republican leaders prevailed in lobbying conservatives and defense hawks "
        "who demanded more money for the military in exchange for their votes."
    )
    assert speakers(text) == []


def test_a_warning_delivered_to_someone_that_is_the_givers_claim():
    text = (
        "Head\n\nHouse Speaker Corbin Ashe, R-Ohio, delivered a warning to Senate Democrats that "
        "they would pay a political price if they blocked the bill."
    )
    assert speakers(text) == [
        ("they would pay a political price if they blocked the bill", "Corbin Ashe")
    ]


def test_other_democrats_who_said_are_not_the_senate_democrats_named_before():
    text = (
        "Head\n\nHouse Speaker Corbin Ashe delivered a warning to Senate Democrats.\n\nQuist's "
        "criticism mirrored that of other Democrats, who said tying the spending bill to cuts "
        "in health funding was reducing the chances of a deal."
    )
    assert speakers(text)[-1] == (
        "tying the spending bill to cuts in health funding was reducing the chances of a deal",
        "Democrats",
    )


def test_vows_after_a_verb_in_a_headline_is_a_noun():
    text = (
        "Democrats ramp up vows to block House budget bill\n\nA House Republican plan will not "
        "pass the Senate, the White House said Saturday."
    )
    assert [name for _, name in speakers(text)] == ["White House"]


# Batch 121 (tests/data/suggest: quarrow-warning): a profit warning and the shares' fall.


def test_the_maker_of_something_is_the_company_the_sentence_named():
    text = (
        "Head\n\nQuarrow Corp.'s shares plunged 31% on Monday after the maker of warehouse "
        "scanning systems said its earnings would fall short of forecasts."
    )
    assert speakers(text) == [("its earnings would fall short of forecasts", "Quarrow Corp.")]


def test_a_company_abbreviation_with_a_full_stop_stays_inside_the_apposition():
    text = (
        "Head\n\nLena Hartig, an analyst at Balder Securities Inc. in Chicago, said she had "
        "expected revenue of about $41 million."
    )
    assert speakers(text) == [("she had expected revenue of about $41 million", "Lena Hartig")]


def test_a_surname_that_opens_with_a_saints_name_is_the_person():
    text = (
        "Head\n\nPaul St. Aubin, the chief financial officer, said Quarrow shipped 19 systems.\n\n"
        '"We missed our revenue targets," St. Aubin said.'
    )
    assert names_and_kinds(text) == [("Paul St. Aubin", "person")] * 2


# Batch 122 (tests/data/suggest: fever-outbreak): an outbreak, from the health agencies.


def test_a_title_case_headlines_label_is_no_part_of_the_speaker():
    text = (
        "Fever Outbreak: CDCN Says 21 Dead, 40 Infected In Norvia\n\nThe Centre for Disease "
        "Control of Norvia (CDCN) on Monday confirmed 21 deaths from the fever."
    )
    assert names_and_kinds(text)[0] == ("Centre for Disease Control of Norvia", "organisation")


def test_a_claim_that_opens_with_the_acronym_who_is_no_question():
    text = "Head\n\nWHO still needs the government's final approval to send vaccines, Rusk said."
    assert [claim for claim, _ in speakers(text)] == [
        "WHO still needs the government's final approval to send vaccines"
    ]


def test_a_titled_name_before_a_description_is_the_trailing_speaker():
    text = (
        "Head\n\nWHO still needs final approval, which is expected in the coming days, Dr. "
        "Anselm Rusk, the agency's emergencies chief, told reporters in Geneva."
    )
    assert speakers(text) == [
        ("WHO still needs final approval, which is expected in the coming days", "Anselm Rusk")
    ]


def test_a_surname_with_a_body_is_the_person_named_before():
    text = (
        'Head\n\nDr. Anselm Rusk spoke in Geneva.\n\n"We already have three separate places '
        'reporting cases," Rusk with WHO said.'
    )
    assert [name for _, name in speakers(text)] == ["Anselm Rusk"]


# Batch 123 (tests/data/suggest: rigged-poll): an opposition rejects an election.


def test_a_description_then_a_name_parsed_as_two_subjects_is_one_speaker():
    # The small model parses this sentence (not every one like it) with two subjects.
    text = (
        "Head\n\nNigeria's main opposition candidate Muhammadu Buhari has alleged the weekend's "
        "presidential election had been rigged."
    )
    assert speakers(text) == [
        ("the weekend's presidential election had been rigged", "Muhammadu Buhari")
    ]


def test_and_added_colon_then_a_quotation_is_a_second_claim():
    text = (
        "Head\n\nDorn noted that foreign monitors had found fraud in nine provinces, and added: "
        '"By our own count, there was no voting at all in about a dozen."'
    )
    assert speakers(text) == [
        ("foreign monitors had found fraud in nine provinces", "Dorn"),
        ("By our own count, there was no voting at all in about a dozen", "Dorn"),
    ]


def test_he_is_the_name_set_apart_as_the_last_sentences_subject():
    text = (
        'Head\n\n"This is no election," said Ilka Dorn, the campaign spokesman.\n\nMeanwhile, the '
        "fiery chairman of the Velan People's Party, Bram Okoli, went further, denouncing the "
        'electoral commission.\n\n"The commission should cancel the whole election," he told '
        "journalists."
    )
    assert [name for _, name in speakers(text)] == ["Ilka Dorn", "Bram Okoli"]


def test_a_continued_quotation_ends_before_a_pronoun_it_cannot_place():
    text = (
        'Head\n\n"We do not accept it," Ilka Dorn said.\n\n"We are still watching the count, and '
        'we will not accept the results," it said.'
    )
    assert speakers(text)[-1] == (
        "We are still watching the count, and we will not accept the results",
        "Ilka Dorn",
    )


def test_a_claim_that_opens_with_a_quotation_closed_inside_it_keeps_the_opening_mark():
    # As the dev annotations write it: the quotation whole, then the rest of the claim.
    text = (
        'Head\n\nThe opposition leader Teo Marrak on Sunday alleged "blatant and gigantic fraud" '
        "in the country's election."
    )
    assert [claim for claim, _ in speakers(text)] == [
        '"blatant and gigantic fraud" in the country\'s election'
    ]
    curly = "Head\n\nThe minister said “nothing has changed” since the vote."
    assert [claim for claim, _ in speakers(curly)] == ["“nothing has changed” since the vote"]


# Batch 124 (tests/data/suggest: stanec-shelling): shelling, as a regional governor posts it.


def test_a_headlines_claim_then_a_possessive_role_after_the_colon_is_theirs():
    text = (
        "Four killed in shelling of Stanec homes: Region's governor\n\nFour residents were "
        "killed when shells hit homes in Stanec on Monday, regional governor Mirela Sokol wrote "
        "on Telegram."
    )
    assert speakers(text) == [
        ("Four killed in shelling of Stanec homes", "Mirela Sokol"),
        ("Four residents were killed when shells hit homes in Stanec on Monday", "Mirela Sokol"),
    ]
    label = "Storm Ciarán: Live Updates\n\nThe storm hit the coast on Monday."
    assert speakers(label) == []


# Batch 125 (tests/data/suggest: plant-walkout, picket-diary, ridge-fire): a strike, a wildfire.


def test_a_second_speaker_after_while_without_a_comma_is_split_off():
    text = (
        "Head\n\nMembers of the United Rail Workers walked out at Kestrel Motors.\n\nIt was not "
        "clear how long it would last, with the union saying Kestrel had barely moved in four "
        "months of talks while Kestrel said it had offered higher pay."
    )
    assert speakers(text) == [
        ("Kestrel had barely moved in four months of talks", "United Rail Workers"),
        ("it had offered higher pay", "Kestrel Motors"),
    ]


def test_a_union_whose_name_has_no_union_in_it_is_the_union():
    assert names_and_kinds(
        "Head\n\nMembers of the United Rail Workers walked out. The union said talks had stalled."
    ) == [("United Rail Workers", "organisation")]


def test_an_occupation_before_a_name_is_no_part_of_it():
    text = (
        "Head\n\nWorker Marla Quist said she came anyway. Welder Ovid Brandt said he backed the "
        'strike.\n\n"We expect the calls to double," said Calder County Fire Captain Ida Kallas.'
    )
    assert names_and_kinds(text) == [
        ("Marla Quist", "person"),
        ("Ovid Brandt", "person"),
        ("Ida Kallas", "person"),
    ]


def test_a_person_a_report_names_by_a_name_not_their_own_is_a_person():
    text = (
        'Head\n\nA striking welder we\'ll call "Tamsin" does not want her name printed. She says '
        'the plant worked them six days a week.\n\n"We have been doing double shifts," Tamsin '
        "said.\n\nShe voted against the offer because of the pensions, she said."
    )
    assert speakers(text) == [
        ("the plant worked them six days a week", "Tamsin"),
        ("We have been doing double shifts", "Tamsin"),
        ("She voted against the offer because of the pensions", "Tamsin"),
    ]
    assert names_and_kinds(text)[0] == ("Tamsin", "person")


def test_a_claim_above_a_quotation_is_no_label_introducing_it():
    # A sentence is never a speaker's label ("Arsene Wenger (Arsenal)"), so its claim stays.
    text = (
        'Head\n\nMarla Quist said she came to the line anyway.\n\n"We expect the calls to '
        'double," said Ida Kallas.'
    )
    assert speakers(text) == [
        ("she came to the line anyway", "Marla Quist"),
        ("We expect the calls to double", "Ida Kallas"),
    ]


# Batch 126 (tests/data/suggest: injury-rumours, fixture-pile-up, handset-downgrades): a
# manager on injuries, analysts on a handset maker.


def test_one_of_a_people_is_the_person_named_before():
    text = (
        "Head\n\nHarwick City manager Ansel Brekke dismissed the reports.\n\n\"I don't know if it "
        'is ten days or ten weeks," the Dane said.'
    )
    assert speakers(text)[-1] == ("I don't know if it is ten days or ten weeks", "Ansel Brekke")


def test_how_a_manager_said_it_is_a_cue_and_the_manager_is_the_person_named_before():
    text = (
        'Head\n\nAnsel Brekke confirmed that three players were hurt.\n\n"Give us another day '
        'to recover," the manager fumed.'
    )
    assert speakers(text) == [
        ("three players were hurt", "Ansel Brekke"),
        ("Give us another day to recover", "Ansel Brekke"),
    ]


def test_quoted_as_saying_after_a_quotation_names_who_said_it():
    text = (
        'Head\n\n"We fear the V9 has been hurt by the results," an Orrin Capital analyst was '
        "quoted as saying in the Financial Ledger."
    )
    assert speakers(text) == [
        ("We fear the V9 has been hurt by the results", "an Orrin Capital analyst")
    ]


def test_someone_at_a_named_body_is_never_renamed_to_someone_at_another():
    text = (
        'Head\n\n"We see further downside," a Castine Securities analyst wrote.\n\nOne Bexley '
        'Partners analyst went further, arguing that neither model had a "wow factor".\n\nSome '
        "analysts now believe the shares could fall to $4."
    )
    assert [name for _, name in speakers(text)] == [
        "a Castine Securities analyst",
        "One Bexley Partners analyst",
        "Some analysts",
    ]


def test_and_suggested_that_is_a_second_claim():
    text = (
        'Head\n\nVeltro called the notes "false and misleading" and suggested that they were an '
        "attempt to drive down its share price."
    )
    assert speakers(text) == [
        ('the notes "false and misleading"', "Veltro"),
        ("they were an attempt to drive down its share price", "Veltro"),
    ]


# Batch 127 (tests/data/suggest: visa-deal-denied, gang-strategy): a White House briefing,
# Senate sponsors.


def test_who_said_after_someone_a_participle_names_is_their_claim():
    text = (
        "Head\n\nCongress has not reached a deal, press secretary Tessa Varga said Thursday, "
        "contradicting Sen. Colm Brandis (R-Idaho), who said earlier in the day that an "
        "agreement had been struck."
    )
    assert speakers(text) == [
        ("Congress has not reached a deal", "Tessa Varga"),
        ("an agreement had been struck", "Colm Brandis"),
    ]
    # Not past an apposition: the speaker said it.
    appos = (
        "Head\n\nMarkets price in two cuts, according to Lars Hovland, chief economist at Fjord "
        "Securities, who said the governor's tone was softer."
    )
    assert speakers(appos)[-1] == ("the governor's tone was softer", "Lars Hovland")


def test_a_participle_may_say_a_quotation_whole():
    text = (
        "Head\n\nPresident Rowan Pike pressed wavering Republicans on Tuesday to back the bill, "
        'saying "the status quo is not acceptable."'
    )
    assert speakers(text) == [("the status quo is not acceptable", "Rowan Pike")]


def test_a_programmes_name_in_quotation_marks_is_where_it_was_said():
    text = 'Head\n\nVarga said on NBC\'s "Morning Desk" show that the bill had support.'
    assert speakers(text) == [("the bill had support", "Varga")]


def test_a_quotation_ends_before_a_participle_with_nothing_after_it():
    text = (
        'Head\n\n"I say that whatever the speaker said," Amos Tolliver said.\n\n"There is going '
        'to be real pressure on the House to act," he added, laughing.'
    )
    assert speakers(text)[-1] == (
        "There is going to be real pressure on the House to act",
        "Amos Tolliver",
    )


def test_told_reporters_inside_a_clause_is_the_clause_whole():
    text = (
        "Head\n\nA handful of Republican votes versus dozens of them, Moreau told reporters, "
        'would be "the difference between success and failure."'
    )
    assert speakers(text) == [(text.removeprefix("Head\n\n"), "Moreau")]


def test_a_comma_and_but_inside_a_quotation_do_not_split_the_sentence():
    # The House's "says" is inside Tolliver's quotation: his words, whole.
    text = 'Head\n\nTolliver said, "We have the votes, but the House says it will wait."'
    assert speakers(text) == [("We have the votes, but the House says it will wait", "Tolliver")]


# Batch 128 (tests/data/suggest: tea-study, tea-study-wire): a health study, as papers and a
# wire report it.


def test_what_a_study_found_ends_before_the_outlet_that_reports_it():
    text = (
        "Head\n\nThe study, published on Monday in the journal Cardia, found that drinking tea "
        "is linked with a lower risk of stroke, the Daily Courant reports."
    )
    assert speakers(text) == [("drinking tea is linked with a lower risk of stroke", "study")]


def test_researchers_caution_and_write_in_the_plural():
    text = (
        'Head\n\nThe researchers caution in their paper that the link "remains uncertain."\n\n'
        'But, they write, the results "suggest tea can be part of a healthy diet."'
    )
    assert [(claim[:20], name) for claim, name in speakers(text)] == [
        ('the link "remains un', "researchers"),
        ("But, they write, the", "researchers"),
    ]


def test_a_lead_investigator_is_a_person():
    text = "Head\n\nThe lead investigator says the findings should not change anyone's habits."
    assert names_and_kinds(text) == [("lead investigator", "person")]


def test_a_dateline_with_a_state_a_date_and_a_doubled_hyphen_is_no_part_of_the_claim():
    text = (
        "Head\n\nKELSO, Md., May 17 (UPI) -- A study of 300,000 adults found that tea drinkers "
        "had a lower risk of stroke, researchers say."
    )
    assert speakers(text)[0][0].startswith("A study of 300,000 adults")


def test_the_researchers_are_the_institute_not_the_body_it_is_part_of():
    text = (
        "Head\n\nElden Voss of the Tarn Institute, part of the National Institutes of Health, "
        "led the study.\n\nTea drinking was not linked with lower cancer deaths, the "
        "researchers said."
    )
    assert speakers(text) == [
        ("Tea drinking was not linked with lower cancer deaths", "Tarn Institute")
    ]
    plural = (
        "Head\n\nJan Roe of the National Institutes of Health led the study.\n\nTea drinking was "
        "not linked with lower cancer deaths, the researchers said."
    )
    assert speakers(plural)[0][1] == "National Institutes of Health"  # not "National Institute"


# Batch 129 (tests/data/suggest: runway-crash, tour-plane): an airliner's crash, a tour plane's.


def test_a_claim_with_the_outlet_after_its_verb_ends_before_it():
    text = (
        "Head\n\nOfficials say at least 60 passengers were hurt, reports the Valley Herald's "
        "Nadia Fenn."
    )
    assert speakers(text) == [("at least 60 passengers were hurt", "Officials")]


def test_recalled_after_the_claim_names_who_recalled_it():
    text = (
        "Head\n\nThere was a loud bang and then the cabin filled with smoke, recalled passenger "
        "Piet Loring. He said he did not know whether it was an engine."
    )
    assert speakers(text) == [
        ("There was a loud bang and then the cabin filled with smoke", "Piet Loring"),
        ("he did not know whether it was an engine", "Piet Loring"),
    ]


def test_she_after_a_person_a_sentence_describes_is_that_person():
    text = (
        "Head\n\nAnother passenger described climbing out with her daughter. She said she only "
        "had time to grab her phone."
    )
    assert names_and_kinds(text) == [("Another passenger", "person")]


def test_the_same_clause_going_on_after_he_said_but_is_the_claim_whole():
    text = (
        "Head\n\nThe weather was windy on Tuesday, the regional governor said, but was "
        "considered safe for take-off."
    )
    assert speakers(text) == [(text.removeprefix("Head\n\n").rstrip("."), "regional governor")]
    reporter = "Head\n\nThe road is open, Ida Kallas said, but a closure order stays in effect."
    assert [claim for claim, _ in speakers(reporter)] == ["The road is open"]


def test_a_bodys_head_and_state_officials_are_not_bodies_named_so():
    text = (
        "Head\n\nThe airline's CEO says the jet was eight years old.\n\nState officials "
        "initially reported that everyone on board had been killed."
    )
    assert names_and_kinds(text) == [("airline's CEO", "person"), ("State officials", "unnamed")]


def test_its_website_is_the_body_the_sentence_before_named():
    text = (
        "Head\n\nIlse Marra, director of Aerolinea Sur, said the crew had reported no problems."
        '\n\nAccording to its website, the company "flies small groups to the coast."'
    )
    assert speakers(text)[-1][1] == "Aerolinea Sur"


# Batch 130 (tests/data/suggest: school-move): a school board's vote.


def test_a_board_members_and_a_trustees_title_is_no_part_of_the_name():
    text = (
        'Head\n\n"The timing could hardly be worse," said Board Member Orla Penhallow.\n\n"So we '
        'are leaving families in the dark?" asked Trustee Lise Arbuckle.'
    )
    assert names_and_kinds(text) == [("Orla Penhallow", "person"), ("Lise Arbuckle", "person")]


def test_a_surname_at_a_meeting_is_the_person_not_the_meeting():
    text = (
        'Head\n\n"This is hard," parent Hester Quaile said.\n\nQuaile at the board\'s March 9 '
        "meeting asked for the plan to be put to a public hearing."
    )
    assert [name for _, name in speakers(text)] == ["Hester Quaile", "Hester Quaile"]


# Batch 131 (tests/data/suggest: storm-maren): a storm, as a weather service and a governor
# describe it.


def test_an_advisory_a_body_issued_forecasting_that_is_its_claim_and_so_is_the_advisory():
    text = (
        "Head\n\nThe Coastal Weather Service issued an advisory late Friday forecasting that the "
        "storm will cross the coast by Saturday. Maren has weakened, but the advisory says it "
        'could strengthen again.\n\n"These rains may cause floods," according to the advisory.'
    )
    assert speakers(text) == [
        ("the storm will cross the coast by Saturday", "Coastal Weather Service"),
        ("it could strengthen again", "Coastal Weather Service"),
        ("These rains may cause floods", "Coastal Weather Service"),
    ]


def test_a_member_station_is_media():
    text = "Head\n\nSchools on the coast were closed, member station KPLM reported."
    assert names_and_kinds(text) == [("KPLM", "media")]


# Batch 132 (tests/data/suggest: reporting-fine): a regulator's fine.


def test_a_dateline_whose_dash_stands_against_the_city_is_no_part_of_the_speaker():
    text = (
        "Head\n\nLondon– The Prudential Oversight Authority on Tuesday said it had fined the "
        "firm £21m."
    )
    assert speakers(text) == [("it had fined the firm £21m", "Prudential Oversight Authority")]


def test_a_companys_unit_named_like_a_person_is_a_company():
    text = (
        "Head\n\nThe regulator fined Harwood Bank's Tobin Marsh unit £21m.\n\nTobin Marsh said "
        "it had alerted the regulator as soon as it found the gap."
    )
    assert names_and_kinds(text)[-1] == ("Tobin Marsh", "organisation")


# Batch 133 (tests/data/suggest: mute-reversal): an app reverses a change.


def test_characterized_as_is_a_claim():
    text = 'Head\n\nThe Tessellate Ledger characterized the move as a "humbling retreat."'
    assert speakers(text) == [('the move as a "humbling retreat."', "Tessellate Ledger")]


def test_the_company_after_a_paper_spoke_is_the_company_not_the_paper():
    text = (
        "Head\n\nQuillo said it made the change to protect members.\n\nThe Tessellate Ledger "
        'called it a retreat.\n\n"We never want to ship features that leave people less safe," '
        "the company said."
    )
    assert speakers(text)[-1][1] == "Quillo"


def test_the_statement_went_on_ends_the_quotation():
    text = (
        'Head\n\n"We never want to ship unsafe features," Quillo said in a statement.\n\n"Any '
        'mutes you set are still in place," the statement went on.'
    )
    assert speakers(text)[-1] == ("Any mutes you set are still in place", "Quillo")


# Batch 134 (tests/data/suggest: output-cut): an oil cartel weighs a cut, as its sources say.


def test_two_kinds_of_source_joined_by_and_speak_together():
    text = (
        "Head\n\nNOPEX is weighing a further cut in its oil output, two NOPEX sources and a third "
        "industry source familiar with the talks said on Monday."
    )
    assert speakers(text) == [
        (
            "NOPEX is weighing a further cut in its oil output",
            "two NOPEX sources and a third industry source familiar with the talks",
        )
    ]


def test_earlier_than_planned_after_the_attribution_is_no_claim():
    text = (
        "Head\n\nThe group, known as NOPEX+, is considering a meeting on March 3-4, one of the "
        "NOPEX sources said, earlier than planned."
    )
    assert speakers(text) == [
        (
            "The group, known as NOPEX+, is considering a meeting on March 3-4",
            "one of the NOPEX sources",
        )
    ]


def test_a_headlines_claim_then_sources_after_the_colon_is_the_ledes_sources():
    text = (
        "NOPEX+ weighs a further output cut: sources\n\nNOPEX is weighing a further cut in its "
        "output, two NOPEX sources said on Monday."
    )
    assert speakers(text)[0] == ("NOPEX+ weighs a further output cut", "two NOPEX sources")


def test_one_of_a_people_written_in_one_word_and_a_managers_title_at_a_sentences_start():
    # From the diff read: "Englishman" was mistyped in the pattern; "Manager" opened the name.
    text = (
        'Head\n\nManager Tom Ress said the squad was tired.\n\n"We need rest," the Englishman said.'
    )
    assert speakers(text) == [("the squad was tired", "Tom Ress"), ("We need rest", "Tom Ress")]


# Batch 135 (tests/data/suggest: campaign-dinner, senate-rift): a charity dinner's jokes, a
# Senate leadership feud.


def test_a_quotation_then_a_long_tail_of_scene_setting_is_the_quotation():
    text = (
        "Head\n\n“A warm hello to everyone here who has known me for years,” Lydia Pell said as "
        "she took her place at the head table of the foundation dinner on Thursday evening, "
        "wearing a green dress and a borrowed shawl that she kept pulling at."
    )
    assert speakers(text) == [
        ("A warm hello to everyone here who has known me for years", "Lydia Pell")
    ]


def test_a_short_quotation_then_he_continued_is_the_quotation_alone():
    text = (
        "Head\n\n“Hello to you all,” Voss said.\n\n“The lobbyists,” he continued. “They have "
        "eaten at my table.”"
    )  # (one word, which the parse may take for a body: "he" is then placed by the quotation)
    assert [claim for claim, _ in speakers(text)] == [
        "Hello to you all",
        "The lobbyists",
        "They have eaten at my table",
    ]


def test_a_statement_regarding_something_introduces_the_quotation_below():
    text = (
        "Head\n\nToday, Trevane for Governor chair Owen Tillery released the following "
        "statement regarding Pell’s remarks:\n\n“It is no surprise that Lydia Pell is mocking her own donors.”"
    )
    assert speakers(text) == [
        ("It is no surprise that Lydia Pell is mocking her own donors", "Owen Tillery")
    ]


def test_concluding_a_speech_or_concluding_by_doing_something_is_no_claim():
    text = (
        "Head\n\nShe closed her speech by asking the crowd to register. Lydia Pell concluded "
        "her speech by asking everyone to vote. Pell concluded by urging students to volunteer."
    )
    assert speakers(text) == []


def test_saying_without_a_comma_before_it_carries_the_quotation_after_it():
    text = (
        "Head\n\nLydia Pell also went after her rival saying, “Picture a governor who mocks "
        "nurses and insults farmers.”"
    )
    assert speakers(text) == [
        ("Picture a governor who mocks nurses and insults farmers", "Lydia Pell")
    ]


def test_a_quotation_closing_an_indirect_claim_goes_on_in_the_next_sentence():
    text = (
        "Head\n\nMarcus Trevane would choose “someone who has worked with these people for "
        "twenty years,” he told the Hudson Ledger in an interview. “I would pick someone from "
        "inside.”"
    )
    assert speakers(text)[-1] == ("I would pick someone from inside", "Marcus Trevane")


@pytest.mark.parametrize(
    "text",
    [
        "“I think nobody out in the states is asking about it,” Brusk tells Plains Radio Network.",
        "“I think nobody out in the states is asking about it,” a source explains.",
    ],
)
def test_present_tense_cues_after_a_quotation(text):
    assert [claim for claim, _ in speakers("Head\n\n" + text)] == [
        "I think nobody out in the states is asking about it"
    ]


def test_insiders_tell_an_outlet_that_and_are_unnamed():
    text = (
        "Head\n\nSenate insiders tell the Capitol Ledger that Voss privately urged Brusk to stop "
        "the radio tour."
    )
    assert speakers(text) == [
        ("Voss privately urged Brusk to stop the radio tour", "Senate insiders")
    ]
    assert names_and_kinds(text) == [("Senate insiders", "unnamed")]


def test_a_date_after_an_opening_phrase_is_not_the_speaker():
    text = (
        "Head\n\nHarlan Voss leads the party.\n\nIn a phone call on Friday, August 29, Voss told "
        "Brusk that he wanted the quarrel settled."
    )
    assert speakers(text) == [("he wanted the quarrel settled", "Harlan Voss")]


def test_an_aide_to_a_person_is_never_that_person():
    assert speakers(
        "Head\n\nColm Marren, a senior political aide to Voss told friends that the call was tense."
    ) == [("the call was tense", "Colm Marren")]
    assert speakers("Head\n\nA senior aide to Voss told friends that the call was tense.") == [
        ("the call was tense", "senior aide to Voss")
    ]


def test_according_to_set_inside_a_sentence_without_its_closing_comma():
    text = (
        "Head\n\nBut instead of letting it go, Voss, according to the Federal Review criticised "
        "Brusk for the op-ed."
    )
    assert names_and_kinds(text) == [("Federal Review", "media")]
    assert speakers(text)[0][0].endswith("criticised Brusk for the op-ed")


def test_a_dash_aside_with_its_own_speaker_then_the_sentences_speaker():
    text = (
        "Head\n\nBut pressed on her remarks — which included an op-ed that said criticising "
        "candidates anonymously was close to “sabotage” — Nadia Brusk said she was aiming at "
        "people who leak “anonymous quotes.”"
    )
    assert [source for _, source in speakers(text)] == ["an op-ed", "Nadia Brusk"]


def test_but_before_the_subject_of_a_telling_participle():
    text = (
        "Head\n\nBut Sen. Nadia Brusk was more forthcoming, telling reporters after party "
        "leaders met in Voss’s office that the two of them want the same thing."
    )
    assert speakers(text) == [("the two of them want the same thing", "Nadia Brusk")]


# Batch 136 (tests/data/suggest: deplorables-row, manager-charged): a candidate demands an
# apology; rivals pile on after a campaign manager is charged.


def test_the_nominee_is_the_sentence_befores_subject_not_the_person_it_named_last():
    text = (
        "Head\n\nRICHMOND, Virginia — Sam Penrose pounced on Nell Harker on Monday for her "
        "remark.\n\nThe Republican nominee called on Harker to withdraw her remarks, arguing that "
        'she had "insulted" working families.'
    )
    assert {source for _, source in speakers(text)} == {"Sam Penrose"}


def test_her_after_a_verb_is_its_object_and_says_nothing_of_the_subject():
    text = (
        'Head\n\nSam Penrose spoke.\n\nPenrose called her remark "the most open attack I have '
        'ever heard," and he suggested that she could not go on campaigning.'
    )
    assert speakers(text) == [
        ('her remark "the most open attack I have ever heard,"', "Sam Penrose"),
        ("she could not go on campaigning", "Sam Penrose"),
    ]


def test_a_quotation_then_what_it_was_said_in_defence_of_is_the_quotation():
    text = (
        'Head\n\n"She called them lazy," Sam Penrose said.\n\n"She sorts people into bins," he '
        'continued, in defence of "these wonderful people who are backing our campaign."'
    )
    assert speakers(text)[-1] == ("She sorts people into bins", "Sam Penrose")


def test_two_opening_phrases_one_with_a_programme_in_quotation_marks():
    text = (
        "Head\n\nSam Penrose spoke.\n\nEarlier in the day, in an appearance on Liberty News' "
        '"Breakfast Table," Penrose said of Harker\'s remark that it was "the biggest '
        'blunder."'
    )
    assert speakers(text) == [('it was "the biggest blunder."', "Sam Penrose")]


def test_a_participle_between_the_attribution_and_the_quotations_second_part():
    text = (
        'Head\n\nNell Harker spoke at a church.\n\n"Mr. Okafor," she said, pausing, "gave '
        'more to this country than any candidate ever will."'
    )  # (a first part too short to be a claim: the second is read as reported speech)
    assert speakers(text)[-1] == (
        '"gave more to this country than any candidate ever will."',
        "Nell Harker",
    )


def test_an_opening_mark_typed_as_a_closing_one():
    text = (
        'Head\n\n"The buck stops at the top," Rory Vance said.\n\n”A candidate has to answer for '
        "their staff,” Vance continued."
    )
    assert speakers(text)[-1] == ("A candidate has to answer for their staff", "Rory Vance")


def test_tweeting_that_carries_the_claim():
    text = (
        'Head\n\nAnsel Brody went after Penrose himself, tweeting that "Campaigns are a mirror '
        'of their candidate."'
    )
    assert speakers(text) == [('"Campaigns are a mirror of their candidate."', "Ansel Brody")]


def test_a_surname_after_his_campaign_spoke_is_the_person_and_said_tuesday_on_twitter():
    text = (
        "Head\n\nSam Penrose's campaign manager was charged on Monday.\n\nPenrose's campaign has "
        "denied that the incident took place, despite a recording. Penrose said Tuesday on "
        'Twitter that there is "nothing" in the recording.'
    )
    assert speakers(text) == [
        ("denied that the incident took place", "Penrose's campaign"),
        ('there is "nothing" in the recording', "Sam Penrose"),
    ]


def test_a_quotation_then_another_name_is_never_the_last_speakers():
    text = (
        'Head\n\nA man in the audience told Penrose: "We have a problem in this state."\n\n"We '
        'are going to look at a lot of things," Penrose answered.\n\n"I have never met him," '
        'Penrose grumbled to an aide.\n\n"Nobody asked me," Harker grumbled later.'
    )
    assert speakers(text) == [
        ("We have a problem in this state", "A man in the audience"),
        ("We are going to look at a lot of things", "Penrose"),
        ("I have never met him", "Penrose"),
    ]


# Batch 137 (tests/data/suggest: tariff-calls): a president's calls to senators, as reported.


def test_according_to_ends_at_a_dash_before_the_reporters_aside():
    text = (
        "Head\n\nTomas Brell vented his anger in calls with two senators, according to people "
        "familiar with the conversations — in addition to his attacks on Senators Ilse Garrow, "
        "Bram Otley and Wren Abara."
    )
    assert names_and_kinds(text) == [("people familiar with the conversations", "unnamed")]


def test_a_speakers_words_according_to_an_outlet_are_the_speakers():
    text = (
        "Head\n\nTomas Brell spoke.\n\nBrell said the bill would tie his hands in talks with "
        "China, according to Politico."
    )
    assert speakers(text) == [("the bill would tie his hands in talks with China", "Tomas Brell")]
    assert names_and_kinds("Head\n\nPolitico reported that the bill was dead.") == [
        ("Politico", "media")
    ]


def test_the_spokesperson_again_is_the_one_for_the_senator():
    text = (
        "Head\n\nPolitico reported that Brell called Sen. Ilse Garrow (R-Kan.), the chairwoman "
        "of the Senate Trade Committee.\n\nA spokesperson for Garrow confirmed that a call took "
        'place.\n\n"Senator Garrow had a useful conversation with the president," the '
        "spokesperson told the Capitol Wire."
    )
    assert [source for _, source in speakers(text)][-2:] == ["Ilse Garrow", "Ilse Garrow"]


def test_saying_in_a_statement_to_an_outlet_then_a_colon_is_the_quotation():
    text = (
        'Head\n\nThe White House declined to comment, saying in a statement to Politico: "We do '
        'not comment on private conversations."'
    )
    assert speakers(text) == [("We do not comment on private conversations", "White House")]


def test_an_official_said_then_an_outlet_reported_is_the_officials():
    text = (
        "Head\n\nNeil Dunning had asked the Commerce Department to play down the reports, a White "
        "House official said Thursday, the Associated Press reported."
    )
    assert speakers(text) == [
        (
            "Neil Dunning had asked the Commerce Department to play down the reports",
            "a White House official",
        )
    ]


def test_some_in_a_body_and_another_official_are_unnamed():
    assert names_and_kinds(
        "Head\n\nSome in the White House tell Liberty News that they believe the leaks came "
        'from the Senate.\n\n"We need to stop talking through reporters," another official said.'
    ) == [("Some in the White House", "unnamed"), ("another official", "unnamed")]


# Batch 138 (tests/data/suggest: state-immunity, email-review): a court's ruling and its
# dissent; a campaign on a bureau's email review.


def test_a_headlines_court_is_not_renamed_the_high_court():
    text = (
        "Supreme Court says states can't be sued in each other's courts\n\nThe justices "
        "divided 5-4.\n\nIn 1979, the high court concluded otherwise."
    )
    assert speakers(text) == [("states can't be sued in each other's courts", "Supreme Court")]


def test_a_possessive_is_not_part_of_the_name_it_owns():
    assert speakers(
        "Head\n\nJustice Anna Quill's reluctant concurrence drew attention. Her opinion "
        "described the ruling as an invitation to reopen settled cases."
    ) == [("the ruling as an invitation to reopen settled cases", "Anna Quill")]
    text = (
        "Head\n\nThe Supreme Court's majority opinion held that the state was too late. It also "
        "held that the 1979 precedent was wrongly decided."
    )  # (an owner's writing is the owner's: its opinion, report, letter or statement)
    assert {source for _, source in speakers(text)} == {"Supreme Court"}


def test_comments_then_a_quotation_is_a_cue():
    text = (
        'Head\n\nNell Harker spoke.\n\nOne day later, Harker comments, "It is strange to put '
        'that out days before an election."'
    )
    assert speakers(text) == [
        ("It is strange to put that out days before an election", "Nell Harker")
    ]


def test_wrote_to_someone_then_announcing_that_is_the_participles_claim():
    text = (
        "Head\n\nThe bureau director wrote to lawmakers on Friday, announcing that his agents "
        "were examining a newly found set of emails."
    )
    assert speakers(text) == [
        ("his agents were examining a newly found set of emails", "bureau director")
    ]


def test_a_headlines_campaign_is_never_renamed_its_candidate():
    text = (
        "Harker campaign says bureau chief acted unfairly\n\nNell Harker said the review was "
        "unfair."
    )
    assert speakers(text)[0] == ("bureau chief acted unfairly", "Harker campaign")


# Batch 139 (tests/data/suggest: filibuster-interview, senate-return): senators' exclusive
# interviews, with block quotations set apart without marks.


def test_a_senators_aside_naming_another_senator_with_a_title_is_still_the_aside():
    text = (
        "Head\n\nSen. Dale Whitby (R-WX), who joined Sen. Mara Hewitt (R-TL) in her filibuster "
        "on the U.S. Senate floor on Wednesday, told the Prairie Sentinel that he stood with "
        "Hewitt."
    )
    assert speakers(text) == [("he stood with Hewitt", "Dale Whitby")]


def test_said_then_a_colon_introduces_a_block_quotation_without_marks():
    text = (
        "Head\n\nDale Whitby said in a brief phone interview moments after leaving the floor:"
        "\n\nI think it was important that the voice of the people of Wexford was heard on the "
        "floor of the Senate tonight.\n\nThe vote is on Friday."
    )
    assert speakers(text) == [
        (
            "I think it was important that the voice of the people of Wexford was heard on the "
            "floor of the Senate tonight.",
            "Dale Whitby",
        )
    ]


def test_expressed_his_belief_that_is_a_cue():
    text = (
        "Head\n\nElias Strand expressed his belief that the refusal to allow amendments is part "
        "of a plan to run out the clock."
    )
    assert speakers(text) == [
        ("the refusal to allow amendments is part of a plan to run out the clock", "Elias Strand")
    ]


def test_a_quotation_then_he_said_and_where_is_the_quotation_alone():
    text = (
        'Head\n\n"It does not matter who you vote for," Voss said on the floor.\n\n"The '
        'alternative is to give up," he said, in an exclusive interview with the Prairie '
        "Sentinel."
    )
    assert speakers(text)[-1] == ("The alternative is to give up", "Voss")


def test_he_after_a_surname_the_parse_takes_for_a_body_and_but_is_no_part_of_the_name():
    text = (
        "Head\n\nBut Voss believes Wexford voters are still willing to send him back.\n\nHe "
        "estimates that the scheme costs taxpayers $700 million a year."
    )
    assert speakers(text)[-1] == ("the scheme costs taxpayers $700 million a year", "Voss")


# Batch 140 (tests/data/suggest: anonymous-essay): the hunt for an unsigned essay's author,
# told by unnamed insiders.


def test_a_title_case_headlines_capitals_are_not_the_person_he_means():
    text = (
        "Unnamed Insiders Hunt Unnamed Author Of Unsigned Essay\n\nBrell reacted with fury. "
        'After a meeting, he spoke to reporters. "The failing Ledger has printed an unsigned '
        'essay," he said.'
    )
    assert speakers(text) == [("The failing Ledger has printed an unsigned essay", "Brell")]


def test_thats_according_to_in_its_own_paragraph_names_the_sentence_before():
    text = (
        "Head\n\nThe president has pulled his inner circle closer.\n\nThat's according to four "
        "officials and Republicans close to the administration who were not authorised to speak "
        "about private conversations."
    )
    # (why they are unnamed is no part of their name)
    assert names_and_kinds(text) == [
        ("four officials and Republicans close to the administration", "unnamed")
    ]


def test_described_only_as_is_an_aside_and_the_writer_is_the_author():
    text = (
        'Head\n\nThe author, described only as a senior official, wrote that "appointees are '
        'working quietly."\n\nThe writer went on: "It may be small comfort, but there are '
        'grown-ups in the building."'
    )
    assert speakers(text) == [
        ("appointees are working quietly", "author"),
        ("It may be small comfort, but there are grown-ups in the building", "author"),
    ]


def test_someone_close_to_a_body_is_unnamed_not_the_body():
    text = (
        'Head\n\n"He will spend the next hour thinking you wrote it," a Republican close to the '
        "White House said."
    )
    assert names_and_kinds(text) == [("a Republican close to the White House", "unnamed")]


def test_a_quotation_then_a_surmising_speaker_and_hours_after_another_claim():
    text = (
        'Head\n\nIt had to be a "bitter, dishonest, bad actor," Foreign Secretary Lise Armand '
        "surmised in a statement, hours after Brell accused the writer of treason."
    )
    assert [source for _, source in speakers(text)][:1] == ["Lise Armand"]


# Batch 141 (tests/data/suggest: debate-clash): two senators trade blows in a debate.


def test_he_after_a_surname_the_parse_took_for_a_body_is_that_speaker_not_a_person_before():
    text = (
        'Head\n\nCarla Ruiz moderated.\n\n"I watched you switch your vote," Kessling said.\n\n'
        '"That is political calculation," he added.\n\nHe went on to say "that half of it is '
        'false."'
    )
    assert [source for _, source in speakers(text)] == ["Kessling"] * 3


def test_as_for_opens_a_sentence_and_a_quotation_follows_its_speaker():
    text = (
        'Head\n\nAs for defence spending, Treadwell said, "Kessling knows full well I voted for '
        'his amendment."'
    )
    assert speakers(text) == [("Kessling knows full well I voted for his amendment", "Treadwell")]


def test_while_another_subject_mocked_him_ends_the_first_claim():
    text = (
        "Head\n\nKessling derided the governor as reckless and unserious, while Treadwell mocked "
        "him for missing votes."
    )
    assert speakers(text) == [("the governor as reckless and unserious", "Kessling")]


def test_and_the_same_speaker_followed_up_by_saying_that():
    text = (
        'Head\n\nTreadwell said the governor "embodied coastal values," and Treadwell followed '
        'up on Thursday by saying that "not many conservatives come out of the capital."'
    )
    assert [claim for claim, _ in speakers(text)] == [
        'the governor "embodied coastal values,"',
        '"not many conservatives come out of the capital."',
    ]


def test_countered_by_doing_something_is_no_claim_and_quotation_tails():
    text = (
        'Head\n\nThe governor countered by praising the way the capital rebuilt. "That was a '
        'very insulting thing to say," the governor said, seemingly catching Treadwell off '
        'guard.\n\n"No, it is your record," Kessling responded, in a clip made for the evening '
        "news."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "That was a very insulting thing to say",
        "No, it is your record",
    ]


# Batch 142 (tests/data/suggest: veto-session): a statehouse veto session, told radio-style.


def test_a_quotation_alone_goes_on_with_the_person_who_spoke_just_before():
    text = (
        'Head\n\nHouse Speaker Colin Ferris calls the day "historic."\n\n"The assembly did more '
        'in one veto session than in any session before it."'
    )
    assert speakers(text)[-1] == (
        "The assembly did more in one veto session than in any session before it",
        "Colin Ferris",
    )


def test_says_in_her_letter_then_a_quotation_and_says_also_that():
    text = (
        'Head\n\nAnika Rowe says in her letter to lawmakers, "I tried to be patient with the '
        'legislature." She says also that she will keep vetoing spending bills.'
    )
    assert speakers(text) == [
        ("I tried to be patient with the legislature", "Anika Rowe"),
        ("she will keep vetoing spending bills", "Anika Rowe"),
    ]


def test_officials_tell_an_outlet_then_a_clause_without_that():
    text = (
        "Head\n\nOfficials in the governor's office tell the Capitol Wire they do not believe "
        "the legislature can override her vetoes."
    )
    assert speakers(text) == [
        (
            "they do not believe the legislature can override her vetoes",
            "Officials in the governor's office",
        )
    ]


def test_by_pointing_out_carries_the_claim():
    text = (
        "Head\n\nThe budget office sought to offer a bright side by pointing out that state "
        "revenue grew for a third straight quarter."
    )
    assert speakers(text) == [("state revenue grew for a third straight quarter", "budget office")]


# Batch 143 (tests/data/suggest: press-statements): lawmakers' press releases on clinic
# closures.


def test_released_the_below_statement_introduces_the_quotation_below():
    text = (
        "Head\n\nToday Congresswoman Ruth Okafor-Lane (WX-02) released the below statement "
        "following the closures.\n\n“This administration is taking care away from veterans.”"
    )
    assert speakers(text) == [
        ("This administration is taking care away from veterans", "Ruth Okafor-Lane")
    ]


def test_made_the_following_statement_then_more_sentences_still_introduces_the_quotation():
    text = (
        "Head\n\nWashington—Teodor Blaise, communications director for Senate Majority Leader "
        "Ines Farrow, made the following statement today in response to claims made by Senator "
        "Gil Harrow. Senator Harrow has falsely claimed Democrats are holding up his amendment."
        "\n\n“We are voting on amendments in the order in which they were offered.”"
    )
    assert speakers(text) == [
        ("Democrats are holding up his amendment", "Gil Harrow"),
        ("We are voting on amendments in the order in which they were offered", "Teodor Blaise"),
    ]


def test_a_label_with_a_party_tag_and_a_role_above_a_quotation():
    text = (
        "Head\n\nSome highlights:\n\nSen. Ines Farrow (D-WX), chair, Senate Veterans Committee"
        "\n\n“Four clinics closed in one month is not a budget decision.”"
    )
    assert speakers(text) == [
        ("Four clinics closed in one month is not a budget decision", "Ines Farrow")
    ]


def test_yesterday_after_the_speakers_is_no_part_of_them_and_stating_that():
    text = (
        "Head\n\nLeader Farrow and I yesterday issued a joint statement on the closures, stating "
        'that, "The department must reopen the clinics."'
    )
    assert speakers(text) == [("The department must reopen the clinics", "Farrow and I")]


# Batch 144 (tests/data/suggest: sea-lane-strikes, drone-night-governors,
# clinic-shelling-statement, call-tone-study): strikes at sea told by a rebel spokesman,
# governors' overnight reports, a statement condemning shelling, a study's authors.


@pytest.mark.parametrize(
    "headline, claim, speaker",
    [
        ("No let-up in river raids, vows militia aide", "No let-up in river raids", "militia aide"),
        ("Ceasefire will not hold, says army chief", "Ceasefire will not hold", "army chief"),
    ],
)
def test_a_headline_with_its_cue_before_the_speaker(headline, claim, speaker):
    assert speakers(f"{headline}\n\nBody.") == [(claim, speaker)]


def test_a_headline_verb_of_its_own_subject_is_not_a_cue_then_speaker():
    text = "Regulator fines lender over mortgages, says it misled buyers\n\nBody."
    assert all(source != "it misled buyers" for _, source in speakers(text))


def test_he_after_a_ship_named_as_the_subject_is_the_spokesman():
    text = (
        "Head\n\nRebels attacked the Kestrel Dawn bulk carrier, said Tariq Sallal, the rebels' "
        "military spokesman.\n\nThe Kestrel Dawn bulk carrier was struck by a drone boat and took "
        '"a direct hit," he said.'
    )
    assert [source for _, source in speakers(text)] == ["Tariq Sallal", "Tariq Sallal"]


def test_the_spokesman_is_the_person_an_appositive_called_spokesman():
    text = (
        "Rebels claim strikes on two ships\n\nRebels attacked two ships, said Tariq "
        "Sallal, the rebels' military spokesman.\n\n\"Both ships were targets because their "
        'owners broke the ban," the spokesman said.'
    )
    assert [source for _, source in speakers(text)][1:] == ["Tariq Sallal", "Tariq Sallal"]


def test_first_reported_after_a_named_firm_makes_the_whole_sentence_its_claim():
    text = (
        "Head\n\nA third ship off the coast reported being hit on Thursday, the maritime "
        "security firm Corvane first reported."
    )
    assert speakers(text) == [
        ("A third ship off the coast reported being hit on Thursday", "Corvane")
    ]


def test_the_message_a_speaker_spoke_in_and_a_rank_are_no_part_of_the_name():
    text = (
        "Head\n\nRebel military spokesman Brigadier Tariq Sallal in a recorded message released "
        "on Thursday night said the rebels had used a drone boat."
    )
    assert speakers(text) == [("the rebels had used a drone boat", "Tariq Sallal")]


def test_late_on_a_day_is_an_adverbial_before_the_speaker():
    text = "Head\n\nLate on Tuesday, Sallal said the group was responsible for the attack."
    assert speakers(text) == [("the group was responsible for the attack", "Sallal")]


def test_governors_of_a_list_of_regions_are_not_the_governor_named_before():
    text = (
        "Head\n\nThe governor of the central region of Pelinka said debris broke windows, while "
        "the governors of the Marka, Tessin and Zorivka regions reported no hits to "
        "infrastructure."
    )
    assert speakers(text) == [
        ("debris broke windows", "governor of the central region of Pelinka"),
        ("no hits to infrastructure", "governors of the Marka, Tessin and Zorivka regions"),
    ]


def test_he_is_never_a_quantity_opening_the_sentence():
    text = (
        "Head\n\nNine drones were downed over the region of Drevna, its governor said. Various "
        "Dravenian attacks on the region killed one person, he said."
    )
    assert [source for _, source in speakers(text)] == ["Drevna's governor", "Drevna's governor"]


def test_condemns_keeps_its_verb_and_calling_it_too():
    text = (
        "Head\n\nThe statement strongly condemns the shelling of hospitals, calling it a crime "
        "under international law."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "condemns the shelling of hospitals",
        "calling it a crime under international law",
    ]


@pytest.mark.parametrize("cue", ["the authors write", "the researchers add"])
def test_plural_cues_after_a_quotation(cue):
    text = f'Head\n\n"No single call proves anything across thousands of calls," {cue}.'
    assert speakers(text) == [
        ("No single call proves anything across thousands of calls", cue.split()[1])
    ]


# Batch 145 (tests/data/suggest: sunday-show-framework, sunday-show-infrastructure,
# pool-report-gaggle): senators on the Sunday shows, a press pool's report of a gaggle.


def test_a_headline_opening_with_a_persons_surname_and_a_colon():
    text = (
        "Harlan: All Democratic senators must agree on the framework first\n\nThe framework "
        "must come first, Senate Budget Committee Chairman Ned Harlan said Sunday."
    )
    assert speakers(text)[0] == (
        "All Democratic senators must agree on the framework first",
        "Ned Harlan",
    )


def test_a_headline_opening_with_a_place_and_a_colon_names_no_speaker():
    text = "Ukraine: Drones hit the power grid in three regions overnight\n\nBody in Kyiv."
    assert speakers(text) == []


def test_a_closed_dash_aside_after_the_name_is_no_dateline():
    text = (
        'Head\n\n"There has got to be a framework agreed in the Senate first," Harlan — an '
        "independent who caucuses with Democrats — told the network."
    )
    assert speakers(text) == [
        ("There has got to be a framework agreed in the Senate first", "Harlan")
    ]


def test_but_and_a_named_speaker_with_an_aside_open_a_clause_of_their_own():
    text = (
        "Head\n\nThe current framework includes hearing aids but Harlan, who has pushed for "
        "dental cover, said he had been on the phone all weekend."
    )
    assert speakers(text) == [("he had been on the phone all weekend", "Harlan")]


def test_a_programme_in_quotation_marks_after_the_day_is_where_it_was_said():
    text = (
        'Head\n\nSenator Ada Morrow said Sunday on WNX\'s "Capitol Week" that the bill would '
        "be finished this week."
    )
    assert speakers(text) == [("the bill would be finished this week", "Ada Morrow")]


def test_said_little_but_indicated_that_keeps_what_was_indicated():
    text = (
        "Head\n\nSenator Joe Brandt, the other holdout, has said little about the plan, but "
        "indicated to reporters last week that he could support the price tag."
    )
    assert speakers(text) == [("he could support the price tag", "Joe Brandt")]


def test_a_hosts_title_is_no_part_of_her_name():
    text = 'Head\n\nHost Mara Bell said, "You have been working all weekend on this bill."'
    assert speakers(text) == [("You have been working all weekend on this bill", "Mara Bell")]


def test_whom_a_quotation_quotes_in_turn_is_not_its_speaker():
    text = (
        'Head\n\nThe weather was fine.\n\n"I think this stands in contrast to Republicans in '
        'Congress who believe tax cuts pay for themselves."\n\n"Officials said the plan would '
        'fail," he recalled.'
    )
    assert speakers(text) == []


def test_a_pool_reports_number_is_not_what_it_reports():
    assert speakers("Travel pool report 3: gaggle aboard the plane\n\nBody.") == []


# Batch 146 (tests/data/suggest: verdict-aftermath, measles-daycares): a prosecutor after a
# verdict, an outbreak as a broadcaster relays it.


def test_the_speakers_own_act_after_and_ends_the_claim():
    text = (
        'Head\n\nMs Castell said the jurors were "careful and attentive" and expressed her '
        "gratitude to the twelve residents who served."
    )
    assert speakers(text) == [('the jurors were "careful and attentive"', "Castell")]


@pytest.mark.parametrize(
    "act", ["declared a mistrial on two counts", "declared a state of emergency in the county"]
)
def test_declaring_a_mistrial_or_an_emergency_is_an_act_not_a_claim(act):
    assert speakers(f"Head\n\nThe judge {act} after jurors failed to agree.") == []


def test_a_broadcasters_letters_relay_what_the_subject_confirmed():
    text = (
        "Head\n\nThe Centers for Disease Control confirmed that it is aware of the outbreak and "
        'is "deploying a small team" to assist, according to NBC.'
    )
    assert speakers(text) == [
        (
            'it is aware of the outbreak and is "deploying a small team" to assist',
            "Centers for Disease Control",
        )
    ]


def test_a_date_alone_after_told_ends_the_attribution():
    text = (
        "Head\n\nContact tracing is under way at all of the day cares, Ms. Lund told the Tolvern "
        "Courier Nov. 16."
    )
    assert speakers(text) == [("Contact tracing is under way at all of the day cares", "Lund")]


# Batch 147 (tests/data/suggest: spokeswoman-row, governor-race-decision): a governor's
# spokeswoman and the Senate leader, a congressman who will not run for governor.


@pytest.mark.parametrize(
    "about", ["in regard to the incumbent", "in response to the governor", "referring to Pike"]
)
def test_whom_the_words_were_about_is_no_part_of_the_speaker(about):
    text = f'Head\n\n"She is the worst governor this state has had," said Brandauer {about}.'
    assert speakers(text) == [("She is the worst governor this state has had", "Brandauer")]


def test_told_local_media_and_a_day_then_the_claim():
    text = (
        "Head\n\nGov. Ruthanne Pike skipped the fundraiser. She told local media Tuesday she "
        "would not attend because she was busy."
    )
    assert speakers(text) == [("she would not attend because she was busy", "Ruthanne Pike")]


# Batch 148 (tests/data/suggest: border-strikes-camp): strikes on a refugee camp, as the
# military, the health ministry and the armed group tell them.


@pytest.mark.parametrize(
    "described",
    ["The Islamist group", "The Palestinian militant group", "The militant, Islamist group"],
)
def test_a_creed_or_a_people_describes_the_group_named_before(described):
    text = (
        "Head\n\nThe Sayf Brigades condemned the strike on the camp. "
        f"{described} acknowledged that two of its members had been killed."
    )
    assert [source for _, source in speakers(text)] == ["Sayf Brigades", "Sayf Brigades"]


def test_a_nationality_still_names_the_company_described():
    text = (
        "Head\n\nCarlsberg shares were little changed. The Society of Brewers said pubs were "
        "closing. The Danish group said the deal would be funded from existing cash."
    )
    assert speakers(text)[-1] == ("the deal would be funded from existing cash", "Carlsberg")


def test_but_and_the_subjects_own_second_verb_stay_the_subjects():
    text = (
        "Head\n\nThe Sayf Brigades acknowledged that two of its members had been killed, but "
        "rejected Velmar's claim that the building was a command post."
    )
    assert speakers(text) == [
        ("two of its members had been killed", "Sayf Brigades"),
        ("rejected Velmar's claim that the building was a command post", "Sayf Brigades"),
    ]


def test_as_earlier_reported_names_nobody():
    text = (
        "Head\n\nThe health ministry specified that a man who died of his injuries was a "
        "fighter, not a civilian as earlier reported."
    )
    assert speakers(text) == [
        (
            "a man who died of his injuries was a fighter, not a civilian as earlier reported",
            "health ministry",
        )
    ]


def test_with_another_saying_after_the_speaker_is_their_claim():
    text = (
        "Head\n\nA strike on the village of Beit Suma killed three people on Tuesday, the health "
        "ministry said, with Velmar saying they were members of the group."
    )
    assert speakers(text) == [
        ("A strike on the village of Beit Suma killed three people on Tuesday", "health ministry"),
        ("they were members of the group", "Velmar"),
    ]


# Batch 149 (tests/data/suggest: switch-maker-shortfall): a sales warning, as the company, its
# analysts and its finance chief tell it.


def test_a_capital_qualifying_a_qualifier_describes_the_company_of_the_lede():
    text = (
        "Sales shortfall sinks Linnet Networks\n\nLinnet Networks had a dismal day with investors "
        "on Monday. Shares of the Internet switch maker fell 48%, after it announced that its "
        "sales would be lower than expected.\n\nOwen Farraday, chief executive of Linnet, said "
        "the quarter was hard."
    )
    assert speakers(text)[0] == ("its sales would be lower than expected", "Linnet Networks")


def test_an_analysts_own_act_ends_the_claim_and_a_cfo_is_a_title():
    text = (
        'Head\n\nAnalysts at Brackwater Securities said the profit outlook was "the ugliest we '
        'have seen" and lowered their price target to $7.\n\nThe weakness could run into the '
        "third quarter, CFO Ada Pell said in a statement."
    )
    assert speakers(text) == [
        ('the profit outlook was "the ugliest we have seen"', "Brackwater Securities"),
        ("The weakness could run into the third quarter", "Ada Pell"),
    ]


# Batch 150 (tests/data/suggest: leaders-huddle): a pool report of House leaders meeting on the
# debt limit, told on background.


def test_tells_me_and_a_clause_with_a_verb_is_a_claim_of_one_unnamed_member():
    text = (
        "Head\n\nA House Republican tells me the terms of a short-term extension are being "
        "discussed, but nothing is final."
    )
    (found,) = suggest_claims(text, REGISTRY)
    assert found.text.startswith("the terms of a short-term extension are being discussed")
    assert (found.source_name, found.source_kind) == ("A House Republican", "unnamed")


@pytest.mark.parametrize(
    "text",
    [
        "Pool report #4\n\nBody.",
        "Head\n\nThe meeting has not been officially announced but is expected on Thursday.",
    ],
)
def test_a_reports_number_and_a_passive_with_an_adverb_name_nobody(text):
    assert speakers(text) == []


# Batch 151 (tests/data/suggest: bill-signing-suit): a governor signs a bill that a rights
# group will challenge.


def test_an_aside_of_despite_and_a_participle_between_subject_and_verb():
    text = (
        "Head\n\nGov. Corwin Tate signed the bill on Thursday. Tate, despite signing the bill, "
        "has acknowledged that it will be challenged in court."
    )
    assert speakers(text) == [("it will be challenged in court", "Corwin Tate")]


def test_how_long_before_is_no_part_of_the_claim():
    text = (
        "Head\n\nThe Pell Rights Union had announced a few hours earlier it would sue the state "
        "over the measure."
    )
    assert speakers(text) == [("it would sue the state over the measure", "Pell Rights Union")]


# Batch 152 (tests/data/suggest: spokesman-briefing-denials): a presidential spokesman's
# briefing on sanctions and the war.


def test_he_after_a_claim_is_never_a_person_the_claim_names():
    text = (
        "Head\n\nSpokesman Tomas Vrana spoke to reporters on Wednesday.\n\nThere were no plans for "
        "talks with Ostland's President Pavel Orlov, he said.\n\nOrlov, he said, could prevent "
        "further casualties.\n\nHe categorically denied that Dravenian forces had committed war "
        "crimes."
    )
    assert speakers(text) == [
        ("There were no plans for talks with Ostland's President Pavel Orlov", "Tomas Vrana"),
        ("Orlov, he said, could prevent further casualties", "Tomas Vrana"),
        ("denied that Dravenian forces had committed war crimes", "Tomas Vrana"),
    ]


# Batch 153 (tests/data/suggest: precinct-gunfire, detective-shooting-briefing): police
# chiefs and spokespeople at news conferences.


def test_where_it_was_said_is_no_claim_and_the_claim_before_is_theirs():
    text = (
        "Head\n\nPolice have yet to determine a motive, which left residents shaken, Police Chief "
        'Lena Orr said during a news conference on Friday.\n\n"Nobody should feel this fear," '
        'Mayor Felix Dunmore said during the briefing, calling the attack a "cowardly act."'
    )
    assert speakers(text) == [
        ("Police have yet to determine a motive, which left residents shaken", "Lena Orr"),
        ("Nobody should feel this fear", "Felix Dunmore"),
        ('calling the attack a "cowardly act."', "Felix Dunmore"),
    ]


def test_adding_with_a_colon_keeps_both_quotations():
    text = (
        'Head\n\nChief Lena Orr spoke on Monday.\n\n"I understand the frustration," she said, '
        'adding: "We will open the street as soon as we can."'
    )
    assert [claim for claim, _ in speakers(text)] == [
        "I understand the frustration",
        "We will open the street as soon as we can",
    ]


def test_said_then_the_speaker_then_where_with_a_quotation_in_the_claim():
    text = (
        'Head\n\nHARWICK (WKRL) - Det. Paul Venner\'s weapon was fired "at least twice," said '
        "Police Commissioner Ada Lund in a press conference that also warned against rumours.\n\n"
        'The gunman remains at large, despite a reward of $150,000, as "money moves people," '
        "said department spokesperson R.J. Castellan at the press conference."
    )
    assert speakers(text) == [
        ('Paul Venner\'s weapon was fired "at least twice,"', "Ada Lund"),
        (
            'The gunman remains at large, despite a reward of $150,000, as "money moves people,"',
            "R.J. Castellan",
        ),
    ]


def test_a_name_with_initials_is_the_he_and_also_is_no_part_of_a_name():
    text = (
        "Head\n\nCommissioner Ada Lund spoke first.\n\nR.J. Castellan thanked residents for their "
        "patience.\n\nHe also warned again that several online fundraisers are not approved.\n\n"
        'Castellan also thanked the media but warned that "false details have been put out."'
    )
    assert speakers(text) == [
        ("several online fundraisers are not approved", "R.J. Castellan"),
        ('"false details have been put out."', "R.J. Castellan"),
    ]


def test_a_quotation_after_a_partly_quoted_claim_goes_on_in_its_paragraph():
    text = (
        'Head\n\nInvestigators are "very close" to an arrest, said Commissioner Ada Lund. "We are '
        'following every lead."'
    )
    assert speakers(text) == [
        ('Investigators are "very close" to an arrest', "Ada Lund"),
        ("We are following every lead", "Ada Lund"),
    ]


def test_a_commissioner_is_no_registered_commission_and_a_headline_names_the_chief():
    registry = SourceIndex(
        [KnownSource(1, "European Commission", "government", ("the Commission",))]
    )
    text = (
        "Detective was shot twice, commissioner says\n\nThe detective was shot twice, said Police "
        "Commissioner Ada Lund.\n----\n"
    )
    assert speakers(text.split("----")[0], registry) == [
        ("Detective was shot twice", "Ada Lund"),
        ("The detective was shot twice", "Ada Lund"),
    ]
    text = "Gunman in custody, police say\n\nPolice have no motive yet, Police Chief Lena Orr said."
    assert speakers(text) == [
        ("Gunman in custody", "Lena Orr"),
        ("Police have no motive yet", "Lena Orr"),
    ]


# Batch 154 (tests/data/suggest: readout-row, staffer-remark-lunch): a Capitol Hill row over a
# remark, denied and relayed.


def test_he_after_but_is_the_person_the_clause_before_named_when_its_subject_is_none():
    text = (
        "Head\n\nDemocratic Senate aides have told reporters the unnamed Republican was Rep. Wade "
        'Tollef of Idaho, but he told reporters Wednesday "there is no chance" he made the '
        "remark, the Capitol Ledger reported Thursday."
    )
    assert speakers(text) == [
        ("the unnamed Republican was Rep. Wade Tollef of Idaho", "Democratic Senate aides"),
        ('"there is no chance" he made the remark', "Wade Tollef"),
    ]
    text = "Head\n\nSen. Ann Vail called Mr. Rook weak, but she said she would vote for him."
    assert speakers(text)[-1] == ("she would vote for him", "Ann Vail")


def test_a_senate_is_a_body_and_where_it_was_posted_is_no_part_of_the_claim():
    text = (
        "Head\n\nU.S. Sen. Maren Rask said on her Facebook page a member of the House told the "
        "president he could not stand him."
    )
    assert names_and_kinds(text) == [("Maren Rask", "person")]
    assert speakers(text)[0][0] == "a member of the House told the president he could not stand him"
    text = "Head\n\nDemocratic Senate aides said the vote would fail."
    assert names_and_kinds(text) == [("Democratic Senate aides", "government")]


def test_that_as_the_subject_stays_in_the_claim():
    text = "Head\n\nThe White House, however, has indicated that will not change."
    assert speakers(text) == [("that will not change", "White House")]


def test_a_rank_after_a_possessive_and_including_some_of_are_asides():
    text = (
        "Head\n\nSen. Ottilie Vant (R-Utah), Brisbane's No. 2, said on Monday that an apology "
        'would be "the decent thing."\n\nBut Republican senators, including several of Lorne '
        "Cass's oldest allies, acknowledged hours before the lunch that they would not raise it."
    )
    assert speakers(text) == [
        ('an apology would be "the decent thing."', "Ottilie Vant"),
        ("they would not raise it", "Republican senators"),
    ]


def test_a_title_case_headline_about_a_claim_is_no_claim():
    text = (
        "CAPITOL HILL: Senator's Shock Claim About GOP Leader Came From A Mix-Up\n\nThe White "
        'House said Thursday that it contributed to a "mix-up."'
    )
    assert speakers(text) == [('it contributed to a "mix-up."', "White House")]


# Batch 155 (tests/data/suggest: injury-teleconference, plane-maker-cuts): a coach's injury
# update on a conference call; a planemaker's job cuts, as unions tell it.


def test_a_nickname_of_a_title_and_an_initial_keeps_its_title():
    text = "Head\n\nCoach Z said that Okwu's injury was to his hip."
    assert speakers(text) == [("Okwu's injury was to his hip", "Coach Z")]


def test_a_clause_with_a_modal_is_no_speaker_and_the_claim_runs_to_the_cue():
    text = (
        "Head\n\nThe freshman sat out practice after a scan, but with it coming back clean, Lind "
        "should be back tonight, Zawada said."
    )
    assert speakers(text) == [
        (
            "The freshman sat out practice after a scan, but with it coming back clean, Lind "
            "should be back tonight",
            "Zawada",
        )
    ]


def test_a_participle_after_said_is_when_up_to_its_comma():
    text = (
        "Head\n\nCoach Piotr Zawada said after publicly questioning the team's effort following "
        'what he called a "flat" practice, he has seen the players respond.'
    )
    assert speakers(text) == [("he has seen the players respond", "Piotr Zawada")]


def test_began_after_a_quotation_is_a_cue_and_a_tripled_hyphen_ends_a_dateline():
    text = (
        'Head\n\nCoach Piotr Zawada spoke.\n\n"As far as the injuries go, Milo jarred his hip," '
        "Zawada began."
    )
    assert speakers(text) == [("As far as the injuries go, Milo jarred his hip", "Piotr Zawada")]
    text = (
        "Head\n\nTOULOUSE, France --- Aerovane is set to announce job cuts on Tuesday, union "
        "officials said."
    )
    assert speakers(text)[0][0] == "Aerovane is set to announce job cuts on Tuesday"


# Batch 156 (tests/data/suggest: wearables-sale-reports, vape-memo-layoffs,
# judge-briefing-fight): tech outlets' reports and a company's answers; a chief executive's
# memo; prosecutors' letters to a judge.


def test_an_outlet_citing_unnamed_sources_in_a_dash_aside_is_the_outlet():
    text = (
        "Head\n\nLater Friday, Gadget Ledger — also citing unnamed sources — reported that "
        "Pulsewright had stopped making its fitness bands.\n\nGadget Ledger late Tuesday changed "
        'its account, saying the company had "slowed production" of the bands.'
    )
    assert names_and_kinds(text) == [("Gadget Ledger", "media"), ("Gadget Ledger", "media")]


def test_a_magazine_is_media_and_its_report_ends_past_a_quoted_full_stop():
    text = (
        "Head\n\nPulsewright has put its speaker unit up for sale, according to a Friday report "
        'from Lanter magazine, which cites "several people close to the talks." The company wants '
        "to focus on health, the magazine reported."
    )
    assert names_and_kinds(text) == [("Lanter magazine", "media"), ("Lanter magazine", "media")]


def test_she_after_a_companys_spokeswoman_is_the_company():
    text = (
        "Head\n\nPulsewright disputed the account.\n\nA Pulsewright spokeswoman said the company "
        'has no plans to drop the line. "Every one of our engineers is working on it," she wrote.'
    )
    assert names_and_kinds(text) == [("Pulsewright", "organisation")] * 3


def test_a_memo_saying_and_a_chief_executive_with_initials():
    text = (
        "Vapor firm CEO addresses reported layoffs in leaked memo\n\nCirrolite CEO D.J. Falken "
        'sent out an internal memo Wednesday saying the company has "difficult choices ahead."'
    )
    assert names_and_kinds(text) == [("D.J. Falken", "person")]


def test_the_progressive_of_telling_and_warning_is_a_cue():
    text = (
        "Head\n\nProsecutors are telling a federal judge they have heard enough from the "
        "defendant.\n\nHealth officials are warning that the outbreak could spread."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "they have heard enough from the defendant",
        "the outbreak could spread",
    ]


# Batch 157 (tests/data/suggest: runoff-results-dispute, church-tally-rebuke): a disputed
# presidential count, as a commission, a party, observers and a church tell it.


def test_a_qualified_description_is_no_registered_alias_by_a_close_spelling():
    registry = SourceIndex(
        [
            KnownSource(
                1,
                "National Election Commission (Korvania)",
                "government",
                ("the election commission",),
            )
        ]
    )
    text = "Head\n\nThe independent election commission said turnout was 61 percent."
    assert names_and_kinds(text) == [("independent election commission", "government")]
    assert speakers(text, registry)[0][1] != "National Election Commission (Korvania)"


def test_a_possessive_place_before_a_name_of_its_own_is_no_owner():
    text = (
        "Head\n\nRival candidate Basile Rukundo cried foul.\n\nThe country's influential Catholic "
        "Church has also said the results do not match its own tallies."
    )
    assert names_and_kinds(text) == [("Catholic Church", "organisation")]


def test_observers_from_a_body_of_places_are_the_body():
    text = (
        "Head\n\nObservers from the Economic Community of Lakeland States say they believe the "
        "vote was largely fair."
    )
    assert names_and_kinds(text) == [("Economic Community of Lakeland States", "organisation")]


def test_he_after_a_fronted_phrase_and_a_long_title_and_an_owners_surname():
    text = (
        "Head\n\nParty spokesman Gaspard Niyo said the party was stunned.\n\nBut in another "
        "interview with Radio Lakeside, First Vice President Ladislas Buhanga dismissed claims that "
        'the vote was rigged and congratulated the apparent winner.\n\n"The elections are over," '
        "he said."
    )
    assert speakers(text)[1:] == [
        ("dismissed claims that the vote was rigged", "Ladislas Buhanga"),
        ("The elections are over", "Ladislas Buhanga"),
    ]
    text = (
        'Head\n\n"CENAT declares that Edouard Minani has won," said commission president Aurelie '
        "Kanya.\n\nResponding to the criticism, CENAT's Kanya insisted that the counting \"followed "
        'every rule."'
    )
    assert [source for _, source in speakers(text)] == ["Aurelie Kanya"] * 2


# Batch 158 (tests/data/suggest: studies-roundup): a weekly round-up of health studies.


def test_a_study_examining_data_from_people_is_the_studys_not_the_peoples():
    text = (
        "Head\n\nA study examining data from 210,000 adults in Vestria has concluded that a rise "
        "in drink prices would mean fewer injuries."
    )
    assert names_and_kinds(text)[0][0] == "A study examining data from 210,000 adults"


def test_an_outlet_after_a_long_participle_aside_and_a_study_that_adds_to_a_view():
    text = (
        "Head\n\nA new study adds to that view.\n\nBut Lab Ledger, after consulting statisticians "
        "at the Harrowgate Institute for Applied Statistics, argued that the data showed no harm."
    )
    assert speakers(text) == [("the data showed no harm", "Lab Ledger")]


def test_they_after_researchers_named_as_a_subject_is_the_researchers():
    text = (
        "Head\n\nRecent research has suggested that extra weight is never harmless.\n\nResearchers "
        "examined records from 12,400 adults. They found that heavier participants showed more "
        "plaque."
    )
    assert speakers(text)[-1] == ("heavier participants showed more plaque", "Researchers")


# Batch 159 (tests/data/suggest: ridge-fire-evacuations): a wildfire's evacuations, as fire
# officials and a sheriff tell them.


def test_a_headline_whose_speaker_would_be_we_names_nobody_and_cal_fire_is_a_body():
    text = (
        'County fire officials: When we say "leave," we mean it\n\nCal Fire said the fire had '
        "burned at least 30 square miles."
    )
    assert names_and_kinds(text) == [("Cal Fire", "government")]


# Batch 160 (tests/data/suggest: actor-allegations-statements): an actor's statement and his
# accusers' posts.


def test_an_age_before_a_surname_and_a_modal_after_a_name_are_no_part_of_it():
    text = (
        'Head\n\nActor Tobias Reinholt came forward on Tuesday.\n\n"I had two encounters with him," '
        "29-year-old Reinholt, who appeared in three productions, wrote on his Facebook page.\n\n"
        'Reinholt would later post a message on Instagram that stated: "Everything I wanted to say '
        'is in that post."'
    )
    assert [source for _, source in speakers(text)] == ["Tobias Reinholt"] * 2


def test_a_spaced_hyphen_aside_and_a_statement_on_a_site_and_a_day_saying():
    text = (
        "Head\n\nThe playwright - who has worked with him for a decade - told the outlet that she "
        'had "never seen anything like that."\n\nStage actor Julian March issued a statement on '
        "Instagram Sunday evening saying he did not remember the incident."
    )
    assert names_and_kinds(text) == [("playwright", "person"), ("Julian March", "person")]


# Batch 161 (tests/data/suggest: singer-tour-cancelled, band-cancels-shows, rapper-tour-
# postponed, minister-resigns-aid): a singer's and a band's cancelled tours, a minister's
# resignation.


def test_a_performer_described_is_the_performer_named_before():
    text = (
        "Head\n\nCanadian singer Mara Quell has cancelled her tour.\n\nThe superstar apologised "
        "on Friday, saying it was not fair to keep moving the shows.\n\nThe Montreal-born "
        "vocalist has said the spasms made it hard to walk.\n\nA representative for the singer "
        "said she was resting at home."
    )
    assert [source for _, source in speakers(text)] == ["Mara Quell"] * 3


def test_the_minister_is_the_minister_named_before_and_not_the_prime_minister():
    text = (
        "Head\n\nForeign Minister Ilka Varn resigned on Monday, a day after Prime Minister Tom "
        "Hallam defended the cuts.\n\nThe minister said she had warned colleagues for months.\n\n"
        "A spokesman for the prime minister said he had accepted the resignation."
    )
    assert [source for _, source in speakers(text)] == ["Ilka Varn", "Tom Hallam"]


def test_the_description_before_a_name_gives_the_name_and_a_promoter_is_a_company():
    text = (
        "Head\n\nThe indie band Lantern Shore has cancelled its tour.\n\nThe band said in a "
        "statement on Friday that it planned to return next year.\n\nPromoter Keystone Halls "
        "said all tickets would be refunded automatically."
    )
    assert names_and_kinds(text) == [
        ("Lantern Shore", "organisation"),
        ("Keystone Halls", "organisation"),
    ]


def test_a_post_on_an_owners_account_and_a_publicist_speak_for_the_owner():
    text = (
        "Head\n\nThe rapper Jex Morrow has postponed his tour.\n\nA statement on the rapper's "
        "Instagram account said he had been treated for exhaustion.\n\nA post shared to his "
        "Facebook page said the shows would move to the spring.\n\nMorrow's publicist said he "
        "was in good spirits."
    )
    assert [source for _, source in speakers(text)] == ["Jex Morrow"] * 3


def test_a_record_label_speaks_though_a_bottles_label_does_not():
    text = (
        "Head\n\nThe rapper Jax Moreno has postponed his tour.\n\nA statement from his label, "
        "Copperline Records, said the postponed shows would be moved to the spring and that "
        "tickets would remain valid.\n\nThe label on the bottle said the drink was safe for "
        "children."
    )
    assert [source for _, source in speakers(text)] == ["Copperline Records"]


# Batch 162 (tests/data/suggest: port-strike-begins, jet-emergency-landing, engine-failure-
# inquiry): a dock strike, an emergency landing, an engine failure's first inquiry.


def test_an_aside_without_its_commas_is_no_part_of_the_name():
    text = (
        "Head\n\nTalks between the Harbour Workers Union (HWU) and the Tideline Shipping "
        'Alliance (TSA) broke down.\n\nThe TSA however said late on Monday that it was "hopeful".'
    )
    assert [source for _, source in speakers(text)] == ["Tideline Shipping Alliance"]


def test_plural_companies_are_not_the_one_body_that_spoke_before():
    text = (
        'Head\n\n"This is not a local dispute," the Port of Harwick said.\n\nThe companies have '
        "repeatedly accused the union of organising go-slows at the ports."
    )
    assert [source for _, source in speakers(text)] == ["Port of Harwick", "companies"]


def test_the_statement_indicated_is_the_statements_owners_claim():
    text = (
        'Head\n\nIn a prepared statement, Skyline Regional said passengers "left the aircraft '
        'quickly".\n\nThe statement indicated there was no evidence of fire.'
    )
    assert speakers(text)[1:] == [("there was no evidence of fire", "Skyline Regional")]


def test_a_registered_alias_is_short_for_the_longer_name_the_article_gives():
    text = (
        "One passenger dies after engine fails on Meridian flight\n\nOne passenger died on "
        "Tuesday when a Meridian Air flight made an emergency landing.\n\nAccording to the "
        "airline, the plane had 131 passengers and five crew on board."
    )
    assert [s.source_name for s in suggest_claims(text, WITH_ACRONYMS)] == ["Meridian Air"]


def test_a_subject_with_a_quoted_phrase_around_a_parenthetical_said():
    text = (
        "Head\n\nInvestigators chief Odile Crane spoke on Tuesday.\n\nCalling it an "
        '"uncontained engine failure", he said, would depend on where the parts came from.'
    )
    assert speakers(text) == [
        (
            'Calling it an "uncontained engine failure", he said, would depend on where the '
            "parts came from",
            "Odile Crane",
        )
    ]


# Batch 163 (tests/data/suggest: suv-seat-recall, supplement-recall, central-bank-hike): two
# recalls and a rate rise.


def test_the_manufacturer_is_the_company_named_before():
    text = (
        "Head\n\nBrandtmoor Motors is recalling 310,000 SUVs.\n\nBrandtmoor Motors said drivers "
        "could touch the sharp edge.\n\nThe manufacturer stated that it had reproduced the fault "
        "in testing."
    )
    assert [source for _, source in speakers(text)] == ["Brandtmoor Motors"] * 2


def test_a_body_named_before_what_it_issued_speaks_for_it():
    text = (
        "Head\n\nThe Food and Drug Administration (FDA) has ordered a recall of the "
        "supplements.\n\nThe FDA alert says the products may contain harmful levels of a "
        "stimulant.\n\nThe statement on Monday said the recall was voluntary."
    )
    assert [source for _, source in speakers(text)] == ["Food and Drug Administration"] * 2


def test_what_happened_meanwhile_is_no_part_of_the_claim():
    text = (
        "Head\n\nA pair of the bank's rate-setters said on Friday they would back further sharp "
        "increases, even as investors cheered figures showing that price expectations had eased."
    )
    assert [claim for claim, _ in speakers(text)] == ["they would back further sharp increases"]


def test_policymakers_after_an_opening_phrase_and_a_condition_after_a_parenthetical_said():
    text = (
        "Head\n\nGovernor Henrike Dahl spoke on Monday.\n\nIn their statement on Wednesday, "
        "policymakers repeated that further increases were likely.\n\nOn the other hand, she "
        "said, if the bank went too far, that would be easier to fix."
    )
    assert [source for _, source in speakers(text)] == ["policymakers", "Henrike Dahl"]


def test_a_headlines_two_verbs_share_one_subject():
    text = (
        "Central bank raises rates again and signals more to come\n\nThe bank raised its main "
        "rate on Wednesday."
    )
    assert [s.source_mention for s in suggest_claims(text, REGISTRY)] == ["Central bank"]


# Batch 164 (tests/data/suggest: school-board-resigns, hurricane-landfall, hurricane-
# warnings): a school board's resignation, a hurricane's landfall and the warnings before it.


def test_a_short_quotation_another_member_replied_is_not_the_last_speakers():
    text = (
        'Head\n\n"We have the meeting open to the public right now," board member Janet Brook '
        'said at one point.\n\n"Great," another member replied, moments before the screen went '
        "dark."
    )
    assert [source for _, source in speakers(text)] == ["Janet Brook"]


def test_an_attribution_opening_the_half_after_a_semicolon_is_that_halfs():
    text = (
        "Head\n\nThe last ferry left at 9:15 p.m.; after that, officials said, there might be no "
        "way out for people who chose to stay."
    )
    assert speakers(text) == [
        (
            "after that, officials said, there might be no way out for people who chose to stay",
            "officials",
        )
    ]


def test_a_headline_quotation_is_the_subject_of_the_verb_after_its_colon():
    text = (
        '"This storm will kill you": officials plead with coast to leave as Hurricane Orla '
        "nears\n\nThe storm moved up the coast on Thursday."
    )
    assert speakers(text) == [("This storm will kill you", "officials")]


def test_an_owners_message_after_a_colon_and_a_time_before_a_quotation():
    text = (
        "Head\n\nGov. Dana Whitmore spoke on Thursday.\n\nHere was Whitmore's message to people "
        'still on the beaches, as quoted in the Harbor Courier: "Get off the beach. You are '
        'done."\n\nShe added later, "Most of the deaths in storms like this come from the water."'
    )
    assert speakers(text) == [
        ("Get off the beach. You are done", "Dana Whitmore"),
        ("Most of the deaths in storms like this come from the water", "Dana Whitmore"),
    ]


# Batch 165 (tests/data/suggest: hospital-cyberattack): a cyberattack on a hospital group.


def test_a_company_called_health_and_the_statement_it_gave_paragraphs_before():
    text = (
        "Head\n\nAccording to a statement from Pellham Health, the attack began late on "
        "Wednesday.\n\nThe company said it had taken its network offline.\n\nLocal news outlets have "
        "reported that some patients waited hours for scans.\n\nAll non-emergency procedures "
        "have been cancelled and rescheduled, the statement said."
    )
    assert names_and_kinds(text) == [
        ("Pellham Health", "organisation"),
        ("Pellham Health", "organisation"),
        ("Local news outlets", "media"),
        ("Pellham Health", "organisation"),
    ]


def test_the_statement_is_the_last_one_someone_said_something_in():
    text = (
        "Head\n\nAccording to a statement from Pellham Health, the attack began on Wednesday."
        "\n\nThe Harbour Authority said in a statement on Friday that it had closed the port."
        "\n\nThe statement added that ships would be diverted to other ports."
    )
    assert [source for _, source in speakers(text)][1:] == ["Harbour Authority"] * 2


def test_a_spokesperson_for_a_bodys_office_speaks_for_the_body():
    text = (
        "Head\n\nA spokesperson for the FBI's regional field office confirmed that the hospitals "
        "had been targeted."
    )
    assert [source for _, source in speakers(text)] == ["FBI"]


# Batch 166 (tests/data/suggest: sprinter-ban-appeal, javelin-suspension): two doping cases.


def test_a_passive_description_is_its_agents_claim():
    text = (
        "Head\n\nHowever, Renn's attitude towards his testing obligations was described as "
        '"careless, perhaps even reckless" by the AIU.'
    )
    assert [source for _, source in speakers(text)] == ["AIU"]


def test_an_age_is_the_person_named_just_before_and_a_second_verb_after_the_parse_ended():
    text = ARTICLES["javelin-suspension"].split("\n\nMarsh blamed")[0]
    assert (
        names_and_kinds(text)
        == [("Northern Athletics", "organisation")] * 2 + [("Ilona Marsh", "person")] * 2
    )


# Batch 167 (tests/data/suggest: rocket-breakup): a rocket's break-up and the inquiry into it.


def test_a_quotation_then_a_place_without_article_and_a_participle():
    text = (
        'Head\n\n"The booster flight was a success, the ship flight was a quarter successful," '
        "chief executive Orrin Stahl wrote on social media, calling the problems "
        '"barely a bump in the road."'
    )
    assert [claim for claim, _ in speakers(text)] == [
        "The booster flight was a success, the ship flight was a quarter successful",
        'calling the problems "barely a bump in the road."',
    ]


def test_a_short_claim_after_where_and_that_is_still_a_claim():
    text = (
        "Head\n\nThe booster was caught.\n\nLaunch Wing 45 confirmed in a statement that it had "
        "tracked the debris."
    )
    assert speakers(text) == [("it had tracked the debris", "Launch Wing 45")]


# Batch 168 (tests/data/suggest: museum-returns-artefacts): a museum's return of looted works.


def test_a_name_goes_on_after_its_noun_and_the_news_release_is_its_announcers():
    text = (
        "Head\n\nThe state-run Halvard Museum of Art has begun returning 31 works.\n\nThe museum "
        'announced in a news release on Tuesday that it had "safely delivered" the works.\n\nThe '
        "other 30 works were looted by an international network, according to the news release."
    )
    assert [source for _, source in speakers(text)] == ["Halvard Museum of Art"] * 2


def test_she_after_a_spokeswoman_for_a_body_is_the_body_and_how_it_was_said_is_not_what():
    text = (
        "Head\n\nKellan Reyes, a spokesperson for the museum, said by email on Wednesday that she "
        "could not answer questions.\n\nEgypt's antiquities council said separately that it would "
        "ask two more museums to return objects. A spokeswoman for the council said talks would "
        'begin next month. "We do have good relations with them," she said.'
    )
    assert speakers(text) == [
        ("she could not answer questions", "Kellan Reyes"),
        ("it would ask two more museums to return objects", "Egypt's antiquities council"),
        ("talks would begin next month", "Egypt's antiquities council"),
        ("We do have good relations with them", "Egypt's antiquities council"),
    ]


# Batch 169 (tests/data/suggest: jobs-report-reaction): reactions to a monthly jobs report.


def test_what_others_had_expected_before_but_is_no_part_of_the_claim():
    text = (
        "Head\n\nThe White House welcomed the figures.\n\nEconomists had expected about 120,000 "
        'new jobs, but the report "beat every forecast in the survey," according to the '
        "administration."
    )
    assert [claim for claim, _ in speakers(text)][-1:] == [
        'the report "beat every forecast in the survey,"'
    ]


def test_a_parenthetical_cue_with_where_it_was_said():
    text = (
        "Head\n\nTalia Brand, a senior economist, spoke on Friday.\n\nOne explanation, she "
        "offered in an investor note, is that many firms are still cautious about raising pay."
    )
    assert [source for _, source in speakers(text)] == ["Talia Brand"]


# Batch 170 (tests/data/suggest: prisoner-swap, diplomats-expelled, race-penalty-row): a
# prisoner exchange, diplomats expelled in return, a race penalty's row.


def test_it_after_a_sentence_opening_with_an_article_is_the_body_named_in_full():
    text = (
        "Head\n\nThe Dravenian Ministry of Defence said 90 of its servicemen had returned. The "
        "freed men would be flown to Torvik for treatment, it said."
    )
    assert [source for _, source in speakers(text)] == ["Dravenian Ministry of Defence"] * 2


def test_statements_from_both_sides_are_both_sides():
    text = (
        "Head\n\nThe two armies exchanged 180 prisoners, according to statements from both sides."
    )
    assert speakers(text) == [("The two armies exchanged 180 prisoners", "both sides")]


def test_a_claim_inside_a_relative_clause_ends_before_the_sentences_own_verb():
    text = (
        "Head\n\nThe swap comes a week after a transport plane that Torvik said was carrying "
        "prisoners crashed near the border. The ministry blamed Ostland for the crash, a charge "
        "Velsk has denied."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "was carrying prisoners",
        "blamed Ostland for the crash",
    ]


def test_informed_someone_that_after_and_is_a_second_claim():
    text = (
        'Head\n\nThe ministry called the reasons "baseless", and informed the ambassador that the '
        "consulate in Brask would also be closed."
    )
    assert [claim for claim, _ in speakers(text)] == [
        'the reasons "baseless"',
        "the consulate in Brask would also be closed",
    ]


def test_according_to_then_another_who_said_it_ends_before_the_relay():
    text = (
        "Head\n\nThe Halvian Foreign Ministry issued a statement.\n\nAccording to the statement, "
        "the ambassador was summoned to the ministry, the broadcaster Kanal Vier said."
    )
    assert speakers(text) == [
        ("the ambassador was summoned to the ministry", "Halvian Foreign Ministry")
    ]


def test_a_headline_boss_and_descriptions_of_a_role_are_the_person_named_with_it():
    text = ARTICLES["race-penalty-row"]
    assert [source for _, source in speakers(text)][:6] == ["Matteo Sandri"] * 6
    assert ("We have to be strict, even when it hurts", "Piers Lowell") in speakers(text)


def test_she_after_a_boss_named_after_a_participle_phrase_is_that_boss():
    text = (
        'Head\n\nHalme said the move was "on the limit".\n\nAdding his view, Osterfeld boss Carla '
        'Brandes backed her driver. "For me, it was a fair penalty," she said.'
    )
    assert speakers(text)[-1] == ("For me, it was a fair penalty", "Carla Brandes")


def test_a_stewards_verdict_is_the_stewards_and_concluded_ends_a_quotation():
    text = (
        "Head\n\nThe stewards' verdict said that Halme had gained an advantage.\n\n\"We checked "
        'that both cars went off. So there was no doubt," a frustrated Sandri concluded.'
    )
    assert speakers(text) == [
        ("Halme had gained an advantage", "stewards"),
        ("We checked that both cars went off. So there was no doubt", "Sandri"),
    ]


# Batch 171 (tests/data/suggest: tomb-discovery, hikers-found): a tomb's discovery announced by
# a ministry; two hikers found alive, as a sheriff's office and a TV station told it.


def test_a_surname_with_its_article_is_the_person_named_without_it():
    text = (
        "Head\n\nHeritage Minister Nadir Qasimi visited the site.\n\n"
        '"It\'s truly an exceptional day," al-Qasimi said.'
    )
    assert speakers(text) == [("It's truly an exceptional day", "Nadir Qasimi")]


def test_as_announced_by_a_role_and_according_to_a_name_with_a_who_clause():
    text = (
        "Head\n\nThe excavation has not yet been completed, as announced on Monday by the head of "
        "the Heritage Council, Samir Faltas.\n\nAccording to Ingrid Holm of the University of "
        "Aarhus, who leads the Danish team, the scribe may have worked for two kings."
    )
    assert speakers(text) == [
        ("The excavation has not yet been completed", "Samir Faltas"),
        ("the scribe may have worked for two kings", "Ingrid Holm"),
    ]


def test_the_office_is_the_sheriffs_office_its_officials_were_named_with():
    text = (
        "Head\n\nHelvick County Sheriff's officials say the two were located on Thursday. In a "
        "news statement the office said family members had received a phone call.\n\nThe "
        "sheriff's office had said the area has steep ground. Varnholm is an experienced "
        "climber, the Sheriff's Office statement said."
    )
    assert [source for _, source in speakers(text)] == [
        "Helvick County Sheriff's officials",
        *["Helvick County Sheriff's Office"] * 3,
    ]


def test_a_parenthetical_after_a_when_clause_keeps_the_clauses_own_second_verb():
    text = (
        "Head\n\nWhen the rest of the group turned back on Sunday morning, friends said, the pair "
        "continued toward the summit and said they would return by dark."
    )
    assert speakers(text) == [
        (
            "When the rest of the group turned back on Sunday morning, friends said, the pair "
            "continued toward the summit and said they would return by dark",
            "friends",
        )
    ]


def test_a_trailing_report_then_also_noting_is_two_claims():
    text = (
        "Head\n\nThe pair had been rationing their food, the TV station KGLM reported, also "
        'noting that "at least one" of them appeared to be limping.'
    )
    assert speakers(text) == [
        ("The pair had been rationing their food", "KGLM"),
        ('"at least one" of them appeared to be limping', "KGLM"),
    ]


# Batch 172 (tests/data/suggest: archbishop-message, campus-arrests): a church leader's message
# to pilgrims; a university's account of arrests at a protest camp.


def test_a_clergy_title_alone_is_the_person_it_names():
    text = (
        'Archbishop tells pilgrims he is "overjoyed"\n\nIn a short message, Archbishop Tomas '
        'Revik greeted pilgrims.\n\nThese journeys, the archbishop wrote, "show the unity that '
        'binds you".'
    )
    assert [source for _, source in speakers(text)] == ["Tomas Revik"] * 2


def test_a_message_closed_with_a_quotation_and_a_smile_after_one():
    text = (
        "Head\n\nArchbishop Tomas Revik spoke.\n\nHe closed his message by promising the "
        'pilgrims his prayers, and asking for theirs in return: "I bless you all."\n\n"Honestly, '
        'I am not very hopeful," he smiled.'
    )
    assert speakers(text) == [
        ("I bless you all", "Tomas Revik"),
        ("Honestly, I am not very hopeful", "Tomas Revik"),
    ]


def test_a_sentence_ends_after_pm_when_a_speaker_opens_the_next():
    text = (
        "Head\n\nLinnea Stroud is the president.\n\nOn Tuesday, Stroud said the protesters could "
        "stay until 10 p.m. Stroud said, by that point, several hundred people had gathered."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "the protesters could stay until 10 p.m.",
        "by that point, several hundred people had gathered",
    ]


def test_three_people_listed_as_one_subject_are_all_three():
    text = (
        "Head\n\nLinnea Stroud is the president.\n\nIn a letter, Stroud, provost Amir Daud and "
        'dean of students Celia Ward said the camp "was not registered".\n\nSeparately, Zelensky '
        "and Macron said the talks had failed."
    )
    assert [source for _, source in speakers(text)] == [
        "Linnea Stroud, Amir Daud and Celia Ward",
        "Zelensky and Macron",
    ]


def test_and_said_in_a_statement_that_is_a_second_claim():
    text = (
        'Head\n\nThe group called the arrests "an act of repression" and said in a statement that '
        "it would return to the lawn next week."
    )
    assert [claim for claim, _ in speakers(text)] == [
        'the arrests "an act of repression"',
        "it would return to the lawn next week",
    ]


# Batch 173 (tests/data/suggest: king-diagnosis, bank-app-outage): a palace's statement on a
# king's health; a bank's app outage, told through an outage tracker and customers' posts.


def test_a_source_close_to_someone_named_after_is_not_that_someone():
    text = (
        "Head\n\nA source close to the King's younger brother, Prince Edmar, told the Daily "
        'Courier that Edmar would travel this week. The prince "wants to be at his side", the '
        "source said."
    )
    assert [source for _, source in speakers(text)] == [
        "A source close to the King's younger brother"
    ] * 2


def test_a_statement_that_further_reads_and_a_palace_that_informed():
    text = (
        'Head\n\nEskmoor Palace issued a statement.\n\n"The King is grateful to his doctors," '
        'the statement further reads.\n\nThe Palace informed that the King "will continue to '
        'carry out state business."'
    )
    assert speakers(text) == [
        ("The King is grateful to his doctors", "Eskmoor Palace"),
        ('the King "will continue to carry out state business."', "Eskmoor Palace"),
    ]


def test_a_share_of_those_counted_speaks_for_the_data():
    text = (
        "Head\n\nMore than 4,000 people had reported problems to the outage-tracking site "
        "OutageWatch, according to the site's data. Of those, 70 per cent said they were having "
        "trouble with mobile banking."
    )
    assert [source for _, source in speakers(text)] == ["OutageWatch"] * 2


def test_another_fumed_and_another_after_while_are_speakers_of_their_own():
    text = (
        'Head\n\nAnother fumed: "Now might be the time to switch banks."\n\nOne person said they '
        'had to "put back my shopping", while another said they had been "ready to pay the '
        'nursery".'
    )
    assert speakers(text) == [
        ("Now might be the time to switch banks", "Another"),
        ('they had to "put back my shopping"', "One person"),
        ('they had been "ready to pay the nursery"', "another"),
    ]


def test_a_status_page_is_its_owners_and_a_clock_time_opens_a_post_writing():
    text = (
        "Head\n\nMerriton Bank apologised.\n\nThe bank's service status page acknowledged the "
        'issue and said mobile banking was "currently experiencing log-on issues". At 11:40 a.m. '
        "the bank posted a further update on social media, writing: \"We're working hard to "
        'restore the app."'
    )
    assert speakers(text) == [
        ('mobile banking was "currently experiencing log-on issues"', "Merriton Bank"),
        ("We're working hard to restore the app", "Merriton Bank"),
    ]


# Batch 174 (tests/data/suggest: refinery-drone-fire, border-raid-video): a drone attack on a
# refinery told by governors, channels and sources; a cross-border raid an armed group claims.


def test_an_armed_group_opposed_to_a_government_is_not_that_governments_ministry():
    text = ARTICLES["border-raid-video"]
    assert [source for _, source in speakers(text)][:2] == ["Free Orsk Brigade"] * 2


def test_footage_showing_what_they_claim_and_pictures_an_outlet_said_showed():
    text = (
        "Head\n\nThe Free Orsk Brigade posted a video.\n\nFootage released by the group shows what "
        "they claim is a destroyed armoured vehicle.\n\nLocal outlet S1 published photos it said "
        "showed an explosion at the site, and residents told S1 that they heard two blasts."
    )
    assert speakers(text) == [
        ("is a destroyed armoured vehicle", "Free Orsk Brigade"),
        ("showed an explosion at the site", "S1"),
        ("they heard two blasts", "residents"),
    ]


def test_a_source_quoted_by_an_agency_is_the_source_and_declining_to_say_is_not_said():
    text = (
        "Head\n\nAccording to a source in the emergency services quoted by the agency Tsentr, it "
        "was the result of a drone attack.\n\nOstland's military intelligence said the raid was "
        "carried out by Dravenian citizens, while declining to say whether it had helped."
    )
    assert speakers(text) == [
        ("it was the result of a drone attack", "a source in the emergency services"),
        ("the raid was carried out by Dravenian citizens", "Ostland's military intelligence"),
    ]


# Batch 175 (tests/data/suggest: island-drills): a neighbour's drills around an island, told by
# the island's defence ministry, the drilling command and the island's president.


def test_in_the_face_of_what_she_called_is_her_second_claim():
    text = (
        "Head\n\nHalvia's president, Solveig Aakre, condemned the drills and pledged to work with "
        '"partners who share our values" in the face of what she called "the relentless '
        'pressure of an authoritarian neighbour."'
    )
    assert [claim for claim, _ in speakers(text)][-2:] == [
        'pledged to work with "partners who share our values"',
        "the relentless pressure of an authoritarian neighbour",
    ]


# Batch 176 (tests/data/suggest: committee-evidence, storm-warning): a minister's evidence to a
# standards committee; a storm warning told by the weather service, a forecaster and operators.


def test_a_forecaster_is_a_description_before_the_name():
    text = (
        "Head\n\nForecaster Leah Morant said the strongest winds were expected between 6 a.m. and "
        "noon."
    )
    assert [source for _, source in speakers(text)] == ["Leah Morant"]


# Batch 177 (tests/data/suggest: students-freed, referendum-result): students freed by
# kidnappers, told by a commissioner, the police and the families; a referendum's result.


def test_a_lower_case_commission_is_not_the_registered_commission():
    index = SourceIndex([KnownSource(1, "European Commission", "government", ("the Commission",))])
    assert index.match("commission") is None
    assert index.match("the commission") is None
    assert index.match("the Commission").name == "European Commission"


def test_a_description_in_the_lede_is_the_name_the_article_gives_it_in_full():
    text = ARTICLES["referendum-result"]
    assert {source for _, source in speakers(text)[:4]} == {"Central Electoral Commission"}


def test_two_people_described_are_not_the_one_named_next():
    text = (
        "Head\n\nThe gunmen had demanded 200 million naira, a spokesman for the families and a ward "
        "councillor told reporters.\n\nIkenna Baruwa, a farmer, said he had received a call."
    )
    assert [source for _, source in speakers(text)] == [
        "a spokesman for the families and a ward councillor",
        "Ikenna Baruwa",
    ]


def test_an_aside_naming_a_word_and_a_news_conference_after_a_quotation():
    text = (
        'Head\n\nGovernor Halima Zuberi said her government will not pay "bandits", as the armed '
        "gangs are known, or negotiate with them.\n\nCommission chairman Teodor Lupescu declared "
        'the result "valid and binding" at a news conference in the capital.'
    )
    assert [claim for claim, _ in speakers(text)] == [
        'her government will not pay "bandits", as the armed gangs are known, or negotiate with '
        "them",
        'the result "valid and binding"',
    ]


def test_in_the_early_hours_is_when_not_part_of_the_name():
    text = (
        "Head\n\nThe yes side won 61 per cent, according to figures published by the Central "
        "Electoral Commission in the early hours."
    )
    assert [source for _, source in speakers(text)] == ["Central Electoral Commission"]


# Batch 178 (tests/data/suggest: boat-capsized, plane-news-conferences, pool-report-topics): a
# migrant boat capsized; rival candidates' news conferences in the air; a pool report's gaggle.


def test_a_pool_reports_topic_lines_quote_the_briefer():
    text = ARTICLES["pool-report-topics"]
    assert speakers(text)[:2] == [
        (
            "We remain hopeful that a deal can be reached before Friday. The president has "
            "been clear about what he will sign",
            "Owen Tuckett",
        ),
        ("I'm not going to get ahead of the president on that", "Owen Tuckett"),
    ]


def test_a_topic_line_goes_on_with_the_person_just_quoted_and_needs_someone():
    text = (
        'Head\n\nGovernor Ana Petrov said the state would cut fuel duty.\n\nOn the budget: "We '
        'will balance it by the spring."'
    )
    assert [source for _, source in speakers(text)] == ["Ana Petrov"] * 2
    menu = 'Head\n\nThe new menu arrives in March.\n\nOn the menu: "Fish and chips, and plenty."'
    assert speakers(menu) == []


def test_but_complained_that_is_a_second_claim():
    text = (
        'Head\n\nPemberton said he was ready to debate "anywhere, any time," but complained that '
        'the moderators chosen so far were "not neutral."'
    )
    assert [claim for claim, _ in speakers(text)] == [
        'he was ready to debate "anywhere, any time,"',
        'the moderators chosen so far were "not neutral."',
    ]


# Batch 179 (tests/data/suggest: exchange-halts, plant-raid): a crypto exchange halts
# withdrawals; an immigration raid on a factory, told by the agency, the owner and workers.


def test_initials_the_article_spells_out_are_not_a_registered_bodys():
    text = (
        "Head\n\nAgents of the Immigration Enforcement Agency froze a bank account. The offices "
        "were searched, the IEA said.\n\nThe International Energy Agency said demand would rise. "
        "The IEA said oil was cheap."
    )
    assert [source for _, source in speakers(text)] == [
        "Immigration Enforcement Agency",
        "International Energy Agency",
        "International Energy Agency",
    ]


def test_a_described_persons_age_is_not_the_next_persons():
    text = ARTICLES["plant-raid"]
    assert ("Agents ordered everyone into the canteen and asked them to prove they were in the "
            "country legally", "a 23-year-old worker") in speakers(text)  # fmt: skip


def test_what_was_not_said_and_others_reports_are_not_the_claim():
    text = (
        'Head\n\nThe exchange Vaultora says it has "temporarily paused" withdrawals amid reports '
        "that its founder has been detained.\n\nA Vaultora spokeswoman said the company was a "
        "separate entity and declined to comment on the investigation.\n\nPolice have confirmed "
        "they are investigating the firm but gave no details."
    )
    assert [claim for claim, _ in speakers(text)] == [
        'it has "temporarily paused" withdrawals',
        "the company was a separate entity",
        "they are investigating the firm",
    ]


# Batch 180 (tests/data/suggest: tariff-talks, aide-memoir): a trade ministry's answers on
# tariff talks; a former aide's memoir and the governor's office's reply.


def test_a_book_and_an_excerpt_of_it_are_its_authors():
    text = ARTICLES["aide-memoir"]
    book = [source for claim, source in speakers(text) if "texted" in claim or "refusal" in claim]
    assert book == ["Rhiannon Gale"] * 2
    text = (
        "Head\n\nRhiannon Gale's memoir will be published on March 4.\n\nAccording to the book, "
        "Vesper reports, Gale texted the governor within minutes."
    )
    assert speakers(text) == [("Gale texted the governor within minutes", "Rhiannon Gale")]


def test_a_relative_clause_a_news_site_reports_is_its_claim():
    text = (
        "Head\n\nDetails emerged about a memoir, which the news site Vesper reports will describe "
        "the floods.\n\nDetails emerged about a memoir that Vesper reports will describe them."
    )
    assert [source for _, source in speakers(text)] == ["Vesper", "Vesper"]


# Batch 181 (tests/data/suggest: hostage-deal-talks, mall-shooting): talks on a hostage deal
# told by an envoy, mediators and sources; a shopping-centre shooting told at a police briefing.


def test_a_spokesman_for_a_named_ministry_and_a_movements_delegation_are_their_bodies():
    text = ARTICLES["hostage-deal-talks"]
    found = speakers(text)
    assert ("a deal appeared close, though some details remained unresolved",
            "Qadiran foreign ministry") in found  # fmt: skip
    assert ("it was prepared to halt the fighting", "Ashar Movement") in found


def test_a_headlines_country_is_not_a_person_nor_its_own_body():
    text = (
        "Talks reach deal, Hollen says\n\nTalks could lead to a new truce, a Hollenian envoy said "
        "on Sunday."
    )
    assert [source for _, source in speakers(text)] == ["Hollen", "a Hollenian envoy"]
    assert names_and_kinds(text)[0] == ("Hollen", "government")


def test_what_police_said_was_and_a_fronted_clauses_subject():
    text = (
        "Head\n\nPolice chief Marcus Teague spoke.\n\nThe man, who was carrying a rifle and what "
        'police said was "a bag full of magazines," opened fire.\n\nInes Cardo, a director, said '
        "the writings glorified attacks.\n\nWhile Teague would not call the writings a manifesto, "
        'he said they did "show a plan made weeks in advance."'
    )
    assert speakers(text) == [
        ("a bag full of magazines", "police"),
        ("the writings glorified attacks", "Ines Cardo"),
        ('they did "show a plan made weeks in advance."', "Marcus Teague"),
    ]


# Batch 182 (tests/data/suggest: fire-radio): a public-radio piece on a wildfire, in the
# present tense ("he says"), with an emergency office's posts.


def test_a_post_from_an_office_is_the_offices():
    text = ARTICLES["fire-radio"]
    post = [source for claim, source in speakers(text) if claim.startswith(("LEAVE", "Minutes"))]
    assert post == ["state emergency management office"] * 2


# Batch 183 (tests/data/suggest: study-retracted): a journal retracts a trial, told by the
# journal, its editors and the authors.


def test_admitting_after_another_verb_is_a_claim():
    text = (
        "Head\n\nProfessor Tamsen Rook, the journal's editor-in-chief, commented on the decision "
        "to publish a trial that had not been registered, admitting it was a mistake."
    )
    assert speakers(text) == [("it was a mistake", "Tamsen Rook")]


# Batch 184 (tests/data/suggest: spy-arrest, dairy-flu, coup-foiled): an arrest for spying told
# by prosecutors; bird flu in dairy herds told by agriculture and health officials; a coup
# attempt told by a government, the soldiers and a diplomat.


def test_a_bare_plural_is_the_one_the_article_qualified():
    text = ARTICLES["spy-arrest"]
    prosecutors = [
        source for claim, source in speakers(text) if claim.startswith(("he had", "Inv"))
    ]
    assert prosecutors == ["federal prosecutors"] * 2
    two = (
        "Head\n\nTessalian officials said the talks had failed on Monday.\n\nAldmerian officials "
        "said the talks would go on.\n\nOfficials said a new round was planned for May."
    )
    assert speakers(two)[-1] == ("a new round was planned for May", "Officials")


def test_a_headlines_bare_officials_are_the_ledes_and_a_state_officer_is_a_title():
    found = speakers(ARTICLES["dairy-flu"])
    assert found[0] == ("Bird flu found in dairy herds in two more states",
                        "federal agriculture officials")  # fmt: skip
    text = "Medical Examiner Jo Ray said the cause of death was drowning."
    assert names_and_kinds(text) == [("Jo Ray", "person")]


def test_soldiers_who_called_themselves_a_committee_are_the_committee():
    text = (
        "Head\n\nThe soldiers, who called themselves the Committee for National Renewal, said the "
        "government had been suspended.\n\nA Western diplomat in Tavok said gunfire could still be "
        "heard."
    )
    assert names_and_kinds(text) == [
        ("Committee for National Renewal", "organisation"),
        ("A Western diplomat in Tavok", "unnamed"),
    ]


# Batch 185 (tests/data/suggest: avalanche-resort, salmonella-chain): an avalanche told by a
# prefect, a resort, rescuers and an avalanche institute; a restaurant chain's salmonella
# outbreak told by health agencies, the chain and its customers.


def test_a_quotation_after_an_indirect_claim_goes_on_with_its_speaker():
    text = (
        'Head\n\nThe victims wore transceivers, Maubert said. "We were digging within minutes. '
        'Against a slide of this size, minutes are not enough."'
    )
    assert [source for _, source in speakers(text)] == ["Maubert", "Maubert"]


def test_an_institute_named_with_and_and_a_resort_by_its_spokeswoman():
    found = speakers(ARTICLES["avalanche-resort"])
    assert ("Nine people have died in slides across the Alps since December",
            "Institute for Snow and Avalanche Research") in found  # fmt: skip
    assert ("the area, known locally as the Korsa bowl, had been closed since Saturday because "
            "of the avalanche risk", "Valdrin Ski Area") in found  # fmt: skip


def test_a_possessive_business_name_is_an_organisation_and_the_company():
    text = ARTICLES["salmonella-chain"]
    chain = [source for claim, source in speakers(text) if claim.startswith("it had removed")]
    assert chain == ["Brinley's Grill"]
    text = "A rescuer who was not authorized to speak publicly said the slide was very wide."
    assert names_and_kinds(text) == [("A rescuer", "unnamed")]


# Batch 186 (tests/data/suggest: zoo-escape, bank-run): a chimpanzee's escape told by a zoo, its
# spokeswoman, local media and a visitor; a run on a cooperative bank told by the central bank,
# the bank's chairman, depositors, a lawmaker and a ministry.


def test_the_zoo_is_not_its_spokeswoman_and_a_newspapers_name_is_media():
    found = names_and_kinds(ARTICLES["zoo-escape"])
    zoo = [
        claim for (claim, source) in speakers(ARTICLES["zoo-escape"]) if source == "Fenmouth Zoo"
    ]
    assert len(zoo) == 3
    assert ("Fenmouth Clarion", "media") in found and ("WPEL", "media") in found


def test_shouted_after_a_quotation_and_took_to_social_media_to_say():
    text = (
        'Head\n\n"We want the directors here," shouted a depositor at the back of the hall.\n\n'
        'Local lawmaker Oriel Pemberly took to social media to say: "I urge all depositors not '
        'to panic."'
    )
    assert names_and_kinds(text) == [("a depositor", "person"), ("Oriel Pemberly", "person")]


def test_the_central_bank_is_the_one_the_article_named():
    text = (
        "Head\n\nDepositors queued on Tuesday, a day after the Reserve Bank of Marovia capped "
        'withdrawals.\n\nA statement released by the central bank said: "The limits will stay '
        'for six months."'
    )
    assert [source for _, source in speakers(text)] == ["Reserve Bank of Marovia"]


# Batch 187 (tests/data/suggest: exoneration): a man freed after DNA testing, told by him, his
# sister, the district attorney, her office's filing and his lawyers.


def test_a_bodys_which_said_that_and_its_filing():
    found = speakers(ARTICLES["exoneration"])
    office = [claim for claim, source in found if source == "county district attorney's office"]
    assert office[0] == 'it "no longer has confidence" in the verdict'
    assert office[1].startswith("DNA taken from the victim's clothing")


def test_a_relative_with_the_same_surname_keeps_her_own_pronoun():
    found = dict(speakers(ARTICLES["exoneration"]))
    assert found["Our mother wrote to him every week for 24 years"] == "Lena Wend"
    assert found["Eat something that wasn't made on a tray"] == "Tobias Wend"


# Batch 188 (tests/data/suggest: ship-collision, museum-heist): a trawler run down by a tanker,
# told by the Coast Guard's officers, the tanker's owner and a survivor; a jewel theft from a
# museum, told by a prosecutor, ministers, the museum's director and a union.


def test_a_commanders_abbreviated_rank_is_a_title():
    text = '"It is never an easy decision," said Cmdr. Iris Baldwin, the mission coordinator.'
    assert names_and_kinds(text) == [("Iris Baldwin", "person")]


def test_praised_a_quotation_and_an_event_reported_is_no_claim():
    found = speakers(ARTICLES["museum-heist"])
    assert ('praised "investigators who have worked day and night, as I asked them to',
            "Paul Serac") in found  # fmt: skip
    assert not any(source == "Le Courant" for _, source in found)


# Batch 189 (tests/data/suggest: recount-ruling): a judge refuses to halt a recount, told by
# the ruling, county officials, both candidates' lawyers and campaigns, and a commissioner.


def test_the_ruling_is_the_judges_and_it_is_a_campaign_named_as_a_subject():
    text = (
        "Head\n\nA judge on Tuesday refused to stop a recount in the race.\n\nThe challenger did "
        'not show "irreparable harm," according to the ruling.\n\nOthers urged a full hand count '
        "of every election.\n\nOkonjo's campaign welcomed the ruling. \"Every vote deserves to "
        'be counted," it said in a statement.'
    )
    assert [source for _, source in speakers(text)] == ["A judge", "Others", "Okonjo's campaign"]


# Batch 190 (tests/data/suggest: governor-sacked): a president sacks a central bank governor,
# told by a decree, a newspaper's quotation of the president, the new governor, a minister and
# a strategist.


def test_a_decree_published_in_a_gazette_and_a_newspaper_quoting_the_president():
    found = speakers(ARTICLES["governor-sacked"])
    assert found[0] == ("Selim Darga was replaced by Ayla Korkut, a banking professor who has "
                        "argued for lower interest rates", "a presidential decree")  # fmt: skip
    assert found[1] == ("Valan sacked Darga for raising rates against his wishes", "Emre Valan")


def test_claiming_after_a_quotations_comma_is_a_second_claim():
    text = (
        'Head\n\nPresident Emre Valan has spoken.\n\nValan has called himself "an enemy of high '
        'interest rates," claiming they cause inflation.'
    )
    assert [claim for claim, _ in speakers(text)][-1] == "they cause inflation"


# Batch 191 (tests/data/suggest: hosepipe-ban): a water company's hosepipe ban, told by the
# company, its director, its website's statement, a regulator and a round-up of other companies.


def test_a_headlines_passive_announced_and_a_statement_that_read():
    text = (
        "Hosepipe ban announced for 2m homes as reservoirs fall\n\nMarrow Valley Water has "
        "announced a hosepipe ban for its customers.\n\nA statement on the company's website "
        'read: "Every drop saved now is a drop we will have in September."'
    )
    assert speakers(text) == [
        ("a hosepipe ban for its customers", "Marrow Valley Water"),
        ("Every drop saved now is a drop we will have in September", "Marrow Valley Water"),
    ]


# Batch 192 (tests/data/suggest: airport-drones, volcano-ash): drones close an airport, told by
# police, its operator, a minister, an embassy and a news agency; a volcano erupts, told by an
# agency's spokesman, a mayor, the airport's operator, tourists and locals.


def test_announced_after_a_quotation_on_the_network_called_x():
    text = (
        'Head\n\nFlights were halted at Tarrow.\n\n"We suspended all take-offs," Saltholm '
        'Airports announced on X. "The safety of passengers comes first," the statement added.'
    )
    assert speakers(text) == [
        ("We suspended all take-offs", "Saltholm Airports"),
        ("The safety of passengers comes first", "Saltholm Airports"),
    ]


def test_a_body_that_opened_the_paragraph_is_the_she_who_added():
    text = (
        'Head\n\n"It sounded like a cannon," Mayor Tomas Reyner told reporters.\n\n"The airport '
        'is open for now," the Velun Airport Authority said on Monday. "We are watching the ash '
        'cloud," she added.'
    )
    assert [source for _, source in speakers(text)] == [
        "Tomas Reyner", "Velun Airport Authority", "Velun Airport Authority",
    ]  # fmt: skip


def test_tourists_met_at_the_airport_are_not_the_operator_named_before_them():
    found = speakers(ARTICLES["volcano-ash"])
    assert ("The airport is operating normally for now, but the situation could change at any "
            "time", "airport operator") in found  # fmt: skip
    assert names_and_kinds("Head\n\nTourists said they had waited since Sunday.") == [
        ("Tourists", "unnamed")
    ]


def test_an_embassy_of_a_country_and_authorities_far_to_the_north():
    text = (
        'Head\n\nThe embassy of Brennholt dismissed the suggestion as "absurd provocation".\n\n'
        "Authorities at Kesta airport, 300 km to the north, say they closed their airspace last "
        "month."
    )
    assert [source for _, source in speakers(text)] == [
        "embassy of Brennholt", "Authorities at Kesta airport",
    ]  # fmt: skip


def test_an_agency_reporting_what_a_company_said_relays_the_company():
    text = (
        "Head\n\nThe news agency NTB reported that Saltholm Airports said flights had resumed at "
        "12.35 a.m."
    )
    assert speakers(text) == [("flights had resumed at 12.35 a.m.", "Saltholm Airports")]


# Batch 193 (tests/data/suggest: cruise-norovirus, mine-trapped): a norovirus outbreak on a
# cruise ship, told by the cruise line's spokeswoman, a health department, a federal programme
# and a newspaper; miners trapped in a collapse, told by the families' spokesman, a wife, the
# mining company's vice president, seismologists, engineers and a minister.


def test_what_the_claim_goes_on_to_say_after_but_is_still_the_claim():
    text = "Head\n\nMarta Fiel spoke.\n\nShe said he had wanted to quit but could not afford to."
    assert speakers(text) == [("he had wanted to quit but could not afford to", "Marta Fiel")]


def test_assured_an_audience_after_another_verb_is_a_cue():
    text = (
        "Head\n\nLabour Minister Ilka Dorrow arrived at the mine on Saturday and assured relatives "
        "that the government was using every resource it had."
    )
    assert speakers(text) == [("the government was using every resource it had", "Ilka Dorrow")]


def test_the_company_whose_officer_spoke_denies_this():
    text = (
        "Head\n\nCobalt Ridge Mining vice president Teodor Vossberg said on Sunday that the "
        'readings were "not compatible with life."\n\nSome mining engineers have suggested the '
        "company was removing pillars. The company denies this."
    )
    assert speakers(text)[1:] == [
        ("the company was removing pillars", "Some mining engineers"),
        ("denies this", "Cobalt Ridge Mining"),
    ]
    assert names_and_kinds(text)[1] == ("Some mining engineers", "unnamed")


def test_the_cruise_line_is_the_one_whose_spokeswoman_spoke_paragraphs_before():
    found = speakers(ARTICLES["cruise-norovirus"])
    assert ("Public areas had been cleaned twice a day since Monday", "Corvina Cruises") in found
    assert ("the Serenata as the largest ship in its fleet", "Corvina Cruises") in found
    assert ("The company was bought in 2019 by a group of private investors",
            "Corvina Cruises") in found  # fmt: skip


def test_a_woman_shouting_in_a_crowd_is_not_the_next_woman_named():
    found = speakers(ARTICLES["mine-trapped"])
    assert ("Tell us the truth", "a woman") in found


# Batch 194 (tests/data/suggest: rebels-free-hostages, whale-stranding): rebels free captives,
# told by the Red Cross, its delegation head, an archbishop, the rebels, a ministry's spokesman,
# the president and doctors; volunteers refloat stranded whales, told by a conservation
# department, its manager and spokeswoman, a rescue group, a volunteer, a ranger and a researcher.


def test_a_quotation_after_a_persons_reaction_is_theirs_across_paragraphs():
    text = (
        "Head\n\nKettle Bay conservation manager Orla Mace praised the volunteers for the result. "
        '"We were really thrilled.\n\n"Considering the weather, it was a very good outcome."'
    )
    assert speakers(text) == [
        ("We were really thrilled", "Orla Mace"),
        ("Considering the weather, it was a very good outcome", "Orla Mace"),
    ]


def test_commented_after_a_quotation_and_a_volunteer_by_name():
    text = (
        'Head\n\n"They have gone much further out," Wren Ashby, a coordinator for Project '
        'Tidewatch, commented.\n\nVolunteer Jonas Reeve said the rescue had been "an experience '
        'I will never forget".'
    )
    assert [source for _, source in speakers(text)] == ["Wren Ashby", "Jonas Reeve"]


def test_according_to_the_government_is_not_the_body_that_thanked_it():
    text = (
        "Head\n\nThe Red Cross said it was ready.\n\nThe Red Cross thanked the government of "
        "Marquesa for lending the helicopter.\n\nAccording to the government, at least 30 "
        "soldiers are still held by the group."
    )
    red_cross = SourceIndex(
        [
            KnownSource(
                1, "International Committee of the Red Cross", "organisation", ("the Red Cross",)
            )
        ]
    )
    assert speakers(text, red_cross)[1] == (
        "at least 30 soldiers are still held by the group", "government",
    )  # fmt: skip


def test_with_a_named_person_calling_it_a_quotation():
    text = (
        "Head\n\nChurch leaders welcomed the release, with Archbishop Benedetta Salgado calling it "
        '"a first step towards dialogue."'
    )
    assert speakers(text) == [('it "a first step towards dialogue."', "Benedetta Salgado")]


# Batch 195 (tests/data/suggest: gas-explosion, school-hoax-calls): a gas explosion destroys an
# apartment block, told by a fire chief, fire officials, a gas company, residents and a hospital;
# hoax shooting calls lock schools down, told by the FBI, police, a principal, a sheriff and a
# parent.


def test_the_bureau_is_the_fbi_that_spoke_before():
    text = (
        "Head\n\nThe FBI said it was investigating the calls.\n\nParents waited for an hour, "
        'said Paul Renard, a principal.\n\n"We take swatting very seriously," the bureau said in a '
        "statement."
    )
    assert [source for _, source in speakers(text)] == ["FBI", "Paul Renard", "FBI"]


def test_told_a_station_described_before_its_name():
    text = (
        "Head\n\nResident Omar Saleh told the local station KVNT he had been smelling gas for "
        "weeks."
    )
    assert speakers(text) == [("he had been smelling gas for weeks", "Omar Saleh")]


def test_a_term_glossed_after_the_quotation_is_the_reporters():
    text = (
        'Head\n\nThe FBI has labelled the practice "swatting", a term for making a false report '
        "to provoke a large police response."
    )
    assert speakers(text) == [('the practice "swatting"', "FBI")]


# Batch 196 (tests/data/suggest: price-cap-rise): a regulator lifts the energy price cap, told by
# the regulator and its chief executive, a charity, a consumer group, a consultancy, a think
# tank, an opposition spokeswoman over three paragraphs, and smaller suppliers.


def test_remarked_before_a_quotation_and_pinned_the_rise_on():
    text = (
        "Head\n\nMartin Greaves, Powerwatch's chief executive, remarked, \"We know this increase "
        'will be worrying."\n\nHe pinned the rise on "the most volatile gas market in a decade".'
    )
    assert speakers(text) == [
        ("We know this increase will be worrying", "Martin Greaves"),
        ('pinned the rise on "the most volatile gas market in a decade"', "Martin Greaves"),
    ]


def test_argued_for_keeps_its_verb_as_called_for_does():
    text = "Head\n\nEarlier this week Carys Madoc argued for a discounted tariff for poor homes."
    assert speakers(text) == [("argued for a discounted tariff for poor homes", "Carys Madoc")]


# Batch 197 (tests/data/suggest: locust-swarms): locust swarms threaten harvests, told by a UN
# agency described before it is named, its officials, a farm newspaper's article, a ministry and
# a farmer.


def test_a_un_agency_described_then_named_is_the_named_one_in_the_headline_too():
    found = speakers(ARTICLES["locust-swarms"])
    assert found[0] == ("Locust swarms threaten harvests across three countries",
                        "Food and Agriculture Organization")  # fmt: skip
    assert found[1][1] == "Food and Agriculture Organization"


def test_outlined_and_the_publication_that_outlined():
    text = (
        "Head\n\nA swarm can eat as much food in a day as 35,000 people, the FAO has outlined.\n\n"
        "According to an article published by the Farm Post, Talvar has run out of pesticide. "
        'The publication outlined that "a lack of aircraft is slowing the response."'
    )
    assert [source for _, source in speakers(text)] == ["FAO", "Farm Post", "Farm Post"]


# Batch 198 (tests/data/suggest: art-auction): a painting sells for a record, told by the auction
# house, its head of department, an art newswire, dealers and an adviser.


def test_the_auction_house_named_in_its_sentence_and_saying_only_that():
    found = speakers(ARTICLES["art-auction"])
    assert found[0][1] == "Hallworth's"
    assert ('the painting had been in "a distinguished private collection" since the 1950s',
            "Hallworth's") in found  # fmt: skip
    assert ("The previous record, $38 million for a Varn snow scene, was set in 2019",
            "Hallworth's") in found  # fmt: skip


# Batch 199 (tests/data/suggest: stadium-crush, landslide-village): fans crushed at a stadium
# gate, told by the police, a first-aid group and its volunteer, a league, a minister and a
# waiting mother; a landslide buries a village, told by county and provincial governments, a
# broadcaster, a newspaper citing a spokeswoman, a ministry and a farmer.


def test_said_citing_someone_leaves_the_claim_before_it():
    text = (
        "Head\n\nAt least 96 people were still missing on Sunday evening, the Tamsk Daily said, "
        "citing a county government spokeswoman."
    )
    assert speakers(text) == [
        ("At least 96 people were still missing on Sunday evening", "Tamsk Daily")
    ]


def test_confirmed_the_toll_is_a_claim_with_its_verb_and_tfl_is_transport_for_london():
    text = (
        "Head\n\nTomás Ybarra, a spokesman for the first-aid group Cruz Verde, also confirmed the "
        "toll.\n\nThe union said Transport for London had agreed to a pay rise. TfL confirmed "
        "the deal in a brief statement."
    )
    assert speakers(text) == [
        ("confirmed the toll", "Tomás Ybarra"),
        ("Transport for London had agreed to a pay rise", "union"),
        ("confirmed the deal", "Transport for London"),
    ]


def test_days_of_mourning_are_declared_not_said():
    text = "Head\n\nPresident Mauricio Delvalle declared three days of national mourning."
    assert speakers(text) == []


def test_a_woman_waiting_outside_a_hospital_is_not_the_hospital():
    text = (
        "Head\n\nA woman waiting outside San Albero General Hospital said she had not heard from "
        "her son. She said he had gone to the game with two friends.\n\n"
        '"Some were still trapped under the railings," a Cruz Verde volunteer who did not give '
        "his name told a local radio station."
    )
    assert [source for _, source in speakers(text)] == [
        "woman waiting outside San Albero General Hospital",
        "woman waiting outside San Albero General Hospital",
        "a Cruz Verde volunteer",
    ]


# Batch 200 (tests/data/suggest: teachers-pay-offer, shark-bite): teachers reject a pay offer,
# told by their union and its two joint leaders, the schools department, a minister, a head
# teachers' association and parents; a shark bites a swimmer, told by a council spokeswoman
# whose surname the copy misspells, the chief lifeguard, a surfer and a fisheries authority.


def test_two_people_with_one_plural_role_are_both_the_speakers():
    text = (
        "Head\n\nHanna Voss and Peter Ruane, joint general secretaries of the UAT, said: "
        '"This overwhelming rejection should leave the secretary in no doubt."'
    )
    assert [source for _, source in speakers(text)] == ["Hanna Voss and Peter Ruane"]


def test_a_surname_misspelt_by_a_letter_is_the_speaker_named_before():
    text = (
        "Head\n\nThe woman suffered deep bite wounds, said Nadia Fairlie, a spokeswoman for the "
        "council.\n\nShe was conscious when she was taken to hospital, Fairley said."
    )
    assert [source for _, source in speakers(text)] == ["Nadia Fairlie", "Nadia Fairlie"]


def test_it_is_the_body_described_as_the_last_sentences_subject():
    text = (
        'Head\n\nThe Department for Schools said it was "deeply disappointed" by the strikes.\n\n'
        "The government had offered a one-off payment of 900 crowns. It has described the offer "
        'as "fair and generous".'
    )
    assert [source for _, source in speakers(text)] == ["Department for Schools", "government"]


# Batch 201 (tests/data/suggest: prison-escape, factory-town): three inmates escape a county
# jail, told by the sheriff, a lieutenant, a station citing sources, the governor, a farmer and
# the district attorney; a carpet mill closes in a small town, a feature told by the company,
# its executive, a commissioner, a demographer, residents and a union officer.


def test_a_fronted_when_clause_ends_the_claim_and_the_mill_is_named_next():
    text = (
        "Head\n\nWhen the carpet mill on River Street said this month that it would close, it "
        "was a blow to a town of 2,400.\n\nHollis Carpet Mills confirms its Plant 12 will shut "
        "in March, leaving 380 people without a job."
    )
    assert speakers(text) == [
        ("it would close", "Hollis Carpet Mills"),
        ("its Plant 12 will shut in March, leaving 380 people without a job",
         "Hollis Carpet Mills"),
    ]  # fmt: skip


def test_tells_how_is_a_story_told_not_a_question():
    text = (
        "Head\n\nLonnie Bragg, a former Marine, tells how the bills on his kitchen table are "
        "piling up.\n\nThe ministry explained how the system works."
    )
    assert speakers(text) == [("how the bills on his kitchen table are piling up", "Lonnie Bragg")]


# Batch 202 (tests/data/suggest: teen-social-ban): a government bars under-16s from social media,
# told by the government, ministers, a minister, the prime minister, the opposition leader,
# lawmakers, a coalition of charities, a bereaved mother, a platform and a researcher.


def test_the_government_of_a_country_and_ministers_promise_that():
    text = (
        "Head\n\nThe government of Norrvik confirmed on Sunday that the platforms will be barred."
        '\n\nMinisters promise that children "will be given their childhoods back".'
    )
    assert speakers(text) == [
        ("the platforms will be barred", "government of Norrvik"),
        ('children "will be given their childhoods back"', "Ministers"),
    ]


def test_a_letter_stating_that_and_a_letter_urging_him_to_act():
    text = (
        "Head\n\nBut 37 organisations, including the children's charity Safe Screens Trust, "
        "signed a joint letter stating that a blanket ban was the wrong answer.\n\nMore than 50 "
        "lawmakers had written to Alvestad last month urging him to act."
    )
    assert speakers(text) == [
        ("a blanket ban was the wrong answer", "Safe Screens Trust"),
        ("urging him to act", "More than 50 lawmakers"),
    ]


def test_a_paraphrase_with_her_words_quoted_goes_on_with_her():
    text = (
        'Head\n\n"Every parent worries about what their children see online," said Hanne Moe. '
        'Calls for a ban were "completely understandable". She gave an interview to the '
        '"Morning Line" programme.'
    )
    assert speakers(text) == [
        ("Every parent worries about what their children see online", "Hanne Moe"),
        ('Calls for a ban were "completely understandable"', "Hanne Moe"),
    ]


# Batch 203 (tests/data/suggest: bear-attack): a grizzly that killed a hiker is put down, told
# by the park, its spokeswoman, park officials, an autopsy, the park service's statement, the
# superintendent, rangers and a newspaper.


def test_a_national_park_is_a_body_not_a_person_called_park():
    text = (
        "Head\n\nCaldera Peaks National Park officials put down a grizzly bear on Thursday after "
        "DNA tests confirmed it had killed a hiker, a park spokeswoman said."
    )
    assert [source for _, source in speakers(text)] == ["Caldera Peaks National Park"]


def test_what_officials_determined_and_what_she_said_after_but():
    text = (
        "Head\n\nThe bear's two cubs also fed on the body, park officials determined, but "
        "arrangements were being made to send them to a zoo, Joanne Whitlaw said."
    )
    assert speakers(text) == [
        ("The bear's two cubs also fed on the body", "park officials"),
        ("arrangements were being made to send them to a zoo", "Joanne Whitlaw"),
    ]


# Batch 204 (tests/data/suggest: oil-spill-cleanup): the Coast Guard and an oil company disagree
# on whether a spill's cleanup is over, told by both, a petty officer, a captain at a town hall,
# a fisherman, a coastal authority's resolution and its lawyer, and parish officials.


def test_while_one_claims_the_other_says_when_the_parse_reads_claims_as_a_noun():
    text = (
        'Head\n\nWhile Bramwell Oil claims it has reached "a milestone" in the cleanup, the '
        'Coast Guard says the work is "far from over."'
    )
    assert speakers(text) == [
        ('it has reached "a milestone" in the cleanup', "Bramwell Oil"),
        ('the work is "far from over."', "Coast Guard"),
    ]


def test_a_rank_of_a_class_and_the_oil_company_said_late_tuesday():
    text = (
        "Head\n\nThe Coast Guard opened new case files, said Petty Officer First Class Edwin "
        "Sallow.\n\nBramwell Oil said the cleanup had ended. The London-based oil company said "
        "late Tuesday that it had spent $2.1 billion on the cleanup."
    )
    assert speakers(text) == [
        ("The Coast Guard opened new case files", "Edwin Sallow"),
        ("the cleanup had ended", "Bramwell Oil"),
        ("it had spent $2.1 billion on the cleanup", "Bramwell Oil"),
    ]


def test_is_disputing_and_a_resolution_criticizing_keep_their_verbs():
    text = (
        "Head\n\nThe Coast Guard is disputing the company's statement that the cleanup has "
        "ended.\n\nThe Dorran Coastal Authority passed a resolution criticizing the Coast Guard "
        "for letting the company pull its crews off beaches."
    )
    assert speakers(text) == [
        ("is disputing the company's statement that the cleanup has ended", "Coast Guard"),
        ("criticizing the Coast Guard for letting the company pull its crews off beaches",
         "Dorran Coastal Authority"),
    ]  # fmt: skip


# Batch 205 (tests/data/suggest: ambassador-summoned, chess-cheating): a foreign ministry
# summons an ambassador, told by both governments, a ministry, its vice minister, an embassy,
# sources and a news agency; a chess champion accuses a teenager of cheating, told by the
# governing body, the champion, the teenager, a panel chair, a federation president and two
# officers of the governing body.


def test_accused_then_writing_a_quotation_are_two_claims():
    text = (
        "Head\n\nTornqvist this week openly accused Kell of cheating, writing in a statement "
        'posted online: "I believe that Kell has cheated more than he has admitted."'
    )
    assert speakers(text) == [
        ("accused Kell of cheating", "Tornqvist"),
        ("I believe that Kell has cheated more than he has admitted", "Tornqvist"),
    ]


def test_but_says_after_a_clause_of_time_and_was_reported_as_saying():
    text = (
        "Head\n\nDarius Kell has acknowledged cheating in online games twice, when he was 13 and "
        "15, but says he has never cheated over the board.\n\nYuri Dmitrov was reported as "
        'saying that the results were "statistically impossible".'
    )
    assert speakers(text) == [
        ("cheating in online games twice", "Darius Kell"),
        ("he has never cheated over the board", "Darius Kell"),
        ('the results were "statistically impossible"', "Yuri Dmitrov"),
    ]


def test_a_grandmasters_title_and_claims_against_in_a_headline():
    text = (
        "Chess body to investigate champion's cheating claims against teenager\n\n"
        '"That sounds like nonsense," chief executive Grandmaster Pavel Orlik said.'
    )
    assert speakers(text) == [("That sounds like nonsense", "Pavel Orlik")]


# Batch 206 (tests/data/suggest: turbulence-injuries, retailer-bankruptcy): severe turbulence
# injures passengers, told by officials, a newspaper, passengers, an ambulance service, the
# airline's officer and its spokesman (whose surname is a country's name); a department store
# chain files for bankruptcy, told by a trade paper, its chairman, its filing, its restructuring
# officer, a suppliers' lawyer and a union.


def test_reported_the_outlet_after_the_claim_but_not_after_someone_elses_say():
    text = (
        "Head\n\nSeveral passengers were taken to hospital with head wounds, reported the Kalani "
        "Star-Ledger.\n\nOfficials say at least 60 passengers were hurt, reports the Valley "
        "Herald's Nadia Fenn."
    )
    assert [source for _, source in speakers(text)] == ["Kalani Star-Ledger", "Officials"]


def test_closures_announced_in_september_are_not_a_speaker_and_stating_it_owed():
    text = (
        "Head\n\nPellway will close another 140 stores by the end of the year, on top of 46 "
        "closures announced in September.\n\nPellway Stores listed debts of more than $2 billion "
        "in its filing, stating it owed its largest supplier $84 million."
    )
    assert speakers(text) == [("it owed its largest supplier $84 million", "Pellway Stores")]


# Batch 207 (tests/data/suggest: egg-shortage, dinosaur-discovery): shops ration eggs, told by a
# farmer, the agriculture department, an economist, an industry council's president, a farm
# paper, a supermarket's spokesperson and economists; a museum fossil is a new dinosaur, told by
# researchers, a student, the museum and an outside palaeontologist.


def test_describing_as_set_off_by_commas_and_they_point_out_that():
    text = (
        'Head\n\nA Ridgefield farmer, describing his eggs as "like gold", has started limiting '
        "sales.\n\nEconomists believe shops are limiting sales to avoid empty shelves. They also "
        "point out that raising prices instead could do lasting damage."
    )
    assert speakers(text) == [
        ('describing his eggs as "like gold"', "A Ridgefield farmer"),
        ("shops are limiting sales to avoid empty shelves", "Economists"),
        ("raising prices instead could do lasting damage", "Economists"),
    ]


def test_a_bodys_word_about_a_person_and_anothers_name_for_it_are_cut():
    text = (
        "Head\n\nTobias Renk found the fossil.\n\nRenk questioned that the fossil had been "
        "labelled correctly, the museum said. The new species is small next to its relatives, "
        'which the Coastal Gazette once called "the pocket raptors", the museum says.'
    )
    assert speakers(text) == [
        ("Renk questioned that the fossil had been labelled correctly", "museum"),
        ("The new species is small next to its relatives", "museum"),
    ]


# Batch 208 (tests/data/suggest: boil-water-notice, fog-pileup): a city boils its water after a
# power cut at a treatment plant, told by officials, the city, its public works department, the
# plant's contractor, the director, a hospital, a superintendent and a resident; a fog pile-up,
# told by police, early reports, firefighters, a witness, two drivers, an ambulance officer, a
# fire service spokesman and a superintendent of police.


def test_the_subject_goes_on_after_a_trailing_attribution():
    text = (
        "Head\n\nSchools will open two hours late on Monday, Superintendent Glen Tennant said, and "
        "will provide bottled water for pupils."
    )
    assert speakers(text) == [
        ("Schools will open two hours late on Monday", "Glen Tennant"),
        ("will provide bottled water for pupils", "Glen Tennant"),
    ]


def test_a_driver_and_a_superintendent_of_a_force_speak_for_themselves():
    text = (
        'Head\n\nDriver Len Brody said the scene was "horrendous".\n\nSupt Rona Kells, of Vale '
        "Police, said she believed the pile-up would have been impossible to avoid. She said "
        'the fog was so thick she could only see a few cars ahead but added: "I could not tell '
        'how far ahead the crash was."'
    )
    assert [source for _, source in speakers(text)] == ["Len Brody"] + ["Rona Kells"] * 3


# Batch 210 (tests/data/suggest: robotaxi-crash, festival-collapse): a driverless taxi pins a
# pedestrian, told by police, the operator, the fire department, a newspaper, a city supervisor
# and a state board; a festival firm's collapse, told by ticket holders, the firm, its statement,
# a ticket seller, a consumer body, a fan, a former organiser and an industry body.


def test_a_company_with_ltd_after_its_name_is_what_the_company_means():
    text = (
        "Head\n\nEight events run by Skylark Live Ltd were called off.\n\nSkylark Live said it "
        'was "not able to continue". It advised people to contact their card issuer for a '
        'refund.\n\nIn a statement, the company blamed "rising costs".\n\nTicket seller Ticketly '
        'said its requests had gone "unanswered".'
    )
    assert speakers(text) == [
        ('it was "not able to continue"', "Skylark Live"),
        ("advised people to contact their card issuer for a refund", "Skylark Live"),
        ('blamed "rising costs', "Skylark Live"),
        ('its requests had gone "unanswered"', "Ticketly"),
    ]


def test_officers_speak_for_the_police_force_the_article_named():
    text = (
        "Head\n\nThe Korrin City Police Department said it was investigating.\n\nOfficers told "
        "the paper they were still trying to trace the driver."
    )
    assert speakers(text) == [
        ("it was investigating", "Korrin City Police Department"),
        ("they were still trying to trace the driver", "Korrin City Police Department"),
    ]


def test_advice_given_is_a_claim_but_advice_received_is_not():
    assert speakers("Head\n\nThe agency advises travellers not to visit the region.") == [
        ("advises travellers not to visit the region", "agency")
    ]
    assert speakers("Head\n\nShe was advised to stay at home by her doctor.") == []


# Batch 211 (tests/data/suggest: wedding-outbreak, submersible-search): guests fall ill at a
# wedding, told by state health officials, the health department, two doctors, the bride, the
# couple, the caterer, preliminary results and a guest; a tourist submersible goes missing, told
# by the coast guard, officials, a captain, a spokesman, a newspaper, a ship's owner, military
# officials, a retired commander and a passenger.


def test_a_caterer_is_a_firm_and_stating_that_is_a_second_claim():
    text = (
        "Head\n\nSelwyn Fane Catering has denied that its food caused the illness. In a "
        "statement, the firm said it had followed every safety rule, stating that some dishes "
        "had been brought by guests.\n\nGuest Terry Kittering said he had been in bed for days."
    )
    assert speakers(text) == [
        ("denied that its food caused the illness", "Selwyn Fane Catering"),
        ("it had followed every safety rule", "Selwyn Fane Catering"),
        ("some dishes had been brought by guests", "Selwyn Fane Catering"),
        ("he had been in bed for days", "Terry Kittering"),
    ]


def test_determined_continued_and_indicate_report_a_finding():
    text = (
        "Head\n\nThe Larkmoor State Department of Health has determined that salmonella was "
        "behind the outbreak. Ms Cresswell continued that six ambulances had come. Preliminary "
        "results indicate the state laboratory also found the bacteria on a spoon. The state "
        "recorded 41 outbreaks last year, according to the department's annual report."
    )
    assert speakers(text) == [
        ("salmonella was behind the outbreak", "Larkmoor State Department of Health"),
        ("six ambulances had come", "Cresswell"),
        ("the state laboratory also found the bacteria on a spoon", "Preliminary results"),
        ("The state recorded 41 outbreaks last year", "Larkmoor State Department of Health"),
    ]
    assert speakers("Head\n\nThe fighting continued that night. The signs indicate the way.") == []


def test_the_plural_speakers_next_act_is_not_their_claim():
    assert speakers(
        "Head\n\nThe couple believe the chicken was to blame and have hired a lawyer."
    ) == [("the chicken was to blame", "couple")]


def test_a_passenger_on_an_earlier_dive_named_in_a_script_line():
    text = (
        "Head\n\nA passenger on an earlier dive says the craft lost contact briefly. Andrew Peake "
        'saying: "I blame the ocean."\n\nRetired commander Ben Moravec told Radio Halvard a '
        "rescue was unlikely."
    )
    assert speakers(text) == [
        ("the craft lost contact briefly", "Andrew Peake"),
        ("I blame the ocean", "Andrew Peake"),
        ("a rescue was unlikely", "Ben Moravec"),
    ]
    assert speakers('Head\n\nThe ministry issued a statement saying: "We will respond."') == []


# Batch 212 (tests/data/suggest: dam-breach, school-concrete): a dam's spillway gives way, told
# by a state-run newspaper, a district administrator, two newspapers, an irrigation official, a
# ministry engineer, state media, the builder and a power company; schools close over crumbling
# concrete, told by the government, the schools minister (his claims set out as bullet points),
# parents, engineers, a head teacher, a parent who asked not to be named, the department and a
# union.


def test_the_paper_quoted_him_as_saying():
    text = (
        "Head\n\nWater has fallen, Isak Brindley of the Irrigation Department told the Daily "
        'Record.\n\n"The collapse was caused by the spillway," the paper quoted him as saying.'
    )
    assert speakers(text) == [
        ("Water has fallen", "Isak Brindley"),
        ("The collapse was caused by the spillway", "Isak Brindley"),
    ]


def test_the_noun_an_apposition_gave_a_person_is_that_person():
    text = (
        "Head\n\nThe reservoir must be refilled, said Tomas Ledwell, an engineer at the Ministry "
        'of Agriculture.\n\n"The wall sank into its foundation," said the engineer.\n\nA bronze '
        "was stolen in 1963, said Orsolya Brandt, the museum's curator. The museum said the "
        "bronze would go home."
    )
    assert speakers(text) == [
        ("The reservoir must be refilled", "Tomas Ledwell"),
        ("The wall sank into its foundation", "Tomas Ledwell"),
        ("A bronze was stolen in 1963", "Orsolya Brandt"),
        ("the bronze would go home", "museum"),
    ]


def test_the_father_of_two_is_the_parent_just_quoted():
    text = (
        '"Nobody is telling us anything," one parent, who asked not to be named, said.\n\n"It is '
        'bad enough finding out at the last minute," the father of two said.'
    )
    assert speakers(text) == [
        ("Nobody is telling us anything", "one parent"),
        ("It is bad enough finding out at the last minute", "one parent"),
    ]


# Batch 213 (tests/data/suggest: ticket-pricing, presenter-suspended): "surge" ticket prices,
# told by two regulators together and one alone, a minister, the ticket seller, an MEP, a fan,
# an MP, the pricing's supporters, a business manager and a newspaper; a presenter suspended,
# told by a lawyer (the headline's "Lawyer"), the broadcaster, a newspaper, the police, the
# young person's mother and stepfather and a minister.


def test_a_stepfather_is_a_person_and_a_mothers_three_verbs_are_three_claims():
    text = (
        "Head\n\nThe young person's stepfather accused the broadcaster of lying.\n\n\"I told them "
        'the youngster was 20," he said.\n\nThe mother told the paper she stood by her account, '
        'alleged the presenter "has got into their head", and questioned how her child could '
        "afford lawyers."
    )
    assert speakers(text) == [
        ("accused the broadcaster of lying", "young person's stepfather"),
        ("I told them the youngster was 20", "young person's stepfather"),
        ("she stood by her account", "mother"),
        ('the presenter "has got into their head"', "mother"),
        ("questioned how her child could afford lawyers", "mother"),
    ]


def test_one_body_of_two_that_spoke_together_and_a_likening():
    text = (
        "Head\n\nThe Competition Office and the European Consumer Board have both said they are "
        "examining the prices.\n\nA spokesperson for the Competition Office said the rules were "
        "clear.\n\nTixora says prices are set by artists, and compares the system to the way "
        "airlines price seats."
    )
    assert speakers(text) == [
        (
            "they are examining the prices",
            "Competition Office and the European Consumer Board",
        ),
        ("the rules were clear", "Competition Office"),
        ("prices are set by artists", "Tixora"),
        ("compares the system to the way airlines price seats", "Tixora"),
    ]
    assert (
        speakers("Head\n\nProfit rose 5% compared with a year earlier, when it fell to 3%.") == []
    )


def test_a_headline_lawyer_is_the_lawyer_the_lede_describes():
    text = (
        'Lawyer calls claims against presenter "rubbish"\n\nThe allegation is "rubbish", a lawyer '
        "for the young person has said."
    )
    assert [source for _, source in speakers(text)] == ["a lawyer for the young person"] * 2


def test_a_participle_inside_a_trailing_attribution_is_the_attributed_claim():
    text = (
        "Head\n\nTixora first brought in surge pricing in 2022, saying it would help stop touts, "
        "according to the Daily Beacon."
    )
    assert speakers(text) == [
        ("Tixora first brought in surge pricing in 2022, saying it would help stop touts",
         "Daily Beacon"),
    ]  # fmt: skip


# Batch 214 (tests/data/suggest: chlorine-leak, pet-food-recall): a chlorine leak at a
# pool-chemicals plant, told by the county, its fire chief, an emergency management director,
# the operator, officials and the CDC; a dog food recall widened, told by the company, its
# letter, the FDA (its website and its advice), a spokesperson's email, a lawyer and a vet.


def test_a_county_by_its_name_is_what_the_county_means():
    text = (
        "Head\n\nMore than 20,000 residents of Kinross County were told to stay indoors.\n\nThe "
        "order would stay in force until midnight, the county said in a statement."
    )
    assert speakers(text) == [("The order would stay in force until midnight", "Kinross County")]


def test_until_told_otherwise_names_no_speaker():
    text = (
        "Head\n\nDirector Paul Dallow said Sunday evening, people should stay inside, turn off "
        "air conditioning and close their windows until told otherwise."
    )
    assert speakers(text) == [
        (
            "people should stay inside, turn off air conditioning and close their windows until "
            "told otherwise",
            "Paul Dallow",
        )
    ]


def test_advice_after_its_claim():
    text = "Head\n\nOwners should return the food for a refund, the Food and Drug Administration advises."
    assert speakers(text) == [
        ("Owners should return the food for a refund", "Food and Drug Administration")
    ]


# Batch 215 (tests/data/suggest: turbine-appeal, library-cuts): a court quashes a wind turbine's
# permission, told by a judge sitting with two others, a resident, the operator (in the
# passive), a resident, a councillor, the council and an industry body; a council's library
# cuts, told by campaigners, a screenwriter ("the writer"), the campaign, protesters ("with one
# saying"), the council (Labour-run), a report, a cabinet member and an author.


def test_a_judge_sitting_with_others_and_a_passive_agent():
    text = (
        "Head\n\nLord Justice Mabry, sitting with two other judges, found that the permission was "
        '"legally flawed".\n\nHollowmere Wind, the company that runs the turbine, will appeal. It '
        "had been predicted by the company that the turbine would power 380 homes."
    )
    assert speakers(text) == [
        ('the permission was "legally flawed"', "Lord Justice Mabry"),
        ("the turbine would power 380 homes", "Hollowmere Wind"),
    ]


def test_who_runs_a_council_and_a_campaign_named_before_its_noun():
    text = (
        "Head\n\nLabour-run Blakeney Council voted down two amendments. Sam Yelland, a "
        "screenwriter and member of the Save Ferncliffe Library campaign, was there.\n\nThe "
        'writer added: "The fight goes on."\n\nThe campaign\'s own statement says, "We say no to '
        'every cut."\n\nThe council says the Hilltop branch could stay open.'
    )
    assert speakers(text) == [
        ("The fight goes on", "Sam Yelland"),
        ("We say no to every cut", "Save Ferncliffe Library"),
        ("the Hilltop branch could stay open", "Blakeney Council"),
    ]


def test_protesters_quoted_one_after_another():
    text = (
        'Head\n\nThe Blakeney Echo spoke to protesters, with one saying, "It is social '
        'vandalism."\n\nWith another saying, "People in the villages will be cut off."\n\nThe '
        'author Corrie Penwith backed the campaign. In a statement, she said, "To close a library '
        'is to close a door on a child."'
    )
    assert speakers(text) == [
        ("It is social vandalism", "one"),
        ("People in the villages will be cut off", "another"),
        ("To close a library is to close a door on a child", "Corrie Penwith"),
    ]


# Batch 216 (tests/data/suggest: flight-removal): a passenger removed from a flight, told by an
# airline spokesperson, the man who filmed it, voices heard on the video, a crew member, a
# newspaper's unnamed passenger, commenters, the airline and airport police.


def test_an_airline_spokesperson_is_never_named_by_another_commenter():
    text = (
        "Head\n\nA passenger was removed from the flight, according to an airline spokesperson."
        '\n\n"I will never understand this," wrote another.\n\nAn Eastwing Air spokesperson '
        'said: "Police were called."'
    )
    assert [source for _, source in speakers(text)] == ["Eastwing Air", "another", "Eastwing Air"]


def test_voices_heard_on_a_video():
    text = (
        "Head\n\nIn the video, the woman can be heard several times saying that someone had "
        'taken her seat.\n\n"You are going to get us all thrown off!" a man is heard shouting as '
        "she paces the aisle."
    )
    assert speakers(text) == [
        ("someone had taken her seat", "woman"),
        ("You are going to get us all thrown off", "a man"),
    ]


def test_a_newspapers_unnamed_passenger_and_a_commenter_questioning():
    text = (
        "Head\n\nThe Herald reports that a second passenger, who asked not to be named, said the "
        "woman had been asked to move.\n\nPeople were quick to criticise her, with one "
        'questioning why anyone would "fight the crew".'
    )
    assert speakers(text) == [
        ("the woman had been asked to move", "a second passenger"),
        ('questioning why anyone would "fight the crew"', "one"),
    ]


# Batch 217 (tests/data/suggest: marathon-death): a runner dies after a marathon, told by race
# organisers (then "organisers"), the race director, newspapers (one quoting her) and a paper.


def test_organisers_are_the_race_organisers_and_a_paper_quoting_someone():
    text = (
        'Head\n\nA runner has died in hospital, race organisers said on Monday.\n\n"The family '
        'has asked for privacy," organisers said in a statement.\n\nRace director Nina Kessick '
        "spoke to reporters.\n\nThe Cardle Evening Post reported that dozens of runners had "
        "needed treatment, with the Post quoting Kessick as saying that three water stations had "
        "run dry."
    )
    found = speakers(text)
    assert found == [
        ("A runner has died in hospital", "race organisers"),
        ("The family has asked for privacy", "race organisers"),
        ("dozens of runners had needed treatment", "Cardle Evening Post"),
        ("three water stations had run dry", "Nina Kessick"),
    ]


# Batch 218 (tests/data/suggest: branch-closure): a town's last bank branch closes, told by an
# MP (the lede's "An MP", "the MP"), the bank, its spokesperson, the town council and a traders'
# association.


def test_an_mp_described_is_the_mp_named_later_and_never_initials():
    text = (
        'Head\n\nAn MP has condemned the closure, branding it "a disgrace".\n\nThe bank is to '
        "close its branch in April.\n\nLisa Pembry, the MP for Dunmow and Tewin, said the decision "
        'was "poorly thought through".\n\nMs Pembry said the branch was "well used". In a post, '
        'the MP said the bank treated customers as "an inconvenience".'
    )
    assert speakers(text) == [
        ("condemned the closure", "Lisa Pembry"),
        ('branding it "a disgrace"', "Lisa Pembry"),
        ('the decision was "poorly thought through"', "Lisa Pembry"),
        ('the branch was "well used"', "Lisa Pembry"),
        ('the bank treated customers as "an inconvenience"', "Lisa Pembry"),
    ]


# Batch 219 (tests/data/suggest: dog-attack): a boy hurt in a dog attack, told by police, a
# neighbour who saw it ("The witness"), an off-duty firefighter, a chief inspector, the dog's
# owner and officers.


def test_the_witness_is_the_neighbour_who_saw_it_and_officers_after_but():
    text = (
        "Head\n\nThe Ottery Police said a man was arrested.\n\nA neighbour who saw the attack said "
        "the boy was knocked down.\n\nThe witness, who did not want to be named, said the dog "
        "appeared to be an American bully.\n\nThe dog's owner says the animal had never bitten "
        "anyone before, but officers said they were investigating earlier reports."
    )
    assert [source for _, source in speakers(text)] == [
        "Ottery Police",
        "A neighbour who saw the attack",
        "A neighbour who saw the attack",
        "dog's owner",
        "Ottery Police",
    ]


# Batch 220 (tests/data/suggest: inquest-neglect, coroner-fines-trust): a coroner's ruling of
# neglect, told by the inquest, the coroner, a medical director and the family; a trust's chief
# executive fined, told by the coroner, the trust ("A health trust", "Lawyers for the trust").


def test_the_family_is_the_family_of_the_one_the_article_is_about():
    text = (
        "Head\n\nWinifred Kettleby, 71, died at Tarnmouth General Hospital in March, an inquest "
        "has heard.\n\nFenella Croy, the barrister representing the family, attended."
        '\n\nThe family said Winifred had been "the heart of our family".\n\nThe radiologist did '
        "not record the blockage, the hearing was told."
    )
    assert speakers(text) == [
        ("Winifred Kettleby, 71, died at Tarnmouth General Hospital in March", "an inquest"),
        ('Winifred had been "the heart of our family"', "Winifred Kettleby's family"),
        ("The radiologist did not record the blockage", "an inquest"),
    ]


def test_a_body_described_in_the_lede_is_the_one_named_next_and_its_lawyers_speak_for_it():
    text = (
        'Head\n\nA health trust has admitted it "failed badly" by not telling a coroner.\n\n'
        "The coroner said staff at Saltby Coast NHS Trust did not understand inquests.\n\n"
        "Lawyers for the trust said a new system had been put in place."
    )
    assert [source for _, source in speakers(text)] == [
        "Saltby Coast NHS Trust",
        "coroner",
        "Saltby Coast NHS Trust",
    ]


# Batch 221 (tests/data/suggest: scooter-trial-paused, scooter-operator-quits): a hire
# e-scooter trial halted, told by the council, a campaigner, two residents, the transport
# authority ("the authority", "a spokesperson") and the operator; an operator quits a city,
# told in a present-tense headline, by its chief operating officer and a council director.


def test_a_noun_after_against_is_no_speaker_and_the_authority_spoke_last():
    text = (
        "Head\n\nBrackenford City Council said it had concerns after reports of riding on "
        "pavements, against the trial's rules.\n\nTransport for the Northern Vale (TfNV) said "
        "they may be ridden on any road.\n\nIn the first days of the trial, the authority said, "
        'the scooters had been "hugely popular".'
    )
    assert [source for _, source in speakers(text)] == [
        "Brackenford City Council",
        "Transport for the Northern Vale",
        "Transport for the Northern Vale",
    ]


def test_residents_before_two_names_and_a_headlines_present_tense_before_blaming():
    text = (
        "Scooter firm pulls out of Wendlebury, blaming vandalism\n\nResidents Priya Ferrow and "
        'Dale Whitcombe told the Courier they had seen scooters "dumped everywhere".'
    )
    assert speakers(text) == [
        ("blaming vandalism", "Scooter firm"),
        ('they had seen scooters "dumped everywhere"', "Priya Ferrow and Dale Whitcombe"),
    ]


# Batch 222 (tests/data/suggest: marking-boycott, shrinkflation-survey): lecturers vote to stop
# marking, told by their union, its general secretary, students, a registrar ("commented;"),
# a minister and a poll; products shrink while prices rise, told by a consumer group whose name
# ends in a question mark, the statistics office, manufacturers and one of them.


def test_a_role_without_article_and_a_semicolon_before_the_quotation():
    text = (
        "Graduation fears as lecturers vote to stop marking\n\nClement Iredale, registrar at the "
        'University of Hallamford, commented; "Only a small share of our staff took part in the '
        'last strike day."\n\nA spokesperson for Harlow & Finch, which makes Brambles, said: "We '
        'have absorbed these costs for as long as we could."'
    )
    assert [source for _, source in speakers(text)] == ["Clement Iredale", "Harlow & Finch"]


def test_a_poll_then_one_respondent_quoted_after_with():
    text = (
        "Head\n\nA poll by the student website Campus Pulse found that two in three students no "
        'longer backed the lecturers, with one respondent saying: "I sympathise with staff, but '
        'this is a step too far."'
    )
    assert speakers(text) == [
        ("two in three students no longer backed the lecturers", "Campus Pulse"),
        ("I sympathise with staff, but this is a step too far", "one respondent"),
    ]


# Batch 223 (tests/data/suggest: maternity-u-turn, neonatal-move): a health board drops its
# legal fight over a maternity downgrade, told by a campaigner described in the lede and named
# two paragraphs on, a Senedd member, an opposition spokesman ("hit out that") and the board's
# chief executive; a baby unit to move, told by campaigners, the board ("The board said"), its
# spokesman and his quotation running on over two paragraphs, and a mother.


def test_the_ledes_campaigner_hailed_and_is_named_after_a_body_spoke():
    text = (
        "Head\n\nA campaigner has hailed a health board's decision to drop its legal fight as "
        '"the best news ever".\n\nCarreg Valley University Health Board said it would no longer '
        'contest the case.\n\nBronwen Gethin, founder of the Bump Watch group, said: "We are '
        'delighted."\n\nRhodri Amberley hit out that it should not have taken a court case.'
    )
    assert speakers(text) == [
        (
            'hailed a health board\'s decision to drop its legal fight as "the best news ever"',
            "Bronwen Gethin",
        ),
        ("it would no longer contest the case", "Carreg Valley University Health Board"),
        ("We are delighted", "Bronwen Gethin"),
        ("it should not have taken a court case", "Rhodri Amberley"),
    ]


def test_a_spokesmans_quotation_runs_on_and_the_board_is_the_board_named():
    text = (
        "Head\n\nMoelfre Health Board says the plans are part of a reorganisation.\n\nCampaigners "
        "fear the move could lead to more cuts.\n\nA spokesman for the health board said its "
        'intention was to use one site.\n\n"This is because trainee doctors must now work on a '
        'single site.\n\n"The health board has listened to those concerns."\n\nThe board said '
        "care would be provided from Ysbyty Aberdaron."
    )
    assert [source for _, source in speakers(text)] == ["Moelfre Health Board"] + [
        "Campaigners"
    ] + ["Moelfre Health Board"] * 4


# Batch 224 (tests/data/suggest: swimmers-sewage): swimmers falling ill from sewage, told in a
# headline ("campaigners say"), by "an environmental charity" the article introduces later as
# "The charity Clean Tides", a photographer, doctors, the charity's head of campaigns, a water
# company and a professor.


def test_the_ledes_charity_is_the_one_introduced_later_and_the_headline_is_the_ledes():
    text = (
        "Swimmers falling ill from sewage, campaigners say\n\nMore swimmers are getting sick from "
        "sewage, according to an environmental charity.\n\nPhotographer Ewan Brierley said: "
        '"It was frightening."\n\nDoctors said he had suspected Weil\'s disease.\n\nThe charity '
        "Clean Tides received 690 reports of illness.\n\nThe charity said urgent action was "
        "needed."
    )
    assert [source for _, source in speakers(text)] == [
        "Clean Tides",
        "Clean Tides",
        "Ewan Brierley",
        "Doctors",
        "Clean Tides",
    ]


# Batch 225 (tests/data/suggest: winger-racist-abuse): a boy arrested over racist abuse of a
# footballer, told by the police (a quotation, then "Wessmere Police said in a post"), his
# manager, the league, the player's post "with the words "…"", the club and an association.


def test_a_quotation_then_a_sentence_naming_only_who_said_it():
    text = (
        'Head\n\nThe messages were sent after the match.\n\n"A 13-year-old boy has been released '
        'under investigation. Racism has no place in our society." Wessmere Police said in a '
        "post on Sunday."
    )
    assert speakers(text) == [
        (
            "A 13-year-old boy has been released under investigation. Racism has no place in "
            "our society",
            "Wessmere Police",
        )
    ]


def test_the_club_by_its_suffix_and_a_post_with_the_words():
    text = (
        "Head\n\nThe abuse was sent to Harbury Town winger Kwame Adjeman.\n\nThe club shared the "
        'messages, which Adjeman had posted with the words "2026 and this is still happening".'
        '\n\n"This cannot go on," the club wrote.'
    )
    assert [source for _, source in speakers(text)] == ["Kwame Adjeman", "Harbury Town"]


# Batch 226 (tests/data/suggest: chatbot-refund): an airline must honour what its chatbot
# promised, told in a headline ("tribunal rules"), through a passenger's screenshot, by the
# airline ("with its lawyers claiming …"), the tribunal's member and a spokesperson.


def test_a_screenshot_is_its_owners_and_a_fronted_when_clause_is_no_claim():
    text = (
        "Airline must honour refund, tribunal rules\n\nJoel Tasker contacted Northjet.\n\n"
        "According to Mr Tasker's screenshot of the conversation, the chatbot told him he could "
        "apply within 90 days.\n\nWhen he asked for the discount, Northjet refused, saying fares "
        "could not be claimed afterwards.\n\nNorthjet argued the chatbot was a separate entity, "
        'with its lawyers claiming the bot was "responsible for its own actions".\n\nPriscilla '
        "Vane, a member of the Civil Claims Tribunal, said Northjet must pay."
    )
    assert [source for _, source in speakers(text)] == [
        "Civil Claims Tribunal",
        "Joel Tasker",
        "Northjet",
        "Northjet",
        "Northjet",
        "Priscilla Vane",
    ]


# Batch 227 (tests/data/suggest: pharmacy-closures, tree-felling): chemists warn they may
# close, told through a survey's shares, a radio programme, "cites … as" and a department's
# "responded by insisting …, saying: "…""; street trees felled at dawn, told by contractors
# "for" a council, a wife named by her first name alone and a highways manager.


def test_a_surveys_share_is_the_surveys_and_a_programme_on_a_station_is_an_audience():
    text = (
        "Head\n\nHis comments follow a survey by Pharmacy Network Britain in which 64% of "
        "pharmacies said they could close without extra support.\n\nTamsin Orrick said staff "
        'had left.\n\nShe told the Morning Programme on Radio Westmarsh: "We expect many more '
        'to do the same."\n\nBasil Tremayne cites rising energy costs as the main problem '
        "facing owners."
    )
    assert speakers(text) == [
        ("they could close without extra support", "Pharmacy Network Britain"),
        ("staff had left", "Tamsin Orrick"),
        ("We expect many more to do the same", "Tamsin Orrick"),
        ("rising energy costs as the main problem facing owners", "Basil Tremayne"),
    ]


def test_responded_by_insisting_then_saying_colon_is_two_claims():
    text = (
        "Head\n\nA Department of Health spokesperson responded by insisting that the government "
        'was tackling the problem, saying: "This year we raised funding to £3bn."'
    )
    assert [claim for claim, _ in speakers(text)] == [
        "the government was tackling the problem",
        "This year we raised funding to £3bn",
    ]


def test_contractors_for_a_council_and_a_wife_named_by_her_first_name():
    text = (
        "Head\n\nContractors for Calderbrook City Council began cutting down nine trees.\n\n"
        'The council said it had acted on police advice.\n\nIvo Carbury said: "We had no '
        'idea."\n\nHis wife, Lena, said: "The tree outside our house is healthy."'
    )
    assert [source for _, source in speakers(text)] == [
        "Calderbrook City Council",
        "Ivo Carbury",
        "Lena Carbury",
    ]


# Batch 228 (tests/data/suggest: bus-route-axed, beach-rip-currents): a Saturday bus is
# axed, told by the operator, a councillor, an MP who "has written to the operator warning
# that …" and passengers; a lifeboat charity and the coastguard urge care on beaches, in a
# quotation in single marks that runs on, British style, over three paragraphs.


def test_a_quotation_in_single_marks_runs_on_over_paragraphs():
    text = (
        "Head\n\nGareth Farrant said: ‘Our coastline is a wonderful place to spend time.\n\n"
        "‘Rip currents cause most of the incidents our lifeguards deal with.\n\n"
        "‘Where possible, use a beach with lifeguards.’"
    )
    assert speakers(text) == [
        ("Our coastline is a wonderful place to spend time", "Gareth Farrant"),
        ("Rip currents cause most of the incidents our lifeguards deal with", "Gareth Farrant"),
        ("Where possible, use a beach with lifeguards", "Gareth Farrant"),
    ]


def test_the_trust_of_two_that_spoke_together_and_a_headlines_passive_urged():
    text = (
        "Families urged to use patrolled beaches after rescues\n\nThe Coastal Lifeboat Trust "
        "and the coastguard are urging parents to take extra care on beaches this summer.\n\n"
        'Six people were rescued, in what the trust described as a "very lucky escape".'
    )
    assert [source for _, source in speakers(text)] == [
        "Coastal Lifeboat Trust and the coastguard",
        "Coastal Lifeboat Trust",
    ]


def test_written_to_someone_warning_that_is_a_claim():
    text = (
        'Head\n\nLocal MP Desmond Haythorne said he was "livid".\n\nHe has written to the '
        "operator warning that it will leave hundreds of families isolated."
    )
    assert speakers(text)[1] == (
        "it will leave hundreds of families isolated",
        "Desmond Haythorne",
    )


# Batch 229 (tests/data/suggest: library-volunteers): libraries handed to volunteers, told by
# campaigners, an action group's petition, its leader by her first name, a campaigner
# "pictured above", a council member and a cabinet member after a fronted "Despite …,".


def test_a_petition_that_says_and_a_leader_called_by_her_first_name():
    text = (
        "Head\n\nSave Elstow Library, an action group led by Shirley Maudsley, has launched a "
        'petition that says the cuts to smaller branches are unfair.\n\nShirley said: "A '
        'library without staff is just a room with books in it."'
    )
    assert speakers(text) == [
        ("the cuts to smaller branches are unfair", "Save Elstow Library"),
        ("A library without staff is just a room with books in it", "Shirley Maudsley"),
    ]


def test_pictured_above_a_fronted_despite_and_a_time_before_she_said():
    text = (
        'Head\n\nCampaigner Nancy Perrin, pictured above, told the crowd: "These cuts are an '
        "assault on our community.\"\n\nDespite the volunteers' concerns, the council's "
        "cabinet member for communities, Delia Nancarrow, believes the plans are in the best "
        "interests of the county.\n\nAfter the meeting she said: \"Today's decision brings us "
        'closer to keeping every library open."'
    )
    assert [source for _, source in speakers(text)] == [
        "Nancy Perrin",
        "Delia Nancarrow",
        "Delia Nancarrow",
    ]


# Batch 230 (tests/data/suggest: hospital-parking): a union's release on hospital parking
# charges ("…, says the health union Careforce today (Wednesday)", "according to the union",
# "As one member told the union: "…""), its officials and a trust's chief executive.


def test_a_release_day_in_brackets_and_as_one_member_told():
    text = (
        "Staff paying 'extortionate' sums to park, says union\n\nSome hospitals are charging "
        'staff "extortionate" fees of nearly £90 a month to park, says the health union '
        "Careforce today (Wednesday).\n\nThis can mean arriving at work an hour early, "
        'according to the union.\n\nAs one member told the union: "I am furious that we are '
        'expected to pay to park."'
    )
    assert [source for _, source in speakers(text)] == [
        "Careforce",
        "Careforce",
        "Careforce",
        "one member",
    ]


# Batch 231 (tests/data/suggest: takeaway-mice): an award-winning restaurant closed by mice
# and a takeaway found serving contaminated food, told by the owner, the council, "a local
# paper", "the inspecting officer" and an officer who "wrote … in his report, of which …".


def test_in_his_report_is_where_and_a_local_paper_is_no_person():
    text = (
        "Head\n\nA takeaway was found to be serving food contaminated with mouse droppings, a "
        'local paper reported.\n\n"An uncontrolled infestation of mice was noted in the '
        'kitchen," wrote environmental health officer Rhys Tolman in his report, of which the '
        "paper obtained a copy."
    )
    assert [(source, kind) for source, kind in names_and_kinds(text)] == [
        ("a local paper", "media"),
        ("Rhys Tolman", "person"),
    ]


# Batch 232 (tests/data/suggest: club-fined-disorder): a non-league club fined for a pitch
# invasion, told by the club ("… after the club was fined"), police, its chairman in single
# marks, the supporters' trust and critics.


def test_warn_fans_after_a_fine_and_the_club_that_spoke_first():
    text = (
        "Dunholt Town warn fans after £6,000 fine for pitch invasion\n\nDunholt Town have "
        "warned that disorderly behaviour will not be tolerated after the club was fined "
        "£6,000.\n\nFans ran on to the pitch at the end of the semi-final against Redvale "
        "Rovers.\n\nOn top of the fine, the club said the incident was costing it thousands."
    )
    assert speakers(text) == [
        ("disorderly behaviour will not be tolerated", "Dunholt Town"),
        ("the incident was costing it thousands", "Dunholt Town"),
    ]


# Batch 233 (tests/data/suggest: ferry-crew-shortage, island-packet-gales): ferry sailings
# cancelled for want of crew and by gales, told by the operator ("Selkie Ferries staff said",
# "states its release", "is also warning passengers that …"), its communications manager, a
# mother who "replied, "…?"", an island's chief minister and a haulier's spokesman.


def test_a_companys_staff_and_whom_it_is_warning():
    text = (
        "Head\n\nThe Strathey Packet is also warning passengers that the 7.45pm sailing may be "
        'cancelled.\n\n"We only cancel a sailing when we have run out of crew," Strathey '
        "Packet staff said."
    )
    assert speakers(text) == [
        ("the 7.45pm sailing may be cancelled", "Strathey Packet"),
        ("We only cancel a sailing when we have run out of crew", "Strathey Packet"),
    ]


def test_a_mother_from_an_island_who_replied_and_a_spokesman_for_the_haulier():
    text = (
        "Head\n\nOne Torrin Island mother, who posted online, asked how her children would "
        'get home. When a longer route was suggested, she replied, "So are you giving them a '
        'lift?"\n\nOldroyd Haulage said shelves could be short by Friday.\n\nA spokesman for '
        "the haulier said: 'What we don't have is a boat.'"
    )
    assert names_and_kinds(text) == [
        ("One Torrin Island mother", "person"),
        ("Oldroyd Haulage", "organisation"),
        ("Oldroyd Haulage", "organisation"),
    ]


# Batch 234 (tests/data/suggest: school-boiler-closure, reception-heating-fault): primary
# schools shut by broken heating, told by a mother ("Mum Joleen Crabtree, who …, said the
# boiler broke …", later "Miss Crabtree"), a letter "from the head saying …", a father who "was
# plainly angry at the closure: "…"", a head whose '"He has to get a new board," he said' comes
# after an engineer's finding, and the council.


def test_a_mum_whose_appositive_comes_before_a_clause_with_an_irregular_verb():
    text = (
        "Head\n\nMum Joleen Crabtree, who lives nearby, said the boiler broke a month ago.\n\n"
        'Miss Crabtree said: "It was so cold I could see my own breath."\n\nOne father was '
        'plainly angry at the closure: "This is the school the council told us was better."'
    )
    assert speakers(text) == [
        ("the boiler broke a month ago", "Joleen Crabtree"),
        ("It was so cold I could see my own breath", "Joleen Crabtree"),
        ("This is the school the council told us was better", "One father"),
    ]


def test_a_letter_from_the_head_and_he_who_speaks_of_the_engineer():
    text = (
        "Head\n\nParents were handed a letter from the head saying the school would be shut "
        'for a week.\n\nThe letter from headteacher Mrs R Pilbeam read: "We have no heating at '
        'all."\n\nMr Yardley said the fault was found on Tuesday.\n\nAn engineer checking the '
        'system found that the board had blown.\n\n"He has to get a new board," he said.'
    )
    assert [source for _, source in speakers(text)] == [
        "R Pilbeam",
        "R Pilbeam",
        "Yardley",
        "An engineer checking the system",
        "Yardley",
    ]


# Batch 235 (tests/data/suggest: boil-notice-muddle, water-outage-no-warning): a water company
# lifts a boil notice by mistake ("a letter was sent out … telling some customers "…"",
# "customers received a letter stating: "…"", "Mr Prothero said …" before "said Dilwyn
# Prothero", "One of those affected has reacted angrily to what he called …"), and a water
# main outage with no warning.


def test_unsigned_letters_are_the_companys_and_a_surname_before_the_full_name():
    text = (
        "Head\n\nCantref Water confirmed a mistake had been made.\n\nThen a letter was sent out "
        'on 4 September telling some customers "you do not need to boil your water".\n\nMr '
        'Prothero said the situation was "ludicrous".\n\nOn 6 September the same customers '
        'received a letter stating: "Please ignore the all-clear and keep boiling."\n\n"It is '
        'gross incompetence," said Dilwyn Prothero.'
    )
    assert [source for _, source in speakers(text)] == [
        "Cantref Water",
        "Cantref Water",
        "Dilwyn Prothero",
        "Cantref Water",
        "Dilwyn Prothero",
    ]


def test_one_of_those_affected_reacted_to_what_he_called():
    text = (
        "Head\n\nOne of those affected has reacted angrily to what he called the "
        '"incompetence" of the water company.'
    )
    assert names_and_kinds(text) == [("One of those affected", "person")]


# Batch 236 (tests/data/suggest: zoo-gibbons-escape, zoo-gorilla-escape): animals out of their
# enclosures, told by a zoo that "issued the following statement at 10.40am: "…"" over three
# paragraphs, a curator, witnesses and a spokesperson who "said …, recalling …".


def test_the_following_statement_and_what_she_recalled():
    text = (
        "Head\n\nOn Thursday morning Ravensmoor Zoo issued the following statement at 10.40am: "
        '"Two gibbons escaped from their enclosure.\n\n"Staff quickly recaptured one of the '
        'animals."\n\nErica Jessop is its spokesperson.\n\nJessop said it was rare for animals '
        "to get loose at the zoo, recalling a wolf that escaped its pen."
    )
    assert speakers(text) == [
        ("Two gibbons escaped from their enclosure", "Ravensmoor Zoo"),
        ("Staff quickly recaptured one of the animals", "Ravensmoor Zoo"),
        ("it was rare for animals to get loose at the zoo", "Erica Jessop"),
        ("recalling a wolf that escaped its pen", "Erica Jessop"),
    ]


# Batch 237 (tests/data/suggest: bin-strike-two-weeks, bin-strike-indefinite): refuse
# collectors strike, told by "the Unite union", "the union", the council, a regional officer,
# a council leader, the GMB's official ("Gary said"), Unison's organiser and residents.


def test_the_union_named_before_its_kind():
    text = (
        "Head\n\nMembers of the Unite union at Sefwick Council are taking industrial action "
        "until 16 October.\n\nThe union said workers would not accept a real terms pay cut."
    )
    assert speakers(text) == [("workers would not accept a real terms pay cut", "Unite")]


# Batch 238 (tests/data/suggest: festival-refunds-delay, festival-flood-cancelled): festivals
# called off, told by "Organisers from the Marden-based Brackwell Events", a ticket holder,
# "While they disputed that …, Craig Trescott, director of the Olway Weekender said …" (the
# comma after the body left out), and a promoter who "called off the event … and nearby
# residents were evacuated".


def test_a_body_based_somewhere_and_a_director_whose_comma_was_left_out():
    text = (
        "Head\n\nOrganisers from the Marden-based Brackwell Events blamed an unforeseen "
        "financial situation for the cancellation.\n\nWhile they disputed that the event would "
        "not be safe, Craig Trescott, director of the Olway Weekender said the plans could not "
        "be agreed in time.\n\nPromoter Andy Fennick called off the event after a flood warning "
        "was issued for the river and nearby residents were evacuated."
    )
    assert [source for _, source in speakers(text)] == [
        "Brackwell Events",
        "Craig Trescott",
        "Craig Trescott",
    ]


# Batch 239 (tests/data/suggest: convoy-strike-wedding, strike-review-civilians): drone
# strikes said to have killed civilians, told by security officials, "A military official" and
# then "He", a parliamentary aide, a rights group, "Top generals in Ostland", a police
# spokesman and a family that "denied any ties to the militia".


def test_he_is_the_unnamed_official_who_spoke_before():
    text = (
        "Head\n\nA military official said early information suggested the drone had mistaken "
        "the wedding party for a militia convoy. He said men known to the villagers were among "
        "the dead."
    )
    assert [source for _, source in speakers(text)] == [
        "A military official",
        "A military official",
    ]


def test_top_generals_somewhere_are_unnamed_people():
    text = (
        "Head\n\nTop generals in Ostland say the strike killed a militia commander and hit a "
        "car packed with explosives."
    )
    assert names_and_kinds(text) == [("Top generals in Ostland", "unnamed")]


# Batch 240 (tests/data/suggest: greens-quit-coalition, minister-quits-cabinet): a coalition
# partner walks out and a fourth minister quits, told by party leaders who "told a press
# conference that "…"", '"…," he said, but urged …', "repeated his call for …", and a prime
# minister who "praised the … MP's record as a minister and said …".


def test_a_headline_speaker_before_a_second_story():
    text = (
        'Prime minister "has lost command", says opposition leader as fourth minister quits\n\n'
        "Opposition leader Simon Garvey said the resignation showed the prime minister had lost "
        "command."
    )
    assert speakers(text) == [
        ('Prime minister "has lost command"', "Simon Garvey"),
        ("the resignation showed the prime minister had lost command", "Simon Garvey"),
    ]


def test_said_but_urged_and_a_repeated_call():
    text = (
        'Head\n\nFergal Dunphy said this had not changed.\n\n"We will remain true to our '
        'promise," he said, but urged Unity to "make every effort to fast-track this '
        'legislation".\n\nMr Dunphy repeated his call for an immediate general election.'
    )
    assert [claim for claim, _ in speakers(text)] == [
        "this had not changed",
        "We will remain true to our promise",
        'urged Unity to "make every effort to fast-track this legislation"',
        "repeated his call for an immediate general election",
    ]


def test_praise_for_a_record_as_a_minister_is_no_claim():
    text = (
        "Head\n\nIn reply, Mr Marsh praised the Northfield MP's record as a minister and said he "
        "hoped she would return to government in the future."
    )
    assert speakers(text) == [("he hoped she would return to government in the future", "Marsh")]


# Batch 241 (tests/data/suggest: probe-contact-lost, lander-contact-fears): a space agency
# loses contact with a probe and a lander, told in a photo caption, by the agency and its
# spokeswoman, in a post pasted with its signature on the same line, by officials, scientists
# and experts, and by a flight director.


def test_a_post_signed_at_its_own_end():
    text = (
        "Head\n\nThe agency said it could no longer talk to the probe.\n\nMISSION UPDATE: Teams "
        "are working to re-establish contact with our Tessera probe. More updates will follow "
        "as soon as possible. — CSA Ground Control (@CSAGround) 5 July"
    )
    assert speakers(text)[1:] == [
        (
            "Teams are working to re-establish contact with our Tessera probe. More updates will "
            "follow as soon as possible.",
            "CSA Ground Control",
        )
    ]


def test_faint_signals_are_a_noun():
    text = (
        "Head\n\nEngineers continue to listen for faint signals in the hope that contact can be "
        "restored."
    )
    assert speakers(text) == []


# Batch 242 (tests/data/suggest: pharmacy-drug-shortage, respiratory-drugs-backorder):
# medicines run short, told by pharmacists in a town, a minister, a wholesaler described as
# "the Lakeport-based company", a pharmacy owner named without commas, and a health department
# whose words follow it with no verb of saying.


def test_pharmacists_are_people_and_a_company_named_by_its_trade():
    text = (
        "Head\n\nPharmacists in Kelston say they are facing a shortage.\n\nA pharmacist in "
        "Hollinbury says medicines have been selling out.\n\nOn Thursday, drug wholesaler "
        "Brennick Health sent pharmacists a list of medicines on back order, sources said.\n\n"
        'In a statement, the Lakeport-based company said it "has not received any formal '
        'notification".'
    )
    assert names_and_kinds(text) == [
        ("Pharmacists in Kelston", "unnamed"),
        ("A pharmacist in Hollinbury", "person"),
        ("sources", "unnamed"),
        ("Brennick Health", "organisation"),
    ]


def test_acknowledging_and_suspecting_after_a_quotation():
    text = (
        'Head\n\nNadim Qureshi said supplies were short.\n\n"We have got to scour the earth," '
        "Qureshi said, while acknowledging that pharmacists sometimes fill prescriptions with "
        'other brands.\n\n"They do not tell us why," Tom Delacroix said, but he suspects it has '
        "to do with supply chain problems."
    )
    assert speakers(text)[2:] == [
        ("pharmacists sometimes fill prescriptions with other brands", "Nadim Qureshi"),
        ("They do not tell us why", "Tom Delacroix"),
        ("it has to do with supply chain problems", "Tom Delacroix"),
    ]


def test_a_name_and_role_without_commas_and_a_verbless_quotation():
    text = (
        "Head\n\nThe warnings were meant to encourage pharmacies to order now, Tom Delacroix "
        "owner of Square Pharmacy told the Chronicle.\n\nTo address the shortfall, the health "
        'department "has identified stock from other manufacturers". However, other shortages '
        "have been dealt with, the department claims."
    )
    assert [source for _, source in speakers(text)] == [
        "Tom Delacroix",
        "health department",
        "health department",
    ]


# Batch 243 (tests/data/suggest: medtech-chief-retires, drugmaker-chief-quits): chief
# executives step down, told by the chiefs, their companies, a board member and analysts, one
# of whose quotations runs on past its closing mark before "said".


def test_a_quotation_that_runs_on_before_said():
    text = (
        'Head\n\n"The departure is sudden, but I doubt there was one event per se" that led to '
        "his resignation, said Tim Ansty, an analyst at Castlegate Securities."
    )
    assert speakers(text) == [
        ("The departure is sudden, but I doubt there was one event per se", "Tim Ansty")
    ]


def test_an_announcement_and_a_company_that_quoted_him():
    text = (
        "Head\n\nThe chief executive of Orvane Medical, Ray Pellam, said on Monday that he would "
        "retire at the end of the year, an announcement that led to speculation the company was "
        "in further difficulty.\n\nOrvane gave no firm reason for Mr. Pellam's decision, but "
        'quoted him as saying it was "time for me to pass the baton."'
    )
    assert speakers(text) == [
        ("he would retire at the end of the year", "Ray Pellam"),
        ('it was "time for me to pass the baton."', "Ray Pellam"),
    ]


# Batch 244 (tests/data/suggest: chairman-whatsapp-sacking, manager-sacked-board): football
# managers sacked, told by a chairman's statement quoted over three paragraphs after "by
# saying:", by "The Brackford board are keen to stress that …", and by the chairman and the
# manager quoted after "said:".


def test_a_statement_quoted_after_by_saying_runs_on():
    text = (
        "Head\n\nChairman Andy Gatley said the club would appeal.\n\nHe has now released a "
        "statement on the club's website, in which he defended sacking the pair by saying: "
        '"Both messages may be used against the club, so it had to be simple.\n\n"I have worked '
        'with John and his assistant for years."'
    )
    assert speakers(text)[1:] == [
        ("Both messages may be used against the club, so it had to be simple", "Andy Gatley"),
        ("I have worked with John and his assistant for years", "Andy Gatley"),
    ]


def test_a_club_board_keen_to_stress():
    text = (
        "Head\n\nBrackford City have sacked manager Chris Mossley with immediate effect.\n\nThe "
        "Brackford board are keen to stress that their decision was not a knee-jerk reaction."
    )
    assert names_and_kinds(text) == [("Brackford City", "organisation")]


# Batch 245 (tests/data/suggest: trains-stranded-wires, commuters-stuck-cables): rail
# passengers stranded, told by transport police, operators, passengers' posts ("posted on X:",
# "sent a post to … which read:"), a reply from the firm written to, Network Rail's
# spokesperson, and a list of links under "Read more:".


def test_posts_on_x_and_a_post_which_read():
    text = (
        'Head\n\nMusician Joel Hennock posted on X: "Been stuck outside Kelby Central for close '
        'to 4 hours now", while presenter Rachel Pellbury wrote: "Nearly 4 hours after we got on, '
        'we are getting off!"\n\nPassenger Colin Tovey sent a post to Anglia Rail at 10.54pm '
        'which read: "Was meant to get back to Stanbridge North at 18:58."'
    )
    assert [source for _, source in speakers(text)] == [
        "Joel Hennock",
        "Rachel Pellbury",
        "Colin Tovey",
    ]


def test_the_firm_that_replies_is_the_one_written_to():
    text = (
        "Head\n\nOperator Fenland Northern said the power was switched off.\n\nAnother traveller "
        'wrote a message to CrossLink stating: "Can you please explain why I have not been '
        'offered a taxi?"\n\nThe firm replied that taxis were waiting at Stanbridge for '
        "passengers on his train."
    )
    assert speakers(text)[-1] == (
        "taxis were waiting at Stanbridge for passengers on his train",
        "CrossLink",
    )


def test_links_under_read_more_with_a_colon():
    text = (
        "Head\n\nA Network Rail spokesperson said the cables affected were in the Quarrendon "
        'area.\n\nRead more:\nThree children who died in house fire "missed beyond measure", '
        "parents say\nAround 100 firefighters tackle double house blaze"
    )
    assert [source for _, source in speakers(text)] == ["Network Rail"]


# Batch 246 (tests/data/suggest: ministers-talks-readout, envoys-joint-briefing): foreign
# ministers meet, told by a spokesperson "in response to questions", "According to Tann, …",
# "…, Tann added", "…, Reuters reported", a party newspaper, and ministers at a joint briefing.


def test_an_adverb_between_a_name_and_its_verb():
    text = (
        "Head\n\nForeign Minister Daren Veske met reporters.\n\nOn arriving, Veske first "
        "apologised to reporters for keeping them waiting, saying the two had held a "
        '"positive, candid and constructive meeting".'
    )
    assert [source for _, source in speakers(text)] == ["Daren Veske"]


# Batch 247 (tests/data/suggest: measles-outbreak-spreads, measles-school-exclusions): measles
# outbreaks, told by state officials, a programme director, a health department that "is
# advising anyone with symptoms not to attend …" and "advises anyone who may have measles to
# …", "according to the county" after its health officials, and county officials who
# "encourage everyone to …".


def test_advice_and_encouragement_with_their_verbs():
    text = (
        "Head\n\nThe state health department is advising anyone with symptoms not to attend "
        "Sunday's game.\n\nTo prevent the spread of illness, the Ostrova County Health "
        "Department advises anyone who may have measles to call their doctor first.\n\nCounty "
        "officials encourage everyone to be up to date with the MMR vaccine."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "is advising anyone with symptoms not to attend Sunday's game",
        "advises anyone who may have measles to call their doctor first",
        "encourage everyone to be up to date with the MMR vaccine",
    ]


def test_the_county_its_officials_were_in():
    text = (
        "Head\n\nHealth officials in Ostrova County announced on Friday that they were widening "
        "school exclusions.\n\nSome of those infected caught the disease while travelling "
        "abroad, according to the county."
    )
    assert [source for _, source in speakers(text)] == [
        "Health officials in Ostrova County",
        "Ostrova County",
    ]


# Batch 249 (tests/data/suggest: bridge-collapse-witnesses): a bridge falls into a river, told
# by witnesses named with their ages, a pull quote set before its own paragraph (no claim of
# its own), a reporter, and "Professor Massoud Amiri, from Dunsford University, said …".


def test_a_child_named_by_age_and_a_professor_from_a_university():
    text = (
        "Head\n\nTwelve-year-old Nina Jenks, one of 60 children rescued from a school bus, told "
        'Radio Dunsford: "It was terrifying."\n\nProfessor Massoud Amiri, from Dunsford '
        'University, said it was like a "mild earthquake" as the bridge collapsed.'
    )
    assert [source for _, source in speakers(text)] == ["Nina Jenks", "Massoud Amiri"]


# Pasted pages read raw after batch 249: a photo's credit at a caption's end, and a list of
# links whose headings stand apart from it by blank lines.


def test_a_caption_credit_is_no_part_of_the_claim():
    text = (
        "Head\n\nBritish Transport Police said they assisted Network Rail in 'evacuating "
        "passengers from several stranded trains' (Picture: PA)"
    )
    assert [claim for claim, _ in speakers(text)] == [
        "they assisted Network Rail in 'evacuating passengers from several stranded trains'"
    ]


def test_links_under_headings_set_apart_by_blank_lines():
    text = (
        "Head\n\nA Network Rail spokesperson said the cables affected were in the Quarrendon "
        "area.\n\nYou may also like\n\nRead more from UK News\n\nThree children who died in "
        "house fire are 'missed beyond measure', parents say\nThe blaze broke out in a family "
        "home just after 8.32am.\nabout 8 hours ago"
    )
    assert [source for _, source in speakers(text)] == ["Network Rail"]


# Batch 250: pasted pages of war, police and business copy, read raw.


def test_he_after_an_unnamed_bodys_spokesperson_is_that_voice():
    text = (
        "Head\n\nThe reports are untrue, according to a spokesperson from the Defence "
        'Ministry.\n\nHe said: "Our soldiers held their positions."'
    )
    assert [source for _, source in speakers(text)] == ["Defence Ministry", "Defence Ministry"]


def test_a_title_inside_a_trailing_speaker():
    text = (
        "Head\n\nThe man refused to leave when staff asked him to stop, police spokeswoman "
        "Sgt. Anka Ruske said."
    )
    assert [source for _, source in speakers(text)] == ["Anka Ruske"]


def test_a_middle_initial_inside_a_speaker_after_a_quotation():
    text = (
        'Head\n\n"There are bigger forces at work," Gideon K. Brixley, Velcor\'s chief '
        "executive, said yesterday at the company's annual meeting."
    )
    assert speakers(text) == [("There are bigger forces at work", "Gideon K. Brixley")]


def test_a_quotation_after_a_fronted_question_is_what_was_said():
    text = (
        'Head\n\nWhen asked about it, Brixley said, "Well, a lower share price never helps. '
        'Some of our staff will worry."'
    )
    assert [claim for claim, _ in speakers(text)] == [
        "Well, a lower share price never helps. Some of our staff will worry"
    ]


def test_a_reply_saying_is_what_the_reply_said():
    text = (
        "Head\n\nAfter a video was shared online, the force replied, saying officers had used "
        "only the restraint needed."
    )
    assert [claim for claim, _ in speakers(text)] == ["officers had used only the restraint needed"]


def test_soon_before_the_verb_is_no_part_of_the_speaker():
    text = "Head\n\nPolice soon found that the man had been banned from the clinic last year."
    assert [source for _, source in speakers(text)] == ["Police"]


def test_a_bylines_role_is_not_the_body_a_sentence_names():
    text = (
        "Head\n\nUlla Penfrey, Police Reporter\n\nTwo nurses were hurt on Friday.\n\nAccording "
        "to police, officers found the man hiding in a storeroom."
    )
    assert [source for _, source in speakers(text)] == ["police"]


def test_a_police_spokesman_speaks_for_police():
    text = (
        "Head\n\nTwo nurses were injured on Friday, a police spokesman said.\n\nThe man "
        "refused to leave, police spokeswoman Anka Ruske said.\n\nAccording to police, "
        "officers found the man hiding in a storeroom."
    )
    assert [source for _, source in speakers(text)] == ["police", "Anka Ruske", "police"]


def test_an_agency_lead_names_the_subject_he_means():
    text = (
        "Velcor CEO apologises to shareholders\n\n(Reuters) - Velcor Systems Chief Executive "
        "Gideon Brixley apologised to shareholders on Thursday.\n\nHe also said the company "
        "was unlikely to lose market share."
    )
    assert [source for _, source in speakers(text)] == ["Gideon Brixley"]


def test_told_an_outlet_then_when_or_how_many():
    text = (
        "Head\n\nCol. Lionel Ardwick told The Vostra Courier yesterday the rebels opened fire "
        "after a truck struck a landmine.\n\nA local official told Reuters as many as nine "
        "soldiers had been killed, but there was no immediate confirmation of this."
    )
    assert speakers(text) == [
        ("the rebels opened fire after a truck struck a landmine", "Lionel Ardwick"),
        ("as many as nine soldiers had been killed", "A local official"),
    ]


def test_the_armys_spokesperson_is_the_army_named_before():
    text = (
        "Head\n\nThe Seravian Army has denied the reports.\n\nDescribing the reports as false, "
        "the Army's spokesperson said that every soldier had stayed with the trucks."
    )
    assert [source for _, source in speakers(text)] == ["Seravian Army", "Seravian Army"]


def test_an_agency_of_two_words_in_a_dateline():
    text = (
        "Head\n\nDRESSLER, SERAVIA (BNO NEWS) -- Two nurses were injured on Friday when a man "
        "attacked a clinic, a police spokesman said."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "Two nurses were injured on Friday when a man attacked a clinic"
    ]


def test_a_link_that_opens_in_a_new_window_is_furniture():
    assert furniture_reason("Thornby Bank reports 3% rise in lendingOpens in new window ]") == (
        "related links"
    )
    text = (
        "Head\n\nShares in Velcor fell on Tuesday.\n\nThornby Bank reports 3% rise in lending "
        "to small firmsOpens in new window ]"
    )
    assert speakers(text) == []


# Batch 251: pasted pages of health, science and parliament reports, read raw.


def test_an_agency_relaying_what_officials_said_is_not_the_speaker():
    text = (
        "Head\n\nGovernment officials said today they were confident the budget would pass, "
        'while the prime minister said there was "no cause for alarm," according to the '
        "Associated Press."
    )
    assert [source for _, source in speakers(text)] == ["Government officials", "prime minister"]
    assert speakers(text)[0][0] == "they were confident the budget would pass"


def test_as_an_outlet_reported_relays_the_study():
    text = (
        "Head\n\nThe original study, published in 2019, reported that fish larvae grew more "
        "slowly, as the Coastal Science Review reported at the time."
    )
    assert speakers(text) == [("fish larvae grew more slowly", "original study")]


def test_he_is_the_second_clauses_subject_never_a_pair():
    text = (
        "Head\n\nThe authors, Juno Keel and Piet Lassiter, said their data had been lost.\n\n"
        "The board hired marine biologist Anders Voskuil to examine the work, and Voskuil found "
        'problems. "The explanations cannot be reconciled with the records," he wrote.'
    )
    assert [source for _, source in speakers(text)][-1] == "Anders Voskuil"


def test_an_office_with_of_before_a_name():
    text = (
        "Head\n\nLeader of the Opposition in the National Assembly Rhea Sabry said on Tuesday "
        "that the majority had been exposed."
    )
    assert [source for _, source in speakers(text)] == ["Rhea Sabry"]


def test_wondered_and_in_clear_reference_to_after_a_quotation():
    text = (
        'Head\n\n"Is this the beginning of a new alignment?" Rhea Sabry wondered.\n\n'
        '"There is no question of accepting any ultimatum," Tomas Ferrante added, in clear '
        "reference to opposition demands that two ministers should go."
    )
    assert speakers(text) == [
        ("Is this the beginning of a new alignment", "Rhea Sabry"),
        ("There is no question of accepting any ultimatum", "Tomas Ferrante"),
    ]


def test_the_prime_minister_is_not_another_minister_named_before():
    text = (
        "Head\n\nParliamentary Affairs Minister Tomas Ferrante rejected the demands.\n\nThe "
        "prime minister said there was no cause for alarm."
    )
    assert [source for _, source in speakers(text)][-1] != "Tomas Ferrante"


def test_a_widely_reported_study_is_no_speaker():
    text = (
        "Head\n\nA widely reported study on plastic particles and young fish has been "
        "retracted by the journal."
    )
    assert speakers(text) == []


# Batch 252: pasted pages of outage and flood reports, read raw.


def test_a_bodys_statement_goes_on_in_a_quotation_alone():
    text = (
        "Head\n\nMobile operator, Fennet, on Friday apologised to customers.\n\nThe company in "
        'a statement said service had been restored.\n\n"Our engineers worked through two '
        'nights to bring the network back."'
    )
    assert speakers(text) == [
        ("service had been restored", "Fennet"),
        ("Our engineers worked through two nights to bring the network back", "Fennet"),
    ]


def test_a_pull_quote_does_not_go_on_with_a_body():
    text = (
        'Head\n\n"I lost two years of my life," she says.\n\nThe council said waiting lists '
        'had grown.\n\n"I lost two years of my life."'
    )
    assert [source for _, source in speakers(text)] == ["council"]


def test_the_part_of_the_day_after_on_is_when():
    text = (
        "Head\n\nCorrib Telecom said on Thursday morning it was giving affected customers a "
        "week of free data."
    )
    assert speakers(text) == [
        ("it was giving affected customers a week of free data", "Corrib Telecom")
    ]


def test_a_user_named_by_a_handle():
    text = (
        "Head\n\nFennet's spokeswoman Petrina Vale said the fault was fixed.\n\nTwitter user "
        "@nessa_veyra, for one, said she had missed a hospital appointment. She tweeted: "
        '"Two days without a phone signal?"'
    )
    assert names_and_kinds(text)[1:] == [("@nessa_veyra", "person"), ("@nessa_veyra", "person")]


def test_a_constabulary_is_a_government_body():
    text = "Head\n\nDerbyshire Constabulary said the death was believed to be related to flooding."
    assert names_and_kinds(text) == [("Derbyshire Constabulary", "government")]


# Batch 253: a flood report read raw: those a "with" phrase says were warned or told.


def test_those_a_with_phrase_says_were_warned_are_no_speakers():
    text = (
        "Head\n\nHomes were flooded overnight, with roads closed and residents near the river "
        "warned that water levels would keep rising.\n\nThe river burst its banks, with dozens "
        "of cars stranded and drivers told to stay away from the town centre.\n\nThe river "
        "burst its banks, and residents warned that more rain was coming."
    )
    assert speakers(text) == [("more rain was coming", "residents")]


# Batch 254: pasted pages of air-crash, central-bank and earthquake reports, read raw.


def test_a_headline_verb_with_a_preposition_has_no_speaker():
    text = "Board report: Cargo crash came after rejected takeoff\n\nThe board met on Friday."
    assert speakers(text) == []


def test_said_and_then_goes_on_with_what_followed():
    text = (
        "Head\n\nThe aircraft was accelerating normally until it reached about 120 knots, "
        "Board member Valdemar Oskarsen said and then it began to veer to the left."
    )
    assert speakers(text) == [
        (
            "The aircraft was accelerating normally until it reached about 120 knots",
            "Valdemar Oskarsen",
        )
    ]


def test_shared_is_a_cue_before_that_and_after_a_quotation():
    text = (
        "Head\n\nOskarsen shared that the board had received maintenance records from the "
        'operator, Tarsk Airfields (TA).\n\n"We are not going to guess at a cause," Oskarsen '
        "shared."
    )
    assert speakers(text) == [
        (
            "the board had received maintenance records from the operator, Tarsk Airfields (TA)",
            "Oskarsen",
        ),
        ("We are not going to guess at a cause", "Oskarsen"),
    ]


def test_the_report_is_the_body_that_released_it():
    text = (
        "Head\n\nThe Aviation Safety Investigation Board released its preliminary report on "
        "Friday.\n\nThe report suggests the crew did not complete a flight control check."
    )
    assert [source for _, source in speakers(text)] == ["Aviation Safety Investigation Board"]


def test_a_count_opening_a_sentence_is_its_subject():
    text = (
        "Head\n\nAt least nine aftershocks, ranging in magnitude from 3.8 to 5.2, were felt "
        "across the valley, the national seismology institute reported."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "At least nine aftershocks, ranging in magnitude from 3.8 to 5.2, were felt across "
        "the valley"
    ]


def test_with_a_warning_has_no_speaker():
    text = "Head\n\nThe toll stood at 212 on Tuesday, with a warning that it would rise further."
    assert speakers(text) == []


def test_he_after_an_official_of_a_named_body():
    text = (
        "Head\n\nLudmila Haldane visited the clinic. A Regional Health Agency official said 11 "
        'cases had been confirmed.\n\n"We are on alert in every clinic," he said.'
    )
    assert [source for _, source in speakers(text)] == ["A Regional Health Agency official"] * 2


def test_an_age_is_the_person_named_just_before_not_the_reporter():
    text = ARTICLES["quake-aftershocks"]
    (said,) = [s for s in suggest_claims(text, REGISTRY) if s.text.startswith("I had stopped")]
    assert said.source_name == "Leopold Aurelio"


def test_the_bank_chair_is_the_chairwoman_named_before():
    text = (
        "Head\n\nReserve Bank of Selvania Chairwoman Ludmila Haldane said the work was not "
        'finished.\n\n"We are not there yet by any measure," the Bank chair said.'
    )
    assert [source for _, source in speakers(text)] == ["Ludmila Haldane"] * 2


def test_a_clause_after_says_in_a_headline_is_no_speaker():
    text = (
        "Selvania holds rates, says inflation fight is not over\n\nReserve Bank of Selvania "
        "Chairwoman Ludmila Haldane said on Wednesday that the bank would wait."
    )
    assert ("Selvania holds rates", "inflation fight is not over") not in speakers(text)


def test_a_weekday_is_no_speaker_and_the_parse_keeps_a_percent_sign():
    text = (
        "Head\n\nKaarlo Thorvald, appointed on Wednesday for a third term as governor of the "
        "Reserve Bank, said on Thursday that we will not have galloping inflation, and in June "
        "inflation may fall below 4%."
    )
    assert speakers(text) == [
        (
            "we will not have galloping inflation, and in June inflation may fall below 4%",
            "Kaarlo Thorvald",
        )
    ]


# Batch 255: pasted pages of protest and outbreak reports, read raw.


def test_his_organisation_is_the_body_named_next_not_him():
    text = (
        "Head\n\nA prominent activist was arrested by police, his organisation said on Sunday."
        "\n\nTomas Pellinore was arrested on Saturday night, the Harbour Workers' Assembly said "
        "in a statement."
    )
    assert [source for _, source in speakers(text)] == ["Harbour Workers' Assembly"] * 2


def test_what_the_speaker_did_next_is_no_part_of_the_claim():
    text = (
        "Head\n\nPolice said two officers were hurt. A sergeant at the custody suite said "
        '"not many," but could not give a number.\n\nThe minister said the plan would work, '
        "but declined to give details."
    )
    assert speakers(text) == [
        ("two officers were hurt", "Police"),
        ("the plan would work", "minister"),
    ]


def test_say_officials_at_a_body_after_an_apposition():
    text = (
        "Head\n\nA Lunden pupil tested positive for measles late last week, the first confirmed "
        "case in the district in ten years, say officials at the Lunden Public Health Service."
    )
    assert names_and_kinds(text) == [("Lunden Public Health Service", "government")]


def test_a_headline_passive_has_no_speaker():
    text = "Measles case confirmed in Lunden for first time in a decade\n\nA pupil fell ill."
    assert speakers(text) == []


# Batch 256: pasted pages of US political news, read raw.


def test_straight_and_curly_marks_mixed_in_a_paragraph_pair():
    text = (
        'Head\n\n"Our colleagues simply refused to take part," Sen. Dashiell Sutter said.\n'
        '"Once the leadership decided that 51 votes was all it needed, that is what happened,” '
        "Sen. Philippa Quintana said."
    )
    assert [source for _, source in speakers(text)] == ["Dashiell Sutter", "Philippa Quintana"]


def test_a_state_alone_in_brackets_after_a_senators_name():
    text = (
        'Head\n\n"Once the leadership decided that 51 votes was all it needed, that is what '
        'happened," Democratic Sen. Philippa Quintana (W.Va.) said.'
    )
    assert [source for _, source in speakers(text)] == ["Philippa Quintana"]


def test_an_aide_described_is_the_person_just_named():
    text = (
        "Head\n\nSen. Dashiell Sutter said the vote would pass.\n\nBut billionaire Roderick "
        'Ravenscroft lashed out at the bill. "The latest draft will bankrupt family farms!" the '
        "former top campaign aide said in a post."
    )
    assert [source for _, source in speakers(text)] == ["Dashiell Sutter", "Roderick Ravenscroft"]


def test_a_governor_described_is_not_a_senator_named_before():
    text = (
        'Head\n\n"Once the leadership decided, that is what happened," Democratic Sen. Philippa '
        'Quintana said.\n\n"I look at my state and I say farmers are not happy," the Democratic '
        "Iowa governor said."
    )
    assert [source for _, source in speakers(text)][1] == "Democratic Iowa governor"


def test_a_vow_in_a_relative_clause_ends_with_it():
    text = (
        "Head\n\nRep. Ulrike Vasquez, chairwoman of the rural caucus who had vowed to oppose the "
        "bill, was asked on Sunday whether anything could change her mind."
    )
    assert speakers(text) == [("vowed to oppose the bill", "Ulrike Vasquez")]


def test_a_reporters_question_is_not_the_speakers_words():
    text = (
        'Head\n\nPress secretary Odette Dellacroix said the president was "confident" the bill '
        'would pass. A reporter pressed her on whether the delay was "just a scheduling matter" '
        'or "a sign the votes are not there."'
    )
    assert [source for _, source in speakers(text)] == ["Odette Dellacroix"]


# Batch 257: pasted pages of a campaign's row over robocalls, read raw.


def test_the_campaign_of_a_person_is_accusing():
    text = (
        "Head\n\nThe campaign of Lucinda Kittredge is accusing rival Senator Benedikt Emmerich "
        "of using push-polls to attack its candidate."
    )
    assert speakers(text) == [
        (
            "accusing rival Senator Benedikt Emmerich of using push-polls to attack its candidate",
            "Lucinda Kittredge's campaign",
        )
    ]


def test_he_is_the_spokesman_named_not_the_rival_whose_name_qualifies_a_noun():
    text = (
        "Head\n\nThe campaign of Lucinda Kittredge is accusing Emmerich of lying.\n\nThe war of "
        "words has escalated, and Kittredge has accused Emmerich of lying about her record.\n\n"
        "Emmerich spokesman Ferdinand Ostrander had hard words for the Kittredge call.\n\n"
        '"It is the height of hypocrisy to put out a robocall like that," he said.'
    )
    assert [source for _, source in speakers(text)][-1] == "Ferdinand Ostrander"


# Batch 258: pasted pages of business news, read raw.


def test_what_a_quotation_was_about_before_said_and_a_name():
    text = (
        'Head\n\nNot everyone agrees. "I think everybody has their own opinion" of how often a '
        "company should talk to the market, said Tessa Quillfeather, founder of the firm "
        'Brightcastle Advisers. "But silence is rarely read kindly."'
    )
    assert [source for _, source in speakers(text)] == ["Tessa Quillfeather"] * 2


# Batch 259: pasted pages of a football club's media conference, read raw.


def test_spoke_to_the_press_or_gave_an_update_introduces_a_quotation():
    text = (
        "Head\n\nManager Torquil Gowan spoke to the press on Thursday and started by giving an "
        'update on the injury situation:\n\n"Unfortunately, we got some bad news on Struan.'
        '\n\n"He will be out for the best part of three months."\n\nClub doctor Eilidh Iver '
        'gave an update on the rest of the squad:\n\n"Everyone else came through training on '
        'Wednesday."'
    )
    assert [source for _, source in speakers(text)] == [
        "Torquil Gowan", "Torquil Gowan", "Eilidh Iver"
    ]  # fmt: skip


# Batch 260: pasted pages of sentencing reports, read raw.


def test_she_is_the_kin_just_described_not_the_prosecutor():
    text = (
        "Head\n\nDeputy Prosecutor Hanna Willoughby read a statement.\n\nToby's mother also "
        'provided a statement read by prosecutors. "I want you to know I forgive you," she '
        "wrote.\n\nAfter the sentencing, Braddock's mother Greta spoke to reporters outside the "
        'court. "I am glad that she has forgiven my son," she said.'
    )
    assert [source for _, source in speakers(text)] == ["Toby's mother", "Greta"]


def test_he_is_the_judge_who_told_the_defendant_in_the_claim_before():
    text = (
        'Head\n\n"You meant harm that day," the boy\'s father wrote.\n\nDuring the hearing, Judge '
        "Amos Thackeray told Braddock that adults are charged with protecting children, the "
        'prosecutor\'s office said.\n\n"It is our duty to protect them," he said.'
    )
    assert [source for _, source in speakers(text)][-1] == "Amos Thackeray"


def test_who_a_defendant_is_by_what_he_admitted_is_no_claim():
    text = (
        "Head\n\nA man who admitted pushing a six-year-old boy from a footbridge at a shopping "
        "centre was jailed for 19 years on Monday."
    )
    assert speakers(text) == []


# Batch 261: pasted pages of war reporting (front-line claims, a ceasefire aide, a paramilitary
# force and an army), read raw.


def test_and_after_a_clause_of_its_own_opens_the_speakers_clause():
    text = (
        "Head\n\nThere was no immediate comment from Korvenia's defence ministry and a local "
        "Lisarian official denied Vedzhev's claim.\n\nGunfire could be heard across the capital "
        "and eyewitnesses reported shooting in the suburbs.\n\nOfficials who were at the scene "
        "and the police chief said the fire was under control."
    )
    mentions = [s.source_mention for s in suggest_claims(text, REGISTRY)]
    assert mentions == [
        "a local Lisarian official",
        "eyewitnesses",
        "Officials who were at the scene and the police chief",
    ]


def test_authorities_in_a_region_after_a_fronted_time_are_the_speaker():
    text = (
        "Head\n\nIn recent days, authorities in the Olvika region had urged residents to leave, "
        "citing worsening shelling."
    )
    assert speakers(text) == [("urged residents to leave", "authorities in the Olvika region")]


def test_a_name_after_a_description_is_the_speaker_parsed_as_a_second_subject():
    text = (
        '"The Korvenians are concentrating their main effort on the east," Lisaria\'s senior '
        "commander in the area Petro Hrebenko acknowledged, without elaborating."
    )
    assert [source for _, source in speakers(text)] == ["Petro Hrebenko"]


def test_a_passive_with_its_agent_is_no_claim_of_its_subject():
    text = (
        "Head\n\n- Ceasefire proposal dismissed by Korvenian presidential aide.\n- Envoy arrives."
    )
    assert speakers(text) == []


def test_asserted_after_a_quotation_is_its_cue():
    text = (
        'Head\n\nMikhail Tolmach spoke on state television. "This is simply a breathing space, '
        'nothing more. Our aim is a lasting settlement," he asserted, adding, "We do not need '
        'gestures that only imitate peace."'
    )
    assert [source for _, source in speakers(text)] == ["Mikhail Tolmach"] * 2


def test_a_paramilitary_force_is_a_group_and_never_the_army():
    text = (
        "Kessaria's paramilitary SGF says it controls airport\n\nKessaria's paramilitary Swift "
        "Guard Forces (SGF) said they had taken the airport as clashes erupted with the army.\n\n"
        "At least five civilians were killed, a Kessarian doctors' body said on Saturday.\n\nThe "
        "spokesman for the Kessarian armed forces said that the army would respond.\n\nThe army "
        "said the SGF had tried to attack its troops."
    )
    assert names_and_kinds(text) == [
        ("Swift Guard Forces", "group"),
        ("Swift Guard Forces", "group"),
        ("a Kessarian doctors' body", "organisation"),
        ("Kessarian armed forces", "government"),
        ("Kessarian armed forces", "government"),
    ]


def test_its_rival_is_the_body_its_apposition_names():
    text = (
        "Head\n\nThe SGF said on Monday that it had seized Wad Kordaf, though its rival, the "
        "Kessarian army, disputed the claim.\n\nOn Tuesday, the army denied that the SGF had "
        "taken the entire town."
    )
    assert [source for _, source in speakers(text)] == ["SGF", "Kessarian army", "Kessarian army"]


def test_an_adjective_alleged_is_no_second_claim():
    text = (
        "Head\n\nThe army dismissed the group's ceasefire offer as a tactic aimed at hiding its "
        "movements and alleged foreign support."
    )
    assert [claim for claim, _ in speakers(text)] == [
        "dismissed the group's ceasefire offer as a tactic aimed at hiding its movements and "
        "alleged foreign support"
    ]


def test_according_to_reports_then_a_statement_is_the_statements_speakers():
    text = (
        "Head\n\nAccording to local media reports, in a statement on Saturday, the Swift Guard "
        'Forces (SGF) said it had taken "full control" of the airport.\n\nIt said the moves came '
        "in response to attacks by the regular army."
    )
    assert [source for _, source in speakers(text)] == ["Swift Guard Forces"] * 2


def test_told_the_public_broadcaster_a_clause_and_a_name_alone_is_no_claim():
    text = (
        "Head\n\nOleh Teslenko, the Lisarian head of the local municipality, later told the "
        "public broadcaster there were no troops in the village.\n\nIvan Dorosh, the head of the "
        "district council, said on Monday."
    )
    assert speakers(text) == [("there were no troops in the village", "Oleh Teslenko")]


def test_a_date_before_the_subject_is_a_wires_dateline():
    text = (
        "July 4 The Ostrian military has said that its forces killed a senior militia commander "
        "in an air strike near Merida."
    )
    assert [s.source_mention for s in suggest_claims(text, REGISTRY)] == ["The Ostrian military"]


def test_had_earlier_indicated_is_the_cue_and_on_a_day_without_comma_a_time():
    general = (
        "Head\n\nEarlier, Kessaria's head of state and army chief General Hamid Zarif had "
        "earlier indicated that the military is prepared to take any step."
    )
    assert [source for _, source in speakers(general)] == ["Hamid Zarif"]
    text = (
        "Head\n\nOn Monday the SGF said it had seized Wad Kordaf, a rail junction in the west, "
        "though its rival, the Kessarian army, disputed the claim."
    )
    assert [source for _, source in speakers(text)] == ["SGF", "Kessarian army"]


def test_a_headlines_people_is_not_another_countrys_commander():
    text = ARTICLES["korvenia-border-village"]
    assert speakers(text)[0] == ("his fighters seized border village", "Ruslan Vedzhev")


# Batch 262: pasted pages of a movement's attacks on shipping and of a rebel advance, read raw.


def test_a_movement_named_like_a_people_is_not_a_states_command():
    text = (
        "Head\n\nThe Eastern Naval Command on Monday denied claims made by the Tamari movement "
        'that it had struck a cargo ship.\n\n"The report is false," the Eastern Naval Command '
        "said in a statement.\n\nThe Tamari movement earlier in the day said its forces had fired "
        "two missiles at the ship."
    )
    assert [source for _, source in speakers(text)][-1] == "Tamari movement"


def test_the_statement_is_the_last_ones_with_initials_in_brackets():
    text = (
        'Head\n\n"Our navy fired a missile," Eskel said in a statement.\n\nThe attack came after '
        "the Allied Maritime Command (ALMARCOM) said in a statement that its aircraft had "
        "destroyed a drone.\n\nAccording to the statement, the drone presented an imminent threat "
        'to merchant vessels.\n\n"No ships were damaged," ALMARCOM added.'
    )
    assert [source for _, source in speakers(text)][-2:] == ["Allied Maritime Command"] * 2


def test_formerly_twitter_in_brackets_is_where_not_what():
    text = (
        "Head\n\nThe Allied Maritime Command said in a statement on X (formerly Twitter) on "
        'Tuesday that a coalition frigate had "successfully engaged" a second drone.'
    )
    assert [claim for claim, _ in speakers(text)] == [
        'a coalition frigate had "successfully engaged" a second drone'
    ]


def test_rebels_in_a_republic_speak_for_themselves():
    text = (
        "KIVARA, Republic of Lusenda, May 3 (Reuters) - Rebels in eastern Republic of Lusenda "
        "said on Sunday they had seized the border town of Katunga."
    )
    assert [source for _, source in speakers(text)] == ["Rebels in eastern Republic of Lusenda"]


def test_a_reporter_with_the_rebels_is_a_reporter_and_two_capitals_before_a_role():
    text = (
        "Head\n\nA Dutch newspaper reporter with the rebels also reported they were in Katunga.\n\n"
        "Anouk Veldkamp, East Africa correspondent for the Dutch daily De Kroniek, told Reuters "
        "she was in Katunga with the rebels."
    )
    assert names_and_kinds(text) == [
        ("A Dutch newspaper reporter with the rebels", "media"),
        ("Anouk Veldkamp", "person"),
    ]


def test_both_are_the_two_just_named_and_said_if_then_what_follows_is_a_claim():
    text = (
        "Head\n\nLusenda and U.N. investigators have accused Tarvana and Morelia of arming the "
        "rebels. Both denied doing so.\n\nTarvana has said if the United Nations does not "
        "withdraw the allegations, it may pull its troops out of peacekeeping missions."
    )
    assert [source for _, source in speakers(text)] == [
        "Lusenda and U.N. investigators", "Tarvana and Morelia", "Tarvana"
    ]  # fmt: skip


# Batch 263: pasted pages of a junta and insurgent armies each claiming a town, read raw.


def test_both_after_two_speakers_is_no_part_of_their_name():
    text = (
        "Head\n\nVaresh's junta and the Dawna Hills Army both claimed on Thursday they were in "
        "control of the town of Mawlin."
    )
    assert [source for _, source in speakers(text)] == ["Varesh's junta and the Dawna Hills Army"]


def test_the_spokesperson_is_the_bodys_just_quoted_not_an_earlier_spokesman():
    text = (
        "Head\n\nA spokesman for the junta denied the insurgents' claim that the command had "
        'fallen.\n\n"We were able to fully seize the headquarters," a Dawna Hills Army '
        "spokesperson told Radio Kessel.\n\nThe spokesperson, who declined to be named, said the "
        "insurgents had captured prisoners."
    )
    assert [source for _, source in speakers(text)][-1] == "Dawna Hills Army"


def test_the_group_said_without_elaborating_is_an_insurgent_army_named_so():
    text = (
        "Head\n\nThe Dawna Hills Army said it had captured the town.\n\nAnti-junta forces had "
        "also seized two artillery pieces, the group said, without elaborating."
    )
    assert speakers(text)[-1] == (
        "Anti-junta forces had also seized two artillery pieces",
        "Dawna Hills Army",
    )


def test_but_he_declined_saying_is_the_spokesman_the_outlet_telephoned():
    text = (
        "Head\n\nRadio Kessel telephoned Thura Lwin, a junta council spokesman, to ask about the "
        "fighting but he declined to comment, saying he was too busy to talk."
    )
    assert speakers(text) == [("he was too busy to talk", "Thura Lwin")]


# Batch 264: pasted pages of defence news told by unnamed officials, read raw.


def test_tells_an_outlet_after_the_claim_and_a_body_is_never_an_unnamed_official():
    text = (
        "Defence ministry reports no shifts of troops near the border\n\nThe ministry has made no "
        "special troop moves near the border, a senior defence ministry official tells the Orvel "
        "Dispatch."
    )
    assert [source for _, source in speakers(text)] == [
        "Defence ministry", "a senior defence ministry official"
    ]  # fmt: skip


def test_told_an_outlet_a_quotation_without_a_comma():
    text = (
        "Head\n\nDefence officials say it is business as usual for the army. A senior defence "
        'ministry official told the Orvel Dispatch "no out-of-the-ordinary movements of our '
        'forces have been made."'
    )
    assert speakers(text)[-1] == (
        "no out-of-the-ordinary movements of our forces have been made",
        "A senior defence ministry official",
    )


def test_on_a_day_before_a_described_official_is_no_name():
    text = (
        "Head\n\nOn Thursday, a senior official from the army's Northern Command told reporters "
        "that two brigades would rotate out in May. The rotation, the official said, would "
        "involve up to 6,000 troops."
    )
    assert [source for _, source in speakers(text)] == ["Northern Command"] * 2


def test_a_role_with_initials_points_in_an_apposition():
    text = (
        "Head\n\nMeanwhile, General Ida Ranft, outgoing Chair of the Joint Staff of the U.N. "
        "armed forces, told reporters that a ceasefire would be easy to agree in principle. But "
        "she said it was not necessarily the most durable course."
    )
    assert [source for _, source in speakers(text)] == ["Ida Ranft"] * 2


@pytest.mark.parametrize(
    "text, source",
    [
        ("Head\n\nPelkey outright denied the president had made the remark.", "Pelkey"),
        ("Head\n\nInitially, the minister had said that the plan was dead.", "minister"),
    ],
)
def test_a_manner_adverb_or_a_fronted_one_is_no_part_of_the_speaker(text, source):
    ((_, found),) = speakers(text)
    assert found == source


def test_two_surnames_are_the_two_people_named_in_full_and_each_is_one():
    text = (
        "Head\n\nOn Friday, Senators Wendeler and Pelkey were in the room. Sen. Owen Wendeler "
        "(R-Neb.) and Sen. Carla Pelkey (R-Mont.) attended.\n\nWendeler and Pelkey initially "
        "issued a statement saying they did not remember the word.\n\nPelkey denied the "
        "president had made the remark, while Wendeler said he had not heard it and suggested "
        "Haverty had a history of misquoting meetings."
    )
    assert [source for _, source in speakers(text)] == [
        "Owen Wendeler and Carla Pelkey", "Carla Pelkey", "Owen Wendeler", "Owen Wendeler"
    ]  # fmt: skip


def test_told_a_titled_senator_with_a_party_tag_after_a_denial_left_open():
    text = (
        "Head\n\nDorsett didn't directly confirm or deny the remark, but reportedly told Sen. "
        'Mark Thibault (R-Ohio) that reports of the meeting were "essentially right."'
    )
    assert speakers(text) == [('reports of the meeting were "essentially right."', "Dorsett")]


@pytest.mark.parametrize(
    "text",
    [
        "Head\n\nDorsett did not directly say the president had used the word.",
        "Head\n\nThe ministry didn’t say that the talks had failed.",
    ],
)
def test_a_cue_denied_with_an_adverb_or_a_curly_apostrophe_is_no_claim(text):
    assert speakers(text) == []


def test_tweeted_on_a_day_and_its_part_of_the_day():
    text = "Head\n\nThe president tweeted Friday morning that the account was false."
    assert speakers(text) == [("the account was false", "president")]


def test_asked_about_an_outlets_report_is_the_outlets_claim():
    text = (
        "Head\n\nAbernathy was asked at the daily briefing about a Capital Ledger report that "
        "Quarles dictated the statement himself."
    )
    assert speakers(text) == [("Quarles dictated the statement himself", "Capital Ledger")]


def test_an_outlet_in_brackets_before_a_dash_is_a_dateline():
    text = '(Rensler Wire) – "We have nothing to hide," Lena Abernathy told reporters on Tuesday.'
    assert speakers(text) == [("We have nothing to hide", "Lena Abernathy")]


def test_concluded_by_accusing_keeps_its_verb():
    text = "Head\n\nRep. Dale Inglis concluded by accusing the press of inventing a scandal."
    assert speakers(text) == [("accusing the press of inventing a scandal", "Dale Inglis")]


def test_slammed_as_she_claimed_is_what_she_claimed():
    text = (
        "Head\n\nRuth Maddox slammed the briefing as she claimed that the White House had "
        "changed its story three times."
    )
    assert speakers(text) == [("the White House had changed its story three times", "Ruth Maddox")]


def test_the_presidents_lawyer_is_not_the_person_named_before():
    text = (
        "Head\n\nPress Secretary Lena Abernathy said Tuesday that the president helped his son."
        "\n\nInitially, the president's lawyer had said that he was not involved."
    )
    assert speakers(text)[-1] == ("he was not involved", "president's lawyer")


def test_they_who_did_something_is_not_one_man_going_on():
    text = (
        "Head\n\nIn a news conference, Ryan Maddox and party leaders played down reports that "
        "Jim Comey says the president asked him to drop an inquiry. They discussed the prospects "
        'for a trade bill, calling it a "once in a decade" chance.'
    )
    assert [source for _, source in speakers(text)] == ["Jim Comey"]


def test_the_hospital_and_the_medical_facility_are_the_center_named_and_a_maker_is_not():
    text = (
        "Head\n\nTwo patients died at Lindgate Medical Center in Fairlea.\n\nIn a statement, the "
        "hospital said that the patients may have been infected. The manufacturer of the "
        "instruments, however, claimed that the devices had been sterilized.\n\nThe medical "
        "facility also said that all 140 people had since been contacted."
    )
    assert [source for _, source in speakers(text)] == [
        "Lindgate Medical Center", "manufacturer of the instruments", "Lindgate Medical Center"
    ]  # fmt: skip


def test_according_to_a_news_release_is_the_body_last_quoted():
    text = (
        "Head\n\nSeaborne General Hospital has declared an outbreak after three cases were "
        "linked.\n\nAccording to a news release, officials traced the outbreak to one patient."
    )
    assert [source for _, source in speakers(text)] == ["Seaborne General Hospital"] * 2


def test_a_headlines_participle_before_a_place_is_a_passive():
    text = (
        "Retroactive outbreak declared in Seaborne General Hospital surgical unit\n\nSeaborne "
        "General Hospital has declared an outbreak after three cases were linked."
    )
    assert [claim for claim, _ in speakers(text)] == ["an outbreak after three cases were linked"]


def test_a_lawyer_for_the_second_agency_is_not_the_agency_named_later():
    text = (
        "Head\n\nA lawyer for the second labour agency said the firm had no idea.\n\nThe "
        "Immigration Enforcement Agency said its investigation was continuing."
    )
    assert [source for _, source in speakers(text)] == [
        "A lawyer for the second labour agency", "Immigration Enforcement Agency"
    ]  # fmt: skip


def test_signaled_a_feeling_is_no_claim_but_signaled_a_clause_is():
    text = (
        "Head\n\nThe shares fell as investors signaled continued frustration with the news.\n\n"
        "Conservative senators signaled they might delay a vote."
    )
    assert speakers(text) == [("they might delay a vote", "Conservative senators")]


def test_the_maker_and_retailer_of_something_is_the_company_named_before():
    text = (
        "Head\n\nRestwell's shares fell another 4 percent Monday.\n\nLate Wednesday, the "
        "Brockway-based maker and retailer of adjustable beds announced that it had missed its "
        "revenue targets."
    )
    assert [source for _, source in speakers(text)] == ["Restwell"]


def test_wrote_each_other_and_emailed_someone_then_when_before_that():
    text = (
        'Head\n\nProsecutors wrote each other in March that "we got it wrong" in a letter to the '
        "judge.\n\nOne supervisor emailed his deputy after the problems began to surface that "
        'the trial team had been "far too aggressive."'
    )
    assert names_and_kinds(text) == [("Prosecutors", "organisation"), ("One supervisor", "person")]
    assert speakers(text)[1][0] == 'the trial team had been "far too aggressive."'


def test_she_is_the_judge_who_wrote_inside_anothers_claim():
    text = (
        'Head\n\n"This is going to be a disaster," the other supervisor replied.\n\nSources told '
        "the Ravelle Courier that Judge Vashti Orme wrote a sealed opinion before she stepped "
        "down on Friday. She wrote that prosecutors had shown sufficient evidence."
    )
    assert [source for _, source in speakers(text)][-1] == "Vashti Orme"


def test_a_courts_possessive_is_no_part_of_its_name():
    text = (
        "Head\n\nJudge Vashti Orme stepped down as the Ravelle District Court's chief judge on "
        "Friday.\n\nThe court noted that the state would have to respond by Wednesday."
    )
    assert [source for _, source in speakers(text)] == ["Ravelle District Court"]


def test_telling_an_outlet_a_clause_and_the_spokesperson_is_the_campaigns():
    text = (
        "Head\n\nThe court demanded further filings from both sides.\n\nGovernor Paul Delacourt's "
        "campaign appeared to deny the report, telling the Ravelle Courier the allegations were "
        'false.\n\n"The real story, which Ravelle Courier Online should be reporting, is that '
        'prosecutors attack lawyers," the spokesperson said.'
    )
    assert speakers(text)[-2:] == [
        ("the allegations were false", "Paul Delacourt's campaign"),
        (
            "The real story, which Ravelle Courier Online should be reporting, is that "
            "prosecutors attack lawyers",
            "Paul Delacourt's campaign",
        ),
    ]


def test_a_headlines_quotation_is_whoever_the_body_quotes_saying_it():
    text = (
        "'We got it wrong': messages show prosecutors' panic over a collapsing case\n\nNewly "
        "released documents from the state attorney's office show panic among prosecutors.\n\n"
        'Prosecutors on the case wrote each other in March that "we got it wrong" in a letter to '
        "the judge."
    )
    assert speakers(text)[0] == ("We got it wrong", "Prosecutors on the case")


def test_added_then_an_agency_reported_is_the_one_who_added():
    text = (
        "Head\n\nAir defences shot down dozens of drones over border regions, the ministry added "
        "in a statement, the Drusk news agency reported."
    )
    assert speakers(text) == [
        ("Air defences shot down dozens of drones over border regions", "ministry")
    ]


def test_and_according_to_inside_a_speakers_claim_is_still_theirs():
    text = (
        "Head\n\nThe governor of Tarvosk region, Mirela Danko, said on a messaging app that two "
        '"airborne objects" had been downed and, according to initial reports, there had been no '
        "damage."
    )
    assert speakers(text) == [
        (
            'two "airborne objects" had been downed and, according to initial reports, there had '
            "been no damage",
            "Mirela Danko",
        )
    ]


def test_a_name_then_a_role_after_its_place_is_the_name():
    text = (
        "Head\n\nPavlo Hrynets, Marovka regional governor, said the overnight attack had damaged "
        "a power line."
    )
    assert speakers(text) == [("the overnight attack had damaged a power line", "Pavlo Hrynets")]


def test_who_said_ends_where_the_main_clause_takes_its_verb_again():
    text = (
        'Head\n\nMinority Leader Owen Wendeler, who said he hoped a deal could be reached "in the '
        "not too distant future,\" defended his party's decision to file dozens of amendments."
    )
    ((claim, source),) = speakers(text)
    assert source == "Owen Wendeler"
    assert claim.startswith("he hoped a deal could be reached")
    assert "defended" not in claim


def test_the_militant_group_is_the_name_before_it_never_the_day_after():
    text = (
        "Head\n\nThe Tamrin army said it killed three leaders of the Sabir Front militant group "
        "Tuesday in air strikes.\n\nThe militant group confirmed three of its commanders were "
        "killed."
    )
    assert names_and_kinds(text) == [("Tamrin army", "government"), ("Sabir Front", "group")]


def test_a_movement_named_by_its_cause_is_a_group():
    text = 'Head\n\n"We mourn the leaders," Islamic Jihad said in a statement.'
    assert names_and_kinds(text) == [("Islamic Jihad", "group")]


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Head\n\nEyewitnesses report that the strikes hit a school.",
            [("the strikes hit a school", "Eyewitnesses")],
        ),
        ("Head\n\nA news report that the plant would close alarmed workers.", []),
    ],
)
def test_a_plurals_report_that_is_a_cue_and_a_news_report_is_not(text, found):
    assert speakers(text) == found


def test_an_outlets_analysis_of_a_named_database_is_the_outlets():
    text = (
        "Head\n\nThat is far fewer than in 2016, according to ledgerNow's analysis of the "
        "council's legislative database, CivicRoll."
    )
    assert speakers(text) == [("That is far fewer than in 2016", "ledgerNow")]


def test_described_by_an_agent_as_something_is_the_agents():
    text = (
        "Head\n\nThe third lawmaker named in the complaint, Dale Inglis, was described by the "
        'ethics panel as "the architect of the scheme" in its report.'
    )
    assert speakers(text) == [
        (
            "The third lawmaker named in the complaint, Dale Inglis, was described by the ethics "
            'panel as "the architect of the scheme"',
            "ethics panel",
        )
    ]


def test_what_was_noted_ends_where_the_next_act_begins():
    text = (
        'Head\n\n"We are here for the duration," Ruth Maddox said, noting that none of the 23 '
        "amendments had passed and questioning their motives."
    )
    assert speakers(text)[-1] == ("none of the 23 amendments had passed", "Ruth Maddox")


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Head\n\nMinister Odo Pell said the raids had stopped. He went on to add that the "
            "town was calm.",
            [("the raids had stopped", "Odo Pell"), ("the town was calm", "Odo Pell")],
        ),
        (
            "Head\n\nFarm Minister Odo Pell doesn't rule out that the raiders may return.",
            [("doesn't rule out that the raiders may return", "Odo Pell")],
        ),
    ],
)
def test_went_on_to_add_and_a_contracted_rule_out_are_cues(text, found):
    assert speakers(text) == found


def test_said_the_report_then_its_next_clause_is_the_reports():
    text = (
        "Head\n\nA report by the Audit Office found gaps. Local officials did not consider the "
        "group a threat, said the report, however, their agencies kept watch."
    )
    assert speakers(text)[-1] == (
        "Local officials did not consider the group a threat",
        "Audit Office",
    )


def test_said_what_is_happening_is_a_claim_but_asked_what_is_not():
    text = (
        "Head\n\nIn a statement, the ministry said what is happening in the valley is a "
        "continuation of the scheme. The minister asked what the plan was."
    )
    assert speakers(text) == [
        ("what is happening in the valley is a continuation of the scheme", "ministry")
    ]


def test_a_report_published_by_a_body_showed_is_the_bodys():
    text = (
        "Head\n\nEarlier, a report published by the United Nations showed the movement is "
        "recruiting followers."
    )
    assert speakers(text) == [("the movement is recruiting followers", "United Nations")]


@pytest.mark.parametrize("name", ["ISIL", "Daesh", "al-Qaeda"])
def test_a_jihadist_movement_is_a_group_and_its_lower_case_article_starts_a_name(name):
    text = f"Head\n\nIn a statement, {name} claimed responsibility for the attack."
    assert names_and_kinds(text) == [(name, "group")]


def test_by_a_name_with_its_article_joined_which_said_is_that_names():
    text = "Head\n\nThe attack was claimed by al-Shabaab, which said it had targeted the base."
    assert speakers(text) == [("it had targeted the base", "al-Shabaab")]


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Head\n\nTzerin's Ormak-backed Northern Shield group said it fired rockets.",
            [("it fired rockets", "Northern Shield")],
        ),
        (
            "Head\n\nSix people were wounded, according to the official Tzerin National News "
            "Agency.",
            [("Six people were wounded", "Tzerin National News Agency")],
        ),
        (
            "Head\n\nThe fighting has killed at least 212 people, according to an AFP count "
            "based on official figures.",
            [("The fighting has killed at least 212 people", "AFP")],
        ),
        (
            "Head\n\nThe Northern Shield said it fired rockets. In a statement, the Shia militia "
            "claims to have fired rockets at the town.",
            [
                ("it fired rockets", "Northern Shield"),
                ("claims to have fired rockets at the town", "Northern Shield"),
            ],
        ),
    ],
)
def test_what_describes_an_armed_group_or_an_agency_is_no_part_of_its_name(text, found):
    assert speakers(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Head\n\nThe Northern Shield has blamed Vessar, which has not commented.",
            [("blamed Vessar", "Northern Shield")],
        ),
        (
            "Head\n\nState media said a strike killed three members of one family, with the "
            "Northern Shield announcing retaliatory attacks, in the latest violence.",
            [("a strike killed three members of one family", "State media")],
        ),
        (
            "Head\n\nState media said a strike killed three. In recent weeks, the Northern Shield "
            "has stepped up its attacks, which it says are in support of the border villages, "
            "while Vessar has struck deeper into the hills.",
            [
                ("a strike killed three", "State media"),
                ("are in support of the border villages", "Northern Shield"),
            ],
        ),
    ],
)
def test_what_the_reporter_adds_after_a_claim_is_no_part_of_it(text, found):
    assert speakers(text) == found


def test_a_city_before_an_outlets_bracket_is_a_dateline():
    text = (
        "Head\n\nWashington (CNN) - The package has too many unanswered questions, Senate "
        "Minority Leader Martin Garrity said Monday."
    )
    assert speakers(text) == [("The package has too many unanswered questions", "Martin Garrity")]


def test_estimated_to_cost_is_a_participle_and_but_also_signaled_the_speakers_next_act():
    text = (
        "Head\n\nSpeaker Ruth Merriweather met reporters. She insisted that all options remain "
        "open, but also signaled possible agreement with the president's comment that scaling "
        "back the bill estimated to cost $900 billion might be the preferred option."
    )
    assert speakers(text) == [("all options remain open", "Ruth Merriweather")]


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Head\n\nPressed again on whether his caucus would vote no, Martin Garrity repeated: "
            "“I think we need to see the bill first.”",
            [("I think we need to see the bill first", "Martin Garrity")],
        ),
        (
            "Head\n\nDemocrats are pointing out that Republicans have begun debates before.",
            [("Republicans have begun debates before", "Democrats")],
        ),
        (
            "Head\n\nSenate Republicans are signaling they’re not going to agree to the package.",
            [("they’re not going to agree to the package", "Senate Republicans")],
        ),
    ],
)
def test_repeated_before_a_quotation_and_a_plurals_progressive_cues(text, found):
    assert speakers(text) == found


def test_a_split_quotation_after_a_long_title_and_a_party_tag():
    text = (
        'Head\n\n"We want to have a bill to go to," Senate Republican Policy Chairman Senator '
        'Colm Ardery (R-NE) said of the vote on the package, "before we vote to go to a bill."'
    )
    assert speakers(text) == [
        ("We want to have a bill to go to", "Colm Ardery"),
        ("before we vote to go to a bill", "Colm Ardery"),
    ]


def test_a_fronted_as_clause_before_a_name_is_no_part_of_the_subject():
    text = (
        "Head\n\nAs Democrats continued to grapple with the consequences of their loss, House "
        "Speaker Ruth Merriweather yesterday closed off the most obvious route, saying the House "
        "will not take up the Senate version."
    )
    assert speakers(text) == [
        ("the House will not take up the Senate version", "Ruth Merriweather")
    ]


def test_two_single_marks_typed_for_a_closing_double_one_close_the_quotation():
    text = (
        "Head\n\nSpeaker Ruth Merriweather met her caucus. “I don’t think it’s possible to pass "
        "the bill,’’ Merriweather told reporters. “I don’t see the votes for it.’’"
    )
    assert speakers(text) == [
        ("I don’t think it’s possible to pass the bill", "Ruth Merriweather"),
        ("I don’t see the votes for it", "Ruth Merriweather"),
    ]


def test_they_after_many_members_who_could_not_be_persuaded_is_those_members():
    text = (
        "Head\n\nSpeaker Ruth Merriweather said the bill was dead.\n\nBut many House members "
        "could not be persuaded to support it. They demanded that the Senate pass a separate "
        "bill."
    )
    assert speakers(text)[-1] == (
        "demanded that the Senate pass a separate bill",
        "House members",
    )


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Head\n\nIslamist group al Shabaab claimed responsibility for the bombing.",
            [("al Shabaab", "group")],
        ),
        (
            "Head\n\nIslamist group al-Dhulka claimed responsibility for the bombing.",
            [("al-Dhulka", "group")],
        ),
        (
            "Head\n\nThe al-Qaeda-linked al-Dhulka group said in a statement that the blast "
            "targeted the police.",
            [("al-Dhulka", "group")],
        ),
        (
            "Head\n\nAl Shabaab said it was behind the attack on the mall.",
            [("Al Shabaab", "group")],
        ),
    ],
)
def test_an_armed_groups_name_after_its_sort_and_whom_it_follows(text, found):
    assert names_and_kinds(text) == found


def test_a_name_after_its_affiliation_is_no_first_name_for_it_later():
    text = (
        "Head\n\nThe al-Qaeda-linked al-Dhulka group said the blast targeted the police.\n\n"
        "Al-Dhulka said the toll was higher."
    )
    assert speakers(text)[-1] == ("the toll was higher", "Al-Dhulka")


def test_its_spokesman_named_in_full_is_the_person():
    text = (
        'Head\n\nAl-Dhulka said the toll was higher. "We killed eight policemen," its military '
        "operations spokesman Abukar Gedow said."
    )
    assert speakers(text)[-1] == ("We killed eight policemen", "Abukar Gedow")


@pytest.mark.parametrize(
    "text, found",
    [
        (
            'Head\n\n"We are making progress," Qorrahi President Warsame Sheikh Halane said.',
            [("Warsame Sheikh Halane", "person")],
        ),
        (
            "Head\n\nAt least eight officers were killed, Dhuusa Barre, a local police officer, "
            "said.",
            [("Dhuusa Barre", "person")],
        ),
    ],
)
def test_a_sheikh_after_a_given_name_and_a_police_officer_in_apposition_are_a_persons(text, found):
    assert names_and_kinds(text) == found


def test_refutes_claims_is_a_cue_and_claims_after_it_a_noun():
    text = (
        "OPMC refutes claims of meeting with former rebels\n\nThe Office of the Prime Minister "
        "and Cabinet (OPMC) refutes report claiming the prime minister had met with former rebels."
    )
    assert speakers(text) == [
        (
            "refutes claims of meeting with former rebels",
            "Office of the Prime Minister and Cabinet",
        ),
        (
            "refutes report claiming the prime minister had met with former rebels",
            "Office of the Prime Minister and Cabinet",
        ),
    ]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Minister for Foreign Affairs Lina Sopu said the claims were false.", "Lina Sopu"),
        (
            "The Minister for Provincial Government and Institutional Strengthening Peni Rove "
            "said the claims were false.",
            "Peni Rove",
        ),
        ("Chairman of Government Caucus Ezra Tamboli said the claims were false.", "Ezra Tamboli"),
    ],
)
def test_an_office_for_a_portfolio_of_several_words_before_a_name_is_the_person(text, name):
    assert names_and_kinds(f"Head\n\n{text}") == [(name, "person")]


def test_a_headlines_pm_is_the_prime_minister_the_body_names():
    text = (
        "PM refutes Varo's claims\n\nPrime Minister Joram Kilua has categorically denied any "
        "involvement in the delay."
    )
    assert speakers(text)[0] == ("refutes Varo's claims", "Joram Kilua")


def test_hon_is_an_abbreviated_title_not_a_sentences_end():
    text = (
        "Head\n\nThe office refutes a report claiming Prime Minister Hon. Joram Kilua had met "
        'rebels. "I have never met them," Prime Minister Hon. Joram Kilua told reporters.'
    )
    assert speakers(text)[-1] == ("I have never met them", "Joram Kilua")
    assert speakers(text)[0][0].endswith("Hon. Joram Kilua had met rebels")


def test_a_trailing_said_may_end_with_a_document_and_when_it_was_unsealed():
    text = (
        'Head\n\nObrin "resorted to lies" to keep the scheme hidden, prosecutors have alleged in a '
        "new court filing unsealed on Wednesday."
    )
    assert speakers(text) == [('Obrin "resorted to lies" to keep the scheme hidden', "prosecutors")]


@pytest.mark.parametrize("verb", ["confirming", "disclosing"])
def test_a_statement_confirming_or_disclosing_is_its_issuers(verb):
    text = (
        f"Head\n\nNorvale Telecom, a Danish telecommunications company, today issued a statement "
        f"{verb} that it is being investigated for possible breaches of the law."
    )
    assert speakers(text) == [
        ("it is being investigated for possible breaches of the law", "Norvale Telecom")
    ]


def test_would_only_state_is_a_cue_but_the_state_that_is_not():
    text = (
        "Head\n\nCaldra Avionics, a Dutch electronics maker, would only state that the Department "
        "of Justice is examining its subsidiary. Voters in the state that Marr won were angry."
    )
    assert speakers(text) == [
        ("the Department of Justice is examining its subsidiary", "Caldra Avionics")
    ]


def test_an_oil_and_gas_producer_is_the_company_the_lede_named_not_the_regulator():
    text = (
        "SEC staff recommends action against Hethel\n\nHethel Energy Inc. said Tuesday it received a "
        "notice from the SEC.\n\nIn a securities filing, Hethel said the SEC's staff has made a "
        "preliminary decision.\n\nThe independent oil and gas producer said the staff may seek "
        "civil money penalties."
    )
    assert speakers(text)[-1] == (
        "the staff may seek civil money penalties",
        "Hethel Energy Inc.",
    )


def test_who_joined_the_subject_as_well_as_it_is_not_the_speaker():
    text = (
        "Head\n\nThe defense lawyers, as well as three former county judges, have argued that the "
        "government is trying to turn ordinary politics into a crime."
    )
    assert speakers(text) == [
        ("the government is trying to turn ordinary politics into a crime", "defense lawyers")
    ]


def test_a_documents_measure_is_not_its_name():
    text = (
        "Head\n\nAccording to the 12-count indictment, the Lorrings hosted a launch at the guest "
        "house."
    )
    assert speakers(text) == [("the Lorrings hosted a launch at the guest house", "indictment")]


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors have revealed the identity of only one of the alleged conspirators.",
        "Attempts by the Ledger to learn the identities of the two others allegedly involved in "
        "it were unsuccessful.",
    ],
)
def test_who_was_named_and_who_is_allegedly_involved_are_not_claims(text):
    assert speakers(f"Head\n\n{text}") == []


def test_a_subjects_writing_relayed_by_an_outlet_is_the_subjects_and_ends_before_the_outlet():
    text = (
        'Head\n\nThe prosecutors wrote that "the defendant\'s scheme was a private one", adding '
        'that Obrin "used his office to vouch for the money", as per the Selwick Ledger.'
    )
    assert speakers(text) == [
        ("the defendant's scheme was a private one", "prosecutors"),
        ('Obrin "used his office to vouch for the money"', "prosecutors"),
    ]


def test_that_report_is_the_report_the_company_informed_bondholders_in():
    text = (
        "Norvale under inquiry\n\nNorvale Telecom said it is cooperating with the authorities.\n\n"
        "Norvale bondholders were told of the inquiry by the company in a report last week. It is "
        "understood that report stated that the outcome could not be predicted."
    )
    assert speakers(text)[-1] == ("the outcome could not be predicted", "Norvale Telecom")


def test_a_passive_be_reported_as_is_no_cue():
    text = (
        "Head\n\nRecent illnesses may not yet be reported as it usually takes two to four weeks "
        "to link an illness to an outbreak."
    )
    assert speakers(text) == []


@pytest.mark.parametrize(
    "opening",
    ["A statement was released from Dr. Lena Hovas", "The doctor Lena Hovas released a statement"],
)
def test_a_statement_which_said_in_part_is_its_senders(opening):
    text = (
        f'Head\n\n{opening}, which said in part, "We are assisting federal investigators in '
        'tracing the salad mix."'
    )
    assert speakers(text) == [
        ("We are assisting federal investigators in tracing the salad mix", "Lena Hovas")
    ]


def test_they_after_a_places_officials_did_something_are_those_officials():
    text = (
        "Head\n\nThe Vessa County health department has announced its investigation revealed "
        "salad mixes are linked to the outbreak.\n\nOrlen County officials have honed in on a "
        "particular salad mix. They said no locally grown produce was part of this outbreak."
    )
    assert speakers(text)[-1] == (
        "no locally grown produce was part of this outbreak",
        "Orlen County officials",
    )


def test_that_means_after_say_is_the_claims_subject_and_both_subjects_speak():
    text = (
        "Head\n\nKestin County fire officials and emergency response experts say that means it's "
        "wise to pack a bag now."
    )
    assert speakers(text) == [
        (
            "that means it's wise to pack a bag now",
            "Kestin County fire officials and emergency response experts",
        )
    ]


def test_a_claim_opening_with_when_after_a_fronted_place_may_be_according_to_someone():
    text = (
        "Head\n\nIn Kestin County, when an evacuation order has been issued, it means people "
        "should leave at once, according to the county emergency office."
    )
    assert speakers(text) == [
        (
            "when an evacuation order has been issued, it means people should leave at once",
            "county emergency office",
        )
    ]


def test_a_but_clause_in_the_present_after_a_present_cue_is_still_the_speakers():
    text = (
        "Head\n\nTomas Welker said crews had to rescue a man. Welker says crews will always try "
        "to save lives, but the effort can sometimes drain engines needed elsewhere."
    )
    assert speakers(text)[-1] == (
        "crews will always try to save lives, but the effort can sometimes drain engines needed "
        "elsewhere",
        "Tomas Welker",
    )


def test_said_today_before_a_quantity_is_when_not_the_claim():
    text = "Head\n\nFire chief Ada Brunn said today more attention must be given to orders."
    assert speakers(text) == [("more attention must be given to orders", "Ada Brunn")]


def test_the_spokesperson_is_the_one_just_quoted_not_the_body_the_claim_names():
    text = (
        'Head\n\nA spokesperson with the Pinecrest Valley Regional Airport said they could "confirm '
        'that there was an unscheduled inbound flight."\n\nThe FBI has taken over the case, the '
        "spokesperson said."
    )
    assert speakers(text)[-1] == (
        "The FBI has taken over the case",
        "Pinecrest Valley Regional Airport",
    )


def test_confirmed_the_incident_in_a_statement_to_an_outlet_is_no_claim_but_what_it_added_is():
    text = (
        "Head\n\nThe FBI confirmed the incident in a statement to KRLN News, adding that the "
        "passenger had been taken into custody."
    )
    assert speakers(text) == [("the passenger had been taken into custody", "FBI")]


def test_confirmed_to_an_outlet_by_name_before_that_is_where_not_the_claim():
    text = "Head\n\nThe FAA also confirmed to KRLN News that cabin crew reported a disturbance."
    assert speakers(text) == [("cabin crew reported a disturbance", "FAA")]


def test_the_agency_is_not_a_body_named_inside_its_own_quotation():
    text = (
        "Head\n\nThe Federal Aviation Administration said the crew declared an emergency.\n\n"
        '"The aircraft was met by the Transportation Security Administration and local police," '
        "the agency said in a statement."
    )
    assert speakers(text)[-1] == (
        "The aircraft was met by the Transportation Security Administration and local police",
        "Federal Aviation Administration",
    )


def test_a_body_with_its_initials_said_according_to_an_outlet_named_before_is_the_bodys():
    text = (
        "Head\n\nAccording to a report from CBS affiliate KRLN, the flight was diverted.\n\nThe "
        "Federal Aviation Administration (FAA) said a passenger did not discharge the spray on "
        "purpose, according to KRLN."
    )
    assert speakers(text)[-1] == (
        "a passenger did not discharge the spray on purpose",
        "Federal Aviation Administration",
    )


def test_initials_stand_in_a_trailing_speakers_name():
    text = (
        "Head\n\nDorrance County Sheriff's deputies responded to a reported prowler call in the "
        "area of Sagehill and Holm Roads in Larkfield at about 3 a.m. on Monday, Sheriff R.J. "
        "Tamsett said in a press release."
    )
    assert [(s.source_name, s.pattern) for s in suggest_claims(text, REGISTRY)] == [
        ("R.J. Tamsett", "trailing_said")
    ]


def test_noted_this_was_keeps_the_demonstrative_as_the_claims_subject():
    text = "Head\n\nRuth Amsel noted this was the first shooting involving her deputies since 2019."
    assert speakers(text) == [
        ("this was the first shooting involving her deputies since 2019", "Ruth Amsel")
    ]


def test_is_reporting_is_a_cue_but_not_reporting_live():
    text = (
        "Head\n\nThe Quenby County Sheriff's Office is reporting one of its deputies was shot "
        "early Thursday. Our correspondent is reporting live from the scene where crowds were "
        "gathering."
    )
    assert speakers(text) == [
        ("one of its deputies was shot early Thursday", "Quenby County Sheriff's Office")
    ]


def test_the_post_is_the_one_a_body_said_something_in_and_its_quotation_may_go_on():
    text = (
        "Head\n\nIn a post on its Facebook page, the Quenby County Sheriff's Office said deputies "
        'responded to a domestic incident.\n\n"Upon arrival, the suspect began shooting at the '
        'deputies," the post continued, and one deputy was "struck by gunfire."\n\nThe '
        "deputy's condition is unknown, according to the post."
    )
    assert speakers(text)[1:] == [
        (
            "Upon arrival, the suspect began shooting at the deputies",
            "Quenby County Sheriff's Office",
        ),
        ("The deputy's condition is unknown", "Quenby County Sheriff's Office"),
    ]


@pytest.mark.parametrize("participle", ["saying", "stating"])
def test_a_quotation_opening_with_if_after_a_participle_is_no_question(participle):
    text = (
        f"Head\n\nCouncillor Ruth Okonta remarked on the importance of trust, {participle}, "
        '"If the mayor\'s word is good enough, I do not see a need for the resolution."'
    )
    assert speakers(text) == [
        (
            "If the mayor's word is good enough, I do not see a need for the resolution",
            "Ruth Okonta",
        )
    ]


def test_conversely_opens_a_sentence_and_argued_over_is_a_quarrel():
    text = (
        "Head\n\nHarlen council members argued on Tuesday over a resolution on the housing "
        "project.\n\nConversely, Mayor Ines Dorrell raised concerns about the resolution, "
        "suggesting it reflected a lack of trust in her commitment to the project."
    )
    assert speakers(text) == [
        ("it reflected a lack of trust in her commitment to the project", "Ines Dorrell")
    ]


def test_points_out_before_a_clause_without_that_is_a_cue():
    text = (
        "Head\n\nMayor Dale Garlow rejects the bloc's approach. He points out the council last "
        "summer voted for the spending plan he submitted."
    )
    assert speakers(text)[-1] == (
        "the council last summer voted for the spending plan he submitted",
        "Dale Garlow",
    )


def test_would_note_further_only_that_is_a_cue():
    text = (
        "Head\n\nMayor Dale Garlow has said the plan is fair. The mayor would note further only "
        'that he earned the "confidence" of voters in the last election.'
    )
    assert speakers(text)[-1] == (
        'he earned the "confidence" of voters in the last election',
        "Dale Garlow",
    )


def test_a_headline_whose_cue_ends_it_keeps_the_words_before_it():
    text = (
        "Reefs face threat to survival, scientists warn\n\nA group of marine scientists warned "
        "that warming seas would push most reefs past recovery."
    )
    assert speakers(text)[0] == (
        "Reefs face threat to survival",
        "A group of marine scientists",
    )


def test_a_named_chair_in_an_apposition_is_no_persons_name():
    text = (
        '"At eye opening, these animals are already capable of sophisticated behaviour," says '
        "senior study author Petra Voskuijlen, the Aldous Fenwick Professor of Neuroscience and "
        "Professor of Ophthalmology, in a university release."
    )
    assert speakers(f"Head\n\n{text}") == [
        (
            "At eye opening, these animals are already capable of sophisticated behaviour",
            "Petra Voskuijlen",
        )
    ]


def test_what_follows_a_colon_is_what_researchers_from_a_university_say():
    text = (
        "Head\n\nResearchers from Elmsford University are offering up an explanation: Before "
        "birth, they say, the brain rehearses the world it is about to enter."
    )
    assert speakers(text) == [
        (
            "Before birth, they say, the brain rehearses the world it is about to enter",
            "Elmsford University",
        )
    ]


def test_a_study_in_a_headline_is_not_its_authors():
    text = (
        "Mice rehearse sight before birth, study finds\n\nResearchers from Elmsford University "
        "say the brain rehearses the world it is about to enter.\n\n"
        '"These animals are ready," says senior study author Petra Voskuijlen.'
    )
    assert speakers(text)[0] == ("Mice rehearse sight before birth", "Elmsford University")


def test_a_counted_description_refers_back():
    text = (
        "Head\n\nA group of marine scientists warned that reefs were failing. The 23 scientists "
        "on Tuesday published an assessment, warning that the damage is happening faster than "
        "expected."
    )
    assert speakers(text)[-1] == (
        "the damage is happening faster than expected",
        "A group of marine scientists",
    )


@pytest.mark.parametrize("noun", ["journalist", "reporter"])
def test_a_journalist_quoted_is_a_person(noun):
    text = f'Head\n\nAs one {noun} covering the research put it, "The reefs are running out."'
    assert names_and_kinds(text) == [(f"one {noun} covering the research", "person")]


def test_an_aside_naming_the_subject_is_no_tail_when_its_verb_follows():
    text = (
        "Head\n\nThe new flagship, which some reviewers have dubbed the Slab, will have a "
        "6.5-inch screen, one source with knowledge of the matter told Reuters in December."
    )
    assert speakers(text) == [
        (
            "The new flagship, which some reviewers have dubbed the Slab, will have a 6.5-inch "
            "screen",
            "one source with knowledge of the matter",
        )
    ]


def test_a_spokeswoman_opening_a_paragraph_speaks_for_the_body_the_last_was_about():
    text = (
        "Phone news\n\nKorvin Technologies this week claimed that it is working on a new "
        "handset.\n\nThe Chinese phone maker went further, saying the phone would be sold by "
        "Telvane in the spring.\n\nBut Telvane UK refused to confirm or deny the manufacturer's "
        'statement.\n\nA spokeswoman told Handset Weekly: "We have nothing to add before then."'
        "\n\nShe did however say the operator was looking at a number of handset makers.\n\n"
        "Although Korvin had not responded to our requests for comment, the announcement "
        "claimed that the new model would be its K40.\n\nAt the time, it said the K40 would "
        "feature a 6-inch touchscreen."
    )
    assert [name for _, name in speakers(text)] == [
        "Korvin Technologies",
        "Korvin Technologies",
        "Telvane UK",
        "Telvane UK",
        "Korvin Technologies",
        "Korvin Technologies",
    ]


def test_a_body_first_named_by_one_word_takes_its_full_name():
    text = (
        "Korvin phone touted\n\nKorvin claims it is working on the next smartphone to be sold in "
        "Europe.\n\nKorvin Technologies this week claimed that it is working on a new handset."
        "\n\nBoth Pellavi and Quarrick Mobile have also said they have handsets in development."
    )
    assert [name for _, name in speakers(text)] == [
        "Korvin Technologies",
        "Korvin Technologies",
        "Pellavi and Quarrick Mobile",
    ]


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        (
            "according to announcements Tarvo made on 7 and 8 January at the Expo in Las Vegas",
            "Tarvo",
        ),
        ("according to the latest surveys by Nielbrook", "Nielbrook"),
    ],
)
def test_a_document_names_whose_it_is(tail, name):
    text = f"Head\n\nThe six new models will be sold only in Corvania at first, {tail}."
    assert speakers(text) == [("The six new models will be sold only in Corvania at first", name)]


def test_confirming_the_news_is_no_claim_and_the_emailed_statement_is_theirs():
    text = (
        "Head\n\nThe pop singer's representatives Dena Ashworth-Lee and Lyle Pembury confirmed "
        'the news Friday in a statement to The Associated Press.\n\n"Marisol and her partner '
        'have separated," the emailed statement said.'
    )
    assert speakers(text) == [
        ("Marisol and her partner have separated", "Dena Ashworth-Lee and Lyle Pembury")
    ]


def test_two_described_people_speak_together_and_the_couple_is_them():
    text = (
        "Cole and Ibarra said to be 'working through some things'\n\nSinger Nadia Cole and "
        "former baseball star Rafael Ibarra said on Saturday they are still a couple.\n\nIn a "
        "statement reported by Stargaze magazine, the couple said they are working through "
        "some things."
    )
    assert speakers(text) == [
        ("they are still a couple", "Nadia Cole and Rafael Ibarra"),
        ("they are working through some things", "Nadia Cole and Rafael Ibarra"),
    ]


def test_the_singer_and_actor_are_the_two_named_with_those_words():
    text = (
        "Head\n\nSinger Fenna and actor Jack Tennick, who separated in January, are now "
        "confirming it publicly.\n\nThe singer and actor confirmed Thursday that they had "
        "decided to split up earlier this year."
    )
    assert speakers(text) == [
        ("they had decided to split up earlier this year", "Fenna and Jack Tennick")
    ]


def test_an_opening_phrase_before_a_colon_and_quotation_is_no_speaker():
    text = (
        "Head\n\nAs recently as January, the couple were together celebrating their "
        'anniversary in pictures online: "Eight years! Love you," he posted.'
    )
    assert "As" not in [name for _, name in speakers(text)]


@pytest.mark.parametrize("after", ["", " on the March data"])
def test_commented_ends_a_trailing_attribution(after):
    text = (
        "Head\n\nThe rise in core inflation points to widespread price pressures, analysts "
        f"commented{after}."
    )
    assert speakers(text) == [
        ("The rise in core inflation points to widespread price pressures", "analysts")
    ]


def test_the_familys_lawyer_is_the_lawyer_named_next_not_the_family():
    text = (
        "Lawyer says boy came to US the right way\n\nThe 6-year-old Teodoro Quiroga and his "
        'father came to the country the "right" way, the family\'s lawyer said Thursday.\n\n'
        "The lawyer for Teodoro and his father, Hollis Vennegoor, says they came into the "
        "country the legal way."
    )
    assert {name for _, name in speakers(text)} == {"Hollis Vennegoor"}


def test_continues_to_say_is_a_cue():
    text = (
        "Head\n\nHollis Vennegoor says the father is held in Texas. He continues to say that "
        'immigration violations are "civil in nature."'
    )
    assert speakers(text)[-1] == (
        'immigration violations are "civil in nature."',
        "Hollis Vennegoor",
    )


def test_an_agency_whose_name_has_and_is_no_pair_of_people():
    text = (
        "Head\n\nIn a post on X, US Immigration and Customs Enforcement denied the child had "
        "been detained. It said agents had tried to return the boy to relatives."
    )
    assert names_and_kinds(text)[-1] == ("US Immigration and Customs Enforcement", "organisation")


def test_as_someone_tells_a_reporter_names_the_claim_after_the_comma():
    text = (
        "Head\n\nAs one meteorologist at the Weather Service tells WDKS's Dana Quillfeather, "
        "the warnings are still valid."
    )
    assert speakers(text) == [("the warnings are still valid", "Weather Service")]


def test_a_role_at_a_body_after_thats_and_a_name_is_not_the_name():
    text = (
        "Head\n\nThat’s Reid Corrigall, Science Officer at the Weather Service. He says he "
        "stands by the forecast showing the biggest impacts late this afternoon."
    )
    assert speakers(text) == [
        (
            "he stands by the forecast showing the biggest impacts late this afternoon",
            "Reid Corrigall",
        )
    ]


def test_a_clause_after_says_and_a_name_is_no_apposition():
    text = (
        "Head\n\nReid Corrigall said the storm was coming. When people wake up tomorrow "
        "morning, says Corrigall, they can expect a layer of ice, probably covered with snow."
    )
    assert speakers(text)[-1] == (
        "they can expect a layer of ice, probably covered with snow",
        "Reid Corrigall",
    )


def test_a_continent_is_part_of_a_bodys_name():
    text = (
        "Head\n\nThe Organization for Security and Cooperation in Europe noted a lack of "
        "political alternatives at the election."
    )
    assert names_and_kinds(text) == [
        ("Organization for Security and Cooperation in Europe", "organisation")
    ]


def test_a_described_body_with_a_names_capitals_is_not_the_next_body_to_speak():
    text = (
        "Head\n\nA European Union observer mission said the elections were marred by violence "
        "and a climate of fear.\n\nA Pravenko spokesman dismissed the EU statement as "
        "“unfounded”, saying the elections passed off smoothly."
    )
    assert speakers(text)[0] == (
        "the elections were marred by violence and a climate of fear",
        "A European Union observer mission",
    )


def test_a_club_named_like_a_person_and_a_player_described_with_his_age():
    text = (
        "Head\n\nEnglish Premier League club, Aston Bridge, has announced the signing of "
        "Portuguese midfielder, Tiago Ferraz, from Southbay.\n\nAfter completing the move, the "
        "21-year-old midfielder described the transfer as a dream come true."
    )
    assert names_and_kinds(text) == [
        ("Aston Bridge", "organisation"),
        ("Tiago Ferraz", "person"),
    ]


@pytest.mark.parametrize(
    ("sentence", "claim", "name"),
    [
        (
            "Union representatives last week filed a complaint with the National Labour Board "
            "claiming company representatives were not bargaining in good faith.",
            "company representatives were not bargaining in good faith",
            "Union representatives",
        ),
        (
            "Two former engineers also filed a lawsuit against the company on Friday alleging "
            "that they were dismissed for raising safety concerns.",
            "they were dismissed for raising safety concerns",
            "Two former engineers",
        ),
    ],
)
def test_a_complaint_or_lawsuit_filed_says_what_its_filers_claim(sentence, claim, name):
    assert speakers(f"Head\n\n{sentence}") == [(claim, name)]


@pytest.mark.parametrize("between", [" ", "\n\nUnless a compromise is found, "])
def test_the_union_after_its_officer_is_the_body_her_title_gave(between):
    text = (
        "Head\n\nTMU spokeswoman Judith Weymont said the union would report back to its "
        f"members.{between}the union has said it would hold a strike ballot in October."
    ).replace(". the union", ". The union")
    assert speakers(text)[-1] == ("it would hold a strike ballot in October", "TMU")


@pytest.mark.parametrize("role", ["CEO of St. Tessaro's", "chief executive of St. Tessaro's"])
def test_a_role_at_a_saints_name_is_the_apposition_not_the_speaker(role):
    text = f"Head\n\nMara Quillbrook, {role}, said Monday that there had been no data breach."
    assert speakers(text) == [("there had been no data breach", "Mara Quillbrook")]


def test_a_cause_to_blame_in_a_headline_is_no_accusation():
    (found,) = suggest_claims(
        "Ransomware reportedly to blame for outage at hospital chain\n\nBody.", REGISTRY
    )
    assert (found.text, found.source_name) == (
        "Ransomware reportedly to blame for outage at hospital chain",
        None,
    )


@pytest.mark.parametrize(
    ("lede", "mention"),
    [
        (
            "Health care provider Veldran Health Services, one of the largest chains in the "
            "country, has been hit by a ransomware attack.",
            "The hospital system, which has more than 300 locations,",
        ),
        (
            "Lindell Children's Hospital became aware of the incident on Monday.",
            "The hospital warning",
        ),
    ],
)
def test_a_description_of_the_body_the_lede_named_is_that_body(lede, mention):
    name = "Veldran Health Services" if "Veldran" in lede else "Lindell Children's Hospital"
    text = f"Head\n\n{lede}\n\n{mention} said its network was offline."
    assert speakers(text) == [("its network was offline", name)]


def test_information_on_a_bodys_website_is_the_bodys():
    text = (
        "Head\n\nOstlin Health Group, or OHG, was hit with a ransomware attack on Sunday.\n\n"
        "According to information on the OHG website, the company runs 250 hospitals."
    )
    assert speakers(text)[-1] == ("the company runs 250 hospitals", "Ostlin Health Group")


def test_that_after_an_audience_opens_a_clause_though_the_parse_reads_an_object():
    text = (
        "Head\n\nA passenger told the Fenmore Courier that panic and confusion ensued when the "
        "pilot announced that they should prepare for a water landing."
    )
    assert speakers(text) == [
        (
            "panic and confusion ensued when the pilot announced that they should prepare for a "
            "water landing",
            "A passenger",
        )
    ]


def test_a_quoted_phrase_with_its_comma_inside_keeps_the_subjects_verb():
    text = (
        "Head\n\nBoard chairman Tomas Reyl said investigators were treating it as an engine "
        'failure.\n\nClassifying it as an "uncontained engine failure," he said, depends on '
        "where the parts originated."
    )
    assert speakers(text)[-1] == (
        'Classifying it as an "uncontained engine failure," he said, depends on where the parts '
        "originated",
        "Tomas Reyl",
    )


def test_a_statement_issued_with_a_comma_before_its_quotation():
    text = (
        'Head\n\nNorwind, which operates the route as Skylane, issued a statement, "After a '
        'routine flight, passengers deplaned through the main cabin door."'
    )
    assert speakers(text) == [
        ("After a routine flight, passengers deplaned through the main cabin door", "Norwind")
    ]


def test_where_a_company_is_based_is_part_of_the_subject_not_a_tail():
    text = (
        "Head\n\nThe Corvell Fresh Group, which is based in Fenmore, Md., is recalling food "
        "products, according to an announcement released by the FDA."
    )
    assert speakers(text)[0][0] == (
        "The Corvell Fresh Group, which is based in Fenmore, Md., is recalling food products"
    )


def test_the_company_is_the_one_that_opened_a_paragraph_not_a_public_body_named_next():
    text = (
        "Head\n\nThe Corvell Fresh Group is recalling food products sold last week.\n\n"
        "Listeria is a bacterium that can cause serious illness.\n\n"
        "The company said the products were sold across several states.\n\n"
        "The Centers for Disease Control and Prevention says symptoms can include fever."
    )
    assert speakers(text)[0] == (
        "the products were sold across several states",
        "Corvell Fresh Group",
    )


@pytest.mark.parametrize(
    ("headline", "claim"),
    [
        (
            "Plane turns back after technical issue, pilot warns of water landing",
            "warns of water landing",
        ),
        (
            "Plane Bound for Fenmore Faces Technical Issue, Pilot Warns Passengers of Possible "
            "Water Landing",
            "Warns Passengers of Possible Water Landing",
        ),
    ],
)
def test_a_second_clauses_warning_in_a_headline_is_the_pilots_with_its_verb(headline, claim):
    (found,) = suggest_claims(f"{headline}\n\nBody.", REGISTRY)
    assert (found.text, found.source_name.casefold(), found.source_kind) == (
        claim,
        "pilot",
        "person",
    )


def test_a_short_name_written_as_a_word_is_the_body_it_stands_for():
    text = (
        "Head\n\nThe World Anti-Doping Association (Wada) has appealed against the decision.\n\n"
        "Wada has told BBC Sport it lodged an appeal on 4 June."
    )
    assert names_and_kinds(text)[0][0] == "World Anti-Doping Association"


@pytest.mark.parametrize("sport", ["cyclist", "sprinter", "swimmer"])
def test_the_athlete_is_the_one_the_article_described_so(sport):
    text = (
        f"Head\n\nThe agency has appealed against the decision not to sanction British {sport} "
        f"Nell Tamberly.\n\nThe {sport} said formoterol is something she had taken for years."
    )
    assert names_and_kinds(text) == [("Nell Tamberly", "person")]


def test_a_second_verb_after_but_still_is_a_second_claim():
    text = (
        "Head\n\nCyclist Tom Reddan said he would appeal.\n\nHe acknowledged that he failed to "
        "check the medication was approved, but still said he would appeal."
    )
    assert [claim for claim, _ in speakers(text)][1:] == [
        "he failed to check the medication was approved",
        "he would appeal",
    ]


def test_a_noun_phrase_before_another_is_not_the_description_named():
    text = (
        "Head\n\nTarnwell Aerospace halted the launch.\n\nThe earliest time the company can try "
        "again is Sunday, the company said."
    )
    assert names_and_kinds(text) == [("Tarnwell Aerospace", "organisation")]


def test_two_titled_people_each_of_their_place_are_the_two():
    text = (
        "Head\n\nSuperintendent Ilsa Ostara of Penwick and Superintendent Tomas Ebbe of Wendmoor "
        'issued the following joint statement:\n\n"We believe closing the districts will help," '
        "they said."
    )
    assert names_and_kinds(text) == [("Ilsa Ostara and Tomas Ebbe", "person")]


@pytest.mark.parametrize("reflexive", ["himself", "herself"])
def test_a_reflexive_after_a_name_is_no_part_of_it(reflexive):
    text = f"Head\n\nOn Monday, President Arlen Dellacourt {reflexive} urged families to stay home."
    assert names_and_kinds(text) == [("Arlen Dellacourt", "person")]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Superintendents to Federal Government: Give Us Clear Direction on Closures",
            [("Give Us Clear Direction on Closures", "Superintendents")],
        ),
        ("Bid to Boost Sales: Retailer Unveils New Loyalty Scheme", []),
    ],
)
def test_a_headline_from_whom_to_whom_then_what_they_say(headline, expected):
    assert speakers(f"{headline}\n\nBody.") == expected


def test_neither_nor_names_no_one_who_spoke():
    text = (
        "Head\n\nBut neither Dellacourt nor members of his task force explicitly called for "
        "schools to close."
    )
    assert speakers(text) == []


@pytest.mark.parametrize(
    ("described", "name"),
    [
        ("Dealer Callum Dunaway", "Callum Dunaway"),
        ("Marketing Manager Lise Lindgard", "Lise Lindgard"),
        ("Collector Ottilie Compton", "Ottilie Compton"),
    ],
)
def test_a_trade_or_a_managers_title_before_a_name_is_no_part_of_it(described, name):
    text = f"Head\n\n{described} said the dealer bought the painting at an estate sale."
    assert names_and_kinds(text) == [(name, "person")]


@pytest.mark.parametrize("verb", ["confirmed", "acknowledged", "conceded"])
def test_a_sentence_closed_by_who_confirmed_it_is_theirs(verb):
    text = (
        "Head\n\nInvestigators still do not know what caused the derailment, but speed was not a "
        f"factor, {verb} Federal Railroad Administration spokesman Dale Harkin."
    )
    assert speakers(text) == [
        (
            "Investigators still do not know what caused the derailment, but speed was not a "
            "factor",
            "Dale Harkin",
        )
    ]


def test_what_a_speaker_read_from_a_recorder_is_the_speakers():
    text = (
        "Head\n\nFederal Railroad Administration spokesman Dale Harkin spoke on Monday.\n\n"
        "Harkin said the train was traveling 31 miles per hour when it left the tracks, "
        "according to the train's event recorder."
    )
    assert speakers(text)[-1] == (
        "the train was traveling 31 miles per hour when it left the tracks",
        "Dale Harkin",
    )


@pytest.mark.parametrize("title", ["CPRO", "PRO"])
def test_a_public_relations_officers_title_is_no_part_of_the_name(title):
    text = f"Head\n\nNorthern Frontier Railway {title} Anil Sethuram said that three people died."
    assert names_and_kinds(text) == [("Anil Sethuram", "person")]


@pytest.mark.parametrize("dateline", ["Kandivali: ", "Velmora, Mar 14: "])
def test_a_city_and_a_colon_opening_the_first_paragraph_is_a_dateline(dateline):
    text = f"Head\n\n{dateline}One person died after a container fell on him, officials said."
    assert speakers(text) == [("One person died after a container fell on him", "officials")]


def test_a_city_and_a_colon_later_in_the_article_is_left_as_it_is():
    text = (
        "Head\n\nThe yard reopened on Wednesday, officials said.\n\n"
        "Kandivali: Trains ran late all day, officials said."
    )
    assert speakers(text)[-1][0] == "Kandivali: Trains ran late all day"


def test_they_in_a_sentence_is_not_its_singular_subject():
    text = (
        "Head\n\nOne person died on Tuesday at the Kandivali yard, officials said.\n\n"
        "The Coastal Railway has ordered an inquiry into the incident, they said."
    )
    assert speakers(text)[-1] == (
        "The Coastal Railway has ordered an inquiry into the incident",
        "officials",
    )


def test_a_clauses_opening_word_is_no_first_name_of_the_body_after_it():
    text = (
        "Head\n\nWhile Orlane claims it has reached a milestone, the Coast Guard says it is far "
        "from over.\n\nOrlane said late Tuesday it had spent $2 billion."
    )
    assert names_and_kinds(text)[-1] == ("Orlane", "organisation")


def test_a_company_described_is_the_one_whose_well_leaked_not_the_coast_guard():
    text = (
        "Head\n\nThe Coast Guard said it was beginning routine inspections on Thursday.\n\n"
        "Three years ago, oil leaked from Orlane's Morven well and spread to shore. The oil was "
        "cleared that year, but the Aberdeen oil company said late Tuesday it had spent $2 "
        "billion."
    )
    assert names_and_kinds(text) == [("Coast Guard", "government"), ("Orlane", "organisation")]


@pytest.mark.parametrize(
    "headline",
    [
        "Coast Guard Responds to Reports of Oil Near Obrecht Island",
        "Minister Responds to Reports He Will Resign",
    ],
)
def test_a_headline_responding_to_reports_names_no_speaker(headline):
    assert speakers(f"{headline}\n\nThe Coast Guard is working with Orlane on Thursday.") == []


def test_what_a_companys_press_release_goes_on_to_say_is_the_companys():
    text = (
        "Head\n\nOrlane announced the end of the cleanup on Tuesday.\n\n"
        '"The cleanup is helping the coast return to its baseline condition," the company\'s '
        "press release goes on to say."
    )
    assert speakers(text)[-1] == (
        "The cleanup is helping the coast return to its baseline condition",
        "Orlane",
    )


def test_what_a_statement_prompted_a_named_person_to_do_is_the_reporters():
    text = (
        "Head\n\nOrlane announced that the cleanup of the coast was over, prompting Coast Guard "
        "Capt. Ruth Tessmer to issue a rebuttal."
    )
    assert speakers(text) == [("the cleanup of the coast was over", "Orlane")]


def test_a_described_speaker_relayed_by_a_papers_report_is_the_speaker():
    text = (
        "Head\n\nThe Saltry Gazette reported on the dispute.\n\nTessmer, who is the federal "
        'on-scene coordinator for the spill, said she "had significant problems with the '
        'release," according to the report.'
    )
    assert speakers(text)[-1] == ('she "had significant problems with the release,"', "Tessmer")


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Coast Guard: Ilbrook coast cleanup 'far from over'", "Coast Guard"),
        ("Police: Ilbrook man arrested after chase", "Police"),
        ("Ukraine: Russia fires 30 drones overnight", None),
    ],
)
def test_a_public_service_before_a_headlines_colon_is_who_speaks(headline, expected):
    found = speakers(f"{headline}\n\nThe service spoke on Tuesday.")
    assert [source for _, source in found] == ([expected] if expected else [])


def test_a_statement_denying_something_keeps_its_verb():
    text = (
        "Head\n\nMarco Vasquel, an Orlane spokesman, issued a statement denying that the release "
        "was meant to mislead the public."
    )
    assert speakers(text) == [
        ("denying that the release was meant to mislead the public", "Marco Vasquel")
    ]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Animal shot with tranquiliser dart after zoo said it was 'managing an incident'", "zoo"),
        ("The man fled the scene after police said he had been seen.", "police"),
    ],
)
def test_who_said_it_opens_the_clause_after_its_subordinator(sentence, who):
    assert [source for _, source in speakers(f"Head\n\n{sentence}")] == [who]


def test_a_bodys_specialist_is_a_person():
    text = (
        'Head\n\n"The team is relieved he is back with his family," said Nella Sorrowby, the '
        "zoo's communications specialist."
    )
    assert names_and_kinds(text) == [("Nella Sorrowby", "person")]


def test_a_wildlife_park_is_a_body_the_park_refers_back_to():
    text = (
        "Head\n\nTollard Wildlife Park was placed under lockdown on Thursday. The park said it "
        "was managing an incident."
    )
    assert names_and_kinds(text) == [("Tollard Wildlife Park", "organisation")]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to an update from USA Today, the tombs were part of a noble cemetery.",
        "The tombs were part of a noble cemetery, USA Today reported.",
    ],
)
def test_a_titles_today_is_no_time_cut_from_the_outlets_name(sentence):
    assert names_and_kinds(f"Head\n\n{sentence}") == [("USA Today", "media")]


def test_a_speakers_today_at_the_end_is_still_a_time():
    text = "Head\n\nThe tombs were part of a noble cemetery, the minister said today."
    assert [source for _, source in speakers(text)] == ["minister"]


def test_pm_before_a_name_is_a_title():
    text = "Head\n\nPM Ragna Solveigsdottir called for calm on Sunday."
    assert names_and_kinds(text) == [("Ragna Solveigsdottir", "person")]


def test_the_channel_after_via_is_not_what_was_confirmed():
    text = (
        "Head\n\nPresident Einar Brennfell confirmed via social media that there was no "
        "immediate danger to human lives."
    )
    assert speakers(text) == [("there was no immediate danger to human lives", "Einar Brennfell")]


def test_a_warning_issued_stating_something_is_a_statement():
    text = (
        "Head\n\nThe Kaldish Meteorological Office issued a warning on its website stating, "
        '"An eruption has started north of Hallvik."'
    )
    assert speakers(text) == [
        ("An eruption has started north of Hallvik", "Kaldish Meteorological Office")
    ]


def test_a_headlines_first_word_is_no_person_for_a_role_to_mean():
    text = (
        "Lava reaches Hallvik as volcano erupts again\n\nAt least three homes have burned, with "
        'the prime minister calling it "a black day".'
    )
    assert [source for _, source in speakers(text)] == ["prime minister"]


def test_the_prime_minister_is_the_pm_named_below():
    text = (
        "Lava reaches Hallvik\n\nThree homes have burned, with the prime minister calling it "
        '"a black day".\n\nPM Ragna Solveigsdottir called for calm.'
    )
    assert [source for _, source in speakers(text)] == ["Ragna Solveigsdottir"] * 2


def test_a_countrys_agency_described_is_the_initials_it_goes_by_below():
    text = (
        "Head\n\nSanvera on Sunday ended its search for victims, its disaster agency said.\n\n"
        "At least 64 people died, according to disaster agency SINAPRO."
    )
    assert [source for _, source in speakers(text)] == ["SINAPRO", "SINAPRO"]
