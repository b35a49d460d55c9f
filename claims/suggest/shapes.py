"""The attribution shapes of news text, sentence by sentence: which pattern fits, where the
claim's passage lies, and the sentences that hold two claims or go on quoting."""

import re
from dataclasses import replace

from claims.suggest.matching import guess_kind
from claims.suggest.passages import (
    ReadingState,
    Speaker,
    Suggestion,
    clean_mention,
    mention_span,
    opens_quote_without_closing,
    speaker_of,
    trim_passage,
)
from claims.suggest.patterns import (
    ADDING,
    AFTERMATH,
    AND_POINTED,
    AND_SAID,
    ANONYMOUS,
    BARE_SAID,
    DATELINE_TEXT,
    DISMISSED_AS,
    GOES_ON,
    HEADLINE,
    HEADLINE_AFTER,
    HEADLINE_AFTER_EVENT,
    HEADLINE_ALSO,
    HEADLINE_COLON_SPEAKER,
    HEADLINE_CUE_FIRST,
    HEADLINE_FIRST_VERB,
    HEADLINE_NAME_COLON,
    HEADLINE_NAME_QUOTE,
    HEADLINE_QUOTE,
    HEADLINE_TO_WHOM,
    HEDGES,
    LEADING_ADVERBIAL,
    LISTED_NAME,
    NAME_COMMA,
    ONLY_REPORTS,
    OPENING_CONJUNCTION,
    OTHERS_NAMING,
    PARTY_TAG,
    PATTERNS,
    PHRASE_CHAR,
    PHRASE_COMMA,
    PRONOUNS,
    PROPER_NAME,
    QUESTION_WORDS,
    RENEWED_CALL,
    SPLIT_QUOTE,
    SPLITTERS,
    SPOKE_ANONYMOUSLY,
    SUBORDINATE_TAIL,
    SUPERLATIVE,
    THATS_ACCORDING,
    TITLE,
    TRAILING_SAID,
    VERB_IS_THE_CLAIM,
    WARNED_WHOM,
    WHAT_THEY_CALLED,
    WHOLE_QUOTE,
)
from claims.suggest.speakers import (
    DESCRIBED_BODIES,
    NAMING_WINDOW,
    RELEASED_BY,
    STUDIES,
    THREE_LISTED,
    plausible_subject,
    written_thing,
)
from claims.text.furniture import is_furniture
from claims.text.sentences import WEEKDAY

# Who obtained or saw a document, not who says what is in it.
PROVENANCE = re.compile(
    r"^(?:a copy of\s+)?(?:the|an?)\s+.{0,60}\b(?:obtained|seen|reviewed)\s+by\b"
)
NAME_LINKS = frozenset({"of", "the", "for", "and", "de", "al"})
# Cue words that are as often nouns ("after reports that …"): the parse says which.
NOUN_OR_CUE = frozenset(
    {"reports", "claims", "claim", "estimates", "notes", "states", "fears", "fear", "demands",
     "promises", "counters", "estimate", "note", "pledges", "dispute", "disputes", "blame",
     "question", "warning", "warnings", "vows", "vow", "reported", "alleged"}
)  # fmt: skip


# What a jury or court finds: "former county treasurer guilty of …".
_VERDICT = re.compile(r"^(?:\S+\s+){0,6}?(?:not\s+)?(?:guilty|liable|innocent)\b", re.IGNORECASE)


# "Israel still holds …": the name a clause opens with, before its verb.
_CLAUSE_SUBJECT = re.compile(
    # "In recent weeks, the Northern Shield has stepped up …": a name after a lead, its article
    r"((?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4}"
    # "the presidential office thanked …": a description, before a verb in the past.
    r"|[Tt]he(?:\s+[a-z][\w'’-]+){1,3}(?=\s+(?:still\s+|also\s+)?[a-z]+ed\s))"
    r"\s+(?:still\s+|also\s+)?[a-z]"
)


_DATELINE = re.compile(DATELINE_TEXT)
# The words that open a subordinate clause, whose subject may be who spoke.
_SUBORDINATOR = r"(?:when|after|because|since|while|until|before)"
# "… shot with a dart after zoo", "… fled after police": who opens the clause said closes.
_SUBORDINATE_SUBJECT = re.compile(
    rf"\s{_SUBORDINATOR}\s+"
    r"(?P<subject>(?:the\s+|an?\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})$"
)
# "Coast Guard Responds to": a headline's words that end before their object, no speaker.
_ENDS_IN_PREPOSITION = re.compile(r"\s(?:to|of|on|about|after|for|with|over|amid|despite)\s*$")
# "Kandivali: One person died …", "Velmora, Mar 14: …": a city and a colon, as Indian papers
# open their first paragraph (only there: elsewhere "Zelensky: …" is who speaks).
_COLON_DATELINE = re.compile(
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    r"\.?\s\d{1,2})?:\s+(?=[A-Z])"
)


def _dateline_end(text: str, start: int, end: int, state: ReadingState) -> int:
    """Where the sentence begins past a dateline, if it opens with one."""
    dateline = _DATELINE.match(text, start, end) or _COLON_DATELINE.match(text, start, end)
    if dateline and dateline.re is _COLON_DATELINE and text[state.headline_end : start].strip():
        return start
    return dateline.end() if dateline else start


# A second claim that reads as one only with its verb: "… and urged both sides to …", "…, but
# described the attack as …", "… and asked residents to …".
_KEEPS_ITS_VERB = (
    "urged", "called", "promised", "pledged", "vowed", "appealed", "described", "highlighted",
    "asked",
)  # fmt: skip
# After a condition, what follows from it: "…, it may remove its soldiers".
_THEN_WHAT_FOLLOWS = re.compile(
    r",\s+(?:it|he|she|they|we|the\s+[a-z]+)\s+(?:will|would|may|might|could|should|can)\s"
)
# Cues that are as often adjectives: "… and alleged foreign support".
_ALSO_ADJECTIVES = frozenset({"alleged", "reported", "disputed"})
# "She has said little publicly about the split": nothing said.
_SAID_LITTLE = re.compile(
    r"(?:little|nothing|much)\s+(?:publicly|in\s+public|about|on|since|else)\b"
)
# "the incident", "the attack": a thing named, not what was said of it.
_THING_NAMED = re.compile(r"(?:the|an?|its|their)\s+[a-z]+")
# "He stated this in his nightly address, Ukrinform reports", "said so on Monday": where or
# when a claim was made, not one.
_SAID_THIS = re.compile(
    r"(?:(?:(?:[A-Z][\w'’-]*|he|she|they|it)\s+)?(?:stated|said|announced|wrote|posted|made)\s+"
    r"(?:this|so|these)|so|this)"
    r"(?:\s+(?:in|on|at|during)\s+(?:a|an|the|his|her|their|its)\s+[\w'’ -]{1,40}?"
    r"|\s+on\s+[A-Z][a-z]+day|\s+(?:yesterday|today|last\s+\w+))?(?=\s*(?:[,.!?]|$))",
    re.IGNORECASE,
)
# A headline's "Cole and Ibarra said to be …" (a body's "is said to"): hearsay, no one's claim.
_HEARSAY = re.compile(r"to\s+(?:be|have\s+been)\s")
# "confirmed the news Friday in a statement": news the article gave before, no claim of its own
# (not "the news that …").
_THE_NEWS = re.compile(
    r"(?:the|this)\s+news(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today))?"
    r"(?=\s*(?:[,.!?]|$|\s+(?:in|to|via)\s))",
    re.IGNORECASE,
)
# What a country claims as its own: "the self-governing island as its own territory".
_CLAIMED_AS = re.compile(r"[^,;“”\"]{1,60}?\s+as\s+(?:its|their|part\s+of)\s")
# "she reported black mould in her child's bedroom to Hackney council": a complaint made to
# someone, not a claim reported.
_REPORTED_TO = re.compile(
    r"[^,;“”\"]{1,120}?\s+to\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:[A-Z][\w'’-]+\s+)*"
    r"(?:council|police|authorities|landlord|regulator|employer|manager|school)\b"
)


# What the one blamed answered, as the reporter adds it: "…, which has not commented", "…,
# which denied involvement".
_ITS_ANSWER = re.compile(
    r",\s+which\s+(?:(?:has|have|had|did)\s+not\s+(?:yet\s+|immediately\s+|publicly\s+)?"
    r"(?:commented|comment|responded|respond)|(?:has\s+|have\s+)?(?:denied|denies|deny)\s+"
    r"(?:any\s+)?(?:involvement|responsibility|role|wrongdoing|the\s+(?:accusations?|allegations?|"
    r"claims?|charges?)|it))\b[^.,;:“”\"]{0,80}\.?$"
)
# An outlet after the claim, verb first: "…, reports CBS News' Kris Van Cleave."
_REPORTS_OUTLET = re.compile(r",\s+(?:reports|reported)\s+(?:the\s+)?[A-Z][^,.;“”\"]{1,60}[.!?]?\Z")
# "…, adding that Trump used private actors, as per CNN": the outlet that relays it all (only
# after an added claim: "Voss, according to the Federal Review criticised …" is the Review's).
_RELAYED_BY = re.compile(
    r",\s+(?:according\s+to|as\s+per)\s+(?:the\s+)?[A-Z][^,.;“”\"]{1,60}[.!?]?\Z"
)
# The same subject's next act after "but": "…, but also signaled possible agreement with …".
_ALSO_DID = re.compile(r"\s*also\s+[a-z]{3,}ed\s")
# Another speaker's act the reporter adds: "…, with Hezbollah announcing retaliatory attacks".
_WITH_ANOTHER_SAYING = re.compile(
    r",\s+with\s+(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|(?:[a-z]+\s+)?(?:officials|"
    r"police|authorities|residents|witnesses))\s+(?:announcing|saying|claiming|insisting|warning|"
    r"alleging|vowing|accusing|blaming|denying|threatening)\b"
)
_PARTICIPLE = re.compile(r",\s+[a-z]{3,}ing\s")
# A name right before ", who said": "contradicting Sen. Jeff Flake (R-Ariz.)".
_NAMED_BEFORE_WHO = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]+[^\S\n]+){0,3}[A-Z][\w'’-]+)(?:[^\S\n]+\([^()\n]{1,30}\))?$"
)
# A time or occasion between the cue and "that": "said after the match that …".
_WHEN_THEN_THAT = re.compile(
    # "ruled 6-3 on Friday that …": a vote, then when.
    r"(?:\s+\d{1,2}-\d{1,2})?"
    # "said at a rally in Melbourne, Florida on Saturday that …": where, then when.
    r"\s+(?:after|before|during|at|on|in|for|over|since|last|this|earlier|later)\s+"
    r"(?:(?!(?:is|was|were|are|has|had|have|will|would|could|said|says|and|but|who|which)\b)"
    # 'said on NBC's "Today" show that …': a programme's name in quotation marks
    r"(?:[\w'’.,-]+|[“\"][A-Z][\w'’ -]{0,40}[”\"])\s+){0,10}?that,?\s+"
    r"|\s+\d{1,2}-\d{1,2}\s+that,?\s+"
)


# The first of three names listed as one subject: "Stroud, provost Amir Daud and …".
_LISTED_FIRST = re.compile(
    r"(?:^|,\s+)(?P<first>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:[a-z]+\s+){0,3}\Z"
)
# A subordinate clause before the pronoun that speaks, opened by its own subject's name.
_FRONTED_SUBJECT = re.compile(
    r"(?:While|Although|Though|After|Before|When|Since|Because)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?!(?:and|or)\s)[a-z][^,;:“”\"]*,\s+"
)
# "While they disputed that …, Craig Trescott …": a pronoun in a fronted clause, then the
# named subject of the sentence.
_FRONTED_PRONOUN = re.compile(r"\s*(?:While|Although|Though)\s+(?:he|she|they)\s+")
_SUBJECT_AFTER_FRONTED = re.compile(
    r"[^,;:“”\"]*,\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?=,|\s+[a-z])"
)
_RELATIVE_BEFORE = re.compile(r"\s(?:that|which)\s+$")
# "… that Vesper ", "…, which the news site Vesper ": a relative clause's named subject.
_RELATIVE_NAMED = re.compile(
    r"\b(?:that|which)\s+(?P<name>(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
    r"\s*$"
)
_AUXILIARY_NEXT = re.compile(r"\s+(?:will|would|is|was|are|were|has|had|have|could|may|might)\s")


class ShapeMatcher:
    """The pattern-matching half of the Suggester (claims.suggest.core): it calls `resolve`,
    from SpeakerResolver."""

    def _match(self, start: int, end: int, state: ReadingState) -> Suggestion | None:
        text = state.text
        # "NEW YORK (AP) — U.S. health officials on Thursday urged …"
        start = _dateline_end(text, start, end, state)
        lead = LEADING_ADVERBIAL.match(text, start, end)
        if lead:  # "In a statement, the company said …": the subject follows the comma
            start = lead.end()
            # "Earlier in the day, in an appearance on …, Trump said …": a second one
            again = _SECOND_ADVERBIAL.match(text, start, end)
            start = again.end() if again else start
        relayed = _RELAYED_BY_OUTLET.search(text, start, end)
        if relayed and _SAID_BEFORE.search(text, start, relayed.start()):
            # "…, a White House official said Thursday, the Associated Press reported.", "…
            # but he told reporters "there is no way" he made the remark, The Hill reported."
            end = relayed.start()
        conjunction = _OPENING_CONJUNCTION.match(text, start, end)
        if conjunction:  # "But Sen. Scott was more verbose, telling reporters …": the subject
            start = conjunction.end()
        # "Rep. Tom Kessler, R-Pa., who represents …": the party tag is blanked (offsets kept).
        plain = PARTY_TAG.sub(lambda tag: " " * len(tag.group()), text[start:end])
        plain = LISTED_NAME.sub(lambda name: name.group().replace(",", NAME_COMMA), plain)
        sentence = plain
        patterns, last, masked = list(PATTERNS), None, 0
        retried: dict[int, str] = {}  # a shape tried again on its own copy, a cue blanked
        for position, entry in enumerate(patterns):
            name, kind, confidence, pattern = entry
            match = pattern.search(retried.get(position, sentence))
            if not match:
                continue
            groups = match.groupdict()
            mention = groups.get("mention") or ""
            if not mention.strip() or (
                len(mention.split()) > 14
                and not self._whole_subject(plain, match)
                # "according to a UN official who spoke on condition of anonymity because …",
                # "according to results from a trial presented on Saturday at …": no verb, so
                # no clause for the long words to be.
                and not name.startswith("according_to")
            ):
                clause = _LAST_SUBORDINATE.search(mention)
                if clause and masked < MAX_MASKED:
                    # "The controversy … resurfaced Friday when FBI Director James Comey
                    # announced …": the speaker is the subordinate clause's subject.
                    masked += 1
                    cut = match.start("mention") + clause.end()
                    retried[len(patterns)] = " " * cut + match.string[cut:]
                    patterns.append(entry)
                continue
            checked = (
                "reported_speech", "trailing_said", "participle_cue", "gave_warning", "and_urged",
                "and_said", "said_speaker", "trailing_said_aside", "statement_saying", "with_saying",
                "describing_aside",
            )  # fmt: skip
            if (
                name in checked
                and not plausible_subject(mention)
                # "The family of a 34-year-old man shot dead by police in his apartment on
                # Sunday night said …": long, but one noun phrase by the parse.
                and not (
                    plausible_subject(mention, long=True) and self._whole_subject(plain, match)
                )
                and not self._subject_around_agent(name, plain, match)
            ):
                if name == "reported_speech" and masked < MAX_MASKED:
                    # "Asked … a new poll which put Trump one point ahead, the aide described it
                    # as …": the first cue had no speaker; the real one may come later. Other
                    # shapes still read the cue.
                    masked += 1
                    retried[len(patterns)] = _blank(match.string, match.span("cue"))
                    patterns.append(entry)
                continue
            # "Hungary has signalled it could …, two diplomats said": theirs. "Albion Rovers have
            # rejected a bid, the club confirmed": the club is the subject, as the cue says.
            trailing = TRAILING_SAID.match(groups.get("content") or "")
            if (
                name in ("reported_speech", "document_found")
                and trailing
                and plausible_subject(trailing["mention"])
                # Not "Trump said at a rally that his ban should stay, the Hill reported": what
                # the speaker said (or a study found), which an outlet reported.
                and not (
                    match.group("cue").casefold() in ("said", "says", "told", "found", "finds")
                    and trailing["cue"] in ("reported", "reports")
                )
                # Nor "The study reported that …, as Mental Floss reported at the time": "as"
                # relays, never names the subject again.
                and not trailing["mention"].startswith("as ")
                and (
                    not re.match(r"the\s+[a-z]", trailing["mention"])
                    # "Data from the recorder showed …, the report said": the report's.
                    or trailing["mention"].split()[-1] in STUDIES
                    # "Romania has declared an epidemic …, the country's health institute said":
                    # a part of the subject, not the subject again.
                    or re.match(r"the\s+[a-z]+['’]s\s", trailing["mention"])
                    # "A ship reported being hit, the security firm Corvane said": named.
                    # (Not "the jury at Lydgate Crown Court": the court names where it sits.)
                    or _DESCRIBED_NAME.fullmatch(trailing["mention"])
                    # "Renk questioned that the fossil was labelled correctly, the museum said":
                    # a body's word about a person, not the person described again (as "the
                    # club" or "the company" may describe a name taken for a person's).
                    or (
                        guess_kind(trailing["mention"]) not in ("person", "unnamed")
                        and trailing["mention"].split()[-1].casefold() not in DESCRIBED_BODIES
                        and self._a_person(mention, state, start + match.start("mention"))
                    )
                )
            ):
                continue
            if name == "reported_speech" and re.match(r"(?:and|but|or)\s", groups["content"]):
                continue  # "…, Landsberg said and then it started to turn …": no clause said
            if name == "reported_speech" and _HEARSAY.match(groups["content"]):
                continue  # "Cole and Ibarra said to be 'working through some things'": hearsay
            if (
                name == "reported_speech"
                and groups["cue"].endswith("ed")
                and re.match(r"by\s", groups["content"])
            ):
                continue  # "- US ceasefire proposal dismissed by Kremlin aide": a passive
            if name == "trailing_said" and re.fullmatch(PROPER_NAME, groups["content"].strip()):
                continue  # "Oleh Teslenko, the head of the municipality, said …": who, not what
            if (
                name == "reported_speech"
                and _WHO_BY_WHAT_THEY_DID.fullmatch(groups["mention"])
                and _MAIN_VERB_AFTER.search(groups["content"])
            ):
                continue  # "A man who admitted pushing a boy … was jailed": who he is, the lede's
            if (
                name == "reported_speech"
                and start < state.headline_end
                and (
                    _PREPOSITION_FIRST.match(groups["content"])
                    # "Retroactive outbreak declared in Cambridge Memorial Hospital medicine
                    # unit": the place read as when, then a noun for what
                    or (
                        groups["cue"].endswith("ed")
                        and _PREPOSITION_FIRST.match(plain, match.end("cue") + 1)
                    )
                )
            ):
                continue  # "Measles case confirmed in Lunden for first time": a passive's verb
            if name == "according_to_lead" and _NAMED_SPEAKER_SAID.match(groups["content"]):
                continue  # "According to the Journal, Eden told a news conference that …": his
            inner = (
                _REPORTED_SPEECH.match(groups["content"])
                if name == "according_to_tail" and _OUTLET_TAIL.fullmatch(mention.strip())
                else None
            )
            if inner and not inner["pre"].strip() and plausible_subject(inner["mention"]):
                continue  # "U.S. officials said …, according to the Associated Press": theirs
            if (
                name == "reported_speech"
                and match.group("cue").casefold() in ("reported", "reports")
                and _NAMED_SPEAKER_SAID.match(groups["content"])
                and masked < MAX_MASKED
            ):
                # "The news agency NTB reported that Saltholm Airports said flights had
                # resumed": the operator's, as the agency relays it; read again past the cue
                # (and past the outlet: "… reports that a second passenger, who …, said").
                masked += 1
                cut = match.start("content")
                retried[len(patterns)] = " " * cut + match.string[cut:]
                patterns.append(entry)
                continue
            if (
                name == "according_to_tail"
                and _SUBJECT_SAID.match(groups["content"])
                and (
                    _ONLY_A_CHANNEL.match(mention)
                    or guess_kind(mention) == "media"
                    # "…, according to WTLV" after "NBC affiliate WTLV": an outlet named before
                    or getattr(
                        self.resolve(mention, state, at=start + match.start("mention"))[0],
                        "kind",
                        None,
                    )
                    == "media"
                )
            ):
                # "Ukraine's air force said it had shot down 24 drones, according to a statement
                # posted on Telegram": the air force's, the statement only where it said so.
                # "Trump said the bill would …, according to Politico": his, as Politico relays.
                continue
            if name == "according_to_tail" and PROVENANCE.match(mention) and entry is not last:
                # "An audit found that …, according to a copy obtained by the Ledger": the audit,
                # if another pattern says so; else the document ("a draft seen by reporters").
                patterns.append(last := entry)
                continue
            if (
                name == "reported_speech"
                and self.syntax is not None
                and match.group("cue").casefold() in NOUN_OR_CUE
                and not self.syntax.is_verb(plain, match.start("cue"))
                # "Economists at the Ifo institute estimate that …": a plural subject's verb
                # before "that", though the small model reads "institute estimate" as one noun.
                and not (
                    plain.startswith(" that ", match.end("cue"))
                    and mention.split()[0].casefold().endswith("s")
                    and not match.group("cue").endswith("s")
                )
                # "a memoir, which the news site Vesper reports will describe …": a relative
                # clause's verb, though the model reads "Vesper reports" as a noun.
                and not (
                    _RELATIVE_NAMED.search(plain, 0, match.start("cue"))
                    and _AUXILIARY_NEXT.match(plain, match.end("cue"))
                )
            ):
                # "… sold in Europe after reports that …": a noun, not a cue. "An engineer who
                # reviewed the reports for the Herald, Professor Lena Vogt, said …": the real cue
                # may come later, so the shape is tried again with the noun blanked out (same
                # length: offsets hold), a few times at most.
                if masked < MAX_MASKED:
                    masked += 1
                    sentence = _blank(sentence, match.span("cue"))
                    patterns.append(entry)
                continue
            if (
                name == "reported_speech"
                and self.syntax is not None
                and match.group("cue").casefold() not in VERB_IS_THE_CLAIM
                and plain.startswith(" that ", match.end("cue"))
                and self.syntax.opens_object(plain, match.end("cue") + 1)
            ):
                continue  # "The party held that seat for decades": a thing held, not a clause
            mention_at = self._speaker_words(name, plain, sentence, match)
            mention = plain[mention_at[0] : mention_at[1]].replace(NAME_COMMA, ",")
            listed = (
                _LISTED_FIRST.search(plain, 0, match.start("mention"))
                if name == "reported_speech" and " and " in match.group("mention")
                else None
            )
            if listed and self._all_people(
                plain[listed.start("first") : match.end("mention")], text
            ):
                # "Stroud, provost Amir Daud and dean of students Celia Ward said …": all three
                mention_at = (listed.start("first"), match.end("mention"))
                mention = plain[mention_at[0] : mention_at[1]]
            named_first = (
                _NAME_BEFORE_ROLE.fullmatch(plain, 0, mention_at[0])
                if name == "reported_speech" and re.match(r"(?:an?|the)\s+[a-z]", mention)
                else None
            )
            if named_first:
                # "Josh Holmes, a top political aide to McConnell told friends …": the closing
                # comma left out, the name opens the sentence and the role is only his.
                mention_at = named_first.span("name")
                mention = plain[mention_at[0] : mention_at[1]]
            if name in checked and _inside_quotation(plain[: mention_at[0]]):
                # '"Officials said the plan would fail," he recalled': the quotation is his,
                # whoever it quotes in turn.
                continue
            if written_thing(mention):
                continue  # "protesters holding signs that said …": the parse's subject, a sign
            cue_at = match.start("cue") if groups.get("cue") else None
            # (only the words just before the cue, not the sentence's whole opening again)
            if cue_at and _NEGATED_BEFORE_CUE.search(plain, max(0, cue_at - 40), cue_at):
                continue  # "Graham did not directly say Trump had used …": what he did not say
            if ONLY_REPORTS.fullmatch(clean_mention(mention)):
                continue  # "according to reports in Spain": a hedge (HEDGES), not a source
            if _CONSENSUS.fullmatch(clean_mention(mention)):
                continue  # "Analysts had expected £3.6bn, according to a … consensus": a forecast
            first_verb = (
                HEADLINE_FIRST_VERB.match(mention + ",")
                if start < state.headline_end
                and groups.get("cue")
                and plain[mention_at[1] : match.start("cue")].strip() == ","
                else None
            )
            if first_verb:  # "EU fines Meta €800 million, says it abused …": the EU says
                mention = first_verb["subject"]
                mention_at = (mention_at[0], mention_at[0] + len(mention))
            if name in checked and self._holds_clause(plain, mention, mention_at):
                continue  # "Central bank holds rates, signals cuts …": a clause, not a speaker
            # "There were no plans for talks with Zelenskiy, he said", "Zelenskiy, he said, could
            # …": "he" is never a person the claim around it names (the pronoun is read from
            # where the sentence opens).
            fronted = (
                _FRONTED_SUBJECT.fullmatch(plain, 0, mention_at[0])
                if name == "reported_speech" and mention in ("he", "she")
                else None
            )
            subject = (
                self.resolve(fronted["name"], state, at=start + fronted.start("name"))[0]
                if fronted
                else None
            )
            # "While they disputed that …, Craig Trescott … said": the pronoun is the side of
            # the main clause's subject, named after the clause (read on in the whole text: the
            # clause may be read alone).
            main = (
                _SUBJECT_AFTER_FRONTED.match(state.text, start + match.start("cue"))
                if name == "reported_speech"
                and mention in ("he", "she", "they")
                and _FRONTED_PRONOUN.fullmatch(plain, 0, match.start("cue"))
                else None
            )
            main_subject = (
                self.resolve(main["name"], state, at=main.start("name"))[0] if main else None
            )
            after_claim = name in ("trailing_pronoun", "parenthetical") and mention in ("he", "she")
            if subject and subject.kind == "person":
                # "While Teague would not call it a manifesto, he said …": the clause's subject,
                # already resolved.
                mention, mention_at = fronted["name"], fronted.span("name")
                speaker, resolved = subject, None
            elif main_subject and not main_subject.generic:
                speaker, resolved = main_subject, mention
            else:
                speaker, resolved = self.resolve(
                    mention, state, groups.get("appos") or "",
                    at=start if after_claim else start + mention_at[0],
                    about=groups.get("content") or groups.get("quote") or "",
                )  # fmt: skip
            if speaker is None:
                continue
            journal = (
                _IN_THE_JOURNAL.search(plain, 0, match.start("cue"))
                if groups.get("cue")
                and speaker.generic
                and speaker.source_id is None
                and STUDIES & set(mention.casefold().split())
                else None
            )
            if journal:
                # "A study published last year in the journal Clinical Anatomy Letters found …":
                # the journal's, as "The study, published in the journal X, found" is.
                speaker = self._named(journal["journal"], state, start + journal.start("journal"))
                speaker = replace(speaker, kind="media") if speaker.source_id is None else speaker
            # "Britain's Ministry of Defence, in its daily update, assessed …", "…, the agency
            # said in a report released on Wednesday": "The update/report said" is theirs.
            self._note_document(groups.get("appos") or "", speaker, state)
            if lead:  # "In a joint report released on Wednesday, the FAO and the WFP said …"
                self._note_document(lead.group(), speaker, state)
            if kind == "according_to":  # "according to results from a trial": its researchers'
                self._note_document(mention, speaker, state)
            authored = _AUTHORED_BY.search(plain, 0, mention_at[0])
            if authored:  # 'The annual "emissions gap" report by the UN Environment Programme'
                self._note_document(authored.group(), speaker, state)
            published = _PUBLISHED_IN.match(plain, match.end("cue")) if groups.get("cue") else None
            if published:
                self._note_document(published.group(), speaker, state)
            if entry is last:  # a document no one is named as the author of
                speaker = replace(speaker, kind="unnamed")
            content = "quote" if groups.get("quote") else "content"
            # "The study found that …, The New York Times reports": the claim ends before it.
            if name not in ("reported_speech", "document_found", "according_to_lead") or not (
                trailing and plausible_subject(trailing["mention"])
            ):
                trailing = None  # "…, the risk to children outweighed the harm claimed": no one
            s, e = self._claim_span(text, start, match, content, state, trailing)
            named_last = (
                _NAME_AT_END.search(text, s, e)
                if name == "trailing_said" and re.match(r"(?:the|a|an|its|his|her)\s", mention)
                else None
            )
            if named_last:
                # "…, Dr. Peter Salama, the agency's emergencies chief, told reporters": the name
                # is the speaker's, set before the description.
                e = named_last.start()
            if (
                name == "reported_speech"
                and self.syntax is not None
                and _RELATIVE_BEFORE.search(plain, 0, mention_at[0])
            ):
                # "… after a plane that Torvik said was carrying prisoners crashed …": the claim
                # ends with the relative clause, before the sentence's own verb.
                ended = self.syntax.relative_claim_end(plain, match.start("cue"))
                if ended is not None and s < start + ended < e:
                    e = start + ended
            if (
                name == "reported_speech"
                and self.syntax is not None
                and groups.get("cue")
                and ", but " in text[s:e]  # a parse costs: asked only when there is a "but"
            ):
                # "…, but their final statement papered over divisions": the reporter's clause,
                # joined to the cue, not to what was said.
                joined = self.syntax.clause_joined_after(plain, match.start("cue"))
                if joined is not None and s < start + joined < e:
                    e = trim_passage(text, s, start + joined)[1]
            first_word = text[s:e].split(maxsplit=1)[:1]
            cue_word = (groups.get("cue") or "").casefold()
            if (
                content == "content"
                and first_word
                and first_word[0].casefold() in QUESTION_WORDS
                and not first_word[0].isupper()  # "WHO still needs …": the health agency
                and cue_word not in VERB_IS_THE_CLAIM  # "question whether"
                # "tells how the bills are piling up": a story told, not a question
                and not (first_word[0] == "how" and cue_word in _TELLS_HOW)
                # "said what is happening in Iraq is a continuation of …": what it called it
                and not (cue_word in ("said", "says") and _WHAT_IS_A.match(text, s, e))
                and not re.search(r"\bthat\s*$", sentence[: match.start("content")])
                # 'saying, "If his word is good enough, …"': a quotation's own first word
                and sentence[match.start("content") : match.start("content") + 1] not in '“"'
                # "If the strike goes on, it says, that figure could double", "What is needed,
                # said Dr. Lena Sato, is …": the claim opens before its cue, not a question
                # after it.
                and not (
                    # "When the group turned back, friends said, the pair went on": a time
                    # ("In California, when an order has been issued, it means …, according to
                    # Cal OES": before an attribution without a verb, after a fronted phrase)
                    first_word[0].capitalize() in ("If", "What", "When")
                    and (
                        first_word[0][0].isupper() and match.start("content") < match.start("cue")
                        if groups.get("cue")
                        else match.start("content") < match.start("mention")
                    )
                )
                # "…, she said, if the bank went too far, that would be easier to fix": a
                # condition set off by commas, not "said if" (whether)
                and not (
                    first_word[0] == "if"
                    and sentence[: match.start("content")].rstrip().endswith(",")
                    and "," in text[s:e]
                )
                # "Uganda has said if the UN does not withdraw …, it may remove its soldiers": a
                # condition, then what follows from it
                and not (
                    first_word[0] == "if"
                    and cue_word in ("said", "says", "say")
                    and _THEN_WHAT_FOLLOWS.search(text, s, e)
                )
            ):
                continue  # "The ministry explained how …": a question, not "found that when …"
            if (
                name == "reported_speech"
                and groups.get("cue") in ("said", "says")
                and re.match(r"of\s", groups.get("content") or "")
            ):
                continue  # '"It's over," Novak said of the campaign': what about, not what
            if cue_word in ("claim", "claims", "claimed") and _CLAIMED_AS.match(text, s, e):
                continue  # "China claims the island as its own territory": a claim to land
            if cue_word in ("reported", "reports") and _REPORTED_TO.match(text, s, e):
                continue  # "she reported the mould to the council": a complaint she made
            if _THE_NEWS.match(text, s, e):
                continue  # "…'s representatives confirmed the news Friday": told before, not here
            if _SAID_LITTLE.match(text, s, e) and not (
                ADDING.search(text, s, e) or AND_SAID.search(text, s, e)
            ):
                continue  # "She has said little publicly about the split": nothing said
            if (
                _SAID_THIS.match(text, s, e)
                or (groups.get("cue") and _SAID_THIS.match(sentence, match.start("cue")))
            ) and not _DENIES_IT.match(sentence, match.start("cue") if groups.get("cue") else 0):
                continue  # "He stated this in his nightly address, …": where, not what
            if (
                groups.get("cue")
                and name not in ("what_they_said_was", "reacted_to_what_called")
                and _WHAT_THEY_SAY.search(sentence, 0, match.start("cue"))
                # "what the group says is a destroyed helicopter": what it says the thing is
                and not re.match(r"(?:is|was|are|were)\s", groups.get("content") or "")
            ):
                continue  # "well short of what the company claims, and behind rivals"
            if (
                name == "reported_speech"
                and cue_word in VERB_IS_THE_CLAIM
                and _RESTRICTIVE_WHO.search(sentence, 0, match.start("cue"))
            ):
                continue  # "defense hawks who demanded more money": who they are, not a claim
            if (
                name == "reported_speech"
                and cue_word in _PASSIVE_TOLD
                and _WITH_ABSOLUTE.search(groups.get("pre") or "")
            ):
                continue  # "…, with roads disrupted and residents warned that …": who was told
            if name == "reported_speech" and _BY_DOING.match(groups.get("content") or ""):
                continue  # "Trump countered by praising the way the city responded": how
            if name == "reported_speech" and _TO_WHOM_THEN_PARTICIPLE.match(
                groups.get("content") or ""
            ):
                continue  # "wrote to lawmakers on Friday, announcing that …": the participle's
            if name == "reported_speech" and _amid_its_claim(sentence, match):
                continue  # "Exporting crab now needs four certificates, he says, each of which …"
            if name == "reported_speech" and _WHERE_SAID.fullmatch(
                (groups.get("content") or "").strip(" .")
            ):
                continue  # '"Who knows?" she says in the final chapter.': where, not what
            if (
                name == "reported_speech"
                and match.group("cue").casefold() in ("adds", "added", "add")
                and re.match(r"to\s", groups.get("content") or "")
            ):
                continue  # "A new study adds to that view": what it adds to, nobody's claim
            if name == "reported_speech" and _ONLY_WHERE_SAID.match(plain, match.end("cue")):
                continue  # "…, Chief Estella Patterson said during a news conference on Friday."
            if (
                name == "reported_speech"
                and _ENDS_IN_ARTICLE.search(plain, match.end("cue"), match.start("content"))
                and re.match(r"[A-Z][\w'’-]*\s+[a-z]", groups["content"])
            ):
                continue  # "said on his Facebook page a member …": where, cut at "his"
            if (
                name == "reported_speech"
                and (
                    (named_first is None and _only_an_adjunct(groups))
                    # 'Not enough "upside surprise", Wall Street said, and the shares lost 2.4%':
                    # a new clause after the cue, not what was said.
                    or re.match(r",\s+(?:and|but)\s", plain[match.end("cue") :])
                    # "…, the Tamsk Daily said, citing a county spokeswoman.": whose word it
                    # had, never a claim; the claim came before.
                    or re.match(r",\s+citing\s", plain[match.end("cue") :])
                    # "…, the air force said in a statement on the Telegram messaging app nearly 31
                    # months after …": the time was cut inside the phrase, all of it where said.
                    # (Not "reported in the journal Toxicological Sciences that …": its "that" comes.)
                    or (
                        _CUT_IN_TIME.search(plain, match.end("cue"), match.start("content"))
                        and _AFTER_A_CLAUSE.search(groups.get("pre") or "")
                        and " that " not in " ".join(groups["content"].split()[:8])
                    )
                )
            ):
                continue  # "…, the two carriers said in a joint statement": the content came first
            if name == "parenthetical" and _adjunct_after(plain[match.end("cue") :]):
                continue  # "…, the ministry said, in the deadliest day since …": not theirs
            cue = (
                groups.get("cue") or ("according to" if kind == "according_to" else "said")
            ).lower()
            # "repeated his call for an immediate election": a call, its verb kept
            cue = "called for" if _RENEWED_CALL.fullmatch(cue) else cue
            if groups.get("cue") and _FRONTED_WHEN.match(sentence, 0, match.start("cue")):
                main = _MAIN_CLAUSE.search(text, s, e)
                # "When the mill said it would close, it was a blow to the town": what the
                # clause's speaker said ends where the reporter's main clause starts.
                e = main.start() if main else e
            closed = (
                _RELATIVE_CLOSED.search(text, s, e)
                if name == "reported_speech" and _ENDS_IN_WHO.search(match.group("mention"))
                # 'McConnell, who said he hoped a deal could be reached "soon," defended his
                # party's decision …': the main clause's own verb after the relative clause
                else _WHO_SAID_CLOSED.search(text, s, e)
                if name == "who_said"
                else None
            )
            if closed:
                # "Rep. Andy Harris, chairman of the caucus who had vowed to oppose the bill, was
                # asked …": the vow ends with its relative clause; the rest is the sentence's
                e = closed.start()
            if cue == "claimed responsibility" or _warned_of(cue, text[s:e]):
                if _CONCEDED.match(text, s):
                    # "conceded defeat in Karnataka, where Congress won …": the result is the
                    # reporter's.
                    comma = text.find(", ", s, e)
                    e = comma if comma > 0 else e
                s = start + match.start("cue")  # the verb is the claim (issue 12)
            if (
                content == "content"
                and groups.get("cue")  # (not "…, according to The": no verb to keep)
                # (not "…, the agency advises.": a verb after its claim opens nothing)
                and match.start("cue") < match.start("content")
                and (
                    cue in VERB_IS_THE_CLAIM
                    or text.startswith("to ", s)  # "vowed to fight it"
                    # "argued for a discounted tariff": what they pressed for, as "called for"
                    or (cue in ("argued", "argues", "pressed") and text.startswith("for ", s))
                )
            ):
                # "The ministry denied that its forces shelled the town": without its verb the
                # passage reads as the opposite of what was said; "The White House disputed
                # that account" is a claim of its own.
                s = start + match.start("cue")
            if (
                e - s < 12
                and groups.get("cue")
                and _CONFIRMED_IT.fullmatch(text, start + match.start("cue"), e)
            ):
                s = start + match.start("cue")  # "Cruz Verde also confirmed the toll."
            if e - s < 12 and not (
                (cue in ("called for", "asked for") and e - s >= 6)
                # "Some engineers have suggested …. The company denies this.": a denial
                or _DENIES_IT.fullmatch(text, s, e)
            ):
                # Too short to be a claim ("said so"), but a later "it" means them, and a
                # quotation that goes on ('"Every day," she says. "But I think …"') is theirs.
                state.speakers.append((start, speaker))
                if kind == "direct":
                    state.short_quote_speaker = speaker
                continue
            also = (
                HEADLINE_ALSO.search(text, s, e) or HEADLINE_AFTER_EVENT.search(text, s, e)
                if s < state.headline_end
                else None
            )
            if (
                also and also.start() - s >= 12
            ):  # "Ostland says it repelled assault as volunteers claim gains": two stories
                e = also.start()
            if content == "content":
                tail = SUBORDINATE_TAIL.search(text, s, e)
                opened = s - 1 if s and text[s - 1] in '“"' else s  # 'that "nothing has …'
                if tail and _inside_quotation(text[opened : tail.end()]):
                    tail = None  # 'would review "every schedule, as any panel should."'
                if (
                    tail
                    and groups.get("mention")
                    and s < start + match.start("mention") < e
                    and tail.start() < start + match.end("mention")
                ):
                    # "The announcement, according to Youngkin, is …": the source set inside
                    # the claim, not a tail after it.
                    tail = None
                if (
                    tail
                    and groups.get("cue")
                    and match.end("content") <= match.start("cue")
                    # (but "…, which the Gazette once called "the pocket raptors", the museum
                    # says": another's name for it, never the speaker's)
                    and not _OTHERS_NAME_FOR_IT.search(tail.group())
                ):
                    tail = None  # "…, despite a reward …, said spokesperson T.J. Smith": all said
                if (
                    tail
                    and tail.group().endswith("ing")
                    and re.search('[“"]', text[tail.end() : e])
                ):
                    # '…," allowing Republicans to "distort and exaggerate" its message': a
                    # participle that quotes the speaker goes on with their words.
                    tail = None
                if tail and tail.start() - s >= 12:
                    s, e = trim_passage(text, s, tail.start())
                elif (
                    tail and groups.get("cue") and tail.start() - (start + match.start("cue")) >= 12
                ):
                    # "A Vistra spokesperson confirmed the cuts but declined to …": too short
                    # without its verb, which then opens the claim.
                    s, e = trim_passage(text, start + match.start("cue"), tail.start())
            aftermath = (
                AFTERMATH.search(text, s, e)
                if content == "content" and groups.get("cue") and s >= start + match.start("cue")
                else None
            )
            if aftermath and aftermath.start() - s >= 12:
                s, e = trim_passage(text, s, aftermath.start())
            # "reported a 31% jump in profit on Thursday": when it was reported, not when profit
            # jumped; the content follows its cue.
            reported = cue in ("reported", "reports", "announced", "announces")
            joined = (
                self.syntax.second_act(plain, match.start("cue"), s - start)
                if self.syntax is not None
                and groups.get("cue")
                and s >= start + match.end("cue")
                # Only an object can be followed so, and only "and" joins a second verb.
                and cue not in VERB_IS_THE_CLAIM | {"said", "says", "say"}
                and " and " in text[s:e]
                and not plain.startswith(" that ", match.end("cue"))
                else None
            )
            if (
                joined is None
                and self.syntax is not None
                and groups.get("cue")
                and _PLURAL_GOES_ON.search(text, s, e)
            ):
                joined = self.syntax.plural_goes_on(plain, match.start("cue"), s - start)
            if joined is not None and start + joined - s >= 12:
                # "reported a 22 percent drop in profit and cut its forecast", "noted a shortfall
                # in its cloud division and offered a weaker forecast": what it did next, not
                # what it reported.
                s, e = trim_passage(text, s, min(e, start + joined))
            if reported and groups.get("cue") and s >= start + match.end("cue"):
                day = _DAY_AT_END.search(text, s, e)
                if day and not _THAT_CLAUSE.match(text, s, e):
                    if len(text[s : day.start()].rstrip()) < 12:
                        continue  # "had reported the arrests on Sunday": an event, no claim
                    e = day.start()
            # "…, speaking on condition of anonymity": how they spoke. Not "Spicer argued that news
            # stories that use anonymous sources are unreliable": what they said.
            if (
                name == "reported_speech"
                # "Tech Insider — also citing unnamed sources — reported …": the outlet's report
                and speaker.kind != "media"
                and (
                    ANONYMOUS.search(sentence, 0, match.start("content"))
                    or SPOKE_ANONYMOUSLY.search(sentence, match.start("content"))
                )
            ):
                speaker = replace(speaker, kind="unnamed")
            if kind != "direct" and text[s : s + 1] in '“"' and text[e - 1 : e] in '”"':
                kind = "direct"
            mention = (start + mention_at[0], start + mention_at[1])
            return self._suggestion(
                s, e, speaker, cue=cue, kind=kind, confidence=confidence, pattern=name,
                resolved=resolved, text=text, mention=mention_span(text, *mention),
            )  # fmt: skip
        return None

    @staticmethod
    def _all_people(mention: str, text: str) -> bool:
        """Whether a list of three names is three people ("Stroud, Daud and Ward", each named
        in full somewhere), not an opening word and two names ("Separately, Zelensky and …")."""
        listed = THREE_LISTED.fullmatch(mention)
        if listed is None:
            return False
        for part in ("a", "b", "c"):
            name = re.sub(r"^(?:[a-z]+\s+)+", "", listed[part])  # "provost Amir Daud"
            if " " in name:
                if guess_kind(name) != "person":
                    return False
            elif not re.search(rf"\b[A-Z][\w'’-]+[^\S\n]+{re.escape(name)}\b", text):
                return False
        return True

    def _parsed_subject(self, sentence: str, match) -> tuple[int, int] | None:
        """The cue's subject by the parse, when it lies inside the words the pattern took for
        the speaker: "The company's shares fell after it said …" is "it"; "Environmental
        campaigners have long argued" is "Environmental campaigners"."""
        if self.syntax is None:
            return None
        subject = self.syntax.subject_of(sentence, match.start("cue"))
        start, end = match.span("mention")
        if subject and start <= subject[0] and subject[1] <= end and subject != (start, end):
            return subject
        return None

    def _speaker_words(self, name: str, plain: str, sentence: str, match) -> tuple[int, int]:
        """Where the speaker's words are in the sentence: the pattern's, or the parse's subject
        when the pattern's words may hold more than a name."""
        mention_at = match.span("mention")
        mention = plain[mention_at[0] : mention_at[1]]  # not blanked
        around = self._subject_around_agent(name, sentence, match)
        if around:
            mention_at = around
        elif name == "reported_speech" and mention.endswith(" and") and self.syntax:
            # "The mayor, Jo Platt, toured the estate on Friday and said …": the subject of the
            # first verb, not its object.
            subject = self.syntax.subject_of(sentence, match.start("cue"))
            if subject and subject[1] <= mention_at[0]:
                mention_at = subject[0], len(plain[: subject[1]].rstrip(" ,"))
        elif name == "reported_speech" and (relative := _RELATIVE_NAMED.search(mention)):
            # "Details emerged about a memoir that Vesper reports will …": the relative
            # clause's subject, which the parse may miss when it reads the cue as a noun.
            mention_at = (mention_at[0] + relative.start("name"), mention_at[1])
        elif (
            name == "reported_speech"
            and " " in mention
            and match.group("cue").casefold() in ("said", "says")
            and (later := _SUBORDINATE_SUBJECT.search(mention))
            and later["subject"].casefold() not in PRONOUNS  # (the parse reads "after it said")
            and plausible_subject(later["subject"])
        ):
            # "Animal reportedly shot with tranquiliser dart after zoo said it was …": the
            # subject of the clause "said" is in, after its opening word
            mention_at = (mention_at[0] + later.start("subject"), mention_at[1])
        elif name == "reported_speech" and _may_hold_a_clause(mention):
            mention_at = self._parsed_subject(sentence, match) or mention_at
        elif name == "reported_speech" and _ends_a_list(match.groupdict(), mention):
            # "a lobby group representing companies including Google, Meta and Microsoft said":
            # the group, not the last two companies of the list.
            mention_at = self._subject_head(sentence, match) or mention_at
        elif name == "reported_speech" and _AFTER_PREPOSITION.search(match.group("pre")):
            # "Authorities at Kesta airport, 300 km to the north, say …": not the object of
            # "to", but the parse's subject that holds it, without its aside.
            subject = self._parsed_subject_around(sentence, match)
            if subject:
                aside = sentence.find(",", *subject)
                mention_at = subject[0], aside if aside > 0 else subject[1]
        elif name == "reported_speech" and match.group("pre").strip() and self.syntax:
            # "The letter, signed by 42 veterans of the Azov brigade, calls on …": the
            # document and who signed it, which the pattern's comma-free words cut short.
            subject = self.syntax.subject_of(sentence, match.start("cue"))
            signed = subject and RELEASED_BY.match(plain[subject[0] : subject[1]].rstrip(" ,"))
            if signed and subject[1] >= mention_at[1] - 1:
                mention_at = subject
        if name == "reported_speech" and mention_at == match.span("mention"):
            # "There was no comment from the ministry and a local official denied …", "Gunfire
            # could be heard … and eyewitnesses reported …": "and" opened the cue's own clause.
            # (Not "Officials who were at the scene and the police chief said": a relative
            # clause's verb.)
            after = _SUBJECT_AFTER_CLAUSE.search(mention)
            clause = match.group("pre") + mention[: after.start()] if after else ""
            verb = _FINITE.search(clause)
            if (
                verb
                and not re.search(r"\b(?:who|which|that)\b", clause[: verb.start()])
                and plausible_subject(after["subject"])
            ):
                mention_at = (mention_at[0] + after.start("subject"), mention_at[1])
        words = plain[mention_at[0] : mention_at[1]]
        released = RELEASED_BY.match(words)
        if (
            len(words.split()) > 12
            and self.syntax is not None
            and not (released and len(released["by"].split()) <= 4)
        ):
            # Accepted as one long noun phrase: named without its participle clause (but not
            # "announcements Tarvo made on 7 January at …", a document and whose it is).
            mention_at = self.syntax.without_modifiers(plain, *mention_at)
        return mention_at

    def _subject_around_agent(self, name: str, sentence: str, match) -> tuple[int, int] | None:
        """ "The family of a man who was killed by a sheriff's deputy … is demanding …": not
        the passive's agent the pattern took, but the subject the parse finds around it."""
        if name != "reported_speech" or not _AGENT_BEFORE.search(match.group("pre")):
            return None
        subject = self._parsed_subject_around(sentence, match)
        return self.syntax.without_modifiers(sentence, *subject) if subject else None

    def _parsed_subject_around(self, sentence: str, match) -> tuple[int, int] | None:
        """The cue's subject by the parse, when it begins before the pattern's speaker and
        holds it: the speaker was a word inside a longer subject."""
        if self.syntax is None:
            return None
        subject = self.syntax.subject_of(sentence, match.start("cue"))
        start, end = match.span("mention")
        if subject and subject[0] < start and subject[1] >= end - 1:
            return subject
        return None

    def _holds_clause(self, plain: str, mention: str, mention_at: tuple[int, int]) -> bool:
        """Whether the speaker's words have a verb of their own, by the parse."""
        return (
            self.syntax is not None
            and _may_hold_a_verb(mention)
            and self.syntax.holds_clause(plain, _after_as(plain, *mention_at), mention_at[1])
        )

    @staticmethod
    def _claim_span(text, start, match, content, state, trailing) -> tuple[int, int]:
        """The claim's offsets: the pattern's content, trimmed of what is not the claim."""
        s, e = trim_passage(text, start + match.start(content), start + match.end(content))
        if match.groupdict().get("cue"):
            # "said after the match that …", "have warned for years that …": when, then what.
            late_that = _WHEN_THEN_THAT.match(text, start + match.end("cue"), e)
            if late_that:
                s = late_that.end()
        if trailing:
            # "Albion Rovers have rejected a bid, the club confirmed on Thursday": the same
            # speaker said so again after the claim, which ends there.
            e = trim_passage(text, s, start + match.start("content") + trailing.end("content"))[1]
        label = _HEADLINE_LABEL.match(text, s, e) if s < state.headline_end else None
        if label:  # "Ukraine war live: drones hit oil depot …, governor says"
            s = label.end()
        cue = match.groupdict().get("cue")
        if cue and _CUT_IN_TIME.search(text, start + match.end("cue"), s):
            # "warned in a letter to congressional leaders that …": the letter is not the claim.
            lead_in = _LEAD_IN.match(text, s, e)
            s = lead_in.end() if lead_in else s
        outlet = _REPORTS_OUTLET.search(text, s, e)
        if outlet:  # "Officials say 80 were hurt, reports CBS News' Kris Van Cleave": theirs
            e = trim_passage(text, s, outlet.start())[1]
        other = _WITH_ANOTHER_SAYING.search(text, s, e) if cue else None
        if other:  # "…killed four, with Hezbollah announcing retaliatory attacks": the reporter's
            e = trim_passage(text, s, other.start())[1]
        answer = _ITS_ANSWER.search(text, s, e)
        if answer:  # "blamed Israel, which has not commented": the reporter's note
            e = trim_passage(text, s, answer.start())[1]
        where = _IN_A_STATEMENT.search(text, s, e) if cue else None
        if where:  # "TfL confirmed the deal in a brief statement": where, not what
            e = trim_passage(text, s, where.start())[1]
        pause = _PAUSING.match(text, s, e) if cue else None
        if pause:  # '"Mr. Khan," she said, pausing, "paid the ultimate sacrifice …"'
            s = trim_passage(text, pause.end(), e)[0]
        return s, e

    def _whole_subject(self, sentence: str, match) -> bool:
        """Whether the parse's subject of the cue is the words the pattern took for the speaker."""
        if (
            self.syntax is None
            or match.group("mention") is None
            or "cue" not in match.re.groupindex
        ):
            return False  # "according to …" has no verb to take a subject
        subject = self.syntax.subject_of(sentence, match.start("cue"))
        start, end = match.span("mention")
        return subject is not None and subject[0] == start and abs(subject[1] - end) <= 2

    def _subject_head(self, sentence: str, match) -> tuple[int, int] | None:
        """The cue's subject by the parse, without what follows its noun ("a lobby group
        representing …" → "a lobby group"), when it starts before the words the pattern took."""
        if self.syntax is None:
            return None
        head = self.syntax.subject_head(sentence, match.start("cue"))
        return head if head and head[0] < match.start("mention") else None

    def _suggestion(
        self, s, e, speaker, *, cue, kind, confidence, pattern, resolved, text, mention=(None, None)
    ):
        return Suggestion(
            start=s, end=e, text=text[s:e], source_mention=speaker.mention.strip(),
            source_name=speaker.name, source_id=speaker.source_id, source_kind=speaker.kind,
            cue=cue, type=kind, confidence=max(0.1, confidence - (0.1 if resolved else 0)),
            resolved_from=resolved, pattern=pattern, mention_start=mention[0],
            mention_end=mention[1],
        )  # fmt: skip

    def _sentence(
        self, start: int, end: int, state: ReadingState, headline: bool
    ) -> list[Suggestion]:
        found = []
        for suggestion in self._sentence_claims(start, end, state, headline):
            found += self._what_they_called(suggestion, state)
        after = found[-1].end if found else start
        aside = DISMISSED_AS.search(state.text, after, end)
        if aside is None:
            # "…, often in what Western officials describe as retaliation for …": theirs; "…,
            # the court ruled, in a judgment campaigners called …" after a claim.
            aside = WHAT_THEY_CALLED.search(state.text, after, end)
            if aside and not aside["mention"]:
                aside = None
        if aside:  # "…, a claim Moscow dismissed as "Kyiv's propaganda"": Moscow's, with its verb
            speaker, resolved = self.resolve(
                aside.group("mention"), state, at=aside.start("mention")
            )
            opens = aside.start("cue" if aside.re is DISMISSED_AS else "content")
            s, e = trim_passage(state.text, opens, end)
            if speaker and e - s >= 12:
                found.append(
                    self._suggestion(
                        s,
                        e,
                        speaker,
                        cue=aside.group("cue").split()[0],
                        kind="indirect",
                        confidence=0.7,
                        pattern="dismissed_as" if aside.re is DISMISSED_AS else "what_they_called",
                        resolved=resolved,
                        text=state.text,
                        mention=aside.span("mention"),
                    )  # fmt: skip
                )
        return found

    def _said_before(
        self, before: tuple[int, int], start: int, end: int, state: ReadingState
    ) -> Suggestion | None:
        """ "Karsk shelled 80 towns in a day. That's according to President Anton Drevic, …":
        the sentence before is the claim, and the one after says whose it is; so with a
        quotation before '… Wessmere Police said in a post on Sunday.'"""
        text = state.text
        source = THATS_ACCORDING.match(text, start, end)
        quoted = None
        if source is None and text[before[1] - 1 : before[1]] in ('"', "”"):
            source = BARE_SAID.fullmatch(text, start, end)
            # the whole quotation, though the sentences inside it were read one by one
            paragraph = text.rfind("\n", 0, before[0]) + 1
            opened = max(
                text.rfind("“", paragraph, before[1] - 1), text.rfind('"', paragraph, before[1] - 1)
            )
            quoted = (opened, before[1]) if opened >= 0 else None
            if quoted is None or text[paragraph:opened].strip():
                return None  # only a quotation that opens its paragraph is theirs alone
        if source is None:
            return None
        speaker, resolved = self.resolve(source["mention"], state, at=source.start("mention"))
        s, e = trim_passage(text, *(quoted or before))
        if speaker is None or e - s < 12:
            return None
        return self._suggestion(
            s, e, speaker, cue=source.groupdict().get("cue") or "according to",
            kind="direct" if quoted else "according_to", confidence=0.8,
            pattern="quote_then_said" if quoted else "thats_according", resolved=resolved,
            text=text, mention=source.span("mention"),
        )  # fmt: skip

    def _what_they_called(self, found: Suggestion, state: ReadingState) -> list[Suggestion]:
        """ "…, in what regulators called one of the largest breaches": the regulators' claim,
        not the speaker's; "… and posted what it said was a sample": the speaker's second."""
        text = state.text
        inner = WHAT_THEY_CALLED.search(text, found.start, found.end)
        if inner is None or _inside_quotation(text[found.start : inner.start()]):
            return [found]
        first_end = trim_passage(text, found.start, inner.start())[1]
        if first_end - found.start < 12:
            return [found]
        first = replace(found, end=first_end, text=text[found.start : first_end])
        s, e = trim_passage(text, inner.start("content"), found.end)
        if e - s < 12:
            return [first]
        if inner.group("pronoun"):  # "what it said was": the sentence's speaker
            return [first, replace(found, start=s, end=e, text=text[s:e], cue="said")]
        mention = inner.group("mention")
        speaker, resolved = self.resolve(mention, state, at=inner.start("mention"))
        if speaker is None:
            return [first]
        second = self._suggestion(
            s, e, speaker, cue=inner.group("cue"), kind="indirect", confidence=0.7,
            pattern="what_they_called", resolved=resolved, text=text,
            mention=(inner.start("mention"), inner.end("mention")),
        )  # fmt: skip
        return [first, second]

    def _sentence_claims(
        self, start: int, end: int, state: ReadingState, headline: bool, depth: int = 0
    ) -> list[Suggestion]:
        text = state.text
        sentence = text[start:end]
        if is_furniture(sentence) or THATS_ACCORDING.match(sentence):
            return []  # ("That's according to X, …" names the source of the sentence before)
        label = _HEADLINE_LABEL.match(sentence) if headline else None
        if label and sentence[label.end() : label.end() + 1] not in '“"':
            # "Ebola Outbreak: WHO Says 19 Dead …": the label is no part of who says it.
            # ("Several killed in shelling of Mykolaiv: Region's governor" has none after it.)
            found_after = self._sentence_claims(start + label.end(), end, state, headline, depth)
            if found_after:
                return found_after
        if (
            headline
            and ": " not in sentence
            and (HEADLINE_AFTER.match(sentence) or HEADLINE_CUE_FIRST.match(sentence))
        ):
            # "Nurse told colleagues she had …, murder trial hears": all of it the trial heard
            # (a live blog's "Ukraine war live: …" label is cut further on).
            found_in_headline = self._headline(start, end, state)
            if found_in_headline:
                return found_in_headline
        semicolon = text.find("; ", start, end)
        if (
            semicolon >= 0
            and not _inside_quotation(text[start:semicolon])
            # In the body, one semicolon only: each half is read twice, once alone and once in
            # the whole, so more would make a sentence of many clauses quadratic.
            and (headline or text.find("; ", semicolon + 2, end) < 0)
        ):
            # "Fighters claim raid into Kursk; Moscow says attack repelled": two headlines.
            # "Police estimated the crowd at 24,000; organisers put it at more than 100,000":
            # two attributions, when each half has its own.
            first = self._sentence_claims(start, semicolon, state, headline)
            second = self._sentence_claims(semicolon + 2, end, state, headline)
            if headline or (first and second):
                return first + second
            if (
                second
                and second[0].mention_start is not None
                and second[0].mention_start - (semicolon + 2) < _OPENING_ATTRIBUTION
            ):
                # "The last ferry left at 9:15 p.m.; after that, officials said, there might
                # be …": the half whose attribution opens it (not "…; that was the most in a
                # decade, the office said", whose claim may be the whole sentence).
                return second
        if (
            state.quote_speaker
            and (
                WHOLE_QUOTE.match(sentence)
                # '"He laughed about it. He said they'd be fine.' and the quote runs on into the next
                # paragraph: all of it the speaker's, the "He said" inside too.
                or (sentence[:1] in '“"' and opens_quote_without_closing(sentence))
            )
        ):
            # “An hour a night adds up …”: the speaker's words go on; a cue inside is theirs.
            return [self._continued_quote(start, end, state)]
        split_quote = SPLIT_QUOTE.match(sentence)
        if split_quote:
            # “Troops will work without pay,” she said, “while those who caused it are paid.”
            first = self._match(start, start + split_quote.end("attribution"), state)
            if first and first.type == "direct":
                s, e = trim_passage(
                    text, start + split_quote.start("second"), start + split_quote.end("second")
                )
                more = replace(first, start=s, end=e, text=text[s:e], pattern="split_quote")
                return [first, more]
        fronted = _FRONTED_SAYING.match(sentence)
        if fronted:
            # "Declaring that attacks are continuing, Zelensky said that 13 drones were …": two
            # claims, the participle's first, by the main clause's speaker.
            rest = self._sentence_claims(start + fronted.end(), end, state, headline, depth)
            if rest and rest[0].source_name and rest[0].start >= start + fronted.end():
                s, e = trim_passage(
                    text, start + fronted.start("content"), start + fronted.end("content")
                )
                first = replace(rest[0], start=s, end=e, text=text[s:e], pattern="fronted_saying")
                return [replace(first, cue=fronted["cue"].casefold()), *rest]
        for conceded in self._concession_ends(sentence):
            # "While Netanyahu said he was "ready for a truce", his conditions include …": what
            # was said ends with the clause; the main clause is the reporter's, or a claim of its
            # own ("…, residents said a school was hit").
            first = self._match(start, start + conceded, state)
            if first:
                rest = _AFTER_THE_CLAUSE.match(text, start + conceded, end)
                return [first, *self._sentence_claims(rest.end(), end, state, headline, depth)]
        # Not after an opening phrase: "For his part, Andrew Bailey said …" is one clause.
        lead = LEADING_ADVERBIAL.match(sentence)
        split, second = SPLITTERS.search(sentence, lead.end() if lead else 0), None
        if split and _inside_quotation(sentence[: split.end()]):
            split = None  # '… that, "We have a sound bill, but it's also one …"': one speaker's
        if split:  # two attributions in one sentence: each clause on its own
            first = self._match(start, start + split.start(), state)
            # "…, though they cautioned …": "they" is the first clause's speaker; "Israel holds
            # five positions, which it says are needed …": its subject, though it said nothing.
            subject = speaker_of(first) if first else self._clause_subject(start, split, state)
            if subject:
                state.speakers.append((start, subject))
            # "A panned it …, B accused … and C tweeted that …": the rest is split again, a
            # few times at most (each split reads the rest of the sentence once more).
            further = (
                self._sentence_claims(start + split.end(), end, state, headline, depth + 1)
                # "…, which it says are in support of Hamas, while Israel has struck deeper":
                # the clause's subject says it, up to the next split
                if (first or subject)
                and depth < MAX_SPLITS
                # "…, while Wendeler said he had not heard it and suggested Haverty had …": the
                # second clause's two claims (its own subject, named)
                and (
                    SPLITTERS.search(sentence, split.end())
                    or (
                        sentence[split.end() :].lstrip()[:1].isupper()
                        and AND_SAID.search(sentence, split.end())
                    )
                )
                else []
            )
            second = further[0] if further else self._match(start + split.end(), end, state)
            if subject:
                state.speakers.pop()
            if len(further) > 1:
                return [first, *further] if first else further
            if second and (first or subject):
                return (
                    [first, *self._back_to_the_subject(second, first, split)] if first else [second]
                )
        if (
            split
            and split.group().split()[-1:] == ["but"]
            and _DID_NOT.match(sentence, split.end())
        ):
            # 'A deputy said "not many," but couldn't provide a number': what the speaker did
            # next, no part of what was said
            return [first] if first else []
        found = self._match(start, end, state)
        if (
            split
            and first
            and second is None
            and found
            and found.start == first.start
            and (
                (
                    split.group().split()[-1:] == ["while"]
                    and sentence[split.end() : split.end() + 1].isupper()  # another subject
                )
                # "…, even as investors cheered figures …": what happened meanwhile
                or split.group().split()[-2:] == ["even", "as"]
                # "She insisted that all options remain open, but also signaled possible
                # agreement with …": the speaker's next act, no part of what was said
                or (
                    split.group().split()[-1:] == ["but"] and _ALSO_DID.match(sentence, split.end())
                )
            )
        ):
            # "Rubio derided Trump as untrustworthy, while Cruz bashed him for …": the second
            # clause, another's and no claim the shapes read, is not the first speaker's
            return [first]
        if (
            split
            and second
            and (
                found is None
                or _across(found, start + split.start())
                # "Economists had expected 120,000 jobs, but the report "beat every forecast,"
                # according to the administration": the expectation was others'
                or _OTHERS_EXPECTED.match(sentence)
                # "Speaker slams Dems as he claims zero plan to cut …": what he slammed is no
                # claim; what he claims is
                or split.group().split() == ["as"]
            )
        ):
            # "Kyiv rarely confirms strikes, but Ukrainian media, citing sources, said …": the
            # first clause is the reporter's, and the sentence whole fits no shape, or only one
            # whose speaker is in the first clause and cue in the second ("The framework
            # includes hearing aids but Harlan, who …, said …" is not the framework's).
            return [second]
        adding = ADDING.search(text, found.start, end) if found else None
        if adding and _inside_quotation(text[start : adding.start()]):
            adding = None  # '"…, adding insult to injury," she said'
        if adding and adding.group().startswith(", which") and adding.start() != found.mention_end:
            adding = (
                None  # "…, according to the elections office, which said …": only the speaker's
            )
        if (
            adding
            and found.pattern in ("according_to_tail", "trailing_said")
            and adding.start() < found.end
        ):
            # "Tixora brought in surge pricing, saying it would stop touts, according to the
            # Beacon": the participle is the clause's own subject's, inside what the trailing
            # speaker said (but "…, the Beacon said, adding that …" is the speaker's).
            adding = None
        other = None
        other_span = None
        if adding and adding["quoted"]:
            # "…, with the Post quoting Kessick as saying that …": Kessick's claim, not the Post's
            other_span = adding.span("quoted")
            other = self.resolve(adding["quoted"], state, at=other_span[0])[0]
            adding = adding if other else None
        if (
            adding
            and adding.group().startswith(", who")
            and found.mention_end is not None
            and _PARTICIPLE.search(text, found.mention_end, adding.start())
        ):
            # "…, Sanders said, contradicting Sen. Jeff Flake (R-Ariz.), who said earlier in the
            # day that …": what the one named before "who" said, not the speaker. (Not "Lars
            # Hovland, chief economist at Fjord Securities, who said …": he is the speaker.)
            named = _NAMED_BEFORE_WHO.search(text, found.mention_end, adding.start())
            other = self.resolve(named["name"], state, at=named.start())[0] if named else None
            other_span = named.span("name") if named else None
            adding = adding if other else None
        if adding:
            # "…, accusing it of smuggling fuel": the verb is the claim.
            s, e = trim_passage(text, adding.start("verb") if adding["verb"] else adding.end(), end)
            late_that = _WHEN_THEN_THAT.match(text, adding.end() - 1, e)
            if late_that:  # "who said earlier in the day that …"
                s = late_that.end()
            relayed = _RELAYED_BY.search(text, s, e)
            if relayed:
                e = trim_passage(text, s, relayed.start())[1]
            another = _AND_ANOTHER_ACT.search(text, s, e)
            if another and not _inside_quotation(text[s : another.start()]):
                # "…, noting that none of the amendments had passed and questioning Republicans'
                # motives": what was noted ends where the speaker's next act begins
                e = trim_passage(text, s, another.start())[1]
            if adding.start() < found.end:  # "X denied any role, saying …": the first claim ends
                first_end = trim_passage(text, found.start, adding.start())[1]
                where = _IN_A_STATEMENT.search(text, found.start, first_end)
                if where:  # "The FBI confirmed the incident in a statement to CNN, adding …"
                    first_end = trim_passage(text, found.start, where.start())[1]
                found = replace(found, end=first_end, text=text[found.start : first_end])
            more = replace(found, start=s, end=e, text=text[s:e], type="indirect", cue="added")
            if other:
                more = replace(
                    more, source_mention=other.mention, source_name=other.name,
                    source_id=other.source_id, source_kind=other.kind, resolved_from=None,
                    mention_start=other_span[0], mention_end=other_span[1],
                )  # fmt: skip
            # "Meta has said it will not, calling the rules …": too short to be a claim alone.
            # "She has said little publicly about the split, telling …": only what she told.
            return [c for c in (found, more) if _says_something(c, text)]
        if found and found.pattern in ("parenthetical", "according_to_tail", "trailing_said"):
            # "When the group turned back, friends said, the pair went on and said …", "Agents
            # ordered everyone out and asked them …, according to a worker": the second verb is
            # the clause's own subject's, inside what the speaker said.
            goes_on = (
                _SAID_THEN_GOES_ON.match(text, found.mention_end, end)
                if found.pattern == "trailing_said" and found.mention_end is not None
                else None
            )
            if goes_on:
                # "Schools will open late, Superintendent Glen Tennant said, and will provide
                # bottled water": the subject's second verb, the speaker's claim too.
                s, e = trim_passage(text, goes_on.end(), end)
                return [found, replace(found, start=s, end=e, text=text[s:e])]
            return [found]
        if found:
            # (or right after it, where the parse ended the first clause: "confirmed the
            # positive test and remarked that …")
            more = AND_SAID.search(text, found.start, found.end)
            after = AND_SAID.match(text, found.end, end) if more is None else None
            gap = _PARTICIPLE_GAP.match(text, found.end) if more is None and not after else None
            if gap:
                # "reported a 14% rise in profit on Wednesday, beating forecasts, but warned
                # that …": the participle's phrase is the reporter's; the warning the speaker's.
                more = AND_SAID.match(text, gap.end(), end)
            more = more or after
            if (
                more
                and self.syntax
                and more["verb"] in _ALSO_ADJECTIVES
                and not self.syntax.is_verb(sentence, more.start("verb") - start)
            ):
                more = None  # "… masking RSF movements and alleged foreign support": an adjective
            first_end = found.end
            found = replace(found, end=end) if (gap or after) and more else found
            if more and _inside_quotation(text[start : more.start()]):
                more = None  # '"He phoned me and said the water was coming in," she said'
            if more is None:
                pointed = AND_POINTED.search(text, found.start, found.end)
                if pointed:
                    found = replace(
                        found, end=pointed.start(), text=text[found.start : pointed.start()]
                    )
                return [found]
            # "… accused X of Y and said it would Z": two claims by one speaker.
            first_end = min(first_end, trim_passage(text, found.start, more.start())[1])
            parts = [replace(found, end=first_end, text=text[found.start : first_end])]
            for _ in range(_MOST_VERBS_LISTED):
                second = _after_verb(text, more, found.end)
                parts.append(
                    replace(found, start=second[0], end=second[1], text=text[slice(*second)])
                )
                # "… stood by her account, alleged …, and questioned how …": a third.
                more = AND_SAID.search(text, second[0] + 1, second[1])
                if more is None:
                    break
                end_here = trim_passage(text, second[0], more.start())[1]
                parts[-1] = replace(parts[-1], end=end_here, text=text[second[0] : end_here])
            # "has said little about the plan, but indicated …": only what was indicated.
            # "acknowledged the issue and said …": too short to be a claim alone.
            return [c for c in parts if _says_something(c, text)]
        if headline:  # the parse may read a headline's two clauses as one sentence
            found_in_headline = self._headline(start, end, state)
            if found_in_headline:
                return found_in_headline
        parsed = self._parsed(start, end, state)
        if parsed:
            return [parsed]
        other = _QUOTE_THEN_NAME.match(sentence)
        if (
            state.quote_speaker
            and sentence.lstrip()[:1] in '“"'
            # '"We're going to look at it," Trump answered' after someone else's quotation: the
            # quotation is Trump's, whatever his verb, never the last speaker's.
            and not (other and other["name"].split()[-1] not in state.quote_speaker.name)
            # '"Throw your stones," the chorus goes': a song's words, not the speaker's going on
            and not _QUOTE_THEN_WORDING.match(sentence)
            and not _QUOTE_THEN_ANOTHER.match(sentence)
        ):
            continued = self._continued_quote(start, end, state)
            # '"Who knows?" she says': too short to be a claim, as when she is named
            return [continued] if continued.end - continued.start >= 12 else []
        if (
            state.quote_speaker
            and sentence.lstrip()[:1] not in '“"'  # (whose, the block above decides)
            and _THEIR_WORDS_QUOTED.search(sentence)
            # 'A reporter pressed her on whether the delay is "just a scheduling thing"': the
            # question's words, not hers
            and not _A_REPORTER.match(sentence)
            # "They discussed tax reform, calling it a "once in a generation" opportunity" after
            # one man's words: many who do something of their own, not him going on
            and not (
                _THEY_OPEN.match(sentence)
                and state.quote_speaker.kind == "person"
                and " and " not in state.quote_speaker.name
            )
        ):
            # '"…," said Hanne Moe. Calls for a ban were "completely understandable".': her
            # words, partly quoted, as her paragraph goes on.
            s, e = trim_passage(text, start, end)
            return [
                self._suggestion(
                    s, e, state.quote_speaker, cue="said", kind="indirect", confidence=0.7,
                    pattern="paraphrase_goes_on", resolved="(quote continues)", text=text,
                )
            ]  # fmt: skip
        hedge = HEDGES.search(sentence)
        if hedge:
            return [_hedged(text, *trim_passage(text, start, end), hedge.group(1).lower())]
        if headline:
            return self._headline(start, end, state)
        return []

    def _a_person(self, mention: str, state: ReadingState, at: int) -> bool:
        """Whether the words name a person ("Renk" after "Tobias Renk"), as resolved."""
        speaker, _ = self.resolve(mention, state, at=at)
        return speaker is not None and speaker.kind == "person"

    def _concession_ends(self, sentence: str) -> list[int]:
        """Where a clause the sentence opens with "While" or "Although" may end: by the parse,
        then before the main clause's speaker and cue ("While Bramwell claims it has reached
        …, the Coast Guard says …", which the parse may read as a noun, "Bramwell claims")."""
        if not _CONCESSION.match(sentence):
            return []
        parsed = self.syntax.concession_end(sentence) if self.syntax is not None else None
        main = _MAIN_SPEAKER.search(sentence)
        ends = [parsed, main.start() if main else None]
        return list(dict.fromkeys(end for end in ends if end is not None))

    @staticmethod
    def _back_to_the_subject(second: Suggestion, first: Suggestion, split) -> list[Suggestion]:
        """ "X rejected the result, which the commission said was won by Y, and said they would
        challenge it": after the "which" clause, ", and said" is X's again."""
        text = second.text
        more = AND_SAID.search(text) if split.group().strip(" ,").startswith("which") else None
        if more is None or not text.startswith(",", more.start()):
            return [second]
        cut = len(text[: more.start()].rstrip(" ,"))
        return [
            replace(second, end=second.start + cut, text=text[:cut]),
            replace(
                first, start=second.start + more.end(), end=second.end, text=text[more.end() :]
            ),
        ]

    def _clause_subject(self, start: int, split, state: ReadingState) -> Speaker | None:
        """The name the clause at `start` opens with, when a "which" clause follows it."""
        if not split.group().strip(" ,").casefold().startswith("which"):
            return None
        end = start + split.start()
        lead = LEADING_ADVERBIAL.match(state.text, start, end)
        start = lead.end() if lead else start  # "In Taipei, the presidential office thanked …"
        subject = _CLAUSE_SUBJECT.match(state.text, start, end)
        if subject is None:
            return None
        speaker, _ = self.resolve(subject.group(1), state, at=subject.start(1))
        return speaker

    def _continued_quote(self, start: int, end: int, state: ReadingState) -> Suggestion:
        """A quote that goes on without naming the speaker again ('"…," it said': the
        quotation, without the pronoun that could not be placed)."""
        attributed = _QUOTE_THEN_SPEAKER.match(state.text, start, end)
        s, e = trim_passage(state.text, start, attributed.end("quote") if attributed else end)
        return self._suggestion(
            s, e, state.quote_speaker, cue="said", kind="direct", confidence=0.8,
            pattern="continued_quote", resolved="(quote continues)", text=state.text,
        )  # fmt: skip

    def _parsed(self, start: int, end: int, state: ReadingState) -> Suggestion | None:
        """What the dependency parse reads in a sentence no pattern fitted (claims.suggest.syntax)."""
        if self.syntax is None:
            return None
        text = state.text
        # "VELSK (Reuters) – …": the parse reads the sentence after it
        start = _dateline_end(text, start, end, state)
        for reading in self.syntax.readings(text[start:end]):
            handle = _HANDLE_AFTER.match(text, start + reading.mention_end)
            if handle:  # "Twitter user @nessa_veyra": the parse's noun, then whose handle
                reading = replace(reading, mention_end=handle.end() - start)
            mention = text[start + reading.mention_start : start + reading.mention_end]
            pronoun = None
            if reading.antecedent and mention.casefold() in PRONOUNS:
                # "A group calling itself X released video of what it said was …": "it" is the
                # sentence's own subject, not the last speaker.
                pronoun = mention
                mention = text[start + reading.antecedent[0] : start + reading.antecedent[1]]
            if reading.cue in _PASSIVE_TOLD and _WITH_ABSOLUTE.search(
                text[start : start + reading.mention_start]
            ):
                continue  # (nor those a "with" phrase says were warned)
            if not plausible_subject(mention) or _inside_quotation(
                text[start : start + reading.mention_start]
            ):
                continue  # (nor whom a quotation quotes in turn: the quotation is the speaker's)
            # "…, said the college's general secretary, Nicola Ranger, in a speech": her name.
            appos = _APPOSITION.match(text, start + reading.mention_end, end)
            speaker, resolved = self.resolve(
                mention,
                state,
                appos=clean_mention(appos.group(1)) if appos else "",
                at=start + reading.mention_start,
            )
            resolved = resolved or pronoun
            if speaker is None:
                continue
            s, e = trim_passage(text, start + reading.content_start, start + reading.content_end)
            if e - s < 12 or text.startswith(":", e) or _SAID_THIS.match(text, s, e):
                continue  # (not "Politics live: ministers warn …": a page's label)
            return self._suggestion(
                s, e, speaker, cue=reading.cue, kind="indirect", confidence=0.6, pattern="parse",
                resolved=resolved, text=text,
                mention=mention_span(text, start + reading.mention_start, start + reading.mention_end),
            )  # fmt: skip
        return None

    def _headline(self, start: int, end: int, state: ReadingState) -> list[Suggestion]:
        text = state.text
        # "…, reports say": the attribution at the end first, as its cue ends the headline.
        match = (
            HEADLINE_QUOTE.match(text[start:end])
            or HEADLINE_NAME_QUOTE.match(text[start:end])
            or HEADLINE_TO_WHOM.match(text[start:end])
            or HEADLINE_COLON_SPEAKER.match(text[start:end])
            or HEADLINE_AFTER.match(text[start:end])
            or HEADLINE_CUE_FIRST.match(text[start:end])
            or HEADLINE.match(text[start:end])
            or HEADLINE_NAME_COLON.match(text[start:end])
        )
        if not match:
            return []
        mention, mention_at = match.group("mention"), start + match.start("mention")
        # "Rail fares to rise 4.6% in March, as unions warn of …": the second story's speaker.
        second_story = list(HEADLINE_ALSO.finditer(mention))
        if second_story and match.re is HEADLINE:
            mention_at += second_story[-1].end()
            mention = mention[second_story[-1].end() :]
        clause = mention.rfind(", ")
        if clause >= 0 and match.re is HEADLINE and len(mention[:clause].split()) >= 3:
            # "Plane turns back after technical issue, pilot warns of water landing": the second
            # clause's subject (not "Biden, Harris warn …": two names).
            mention_at += clause + 2
            mention = mention[clause + 2 :]
        cue = (match.groupdict().get("cue") or "said").lower()
        subject = (
            self.syntax.opening_subject(mention)
            if match.re is HEADLINE_QUOTE and self.syntax is not None and len(mention.split()) > 2
            else None
        )
        if subject and self.syntax.holds_clause(mention, subject[1], len(mention)):
            # '"This storm will kill you": officials plead with coast to leave …': who pleads
            # (not "… : the long Covid patients still waiting for answers", no verb of theirs)
            mention_at += subject[0]
            mention = mention[subject[0] : subject[1]]
        if len(mention.split()) > 6:
            return []
        if match.re is HEADLINE_TO_WHOM and not (
            mention.endswith("s") or len(mention.split()) > 1 or guess_kind(mention) == "person"
        ):
            return []  # "Bid to Boost Sales: Retailer Unveils …": an aim, not a speaker
        if match.re is HEADLINE_CUE_FIRST and _COPULA.search(mention):
            return []  # "Selvania holds rates, says inflation fight is not over": what it says
        if _ENDS_IN_PREPOSITION.search(mention):
            return []  # "Coast Guard Responds to Reports of Oil …": a noun after "to", no cue
        if re.search(r"\b(?:we|I|you)$", mention):
            return []  # 'NorCal fire officials: When we say "get out," we mean it': their own words
        if _VERDICT.match(match.group("content")):
            return []  # "Jury finds former treasurer guilty …": a verdict, on the record
        if re.match(r"(?i:over|about|on|against)\s", match.group("content")):
            # "Ministers warn over chemical weapons": what about, not what; "… Senator's Shock
            # Claim About GOP Leader …", "… cheating claims against teenager": a noun.
            return []
        if cue.startswith("warn") and re.match(WARNED_WHOM, match.group("content")):
            return []  # "Dunholt Town warn fans after £6,000 fine": whom, then when; not what
        first_verb = HEADLINE_FIRST_VERB.match(mention)
        mention = first_verb.group("subject") if first_verb else mention
        if ONLY_REPORTS.fullmatch(mention.strip()):
            # "Castellano closes in on £70m move to Arsenal, reports say": hedged, as in a body
            s, e = trim_passage(text, start + match.start("content"), start + match.end("content"))
            return [_hedged(text, s, e, "reports")]
        speaker, resolved = self.resolve(mention, state, at=start)
        if speaker is None or (
            match.re is HEADLINE_NAME_COLON
            and guess_kind(mention) != "government"  # "Coast Guard: cleanup 'far from over'"
            and not _person_named_below(mention, state)
        ):
            return []  # (not "Ukraine: Russia fires 30 drones overnight", a place's label)
        s, e = trim_passage(text, start + match.start("content"), start + match.end("content"))
        if (
            match.re is HEADLINE_CUE_FIRST
            or match.groupdict().get("cue")
            and match.start("cue") > s - start
        ):
            pass  # the claim is all before its cue ("Humanity faces threat to …, researchers warn")
        elif text[s:e].casefold().startswith("responsibility") or _warned_of(cue, text[s:e]):
            s = start + match.start("cue")  # "militia claims responsibility", 'warns of "…"'
        elif cue in ("claims", "reports", "shows") and " " not in text[s:e].strip():
            return []  # "… as storm claims ease": a noun and its verb
        elif cue in VERB_IS_THE_CLAIM:
            s = start + match.start("cue")  # "… Accuses Hillary Clinton of Lying …" (issue 12)
        also = HEADLINE_ALSO.search(text, s, e)
        if also:
            e = also.start()
        return [
            self._suggestion(
                s,
                e,
                speaker,
                cue=cue,
                kind="direct" if match.re in (HEADLINE_QUOTE, HEADLINE_NAME_QUOTE) else "indirect",
                confidence=0.65,
                pattern="headline",
                resolved=resolved,
                text=text,
                mention=mention_span(text, mention_at, mention_at + len(mention)),
            )  # fmt: skip
        ]


# "the maritime security firm Corvane", "the rights group Amnesty": a description, then a name.
_DESCRIBED_NAME = re.compile(
    r"the\s+(?:(?!(?:at|of|in|on|for|from|by|with)\s)[a-z-]+\s+){1,3}[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)*"
)
_AGENT_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:[a-z]+\s+){0,3}?[a-z]+ed\s+by\s+\Z")
# ", beating City forecasts," between a claim and its speaker's second verb.
# (or a clause of time cut from the claim: "…twice, when he was 13 and 15, but says …")
_PARTICIPLE_GAP = re.compile(
    r"(?:\s+on\s+[A-Z][a-z]+day)?,\s+(?:[a-z]+ing|when|while|before|after)\s[^,;:“”\"]{1,60}(?=,)"
)
_DAY_AT_END = re.compile(r"\s+on\s+" + WEEKDAY + r"\Z")
# A claim with a verb of its own: "that the flights would resume", "the flights would resume".
_THAT_CLAUSE = re.compile(
    r"(?:that\s|[^,;]*\b(?:is|are|was|were|had|has|have|would|will|could)\s)", re.IGNORECASE
)


def _across(found: Suggestion, split_at: int) -> bool:
    """Whether a claim's speaker is named before `split_at` and the claim is after it."""
    return found.mention_end is not None and found.mention_end <= split_at < found.start


def _person_named_below(name: str, state: ReadingState) -> bool:
    """Whether a headline's "Sanders:" is a person's name: so by its words, or written in full
    as one below it ("Senate Budget Chairman Bernie Sanders"), never only the headline's."""
    below = state.text[state.headline_end : state.headline_end + NAMING_WINDOW]
    named = re.finditer(rf"\b(?:[A-Z][\w'’-]+[^\S\n]+)?{re.escape(name)}\b", below)
    return any(guess_kind(full.group()) == "person" for full in named)


def _says_something(claim: Suggestion, text: str) -> bool:
    """Whether a part split from a sentence is a claim of its own: long enough, not "has said
    little publicly", nor "The FBI confirmed the incident …, adding …"'s "the incident"."""
    return (
        claim.end - claim.start >= 12
        and not _SAID_LITTLE.match(text, claim.start, claim.end)
        and not _THING_NAMED.fullmatch(claim.text)
    )


def _inside_quotation(before: str) -> bool:
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _warned_of(cue: str, passage: str) -> bool:
    """ "Commuter groups warned of chaos", "Some scientists cautioned against …": without its verb
    the passage is only "of chaos" or "against …"."""
    return (
        cue.casefold().startswith(("warn", "caution"))
        and (passage.startswith(("of ", "against ")) or _WARNED_WHOM.match(passage) is not None)
        # "The party conceded defeat …", "claimed victory": the verb is what was said.
        or cue.casefold().startswith(("conced", "claim", "admit"))
        and _CONCEDED.match(passage) is not None
    )


_CONCEDED = re.compile(r"(?:defeat|victory)\b")
# Whom a warning was for: "warned the United States to stop …", "warns U.S. against arms sales".
# "warned residents not to …", "Pilot Warns Passengers of Possible Water Landing": whom, then what.
_WARNED_WHOM = re.compile(
    r"(?:[\w'’.-]+\s+){1,3}?(?:(?:not\s+)?(?:to|against)\s+[a-z]|[Oo]f\s+[A-Za-z])"
)


# A document whose author the mention names: "… report by the UN Environment Programme".
_AUTHORED_BY = re.compile(rf"\b(?:{'|'.join(sorted(STUDIES))})\s+(?:by|from)\s+(?:the\s+)?$")


# Forecasters' average, which claims nothing: "a company-compiled consensus", "an LSEG poll of
# analysts".
_CONSENSUS = re.compile(
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:consensus(?:\s+forecast)?|polls?\s+of\s+(?:analysts|economists))"
)


def _hedged(text: str, s: int, e: int, cue: str) -> Suggestion:
    """A claim the text hedges ("reportedly", "is understood to"): no one's."""
    return Suggestion(
        start=s, end=e, text=text[s:e], source_mention=None, source_name=None, source_id=None,
        source_kind=None, cue=cue, type="unattributed", confidence=0.6, pattern="hedge",
    )  # fmt: skip


# "The company denies this.": a denial of what the sentence before said.
_DENIES_IT = re.compile(
    r"(?:denie[sd]|deny|rejects?|rejected|disputes?|disputed)\s+(?:this|that|it)"
)
# Words quoted inside a reporter's sentence: two or more, not all capitalised (not a title,
# "Morning Line"), not a name given ("dubbed "Project Dawn"").
_THEIR_WORDS_QUOTED = re.compile(
    r"(?<!dubbed\s)(?<!called\s)(?<!named\s)(?<!titled\s)(?<!as\s)(?<!so-called\s)"
    r"[“\"](?=[^”\"]*\b[a-z]{3,})[^“”\"\s]+(?:\s+[^“”\"\s]+)+[”\"]"
)
# A tail after a trailing attribution's claim that is another's name for what it is about.
_OTHERS_NAME_FOR_IT = re.compile(rf"\b{OTHERS_NAMING}\Z")
# After a trailing attribution, the claim's subject going on: "…, he said, and will provide …".
_SAID_THEN_GOES_ON = re.compile(
    r"\s+(?:said|says|added|adds)(?:\s+on\s+" + WEEKDAY + r")?,\s+(?:and|but)\s+(?:also\s+)?"
    rf"(?={GOES_ON})"
)
# A "what" clause that is a claim's subject, then what it is: "what is happening in Iraq is a
# continuation of the scheme" (not "what the plan was", a question).
_WHAT_IS_A = re.compile(
    r"what\s+(?:[\w'’-]+\s+){1,10}?(?:is|was|are|were)\s+(?:a|an|the|not|no|nothing|only|part)\s"
)
# Cues whose "how …" tells a story ("tells how the bills are piling up"), not a question.
_TELLS_HOW = frozenset({"tells", "told", "describes", "described", "recalls", "recalled"})
# A person identified by what they did, then what befell them: "A man who admitted pushing a
# boy from a footbridge was jailed for 19 years", "A woman who claimed benefits … has been fined".
_WHO_BY_WHAT_THEY_DID = re.compile(
    r"(?:A|An|The)\s+(?:[\w-]+\s+){0,2}(?:man|woman|boy|girl|teenager|person|driver|mother|"
    r"father|pensioner|student|nurse|doctor|teacher)\s+who"
)
_MAIN_VERB_AFTER = re.compile(
    r"^[^,;]+?\s(?:was|were|has\s+been|have\s+been)\s+(?:jailed|sentenced|convicted|fined|"
    r"cleared|acquitted|charged|arrested|banned|spared|ordered)\b"
)
# A relative clause's cue, and where the sentence's own verb takes over after it: "the caucus
# who had vowed to oppose the bill, was asked …".
_ENDS_IN_WHO = re.compile(r"\s(?:who|which)$")
_RELATIVE_CLOSED = re.compile(r",\s+(?:was|were|is|are|has|have|had|will|would)\s")
_WHO_SAID_CLOSED = re.compile(r",[”\"]?\s+(?-i:[a-z]{3,}ed)\s+(?:his|her|their|its|the|an?)\s")
# "They discussed …": many who did something of their own.
_THEY_OPEN = re.compile(r"\s*They\s+(?-i:[a-z]+ed)\b")
# One who asks, not one who answers: "A reporter pressed her on whether …".
_A_REPORTER = re.compile(
    r"\s*(?:A|An|One|Another)\s+(?:[a-z-]+\s+){0,2}(?:reporter|journalist|questioner|interviewer)\b"
)
# A headline participle's preposition: "Measles case confirmed in Lunden for first time".
_PREPOSITION_FIRST = re.compile(r"(?:for|in|at|on|by|after|over|since|during|from)\s")
# What a speaker did next, after ", but": "… but could not give a number".
_DID_NOT = re.compile(
    r"\s*(?:(?:could|would|did|does|was|were|had)n['’]t|(?:could|would|did|does)\s+not|"
    r"declined|refused)\b"
)
# A clause's verb, which no speaker's name holds: "… says inflation fight is not over".
_COPULA = re.compile(r"\b(?:is|are|was|were|will|would)\b")
# A fronted clause of time the cue stands in, before its comma: "When the mill said …, ".
_FRONTED_WHEN = re.compile(r"\s*(?:When|After|Once|Since|Until|Before)\s[^,;:“”\"]+$")
# The main clause after it: ", it was a blow to …", ", the town was stunned".
_MAIN_CLAUSE = re.compile(
    r",\s+(?=(?:it|he|she|they|we|there|the\s+[\w'’-]+|[A-Z][\w'’-]+)(?:\s+[\w'’-]+){0,3}?\s+"
    r"(?:was|were|is|are|had|has|have|would|could|will|[a-z]{3,}ed)\b)"
)
# "The group also confirmed the toll.": short, but a claim with its verb.
_CONFIRMED_IT = re.compile(
    r"(?:confirm(?:ed|s)?|acknowledge[sd]?)\s+(?:the|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+)?"
)
# "…, 300 km to the north, say": the pattern's speaker is a preposition's object.
_AFTER_PREPOSITION = re.compile(r"\s(?:to|from|near)\s+\Z")
# "…, but well short of what the company claims": the object of the cue, not a claim of its own.
_WHAT_THEY_SAY = re.compile(r"\b(?:what|than)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}$")


def _amid_its_claim(sentence: str, match) -> bool:
    """Whether the speaker and cue stand between commas after a clause: the claim came first,
    and what follows the second comma only adds to it (not 'When asked about it, Zuckerberg
    said, "Well, …"': a quotation, which is what was said)."""
    before = match.group("pre").rstrip()
    return (
        before.endswith(",")
        and len(before.split()) >= 4
        and sentence[: match.start("content")].rstrip().endswith(",")
        and not match.group("content").startswith(("“", '"'))
    )


def _only_an_adjunct(groups: dict) -> bool:
    """ "The ministry said in a joint statement.": what follows the cue is where it was said,
    not what, and the words before the speaker are the claim (a trailing attribution)."""
    content = (groups.get("content") or "").strip(" .")
    # "…, the software maker said on Wednesday, as companies cut back …": a clause about it.
    words = content.split()
    # "…, chief executive Lena Marsh said": the pattern's speaker starts at the name.
    return _AFTER_A_CLAUSE.search(groups.get("pre") or "") is not None and (
        len(words) <= 4
        or _adjunct_opens(content)
        # "…, Lena Marsh said at an event at the state capitol": where, not what.
        or (len(words) <= 7 and _PLACE_OF_SAYING.match(content) is not None)
    )


_WHERE_SAID = re.compile(
    # (the pattern's time may have taken "in the")
    r"(?:in\s+(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,2}(?:chapter|book|memoir|interview|"
    r"statement|post|letter|essay|column|video|podcast|speech|foreword|epilogue)"
)
# Where it was said and nothing more, to the sentence's end or a participle's clause.
_ONLY_WHERE_SAID = re.compile(
    # (not "… confirmed in a statement that it had tracked the debris.": what, after "that")
    r"\s+(?:during|at|in|on)\s+(?:a|an|the|his|her|their|its)\s+(?:(?!\sthat\s)[^,.;:“”\"]){1,60}?"
    r"(?:[.!?]?\s*$|,\s+[a-z]+ing\b)"
)
_ENDS_IN_ARTICLE = re.compile(r"\s(?:his|her|their|its|the|a|an)\s+\Z")
# (not "…, which the news site Vesper reports will …": a relative clause's own claim)
_AFTER_A_CLAUSE = re.compile(r",[”\"]?\s*(?!(?:which|that)\s)(?:[a-z][\w'’-]*\s+){0,4}$")
_PLACE_OF_SAYING = re.compile(
    r"(?:an?\s+|the\s+)?(?:event|rally|news conference|press conference|briefing|ceremony|"
    r"meeting|summit|hearing|forum|conference|gathering|dinner)\b"
    # "said in its annual Emissions Gap Report on Thursday": where it was written.
    r"|(?:[\w'’-]+\s+){0,4}(?i:report|statement|assessment|update|review|letter|bulletin|"
    r"outlook|survey)(?:\s+(?:on|last|this)\s+\w+)?"
    # "wrote in a letter to residents seen by the Guardian": to whom, and who saw it
    r"(?:\s+(?:to|seen\s+by|obtained\s+by)\s+[\w'’ -]{1,40}?)*$"
)


def _adjunct_after(rest: str) -> bool:
    """Whether what follows a parenthetical "…, she said," is about the saying; not ", but …",
    which the parenthetical shape ends the claim before."""
    rest = rest.lstrip(" ,")
    return not rest.startswith("but ") and _adjunct_opens(rest)


def _adjunct_opens(content: str) -> bool:
    """Whether words after a cue are about the saying, not what was said: "as …", "urging …",
    "in the deadliest day since …" (not "in a statement that …")."""
    words = content.split()
    return (
        bool(words)
        and (
            words[0].casefold() in _ADJUNCT_OPENERS
            or (words[0].islower() and words[0].endswith("ing"))  # "urging parents to …"
            or (words[0] == "in" and "that" not in words[:8])
            # "…, the department has confirmed, the biggest increase in more than a decade"
            or _SUPERLATIVE.match(content) is not None
        )
    )


_SUPERLATIVE = re.compile(SUPERLATIVE + r"\b")


_ADJUNCT_OPENERS = frozenset(
    {"as", "and", "while", "amid", "after", "before", "despite", "following", "adding", "saying",
     "citing", "noting", "although", "though", "but",
     # "…, Mark Tran said, mainly because of a weaker outlook": the claim's reason, after it
     "because", "mainly", "largely", "partly", "chiefly"}
)  # fmt: skip


def _after_as(sentence: str, start: int, end: int) -> int:
    """Where the speaker's words start after a headline's "as" ("House Republicans unveil plan
    as Treasury warns …": "Treasury")."""
    cut = max(sentence.rfind(" as ", start, end), sentence.rfind(" while ", start, end))
    return cut + 1 if cut >= 0 else start


# A negation and its adverb right before the cue ("did not directly say"): the cue is denied.
_NEGATED_BEFORE_CUE = re.compile(
    r"\b(?:(?:did|does|do|would|will|could|can|has|have|had)\s+not|\w+n['’]t|never)"
    r"\s+[a-z]+ly\s+\Z"
)


def _may_hold_a_verb(mention: str) -> bool:
    """Whether the words taken for the speaker may hold a verb of their own ("Central bank holds
    rates"): worth asking the parse. A name, or a description without such a word, is not."""
    words = mention.split()
    return len(words) >= 3 and any(
        w[:1].islower() and w.endswith(("s", "ed")) and w not in _NOT_VERBS for w in words[1:]
    )


_NOT_VERBS = frozenset(
    {"its", "his", "this", "was", "has", "is", "as", "us", "officials", "sources"}
)


def _ends_a_list(groups: dict, mention: str) -> bool:
    """ "…, Meta and Microsoft said": the words taken for the speaker end a list begun before."""
    return " and " in mention and (groups.get("pre") or "").rstrip().endswith(",")


# The last "and" of the words taken for a speaker, and what follows it.
_SUBJECT_AFTER_CLAUSE = re.compile(r"\sand\s+(?P<subject>(?:(?!\sand\s).)+)$")
# A finite verb: the words before "and" are a clause of their own.
_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|could|would|will|can|did|does)\b")


def _may_hold_a_clause(mention: str) -> bool:
    """Words the pattern took for the speaker that may hold more than a name ("The company's
    shares fell after it", "Environmental campaigners have long"): worth asking the parse."""
    lower = [w for w in mention.split()[1:] if w[:1].islower() and w not in NAME_LINKS]
    return len(lower) >= 2


# A headline's label before its story: "Ukraine war live: ", "Analysis: ".
_HEADLINE_LABEL = re.compile(r"(?:[\w'’-]+\s+){0,3}[\w'’-]+:\s+(?=\S)")
# "said in a report", "said in its annual review": right after the cue.
_PUBLISHED_IN = re.compile(
    r"\s+in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?(?i:report|study|survey|review|update|"
    r"assessment|analysis|paper|release|filing)\b"  # "in its annual Emissions Gap Report"
)
# "published last year in the journal Nature": the journal's name.
_IN_THE_JOURNAL = re.compile(
    r"\bin\s+the\s+journal\s+(?P<journal>[A-Z][\w'’&-]*(?:\s+(?:of\s+)?[A-Z][\w'’&-]*){0,5})"
)
# How many cue words the parse calls nouns are blanked out in one sentence to look past them.
MAX_MASKED = 3
MAX_SPLITS = 2
# '"We will not accept the results," it said.': a quotation, then a pronoun and its cue;
# '"I've never seen that man," Penrose grumbled to an aide as he left.': the speaker again, by
# a verb of how it was said.
_QUOTE_THEN_SPEAKER = re.compile(
    r"[“\"](?P<quote>[^“”\"]{2,})[,.!?]?[”\"]\s*,?\s*(?:(?:it|he|she|they)\s+(?:said|added|says|"
    r"continued|went\s+on)\b|(?:[A-Z][\w'’.-]+\s+){1,3}[a-z]{3,}ed\b)[^“”\"]{0,200}\Z"
)
# "…, Dr. Peter Salama": a name closing what the greedy trailing shape took for the claim.
_NAME_AT_END = re.compile(rf",\s+{TITLE}?{PROPER_NAME}\Z")
# A sentence that opens with a whole quotation, up to what follows it.
_QUOTATION_FIRST = r"\s*[“\"][^“”\"]{2,}[”\"]\s*,?\s*"
# A quotation, then a name and its verb: '"We will look at it," Trump answered'.
_QUOTE_THEN_NAME = re.compile(
    rf"{_QUOTATION_FIRST}(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}})\s+[a-z]"
)
# What others had expected, before a "but": "Economists had expected about 120,000 jobs, but …".
_OTHERS_EXPECTED = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,2}?(?i:economists|analysts|investors|forecasters|markets|traders)\s+"
    r"had\s+(?:expected|forecast|predicted|projected|anticipated|pencilled\s+in)\b"
)
# How far into a clause its speaker may stand and still open it: "after that, officials said".
_OPENING_ATTRIBUTION = 40
# A quotation, then someone other than the last speaker: '"Great," another member replied'.
_QUOTE_THEN_ANOTHER = re.compile(
    rf"{_QUOTATION_FIRST}(?:another|(?:one|a|an)\s+other|a\s+second|a\s+third)\s+[a-z]"
)
# A quotation, then the thing whose words it is: '"Throw your stones," the chorus goes'.
_QUOTE_THEN_WORDING = re.compile(
    rf"{_QUOTATION_FIRST}(?:the|a|an|its|his|her|their)\s+(?:[a-z]+\s+)?"
    r"(?:chorus|song|lyrics?|lines?|verse|refrain|sign|signs|banner|placard|slogan|poster|"
    r"headline|caption|inscription|note|motto)\s+(?:goes|go|went|reads?|runs?|ran|says|said)\b"
)
# A participle between an attribution and its quotation's second part: "pausing, "…"".
_PAUSING = re.compile(r"[a-z]+ing(?:\s+[a-z]+ly)?,\s+(?=[“\"])")
# A second opening phrase, after the first: ", in an appearance on Liberty News' "Breakfast
# Table," …", a programme's name in quotation marks, its comma inside them.
_SECOND_ADVERBIAL = re.compile(
    rf"(?:in|on|at|during)\s{PHRASE_CHAR}{{1,60}}{PHRASE_COMMA}(?=[A-Z])"
)
# An outlet that reported what someone said: the speaker's claim, which the outlet relayed.
_RELAYED_BY_OUTLET = re.compile(
    r",\s+(?:the\s+)?[A-Z][^,“”\"]{1,60}?\s+(?:reported|reports)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?"
    r"[.!?]?\s*\Z"
)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|tells|added|adds)\b")
# A second participle of the speaker's own after "and": "… and questioning their motives".
_AND_ANOTHER_ACT = re.compile(
    r"\s+and\s+(?:questioning|criticizing|criticising|accusing|urging|calling|blaming|vowing|"
    r"pledging|praising|thanking|defending|rejecting|dismissing)\s"
)
# How something was done, not what was said: "countered by praising …".
_BY_DOING = re.compile(r"by\s+(?!saying|telling|arguing|claiming|insisting|warning)[a-z]+ing\b")
# To whom, then a participle that carries the claim: "wrote to lawmakers on Friday, announcing".
_TO_WHOM_THEN_PARTICIPLE = re.compile(
    r"to\s+[^,;:“”\"]{1,60},\s+(?:announcing|saying|adding|noting|warning|arguing|stating|"
    r"insisting|claiming)\b"
)
# The most verbs of one subject's list read as claims of their own: "stood by her account,
# alleged …, and questioned …".
_MOST_VERBS_LISTED = 4


def _after_verb(text: str, more: re.Match, end: int) -> tuple[int, int]:
    """The claim after "and <verb>": "… and accused a minority of throwing stones" keeps its
    verb, as "… and urged both sides to …" does (a call reads as one only with its verb)."""
    verb = more.group("verb").casefold()
    verb_is_claim = (
        verb in VERB_IS_THE_CLAIM
        or verb.startswith(_KEEPS_ITS_VERB)
        or _warned_of(verb, text[more.end() : end])  # "and warned of storms"
    )
    return trim_passage(text, more.start("verb") if verb_is_claim else more.end(), end)


_RENEWED_CALL = re.compile(RENEWED_CALL)
# "… and have hired a lawyer": a plural's next act, which the parse is asked about.
_PLURAL_GOES_ON = re.compile(r"\s+and\s+(?:have|are|were|do)\s+[a-z]+(?:ed|ing|en)\b")
# A sentence's opening conjunction before its subject: "But Sen. Scott was more verbose, …".
_OPENING_CONJUNCTION = re.compile(rf"{OPENING_CONJUNCTION}(?=[A-Z])")
# A name opening the sentence, its role set after it: "Josh Holmes, a top aide to …".
_NAME_BEFORE_ROLE = re.compile(rf"\s*(?P<name>{PROPER_NAME}),\s+")
# "defense hawks who demanded …": "who" with no comma before it, a restrictive clause.
_RESTRICTIVE_WHO = re.compile(r"(?<![,\s])\s+who\s+$")
# "Declaring that the attacks were continuing, Drevic said …": a claim fronted as a participle.
_FRONTED_SAYING = re.compile(
    r"(?P<cue>Declaring|Noting|Stressing|Saying|Insisting|Warning|Arguing|Claiming|Emphasi[sz]ing|"
    r"Acknowledging|Admitting|Explaining)\s+that\s+(?P<content>[^,;“”\"]{10,200}),\s+(?=[A-Z])"
)
# A sentence that opens with a conceded clause, and what closes that clause.
_CONCESSION = re.compile(r"(?:While|Although|Though|Whereas)\s")
_AFTER_THE_CLAUSE = re.compile(r"[”\"]?[,;]?\s*")
# Where a conceded clause ends when the parse does not say: before the main clause's speaker and
# cue ("While Bramwell claims …, the Coast Guard says …").
_MAIN_SPEAKER = re.compile(
    r"(?<=[\w”\"]),\s+(?=(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+(?:says|said|insists|insisted|"
    r"argues|argued|counters|countered|maintains|maintained)\b)"
)
# A name set off by commas after the words the parse took for the speaker.
_APPOSITION = re.compile(rf",\s+({PROPER_NAME})(?=,|\s+(?:in|on|at)\b|[.!?]?$)")


# The words taken as a cue's time that stopped after an article: "said in an" + "interview last
# month that …".
# The last subordinating word in a long subject, before a capitalised name.
_LAST_SUBORDINATE = re.compile(rf".*\b(?:{_SUBORDINATOR}|as|once|where)\s+(?=[A-Z])")


def _blank(sentence: str, span: tuple[int, int]) -> str:
    """The sentence with a word blanked out, at the same length, so offsets hold."""
    return sentence[: span[0]] + "x" * (span[1] - span[0]) + sentence[span[1] :]


# A statement, a post, a report or a device's record, not who made it: "a statement posted on
# the Telegram messaging app".
_ONLY_A_CHANNEL = re.compile(
    # ("Tessmer said she …, according to the report": the paper's report, which relays her)
    r"(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:statement|post|message|update|video|tweet|report|"
    r"article|story)\b"
    r"(?!\s+(?:by|from|of)\s)"
    # "Harkin said the train was traveling 31 mph …, according to the train's event
    # recorder": what he read it from, a device's record
    r"|(?:an?|the|its|their)\s+(?:[\w-]+(?:['’]s)?\s+){0,2}(?:event|data|voice)\s+recorders?\b"
)
# A clause that opens with its subject's saying: "Ukraine's air force said it had …".
_SUBJECT_SAID = re.compile(
    # ("The Federal Aviation Administration (FAA) said …": its initials too)
    r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?(?:\s+\([A-Z]{2,8}\))?"
    # "Tessmer, who is the federal on-scene coordinator for the spill, said …"
    r"(?:,\s+(?:who|an?|the)\s[^,“”\"]{1,100},)?\s+(?:said|says|reported|announced|"
    # "The prosecutors wrote that …, as per CNN"
    r"confirmed|confirms|told|denied|warned|wrote|argued|alleged|insisted)\b"
)
# A "with" phrase of participles, whose nouns are done to: ", with roads disrupted and …".
_WITH_ABSOLUTE = re.compile(r",\s+with\s+[^,;:“”\"]*$")
# Verbs whose past participle reads as their past tense: "residents warned that …".
_PASSIVE_TOLD = frozenset({"warned", "told", "advised", "urged", "asked", "reminded"})
# A handle after the noun the parse took for a subject: "Twitter user @nessa_veyra".
_HANDLE_AFTER = re.compile(r"[^\S\n]+@\w+")
# "X said (that) …", the shape a relayed claim opens with.
_REPORTED_SPEECH = next(pattern for name, *_, pattern in PATTERNS if name == "reported_speech")
# An outlet that relays what others said: "the Associated Press", "Reuters", "state media".
_OUTLET_TAIL = re.compile(
    r"(?:the\s+)?(?:Associated\s+Press|AP|Reuters|AFP|Agence\s+France-Presse|Bloomberg|"
    r"(?:state|local)\s+media|(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+news\s+agency)$"
)
# "Police chief Gordon Eden said …", "Eden told a news conference …": a named speaker's words.
_NAMED_SPEAKER_SAID = re.compile(
    # "…, in a statement on Saturday, the Rapid Support Forces (RSF) said …": where, then who
    r"(?:(?:in|on|at)\s[^,;:“”\"]{1,60},\s+)?"
    r"(?:[a-z]+\s+){0,2}(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+(?:\s+\([A-Z]{2,8}\))?\s+"
    r"(?:said|says|told|tells|added)\b"
    # "… reports that a second passenger, who asked not to be named, said …": one described
    r"|(?:an?|one|another|two|three)\s+(?:[a-z-]+\s+){0,2}[a-z]+(?:,\s+who\s[^,;:“”\"]{1,80},)?\s+"
    r"(?:said|says|told|tells)\b"
)
_IN_A_STATEMENT = re.compile(
    # "claimed responsibility for the attack in a video posted on its channel", "on a dark-web
    # forum": a few words more, but not another clause ("and posted …").
    r"\s+(?:in|on)\s+(?:a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}(?:statement|email|post|"
    r"interview|video|message|forum|channel|letter|broadcast|press\s+release|social\s+media)\b"
    # (not "… and said in a statement that it would return": what it said follows)
    r"(?!\s+that\b)(?:\s+(?!(?:and|but|while|as)\b)[^\s“”\"]+){0,9}\Z"
)
_CUT_IN_TIME = re.compile(r"\s(?:in|on|during)\s+(?:a|an|the|his|her|its|their)\s*\Z")
_LEAD_IN = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+){0,7}?\s+that,?\s+(?=\S)")
