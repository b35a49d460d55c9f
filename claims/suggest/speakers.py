"""Who is speaking: a mention resolved to a registered source, to a body or person named
before (pronouns, "the group", a surname), or proposed as a new source; and descriptions
("an armed group") named later in the article."""

import difflib
import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from itertools import chain, takewhile

from claims.suggest.matching import (
    DEMONYM,
    FUNCTION_WORDS,
    OWNER,
    PEOPLE_DOING,
    PERSON_HINTS,
    SAINTS_NAME,
    SURNAME_ARTICLES,
    TITLE_BEFORE_NAME,
    TITLE_WORDS,
    KnownSource,
    SourceIndex,
    guess_kind,
    kind_by_keyword,
    name_key,
    organisation_in,
    proper_name,
    speak_for_themselves,
)
from claims.suggest.passages import (
    AFFILIATED,
    RECALLED,
    RUN_BY,
    ReadingState,
    Speaker,
    Suggestion,
    clean_mention,
)
from claims.suggest.patterns import (
    ANONYMOUS,
    CALLED,
    CATEGORY_KINDS,
    CLAIM_NOUNS,
    DATELINE,
    DATELINE_TEXT,
    GROUP_NOUNS,
    MAKERS,
    NOT_A_SUBJECT,
    OPENING_CONJUNCTION,
    PERSON_OF_BODY,
    PRONOUNS,
    PROPER_NAME,
    ROLE_FOR,
    ROLE_FOR_BODY,
    ROLE_NOUNS,
    TAG_STATE,
    UNSIGNED_LETTER,
)
from claims.suggest.syntax import MAX_SENTENCE
from claims.text.sentences import WEEKDAY

DESCRIBING = frozenset({"the", "this", "that", "those", "these"})
SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# "the city's police department", "the country's health ministry".
# "city health officials" after "In Philadelphia, …" too (not "state officials", who may be a
# government's).
PLACE_POSSESSIVE = re.compile(
    r"^the\s+(?P<kind>city|town|country|province|region|state|territory|enclave|island|county)['’]s"
    # "the state's health department", not "the state's Center for Health …", a name
    r"\s+(?P<rest>(?-i:[a-z])[\w\s-]+)$"
    r"|^(?:the\s+)?(?:city|county)\s+"
    r"(?P<officials>(?:[a-z]+\s+)?(?:officials|authorities|police))$",
    re.IGNORECASE,
)
# A country's parts, named "the X region" or "the region of X".
_REGION_NOUNS = frozenset(
    {"region", "province", "oblast", "county", "district", "governorate", "prefecture"}
)
# Two people, the second by their relation to the first: "Penn and his former student Corliss
# Hay".
_AND_THEIR_ROLE = re.compile(
    r"(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+and\s+(?:his|her|their)\s+(?:[a-z-]+\s+){1,3}"
    r"(?P<b>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)"
)
# "Singer Nadia Cole and former baseball star Rafael Ibarra": two people, each described.
_DESCRIBED_PAIR = re.compile(
    r"(?P<a>(?:[A-Za-z][\w'’-]*\s+){1,3}?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+and\s+"
    r"(?P<b>(?:[a-z][\w'’-]*\s+){1,4}[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)"
)
# "The singer and actor": two people, each by their trade.
_TWO_ROLES = re.compile(r"[Tt]he\s+(?P<a>[a-z]+)\s+and\s+(?P<b>[a-z]+)")
_LISTED_NAME = r"(?:[a-z]+(?:\s+[a-z]+){0,3}\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
THREE_LISTED = re.compile(
    rf"(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}),\s+(?P<b>{_LISTED_NAME}),?\s+and\s+"
    rf"(?P<c>{_LISTED_NAME})"
)
# The jury, which hears a trial's evidence: "jurors", "the seven-woman, five-man jury", "the
# jury at Cambridge Crown Court".
_JURY = re.compile(
    r"^(?:(?:the|a)\s+(?:[\w,-]+\s+){0,3}?jury|jurors)(?:\s+(?:at|in)\s+(?P<court>[A-Z].*))?$",
    re.IGNORECASE,
)
# A title only a person has, before a surname.
_PERSONAL_TITLE = (
    r"(?:President|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sen\.|Senator|Rep\.|Gov\.|Governor|Mayor|Judge|"
    r"Chancellor|Minister|Secretary|Speaker)"
)
# A court's name: "Lydgate Crown Court", "the Old Bailey".
_COURT_NAME = re.compile(
    r"(?:[A-Z][\w'’-]+[^\S\n]+){1,3}(?:Crown|Magistrates['’]?|Sheriff|High|Supreme|District|"
    r"County|Superior|Circuit|Federal|Coroner['’]s)[^\S\n]+Court|Old[^\S\n]+Bailey"
)
# What a body posted on its own site: "a timeline on the health department's website".
# "a statement on the singer's Facebook page", "A post shared to his Instagram account",
# "information on the OHG website" (a name as the site's modifier).
_POSTED_ON_SITE = re.compile(
    r"^(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:timeline|statement|post|notice|update|note|message|"
    r"page|report|bulletin|video)|information|details)\s+(?:(?:posted|shared|published)\s+)?"
    r"(?:on|to)\s+(?:(?P<owner>(?:the\s+)?[^,;]{2,60}?)['’]s?|(?P<pronoun>his|her|their|its)|"
    r"the\s+(?P<modifier>(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})))\s+(?:official\s+)?"
    r"(?:(?:Facebook|Instagram|X|Twitter|TikTok|Telegram|YouTube|LinkedIn|Threads)\s+)?"
    r"(?:website|site|web\s+page|webpage|social\s+media\s+accounts?|channel|page|account|feed)$",
    re.IGNORECASE,
)
# A body's name as the modifier of what it issued: "The FDA alert", "the Pentagon statement",
# or its description: "the hospital warning" (Lindell Children's Hospital's).
_NAMED_ISSUER = re.compile(
    r"(?:[Tt]he\s+(?=[A-Z]))?(?P<owner>(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\b)[A-Z][\w&.-]*"
    r"(?:\s+[A-Z][\w&.-]*){0,3}|[Tt]he\s+[a-z]+)\s+(?:alert|statement|notice|warning|advisory|memo|bulletin|announcement|release)"
)
# "according to its governor": the title of whoever runs the place just named.
_ITS_TITLE = re.compile(r"^its\s+(?P<title>governor|mayor|regional\s+governor|head|administrator)$")
_AFTER_IN = re.compile(r"\b(?:in|near|outside|across)\s+$")
# Who a study's findings are attributed to: the institution it came from.
RESEARCHERS = frozenset({"researchers", "authors", "scientists", "team", "investigators"})
STUDIES = frozenset(
    {
        "study",
        "report",
        "survey",
        "analysis",
        "research",
        "paper",
        "review",
        "audit",
        "update",
        "assessment",
        "trial",
        "poll",
        "release",
        # "…, which said in a court filing that …. …, according to the filing"
        "filing",
    }
)
# How much of a claim's opening is read for the subject it names.
MAX_OPENING = 120
OWNED_DOCUMENT = re.compile(
    r"^(?P<owner>(?:[Tt]he\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,4}?)['’]s?\s+(?:(?:latest|own|new|annual|"
    r"quarterly|official)\s+)?(?:statement|figures|data|report|letter|filing|website|"
    r"announcement|estimates?|analysis|records|(?:press|news)\s+release|"
    # "District Court Judge Robert Blink's ruling said": the judge's
    r"ruling|judg(?:e)?ment|opinion|decision|verdict|order|lawsuit|complaint|indictment|memo|email|"
    r"testimony|affidavit|post|tweet|"
    # "The bank's service status page said …"
    r"(?:[\w-]+\s+){0,2}(?:page|site))$"
)
FIGURES = frozenset({"data", "figures", "statistics", "numbers"})
# "An internal army audit", "a Des Moines Tribune poll": the body the document is by.
DOCUMENT_OF = re.compile(
    r"^(?i:an?|the)\s+(?:(?:internal|new|annual|latest|confidential|leaked|draft|recent|\d{4})\s+)*"
    r"(?:(?P<by>(?:[A-Z][\w'’.-]*\s+)+|[a-z]+\s+)(?:audit|report|study|review|survey|poll|investigation|"
    # "according to an AFP tally": the agency's count
    r"assessment|analysis|tally|count)"
    # "a NASA news release said": NASA's (not "a company press release", whose company is
    # the article's)
    # "according to a Quartz article": the outlet's
    r"|(?P<by_name>(?:[A-Z][\w'’.-]*\s+)+)(?:(?:news\s+|press\s+)?release|statement|article|story|"
    # "an AFP count based on official figures": what it was drawn from, not who drew it
    r"editorial|interview|broadcast))(?:\s+based\s+on\s.*)?$"
)
_INSTITUTION = re.compile(
    # "National Institutes of Health": a plural too, never cut inside a word
    r"(?:[A-Z][\w'’-]+[^\S\n]+(?:(?:of|for|and)[^\S\n]+)?)*(?:University|Institutes?|College|"
    r"Laboratory|Observatory|School|Hospital)\b(?:[^\S\n]+(?:of|for|and)(?:[^\S\n]+[A-Z][\w'’-]+)+)?"
)
# "Researchers at/from Dunmore University": where they work.
_WHERE_THEY_WORK = re.compile(rf"[^\S\n]+(?:at|from)[^\S\n]+(?:the[^\S\n]+)?{_INSTITUTION.pattern}")
NUMBER_WORDS = frozenset({"two", "three", "four", "both", "several"})  # "the two carriers"
ONE_OF_THEM = re.compile(
    r"^(?:one|two|some|several|most|each|both|all) of (?:them|those|the (?:people|sources|officials"
    r"|diplomats))$",
    re.I,
)
RELEASED_BY = re.compile(
    # (Not "A study examining data from 299,381 adults": whose data, not who studied it.)
    r"^(?:an?|the)?\s*(?:(?![\w-]+ing\s+(?:data|records|figures|results)\s+from\b)[\w-]+\s+){0,2}?"
    r"(?:summary|reports?|documents?|statements?|figures|data|"
    r"analysis|filing|memo|letter|estimates?|records?|stud(?:y|ies)|surveys?|poll|reviews?|audits?|"
    r"trial|tally|results|announcements?|"
    # '"LEAVE NOW," read a post from the state emergency management office'
    r"posts?|tweets?|messages?|alerts?|notices?|bulletins?|"
    r"investigation|assessment|opinion|ruling|judg(?:e)?ment)"
    r"(?:\s+of(?:\s+[\w,-]+){1,5}?)?"  # "A survey of 40 economists by …"
    r"(?:,?\s+(?:(?:released|"
    # "The majority opinion, written by Chief Justice …, said"
    r"published|issued|compiled|prepared|filed|provided|posted|carried out|conducted|signed|"
    r"written|authored|penned|drafted)"
    r"(?:\s+(?:on|in|last|this|earlier|late)(?:\s+\w+)?|(?:\s+[\w.-]+){1,3}?)?\s+)?"  # "released on Thursday by", "conducted Oct. 10-14 by"
    r"(?:by|from)\s+"
    # "according to announcements Tarvo made on 7 January": whose, named before its verb
    r"|\s+(?=(?-i:[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})\s+(?-i:made|issued|released|published)\b))"
    # "by Eastbrook University for the Redmont Herald": the pollster, not the client.
    r"(?P<by>.+?)(?:\s+(?:released|published|issued|posted|out|made)\b.*|\s+for\s+the\s+[A-Z].*)?$",
    re.IGNORECASE,
)


def is_description(words: list[str]) -> bool:
    """ "the group", "the anti-Putin group", "this group", "the volunteers": a determiner and
    lower-case words (a hyphenated name may qualify them), no name of its own."""
    # "The independent oil and gas producer": two trades joined, which qualify it as one word
    joined = sum(
        word == "and" and before.islower() and after.islower() and after not in DESCRIBING
        for before, word, after in zip(words[1:-2], words[2:-1], words[3:], strict=True)
    )
    return (
        words[0].casefold() in DESCRIBING
        and 2 <= len(words) - 2 * joined <= 4
        and all(word.islower() or "-" in word for word in words[-1:])
        # "The Ukrainian source": a people's adjective may qualify it, as a place's name would
        and all(
            word.islower()
            or "-" in word
            or word.isdigit()  # "The 23 scientists": how many, still no name
            or DEMONYM.fullmatch(word)
            # "The New York-based drugmaker": a place's first word, before where it is based
            or (word[:1].isupper() and "-" in next_word)
            # "the Internet switch maker": a capital qualifying a qualifier, not a name
            or (word[:1].isupper() and next_word.islower() and at + 3 < len(words))
            for at, (word, next_word) in enumerate(zip(words[1:-1], words[2:], strict=True))
        )
    )


_GROUP_NOUNS = frozenset({"group", "movement", "militia", "faction"})


def one_name(mention: str) -> bool:
    """ "The Freedom of Russia Legion", "the Department of Homeland Security": capitalised
    words joined by "of", after "the"."""
    words = mention.split()
    return (
        len(words) >= 3
        and words[0] in ("The", "the")
        and all(word[:1].isupper() or word in ("of", "for", "and", "the") for word in words[1:])
    )


def is_generic(mention: str) -> bool:
    """A description rather than a name: "an armed group", "Rebels", "Opposition"."""
    if ONE_OF_THOSE.fullmatch(mention.strip()):
        return True  # "One of those affected", named next
    words = name_key(mention).split()
    if not words or re.match(r"[A-Z][\w-]*['’]s\s", mention):
        return False  # "Whitfield's office", "Halvia's foreign ministry": whose it is, named
    return (
        mention.split()[0].casefold() in {"a", "an"}
        or (
            len(words) <= 3
            # "Governor says fire put out": a role, whose holder the article names.
            and (
                words[-1] in GROUP_NOUNS | LONE_ROLES | {"opposition"}
                or words[-1] in CATEGORY_KINDS
                # "which the developer says …"; a team's "side" is named by its town
                or words[-1] in COMPANY_NOUNS
            )
            and all(w[:1].islower() for w in mention.split()[1:])
        )
    )


BODY_NOUNS = frozenset(CATEGORY_KINDS) | frozenset(GROUP_NOUNS) | {"association", "institute"}
LONE_ROLES = frozenset(
    {"governor", "mayor", "minister", "spokesman", "spokeswoman", "spokesperson", "prosecutor",
     "coroner", "sheriff", "head", "headteacher"}
)  # fmt: skip


class SpeakerResolver:
    """The speaker-resolving half of the Suggester (claims.suggest.core)."""

    index: SourceIndex

    def resolve(
        self, mention: str, state: ReadingState, appos: str = "", at: int = 0, about: str = ""
    ):
        """The speaker a mention names, and the back-reference wording it was resolved from.
        `about` is the claim, whose own subject a bare "a spokesperson" speaks for."""
        # "a report released on Thursday by X": read before the time is cleaned off.
        released = RELEASED_BY.match(mention.strip(' ,“”"'))
        # "A group of Russian fighters who oppose the Kremlin": the group, never the Kremlin
        # ("Residents who fled to the regional capital" keep their description).
        mention = clean_mention(mention)
        relative = _RELATIVE_TAIL.search(mention)
        if relative and re.search(r"\s[A-Z]", relative.group()):
            mention = mention[: relative.start()]
        appos = (appos or "").strip(" ,")
        if not mention:
            return None, None
        mention = _READ_AS.get(mention, mention)
        role_of = (
            _NAME_ROLE_OF.search(state.text, max(0, at - 120), at)
            if mention.startswith(("the ", "The "))
            else None
        )
        if role_of:
            # "Craig Trescott, director of the Olway Weekender said …", the comma after the body
            # left out: he speaks, not the body his role names.
            return self.resolve(role_of["name"], state, at=role_of.start("name"), about=about)
        book = _A_BOOK.fullmatch(mention)
        author = self._author(state, at) if book else None
        if author:
            # "According to an excerpt of the book previewed by Vesper": its author's words.
            return replace(author, mention=mention), mention
        if ONE_OF_THOSE.fullmatch(mention):
            # "One of those affected has reacted angrily …": a person, whom the article may
            # name next.
            return Speaker(mention, mention, None, "person", generic=True), None
        letter = _UNSIGNED_LETTER.fullmatch(mention)
        if letter or _UNSIGNED_RELEASE.fullmatch(mention):
            # "Customers received a letter stating: "…"", "According to a news release,
            # officials linked the outbreak to …": the body the article last quoted, which put
            # it out; for a letter, no one when no body has spoken.
            body = next((s for s in state.recent() if _named_body(s)), None)
            if body:
                return body, mention
            if letter:
                return None, None
        both = self._named_by_two_roles(mention, state, at)
        if both:  # "The singer and actor confirmed …": the two named so
            return both, mention
        pair = _AND_THEIR_ROLE.fullmatch(mention) or _DESCRIBED_PAIR.fullmatch(mention)
        if pair:
            # "Penn and his former student Corliss Hay warned …", "Singer Nadia Cole and
            # former baseball star Rafael Ibarra said …": both, each by name.
            first, _ = self.resolve(pair["a"], state, at=at)
            second, _ = self.resolve(pair["b"], state, at=at + pair.start("b"))
            if first and second and first.kind == second.kind == "person":
                name = f"{first.name} and {second.name}"
                return Speaker(mention, name, None, "person"), None
        listed = THREE_LISTED.fullmatch(mention)
        if listed:
            # "Stroud, provost Amir Daud and dean of students Celia Ward said …": the three.
            people = [
                self.resolve(listed[part], state, at=at + listed.start(part))[0]
                for part in ("a", "b", "c")
            ]
            if all(person and person.kind == "person" for person in people):
                name = f"{people[0].name}, {people[1].name} and {people[2].name}"
                return Speaker(mention, name, None, "person"), None
        qualified = self._qualified_before(mention, state, at)
        if qualified:  # "Prosecutors said …" after "federal prosecutors said …": the same ones
            return replace(qualified, mention=mention), mention
        others = re.match(r"(?P<named>[A-Z].*?)\s+and\s+(?:other|several)\s+[a-z]", mention)
        if others:  # "Reyes and other state officials": the one named speaks for them
            speaker, resolved = self.resolve(others["named"], state, appos, at, about)
            if speaker:
                return speaker, resolved or mention
        shares = re.match(r"[Ss]hares\s+(?:of|in)\s+(?=(?:the|its|their)\s)", mention)
        if shares:  # "Shares of the Internet switch maker … after it announced": the company's
            speaker, _ = self.resolve(mention[shares.end() :], state, appos, at + shares.end())
            return speaker, mention
        nicknamed = _NICKNAMED.search(state.text, max(0, at - 40), at)
        if nicknamed and re.fullmatch(r"[A-Z][\w'’-]+", mention):
            # 'The rapper Kane "K-Dot" Asante has told a jury …': his first name too.
            mention = f"{nicknamed.group('first')} {mention}"
        known_as = _KNOWN_AS.search(state.text, max(0, at - 120), at)
        if known_as and re.fullmatch(r"[A-Z][\w'’-]+", mention):
            # "Mohamed Hamdan Dagalo, better known as Hemedti, said": the name in full.
            mention = known_as.group("name")
        maker_of = _MAKER_OF.fullmatch(mention)
        if maker_of:
            # "FileNet's stock plunged after the maker of document processing systems said …":
            # the company, as "the software maker" would be.
            speaker, _ = self.resolve(f"the {maker_of['noun']}", state, appos, at, about)
            if speaker is not None and not speaker.generic:
                return speaker, mention
        others = re.match(r"(?:other|fellow)\s+(?=[A-Z])", mention)
        if others and self.index.match(mention[others.end() :], state.words) is None:
            # "…, mirrored that of other Democrats, who said …": not those named before
            name = mention[others.end() :]
            return Speaker(mention, name, None, guess_kind(name)), None
        issued = _ISSUED_THING.fullmatch(mention)
        issuer = self._issuer(issued["noun"], state, at) if issued else None
        if issuer:
            # "The information came in a tweet from the department. A second tweet said …": the
            # department's, though it had not spoken yet.
            return issuer, mention
        ruled = _THE_RULING.fullmatch(mention)
        window = max(0, at - NAMING_WINDOW)
        judge = list(_A_JUDGE_RULED.finditer(state.text, window, at)) if ruled else []
        if judge:
            # "A judge on Tuesday refused to stop a recount …. …, according to the ruling": the
            # judge's, though the judge had not spoken.
            speaker, _ = self.resolve(judge[-1]["judge"], state, at=judge[-1].start("judge"))
            if speaker:
                return speaker, mention
        words = mention.casefold().split()
        if len(words) == 2 and words[1] in _GROUP_NOUNS and DEMONYM.fullmatch(mention.split()[0]):
            # "The militant, Islamist group acknowledged …": a description after its comma
            mention, words = f"the {mention}", ["the", *words]
        same = self._same_role(words[-1], state) if len(words) == 2 and words[0] == "the" else None
        if same:  # "The writer went on: …" after "The author … wrote …"
            return same, mention
        office = self._titled_office(mention, state, at)
        if office:  # "the office said" after "Helvick County Sheriff's officials say …"
            return office, mention
        named_in_appos = _name_in(appos)
        self_named = _NAMED_THEMSELVES.match(appos)
        if self_named:  # "The soldiers, who called themselves the Committee for …, said"
            return self._named(self_named["name"], state, at), None
        if words[0] in PRONOUNS:
            if words[1:] and words[-1] in _OTHER_SIDE and appos:
                # "its rival, the Sudanese army, disputed the claim": never the body "its" is
                return self.resolve(appos, state, at=at, about=about)
            if named_in_appos:  # "Their association, the Nordvik Savers' Group, said"
                named = self._named(named_in_appos, state, at)
                if words[1:] and words[1] in _SHARE_A_SURNAME and " " not in named.name:
                    named = self._surnamed(named, GENDERED.get(words[0]), state, at)
                return named, None
            own_title = _ITS_TITLE.match(mention)
            region = self._of_region(None, own_title["title"], state, at) if own_title else None
            if region:  # "…, according to its governor" after "over the region of Mykolaiv"
                return region, mention
            couple = (
                self._couple(state, at)
                if words[0] == "their" and len(words) == 2 and words[1] in _REPRESENTATIVES
                else None
            )
            if couple:  # "Nia Vance and her husband … have separated, their representatives said"
                return couple, mention
            role = (
                _ROLE_IN_SENTENCE.search(state.text, _sentence_start(state.text, at), at)
                if len(words) > 1 and words[1] in SPOKESPEOPLE
                else None
            )
            if role:
                # "Asked whether the governor would campaign …, his spokesman declined": the
                # governor's.
                speaker = self._titled_before(role.group(), state, role.start())
                if speaker:
                    return speaker, mention
            if len(words) > 1 and words[1] in SPOKESPEOPLE and about:
                # "The UN secretary general, António Guterres, has urged …, his spokesman
                # Stéphane Dujarric told reporters": the claim's own subject speaks.
                speaker = self._claim_names(about, PRONOUNS[words[0]], state, at)
                if speaker:
                    return speaker, mention
            holder = _ITS_ROLE_NAMED.fullmatch(mention.strip())
            if holder and guess_kind(holder["name"]) == "person":
                # '"…," its military operations spokesman Abdiasis Abu Musab said': the person
                # named, as "Al-Shabab's spokesman Abdiasis Abu Musab" is
                return self._named(holder["name"], state, at), None
            if (
                _PRESS_OFFICE.fullmatch(" ".join(words[1:]))
                or (words[0] == "its" and " ".join(words[1:]) in _ITS_LAWYERS)
                # "According to its website, the company …": the owner's own words
                or (words[0] in ("its", "their") and " ".join(words[1:]) in _OWN_CHANNELS)
            ):
                # "Its information office said …": the body speaking through its office; "its
                # lawyers said" for a company too.
                speaker = self._antecedent(PRONOUNS[words[0]], state, at)
                if speaker is None and " ".join(words[1:]) in _OWN_CHANNELS:
                    # "Ilse Marra, director of Aerolinea Sur, said …. According to its website":
                    # the body the sentences before name, though it never spoke.
                    speaker = self._organisation_before(
                        state, at, since=max(0, at - 2 * MAX_SENTENCE)
                    )
                if speaker:
                    return speaker, mention
            rest = mention.split(maxsplit=1)[1] if len(words) > 1 else ""
            if rest[:1].isupper():  # "Her Civic Platform party says …": the party it names
                return self._named(rest, state, at), None
            body = self._possessed(mention, state, at) if len(words) > 1 else None
            if body:  # "Halvia will impose duties …, its trade ministry announced"
                return body, mention
            if len(words) > 1 and RELATIVES.match(words[-1]):
                return self._relatives(words, state, at), mention  # "his son wrote …": not he
            if words[1:] == ["party"] and words[0] in GENDERED:
                party = self._party_of(GENDERED[words[0]], state, at)
                if party:  # "Peter Obi of the Labour Party …. His party said …"
                    return party, mention
            fronted = (
                _FRONTED_PLURAL.search(state.text, max(0, at - MAX_SENTENCE), at)
                if words == ["they"]
                else None
            )
            if fronted:
                # "Although company executives made no promises …, they said …": the fronted
                # clause's subject, named though it never spoke.
                return self._named(fronted["name"], state, at), mention
            since, last = state.speakers[-1] if state.speakers else (0, None)
            if (
                words == ["they"]
                and last
                and last.kind == "unnamed"
                and "\n" not in state.text[since:at]
            ):
                # "…, the people said. No final decision has been made and Vantor could still
                # decide not to proceed, they said": still the people, not the company.
                return last, mention
            gender = GENDERED.get(words[0])
            named_before = self._person_of_clause_before(state, at) if gender else None
            if named_before and len(words) == 1:
                return named_before, mention
            voice = _spokesperson_before(state, at, gender) if len(words) == 1 else None
            if voice:  # "A Jawbone spokeswoman said …. "…," she wrote.": the company's
                return voice, mention
            # "A prominent activist was arrested, his organisation said": a body of his, not he;
            # a description the article may name later.
            owned = gender and len(words) == 2 and CATEGORY_KINDS.get(words[1]) in _NOT_HIS
            speaker = (
                None if owned else self._antecedent(PRONOUNS[words[0]], state, at, gender=gender)
            )
            if (
                speaker
                and speaker.generic
                and len(words) == 1
                and about.startswith(f"{words[0].title()} ")
            ):
                # '"He has to get a new board …," he said' after "An engineer … found that …":
                # the one described, whom the quotation speaks of, is not the one who says it;
                # the person named who spoke before (not '"He talked to her …," he said' after
                # Lutz spoke of an officer: Lutz still).
                speaker = next(
                    (
                        s
                        for s in state.recent()
                        if s.kind == "person"
                        and not s.generic
                        and _gender(s, state, at) in (None, gender)
                    ),
                    speaker,
                )
            surname = self._surname_speaker(state, at) if gender and len(words) == 1 else None
            if surname and not (speaker and speaker.name.endswith(surname.name)):
                # '"Edward Snowden is a traitor," Rubio said. / "That is not consistent," he
                # added.': the last speaker, a surname the parse took for a body.
                return surname, mention
            if speaker is None and gender and len(words) == 1:
                # "Ward sister Amanda Reid, who worked with her, was in tears. She said …" after
                # a man spoke: the person the parse finds just before, unless the text calls
                # them otherwise.
                speaker = self._person_before(state, at)
                if speaker and _gender(speaker, state, at) not in (None, gender):
                    speaker = None
            if speaker:
                if gender and speaker.kind == "person":
                    state.genders.setdefault(speaker.name, gender)
                return speaker, mention
            if len(words) == 1:
                return None, mention
            # "their union" before the union is named: a description the article names later.
        if (
            named_in_appos
            # "A source close to the King's younger brother, Prince Edmar,": the name is the
            # brother's, not the source's.
            and not re.search(r"\bclose\s+to\s", mention)
            # "amNewYork's analysis of the council's database, Legistar": the name is the
            # database's, not the analysis's
            and not _WRITING_OF.match(mention)
            and (self.index.match(mention, state.words) is None or _ends_in_role(mention))
            and (
                mention[:1].islower()
                or words[0] in {"the", "a", "an", "its", "his", "her", "our", "their"}
                or mention.split()[-1][:1].islower()
                or mention.split()[-1] in _ROLE_ACRONYMS  # "Luton's MP, Sarah Owen, said"
                # "Labour's shadow transport spokesman in the Lords, Lord Hendy, said"
                or bool(set(words) & SPOKESPEOPLE)
            )
        ):
            # "The regional governor, Ines Okafor, said", "Velonet's chief executive, Sabine
            # Roth, said", "the study's lead author, Dr Nina Sato of the Coastal Research
            # Institute": the name is the speaker, the description their role.
            named = self._named(named_in_appos, state, at)
            if (
                (_ends_in_role(mention) or guess_kind(mention) == "person")
                and named.source_id is None
                and named.kind == "organisation"
            ):
                # "The battalion's commander, … Taiga", "one resident, who gave only her first
                # name, Miriam": a person, named.
                named = replace(named, kind="person")
            elif (
                named.kind == "person" and named.source_id is None and words[-1] in DESCRIBED_BODIES
            ):
                # "English Premier League club, Aston Bridge, has announced …": a club, though
                # its name reads as a person's (and "Premier" as a title)
                named = replace(named, kind="organisation")
            elif (
                named.kind == "person"
                and named.source_id is None
                and " " not in named.name
                and words[0] in ("a", "an", "the")
                and guess_kind(mention) not in ("person", "unnamed")
            ):
                # "A maritime security firm, Ambrey, said": a firm, whatever the parse thought.
                named = replace(named, kind=guess_kind(mention))
            return named, None
        surveys = (
            list(_SURVEY_BY.finditer(state.text, _sentence_start(state.text, at), at))
            if PORTION.match(mention) or _SHARE_OF.match(mention)
            else []
        )
        if surveys:
            # "a survey by Pharmacy Network Britain in which 64% of pharmacies said …": of
            # those its survey asked.
            speaker, _ = self.resolve(surveys[-1]["by"], state, at=surveys[-1].start("by"))
            if speaker:
                return speaker, mention
        if PORTION.match(mention) and state.documents:
            # "Nineteen percent said they were undecided": of those the last poll asked.
            return next(reversed(state.documents.values())), mention
        if ONE_OF_THEM.match(mention):
            # "Two aides said …. One of them, who spoke on condition of anonymity, said …"
            speaker = next(state.recent(), None)
            if speaker:
                return speaker, mention
        # "The letter, signed by 42 veterans of the Azov brigade, calls on …": its signatories.
        released = released or RELEASED_BY.match(f"{mention}, {appos}" if appos else mention)
        if released:  # "a summary released by Whitfield's office": the office speaks
            speaker, resolved = self.resolve(released.group("by"), state, at=at)
            self._note_document(mention, speaker, state)
            return speaker, resolved
        posted = _POSTED_ON_SITE.match(mention)
        if posted:  # "a timeline on the health department's website": the department's
            owner = posted["owner"] or posted["pronoun"] or posted["modifier"]
            speaker, resolved = self.resolve(owner, state, at=at, about=about)
            if speaker:
                return speaker, resolved or mention
        issued = _NAMED_ISSUER.fullmatch(mention.strip())
        if issued:  # "The FDA alert says …": the agency's
            speaker, _ = self.resolve(issued["owner"], state, at=at)
            if speaker and not speaker.generic:
                return speaker, mention
        office = _OWNED_OFFICE.match(mention)
        if office:  # "The group's media office said …": the group, through its office
            speaker, _ = self.resolve(office.group("owner"), state, at=at, about=about)
            if speaker:
                return speaker, mention
        owned = OWNED_DOCUMENT.match(mention)
        if owned:  # "The company's statement said …", "the ministry's figures showed …"
            speaker, _ = self.resolve(owned.group("owner"), state, at=at, about=about)
            if speaker:
                self._note_document(mention, speaker, state)
                return speaker, mention
        document = DOCUMENT_OF.match(mention)
        by = document and (document.group("by") or document.group("by_name")).strip()
        if by and (by[:1].isupper() or by in CATEGORY_KINDS):
            # "An internal army audit found …": the army's
            speaker = replace(self._named(by, state, at), mention=mention, generic=False)
            self._note_document(mention, speaker, state)
            return speaker, mention  # resolved: never renamed to a body named later
        if len(words) == 2 and words[0] in DESCRIBING and words[1] in state.documents:
            return state.documents[words[1]], mention  # "The report says …": whose it is
        if (
            # ("It is understood that report stated …": the parse may leave out the "that")
            len(words) == 1 or len(words) == 2 and words[0] in DESCRIBING | NUMBER_WORDS
        ) and words[-1] in STUDIES | _WRITINGS:
            # "A performance report compiled by the Health and Social Care Board cites …. According
            # to the document, …": by whom, though the report itself was not quoted.
            compiled = list(_DOCUMENT_BY.finditer(state.text, max(0, at - NAMING_WINDOW), at))
            if compiled:
                by = (
                    compiled[-1]["by"]
                    or compiled[-1]["outlet"]
                    or compiled[-1]["issuer"]
                    or compiled[-1]["author"]
                )
                speaker, _ = self.resolve(by, state, at=compiled[-1].start())
                if speaker:
                    return speaker, mention
        if len(words) == 1 and words[0] in _POLICE_PEOPLE:
            # "Officers told the paper …" after "The Korrin City Police Department said …": the
            # force they serve in.
            speaker = self._speaker_named_with({"police"}, frozenset(), state)
            if speaker:
                return speaker, mention
        if len(words) == 1 and words[0] in CATEGORY_KINDS:
            # "Police estimated …" after "The city's police department said …": the same body;
            # "Officers from the Riverton Police Department were called …, police said": the body
            # named just before.
            speaker = self._speaker_named_with({words[0]}, frozenset(), state) or (
                self._entity_with_noun(
                    state.text[max(0, at - MAX_SENTENCE) : at],
                    max(0, at - MAX_SENTENCE),
                    {words[0]},
                    frozenset(),
                    state,
                )
            )
            if speaker:
                return speaker, mention
        state_body = _STATE_BODY.match(mention)
        if state_body:
            # "the state Department of Revenue" in Pennsylvania: the Pennsylvania Department of
            # Revenue, by the last US state the text named.
            named = [m.group() for m in _US_STATE.finditer(state.text, max(0, at - 3000), at)]
            if named:
                return self._named(f"{named[-1]} {state_body.group('body')}", state, at), None
        place = PLACE_POSSESSIVE.match(mention)
        named_rest = (
            _CAPITALISED_NAME.search(place.group("rest") or "") if place is not None else None
        )
        if named_rest:
            # "The country's influential Catholic Church": a name of its own, whoever's it is
            return self._named(named_rest.group(), state, at), mention
        if place and self.syntax is not None:
            # "The city's police department" after "Police in Ardell …": Ardell's. "The
            # region's governor" after "over the Khmelnytskyi region": that region's.
            rest = place.group("rest") or place.group("officials")
            body = self._of_region(place.group("kind"), rest, state, at) or self._of_place(
                rest, state, at
            )
            if body:
                return body, mention
        staff = _BODY_STAFF.fullmatch(mention.strip())
        last = next((s for s in state.recent() if s.kind != "person"), None) if staff else None
        if (
            last
            and last.kind == "organisation"
            and last.name == staff["body"]
            and not about.startswith(("they ", "we "))
        ):
            # '"…," Selkie Ferries staff said' when the company was the last body to speak: the
            # company, in its staff's words; not "Selkie Ferries staff said they were exhausted".
            return last, mention
        body_spokesperson = _BODY_SPOKESPERSON.match(mention)
        body_words = body_spokesperson and body_spokesperson["body"]
        owned = body_words and _POSSESSIVE_END.search(body_words)
        owned_noun = False
        if owned:
            # "the Army's spokesperson" after "The Nigerian Army has denied …": the army named
            # before (not "the president's spokesman": a person's, _REPRESENTATIVE_OF's).
            body_words = body_words[: owned.start()]
            owned_noun = bool(_A_BODY_NOUN.fullmatch(body_words.casefold()))
            body_words = body_words if owned_noun or body_words[:1].isupper() else None
        if body_words:
            # "A club spokesperson said …", "a ministry spokesman": the club or ministry meant;
            # "A Home Office spokesperson": the Home Office.
            lower = body_words[:1].islower()
            if lower or body_words.casefold() in DESCRIBED_BODIES or owned_noun:
                # "a council spokesperson": the council named before, if any; the noun alone
                # never becomes a source's name.
                body = self._back_reference(body_words.casefold(), state, at)
                if body is None and body_words in _SERVICES:
                    # "a police spokesman said …. According to police, …": the police, as
                    # "police said" would be (a service, never an unnamed council or company)
                    body = replace(self._named(body_words, state, at), mention=mention)
            else:
                body = self._named(body_words, state, at)
            if body:
                return body, mention
        if len(words) == 2 and words[0] in {"a", "an", "the"} and words[1] in SPOKESPEOPLE:
            # '"…," the spokesman said' after "Press secretary Jay Carney rejected …": the
            # spokesman the article has just quoted.
            # (not past a body quoted since: "… denied the claim, a spokesman for the junta said.
            # "…," an MNDAA spokesperson told RFA. The spokesperson …" is the MNDAA's)
            recent = takewhile(lambda s: s.kind in ("person", "media"), list(state.recent())[:3])
            role_holder = next(
                (
                    s
                    for s in recent
                    if words[0] == "the" and s.kind == "person" and _speaks_for(s, state, at)
                ),
                None,
            )
            if role_holder:
                return role_holder, mention
            # "A spokesperson with the Sunport airport said …. The FBI has taken over the case,
            # the spokesperson said": the spokesperson just quoted, for that body, not the body
            # the claim names
            if words[0] == "the" and state.speakers:
                since, last = state.speakers[-1]
                paragraph_before, _ = _last_paragraph(state.text, at)
                if since >= paragraph_before and SPOKESPEOPLE & set(
                    last.mention.casefold().split()
                ):
                    return last, mention
            # "The agency plans …, a spokesperson said": for the body the claim is about, or
            # else the body the article was just quoting.
            subject = about.split()[:2]
            # "At Frankfurt airport, a spokesperson said …": the place the sentence opened with.
            at_place = _AT_PLACE.search(state.text, max(0, at - 80), at)
            body = (
                Speaker(at_place["place"], at_place["place"], None, "organisation")
                if at_place
                else None
            )
            # Only a body: "the rotas do not capture …" is not the rotas' spokesperson.
            noun = subject[1].casefold() if len(subject) == 2 else ""
            if body is None and _A_BODY_NOUN.fullmatch(noun) and is_description(subject):
                body = self._back_reference(noun, state, at)
            # "The Department of Health said the government had inherited a "broken" NHS …. A
            # spokesperson said …": the body that spoke in the paragraph, not one it named.
            paragraph = state.text.rfind("\n", 0, at)
            body = body or next(
                (
                    s
                    for p, s in reversed(state.speakers[-RECALLED:])
                    if p > paragraph and _named_body(s)
                ),
                None,
            )
            body = body or self._organisation_before(state, at)
            body = body or self._body_the_last_paragraph_was_about(state, at)
            body = body or next((s for s in state.recent() if _named_body(s)), None)
            if body:
                return body, mention
        represented = _REPRESENTATIVE_OF.fullmatch(mention)
        if represented:  # "Moreno's publicist said …": for Moreno
            speaker, _ = self.resolve(represented["owner"], state, at=at)
            if speaker and not speaker.generic:
                return speaker, mention
        titled = self._titled_before(mention, state, at)
        if titled:  # "The governor said …" after "Gov. Martin Ochoa signed the bill"
            return titled, mention
        # "A neighbour who saw the attack said …. The witness, who did not want to be named,
        # said …"; '"…," one parent, who asked not to be named, said. "…," the father of two
        # said': the one just quoted, described again.
        again = (
            _just_quoted(state, at, NEXT_PARAGRAPH, ("person", "unnamed"), _SAW_IT)
            if _THE_WITNESS.fullmatch(mention.strip())
            else _just_quoted(state, at, MAX_SENTENCE, ("person",))
            if _PARENT_OF.fullmatch(mention.strip())
            else None
        )
        if again:
            return again, mention
        role = _THE_NOUN.fullmatch(mention.strip())
        person = (
            self._apposed_before(role["noun"], state, at)
            # (one person's noun: not "the companies", "the museum")
            if role
            and not role["noun"].endswith("s")
            and role["noun"] not in CATEGORY_KINDS.keys() | DESCRIBED_BODIES
            and kind_by_keyword(role["noun"]) is None
            else None
        )
        if person:
            # '"…," said the engineer' after "said Tomas Ledwell, an engineer at the Ministry of
            # Agriculture": the person the article set that noun beside.
            return person, mention
        if PERSON_DESCRIPTION.match(mention):
            # '"…?" the Massachusetts Democrat asked' after "Sen. Elizabeth Warren was not
            # persuaded": the person the article has just named, or the one whose party tag
            # says so ("Sens. Mara Quill, R-Vt., and Tobias Renner, D-Ore., said …").
            person = self._described_before(mention, state, at) or self._tagged_before(
                mention, state, at
            )
            if person is None:
                person = (
                    self._subject_before(state, at) if _RUNNING.search(mention) else None
                ) or (
                    None
                    # "the president's lawyer": someone of the president's, never named yet
                    if _SOMEONES.fullmatch(mention.strip())
                    else self._person_before(state, at)
                )
                if person and _titled_otherwise(person, mention, state, at):
                    # "the armed forces minister" is not "Chris Philp, the digital minister"
                    person = None
            if person:
                return person, mention
        if words[-1] in RESEARCHERS and (is_description(mention.split()) or len(words) == 1):
            # "the authors cautioned": the institution the study came from, named before, or
            # whoever published the last document the article quoted.
            # A bare "Scientists say …" is scientists at large, unless its paragraph names where
            # they work.
            since = (
                max(0, at - NAMING_WINDOW) if len(words) > 1 else state.text.rfind("\n", 0, at) + 1
            )
            institution = _institution(state, self.index, since, at, last=True)
            author = next(reversed(state.documents.values()), None) if len(words) > 1 else None
            if institution or author:
                return institution or author, mention
            # "Astronomers using the Webb telescope say …. … the team reported …": the
            # researchers who spoke before, as the article described them.
            described = next((s for s in state.recent() if _RESEARCH_PEOPLE.match(s.mention)), None)
            if described and len(words) > 1:
                return described, mention
        if words in (["the", "couple"], ["the", "pair"]):
            # "Singer Nia Vance and her husband, the actor Tom Hollis, have separated …, their
            # representatives confirmed. … the couple said": the two of them.
            couple = self._couple(state, at)
            # ("Nadia Cole and Rafael Ibarra said …. … the couple said": the two who spoke)
            couple = couple or next(
                (s for s in state.recent() if s.kind == "person" and " and " in s.name), None
            )
            if couple:
                return couple, mention
        if (len(words) == 3 and words[:2] == ["the", "two"] and words[2].endswith("s")) or (
            len(words) == 2 and words[0] in ("the", "both") and words[1] in _PAIRED_BODIES
        ):
            # "the two companies said in a joint statement", "…, the companies announced": the
            # pair the article named. One of them registered: theirs, as the registry knows no
            # pair.
            lo = max(0, at - NAMING_WINDOW)
            # (A few characters past `at`, for "…, the companies" to be seen after the pair.)
            pairs = [
                pair
                for pair in _PAIR.finditer(state.text, lo, at + 4)
                # Not "complaints filed in New Jersey and Delaware", "regulators in the United
                # States, Canada and Mexico": where.
                if not _WHERE_BEFORE.search(state.text[max(lo, pair.start() - 120) : pair.start()])
            ] or list(_DEAL_PAIR.finditer(state.text, lo, at))
            if pairs:
                a, b = pairs[-1].group("a", "b")
                known = self.index.match(a, state.words) or self.index.match(b, state.words)
                if known:
                    return Speaker(mention, known.name, known.id, known.kind), mention
                return Speaker(mention, f"{a} and {b}", None, "organisation"), mention
        if len(words) == 2 and words[0] == "the" and words[1] in _UNNAMED_PERSON:
            # "A 17-year-old accused of murder has told a jury …. The boy denies …": the person
            # the article introduced undescribed by name, whom it may not name.
            person = next(
                (
                    s
                    for _, s in reversed(state.speakers[-RECALLED:])
                    if s.kind == "person" and s.generic and s.mention.split()[0] in ("A", "An")
                ),
                None,
            )
            if person:
                return person, mention
        aged = _AGED.fullmatch(" ".join(words))
        if aged and aged.group() in state.described:
            return state.described[aged.group()], mention  # the same "71-year-old" again
        if aged:
            # '"…," the 62-year-old alleged': the person given that age ("John Mahama, 62,");
            # or else the person the sentence before named, though she had not spoken ("In a
            # statement, Northern Athletics said Marsh had been charged …. The 29-year-old
            # confirmed …"; "Police pulled Pietro Tarli from the rubble …. '…,' the 71-year-old
            # said", not the reporter who spoke before him); or else the last person to speak.
            person = next(
                (
                    self._named(m["name"], state, m.start())
                    for m in reversed(
                        list(_NAME_WITH_AGE.finditer(state.text, max(0, at - NAMING_WINDOW), at))
                    )
                    if m.group().rstrip(",").endswith(f" {aged['age']}")
                ),
                None,
            )
            before = None if person else self._person_before(state, at)
            person = (
                person
                or (before and self._named(before.name, state, at))
                or next((s for s in state.recent() if s.kind == "person" and not s.generic), None)
            )
            if person:
                state.described[aged.group()] = person
                return person, mention
        if words[-1] in ("judges", "justices") and words[:-1] in (["the"], ["the", "court's"]):
            court = self._back_reference("court", state, at)  # "the judges said": the court's
            if court:
                return court, mention
        jury = _JURY.match(mention)
        if jury:
            # "…, jurors have heard", "the jury at Cambridge Crown Court has been told": what
            # the court heard, the court's record (not the jurors').
            named = jury["court"] or next(
                (m.group() for m in _COURT_NAME.finditer(state.text, at, at + NAMING_WINDOW)), None
            )  # a lede's "jurors have been told" before the court is named
            court = (
                self._named(named, state, at) if named else self._back_reference("court", state, at)
            )
            if court:
                return court, mention
        if words == ["both"]:  # ("both sides" are named so, as the dev articles do)
            # "… accused Rwanda and Uganda of supporting the rebels. Both denied doing so.": the
            # two named last.
            pairs = list(_NAMED_PAIR.finditer(state.text, max(0, at - 300), at))
            if pairs:
                name = f"{pairs[-1]['a']} and {pairs[-1]['b']}"
                return Speaker(mention, name, None, guess_kind(pairs[-1]["a"])), mention
        if words in (["some"], ["others"], ["many"], ["most"]):
            # "Analysts are split. Some expect … Others warn …": some of them.
            people = [
                m.group("name")
                for m in _SUBJECT_PHRASE.finditer(state.text, max(0, at - 300), at)
                if re.fullmatch(r"[A-Z][a-z]+s", m.group("name"))
                and m.group("name").casefold() not in words + ["others"]
            ]
            if people:
                return self._named(people[-1], state, at), mention
        members = _MEMBERS_OF.match(mention)
        if members:  # "The 11 panel members said …": the panel, named before
            body = self._back_reference(members.group("body").casefold(), state, at)
            if body:
                return body, mention
        if is_description(mention.split()):
            # "The group", "the anti-Putin group", "the volunteers", "this group": the last
            # body it can mean, named before. A plain qualifier ("the regional government")
            # names which one: then only a body whose name has the noun will do, not the last
            # of its kind.
            qualifiers = frozenset(
                word
                for word, next_word in zip(words[1:-1], words[2:], strict=True)
                # "the paramilitary group": what sort it is, not which one; "The New York-based
                # drugmaker": where it is, not which one
                if "-" not in word + next_word
                and word not in NUMBER_WORDS | _SORT_OF_GROUP
                and not word.isdigit()  # "the 23 scientists": how many, not which
            )
            # "A failure at cloud provider Stratus Cloud disrupted …, the company said": the
            # body its own sentence named, described as one.
            speaker = (
                self._described_in_sentence(state, at) if words[-1] in DESCRIBED_BODIES else None
            )
            # "the Sudanese armed forces", "the army": a state's own, never an armed group
            regular = words[-2:] == ["armed", "forces"] or words[-1] in ("army", "military")
            speaker = speaker or self._back_reference(
                words[-1],
                state,
                at,
                qualifiers=qualifiers,
                armed=bool(_SORT_OF_GROUP & set(words)) and not regular,
                regular=regular,
            )
            speaker = speaker or self._subject_of_claim(about, words[-1], state)
            speaker = speaker or self._company_before(words[-1], state, at)
            speaker = speaker or self._named_after_noun(words[-1], qualifiers, state, at)
            speaker = speaker or self._lede_subject(words[-1], state)
            speaker = speaker or self._paragraph_opener(words[-1], state, at)
            speaker = speaker or self._company_just_quoted(mention, state, at)
            if speaker is None and words[-1] in _GROUP_NOUNS:
                # "The Islamist group", "the Palestinian militant group" after "Hamas …", when no
                # group is named with those words: what sort of group, not which one (never a
                # new source called "Palestinian").
                sort_only = frozenset(q for q in qualifiers if DEMONYM.fullmatch(q.capitalize()))
                if sort_only:
                    speaker = self._back_reference(
                        words[-1], state, at, qualifiers=qualifiers - sort_only, armed=True
                    )
            if speaker:
                return speaker, mention
        return self._named(mention, state, at, appos=appos), None

    @staticmethod
    def _qualified_before(mention: str, state: ReadingState, at: int) -> Speaker | None:
        """The one speaker before `at` that a bare plural ("prosecutors") names more fully
        ("federal prosecutors"); none when two were ("Aldmerian officials", "Tessalian
        officials")."""
        bare = re.fullmatch(r"(?:[Tt]he\s+)?([A-Za-z]+)", mention.strip())
        if bare is None or bare[1].casefold() not in _QUALIFIED_PLURALS:
            return None
        earlier = {
            s.name: s
            for where, s in state.speakers[-RECALLED:]
            if where < at and _more_of(s.name, bare[1])
        }
        return next(iter(earlier.values())) if len(earlier) == 1 else None

    def _titled_office(self, mention: str, state: ReadingState, at: int) -> Speaker | None:
        """ "The office", "the sheriff's office": the office of the title the article named
        with it, "Helvick County Sheriff's officials" or "the Lane County Sheriff's Office"."""
        described = _THE_OFFICE.fullmatch(mention.strip())
        if described is None:
            return None
        found = [
            m
            for m in _TITLED_OFFICE.finditer(state.text, max(0, at - NAMING_WINDOW), at)
            if described["title"] is None or described["title"].casefold() == m["title"].casefold()
        ]
        if not found:
            return None
        name = f"{found[-1]['name']} Office"
        return _by_name(self.index, state, name, "government", mention=mention)

    def _titled_before(self, mention: str, state: ReadingState, at: int) -> Speaker | None:
        """ "The governor": the person the article gave that title, "Gov. Martin Ochoa", though
        they had not spoken."""
        role = _THE_ROLE.fullmatch(mention.strip()) or _THE_QUALIFIED_ROLE.fullmatch(
            mention.strip()
        )
        if role is None:
            return None
        title = _TITLES_OF[role["role"].casefold()]
        titled = re.compile(
            rf"(?P<whose>(?:(?:[A-Z][\w'’-]+|of|for|the)[^\S\n]+){{0,5}})\b(?:{title})\s+"
            rf"(?P<name>{PROPER_NAME})"
        )
        found = [
            m
            for m in titled.finditer(state.text, max(0, at - 3000), at)
            if _qualifies(role.groupdict().get("qualifier"), m["whose"])
        ]
        if not found:
            return None
        # "Sheriff David Rhodes.": the sentence's full stop is not his.
        name = _SENTENCE_FULL_STOP.sub("", found[-1]["name"])
        return self._named(name, state, found[-1].start("name"))

    def _named_after_noun(
        self, noun: str, qualifiers: frozenset[str], state: ReadingState, at: int
    ) -> Speaker | None:
        """ "The journal said …" after "in the journal Clinical Anatomy Letters": the body the
        article named right after the noun, the last one."""
        if qualifiers or noun in ROLE_NOUNS:
            return None
        named = re.compile(
            rf"\b(?i:the)[^\S\n]+{re.escape(noun)}[^\S\n]+(?P<name>[A-Z][\w'’&-]+(?:[^\S\n]+[A-Z][\w'’&-]+){{0,4}})"
        )
        found = list(named.finditer(state.text, max(0, at - FULL_NAME_WINDOW), at))
        if not found:
            return None
        name = found[-1]["name"]
        return _by_name(self.index, state, name, CATEGORY_KINDS.get(noun, "organisation"))

    def _apposed_before(self, noun: str, state: ReadingState, at: int) -> Speaker | None:
        """The last person named with that noun in an apposition before `at`: "Tomas Ledwell,
        an engineer at the Ministry of Agriculture" for "the engineer"."""
        apposed = re.compile(
            rf"(?P<name>{PROPER_NAME}),[^\S\n]+(?:an?|the)[^\S\n]+"
            # its own words, not another noun's: "the barrister representing the family"
            rf"(?:(?!(?:the|an?|of|for|at|in|on|to|with|and)\b)[\w'’-]+[^\S\n]+){{0,3}}?"
            # "a screenwriter" for "the writer": the noun may end a compound
            rf"[a-z]*{re.escape(noun)}\b(?!['’]s)"
        )
        found = list(apposed.finditer(state.text, max(0, at - NAMING_WINDOW), at))
        # "… in April.\n\nLisa Pembry, the MP": the name, not the sentence's end before it
        name = re.split(r"(?<=[a-z])\.\s+|\n", found[-1]["name"])[-1] if found else ""
        if not name or guess_kind(name) != "person" or _A_TIME.match(name):
            return None  # (not "On Thursday, a senior official …": when, not who)
        person = self._named(name, state, found[-1].end("name") - len(name))
        return person if person.kind == "person" else None

    def _described_before(self, mention: str, state: ReadingState, at: int) -> Speaker | None:
        """ "The Labour leader said …" after "the Labour leader, Sir Owen Pryce" or "Labour
        leader Sir Owen Pryce": the person the article gave that description, the last one."""
        # Whose the person is stays in it: "Trump's campaign manager" is not Clinton's.
        description = re.sub(r"^[Tt]he\s+", "", mention.strip())
        # "the 21-year-old midfielder" after "Portuguese midfielder, Tiago Ferraz": his age is
        # no part of how the article described him
        description = re.sub(r"^\d{1,3}-year-old\s+(?=[a-z])", "", description)
        description = re.escape(description).replace(r"\ ", r"[^\S\n]+").replace("’", "['’]")
        described = re.compile(
            rf"\b(?i:{description}),?[^\S\n]+(?P<name>(?:Sir[^\S\n]+|Dame[^\S\n]+)?{PROPER_NAME})"
        )
        found = list(described.finditer(state.text, max(0, at - FULL_NAME_WINDOW), at))
        if not found or guess_kind(found[-1]["name"]) != "person":
            return None
        name = _SENTENCE_FULL_STOP.sub("", found[-1]["name"])  # "British cyclist Lizzy Banks."
        return self._named(name, state, found[-1].start("name"))

    def _tagged_before(self, mention: str, state: ReadingState, at: int) -> Speaker | None:
        """ "The Vermont Republican": the last person the text tagged "R-Vt." (or "(R-VT)")."""
        described = _STATE_PARTY.match(mention)
        if described is None:
            return None
        party = described["party"][0]
        for tag in reversed(list(_NAME_THEN_TAG.finditer(state.text, max(0, at - 3000), at))):
            where = tag["state"].rstrip(".")
            if tag["party"] == party and _STATES.get(where, where) == described["state"]:
                return self._named(tag["name"], state, tag.start("name"))
        return None

    def _spelled_out(self, initials: str, state: ReadingState, at: int) -> Speaker | None:
        """The body the article last named in full whose initials these are, within
        FULL_NAME_WINDOW characters before `at`."""
        if initials in _ROLE_ACRONYMS:
            return None  # "the MP" is a member of parliament, not "Ms Pembry"
        start = max(0, at - FULL_NAME_WINDOW)
        spelled = None
        for phrase in _NAME.finditer(state.text, start, at):
            short = _SHORT_FOR.match(state.text, phrase.end())
            name = phrase.group()
            if short and initials in short.groups():
                # "the Integrated Food Security Phase Classification, or IPC,": the article's
                # own short name, whatever its letters.
                spelled = name
                continue
            # "Agents of the Immigration Enforcement Agency": the name may start at a later
            # capital of the phrase.
            spelled = next(
                (
                    name[capital.start() :]
                    for capital in re.finditer(r"(?:^|(?<=\s))[A-Z]", name)
                    if _abbreviates(initials, name[capital.start() :])
                ),
                spelled,
            )
        return self._entity(spelled, state, at) if spelled else None

    def _described_in_sentence(self, state: ReadingState, at: int) -> Speaker | None:
        """The last body the sentence before `at` names after its kind ("cloud provider Stratus
        Cloud"), registered or not."""
        stop = max(
            state.text.rfind(". ", max(0, at - MAX_SENTENCE), at), state.text.rfind("\n", 0, at)
        )
        named = list(_DESCRIBED_NAME.finditer(state.text, stop + 1, at))
        if not named:
            return None
        name = named[-1].group("name") or named[-1].group("agent")
        return _by_name(self.index, state, name, "organisation")

    def _company_before(self, noun: str, state: ReadingState, at: int) -> Speaker | None:
        """ "Castleline's shares fell 14%. The company said …": the body whose shares, profits or
        chief executive the text has just named."""
        if noun not in COMPANY_NOUNS:
            return None
        window = max(0, at - 2 * PLACE_WINDOW), at
        owners = [
            *_COMPANY_OWNS.finditer(state.text, *window),
            *_SHARES_IN.finditer(state.text, *window),
            # "drug wholesaler Brennick Health sent …. … the Lakeport-based company said" (not
            # "operator Telvane" for "the phone maker": another trade)
            *(
                trade
                for trade in _TRADE_THEN_NAME.finditer(state.text, *window)
                if _same_trade(noun, trade.group().split()[0].rstrip(",").casefold())
            ),
            # "Cobalt Ridge Mining vice president Teodor Vossberg said …": a company's officer,
            # named further back, as a company is named once and then described.
            *(
                titled
                for titled in _COMPANY_TITLED.finditer(state.text, max(0, at - NAMING_WINDOW), at)
                if kind_by_keyword(titled["name"]) == "organisation"
            ),
        ]
        # Not "the SEC's staff": initials after "the" are a public body's, as a company's are not
        # ("IBM's staff").
        owners = [
            owner
            for owner in owners
            if not (
                owner["name"].isupper()
                and state.text[max(0, owner.start("name") - 4) : owner.start("name")].casefold()
                == "the "
            )
        ]
        if not owners:
            return None
        name = max(owners, key=lambda owner: owner.start("name"))["name"]
        return _by_name(self.index, state, name, "organisation")

    def _lede_subject(self, noun: str, state: ReadingState) -> Speaker | None:
        """ "Orrin unveils foldable phone / Orrin on Tuesday unveiled … / The company also
        said …": the body the headline and the lede both open with, which the story is about."""
        if noun not in COMPANY_NOUNS:
            return None
        # The lede's own paragraph, after any byline.
        lede = state.text[state.headline_end : state.lede_end].strip().rsplit("\n", 1)[-1]
        lede = DATELINE.sub("", lede.lstrip(), 1)
        subject = _LEDE_SUBJECT.match(lede)
        if subject is None or guess_kind(subject["name"]) in ("person", "government"):
            return None
        name = subject["name"]
        # Named in the headline, and capitalised mid-sentence too: not "Shares fell …". A
        # headline may give only the first word: "Korvan delays …" / "Korvan Semiconductor has …".
        first_word = rf"(?<![\w'’-]){re.escape(name.split()[0])}\b"
        if not (
            re.search(first_word, state.text[: state.headline_end])
            and re.search(rf"[\w,;][^\S\n]+{first_word}", state.text[state.headline_end :])
        ):
            return None
        return _by_name(self.index, state, name, "organisation")

    def _paragraph_opener(self, noun: str, state: ReadingState, at: int) -> Speaker | None:
        """ "The Corvell Fresh Group, which is based in Fenmore, is recalling …. ¶ Listeria is a
        bacterium …. ¶ The company said …": the company one of the last few paragraphs opened
        with, as its subject."""
        if noun not in COMPANY_NOUNS:
            return None
        for _ in range(_OPENERS_BACK):
            start, end = _last_paragraph(state.text, at)
            if start < state.headline_end or start == end:
                return None
            opener = _SUBJECT_PHRASE.match(state.text, start, end)
            name = opener["name"] if opener else ""
            # (a company's name may end in "Group": "Corvell Fresh Group")
            if len(name.split()) >= 2 and guess_kind(name) in ("organisation", "group"):
                return _by_name(self.index, state, name, "organisation")
            at = start
        return None

    def _company_just_quoted(self, mention: str, state: ReadingState, at: int) -> Speaker | None:
        """ "Korvin Technologies this week said …. ¶ The Chinese phone maker went further": the
        company quoted last, in a sentence before and in this paragraph or the one before, when
        no other words say whose it is (not "The manufacturer of the instruments")."""
        if mention.split()[-1].casefold() not in COMPANY_NOUNS or not state.speakers:
            return None
        if state.text.startswith(" of ", at + len(mention)):
            return None
        since, last = state.speakers[-1]
        paragraph_before, _ = _last_paragraph(state.text, at)
        if not paragraph_before <= since < _sentence_start(state.text, at):
            return None
        if last.kind != "organisation" or last.generic:
            return None
        # Only a company quoted by its name (not "the hospital", a description of its own).
        return last if re.fullmatch(PROPER_NAME, last.mention) else None

    def _subject_of_claim(self, about: str, noun: str, state: ReadingState) -> Speaker | None:
        """ "Quillsoft will cut 1,800 jobs, the software maker said": the body the claim names
        as its subject, when the description is of a body, not a person."""
        subject = _CLAIM_SUBJECT.match(about)
        if subject is None or noun not in DESCRIBED_BODIES or self.syntax is None:
            return None
        # Any sentence starts with a capital: the parse must call the words an organisation.
        name = subject.group(1)
        # A club or team goes by its town's name, which the small model may call anything:
        # "Valencia have sacked …, the club said".
        team = noun in TEAM_NOUNS
        described = (subject["appos"] or "").split()[-1:]  # "…, the Dutch semiconductor maker,"
        if not (described and described[0] in DESCRIBED_BODIES) and not any(
            s == 0 and e == len(name)
            for s, e, label in self.syntax.entities(about)
            if label == "ORG" or team
        ):
            return None
        return _by_name(self.index, state, name, "organisation")

    def _party_of(self, gender: str, state: ReadingState, at: int) -> Speaker | None:
        """The party the article gave the person "his" or "her" means: "Peter Obi of the Labour
        Party", "the Labour Party's Peter Obi"."""
        person = self._antecedent("person", state, at, gender=gender)
        if person is None:
            return None
        surname = re.escape(person.name.split()[-1])
        party = re.compile(
            rf"\b{surname}\s+of\s+the\s+(?P<of>{_PARTY})|(?P<owns>{_PARTY})['’]s\s+"
            rf"(?:[a-z]+\s+)?(?:[A-Z][\w'’-]+\s+)?{surname}\b"
        ).search(state.text, max(0, at - FULL_NAME_WINDOW), at)
        return self._named(party.group("of") or party.group("owns"), state, at) if party else None

    def _relatives(self, words: list[str], state: ReadingState, at: int) -> Speaker | None:
        """ "Her family said she died peacefully": the family of the person "her" means, a
        source of its own (a family, or a son, speaks as one)."""
        gender = GENDERED.get(words[0])
        if len(words) != 2 or gender is None:
            return None
        if not re.search(r"(?:^|[.!?”\"\n])\s*$", state.text[max(0, at - 40) : at]):
            return None  # "a note his son wrote in class": not a sentence's subject
        person = self._antecedent("person", state, at, gender=gender)
        if person is None:
            return None
        relatives = words[1]
        kind = "person" if re.fullmatch(_KIN, relatives) else "organisation"
        return Speaker(f"{words[0]} {relatives}", f"{person.name}'s {relatives}", None, kind)

    def _named_by_two_roles(self, mention: str, state: ReadingState, at: int) -> Speaker | None:
        """ "singer Fenna and actor Jack Tennick separated …. The singer and actor confirmed …":
        the two the article named with those words, within NAMING_WINDOW before `at`."""
        roles = _TWO_ROLES.fullmatch(mention)
        if roles is None:
            return None
        named = re.search(
            # (the article's words, escaped: never read as a pattern)
            rf"\b{re.escape(roles['a'])}[^\S\n]+(?P<a>(?-i:{PROPER_NAME}))[^\S\n]+and"
            rf"[^\S\n]+{re.escape(roles['b'])}[^\S\n]+(?P<b>(?-i:{PROPER_NAME}))",
            state.text[max(0, at - NAMING_WINDOW) : at],
            re.IGNORECASE,
        )
        if named is None:
            return None
        return Speaker(mention, f"{named['a']} and {named['b']}", None, "person")

    def _couple(self, state: ReadingState, at: int) -> Speaker | None:
        """The last two people the text named as a couple, within NAMING_WINDOW before `at`."""
        couples = list(_COUPLE.finditer(state.text, max(0, at - NAMING_WINDOW), at))
        if not couples:
            return None
        a, b = (proper_name(name, "person") for name in couples[-1].group("a", "b"))
        return Speaker(f"{a} and {b}", f"{a} and {b}", None, "person")

    def _surnamed(
        self, named: Speaker, gender: str | None, state: ReadingState, at: int
    ) -> Speaker:
        """A relative given by first name alone, with the surname of the person the pronoun
        means: "Ivo Carbury said …. His wife, Lena, said" is Lena Carbury, as the desk files her."""
        relative = self._antecedent("person", state, at, gender=gender)
        if named.kind != "person" or named.source_id or not relative or " " not in relative.name:
            return named
        full = f"{named.name} {relative.name.split()[-1]}"
        return _by_name(self.index, state, full, "person", mention=named.mention)

    def _antecedent(
        self, wanted: str, state: ReadingState, at: int, *, gender: str | None = None
    ) -> Speaker | None:
        """What "it", "he" or "they" means: the last fitting speaker, unless a fitting body or
        person was named as a sentence's subject since ("Britain's Ministry of Defence
        published an assessment. It said …"): every entity, not only those who spoke. "She"
        is never a person the article calls "he" (`gender`, from the pronoun)."""

        def fits(speaker: Speaker) -> bool:
            if wanted == "any":
                return True
            if wanted == "person" and gender and _ONE_UNNAMED.match(speaker.name):
                return True  # "A military official said …. He said …"
            if (wanted == "person") != (speaker.kind == "person"):
                return False
            if wanted == "thing" and speaker.kind == "unnamed":
                return False  # "it" is never "two people familiar with the matter"
            if gender is not None and (
                _PARTY_MEMBERS.search(speaker.name) or " and " in speaker.name
            ):
                return False  # "he" is never "House Republicans", nor "Oona Lonn and Peter Ekl"
            return gender is None or _gender(speaker, state, at) in (None, gender)

        since, speaker = next(
            ((start, s) for start, s in reversed(state.speakers[-RECALLED:]) if fits(s)),
            (0, None),
        )
        # Read in place, not as a slice: a window that opens mid-sentence ("… said that Keane
        # had shown no remorse. She said …") has no sentence start there.
        lo = _past_capitals_headline(state, max(since, at - NAMING_WINDOW))
        # "A, Virtanen told reporters, but she said …" (a surname: not "Landen's mother", whose
        # "mother" may be another's)
        if speaker and speaker.name.split() and speaker.name.split()[-1][:1].isupper():
            # (not "… had hard words for the Rubio call": a name that only qualifies a noun)
            again = re.compile(
                rf"(?<!\bthe\s)(?<!\bThe\s)\b{re.escape(speaker.name.split()[-1])}\b(?!['’]s\b)"
            )
            lo = max([lo, *(m.start() for m in again.finditer(state.text, lo, at))])
        named = [
            # "The Supreme Court's majority opinion held …. It also held …": the court's; but
            # "Okonjo's campaign welcomed the ruling. … it said": her campaign, a body
            (m.start("name"), owned.group() if owned else _POSSESSIVE_END.sub("", m.group("name")))
            for m in _SUBJECT_PHRASE.finditer(state.text, lo, at)
            for owned in [
                _OWNED_BODY.match(state.text, m.start("name")) if wanted == "thing" else None
            ]
            if not _DATELINE_HERE.match(state.text, m.start("name"))  # "TORONTO — Thousands of …"
            # "Shares of the switch maker plummeted after it announced …": the shares are not "it"
            and not m.group("name").startswith(("Shares ", "shares "))
            # "The Kestrel Dawn bulk carrier was struck …, he said": a ship, not "he"
            and not (wanted == "person" and m.group().lstrip().startswith("The "))
        ]
        if wanted == "any":  # "Two of the nine members of the committee voted …. They argued …"
            named += [
                (m.start(m.lastgroup), m.group(m.lastgroup))
                for m in _COUNTED_SUBJECT.finditer(state.text, lo, at)
            ]
        if wanted == "person":  # "Regional governor Alexei Smirnov told residents …. He said …"
            named += [
                (m.start("name"), m.group("name"))
                for pattern in (
                    _ROLE_THEN_NAME,
                    _FRONTED_SUBJECT,
                    _NAME_WITH_AGE,
                    _FOR_NAME,
                    _NAMED_SUBJECT,
                    _AND_NAMED_SUBJECT,
                    _DESCRIBED_PERSON,
                    _SPOKESPERSON_ASKED,
                )
                for m in pattern.finditer(state.text, lo, at)
            ]
        # 'A striking worker we'll call "Ana" …. She says …': a person, whom no parse knows.
        called = {
            m.start("name"): Speaker(m["name"], m["name"], None, "person")
            # (or "Twitter user @gwenteo_"; or "Aranda's mother Becky spoke to reporters",
            # "Landen's mother also provided a statement": kin, named by whose they are)
            for pattern in (_PSEUDONYMOUS, _HANDLE_USER, _KIN_SUBJECT)
            for m in pattern.finditer(state.text, lo, at)
            if wanted == "person"
        }
        named += [(where, speaker.name) for where, speaker in called.items()]
        # "The government had offered …. It has described the offer as …": a body described as
        # a sentence's subject, read as if it had spoken there.
        described = {
            m.start("name"): speaker
            for m in (_DESCRIBED_SUBJECT.finditer(state.text, lo, at) if wanted == "thing" else ())
            for speaker in [self.resolve(m["name"], state, at=m.start("name"))[0]]
            if speaker is not None
        }
        named += [(where, speaker.name) for where, speaker in described.items()]
        # '"… sales in U.S. Simple Meals …," she said': not a name inside the quotation.
        quoted = [m.span() for m in _QUOTED.finditer(state.text, lo, at)]
        # "Orlov, he said, could prevent …. He categorically denied …": not a person a claim
        # spoke of, for "he" or "she".
        spoken_of = [span for span in state.claims[-RECALLED:] if span[1] > lo] if gender else []
        for where, name in sorted(named, reverse=True):
            if where not in called and any(q_start <= where < q_end for q_start, q_end in quoted):
                continue
            if any(c_start <= where < c_end for c_start, c_end in spoken_of) and not (
                # "Molaison told Cervantes that …, the office said. "…," he said": one who spoke
                # inside the claim, who may go on speaking
                _TOLD_NEXT.match(state.text, where + len(name))
            ):
                continue
            if (
                wanted == "any"
                and where >= state.sentence_start
                and _SINGULAR_VERB_NEXT.match(state.text, where + len(name))
            ):
                # "…, officials said. The Southern Railway has ordered a probe …, they said":
                # the officials again; what "has" agrees with is not its own sentence's "they"
                # (but "The Front is an armed group …. They say …": a body as a plural)
                continue
            entity = described.get(where) or self._entity(name, state, at) or called.get(where)
            if entity is None and wanted == "any" and name.endswith(" officials"):
                entity = self.resolve(name, state, at=where)[0]
            if (
                entity is None
                and wanted == "any"
                and name.casefold() in _PEOPLE_PLURALS
                and where >= state.headline_end  # "Doctors vote to strike …, their union said"
            ):
                # "Researchers examined data on 14,828 adults. They found …": theirs; "Researchers
                # from Dunmore University are offering …: Before birth, they say, …": the
                # university's, as "Researchers from Dunmore University say" is.
                institution = _WHERE_THEY_WORK.match(state.text, where + len(name))
                entity = (
                    self.resolve(name + institution.group(), state, at=where)[0]
                    if institution
                    else None
                ) or Speaker(name, name, None, guess_kind(name))
            if entity and fits(entity):
                return entity
        return speaker

    def _entity(self, phrase: str, state: ReadingState, at: int) -> Speaker | None:
        """A body or person a sentence names: registered, or a name whose words say it is one."""
        # "Adele Rivers' memoir": her name, without the possessive.
        phrase = RUN_BY.sub("", phrase.removeprefix("The "))
        if phrase[-1:] in "'’" and guess_kind(phrase[:-1]) == "person":
            phrase = phrase[:-1]  # not "Guy's and St Thomas'", a trust's name
        if phrase.casefold() in PRONOUNS:
            return None  # "She told the hearing …": who she is, the pronoun does not say
        known = self.index.match(phrase, state.words)
        if known:
            return Speaker(phrase, known.name, known.id, known.kind)
        if len(phrase.split()) < 2:
            # "Kovac" for Mira Kovac; "Hanjin" for Hanjin Energy; "The M23 is a rebel group"
            named = self._full_name(phrase, state, at) or self._name_from(phrase, state, at)
            if (
                named is None
                and re.fullmatch(r"[A-Z][A-Z0-9&-]{1,7}", phrase)
                and phrase not in _ROLE_ACRONYMS  # "CEO says in memo": a person, described
            ):
                return Speaker(phrase, phrase, None, guess_kind(phrase))
            return named
        kind = guess_kind(phrase)
        return Speaker(phrase, proper_name(phrase, kind), None, kind) if kind != "unnamed" else None

    def _speaker_named_with(
        self,
        nouns: set[str],
        qualifiers: frozenset[str],
        state: ReadingState,
        *,
        not_plural: str | None = None,
    ) -> Speaker | None:
        a_body = any(_A_BODY_NOUN.fullmatch(noun) for noun in nouns)
        for speaker in state.recent():
            if not_plural and speaker.name.islower() and speaker.name.endswith(not_plural):
                continue  # a description of several, for a description of one
            if a_body and speaker.kind == "person":
                continue  # "police spokeswoman Sgt. Anka Ruske" speaks for police, is not it
            located = _LOCATED_IN.search(speaker.name)
            if located and nouns & set(name_key(located["place"]).split()):
                # "Health officials in Ostrova County said …. …, according to the county": the
                # county, not the people in it
                return _by_name(self.index, state, located["place"], "government")
            named = set(name_key(speaker.name).split()) | set(name_key(speaker.mention).split())
            # "Valencia have sacked …, the club said. … A club spokesperson said …"
            described = set(name_key(speaker.described).split()) - set(PRONOUNS)
            if (
                (nouns & named and _qualified(qualifiers, named))
                or (nouns & described and not qualifiers)
                # "Bramwell Oil said …. The oil company said …": what it makes, in its name
                or (
                    qualifiers
                    and nouns & COMPANY_NOUNS
                    and speaker.kind == "organisation"
                    and _qualified(qualifiers, named)
                )
            ):
                return self._one_of_two(speaker, nouns, state)
        return None

    def _one_of_two(self, speaker: Speaker, nouns: set[str], state: ReadingState) -> Speaker:
        """Of two bodies that spoke together, the one with the noun: "The Coastal Lifeboat Trust
        and the coastguard are urging …. … the trust described as …" (not "Department of Health
        and Social Care", one name)."""
        parts = speaker.name.split(" and ")
        if len(parts) != 2:
            return speaker
        with_noun = [part for part in parts if nouns & set(name_key(part).split()[-1:])]
        if len(with_noun) != 1:
            return speaker
        other = parts[1] if with_noun[0] == parts[0] else parts[0]
        if not (
            other.startswith("the ")
            or other.split()[-1].casefold() in BODY_NOUNS
            or self.index.match(other, state.words)
        ):
            return speaker
        return _by_name(self.index, state, with_noun[0].removeprefix("the "), speaker.kind)

    @staticmethod
    def _of_region(kind: str | None, rest: str, state: ReadingState, at: int) -> Speaker | None:
        """The last region (or province, county …; of that kind, if given) the sentence before
        `at` names, owning `rest`: "the Khmelnytskyi region", "the region of Mykolaiv"."""
        sentence_start = max(
            state.text.rfind(". ", max(0, at - MAX_SENTENCE), at),
            state.text.rfind("\n", max(0, at - MAX_SENTENCE), at),
            at - MAX_SENTENCE - 1,
        )
        if kind and kind.casefold() not in _REGION_NOUNS:
            return None
        noun = kind.casefold() if kind else "|".join(sorted(_REGION_NOUNS))
        named = list(
            re.finditer(
                rf"\b(?:(?P<before>[A-Z][\w'’-]+)\s+(?P<noun>{noun})\b|(?:{noun})\s+of\s+"
                rf"(?P<after>[A-Z][\w'’-]+))",
                state.text[sentence_start + 1 : at],
            )
        )
        if not named:
            return None
        last = named[-1]
        place = f"{last['before']} {last['noun']}" if last["before"] else last["after"]
        name = f"{place}'s {rest}"
        return Speaker(name, name, None, guess_kind(rest))

    def _of_place(self, rest: str, state: ReadingState, at: int) -> Speaker | None:
        """The last place the parse names as a city or country before `at`, owning `rest`: in
        the sentence, or the one before (the recogniser costs ~20 ms per 1,000 characters)."""
        before = state.text[max(0, at - PLACE_WINDOW) : at]
        places = [
            before[start:end]
            for start, end, label in self.syntax.entities(before)
            # The small model calls an unknown town an organisation; "in Ardell" is a place.
            if label in ("GPE", "LOC") or _AFTER_IN.search(before, 0, start)
        ]
        if not places:
            return None
        place = places[-1]
        known = self.index.match(f"{place}'s {rest}", state.words)
        if known:
            return Speaker(f"{place}'s {rest}", known.name, known.id, known.kind)
        name = f"{place}'s {rest}"
        return Speaker(name, name, None, guess_kind(rest))

    def _claim_names(self, about: str, wanted: str, state: ReadingState, at: int):
        """The person (or body, for "its") a claim opens by naming, by the parse."""
        if self.syntax is None:
            return None
        labels = {"person": ("PERSON",), "thing": ("ORG",)}.get(wanted, ("PERSON", "ORG"))
        opening = about[:MAX_OPENING]
        named = [opening[s:e] for s, e, label in self.syntax.entities(opening) if label in labels]
        return self._named(named[0], state, at) if named else None

    def _person_of_clause_before(self, state: ReadingState, at: int) -> Speaker | None:
        """The person the clause before names, for a "he" or "she" after its ", but" when the
        sentence's subject is no person: "Democratic Senate officials have told reporters the
        Republican was Rep. Pete Sessions, but he told reporters …" is Sessions."""
        start = state.sentence_start if state.sentence_start <= at else at
        joined = _CLAUSE_JOINED.search(state.text, start, at)
        if self.syntax is None or joined is None:
            return None
        first = state.text[start : joined.start()]
        subject = self.syntax.opening_subject(first)
        people = [
            (s, e)
            for s, e, label in self.syntax.entities(_without_quotations(first))
            if label == "PERSON"
        ]
        if (
            subject is None
            or not people
            or re.match(r"(?:he|she|I|we|you)", first[subject[0] :], re.IGNORECASE)
            or any(s < subject[1] and subject[0] < e for s, e in people)
        ):
            return None  # "Trump called Biden weak, but he said …": the subject still
        s, e = people[-1]
        return self._named(first[s:e], state, start + s)

    def _person_before(self, state: ReadingState, at: int) -> Speaker | None:
        """The last person named in the paragraph before `at`, or the sentence before it, by
        the parse; without one, the last person to speak."""
        # No more than the recogniser reads at once (`Syntax.entities`), from a word's start.
        start = max(0, at - MAX_SENTENCE)
        space = _SPACE.search(state.text, start, at) if start else None
        start = space.end() if space else start
        if self.syntax is None:
            return next((s for s in state.recent() if s.kind == "person"), None)
        # "Anonymous Leakers Leak Anonymously About Anonymous Leak": capitals, not people
        start = _past_capitals_headline(state, start)
        # '"We expect Sen. Sanders to do his," he added': not a name the quotation holds, nor one
        # a claim spoke of ("Ryan said Trump's engagement was encouraging. … the Wisconsin
        # Republican told …").
        before = list(_without_quotations(state.text[start:at]))
        for claim_start, claim_end in reversed(state.claims[-RECALLED:]):
            lo, hi = max(claim_start, start), min(claim_end, at)
            if hi <= start:
                break
            before[lo - start : hi - start] = " " * (hi - lo)
        before = "".join(before)
        named = [
            (s, before[s:e])
            for s, e, label in self.syntax.entities(before)
            # (not "Lava reaches Hallvik …": a headline's first word, its capital the sentence's)
            if label == "PERSON" and (start + s or " " in before[s:e])
        ]
        # "Mikel Arteta insisted …": a name the small model does not know, who spoke; and "Mr
        # Corbyn denied the claims" after "Mrs May said …", though the model knows only her.
        spoke_at, spoke = next(
            ((p, s) for p, s in reversed(state.speakers) if p >= start and s.kind == "person"),
            (-1, None),
        )
        if not named or spoke_at > start + named[-1][0]:
            return spoke
        # "When Rachel Mwangi caught Covid …": a lone word the model calls a person is one
        # only when no full name is in reach or it is part of one.
        full = [n for _, n in named if len(n.split()) > 1]
        words = {w for n in full for w in n.split()}
        named = [n for _, n in named if len(n.split()) > 1 or n in words] or [n for _, n in named]
        speaker = self._named(named[-1], state, start)
        return replace(speaker, kind="person") if speaker.source_id is None else speaker

    @staticmethod
    def _surname_speaker(state: ReadingState, at: int) -> Speaker | None:
        """The last speaker, as a person, when it is a surname alone the parse took for a body
        and nobody else has been named since its last claim."""
        last = state.speakers[-1][1] if state.speakers else None
        if (
            last is not None
            and last.kind == "organisation"
            and last.source_id is None
            and _SURNAME_ALONE.fullmatch(last.name)
            and kind_by_keyword(last.name) is None
            and state.claims
            and not any(
                not state.text.startswith(last.name, m.start() + 1)
                for m in _ANOTHER_NAME.finditer(state.text, state.claims[-1][1], at)
            )
        ):
            return replace(last, kind="person")
        return None

    @staticmethod
    def _same_role(noun: str, state: ReadingState) -> Speaker | None:
        """ "The writer went on: …" after "The author … wrote that …": one role, two words."""
        other = _SAME_ROLE.get(noun)
        return next((s for s in state.recent() if s.name == other), None) if other else None

    def _subject_before(self, state: ReadingState, at: int) -> Speaker | None:
        """The person who opens the sentence just before `at`, by the parse: "Donald Trump
        pounced on Hillary Clinton …. The Republican nominee called on …" is Trump, the subject,
        not the last person named."""
        if self.syntax is None:
            return None
        start = max(0, at - 2 * MAX_SENTENCE)
        openings = list(_SENTENCE_OPENS.finditer(state.text, start, max(start, at - 1)))
        if not openings:
            return None
        opening = openings[-1]
        sentence = state.text[opening.end() : at]
        dateline = _DATELINE_HERE.match(sentence)
        lead = dateline.end() if dateline else 0
        people = [(s, e) for s, e, label in self.syntax.entities(sentence) if label == "PERSON"]
        if not people or people[0][0] != lead or len(sentence[lead : people[0][1]].split()) < 2:
            return None  # not a full name opening the sentence
        speaker = self._named(sentence[people[0][0] : people[0][1]], state, opening.end())
        return replace(speaker, kind="person") if speaker.source_id is None else speaker

    def _organisation_before(
        self, state: ReadingState, at: int, since: int | None = None
    ) -> Speaker | None:
        """The last organisation the parse finds in the paragraph before `at` (or since an
        offset): "The grid operator, Trans-Energia, has asked … A spokesperson said …"."""
        if self.syntax is None:
            return None
        start = max(state.text.rfind("\n", 0, at) + 1, at - 400) if since is None else since
        before = state.text[start:at]
        # '"…, that Fake News ABC SHOULD be reporting on, …," the spokesperson said': not a
        # name inside the quotation
        quoted = [m.span() for m in _QUOTED.finditer(before)]
        named = [
            before[s:e]
            for s, e, label in self.syntax.entities(before)
            if label == "ORG" and not any(q_start <= s < q_end for q_start, q_end in quoted)
        ]
        return self._named(named[-1], state, start) if named else None

    def _body_the_last_paragraph_was_about(self, state: ReadingState, at: int) -> Speaker | None:
        """ "But Telvane UK refused to confirm or deny the report. ¶ A spokeswoman told …": the
        body the paragraph before named, when the spokesperson opens a paragraph and no one was
        quoted in the one before."""
        here = state.text.rfind("\n", 0, at)
        if here < 0 or state.text[here:at].strip():
            return None
        start, end = _last_paragraph(state.text, at)
        if any(start <= p < end for p, _ in state.speakers[-RECALLED:]):
            return None
        subjects = [m["name"] for m in _SUBJECT_PHRASE.finditer(state.text, start, end)]
        bodies = [name for name in subjects if guess_kind(name) in ("organisation", "government")]
        return self._named(bodies[-1], state, start) if bodies else None

    def _possessed(self, mention: str, state: ReadingState, at: int) -> Speaker | None:
        """ "its trade ministry" after "Halvia will …": the registered "Halvia's trade ministry",
        for the last subject named in the sentence or the one before."""
        rest = mention.split(maxsplit=1)[1]
        subjects = list(_SUBJECT_PHRASE.finditer(state.text, max(0, at - 400), at))  # in place
        for match in reversed(subjects):
            known = self.index.match(f"{match.group('name')}'s {rest}", state.words)
            if known:
                return Speaker(mention, known.name, known.id, known.kind)
        kind = guess_kind(rest)
        if subjects and kind == "government" and rest[:1].islower():
            # "Halvia rejected the account. Its foreign ministry said …": Halvia's, unregistered.
            owner = subjects[-1].group("name")
            if guess_kind(owner) not in ("person", "government"):
                return Speaker(mention, f"{owner}'s {rest}", None, kind)
        return None

    def _a_place(self, word: str, state: ReadingState, at: int) -> bool:
        """Whether the parse reads the word where the sentence at `at` names it as a country
        or a people."""
        return self._entity_label(word, state, at) in ("GPE", "NORP")

    def _entity_label(self, word: str, state: ReadingState, at: int) -> str | None:
        """What the parse's entities call the words where the sentence at `at` names them
        ("GPE", "PERSON", …). Asked once per word an article: each parse costs as much as a
        sentence's."""
        if self.syntax is None:
            return None
        if word not in state.labels:
            stop = _SENTENCE_STOP.search(state.text, at)
            sentence = state.text[at : stop.start() if stop else at + MAX_SENTENCE]
            state.labels[word] = next(
                (
                    label
                    for s, e, label in self.syntax.entities(sentence)
                    if re.sub(r"^[Tt]he\s+", "", sentence[s:e]) == word
                ),
                None,
            )
        return state.labels[word]

    def _full_name(self, surname: str, state: ReadingState, at: int) -> Speaker | None:
        """ "Kovac" as a subject: the person the article named in full ("incumbent Mira
        Kovac"), first mention first, within FULL_NAME_WINDOW characters before `at` (the
        whole text each time made an article of many names quadratic: 40,000 words took 4×
        the time per word of 1,000)."""
        written = re.escape(surname)
        particle, _, rest = surname.partition("-")
        if rest and particle.casefold() in SURNAME_ARTICLES:
            # "Al-Ansari", "al-Ansari"; "al-Qasimi" after "Nadir Qasimi", the article left out
            written = rf"(?:(?i:{re.escape(particle)})-)?{re.escape(rest)}"
        # "Chief Justice John G. Roberts Jr." for "Roberts": a middle initial, a suffix.
        pattern = re.compile(
            rf"(?<![\w'’-])([A-Z][\w'’-]+)[^\S\n]+(?:[A-Z]\.[^\S\n]+)?({written})\b(?!\s+(?!Jr\.)[A-Z])"
            r"(?:,?[^\S\n]+Jr\.)?"
        )
        title_case = None
        for match in pattern.finditer(state.text, max(0, at - FULL_NAME_WINDOW), at):
            if match.start() < state.headline_end:
                if title_case is None:
                    title_case = _title_case(state.text[: state.headline_end])
                if match.start() == 0 or title_case:
                    # "Chipmaker Nordtek to build …", "Vantor Weighs Bid for Rival Kessel": a
                    # headline's capitals say nothing.
                    continue
            if match.group(1).casefold() not in _NOT_A_FIRST_NAME and not _AFFILIATION.search(
                match.group(1)
            ):
                # not "The Brisco campaign" before "state Senator Paul Brisco", nor "But", nor
                # "Qaeda-linked" of "the al-Qaeda-linked al-Dhulka group"
                break
        else:
            return None
        name = match.group()
        first = _FIRST_NAME_BEFORE.search(state.text, max(0, match.start() - 60), match.start())
        if (
            first
            and first["first"].casefold() not in FUNCTION_WORDS | TITLE_WORDS
            and (
                first["before"].casefold().rstrip(".") in TITLE_WORDS
                or self._entity_label(f"{first['first']} {name}", state, first.start()) == "PERSON"
            )
        ):
            # "Chief Minister Shivraj Singh Chouhan": three names, after a title or by the parse.
            name = f"{first['first']} {name}"
        longer = _LONGER_NAME.search(state.text, max(0, match.start() - 60), match.start())
        if longer and guess_kind(name) != "person":
            # "The Front" after "the Northern Liberation Front": a body's name, all of it.
            name = f"{longer.group().strip()} {name}"
        return self._named(name, state, match.start())

    def _issuer(self, noun: str, state: ReadingState, at: int) -> Speaker | None:
        """Who the article said put out a statement, tweet or post, in the paragraph or so
        before `at`: "a tweet from the department", "The ministry issued a statement"."""
        issued = _issued_by(noun)
        # The last statement the article named, a few paragraphs back if need be ("According to
        # a statement from X, …. …. All procedures were cancelled, the statement said").
        window = NAMING_WINDOW if noun == "statement" else NEXT_PARAGRAPH
        found = list(issued.finditer(state.text, max(0, at - window), at))
        if not found:
            # "Although Korvin had not responded to requests for comment, the announcement
            # claimed …": the body its own sentence opened with.
            opened = _OPENING_CLAUSE_SUBJECT.match(state.text, _sentence_start(state.text, at), at)
            return self._named(opened["name"], state, opened.start("name")) if opened else None
        group = next(g for g in ("by", "who", "said", "fronted") if found[-1][g])
        speaker, _ = self.resolve(found[-1][group], state, at=found[-1].start(group))
        return speaker

    def _author(self, state: ReadingState, at: int) -> Speaker | None:
        """Who wrote the book the article last named: "Rhiannon Gale's memoir", "a memoir by
        Gale", 'Gale's "No Further Questions"'."""
        authored = list(_AUTHORED.finditer(state.text, max(0, at - NAMING_WINDOW), at))
        if not authored:
            return None
        found = authored[-1]
        part = "by" if found["by"] else "owner"
        name = found[part].rsplit("\n", 1)[-1]  # (a headline's last word is not a first name)
        speaker = self._named(name, state, found.end(part) - len(name))
        return speaker if speaker.kind == "person" else None

    @staticmethod
    def _note_document(mention: str, speaker: Speaker | None, state: ReadingState) -> None:
        if speaker is not None:
            words = set(re.findall(r"[\w'’-]+", mention.casefold()))
            # "according to NHS England data …. The figures show …": one set of numbers.
            for noun in STUDIES & words | (FIGURES if FIGURES & words else set()):
                state.documents[noun] = speaker

    def _name_from(self, word: str, state: ReadingState, at: int) -> Speaker | None:
        """A body's name the article gave in full, first word first, not a person's."""
        pattern = re.compile(rf"\b{re.escape(word)}(?:[^\S\n]+[A-Z][\w'’-]+)+")
        # "Drone Attack Hits Iran Defence Ministry Complex / Iran said …": a headline's
        # capitals name nothing.
        match = pattern.search(
            state.text, _past_capitals_headline(state, max(0, at - FULL_NAME_WINDOW)), at
        )
        if match is None:
            return None
        # "Hallam said" after "Hallam Bank's £3.2 billion takeover": "Hallam Bank".
        name = re.sub(r"['’]s$", "", match.group())
        if name.removeprefix("The ") == word:
            return None  # "The The ministry": the entity would be the word again, for ever
        entity = self._entity(name, state, at)
        if (
            entity
            and entity.kind == "person"
            and _BODY_DESCRIPTOR.search(state.text, max(0, match.start() - 30), match.start())
        ):
            # "Stratus said" after "cloud provider Stratus Cloud": a body, though two capitalised
            # words look like a person's name.
            return Speaker(name, name, None, "organisation")
        return entity if entity and entity.kind not in ("person", "unnamed") else None

    def _name_ending(
        self, word: str, known: KnownSource, state: ReadingState, at: int
    ) -> Speaker | None:
        """The name the article gave in full that ends in the word, a registered body's alias:
        that body's kind, unless the name is registered itself."""
        pattern = re.compile(
            rf"\b(?:(?!(?:The|His|Her|Their|Its|Our|This|That|A|An)\b){NOT_A_SUBJECT}"
            rf"[A-Z][\w'’-]+[^\S\n]+)+{re.escape(word)}\b"
        )
        names = [m.group() for m in pattern.finditer(state.text, max(0, at - FULL_NAME_WINDOW), at)]
        if not names:
            return None
        name = names[-1]
        entity = self._entity(name, state, at)
        if entity and entity.source_id is not None:
            return entity
        return Speaker(name, name, None, known.kind)

    def _back_reference(
        self,
        noun: str,
        state: ReadingState,
        at: int,
        *,
        qualifiers: frozenset[str] = frozenset(),
        armed: bool = False,
        regular: bool = False,
    ) -> Speaker | None:
        """ "The group", "the ministry", "the commission": the last thing it can mean. With
        qualifiers ("the defence ministry"), only a body named with those words too; an `armed`
        one ("the paramilitary group") may be a force whose name reads like an army's, a
        `regular` one ("the armed forces") never an armed group."""
        if noun == "bank" and qualifiers == {"central"}:
            # "…, a day after the Reserve Bank of Marovia capped withdrawals. … the central bank
            # said": the central bank the article named, though its name lacks "central".
            named = list(_CENTRAL_BANK.finditer(state.text, max(0, at - NAMING_WINDOW), at))
            if named:
                return self._named(named[-1].group(), state, named[-1].start())
        if noun in ("hospital", "facility") and qualifiers <= {"medical"}:
            # "… at the Ronald Reagan UCLA Medical Center. … the hospital said", "the medical
            # facility also said": the hospital the article named, whatever it is called.
            named = list(_HOSPITAL.finditer(state.text, max(0, at - NAMING_WINDOW), at))
            if named:
                return self._named(named[-1].group(), state, named[-1].start())
        if noun == "campaign" and not qualifiers:
            # "a member of the Save Ferncliffe Library campaign …. The campaign's own statement
            # says …": the campaign by its name, the words before the noun.
            named = list(_NAMED_CAMPAIGN.finditer(state.text, max(0, at - NAMING_WINDOW), at))
            if named:
                name = named[-1]["name"]
                return _by_name(self.index, state, name, "organisation")
        if noun in COMPANY_NOUNS and not qualifiers and _REPLIED.match(state.text, at):
            # "… wrote a message to CrossLink stating: "…" The firm replied that …": the one
            # written to
            written_to = list(_WRITTEN_TO.finditer(state.text, max(0, at - NAMING_WINDOW), at))
            if written_to:
                return _by_name(self.index, state, written_to[-1]["name"], "organisation")
        if noun == "family" and not qualifiers:
            # "Winifred Kettleby, 71, died …. … the family said": the family of the one the
            # article is about, who never spoke.
            subject = _spoken_of(state, at)
            if subject:
                return Speaker(noun, f"{subject}'s family", None, "organisation")
        singular = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
        # "the volunteers" → the Volunteer Corps; "the airline" → Alaska Airlines
        nouns = {noun, singular, singular + "s"}
        if noun in ("force", "constabulary"):
            nouns.add("police")  # "…, West Yorkshire Police said. … the force said"
        if noun == "tank":  # "The Institute for Fiscal Studies calculates …, the think tank says"
            nouns |= {"institute", "foundation", "centre", "center", "forum", "studies", "trust"}
            qualifiers -= {"think"}
        if noun == "hearing":  # "…, an inquest has heard. … the hearing was told": the same
            nouns |= {"inquest", "court", "tribunal", "inquiry"}
        if noun == "union":  # "members of the United Auto Workers … the union said"
            nouns |= {"workers", "teamsters", "employees"}
        if noun == "board" and not qualifiers:
            # "Marston Arms has rejected …. In a statement to the stock exchange, the board
            # said …": the company's board, the company (but "Moelfre Health Board said …. The
            # board said …": the board by name).
            named = (s for s in state.recent() if "board" in name_key(s.name).split())
            company = (s for s in state.recent() if s.kind == "organisation")
            board = next((s for s in chain(named, company) if not s.generic), None)
            if board:
                return board
        if noun in _ANY_BODY and not qualifiers and state.speakers:
            # "The US Geological Survey put the magnitude at 6.8. … the agency said": the body
            # that spoke in the paragraph, though an older speaker has "agency" in its name.
            since, last = state.speakers[-1]
            if since > state.text.rfind("\n", 0, at) and last.kind != "person" and not last.generic:
                return last
            owner = _ACRONYM_TITLE.match(last.mention)
            if since > state.text.rfind("\n", 0, at) and last.kind == "person" and owner:
                # '"…," FAA Administrator Mike Whitaker said. The agency said …': his agency.
                return self._named(owner.group(1), state, at)
        if noun in _SPELT_BODIES and not qualifiers and state.speakers:
            # "TMU spokesman Judith Weymont said …. ¶ … the union has said …": the body whose
            # initials her title gave, when they hold the noun's first letter.
            since, last = state.speakers[-1]
            owner = _ACRONYM_TITLE.match(last.mention)
            if (
                owner
                and last.kind == "person"
                and since >= _last_paragraph(state.text, at)[0]
                and noun[0].upper() in owner.group(1)
            ):
                return self._named(owner.group(1), state, at)
        if noun in _ANY_BODY | {"regulator"} and not qualifiers:
            # "Zusduri was approved by the US Food and Drug Administration …, the agency said":
            # the public body its own sentence named.
            opening = _sentence_start(state.text, at)
            # (not '"The aircraft was met by the Transportation Security Administration …," the
            # agency said': a body the quotation names, not the one speaking it)
            quoted = [m.span() for m in _QUOTED.finditer(state.text, opening, at)]
            for phrase in reversed(list(_CAPITALISED_PHRASE.finditer(state.text, opening, at))):
                if any(start <= phrase.start() < end for start, end in quoted):
                    continue
                name = re.sub(r"(?:\s+(?:of|the|for|and))+$", "", phrase.group())
                if len(name.split()) >= 2 and guess_kind(name) == "government":
                    return self._named(name, state, phrase.start())
        # "The group warned …" is one body, not the headline's "aid groups".
        plural = None if noun != singular else f"{noun}s"
        speaker = self._speaker_named_with(nouns, qualifiers, state, not_plural=plural)
        if speaker and regular and speaker.kind == "group":
            speaker = None  # "the Sudanese armed forces" are not "paramilitary … Forces"
        if speaker and not (
            speaker.kind == "person"
            and (
                noun in CATEGORY_KINDS
                or noun != singular
                or (speaker.name[:1].isupper() and not _names_a_person(noun))
            )
        ):
            # (Not "Ilse Voorhout of Kesteren University" for "the university", nor "zoo
            # spokeswoman Jana Vosk" for "the zoo": a person named is never the body their
            # description names; nor "the governors", several.)
            return speaker
        if noun == "club" and not qualifiers:
            # "Harbury Town winger Kwame Adjeman …. "This cannot go on," the club wrote": the
            # football club the text last named by its suffix, though it never spoke; a club
            # that spoke first ("Dunholt Town have warned …" before "… against Redvale Rovers").
            spoke = next((s for s in state.recent() if _FOOTBALL_CLUB.fullmatch(s.name)), None)
            if spoke:
                return spoke
            clubs = list(_FOOTBALL_CLUB.finditer(state.text, max(0, at - NAMING_WINDOW), at))
            if clubs:
                return self._named(clubs[-1].group(), state, clubs[-1].start())
        if noun == "authority" and not qualifiers and state.speakers:
            # "Transport for the Northern Vale said …. In the first days, the authority said
            # …": the public body that spoke last, though "authority" is no word of its name.
            last = state.speakers[-1][1]
            if last.kind in ("government", "organisation") and not last.generic:
                return last
        # A body named earlier in the text without a claim of its own ("The election commission
        # rejected the claims. … according to the commission").
        before = state.text[max(0, at - 3000) : at]
        offset = at - len(before)
        for match in reversed(
            # The noun is the article's own word: escaped, never read as a pattern.
            list(re.finditer(rf"((?:[\w'’-]+\s+){{1,4}}){re.escape(noun)}\b", before, re.I))
        ):
            phrase = match.group(0)
            words = phrase.split()
            if before.startswith(("'s", "’s"), match.end()):
                continue  # "the government's official forecaster" is the forecaster
            if offset + match.start() == 0 and offset + match.end() <= state.headline_end:
                continue  # "Prime minister refuses …": a headline's capital, not a name
            if qualifiers and not _qualified(qualifiers, set(name_key(phrase).split())):
                continue  # "the national weather agency" is not "the official Xinhua news agency"
            if _INDEFINITE_END.search(phrase):
                continue  # "had targeted a defence ministry site": some ministry, not one named
            for size in range(len(words), 1, -1):
                if any(w.casefold() in ("the", "a", "an") for w in words[-size + 1 : -1]):
                    continue  # "Red Cross thanked the government": one noun phrase, not two
                known = self.index.match(" ".join(words[-size:]), state.words)
                if known:
                    return Speaker(phrase, known.name, known.id, known.kind)
                qualifier = words[-size - 1] if size < len(words) else ""
                if qualifier[:1].isupper() and qualifier.casefold() not in TITLE_WORDS:
                    break  # "Iran Defence Ministry" is not Russia's, though both are one
            named_kind = _THE_NAME_THEN_KIND.search(phrase) if noun in _NAMED_KINDS else None
            if named_kind:
                # "Members of the Unite union …. The union said …": the union by its name.
                kind = "group" if singular == "group" else "organisation"
                return _by_name(self.index, state, named_kind["name"], kind)
            # "The Rapid Support Forces, the paramilitary group fighting the army, did not
            # respond. … The group has denied …": the name the description stands beside.
            apposed = _APPOSED_NAME.search(before, 0, match.start())
            # (the description's own noun: not "Fenella Croy, the barrister representing the
            # family" for "the family")
            if apposed and _one_article(words):
                speaker = self._named(apposed.group("name"), state, at)
                kind = CATEGORY_KINDS.get(singular)
                if speaker.source_id is None and kind:
                    speaker = replace(speaker, kind=kind)  # a group, as the description says
                return speaker
            owned = _PLACE_OWNS.search(phrase)
            if owned:
                # "A ceasefire between Valdoria's army and the rebels … The army said": the
                # army of a place, named by it.
                name = owned.group("name")
                return Speaker(name, name, None, CATEGORY_KINDS.get(singular) or guess_kind(name))
            introduced = _NAME_AFTER_DESCRIPTION.match(before, match.end())
            if introduced and {"the", "a", "an"} & {w.casefold() for w in words}:
                # "The indie band Lantern Coast has cancelled …. The band said": the name the
                # description gave, not the description.
                speaker = self._named(introduced["name"], state, at)
                if speaker.source_id is None and speaker.kind == "person":
                    speaker = replace(speaker, kind=CATEGORY_KINDS.get(singular, "organisation"))
                return speaker
            of_name = _OF_NAME.match(before, match.end()) if words[-1][:1].isupper() else None
            # "The state-run Halvard Museum of Art …. the museum said": the name goes on
            described = _QUALIFIED_SUBJECT.search(phrase + (of_name.group() if of_name else ""))
            if described and not _ARTICLE_INSIDE.search(described.group("name") or ""):
                # (not "The earliest time the company can try again …": two noun phrases)
                # "The Czech hydrometeorological institute has issued … the institute said": the
                # description it was first given, which the article used as its name.
                name = described.group("name") or described.group("named")
                kind = CATEGORY_KINDS.get(singular) or guess_kind(name)
                # "The Vereinigung Cockpit union": its name, without the kind
                return Speaker(described.group(), proper_name(name, kind), None, kind)
        introduced = (
            list(_NAMED_AFTER_NOUN[noun].finditer(before)) if noun in _NAMED_AFTER_NOUN else []
        )
        if introduced:  # "the investigative group Openmap … The group said": the name it gave
            return self._named(introduced[-1].group("name"), state, at)
        named_entity = self._entity_with_noun(before, offset, nouns, qualifiers, state)
        if named_entity:
            return named_entity
        if qualifiers:
            return None  # the last body of its kind may be another one
        if noun in _INITIALLED:
            # "The FBI said …. … the bureau said": the body that spoke by initials holding the
            # noun's ("bureau", B), though the article never spelt them out.
            initialled = next(
                (
                    s
                    for s in state.recent()
                    if s.kind != "person"
                    and re.fullmatch(r"[A-Z]{2,6}", s.name)
                    and noun[0].upper() in s.name
                ),
                None,
            )
            if initialled:
                return initialled
        if noun in ROLE_NOUNS - {"minister", "adviser"} | {"announcement"}:
            # "the statement added", "the spokesman said": for whoever spoke last. A minister
            # or adviser is someone's only if named so before (the lookup above). Not a news
            # outlet that reported something in between ("… hours after ABC News reported").
            return next((s for s in state.recent() if s.kind != "media"), None)
        # "The government insists …" is the government, not the last agency of its kind that
        # spoke (the Office for Budget Responsibility).
        kind = (
            None
            if noun == "government"
            else CATEGORY_KINDS.get(noun) or CATEGORY_KINDS.get(singular)
        )
        if kind:
            # The most recent body of the kind: the last to speak, or one the text named after
            # that speaker's sentence ("… who runs a clinic for Doctors Without Borders. The
            # charity said …"; "Kingsbridge fans booed …. The club said …").
            # "The company said" is not "regulators" (a plural description), though "the group"
            # may be "rebels".
            spoke_at, spoke = next(
                (
                    (p, s)
                    for p, s in reversed(state.speakers[-RECALLED:])
                    if s.kind == kind
                    and not (kind != "group" and noun == singular and _plural_description(s))
                    # "The companies have accused the union …": not the one port that spoke
                    and not (kind != "group" and noun != singular and not _plural_description(s))
                    # "The union blamed management, while the company said …": another body
                    and not _described_otherwise(s, nouns)
                ),
                (-1, None),
            )
            named_at, named = self._named_before(before, state, kind, at)
            stop = _SENTENCE_STOP.search(state.text, spoke_at) if spoke else None
            sentence_end = stop.start() if stop else (len(state.text) if spoke else -1)
            if named and offset + named_at > sentence_end:
                return named
            if spoke or named:
                return spoke or named
            if kind == "group":
                # "The charity Sea-Watch said …. "…," the group said": a campaign group, when no
                # armed one is in the text. "The Rapid Support Forces said …. … the paramilitary
                # group said": a force, named like an army.
                # (not "the US Naval Forces Central Command" for "the Houthi movement": a
                # state's command, named as one)
                return next(
                    (
                        s
                        for _, s in reversed(state.speakers[-RECALLED:])
                        if s.kind == "organisation"
                        or (
                            s.kind == "government"
                            and s.name.split()[-1] in _FORCE_NAMES
                            # "the Dawna Hills Army" may be "the group"; "the Israeli Army"
                            # only a "paramilitary" or "armed" one
                            and (armed or not DEMONYM.fullmatch(s.name.split()[0]))
                        )
                    ),
                    None,
                )
        return None

    def _entity_with_noun(
        self,
        before: str,
        offset: int,
        nouns: set[str],
        qualifiers: frozenset[str],
        state: ReadingState,
    ) -> Speaker | None:
        """A body named earlier whose name has the description's noun, registered or not: "The
        Northern Volunteer Corps crossed the border. … The volunteers said …"."""
        headline = state.text[: state.headline_end]
        for phrase in reversed(list(_NAME.finditer(before))):
            if offset + phrase.start() < state.headline_end and _title_case(headline):
                continue  # "Drone Attack Hits Iran Defence Ministry Complex": capitals say nothing
            if _JOURNALIST.search(phrase.group()):
                continue  # a byline's "Heydi Ortiz, Police Reporter": who wrote, not "police"
            named = set(name_key(phrase.group()).split())
            if len(named) >= 2 and nouns & named and _qualified(qualifiers, named):
                words = phrase.group().split()
                last = max(i for i, w in enumerate(words) if name_key(w) in nouns)
                if 1 <= last < len(words) - 1 and _NUMBER_NEXT.match(before, phrase.end()):
                    words = words[: last + 1]  # "Alaska Airlines Flight 1282": the airline
                if words[0] in _MEMBERS and words[1:2] in (["of"], ["for"]):
                    # "Members of the …", "Contractors for Calderbrook City Council"
                    words = words[3:] if words[2:3] == ["the"] else words[2:]
                person = PERSON_OF_BODY.match(" ".join(words))
                if person and guess_kind(person.group(1)) == "person":
                    # "Ilse Voorhout of Kesteren University": the university, not her
                    words = " ".join(words)[person.end(1) :].split()[1:]
                    words = words[1:] if words[:1] == ["the"] else words
                # "… as the U.S. District Court for the District of Columbia’s chief judge":
                # the court, not its possessive
                name = _POSSESSIVE_END.sub("", " ".join(words))
                entity = self._entity(name, state, len(state.text))
                if entity and entity.kind != "person":
                    return entity
        return None

    def _named_before(
        self, before: str, state: ReadingState, kind: str, at: int
    ) -> tuple[int, Speaker | None]:
        """The last registered body of a kind the text named, though it had not spoken yet
        ("Skyline Airways and Aerolux agreed …. The companies said …"), and where in `before`
        (which ends at `at`)."""
        for phrase in reversed(list(_CAPITALISED_PHRASE.finditer(before))):
            known = self.index.match(phrase.group(), state.words)
            if known and known.kind == kind:
                # "…on Northwind flight … a Northwind Air flight … According to the airline":
                # Northwind Air, not the registered Northwind Logistics.
                fuller = self._fuller_name(phrase.group(), known, state, at)
                if fuller:
                    return phrase.start(), replace(fuller, mention=phrase.group())
                return phrase.start(), Speaker(phrase.group(), known.name, known.id, known.kind)
        # "The Financial Conduct Authority is reviewing …. A spokesperson for the regulator
        # said …": unregistered, the subject of a sentence earlier in the paragraph.
        paragraph = before.rfind("\n") + 1
        # "Novalis's American rival, Brightwell Labs, is due to report …": or set apart by commas.
        named = [
            *_SUBJECT_PHRASE.finditer(before, paragraph),
            *_SET_APART.finditer(before, paragraph),
            # "Shares in Brandmoor fell 3% after the bank said …": a company, one word or more.
            *(_SHARES_IN.finditer(before, paragraph) if kind == "organisation" else ()),
        ]
        for match in sorted(named, key=lambda m: m.start("name"), reverse=True):
            name = match.group("name")
            if match.re is _SHARES_IN or (len(name.split()) >= 2 and guess_kind(name) == kind):
                return match.start("name"), Speaker(name, proper_name(name, kind), None, kind)
        return -1, None

    def _named(self, mention: str, state: ReadingState, at: int, appos: str = "") -> Speaker:
        owned = _OWNERS_WRITING.fullmatch(mention.strip())
        if owned:  # "The Supreme Court's majority opinion held …": the court's
            return replace(self._named(owned["owner"], state, at), mention=mention)
        owned = _BODYS_WRITING.fullmatch(mention.strip())
        if owned and owned["noun"] in CATEGORY_KINDS:
            # "according to the department's annual food safety report": the department's
            body, _ = self.resolve(f"the {owned['noun']}", state, at=at)
            if body and not body.generic:
                return replace(body, mention=mention)
        board = _NAMED_BOARD.fullmatch(mention.strip())
        if board:
            # "The Brackford board" after "Brackford City have sacked …": the club's
            body = self._one_word_name(board["owner"], state, at)
            if body and body.kind == "organisation":
                return replace(body, mention=mention)
        knighted = _KNIGHTED.search(mention.strip())
        if knighted:
            # "Sir Keir said" after "Sir Keir Starmer": the honour and the first name are his.
            in_full = re.compile(
                rf"\b{knighted['honour']}[^\S\n]+{knighted['first']}[^\S\n]+[A-Z][\w'’-]+"
            )
            named = list(in_full.finditer(state.text, max(0, at - FULL_NAME_WINDOW), at))
            if named:
                mention = named[-1].group()
        both = _TWO_SURNAMES.fullmatch(mention.strip())
        if both:
            # "Cotton and Perdue issued a statement" after "Sen. Tom Cotton (R-Ark.) and Sen.
            # David Perdue (R-Ga.)": the two people, in full, not a body called "Cotton".
            members = [self._full_name(both[key], state, at) for key in ("a", "b")]
            if all(member and member.kind == "person" and " " in member.name for member in members):
                names = " and ".join(member.name for member in members)
                return Speaker(mention, names, None, "person")
        called = CALLED.search(mention)
        if called:  # "another group called the Russian Volunteer Corps"
            mention = called.group("name")
        # "A White House official, who requested anonymity": an unnamed person, not the body.
        anonymous = guess_kind(mention) == "unnamed" and not called
        # "Kingsbridge boss says …": a person at the body, whom the article names, not the body.
        person_at_body = _PERSON_AT_BODY.match(mention)
        if person_at_body:
            return Speaker(mention, mention.removeprefix("The ").removeprefix("the "), None,
                           "person", generic=True)  # fmt: skip
        known = None if anonymous else self.index.match(mention, state.words)
        if known and known.kind != "person" and guess_kind(mention) == "person":
            # "Commission President Ursula von der Leyen": she speaks, not the Commission.
            known = self.index.match(proper_name(mention, "person"), state.words)
        if (
            known is None
            and appos
            and not re.fullmatch(PROPER_NAME, appos)
            # "Fatima Bello, who runs a clinic for Doctors Without Borders": she speaks.
            and not (guess_kind(mention) == "person" and re.fullmatch(PROPER_NAME, mention))
        ):
            known = self.index.match(appos, state.words)
        initials = re.sub(r"^[Tt]he\s+", "", mention.strip())
        if known and re.fullmatch(r"[A-Z]{2,6}", initials):
            # "the IEA" after "the Immigration Enforcement Agency": the article's own name for
            # the letters, not the registered International Energy Agency.
            spelled = self._spelled_out(initials, state, at)
            if spelled and name_key(spelled.name) != name_key(known.name):
                return replace(spelled, mention=mention)
        if known and _one_name_word(mention) and not _registered_as(mention, known):
            # "Roversi rejected …" after "Ilan Roversi, 58, …": his surname, not the registered
            # "Rovers" it is spelt close to.
            person = self._full_name(mention, state, at)
            if person and person.kind == "person":
                return person
        if known:
            # "A spokesperson for Meridian" after "Her record label, Meridian Music": not the
            # registered Meridian Midstream, whose alias is only the name's first word.
            fuller = self._fuller_name(organisation_in(mention) or mention, known, state, at)
            if fuller:
                return replace(fuller, mention=mention)
            return Speaker(mention, known.name, known.id, known.kind)
        role = ROLE_FOR_BODY.match(mention)
        represented = f"the {role.group(1)}" if role else ""
        if _THE_ROLE.fullmatch(represented) or PERSON_DESCRIPTION.match(represented):
            # "A representative for the singer said …": the singer the article named.
            person, _ = self.resolve(represented, state, at=at)
            if person and person.kind == "person" and not person.generic:
                return person
        owner = _ROLE_FOR_OWNER.match(mention.strip())
        if owner:  # "A spokesperson for the FBI's regional field office": the FBI's
            speaker, _ = self.resolve(owner["owner"], state, at=at)
            if speaker and not speaker.generic and speaker.kind != "person":
                return speaker
        if role:  # "a spokeswoman for the authority": the body she speaks for
            *qualifiers, noun = role.group(1).casefold().split()
            body = self._back_reference(noun, state, at, qualifiers=frozenset(qualifiers))
            if body and " and " in body.name and re.search(r"\b[A-Z]", role.group(1)):
                # "A spokesperson for the Competition Office" after "The Competition Office and
                # the European Consumer Board said …": the one body, not both.
                body = replace(self._named(re.sub(r"^the\s+", "", role.group(1)), state, at),
                               mention=mention)  # fmt: skip
            if body is None and role.group(1)[:1].isupper():
                # "a spokesman for the Qadiran foreign ministry": the body, named by its owner
                body, _ = self.resolve(f"the {role.group(1)}", state, at=at)
                body = (
                    replace(body, mention=mention)
                    if body and not body.generic and body.kind != "person"
                    else None
                )
            if body:
                return body
        if RELATION_OF.match(mention):
            name = re.sub(r"^(?:an?|the|one)\s+", "", mention.strip(), flags=re.IGNORECASE)
            return Speaker(mention, name, None, "person", generic=True)
        surname = _SURNAME_WITH_BODY.fullmatch(mention.strip()) or _BODY_THEN_SURNAME.fullmatch(
            mention.strip()
        )
        named = self._one_word_name(surname["name"], state, at) if surname else None
        if named and named.kind == "person" and " " in named.name:
            # '"…," Salama with WHO said' after "Dr. Peter Salama"; "CENI's Fofana" after
            # "commission president Bakary Fofana"
            return named
        person = PERSON_OF_BODY.match(mention)
        if (
            person
            and not mention.startswith(("The ", "the "))
            # "Pennsylvania Department of Revenue": one body's name, not a person of it
            and guess_kind(person.group(1)) == "person"
            # "Fraternal Order of Police President John Teletchea": the person titled at its end
            and not TITLE_BEFORE_NAME.search(mention, person.end(1))
        ):
            # "Anke Müller of the Federation of …": the person speaks. Not "The Freedom of
            # Russia Legion", which is one name.
            return self._named(person.group(1), state, at)
        unpunctuated = _NAME_ROLE_AT_BODY.fullmatch(mention.strip())
        if unpunctuated and guess_kind(unpunctuated["name"]) == "person":
            # "Tom Delacroix owner of Square Pharmacy told the Chronicle": the commas left out
            return self._named(unpunctuated["name"], state, at)
        if _SEEN_BY.search(mention):  # "an internal memo seen by Reuters": the memo
            return Speaker(mention, mention.strip(), None, "unnamed")
        if _LEADERS_OF.match(mention):  # "The leaders of Kenya and Germany": not the countries
            return Speaker(mention, re.sub(r"^[Tt]he\s+", "", mention.strip()), None, "person")
        poll = _POLL_FOR.match(mention)
        if poll and poll["pollster"]:  # "a YouGov poll for The Times": the pollster's
            return self._named(poll["pollster"], state, at)
        if poll:  # "An exit poll for the public broadcaster KTV": the poll's
            name = re.sub(r"^(?i:an?|the)\s+", "", mention.strip())
            return Speaker(mention, name, None, "organisation")
        office = _OFFICE_OF.match(mention.strip())
        if office:
            # "the office of Prime Minister Benjamin Netanyahu" speaks as "Netanyahu's office" does.
            person = self._named(office["person"], state, at)
            title = _HOLDERS_TITLE.search(person.name)
            if title:  # "the office of the Halvoran Prime Minister", "Prime Minister Ravel …"
                holder = re.compile(
                    rf"\b{title.group()}[^\S\n]+(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){{1,2}})"
                )
                near = holder.search(state.text, max(0, at - NAMING_WINDOW), at + NAMING_WINDOW)
                person = self._named(near["name"], state, at) if near else person
            if person.kind == "person" and person.source_id is None:
                kind = "government" if office["noun"] == "office" else "organisation"
                return Speaker(mention, f"{person.name}'s {office['noun']}", None, kind)
        # "Scientists studying samples from the asteroid Bennu" are not Bennu.
        described = one_name(mention) or PEOPLE_DOING.match(mention)
        organisation = None if described else organisation_in(mention)
        if organisation:
            known = self.index.match(organisation, state.words)
            if known:
                return Speaker(mention, known.name, known.id, known.kind)
            # "A spokesman for Kerr" after "Outgoing Mayor Diane Kerr …": for her.
            named = self._one_word_name(organisation, state, at)
            if named and _SPEAKS_FOR.search(mention):
                # kept as said, so "the spokesperson told The Hill" later is the same one's
                return replace(named, mention=mention)
            return named or Speaker(mention, organisation, None, guess_kind(organisation))
        kind = guess_kind(mention, appos)
        if ANONYMOUS.search(appos) or ANONYMOUS.search(mention):
            kind = "unnamed"
        name = proper_name(mention, kind)
        if speak_for_themselves(mention):  # "Supporters' groups at Porto Vale", not the club
            name = re.sub(r"^[Tt]he\s+", "", mention.strip())
        # (the short name given in brackets looked for as far back as _spelled_out looks)
        if (
            _SHORT_FORM.fullmatch(name)
            or state.text.find(f"({name})", max(0, at - FULL_NAME_WINDOW), at) >= 0
        ):
            # "The NTSB said" after "the National Transportation Safety Board said": its initials;
            # "TfL" after "Transport for London", its "for" in small letters; "Wada" after "The
            # World Anti-Doping Association (Wada)", the short name the article gave.
            spelled = self._spelled_out(name, state, at)
            if spelled:
                return spelled
        named = self._one_word_name(name, state, at)
        if named:
            return named
        if kind == "person" and not _TITLED.search(mention) and _a_company(name, state, at):
            kind = "organisation"  # "Astra Lunar said …" and "Astra Lunar's founder"
        if (
            kind == "organisation"
            and not appos  # "Nordic Silicon, the Finnish maker of power chips,": what it is
            and re.sub(r"^[Tt]he\s+", "", mention.strip()) == name
            and len(name.split()) <= 3
            and all(word[:1].isupper() for word in name.split())
            and kind_by_keyword(name) is None  # not "Lumen Labs", "Authors Guild"
        ):
            # "Iran said Sunday …": a country speaks through its government; "Trump said" is a
            # person, by the parse (a single word: the small model takes many a company's two
            # words for a person's name).
            label = self._entity_label(name, state, at)
            if label in ("GPE", "NORP"):
                kind = "government"
            elif label == "PERSON" and " " not in name and not name.isupper():  # not "RSF"
                # (but "…, Hollen says" and "the Hollenian government": a country)
                kind = "government" if _a_country(name, state) else "person"
            elif " " not in name and re.search(
                rf"\b{_PERSONAL_TITLE}[^\S\n]+{re.escape(name)}\b",
                state.text[max(0, at - FULL_NAME_WINDOW) : at],
            ):
                kind = "person"  # "Trump said" after "President Trump", whatever the parse says
            elif " " not in name and re.search(
                rf"{_PSEUDONYM}[“\"]?{re.escape(name)}\b",
                state.text[max(0, at - NAMING_WINDOW) : at + len(mention)],
            ):
                kind = "person"  # 'A striking worker we'll call "Ana"': a person, by first name
        return Speaker(mention, name, None, kind, generic=is_generic(mention))

    def _fuller_name(
        self, word: str, known: KnownSource, state: ReadingState, at: int
    ) -> Speaker | None:
        """The unregistered body the article names in full when a registered source's one-word
        alias is only its first word: "Meridian Music" is not Meridian Midstream."""
        if len(word.split()) != 1:
            return None
        fuller = self._name_from(word, state, at)
        registered_words = name_key(known.name).split()
        if fuller is None and len(registered_words) > 1 and registered_words[-1] == name_key(word):
            # "Rovers" after "Bramford Rovers" is not Albion Rovers, whose alias is its last word.
            fuller = self._name_ending(word, known, state, at)
        return fuller if fuller and not _registered_as(fuller.name, known) else None

    def _one_word_name(self, name: str, state: ReadingState, at: int) -> Speaker | None:
        """A surname alone ("Marchenko said") refers back to the person named in full; a
        body's first word alone ("Arcline denied …") to the body named in full."""
        if SAINTS_NAME.fullmatch(name):
            # "St. Clare said" after "Mark St. Clare, chief financial officer, said": his surname.
            person = next(
                (s for s in state.recent() if s.kind == "person" and s.name.endswith(f" {name}")),
                None,
            )
            # "St. Michael said" after "St. Michael Medical Center": a saint's name is one word
            return person or self._name_from(name, state, at)
        if len(name.split()) != 1:
            return None
        particle, _, rest = name.partition("-")
        if not name[:1].isupper():
            if not (rest[:1].isupper() and particle in SURNAME_ARTICLES):
                return None
            # '"…," al-Qasimi said' after "Heritage Minister Nadir Qasimi" (or "Nadir al-Qasimi")
            person = self._full_name(name, state, at)
            return person if person and person.kind == "person" else None
        people = [s.name for s in state.recent() if s.kind == "person"]
        body = (
            next(
                (s for s in state.recent() if s.kind != "person" and s.name.startswith(f"{name} ")),
                None,
            )
            if name in people
            else None
        )
        if body and not any(p.endswith(f" {name}") for p in people):
            # "Korvin claims …" (read as a surname, never given in full), then "Korvin
            # Technologies this week claimed …": "Although Korvin had not responded" is the body.
            return body
        # A person first: "Whitfield dismissed …" after "Whitfield's office said …".
        for speaker in sorted(state.recent(), key=lambda s: s.kind != "person"):
            if speaker.kind == "person" and " and " in speaker.name:
                # "McConnell said" after "Sens. Chuck Schumer and Mitch McConnell said": one.
                member = _member_named(speaker, name)
                if member and member != name:
                    return self._named(member, state, at)
                continue
            words = name_key(speaker.name).split()
            if (
                speaker.kind != "person"
                and re.match(r"\S+['’]s\s", speaker.name)
                and not re.search(r"['’]s\Z", name)
            ):
                continue  # "Trump said" after "Trump's campaign has denied …": not his campaign
            if words and name.casefold() == (words[-1] if speaker.kind == "person" else words[0]):
                if speaker.kind != "person" and self._a_place(name, state, at):
                    continue  # "Israel says …" is not the Israel Defense Forces
                if speaker.kind != "person":
                    # "Trump denies …" (the parse's organisation), "The Trump campaign said …" /
                    # "Republican nominee Donald Trump is …" / "Trump said": the person named in
                    # full.
                    fuller = self._full_name(name, state, at)
                    if fuller and fuller.kind == "person":
                        return fuller
                return speaker
        # "Mao said" after "spokesperson Mao Ning told a briefing": a family name written first;
        # "Lula" after "Luiz Inacio Lula da Silva".
        for speaker in state.recent():
            if speaker.kind == "person" and name in speaker.name.split()[:-1]:
                return speaker
        # "Harmon said" after "Former Gov. Ellen Harmon told a crowd …"; "Castor said" after
        # "… found that Castor Defence Systems overcharged …".
        return (
            self._full_name(name, state, at)
            or self._name_from(name, state, at)
            or _misspelt_surname(name, state)
            or self._first_name(name, state, at)
        )

    def _first_name(self, name: str, state: ReadingState, at: int) -> Speaker | None:
        """ "Shirley said" after "an action group led by Shirley Maudsley": the person the
        article named in full, called by her first name as local papers do (the parse must
        call the word a person: not "Meta said" after "Meta Platforms")."""
        named = re.compile(rf"\b{re.escape(name)}[^\S\n]+[A-Z][\w'’-]+\b(?![^\S\n]+[A-Z])")
        since = max(state.headline_end, at - FULL_NAME_WINDOW)
        found = list(named.finditer(state.text, since, at))
        if (
            not found
            or guess_kind(found[-1].group()) != "person"
            or self._entity_label(name, state, at) != "PERSON"
        ):
            return None
        person = self._named(found[-1].group(), state, found[-1].start())
        return person if person.kind == "person" else None


# Offices a person is titled by, of which one person holds one at a time in a story.
_OFFICE_TITLES = frozenset(
    {"president", "governor", "mayor", "minister", "senator", "chancellor", "premier"}
)
_ABBREVIATED_TITLES = {"sen.": "senator", "gov.": "governor", "rep.": "representative"}


def _qualifies(qualifier: str | None, whose: str) -> bool:
    """Whether "the Fed chair" may mean the "Federal Reserve Chairman" named before: each word
    of the qualifier begins a word of the title's, as "Fed" begins "Federal"."""
    if not qualifier:
        return True
    written = [w.casefold() for w in whose.split()]
    return all(any(w.startswith(q.casefold()) for w in written) for q in qualifier.split())


def _titled_otherwise(person: Speaker, mention: str, state: ReadingState, at: int) -> bool:
    """Whether the article gave the person the description's noun with other words: "the
    armed forces minister" after "Chris Philp, the digital minister"."""
    *qualifiers, head = mention.casefold().split()[1:] or [""]
    surname = person.name.split()[-1] if person.name.split() else ""
    if head in _OFFICE_TITLES and surname.islower() and head not in person.name.casefold():
        return True  # "the regional governor" is not "Another passenger", described otherwise
    if head in _OFFICE_TITLES and surname:
        # "the Kharkiv regional governor" is not "President Volodymyr Zelensky"
        # (abbreviated too: "Democratic Sen. Philippa Quintana" is not "the Iowa governor")
        titled = re.compile(
            rf"\b(?P<title>{'|'.join(_OFFICE_TITLES)}|sen\.|gov\.|rep\.)[^\S\n]+"
            rf"(?:[A-Z][\w'’-]+[^\S\n]+){{0,2}}{re.escape(surname)}\b",
            re.IGNORECASE,
        )
        titles = {
            _ABBREVIATED_TITLES.get(found["title"].casefold(), found["title"].casefold())
            for found in titled.finditer(state.text, max(0, at - NAMING_WINDOW), at)
        }
        if titles and head not in titles:
            return True
    if not qualifiers or not surname:
        return False
    given = re.compile(
        rf"{re.escape(surname)},\s+(?:the|a)\s+(?P<a>(?:[\w-]+\s+){{0,3}}){re.escape(head)}\b"
        rf"|\bthe\s+(?P<b>(?:[\w-]+\s+){{0,3}}){re.escape(head)},\s+(?:[A-Z][\w'’-]+\s+)*"
        rf"{re.escape(surname)}\b"
        # "the prime minister" is not "Parliamentary Affairs Minister Tomas Ferrante"
        rf"|(?-i:(?P<c>(?:[A-Z][\w'’-]+[^\S\n]+){{1,3}})){re.escape(head)}[^\S\n]+"
        rf"(?-i:(?:[A-Z][\w'’-]+[^\S\n]+){{0,2}}){re.escape(surname)}\b",
        re.IGNORECASE,
    )
    for found in given.finditer(state.text, max(0, at - NAMING_WINDOW), at):
        words = (found["a"] or found["b"] or found["c"] or "").casefold().split()
        if words and words != qualifiers:
            return True
    return False


# "Cotton and Perdue", "Sens. Cotton and Perdue": two surnames, each named in full before.
_TWO_SURNAMES = re.compile(
    r"(?:Sens\.\s+|Reps\.\s+|Senators\s+)?(?P<a>[A-Z][\w'’-]+)\s+and\s+(?P<b>[A-Z][\w'’-]+)"
)


# A person's someone ("the president's lawyer", "the senator's wife"), not a body's officer
# ("the university's president", whom the article named).
_SOMEONES = re.compile(
    r"[Tt]he\s+(?:president|senator|governor|mayor|minister|chancellor|king|queen|prince|"
    # "the family's lawyer", "the boy's lawyer": someone the family or boy has, not them
    r"candidate|defendant|singer|actor|player|family|boy|girl|child|victim|man|woman)['’]s\s+"
    r"(?-i:[a-z]+)"
)
# An office that one person holds, and how the article may title its holder.
_LONE_ROLE_TITLES = {
    "prime minister": ("prime minister ", "pm "),
    "president": ("president ",),
    "chancellor": ("chancellor ",),
}
# A source named only as someone's role: "family's lawyer".
_SOMEONES_ROLE = re.compile(r"[a-z]+['’]s\s+(?P<role>[a-z]+)")


def _member_named(pair: Speaker, surname: str) -> str | None:
    for member in pair.name.split(" and "):
        if name_key(member).split()[-1:] == [surname.casefold()]:
            return member
    return None


# (Not 'Fox News' "Fox and Friends," Trump': a programme, its comma inside the marks.)
_NICKNAMED = re.compile(
    r"(?P<first>[A-Z][\w'’-]*[\w-])[^\S\n]+[“\"][^“”\"\n,]{1,24}[”\"][^\S\n]+\Z"
)
_GOES_BY = re.compile(
    r"\b(?:uses|goes by|gave only|gives only|known as|nicknamed|called|"
    # "who asked to be identified only by her first name, Rachel, because of threats"
    r"identified\s+(?:only\s+)?by)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:(?:first|full)\s+)?(?:name|nickname|call sign|nom de guerre)?(?:\s+as)?,?\s*"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=,|$)"
)


def _qualified(qualifiers: frozenset[str], named: set[str]) -> bool:
    """Whether a name has each of a description's qualifiers, or the place one is of: "The
    Ukrainian source" is "a source in Ukraine's security service"."""
    return all(
        word in named
        or any(
            (len(n) >= 4 and word.startswith(n)) or (len(n) >= 6 and word.startswith(n[:-1]))
            for n in named
        )
        for word in qualifiers
    )


def _ends_in_role(mention: str) -> bool:
    """ "Meridian's chief operating officer": a role at a body, whose holder an apposition names."""
    words = mention.casefold().split()
    return len(words) > 1 and (words[-1] in ROLE_NOUNS or words[-1] in TITLE_WORDS)


_PREPOSITIONS = frozenset(
    {"from", "at", "with", "by", "to", "near", "into", "over", "under", "about", "after", "before",
     "between", "outside", "inside", "across", "behind", "against", "as", "than", "like", "via"}
)  # fmt: skip
# A description, then the name it is of: "1996 Olympic relay champion Chioma Nwosu", not "a
# Democrat from San Francisco".
_ROLE_AND_NAME = re.compile(
    rf"(?:[\w'’-]+\s+){{0,5}}(?!(?:{'|'.join(sorted(FUNCTION_WORDS | _PREPOSITIONS))})\s)"
    r"[a-z][\w'’-]*\s+"
    rf"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,2}})"
)


# A statement or post that speaks: "The statement said", "A second tweet said".
_ISSUED_THING = re.compile(
    r"(?:[Tt]he|[Aa]n?(?:\s+(?:second|third|further|separate|later|follow-up))?|[Aa]nother)\s+"
    # "The National Hurricane Center issued an advisory …. the advisory says …"
    # "according to the news release": the museum's that "announced in a news release …"
    # "the emailed statement said": how it came, still a statement
    r"(?:(?:news|press|emailed|written|joint)\s+)?(?P<noun>statement|tweet|post|message|notice|"
    r"advisory|bulletin|alert|warning|release|announcement)"
)


@lru_cache
def _issued_by(noun: str) -> re.Pattern:
    """Where a text says who put out a statement (a tweet, …): "a tweet from the department",
    "The ministry issued a statement", "Police posted a message"."""
    who = (
        r"(?:[Tt]he[^\S\n]+)?[A-Z][\w'’.-]*(?:[^\S\n]+[\w'’.-]+){0,5}?"
        r"|the[^\S\n]+[a-z][\w'’-]*(?:[^\S\n]+[a-z][\w'’-]*){0,3}?"
    )
    thing = rf"(?:[\w-]+[^\S\n]+){{0,2}}?{noun}s?"
    return re.compile(
        rf"\b(?:an?|the|its|their)[^\S\n]+{thing}[^\S\n]+(?:from|by|issued[^\S\n]+by|posted[^\S\n]+by)"
        rf"[^\S\n]+(?P<by>{who})(?=[,.;]|[^\S\n]+(?:on|that|which|in|at)\b)"
        rf"|\b(?P<who>{who})[^\S\n]+(?:issued|posted|released|published|put[^\S\n]+out|sent|shared)"
        rf"[^\S\n]+(?:an?|its|their|the)[^\S\n]+{thing}\b"
        # "The Harbour Authority said in a statement on Friday …" (its initials in brackets too)
        # "… representatives Dena Ashworth-Lee and Lyle Pembury confirmed the news Friday in a
        # statement to The Associated Press"
        rf"|\b(?P<said>{who})(?:[^\S\n]+\([A-Z]{{2,8}}\))?[^\S\n]+(?:said|says|announced|"
        rf"(?:told|confirmed)[^\S\n]+[^,.;]{{1,40}}?)[^\S\n]+in[^\S\n]+"
        rf"(?:an?|its|their)[^\S\n]+{thing}\b"
        # "In a post on its Facebook page, the sheriff's office said …"
        rf"|\b[Ii]n[^\S\n]+(?:an?|its|their)[^\S\n]+{thing}\b[^,.;\n]{{0,60}},[^\S\n]+"
        rf"(?P<fronted>{who})[^\S\n]+(?:said|says|wrote|announced)\b"
    )


# A body named as the subject of a sentence's opening clause: "Although Korvin had not …, ".
_OPENING_CLAUSE_SUBJECT = re.compile(
    rf"\s*(?:Although|Though|While|Whilst|After|Before|When|Since|Because)\s+(?P<name>{PROPER_NAME})"
    r"\s+(?:had|has|have|was|is|did|does|would|could)\b[^.;:]*,\s*$"
)
# A title its holder is named by: "the Halvoran Prime Minister" is "Prime Minister X".
_HOLDERS_TITLE = re.compile(
    r"(?:(?:Prime|Foreign|Defence|Defense|Finance|Interior|First|Deputy)\s+)?"
    rf"(?:{'|'.join(sorted(word.capitalize() for word in _OFFICE_TITLES))})$"
)
# "the maker of document processing systems": a company by what it makes or runs; "the
# Plymouth-based maker and retailer of adjustable air beds" too.
_MAKER_OF = re.compile(
    r"(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+)?(?P<noun>maker|operator|owner|developer|provider|producer|"
    r"manufacturer|publisher|retailer)(?:\s+and\s+(?:maker|retailer|distributor|seller))?\s+of\s+"
    r"[^,;“”\"]{2,80}"
)
# "Salama with WHO": a surname, then the body the person is with.
_SURNAME_WITH_BODY = re.compile(
    r"(?P<name>[A-Z][\w'’-]+)\s+(?:with|of|from|at)\s+(?:the\s+)?[A-Z].*"
)
# "The Brackford board": the board of a body named by its first word.
_NAMED_BOARD = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w'’-]+)\s+board")
# "Tom Delacroix owner of Square Pharmacy": a person, the role's commas left out.
_NAME_ROLE_AT_BODY = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:[a-z]+\s+){1,3}(?:of|at|for)\s+"
    r"(?:the\s+)?[A-Z].*"
)
# "the office of Prime Minister Benjamin Netanyahu"
# (and "the campaign of Marco Rubio", his campaign)
_OFFICE_OF = re.compile(
    r"(?:[Tt]he\s+)?(?P<noun>office|campaign)\s+of\s+(?:the\s+)?(?P<person>[A-Z].*)"
)


# A writing of something: "amNewYork's analysis of the council's database", "a review of …".
_WRITING_OF = re.compile(
    r"(?:[^,]*?['’]s\s+|(?:an?|the|its|their)\s+)(?:[\w-]+\s+)?(?i:analysis|report|study|"
    r"review|survey|audit|investigation)\s+(?:of|into)\s"
)


# The sentence's full stop after a name (not an initial's: "Harriet M."), which is no part of it.
_SENTENCE_FULL_STOP = re.compile(r"(?<=[a-z]{2})\.$")


def _name_in(appos: str) -> str | None:
    """The name an apposition gives: "Ines Okafor", "the Nordvik Savers' Group", "Dr Nina Sato
    of the Coastal Research Institute" (the person, not the body)."""
    appos = re.sub(r"^the\s+", "", appos)
    appos = _SENTENCE_FULL_STOP.sub("", appos)  # 'Eddie Dempsey. "This is …': a full stop
    if re.fullmatch(rf"{PROPER_NAME}(?:\s+and\s+{PROPER_NAME})?", appos):
        return appos  # "Ines Okafor", "Amy Cho and Dwayne Harris"
    first = appos.split(",", 1)[0].strip()
    if first != appos and re.fullmatch(PROPER_NAME, first):
        return first  # "its organiser, Derek Cole, a retired teacher from Leeds"
    called = _GOES_BY.search(appos)
    if called:  # "the battalion's commander, who uses the name Grey"
        return called.group(1)
    described = _ROLE_AND_NAME.fullmatch(appos)
    if described:  # "the 1996 Olympic relay champion Chioma Nwosu"
        return described.group("name")
    person = PERSON_OF_BODY.match(appos)
    return person.group(1) if person and not appos.startswith("The ") else None


def _named_body(speaker: Speaker) -> bool:
    """A registered or named body: "Vantor Public Health Agency", not "Paediatricians in the
    city"."""
    return speaker.kind not in ("person", "unnamed") and (
        speaker.source_id is not None
        or all(w[:1].isupper() or w in FUNCTION_WORDS for w in speaker.name.split())
        # "Governor Paul Delacourt's campaign": a named owner's
        or bool(_OWNERS_BODY.fullmatch(speaker.name))
    )  # "Department of Health and Social Care" too


# A named person's body: "Governor Paul Delacourt's campaign", "Roe's legal team".
_OWNERS_BODY = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*['’]s\s+(?:campaign|office|team|party|government|"
    r"administration|foundation|company|lawyers|legal\s+team)"
)


def _peoples_places(description: str) -> frozenset[str]:
    """The places whose peoples a description names: "Korvenian commander" → "korvenia"."""
    return frozenset(
        w[:-1] for w in description.casefold().split() if w.endswith("ian") and len(w) > 6
    )


def _owned_elsewhere(places: frozenset[str], mention: str) -> bool:
    """Whether a mention names an owner that is none of those places ("Lisaria's senior
    commander" for "Korvenian commander")."""
    owners = {m.casefold() for m in re.findall(r"\b([A-Z][a-z]+)['’]s\s", mention)}
    return bool(owners) and not places & owners


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    """A name's words without plural or agent endings: "investigators" and "Investigation"
    meet at "investigat"."""
    return frozenset(
        re.sub(r"(?:ors?|ions?)$", "", w).rstrip("s") if len(w) > 7 else w.rstrip("s")
        for word in name_key(text).split()
        # "UN agency warns …" and "a United Nations food agency": the same words; "the head"
        # and "headteacher Mrs R Pilbeam", one person
        for w in (
            ("united", "nations")
            if word == "un"
            else ("head", word)
            if word in _SCHOOL_HEADS
            else (word,)
        )
        if w not in {"a", "an", "the", "of"}
    )


_SCHOOL_HEADS = frozenset({"headteacher", "headmaster", "headmistress"})


# How far after "an armed group said …" the article is looked through for the name it gives
# the group: a few paragraphs. Looking through everything after every such mention made a long
# article quadratic (a 2 MB text took over two minutes).
NAMING_WINDOW = 3000
# How far after a described person ("A neighbour of the victim told …") their name is looked for.
NEXT_PARAGRAPH = 800
# How many paragraphs back "The company said …" looks for the company that opened one.
_OPENERS_BACK = 5
# How far back a surname's full name is looked for ("Harmon said" → "Former Gov. Ellen Harmon"):
# about 3,500 words.
FULL_NAME_WINDOW = 20_000


_CAPITALISED_PHRASE = re.compile(r"[A-Z][\w'’-]+(?:[^\S\n]+(?:of|the|for|and|[A-Z][\w'’-]+))*")
# A name of several capitalised words, perhaps joined by "of", "the", "for" or "and".
# Two bodies named together: "Dutch brewer Vandenberg and Denmark's Nordholm agreed …".
_PAIR = re.compile(
    r"(?<![\w'’-])(?P<a>[A-Z][\w'’-]+(?:[^\S\n]+(?:[A-Z][\w'’-]+|&)){0,3}(?:[^\S\n]+(?:Inc|Co|Corp|Ltd)\.)?)"
    r"[^\S\n]+and[^\S\n]+(?:[A-Z][\w-]+['’]s[^\S\n]+|(?:[a-z]+[^\S\n]+){1,2})?"
    # "Halden Foods Inc. and Marrow Dairy Co., the companies announced"
    r"(?P<b>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,3}(?:[^\S\n]+(?:Inc|Co|Corp|Ltd)\.)?)"
    r"(?=[^\S\n]+[a-z]|,[^\S\n]+the[^\S\n])"
)
_WHERE_BEFORE = re.compile(
    r"\b(?:in|at|across|near|from)\s+(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s+)*$"
)
# Plural bodies that may be a pair the article named: "the companies announced".
_PAIRED_BODIES = frozenset(
    {"companies", "firms", "banks", "carriers", "airlines", "brewers", "retailers", "insurers",
     "lenders", "carmakers", "automakers", "chipmakers", "drugmakers", "groups"}
)  # fmt: skip
# "Singer Nia Vance and her husband, the actor Tom Hollis": two people, a couple.
_COUPLE = re.compile(
    r"(?<![\w'’-])(?P<a>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){1,3})[^\S\n]+and[^\S\n]+"
    r"(?:his|her|their)[^\S\n]+(?:wife|husband|partner|fianc[ée]e?|boyfriend|girlfriend)"
    r"(?:,[^\S\n]+(?:the[^\S\n]+)?(?:[a-z]+[^\S\n]+){0,3}|[^\S\n]+)"
    r"(?P<b>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){1,3})"
)
# Who speaks for a couple: "their representatives confirmed".
_REPRESENTATIVES = frozenset(
    {"representatives", "representative", "publicist", "publicists", "spokesperson", "spokesman",
     "spokeswoman", "lawyers", "lawyer"}
)  # fmt: skip
# "Hopworks, the Bristol brewer, has agreed to be bought by Carlsberg": a deal's two sides.
_DEAL_PAIR = re.compile(
    r"(?<![\w'’-])(?P<a>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,3})(?:,[^,.;]{1,120},)?[^\S\n]+"
    r"(?:has[^\S\n]+|have[^\S\n]+)?(?:agreed|agrees)[^\S\n]+to[^\S\n]+(?:be[^\S\n]+"
    r"(?:bought|acquired|taken[^\S\n]+over)[^\S\n]+by|buy|acquire|merge[^\S\n]+with|take[^\S\n]+over)"
    r"[^\S\n]+(?P<b>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,3})"
)
_PLACE_OWNS = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w-]+['’]s\s+(?:[a-z]+\s+){0,2}\S+)$")
# "The Czech hydrometeorological institute", opening a sentence: a body described, not named.
_QUALIFIED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)(?:The\s+(?P<name>(?!(?:same|other|new|former|first|last|next|latter)\b)"
    r"[\w'’-]+\s+.+)"
    # "Harlow Vale council is proposing …": a place's name and the body's kind.
    r"|(?P<named>(?!(?:The|A|An|This|That|Its|Their|His|Her|In|On|At|"
    + WEEKDAY
    + r")\s)[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,2}[^\S\n]+[a-z]+))$"
)
# An article inside a description: "earliest time the company" is two noun phrases, not one.
_ARTICLE_INSIDE = re.compile(r"(?i:\b(?:the|an?)\s)")
# The name a description introduces: "The indie band Lantern Coast".
_NAME_AFTER_DESCRIPTION = re.compile(
    r"[^\S\n]+(?!" + WEEKDAY + r"\b)"
    r"(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,3})"
)
# A name's "of" part after its noun: "Museum of Art", "Institute for Fiscal Studies".
_OF_NAME = re.compile(
    # "The Institute for Snow and Avalanche Research": its "and" joins two of its own capitals
    r"[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'’-]+"
    r"(?:[^\S\n]+(?:and[^\S\n]+)?[A-Z][\w'’-]+){0,3}"
)
_SET_APART = re.compile(r",[^\S\n]+(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)+),")
_APPOSED_NAME = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+(?:(?:of|the|for|and)[^\S\n]+)*[A-Z][\w'’-]+)*),[^\S\n]+$"
)
# A football club by its name's suffix: "Harbury Town", "Castlemoor Rovers", "Aldwick FC".
_FOOTBALL_CLUB = re.compile(
    r"\b[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?[^\S\n]+(?:Town|United|Rovers|Athletic|Albion|"
    r"Wanderers|Rangers|Hotspur|FC|AFC)\b"
)
# "Nineteen percent", "Most respondents", "a third of those polled": people a poll asked.
PORTION = re.compile(
    # ("Of those, 70 per cent said …": of those the figures counted)
    r"^(?:[Oo]f\s+(?:those|them|these)(?:\s+[\w-]+){0,4},\s+)?"
    r"(?:[\w-]+|\d+(?:\.\d+)?)\s+(?:percent|per\s+cent|%)(?:\s+of\s+(?:respondents|voters|those\s+\w+))?$"
    r"|^(?:most|many|a\s+majority\s+of|half\s+of|a\s+third\s+of|a\s+quarter\s+of|two-thirds\s+of)\s+"
    r"(?:respondents|those\s+(?:surveyed|polled|asked|questioned))$"
    # "One in three said patients had died …": of those the survey asked.
    r"|^(?:one|two|three)\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$",
    re.IGNORECASE,
)
# "64% of pharmacies", "two in three family doctors": some of those a survey asked.
_SHARE_OF = re.compile(
    r"^(?:\d+(?:\.\d+)?\s*(?:%|per\s+cent|percent)|(?:one|two|three|four|five|six|seven|eight|"
    r"nine|\d+)\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))(?:\s+of)?"
    r"(?:\s+(?:the|all|those))?(?:\s+[a-z][\w'’-]*){1,3}$",
    re.IGNORECASE,
)
# Whose survey it was: "a survey by Pharmacy Network Britain", "a poll carried out by …" (never
# the client "for" whom it was done, as _POLL_FOR holds).
_SURVEY_BY = re.compile(
    r"\b(?:survey|poll|questionnaire|census)\s+(?:(?:carried\s+out|conducted)\s+)?"
    r"by\s+(?P<by>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w'’&-]*)*)"
)
# "the Massachusetts Democrat", "the first-term lawmaker", "the former minister": a person the
# article has just named, described.
PERSON_DESCRIPTION = re.compile(
    r"^[Tt]he\s+(?:[\w.'’-]+\s+){0,3}(?i:democrat|republican|senator|lawmaker|legislator|"
    r"congressman|congresswoman|congressmember|nominee|candidate|incumbent|challenger|"
    # '"…," the manager fumed' after "Ole Gunnar Solskjaer has confirmed …"
    r"manager|coach|skipper|"
    # "According to the team principal, …", "the 1998 title winner told reporters"
    r"principal|winner|champion|driver|steward|"
    # "The cyclist said …" after "British cyclist Lizzy Banks"
    r"cyclist|rider|athlete|sprinter|runner|swimmer|gymnast|boxer|skater|skier|golfer|jockey|"
    r"wrestler|weightlifter|rower|player|"
    # "The superstar apologised …" after "Canadian singer Marisol Quennell has cancelled …"
    r"singer|vocalist|star|superstar|actor|actress|rapper|musician|comedian|songwriter|"
    r"frontman|frontwoman|chanteuse|entertainer|"
    # '"…!" the former top Trump aide said' after "billionaire Oskar Velde lashed out"
    r"billionaire|businessman|businesswoman|tycoon|entrepreneur|aide|strategist)$"
    # "… met Emmanuel Macron. The French president said …"
    r"|^[Tt]he\s+(?:[\w.'’-]+\s+){1,3}(?i:president|minister|governor|mayor|MP|premier|chancellor|chief|"
    r"boss|head|leader|director-general|manager|coach|captain|skipper|chairman|chairwoman|"
    # "The prosecution barrister added …" after "Barrister John Price KC, who is leading …"
    r"barrister|solicitor|counsel|prosecutor|lawyer|"
    r"striker|goalkeeper|defender|midfielder|forward)$"
    r"|^[Tt]he\s+head\s+of\s+(?:state|government)$"  # "The head of state emphasized …"
    # '"…," the Portuguese said' after "Manchester manager Jose Mourinho": one of a people is
    # a person (the people, or their government, are plural: "the Portuguese say").
    r"|^[Tt]he\s+(?:[\w'’-]+\s+)?(?:Dutchman|Frenchman|Englishman|Irishman|Scotsman|Welshman|"
    r"Dutchwoman|Frenchwoman|Spaniard|Dane|Swede|Finn|Pole|Scot|Portuguese|Argentine|Argentinian|"
    r"Brazilian|Italian|German|Norwegian|Croat|Serb|Belgian|Austrian|Australian|American|"
    r"Canadian|Uruguayan|Colombian|Chilean|Mexican|Nigerian|Ghanaian|Senegalese|Egyptian|"
    r"Japanese|South\s+Korean|Moroccan|Cameroonian|Ivorian|Turk|Greek|Georgian|Ukrainian)$"
    # "Trump's deputy campaign manager called …" after "Donald Trump's deputy campaign manager,
    # David Bossie,"
    r"|^[A-Z][\w.'’-]+['’]s\s+(?:[\w.'’-]+\s+){0,3}(?i:manager|running\s+mate|chief\s+of\s+staff|"
    r"press\s+secretary|spokes(?:man|woman|person)|adviser|advisor|aide|chairman|chairwoman)$"
)
_POSSESSIVE = re.compile(r"\b[\w-]+(?:['’]s|s['’])(?=\s)")
_POSSESSIVE_END = re.compile(r"['’]s\Z")
# A court's decision, named as a document: "the ruling", "the judge's order".
_THE_RULING = re.compile(
    r"[Tt]he\s+(?:judge['’]s\s+|court['’]s\s+)?(?:ruling|judg(?:e)?ment|order|decision)"
)
# A judge or court as a sentence's subject, ruling: "A judge on Tuesday refused to stop …".
_A_JUDGE_RULED = re.compile(
    r"(?P<judge>\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}(?:judge|court)|\b(?:Judge|Justice)"
    r"(?:\s+[A-Z][\w'’-]+){1,2})(?:\s+on\s+[A-Z]\w+)?\s+(?:has\s+|had\s+)?(?:ruled|refused|ordered|"
    r"rejected|dismissed|granted|denied|declined|blocked|upheld|struck|found|sided|halted|paused)\b"
)
# A person's body, which "it" may mean: "Okonjo's campaign", "the senator's office".
_OWNED_BODY = re.compile(
    r"[A-Z][\w'’-]+['’]s[^\S\n]+(?:campaign|office|administration|team|government|party)\b"
)
# One capitalised word, as a surname alone is written: "Rubio", "O'Rourke".
_SURNAME_ALONE = re.compile(r"[A-Z][a-z][\w'’-]*")
# A sentence's opening word before a surname: "But Rubio believes …" names no "But Rubio".
_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "still", "then", "now"})
# "the al-Qaeda-linked al-Dhulka group": whom a body follows, never a first name.
_AFFILIATION = re.compile(rf"{AFFILIATED}\Z")
# "Senators Cotton and Perdue": a title of two, no first name.
# "While Orlane claims …": a clause's opening word, never a first name before "Orlane".
_SUBORDINATORS = frozenset(
    {"while", "when", "after", "although", "though", "as", "because", "since", "if", "unless",
     "before", "until", "whereas", "once"}
)  # fmt: skip
_NOT_A_FIRST_NAME = (
    FUNCTION_WORDS | TITLE_WORDS | _CONJUNCTIONS | _SUBORDINATORS | {"sens", "senators", "reps"}
)
# A named owner's writing: "The Supreme Court's majority opinion", "Acme's annual report".
_OWNS_WRITING = (
    r"(?:opinion|ruling|judgment|decision|report|letter|statement|filing|memo|screenshot|post|"
    r"email|diary|analysis|review|survey|audit)"
)
_OWNERS_WRITING = re.compile(
    # ("amNewYork's analysis": a name written in camel case)
    r"(?:[Tt]he\s+)?(?P<owner>(?:[a-z]{1,8})?[A-Z][\w.&-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w.&-]*){0,4})"
    r"['’]s\s+"
    # "Mr Tasker's screenshot of the conversation": his; "amNewYork's analysis of the
    # council's legislative database": its
    rf"(?:[a-z-]+\s+){{0,2}}{_OWNS_WRITING}(?:\s+of\s+(?:the|his|her|their)\s+[^,;]{{1,80}})?"
)
# "the department's annual food safety report", "the agency's figures": a described body's.
_BODYS_WRITING = re.compile(
    rf"[Tt]he\s+(?P<noun>[a-z]+)['’]s\s+(?:[a-z-]+\s+){{0,3}}(?:{_OWNS_WRITING}|figures|data)"
)
# "One of those affected", "another of those hit": a person, one of many.
ONE_OF_THOSE = re.compile(
    r"(?i:one|another)\s+of\s+those\s+(?:[a-z]+\s+)?(?:affected|hit|involved|evacuated|injured|"
    r"hurt|stranded|caught\s+up|left\s+[a-z]+)"
)
# "the Unite union", "the Sea Lift charity": a body's name, then what it is.
_NAMED_KINDS = frozenset({"union", "charity", "group"})
_THE_NAME_THEN_KIND = re.compile(
    r"\bthe\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    # "the Islamic Jihad militant group": what sort of group, between its name and the noun
    r"(?:(?:militant|armed|rebel|paramilitary|Islamist|jihadist|extremist|separatist)\s+)?"
    rf"(?:{'|'.join(sorted(_NAMED_KINDS))})\s*$"
)
_NAME_ROLE_OF = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){1,2}),[^\S\n]+"
    r"(?:(?:the|an?)[^\S\n]+)?[a-z][\w'’-]*(?:[^\S\n]+[a-z][\w'’-]*){0,3}[^\S\n]+(?:of|at|for)"
    r"[^\S\n]+\Z"
)
_UNSIGNED_LETTER = re.compile(UNSIGNED_LETTER)
# "According to a news release", "a statement": a release that names no one who put it out.
_UNSIGNED_RELEASE = re.compile(r"(?i:an?)\s+(?:(?:news|press)\s+)?(?:statement|release)")
_BODY_STAFF = re.compile(r"(?P<body>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,4})[^\S\n]+staff")
_BODY_SPOKESPERSON = re.compile(
    # "a No 10 spokesman"
    r"^(?i:an?|the)\s+(?P<body>[a-z]+(?:['’]s)?|[A-Z][\w'’-]+(?:\s+(?:(?:of|and|for|on)\s+)?(?:[A-Z][\w'’-]+|\d{1,4})){0,5})\s+"
    rf"(?:{'|'.join(sorted(SPOKESPEOPLE))})$"
)
# Services the desk files by their noun alone: "police said", "the army said".
_SERVICES = frozenset({"police", "army", "military", "navy", "coastguard"})
# The nouns that name a body: "the agency", "the company", "the club", "the regulators".
_A_BODY_NOUN = re.compile(
    r"(?:ministry|government|office|army|navy|military|agency|police|commission|authorit(?:y|ies)|"
    r"administration|department|watchdog|regulators?|company|firm|group|organi[sz]ation|charity|"
    r"union|airline|bank|lender|insurer|retailer|club|council|board|court|party|operator|"
    r"carrier|maker|[a-z]*makers?|hospital|university|school|trust|service|campaign|team)"
)
_OWN_CHANNELS = frozenset(
    {"website", "web site", "site", "homepage", "blog", "telegram channel", "social media accounts"}
)
_ITS_LAWYERS = frozenset({"lawyer", "lawyers", "attorney", "attorneys", "solicitors", "legal team"})
_PRESS_OFFICE = re.compile(
    r"(?:press|media|information|communications?|public affairs|news)\s+"
    r"(?:office|department|service|team|centre|center|unit|wing|officers?|staff)"
)
# "The group's media office", "the agency's human medicines committee": the body speaking
# through a part of itself.
_OWNED_OFFICE = re.compile(
    rf"^(?P<owner>(?:[Tt]he\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,4}}?)['’]s\s+(?:{_PRESS_OFFICE.pattern}"
    # Not "the project's external review board": a body of its own.
    r"|(?!(?:[a-z]+\s+){0,2}(?:external|independent|outside)\s)(?:[a-z]+\s+){0,3}"
    r"(?:committee|panel|board)"
    # "The movement's delegation, led by …, told mediators …": the movement, through it
    r"|(?:negotiating\s+)?(?:delegation|negotiators|negotiating\s+team))$"
)
# "…, or IPC," or "… (IPC)": the short name an article gives the body it names.
# ("The World Anti-Doping Association (Wada)": a short name may be written as a word)
_SHORT_FOR = re.compile(r",\s+or\s+([A-Z]{2,8})\b|\s+\(([A-Z]{2,8}|[A-Z][a-z]{2,7})\)")
# A sentence's capital on who belongs to a body: "Members of the United Rail Workers".
_MEMBERS = frozenset(
    {"Members", "Leaders", "Supporters", "Officials", "Staff", "Workers", "Contractors", "Lawyers"}
)
_NAME = re.compile(r"[A-Z][\w'’-]+(?:[^\S\n]+(?:(?:of|the|for|and)[^\S\n]+)*[A-Z][\w'’-]+)+")
# A document a newsroom saw: "an internal memo seen by Reuters".
_SEEN_BY = re.compile(
    r"^(?:(?i:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?i:memo|draft|document|letter|email|report|copy|"
    r"notes|minutes|messages|emails|documents|files)\s+"
    r"(?:seen|obtained|reviewed)\s+by\s"
)
# People who lead several places together: "The leaders of Kenya and Germany".
_LEADERS_OF = re.compile(
    r"^(?:[Tt]he\s+)?(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|"
    r"foreign\s+ministers)\s+of\s+[A-Z][^,;]*\band\s+[A-Z]"
)
_GROUP_OF_PEOPLE = re.compile(
    r"^(?i:an?)\s+group\s+of\s+(?:[\w-]+\s+){0,2}\w+s$"
    # "a spokesman for the families and a ward councillor": two people, not one named later
    r"|^(?i:an?)\s.*\sand\s+an?\s"
)


def _past_capitals_headline(state: ReadingState, at: int) -> int:
    """Where to start reading for names: `at`, or the headline's end when `at` falls in a
    title-case headline, whose capitals name no one."""
    if at < state.headline_end and _title_case(state.text[: state.headline_end]):
        return state.headline_end
    return at


def _title_case(headline: str) -> bool:
    """ "Vantor Weighs Bid for Rival Kessel in Deal That Could Top $20 Billion"."""
    words = [w for w in headline.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


# A number after a name: "Alaska Airlines Flight 1282".
_NUMBER_NEXT = re.compile(r"[^\S\n]+\d")
# A party's name: "the Labour Party", "Peoples Democratic Party".
_PARTY = r"(?:[A-Z][\w'’-]+[^\S\n]+){1,3}Party"
# A body's initials before its head's title and name: "FAA Administrator Mike Whitaker".
_ACRONYM_TITLE = re.compile(r"([A-Z]{2,6})\s+[A-Za-z][a-z-]+\s+[A-Z]")
# Bodies an article may name by initials, then by what they are: "TMU …. the union".
_SPELT_BODIES = frozenset({"union", "party", "federation", "association", "congress", "alliance"})
# Nouns any public body may be described by, whatever its name.
_ROLE_ACRONYMS = frozenset({"MP", "MEP", "MSP", "MLA", "CEO", "CFO", "COO", "CTO"})
# A time that opens a sentence as a name would: "On Thursday", "In March".
_A_TIME = re.compile(r"(?:On|In|By|Since|Until|Last|Early|Late|Next)\s")
# Two names joined: "Rwanda and Uganda".
_NAMED_PAIR = re.compile(
    r"(?<![\w'’-])(?P<a>[A-Z][\w'’.-]+(?:[^\S\n]+[A-Z][\w'’.-]+){0,3})[^\S\n]+and[^\S\n]+"
    r"(?P<b>[A-Z][\w'’.-]+(?:[^\S\n]+[A-Z][\w'’.-]+){0,3})"
)
# The last word of a force named like an army: "the Rapid Support Forces", "the Republican Guard".
_FORCE_NAMES = frozenset(
    {"Forces", "Force", "Army", "Guard", "Guards", "Brigade", "Brigades", "Corps"}
)
# Those who stand against the body a possessive names: "its rival", "their opponents".
_OTHER_SIDE = frozenset(
    {"rival", "rivals", "opponent", "opponents", "enemy", "enemies", "adversary", "adversaries",
     "foe", "foes"}
)  # fmt: skip
_ANY_BODY = frozenset({"agency", "body", "organisation", "organization", "service", "survey"})
# The nouns a public body's initials spell out: the FBI's bureau, the NTSB's board.
_INITIALLED = frozenset(
    {"bureau", "agency", "administration", "board", "commission", "service", "department",
     "authority", "council", "committee", "institute"}
)  # fmt: skip
_DATELINE_HERE = re.compile(DATELINE_TEXT)
# Who runs in a race, not an office one holds: "the Republican nominee", "the GOP front-runner"
# (an office, "the French president", may be the last person named, not the subject).
_RUNNING = re.compile(
    r"\b(?:nominee|candidate|front-?runner|challenger|hopeful|contender|incumbent)\Z", re.I
)
# Where a sentence opens: after a paragraph break or a full stop.
_SENTENCE_OPENS = re.compile(r"(?:\n+|[.!?][”\"’]?[^\S\n]+)(?=[A-Z“\"])")
# How a title is written before a name, by the role a description gives: "the governor" is
# "Gov. Martin Ochoa".
_TITLES_OF = {
    "governor": r"Gov\.|Governor",
    "senator": r"Sen\.|Senator",
    "mayor": r"Mayor",
    "president": r"President",
    "judge": r"Judge|Justice",
    "prime minister": r"Prime\s+Minister",
    # "Defence Minister Paul Arden …. The minister said": not the prime minister
    "minister": r"(?<!Prime\s)Minister",
    "chancellor": r"Chancellor",
    "congressman": r"Rep\.|Representative|Congressman",
    "congresswoman": r"Rep\.|Representative|Congresswoman",
    "sheriff": r"Sheriff",
    "speaker": r"Speaker(?:\s+of\s+the\s+House)?",  # "Speaker of the House Martin Oakes"
    # "Archbishop Tomas Revik …. These journeys, the archbishop wrote, …"
    "archbishop": r"Archbishop",
    "bishop": r"(?<!Arch)Bishop",
    "cardinal": r"Cardinal",
    "pope": r"Pope",
    "patriarch": r"Patriarch",
    "rabbi": r"Rabbi",
    "imam": r"Imam",
    # "Federal Reserve Chairman Jerome Powell …. "…," the Fed Chair said"
    **dict.fromkeys(
        ("chairman", "chairwoman", "chairperson", "chair"), r"Chair(?:man|woman|person)?"
    ),
}
# An office a title names: "Helvick County Sheriff's officials", "the District Attorney's Office".
_OFFICE_HOLDERS = r"Sheriff|Attorney|Coroner|Marshal|Prosecutor|Examiner|Comptroller|Auditor"
_TITLED_OFFICE = re.compile(
    # (not "The" of "The Jasper County Sheriff's Office is reporting …": a sentence's article)
    rf"(?P<name>(?!The\b)(?:[A-Z][\w'’-]+[^\S\n]+){{1,4}}?(?P<title>{_OFFICE_HOLDERS})['’]s)[^\S\n]+"
    r"(?:Office|office|officials|Department|department|deputies)\b"
)
_THE_OFFICE = re.compile(
    rf"(?i:the)\s+(?:(?P<title>(?i:{_OFFICE_HOLDERS}))['’]s\s+)?(?i:office|department)"
    r"(?:\s+(?:statement|release|post))?"  # "the Sheriff's Office statement said"
)
_THE_ROLE = re.compile(rf"(?i:the)\s+(?P<role>(?i:{'|'.join(_TITLES_OF)}))")
# "The Fed chair": a role with whose it is, which the title named in full before ("Federal
# Reserve Chairman Jerome Powell").
_THE_QUALIFIED_ROLE = re.compile(
    rf"(?i:the)\s+(?P<qualifier>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?P<role>(?i:{'|'.join(_TITLES_OF)}))"
)
_ROLE_IN_SENTENCE = re.compile(rf"\b(?i:the)\s+(?i:{'|'.join(_TITLES_OF)})\b")
# Who speaks for a named body's part: "A spokesperson for the FBI's regional field office".
_ROLE_FOR_OWNER = re.compile(
    rf"(?i:{ROLE_FOR})\s+(?:the\s+)?(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})['’]s\s+"
    r"[a-z][^,]{1,60}$"
)
# Who speaks for a person or body, by the owner's name: "Moreno's publicist", "the singer's
# representatives".
_REPRESENTATIVE_OF = re.compile(
    r"(?P<owner>[Tt]he\s+(?:[\w-]+\s+){0,2}[a-z]+|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})['’]s\s+"
    r"(?:[a-z]+\s+)?(?:publicist|representative|rep)s?"
)
_SPEAKS_FOR_WORDS = r"spokes(?:man|woman|person)|press\s+secretary"
_SPEAKS_FOR = re.compile(rf"(?i:{_SPEAKS_FOR_WORDS})")


def _speaks_for(speaker: Speaker, state: ReadingState, at: int) -> bool:
    """Whether the article gave a person a spokesperson's role: "spokesman Jay Carney", or
    "Tariq Sallal, the rebels' military spokesman" (the last time it named them)."""
    if _SPEAKS_FOR.search(speaker.mention):
        return True
    named = state.text.rfind(speaker.mention, max(0, at - NAMING_WINDOW), at)
    after = named + len(speaker.mention)
    return named >= 0 and bool(_SPEAKS_FOR_APPOSITIVE.match(state.text[after : after + 60]))


# ", the rebels' military spokesman", ", a spokeswoman for the agency"
_SPEAKS_FOR_APPOSITIVE = re.compile(
    rf",\s+(?:the|a|an|its|their|his|her)\s+[^,.;:“”\"]{{0,40}}?\b(?:{_SPEAKS_FOR_WORDS})\b"
)
# A book, or a passage of it a newsroom saw: "the memoir", "an excerpt of the book previewed by
# Vesper", "extracts from her autobiography".
_BOOK_NOUN = r"(?:book|memoir|autobiography)"
_A_BOOK = re.compile(
    r"(?:(?:an?\s+|the\s+)?(?:excerpts?|extracts?|passages?)\s+(?:of|from)\s+)?"
    rf"(?i:the|his|her|their)\s+(?:new\s+|forthcoming\s+|latest\s+)?{_BOOK_NOUN}"
    r"(?:\s+(?:previewed|obtained|seen|published|released)\s+by\s+.+)?"
)
# Who wrote it, as the article says: "Gale's memoir", "a memoir by Gale", 'Gale's "No …"'.
_AUTHORED = re.compile(
    rf"(?P<owner>{PROPER_NAME})['’]s\s+(?:(?:new|forthcoming|latest)\s+)?(?:{_BOOK_NOUN}\b|[“\"][A-Z])"
    rf"|\b{_BOOK_NOUN}\s+by\s+(?P<by>{PROPER_NAME})"
)
_WRITINGS = frozenset({"document", "story", "article", "stories", "articles", "reports"})
_DOCUMENT_NOUN = rf"(?:{'|'.join(sorted(STUDIES | _WRITINGS))})"
# "its preliminary report", "a report": a document, after up to two words
_QUALIFIED_DOCUMENT = rf"(?:[\w-]+[^\S\n]+){{0,2}}?{_DOCUMENT_NOUN}\b"
# "A staffing report compiled by the Northern Health Board", "the story, which was published by
# The New York Times": by whom.
_DOCUMENT_BY = re.compile(
    rf"\b{_DOCUMENT_NOUN},?\s+(?:which\s+was\s+)?"
    r"(?:(?:compiled|published|released|issued|prepared|commissioned|carried[^\S\n]+out|"
    r"conducted)[^\S\n]+)?by[^\S\n]+"
    r"(?P<by>(?:the[^\S\n]+)?[A-Z][\w'’&-]*(?:[^\S\n]+(?:of|for|and|the|[A-Z][\w'’&-]*))*)"
    # "a report in the Sunday Courier": the paper it ran in
    r"|\b(?:report|story|article)s?[^\S\n]+in[^\S\n]+(?P<outlet>(?i:the)[^\S\n]+[A-Z][\w'’&-]*"
    r"(?:[^\S\n]+[A-Z][\w'’&-]*)*)"
    # "The National Transportation Safety Board released its preliminary report Friday": whose
    r"|(?P<issuer>\b(?:[Tt]he[^\S\n]+)?[A-Z][\w'’&-]*(?:[^\S\n]+(?:of|for|and|the|[A-Z][\w'’&-]*))*)"
    rf"[^\S\n]+(?:has[^\S\n]+)?(?:released|published|issued)[^\S\n]+its[^\S\n]+{_QUALIFIED_DOCUMENT}"
    # "Bondholders were informed of the issue by the company in a report last week": whose
    rf"|\bby[^\S\n]+(?P<author>(?:the[^\S\n]+)?[\w'’&-]+)[^\S\n]+in[^\S\n]+(?:an?|its|the)[^\S\n]+"
    rf"{_QUALIFIED_DOCUMENT}"
)
_INDEFINITE_END = re.compile(r"\b(?i:an?)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*$")
# "Shares in Barclays fell 4% after the bank said …"
_SHARES_IN = re.compile(
    r"\b[Ss]hares[^\S\n]+(?:in|of)[^\S\n]+(?P<name>[A-Z][\w&'’.-]*?(?:[^\S\n]+[A-Z][\w&'’.-]*?){0,3})"
    r"(?=[^\S\n]+(?:\([^()\n]{1,20}\)[^\S\n]+)?[a-z])"
)
# What only a company has: "Castleline's shares fell 14%".
_COMPANY_OWNS = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w&'’.-]*?(?:[^\S\n]+[A-Z][\w&'’.-]*?){0,3})"
    # "Carlsberg shares were little changed"
    r"(?:[^\S\n]+shares[^\S\n]+(?:were|rose|fell|jumped|slid|dropped|closed|gained|climbed|"
    r"tumbled|edged|ended)\b|"
    # "Progress Software Corp.'s latest quarterly earnings were in line …"
    r"['’]s[^\S\n]+(?:(?:latest|quarterly|annual|first-quarter|second-quarter|third-quarter|"
    r"fourth-quarter|full-year|half-year)[^\S\n]+){0,2}(?:earnings|results|sales|guidance|forecast)|"
    r"['’]s[^\S\n]+(?:shares|stock|share[^\S\n]+price|market[^\S\n]+value|profits?|revenues?|shareholders|"
    r"chief[^\S\n]+executive|board|founder|co-founder|employees|staff|customers|"
    # "Eli Lilly's Alzheimer's drug": what it makes
    r"(?:(?:[A-Z][\w'’-]+|new|experimental|flagship)[^\S\n]+)?(?:drug|vaccine|pill|medicine|device|chips?|"
    r"phones?|cars?|aircraft|jets?|"
    # "Orlane's Morven well …. …, the Aberdeen oil company said": what it works
    r"wells?|refinery|refineries|pipelines?|rigs?|mines?|smelters?))\b)"
)


# Where people described are: "Health officials in Ostrova County".
_LOCATED_IN = re.compile(
    r"\b[a-z]+s\s+(?:in|from|at)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})$"
)
# A body written to: "a message to CrossLink", "a tweet to Anglia Rail".
_WRITTEN_TO = re.compile(
    r"\b(?:message|tweet|post|letter|email|complaint)[^\S\n]+to[^\S\n]+"
    r"(?P<name>[A-Z][\w&'’-]*(?:[^\S\n]+[A-Z][\w&'’-]*){0,3})"
)
# A reply's subject: "The firm replied that …".
_REPLIED = re.compile(r"(?:[Tt]he[^\S\n]+)?[a-z]+[^\S\n]+(?:replied|responded)\b")
# A company by its trade, then its name: "drug wholesaler Brennick Health".
_TRADE_THEN_NAME = re.compile(
    r"\b(?:wholesaler|supplier|distributor|retailer|manufacturer|carmaker|chipmaker|firm|"
    # "Telecommunications operator, 9mobile, on Thursday issued …", "Mobile network O2"
    r"operator|telco|network|"
    # "Health care provider Veldran Health Services, one of the largest chains …"
    r"provider),?"
    r"[^\S\n]+(?P<name>(?:[A-Z]|\d+[a-z])[\w&'’-]*(?:[^\S\n]+[A-Z][\w&'’-]*){0,3})"
)
# Words for a maker, any of which an article may use for the same company.
_MAKING_TRADES = frozenset({"maker", "manufacturer", "carmaker", "chipmaker", "producer"})
# Words for a provider of services: "Health care provider Veldran Health Services …. The
# hospital system said …".
_SERVING_TRADES = frozenset({"provider", "system", "chain", "network"})


def _same_trade(noun: str, trade: str) -> bool:
    """Whether "the company" (or "the chip maker") may be the "chipmaker X" named before."""
    return (
        noun in ("company", "firm", "business", "group")
        or trade.endswith(noun)
        or {noun, trade} <= _MAKING_TRADES
        or {noun, trade} <= _SERVING_TRADES
    )


# "Corvina Cruises spokeswoman Lisbeth Quayle": a body's name, its officer's title, a name.
_COMPANY_TITLED = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w&'’.-]*?(?:[^\S\n]+[A-Z][\w&'’.-]*?){0,3})[^\S\n]+"
    r"(?:spokes(?:man|woman|person)|(?:vice[^\S\n]+)?president|chief[^\S\n]+executive|chairman|"
    r"chairwoman|director|founder)[^\S\n]+[A-Z][a-z]"
)


def _a_country(name: str, state: ReadingState) -> bool:
    """Whether a one-word name is a country's, by the adjective the text makes of it: "Hollen"
    and "Hollenian", "Kestrany" and "Kestrani"."""
    if not re.fullmatch(r"[A-Z][a-z]{3,}", name):
        return False
    stem = (name[:-1] if name[-1] in "aeiouy" else name).casefold()
    # The article's words, already folded: no scan of the text per mention.
    return any(stem + ending in state.words for ending in ("ian", "ean", "an", "ese", "i", "ish"))


def _a_company(name: str, state: ReadingState, at: int) -> bool:
    """Whether the text near `at` gives the name a company's shares, founder or chief
    executive ("Astra Lunar's founder, Kenji Tanaka"), or calls it a company before."""
    lo, hi = max(0, at - PLACE_WINDOW), min(len(state.text), at + NAMING_WINDOW)
    # … or calls it one: "the mining company Andina Copper".
    # … or a company's part: "Bank of America's Merrill Lynch unit".
    unit = re.compile(rf"\b{re.escape(name)}[^\S\n]+(?:unit|subsidiary|division)\b")
    # … or gives it a company's ending: "events run by Skylark Live Ltd".
    registered = re.compile(rf"\b{re.escape(name)}[^\S\n]+{_COMPANY_ENDING}")
    return (
        any(m["name"] == name for m in _COMPANY_OWNS.finditer(state.text, lo, hi))
        or registered.search(state.text, max(0, at - NAMING_WINDOW), hi) is not None
        or any(
            m["name"] == name
            for m in _DESCRIBED_NAME.finditer(state.text, max(0, at - NAMING_WINDOW), at)
        )
        or unit.search(state.text, lo, hi) is not None
    )


_COMPANY_ENDING = r"(?:Ltd|Limited|Inc|Corp|plc|PLC|LLC|GmbH)\b"
_FULL_COMPANY_ENDING = re.compile(rf"(?:{_COMPANY_ENDING}|Co\b)\.?")
# A lede that opens with a body's name and its verb: "Orrin on Tuesday unveiled …".
_LEDE_SUBJECT = re.compile(
    # "Shares in Pennant, the clothing retailer, fell 9%": the company whose shares they are.
    r"(?:The[^\S\n]+|Shares[^\S\n]+(?:in|of)[^\S\n]+)?(?P<name>[A-Z][\w'’&-]+(?:[^\S\n]+[A-Z][\w'’&-]+){0,3}"
    # "Cobalt International Energy Inc. said …": a company's suffix keeps its full stop
    r"(?:(?<=\bInc)\.|(?<=\bCorp)\.|(?<=\bLtd)\.|(?<=\bCo)\.)?)"
    r"(?:(?:'s|’s)?[^\S\n]+[a-z]|,[^\S\n]+(?:the|an?)[^\S\n])"
)
# A subject's verb that is singular: "The Southern Railway has ordered …".
_SINGULAR_VERB_NEXT = re.compile(r"\s+(?:has|is|was|does)\s")
# A name as a sentence's subject: at a paragraph's or sentence's start (or after a live blog's
# "22:55 —"), after "The".
_SUBJECT_PHRASE = re.compile(
    # "Shares of Apple Inc fell …": the company, not its shares.
    # "But Rubio believes …. He estimates …": Rubio, not "But Rubio"
    # "(Reuters) - Cisco Systems Inc Chief Executive John Chambers apologized …" too.
    rf"(?:^|(?<=[.!?—–])\s+|(?<=[.!?][”\"])\s+|(?<=\)\s-)\s+)(?:The\s+|Shares\s+(?:of|in)\s+|{OPENING_CONJUNCTION})?{NOT_A_SUBJECT}"
    # "Various Russian attacks in this region killed one person, he said": a quantity, no name
    r"(?!(?:Various|Several|Many|Some|Most|Few|Other|Both|All|Each|Every|Numerous|Multiple)\s)"
    # "The freed men would be flown …": an article alone names no one.
    r"(?!(?:The|A|An|This|These|Those)\s+[a-z])"
    # "T.J. Smith thanked …": initials open a name.
    r"(?P<name>(?:(?:[A-Z]\.)+[^\S\n]?)?[A-Z][\w'’-]+(?:[^\S\n]+(?:(?:of|the|for|and)[^\S\n]+)*[A-Z][\w'’-]+)*)",
    re.MULTILINE,
)

# A body described, opening a sentence with its verb: "The government had offered …".
_DESCRIBED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?])[^\S\n]+|(?<=[.!?][”\"])[^\S\n]+)(?P<name>The[^\S\n]+(?:government|ministry|"
    r"department|council|company|firm|union|agency|authority|regulator|commission|committee|"
    r"board|court|party|club|bank|charity|airline|operator))[^\S\n]+"
    r"(?:has|had|have|was|is|[a-z]{3,}ed)\b",
    re.MULTILINE,
)
# A person named after their role: "regional governor Alexei Smirnov", "the spokesman Ivan Roy".
_ROLE_THEN_NAME = re.compile(
    r"\b(?:governor|mayor|minister|spokes(?:man|woman|person)|secretary|adviser|aide|commander|"
    r"general|chief|director|officer|official|president|leader|lawyer|judge|prosecutor|analyst|"
    r"executive|professor|senator|chairman|chairwoman|manager|coach|agent|captain|founder|owner|"
    r"boss|principal|"
    # "The author Corrie Penwith, who grew up …, backed the campaign. … she said"
    r"author|writer|novelist|poet|historian|actor|actress|singer|artist|presenter|campaigner|"
    # a judge's title: "… that Judge Vashti Orme wrote …"
    r"Judge),?"
    r"\s+(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){1,2})\b"
)
# A subject's name set apart after its description: "the fiery chairman of the party, Don
# Etiebet, went further".
_NAMED_SUBJECT = re.compile(
    r",[^\S\n]+(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){1,2}),[^\S\n]+"
    r"(?:[a-z]{3,}ed|went|said|told|made|gave|took|spoke)\b"
)
# A second clause's subject: "CEPN hired Bertil Borg to review it, and Borg found …".
_AND_NAMED_SUBJECT = re.compile(
    r",[^\S\n]+and[^\S\n]+(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,2})[^\S\n]+"
    r"(?:[a-z]{3,}ed|found|said|told|wrote|made|gave|took|spoke|went)\b"
)
# Someone named by their handle: "Twitter user @gwenteo_, for one, lamented …. She tweeted".
_HANDLE_USER = re.compile(
    r"\b(?:Twitter|X|Instagram|TikTok|Facebook|Reddit|Threads|Bluesky)\s+user\s+(?P<name>@\w+)"
)
_ANOTHER_NAME = re.compile(r"\s[A-Z][a-z]")
GENDERED = {"he": "male", "his": "male", "she": "female", "her": "female"}
# Who usually shares a person's surname: "His wife, Lena,".
_SHARE_A_SURNAME = frozenset(
    {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister"}
)
# Not "a charge nurse who worked with her": after a preposition, someone else.
_PRONOUN_WORD = re.compile(
    r"(?<!\bwith\s)(?<!\bfor\s)(?<!\bto\s)(?<!\bby\s)(?<!\babout\s)(?<!\bbeside\s)"
    r"\b(?:he|his|him|himself|she|her|hers|herself)\b",
    re.IGNORECASE,
)
_TITLED = re.compile(
    r"\b(?:(?P<male>Mr|Sir|Lord|spokesman|chairman|father|son|husband|brother|widower)"
    r"|(?P<female>Mrs|Ms|Miss|Dame|Lady|Baroness|spokeswoman|chairwoman|mother|daughter|wife|"
    r"sister|widow))\b"
)


def _gender(person: Speaker, state: ReadingState, at: int) -> str | None:
    """What the article calls a person, when it says: a title or role ("Mrs", "spokeswoman"),
    or the pronouns in the rest of each sentence that names them in the NAMING_WINDOW before
    `at` ("Denise Okoro, 71, who visits her library"). None when it does not say, or both."""
    titled = _TITLED.search(person.mention)
    if titled:
        return "male" if titled.group("male") else "female"
    if person.name in state.genders:
        return state.genders[person.name]
    words = person.name.split()
    if not words or not words[-1][:1].isupper():
        return None
    seen = set()
    named = re.compile(rf"(?<![\w'’-]){re.escape(words[-1])}\b")
    if len(words) > 1 and _shares_surname(words, state, max(0, at - NAMING_WINDOW), at):
        # "Tobias Wend" and "his sister, Lena Wend": "Wend" alone says nothing of her.
        named = re.compile(rf"(?<![\w'’-]){re.escape(person.name)}\b")
    for name in named.finditer(state.text, max(0, at - NAMING_WINDOW), at):
        titled = _TITLE_JUST_BEFORE.search(state.text, max(0, name.start() - 10), name.start())
        if titled:  # "Ms Marsh put it to the defendant that he …": the title says, not "he"
            return "male" if titled.group("male") else "female"
        stop = _SENTENCE_STOP.search(state.text, name.end(), min(at, name.end() + MAX_SENTENCE))
        rest = state.text[name.end() : stop.start() if stop else min(at, name.end() + 200)]
        # Up to the next name: "Ibáñez thanked Reyes for his service" says nothing of her; nor
        # what they said: "Arif told reporters that drones had killed a woman and her son".
        rest = _ANOTHER_NAME.split(rest, maxsplit=1)[0]
        rest = _WHAT_THEY_SAID.split(rest, maxsplit=1)[0]
        # "Trump called her remark …": the verb's object, someone else's, says nothing of him.
        rest = _OBJECT_PRONOUN.sub("", rest, count=1)
        seen.update(
            "female" if word.casefold().startswith(("she", "her")) else "male"
            for word in _PRONOUN_WORD.findall(rest)
        )
    return next(iter(seen)) if len(seen) == 1 else None


def _shares_surname(words: list[str], state: ReadingState, lo: int, hi: int) -> bool:
    """Whether the text between `lo` and `hi` names someone else with this surname: "Lena Wend"
    beside "Tobias Wend"."""
    full_name = re.compile(rf"\b([A-Z][a-z][\w'’-]*)[^\S\n]+{re.escape(words[-1])}\b")
    first_names = {
        m.group(1)
        for m in full_name.finditer(state.text, lo, hi)
        if m.group(1) not in _HONORIFICS
        and m.group(1).casefold() not in TITLE_WORDS | FUNCTION_WORDS
    }
    return len(first_names - {words[-2]}) > 0


# A pronoun right after the verb that follows a name: its object ("Trump called her remark").
_OBJECT_PRONOUN = re.compile(r"\A\s+[a-z]+\s+(?:her|him|them)\b")
# A journalist's role, as a byline gives it: "Police Reporter", "Health Correspondent".
_JOURNALIST = re.compile(r"\b(?:Reporter|Correspondent|Editor|Writer|Columnist|Photographer)$")
# Where a speaker is: "Our correspondent in Kyiv".
_WHERE = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
# The capitalised words before a name, within its sentence: "Northern" of "the Northern
# Liberation Front" (not a sentence's first word, which any sentence capitalises).
_LONGER_NAME = re.compile(r"(?<=[a-z,][^\S\n])(?:[A-Z][\w'’-]+[^\S\n]+){1,3}$")
# "the state Department of Revenue", named by the US state the article is in.
_STATE_BODY = re.compile(
    r"^the\s+state\s+(?P<body>(?:Department|Board|Office|Bureau)\s+of\s+[A-Z].*)$"
)
# American states as a party tag writes them: AP's abbreviations and the postal codes.
_STATES = dict(
    pair.split(":")
    for pair in [
        "Ala:Alabama",
        "AL:Alabama",
        "AK:Alaska",
        "Ariz:Arizona",
        "AZ:Arizona",
        "Ark:Arkansas",
        "AR:Arkansas",
        "Calif:California",
        "CA:California",
        "Colo:Colorado",
        "CO:Colorado",
        "Conn:Connecticut",
        "CT:Connecticut",
        "Del:Delaware",
        "DE:Delaware",
        "Fla:Florida",
        "FL:Florida",
        "Ga:Georgia",
        "GA:Georgia",
        "HI:Hawaii",
        "ID:Idaho",
        "Ill:Illinois",
        "IL:Illinois",
        "Ind:Indiana",
        "IN:Indiana",
        "IA:Iowa",
        "Kan:Kansas",
        "KS:Kansas",
        "Ky:Kentucky",
        "KY:Kentucky",
        "La:Louisiana",
        "LA:Louisiana",
        "ME:Maine",
        "Md:Maryland",
        "MD:Maryland",
        "Mass:Massachusetts",
        "MA:Massachusetts",
        "Mich:Michigan",
        "MI:Michigan",
        "Minn:Minnesota",
        "MN:Minnesota",
        "Miss:Mississippi",
        "MS:Mississippi",
        "Mo:Missouri",
        "MO:Missouri",
        "Mont:Montana",
        "MT:Montana",
        "Neb:Nebraska",
        "NE:Nebraska",
        "Nev:Nevada",
        "NV:Nevada",
        "N.H:New Hampshire",
        "NH:New Hampshire",
        "N.J:New Jersey",
        "NJ:New Jersey",
        "N.M:New Mexico",
        "NM:New Mexico",
        "N.Y:New York",
        "NY:New York",
        "N.C:North Carolina",
        "NC:North Carolina",
        "N.D:North Dakota",
        "ND:North Dakota",
        "OH:Ohio",
        "Okla:Oklahoma",
        "OK:Oklahoma",
        "Ore:Oregon",
        "OR:Oregon",
        "Pa:Pennsylvania",
        "PA:Pennsylvania",
        "R.I:Rhode Island",
        "RI:Rhode Island",
        "S.C:South Carolina",
        "SC:South Carolina",
        "S.D:South Dakota",
        "SD:South Dakota",
        "Tenn:Tennessee",
        "TN:Tennessee",
        "TX:Texas",
        "UT:Utah",
        "Vt:Vermont",
        "VT:Vermont",
        "Va:Virginia",
        "VA:Virginia",
        "Wash:Washington",
        "WA:Washington",
        "W.Va:West Virginia",
        "WV:West Virginia",
        "Wis:Wisconsin",
        "WI:Wisconsin",
        "Wyo:Wyoming",
        "WY:Wyoming",
    ]
)
_STATE_PARTY = re.compile(
    r"^[Tt]he\s+(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<party>Republican|Democrat)$"
)
# "Mara Quill, R-Vt.," and "Maria Cantwell (D-WA)": a name, then its party and state.
_NAME_THEN_TAG = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’.-]+){0,3})(?:,[^\S\n]+|[^\S\n]+\()"
    rf"(?P<party>[RDI])-(?P<state>{TAG_STATE})"
)
_US_STATE = re.compile(
    r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    r"Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    r"Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    r"New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    r"Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|"
    r"Virginia|Washington|West Virginia|Wisconsin|Wyoming)\b"
)
# Where a person's own words begin, after their name.
_WHAT_THEY_SAID = re.compile(r"\b(?:that|said|says|told|tells)\b")
# What a mention may add to a name without describing anyone else: "Ms Marsh".
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."})
# A title right before a surname, which says he or she: "Ms Marsh".
_TITLE_JUST_BEFORE = re.compile(r"\b(?:(?P<male>Mr)|Mrs|Ms|Miss)\.?\s+$")
# A poll or survey for a client: the client did not ask the questions.
_POLL_FOR = re.compile(
    # "a YouGov poll for The Times": the pollster, after its article (not "Exit polls from …")
    r"^(?:(?i:an?|the)\s+(?P<pollster>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)\s+"
    r"|(?:(?i:an?|the)\s+)?(?:[\w-]+\s+){0,2}?)"
    r"(?i:polls?|surveys?|opinion\s+polls?|exit\s+polls?)"
    r"\s+(?:for|from|by)\s"
)
PLACE_WINDOW = 400
# People counted at a sentence's start, before their verb: "Two of the nine members of the
# Monetary Policy Committee voted for a cut."
_FRONTED_PLURAL = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:Although|Though|Even\s+though|While|When|As|Because|Since|If|Once)\s+"
    r"(?P<name>(?:the\s+|some\s+|many\s+|most\s+|several\s+)?(?:[\w-]+\s+){0,2}?[a-z][\w-]*s)"
    r"\s+(?:were|are|had|have|did|do|could|would|might|may|[a-z]+ed)\b[^.!?\n]*(?:,|--|[—–])\s*\Z",
    re.MULTILINE,
)
_COUNTED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?P<name>(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|\d+)"
    r"\s+of\s+the\s+[^,.;:“”\"\n]{3,80}?"
    # "Some energy analysts have pointed to …, which they say …"
    r"|(?:Some|Many|Most|Several|Other|A\s+few)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+s)"
    r"(?=\s+(?:have\s+|had\s+)?[a-z]+ed\b)"
    # "But many House members could not be persuaded …. They demanded …"
    r"|(?:^|(?<=[.!?])\s+)(?:But|And|Yet)\s+(?:many|most|some|several|other)\s+"
    r"(?P<also>(?:[\w-]+\s+){0,2}[a-z]+s)(?=\s+(?:could|would|did|were|are|had|have)\s)"
    # "Nebraska officials have honed in on a salad mix. They said …": a place's officials
    r"|(?:^|(?<=[.!?])\s+)(?P<officials>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
    r"(?:(?:state|health|county|city|local|federal)\s+)?officials)"
    r"(?=\s+(?:have\s+|had\s+)?[a-z]+ed\b)",
    re.MULTILINE,
)
# Where a word starts, for a window that must not open inside one.
_SPACE = re.compile(r"\s")
# What "his" or "her" may own without being it: "his organisation", "her group".
_NOT_HIS = frozenset({"organisation", "group"})
# A body's role and its holder's name after "its": "its military spokesman Abdiasis Abu Musab".
_ITS_ROLE_NAMED = re.compile(rf"(?:[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){{1,4}}(?P<name>{PROPER_NAME})")
# One unnamed person, whom "he" or "she" can mean: "A military official", "a senior aide".
_ONE_UNNAMED = re.compile(
    # "A World Health Organization official said …. '…,' he said": the body's name may be in it
    r"(?:[Aa]n?|One)\s+(?:[a-z-]+\s+){0,3}(?:[A-Z][\w'’-]*\s+){0,4}(?:[a-z-]+\s+){0,2}"
    r"(?:official|aide|officer|diplomat|source)\b"
)
# A party's members, many people: "House Republicans", "Senate Democrats".
_PARTY_MEMBERS = re.compile(
    r"\b(?:Republicans|Democrats|Conservatives|Tories|Liberals|Socialists|Greens|Nationalists|"
    r"Unionists|Independents)$"
)
# A quotation, blanked where a pronoun's antecedent is looked for.
_QUOTED = re.compile(r"[“\"][^“”\"\n]*[”\"]")
# A capitalised word right before a two-word name: its first name, if the parse agrees.
_FIRST_NAME_BEFORE = re.compile(
    r"(?P<before>[\w'’.-]+)[^\S\n]+(?P<first>[A-Z][a-z][\w'’-]*)[^\S\n]+\Z"
)
# A knight or dame by the honour and first name alone, as British papers write them.
_KNIGHTED = re.compile(r"(?:^|(?<=\s))(?P<honour>Sir|Dame)\s+(?P<first>[A-Z][a-z]+)$")
# A person named by their age alone: "the 62-year-old".
_AGED = re.compile(r"the (?P<age>\d{1,3})-year-old")
# How a report names someone by a first name or a name not their own.
_PSEUDONYM = (
    r"\b(?:we(?:'|’)ll\s+call|we\s+will\s+call|we\s+are\s+calling|asked\s+to\s+be\s+"
    r"(?:called|identified\s+(?:only\s+)?as)|identified\s+(?:him|her)self\s+(?:only\s+)?as|"
    r"gave\s+(?:only\s+)?(?:his|her)\s+(?:first\s+)?name\s+as|who\s+goes\s+by)\s+"
)
# "RFA telephoned Nyunt Win Aung, a junta council spokesman, …": a spokesperson named as the one
# asked, whom "he" may mean next.
_SPOKESPERSON_ASKED = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){1,3}),[^\S\n]+(?:an?|the)[^\S\n]+"
    r"(?:[\w'’-]+[^\S\n]+){0,4}?spokes(?:man|woman|person),"
)
# A person a sentence opens by describing: "Another passenger described escaping …. She said …"
_DESCRIBED_PERSON = re.compile(
    # "One Torrin Island mother, who posted online, asked …": where she is from, and who she is
    r"(?:^|(?<=[.!?]\s))(?P<name>(?:Another|One|An?(?:\s+(?:second|third))?)\s+"
    r"(?:[a-z-]+\s+|(?:[A-Z][\w'’-]+\s+){1,3})?"
    r"(?:passenger|witness|woman|man|survivor|resident|nurse|doctor|worker|mother|father|parent|"
    r"neighbou?r|student|teacher|driver|volunteer))(?:,[^,.\n]{1,80},)?[^\S\n]+"
    r"(?:[a-z]+ed|said|says|told)\b",
    re.MULTILINE,
)
_PSEUDONYMOUS = re.compile(rf"{_PSEUDONYM}[“\"]?(?P<name>[A-Z][\w'’-]+)")
# An unnamed person the article goes on describing: "A 17-year-old …. The boy denies …".
_UNNAMED_PERSON = frozenset(
    {"boy", "girl", "teenager", "youth", "defendant", "accused", "man", "woman", "child"}
)
# A person given an age: "Among them is Denise Okoro, 71, who visits her library …"; not
# "denies murdering Callum Reid, 24,", the one done to.
_NAME_WITH_AGE = re.compile(
    r"(?<![\w'’-])(?<!ing\s)(?<!\bof\s)(?<!\bas\s)(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){1,2}),[^\S\n]+\d{1,3},"
)
# A subject after a fronted phrase: "Back on the Morwenna, Penhale is checking the weather."
_FRONTED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:[A-Z][\w'’-]*)(?:[^\S\n]+[\w'’-]+){0,6},[^\S\n]+"
    # "But in another interview with VOA, First Vice President Sindimwo downplayed …"
    # (Not "That's Reid Tamblyn, Science Officer at the Weather Service": a role at a body.)
    r"(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,3})"
    r"(?=[^\S\n]+(?!(?:at|of|for|from|with)\b)[a-z])",
    re.MULTILINE,
)
_KNOWN_AS = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+|[^\S\n]+(?:al|el|bin|de|da|van|von)-?[\w'’-]*)+)"
    r",[^\S\n]+(?:(?:better|also|widely|popularly)[^\S\n]+)?known[^\S\n]+as[^\S\n]+\Z"
)
_MEMBERS_OF = re.compile(
    r"^(?:[Tt]he\s+)?(?:\w+\s+)?(?P<body>panel|committee|board|commission|council)\s+members$"
)
_SORT_OF_GROUP = frozenset(
    {"paramilitary", "armed", "militant", "rebel", "insurgent", "separatist", "jihadist"}
)

# A person a sentence opens with, not as its subject: "For Mwangi, the wait is the hardest part."
_FOR_NAME = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:For|To|Like|Unlike)[^\S\n]+(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,2}),",
    re.MULTILINE,
)

# What a business or club is called after its name: "the software maker", "the lender".
DESCRIBED_BODIES = frozenset(
    {"company", "maker", "firm", "group", "carrier", "airline", "bank", "lender", "retailer",
     "operator", "producer", "manufacturer", "developer", "insurer", "giant", "chain", "club",
     "startup", "start-up", "business", "supplier", "brand", "publisher", "broadcaster", "team",
     "side", "utility", "resort", "hotel", "line", "miner", "house", "mill", "plant", "factory",
     "provider", "system", *MAKERS}
)  # fmt: skip
# A team goes by its town's name, which names nothing else: "Valencia have sacked …".
TEAM_NOUNS = frozenset({"club", "team", "side"})
COMPANY_NOUNS = DESCRIBED_BODIES - TEAM_NOUNS
_CLAIM_SUBJECT = re.compile(
    r"^([A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)*)"
    r"(?:,\s+(?P<appos>(?:the|a|an)\s[^,]{2,60}),)?"  # "Nordtek, the Dutch chip maker, plans …"
    r"\s+(?!said\b)[a-z]"
)
# "A neighbour of murdered teacher Elise Varga": the neighbour speaks, not the teacher.
# The people someone is related to: "his son", "a neighbour of the victim".
_KIN = (
    r"neighbou?r|friend|relative|colleague|wife|husband|son|daughter|mother|father|brother|"
    r"sister|cousin|partner|classmate"
)
# Who speaks for a person: "The agent of Albion Rovers striker Samuel Okoro has said …".
_FOR_A_PERSON = r"agent|lawyer|attorney"
# Who heads a body, named in the next paragraph: "The head of the U.N. nuclear watchdog said …".
_HEAD = r"head|chief|director|leader|boss|chair|chairman|chairwoman|founder|officer|executive"
_ANY_HEAD = rf"(?:[\w-]+[^\S\n]+){{0,2}}?(?:{_HEAD}|principal|manager)"
RELATIVES = re.compile(rf"(?:{_KIN}|child|children|parents?|family)s?$")
# A name inside another's claim that speaks there: "Judge Amos Thackeray told Braddock that …".
_TOLD_NEXT = re.compile(r"[^\S\n]+(?:told|said|says|tells|wrote|writes|testified|ruled)\b")
# Kin named by whose they are, as a sentence's subject: "Braddock's mother Greta spoke to
# reporters", "Toby's mother also provided a statement".
_KIN_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?P<name>[A-Z][\w'’-]+['’]s[^\S\n]+(?:{_KIN})"
    rf"(?:[^\S\n]+{PROPER_NAME})?)[^\S\n]+(?:also[^\S\n]+)?(?:[a-z]+ed|spoke|told|wrote|read|gave|made)\b"
)
# Who works beside a person, not for them in public: "a top political aide to McConnell".
_CLOSE_TO = r"(?:aide|adviser|advisor|confidant|associate)s?|ally|allies"
RELATION_OF = re.compile(
    rf"^(?i:an?|the|one)\s+(?:[a-z-]+\s+){{0,3}}(?:(?:{_KIN}|{_FOR_A_PERSON})s?|{_HEAD})\s+of\s"
    rf"|^(?i:an?|the|one)\s+(?:[a-z-]+\s+){{0,3}}(?:{_CLOSE_TO})\s+(?:of|to|close\s+to)\s"
)
# "the investigative group Openmap", "the company Meridian", "the charity Floodline".
_NAMED_AFTER_NOUN = {
    noun: re.compile(
        # (not "the Islamic Jihad militant group Tuesday": a day, no name)
        rf"\b{noun}[^\S\n]+(?!{WEEKDAY}\b)"
        rf"(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+(?:(?:of|the|for|and)[^\S\n]+)*[A-Z][\w'’-]+)*)"
    )
    for noun in ("group", "company", "charity", "organisation", "organization", "firm", "union",
                 "agency", "militia", "movement", "party", "newspaper", "campaign", "regulator",
                 "watchdog", "utility")
}  # fmt: skip


HEARD = frozenset({"hears", "heard"})
# What a description says its subject does or is against, not a name: "with 3.4 million
# followers", "opposed to the government", "loyal to the general", "fighting for Ostland".
_DESCRIBED_BY_WHAT_IT_DOES = re.compile(
    r"\s+(?:with|opposed\s+to|loyal\s+to|allied\s+(?:to|with)|fighting\s+(?:for|against)|"
    r"backed\s+by|who|which|that)\s.*$"
)


def _accuser_of_headline(suggestions: list[Suggestion], state: ReadingState) -> None:
    """ "Mali army and Russian fighters accused of killing dozens of civilians": a headline's
    passive, whose subject is the accused; the accuser is the lede's first speaker, and without
    one the headline is not suggested."""
    accuser = next(
        (s for at, s in state.speakers if state.headline_end < at <= state.lede_end), None
    )
    kept = []
    for suggestion in suggestions:
        if (
            suggestion.start < state.headline_end
            and state.text.startswith("accused of ", suggestion.start)
            and suggestion.mention_end is not None
            and not state.text[suggestion.mention_end : suggestion.start].strip()
        ):
            if accuser is None:
                continue
            _source_from(suggestion, accuser.name, accuser.source_id, accuser.kind)
        kept.append(suggestion)
    suggestions[:] = kept


def _headline_quote_said_below(suggestions: list[Suggestion], state: ReadingState) -> None:
    """ "'We got it wrong': messages show prosecutors' panic …": a headline's quotation that no
    person in the headline said is said by whoever the body quotes saying it ("Prosecutors on
    the case wrote … that "we got it wrong" …")."""
    for headline in suggestions:
        if headline.start >= state.headline_end or headline.source_kind == "person":
            continue
        quoted = re.compile(rf"[“\"‘']{re.escape(headline.text)}\b", re.IGNORECASE)
        found = quoted.search(state.text, state.headline_end)
        below = next(
            (
                s
                for s in suggestions
                if found
                and s.start <= found.start() + 1 < s.end
                and s.source_name
                and s.source_name != headline.source_name
            ),
            None,
        )
        if below:
            _source_from(headline, below.source_name, below.source_id, below.source_kind)


def _source_from(
    suggestion: Suggestion, name: str | None, source_id: int | None, kind: str | None
) -> None:
    """A headline's source, resolved from the body: its own mention becomes what it was
    resolved from."""
    suggestion.resolved_from = suggestion.source_mention
    suggestion.source_mention = suggestion.mention_start = suggestion.mention_end = None
    suggestion.source_name, suggestion.source_id, suggestion.source_kind = name, source_id, kind


# "who called themselves the Committee for National Renewal": the name they gave themselves.
_NAMED_THEMSELVES = re.compile(
    r"(?:who|which)\s+(?:call|calls|called)\s+(?:itself|themselves)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*))*)$"
)
# A hospital by its name: "Lindgate Medical Center", "St Olaf Hospital".
_HOSPITAL = re.compile(
    r"\b(?:(?!(?:The|At|In|To|From)\b)[A-Z][\w'’.-]*[^\S\n]+){1,4}"
    r"(?:Medical[^\S\n]+Cent(?:er|re)|Hospital|Infirmary)\b"
)
# A central bank by its name: "the Reserve Bank of Marovia", "the Swiss National Bank", "the
# Federal Reserve", "the Bank of England" (not "Bank of America").
_CENTRAL_BANK = re.compile(
    r"\b(?:(?:(?!The\b)[A-Z][\w'’-]+[^\S\n]+)?(?:Reserve|Central|National)[^\S\n]+Bank"
    r"(?:[^\S\n]+of(?:[^\S\n]+the)?[^\S\n]+[A-Z][\w'’-]+)?"
    r"|Federal[^\S\n]+Reserve|Bundesbank|Bank[^\S\n]+of[^\S\n]+(?!America\b)[A-Z][\w'’-]+)"
)
# '"…," the paper quoted him as saying': the one quoted, as "he said" would be; "PM refutes
# claims": the prime minister, as a headline shortens the title.
_READ_AS = {"him": "he", "them": "they", "PM": "Prime minister", "the PM": "the prime minister"}
_ONE_OF_THEM = frozenset({"one", "another", "others", "some", "many", "most", "a few"})
# A campaign named before its noun: "the Save Ferncliffe Library campaign".
_NAMED_CAMPAIGN = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+(?:[A-Z][\w'’-]+|of|the|for|and)){1,5})[^\S\n]+campaign\b"
)
# "The witness" after "A neighbour who saw the attack": one who saw it, described again.
_THE_WITNESS = re.compile(r"[Tt]he\s+(?:eye)?witness|[Tt]he\s+(?:onlooker|bystander)")
_SAW_IT = re.compile(r"\bwho\s+(?:saw|witnessed|watched|filmed)\b|\b(?:eye)?witness\b")
# A person described by their children: "the father of two", "the mother-of-three".
_PARENT_OF = re.compile(
    r"[Tt]he\s+(?:father|mother|dad|mum|mom|grandfather|grandmother)[\s-]+of[\s-]+"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
)
# "the engineer", "the official": one noun, which an apposition before may have given someone.
_THE_NOUN = re.compile(r"[Tt]he\s+(?P<noun>[a-z]{3,}|MP|MEP|MSP|MLA)")
# The people of a police force, who speak for it: "Officers said …", "detectives said …".
_POLICE_PEOPLE = frozenset({"officers", "detectives"})
# Bare plurals that an article often qualifies once ("federal prosecutors") and then not.
_QUALIFIED_PLURALS = frozenset(
    {"prosecutors", "investigators", "police", "officials", "authorities", "organisers",
     "organizers"}
)  # fmt: skip


def _just_quoted(
    state: ReadingState,
    at: int,
    within: int,
    kinds: tuple[str, ...],
    described: re.Pattern | None = None,
) -> Speaker | None:
    """The last speaker, if they spoke within `within` characters before `at`, are of one of
    `kinds` and (given `described`) were described with its words."""
    if not state.speakers:
        return None
    since, last = state.speakers[-1]
    if last.kind not in kinds or at - since > within:
        return None
    return last if described is None or described.search(last.mention) else None


def _more_of(name: str, bare: str | None) -> bool:
    """ "federal agriculture officials" is more of the bare plural "officials"."""
    words = name.casefold().split()
    return len(words) > 1 and words[-1] == (bare or "").casefold()


# "Elise Oudin, a spokeswoman for Valdrin Ski Area": the body someone speaks for, by name.
_SPOKESPERSON_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)|representative)[^\S\n]+for[^\S\n]+"
    r"(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+(?:of[^\S\n]+)?[A-Z][\w'’-]+){1,3})"
)


def _spoken_for(suggestion: Suggestion, state: ReadingState, near: int) -> Speaker | None:
    """ "The resort said in a statement …. "…," said Elise Oudin, a spokeswoman for Valdrin Ski
    Area": the body a spokesperson in the next paragraph or so speaks for, by its name."""
    found = _SPOKESPERSON_FOR.search(state.text, suggestion.end, near)
    if found is None:
        return None
    name = found["name"]
    if TITLE_BEFORE_NAME.search(name) or (len(name.split()) == 2 and guess_kind(name) == "person"):
        return None  # "a spokesman for Senator Jane Doe", "a spokeswoman for Ada Lind"
    return Speaker(name, name, None, "organisation")


def _by_name(
    index: SourceIndex, state: ReadingState, name: str, kind: str, *, mention: str | None = None
) -> Speaker:
    """The registered source by that name, or a new one of `kind`."""
    known = index.match(name, state.words)
    if known:
        return Speaker(mention or name, known.name, known.id, known.kind)
    return Speaker(mention or name, name, None, kind)


def _spoken_of(state: ReadingState, at: int) -> str | None:
    """The first person the body names (in its first NAMING_WINDOW characters), if they have
    not spoken before `at`."""
    start = state.headline_end
    first = next(
        (
            name.group()
            for name in re.finditer(PROPER_NAME, state.text[start : min(at, start + NAMING_WINDOW)])
            if len(name.group().split()) > 1 and guess_kind(name.group()) == "person"
        ),
        None,
    )
    # (Bounded: those who spoke where the name was given, and the last RECALLED.)
    early = takewhile(lambda spoke: spoke[0] < start + NAMING_WINDOW, state.speakers)
    spoke = chain((s for _, s in early), state.recent())
    if first is None or any(name_key(s.name) == name_key(first) for s in spoke):
        return None
    return first


def _indefinite_body(mention: str) -> bool:
    """ "an environmental charity", "a lobby group": some body, to be named later."""
    words = mention.casefold().split()
    return len(words) > 1 and words[0] in ("a", "an") and words[-1] in BODY_NOUNS


def _people(name: str) -> bool:
    """ "Doctors", "Campaigners": people of a kind, a plural word with no name in it."""
    return " " not in name and bool(PERSON_HINTS.fullmatch(name.removesuffix("s")))


def _introduced_with(
    noun: str, state: ReadingState, index: SourceIndex, start: int, end: int
) -> Speaker | None:
    """ "according to an environmental charity. … The charity Clean Tides received …": the
    name the noun introduces between `start` and `end`."""
    introduced = re.compile(rf"\b(?i:the)\s+{re.escape(noun)}\s+(?P<name>{PROPER_NAME})")
    found = introduced.search(state.text, start, end)
    if found is None:
        return None
    name = found["name"]
    return _by_name(index, state, name, CATEGORY_KINDS.get(noun, "organisation"))


def _one_article(words: list[str]) -> bool:
    """ "the paramilitary group": one noun phrase, opened by its article."""
    return words[0].casefold() in {"the", "a", "an"} and not any(
        w.casefold() in {"the", "a", "an"} for w in words[1:]
    )


def _names_a_person(noun: str) -> bool:
    """ "the singer", "the coach", "the minister": a noun for a person, not a body ("the zoo")."""
    return bool(PERSON_HINTS.fullmatch(noun)) or noun in TITLE_WORDS or noun in ROLE_NOUNS


_ON_A_STREET = re.compile(r"\s+(?:on|in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")


# "the second labour agency", "a rival firm": one of a kind, told from the others.
_ONE_OF_SEVERAL = re.compile(
    r"\b(?:the|a)\s+(?:second|third|other|rival)\s+(?:[a-z-]+\s+)?[a-z]+\Z"
)


def name_generic_speakers(
    suggestions: list[Suggestion], state: ReadingState, index: SourceIndex
) -> None:
    """ "An armed group said …" before the article names it: use the name it gives later."""
    _accuser_of_headline(suggestions, state)
    _headline_quote_said_below(suggestions, state)
    renamed: dict[str, Speaker] = {}
    state.speaker_starts = [at for at, _ in state.speakers]  # appended in text order
    for suggestion in suggestions:
        if suggestion.source_kind == "unnamed" and suggestion.start < state.headline_end:
            # "…, sources say" / "…, three people familiar with the matter said": the lede's;
            # "…, officials say" / "…, federal agriculture officials said": the lede's too.
            lede = next(
                (
                    s
                    for at, s in state.speakers
                    if state.headline_end < at <= state.lede_end
                    and (s.kind == "unnamed" or _more_of(s.name, suggestion.source_name))
                ),
                None,
            )
            if lede and lede.name != suggestion.source_name:
                renamed[suggestion.source_name] = lede
            continue
        surname = (
            _surname_given_later(suggestion, state)
            or _body_given_in_full(suggestion, state)
            or _role_holder_named_later(suggestion, state)
        )
        if surname:
            renamed[suggestion.source_name] = surname
            continue
        # "the carpet mill on River Street said …": what it is, not where it stands
        mention = _ON_A_STREET.sub("", suggestion.source_mention or "")
        in_full = _given_in_full(suggestion, state) if suggestion.resolved_from else None
        if in_full:
            renamed[suggestion.source_name] = in_full
            continue
        role = ROLE_FOR_BODY.match(mention)
        if (
            suggestion.source_id is not None
            or suggestion.source_kind == "unnamed"
            or suggestion.resolved_from  # "Its foreign ministry": already resolved, to Halvia's
            # "a spokesman for the Qadiran foreign ministry": the body it names, not a later one
            or (role and role.group(1)[:1].isupper())
            # "A lawyer for the second labour agency": one of its kind told from the others,
            # never the body of that kind named later
            or _ONE_OF_SEVERAL.search(mention)
            or not (
                is_generic(mention)
                or suggestion.start < state.headline_end
                # "Britain's competition watchdog said …. The Competition and Markets Authority
                # said …": a description by its owner, named later by a word they share.
                or _OWNED_DESCRIPTION.match(mention)
                or RELATION_OF.match(mention)  # "The father of a …"
                or _title_only(mention)  # "UN secretary general"
            )
        ):
            continue
        # "A beauty influencer with 3.4 million followers" is not "one follower".
        # "An armed group opposed to the Dravenian government" is not the Dravenian defence
        # ministry: what the group is named by, not what it opposes.
        wanted = _stems(_DESCRIBED_BY_WHAT_IT_DOES.sub("", mention))
        window = suggestion.start + NAMING_WINDOW
        first = bisect_right(state.speaker_starts, suggestion.start)
        last = bisect_right(state.speaker_starts, window)
        # "The provincial education department" names a body: never a person named later,
        # though "Education minister Jonas Hal" shares a word with it. "Sprinter" may be one.
        words = mention.casefold().split()
        body = (
            bool(words)
            and bool(
                {words[-1], words[-1].removesuffix("s")}
                & (CATEGORY_KINDS.keys() | {"opposition", "campaign"})
            )  # "The opposition demanded …" is not "opposition MP Daniel Ortiz", who speaks next
            and not RELATION_OF.match(mention)  # "The head of the agency"
        )
        # Only an indefinite description ("an armed group", "their union") may be matched to a
        # later source by kind alone; "the defence ministry" names its own body. An indefinite
        # one ("a study …", later "they found …") is not named by its own repetition.
        first_word = mention.split()[:1]
        indefinite = bool(first_word) and first_word[0].casefold() in {
            "a", "an", "their", "his", "her"
        }  # fmt: skip
        definite = bool(first_word) and first_word[0].casefold() == "the"
        # "a Credit Suisse analyst": someone at a body it names, named later only with it
        capitals = {w for w in mention.split()[1:] if w[:1].isupper()}
        owned = bool(capitals) and suggestion.start >= state.headline_end
        # A headline's "Bank of England policymaker says …" is a person: not the bank quoted next.
        headline_person = (
            suggestion.start < state.headline_end and suggestion.source_kind == "person"
        )
        # (a name of two capitalised words at least: not a headline's "Family demands …")
        proper = not is_generic(mention) and any(w[:1].isupper() for w in mention.split()[1:])
        peoples = _peoples_places(mention)
        later_at = [
            (at, s) for at, s in state.speakers[first:last]
            # (nor "a senior defence ministry official", an unnamed person, for "Defence
            # ministry reports …")
            if not (body and s.kind in ("person", "unnamed"))
            # "…, wrote another.": one of some people, whose word names nobody
            and s.name.casefold() not in _ONE_OF_THEM
            # A headline's "Supreme Court says …" is never renamed "the high court", a bare
            # description (but "Ukraine claims …" may be "a source in Ukraine's security service")
            and not (proper and s.name.islower())
            # (an unnamed one is a person too: "Lawyer calls …" / "a lawyer for the young person")
            and not (headline_person and s.kind not in ("person", "unnamed"))
            # "The club confirmed …" is not "people close to the club", who speak next
            and not (definite and s.kind == "unnamed")
            # "a Credit Suisse analyst" is not "One Needham analyst", nor "Some analysts"
            and not (
                owned
                # a description too
                and any(w[:1].islower() and w not in FUNCTION_WORDS for w in s.name.split())
                and not capitals <= set(f"{s.mention} {s.name}".split())
            )
            and not (indefinite and s.name == suggestion.source_name)
            # "A campaigner has hailed …" is not the "Campaigners" who fear …: one, not several
            and not (indefinite and s.name.casefold().split()[-1:] == [f"{words[-1]}s"])
            # A headline's "Korvenian commander says …" is not "Lisaria's senior commander".
            and not (peoples and _owned_elsewhere(peoples, s.mention))
            # A headline's "Velmar says …" is not "Velmar's military": a country, not its body.
            and not (
                suggestion.source_kind == "government"
                and re.match(rf"{re.escape(suggestion.source_name or '')}['’]s\s", s.name)
            )
        ]  # fmt: skip
        later = [s for _, s in later_at]
        # A definite description ("the launch company said") is matched by kind alone only to
        # a body the next paragraph or so names, not one five paragraphs on ("the state
        # transportation department" is not the National Transportation Safety Board).
        near = suggestion.end + NEXT_PARAGRAPH
        # A description speaks again as itself ("guards' union blames …" / "The guards' union
        # said …"); otherwise a named speaker sharing a word with it.
        # "the county housing office" is not "Housing economists": the head noun must be shared.
        head = (
            _stems(words[-1]) if words and suggestion.start >= state.headline_end else frozenset()
        )
        head_kind = CATEGORY_KINDS.get(words[-1]) if words else None
        # A headline's "Pro-Ukrainian fighters claim …" is not the "Ukrainian officials" quoted
        # later: a body of the kind its noun names.
        in_headline = suggestion.start < state.headline_end
        shared = [
            len(wanted & stems)
            if (not s.generic or wanted <= stems)
            and (
                head <= stems
                or (s.kind == head_kind and not (definite and at > near))
                # "a United Nations food agency warned …. The Food and Agriculture
                # Organization said …": an agency may be a public body or an international one.
                or (
                    indefinite
                    and words[-1] in _ANY_BODY
                    and s.kind in ("organisation", "government")
                    and at <= near
                    # (not "the Sudanese armed forces" for "a Sudanese doctors' body": a people
                    # shared is no more than where both are)
                    and any(not DEMONYM.fullmatch(w.capitalize()) for w in wanted & stems)
                )
            )
            and not (in_headline and head_kind and s.kind != head_kind)
            else 0
            for at, s in later_at
            # "Ukraine's air force" is not what "Ukraine says" names: an owner is not the body.
            # "Our correspondent in Kyiv" is not who "Kyiv says" names: where, not who.
            for stems in [_stems(s.name) | _stems(_WHERE.sub("", _POSSESSIVE.sub("", s.mention)))]
        ]
        # "A group of bestselling authors has sued …" is not the Authors Guild quoted later: a
        # group of people is named only by what it calls itself.
        best = 0 if _GROUP_OF_PEOPLE.match(mention) else max(shared, default=0)
        named = later[shared.index(best)] if best else None
        generic = is_generic(mention)
        # "a large international trial"; not a court's: "…, murder trial hears"
        document = bool(STUDIES & set(words[:3] + words[-1:])) and suggestion.cue not in HEARD
        if document and named is not None and named.kind == "person":
            named = None  # "…, study finds" is not "senior study author Petra Voskuijlen"'s
        if named is None and document:
            # "according to a study of 4,800 pupils": the researchers' institution, named next,
            # never the next body that speaks ("Outside experts urged caution").
            named = next(
                (
                    state.documents[w]
                    for w in words[:3]
                    if w in state.documents
                    and state.documents[w].name != suggestion.source_name  # not itself
                    # A study is its lead author's institution's, not "who led the study".
                    and state.documents[w].kind != "person"
                ),
                None,
            ) or _institution(state, index, suggestion.end, window, last=False)
        if (
            named is None
            and generic
            and indefinite
            and suggestion.source_kind != "person"
            and bool(set(words) & BODY_NOUNS)
            # (not "A European Union observer mission": a body its name's words tell apart, as
            # a people's adjective or "a UN-backed monitor" does not)
            and all(DEMONYM.fullmatch(word) or "-" in word for word in capitals)
        ):
            # "An armed group said …", "a lobby group …", "a company press release": the body of
            # that kind the article goes on to quote; not "a public inquiry into the deaths of
            # four miners" and the next organisation of any sort.
            named = _introduced_with(words[-1], state, index, suggestion.end, window) or next(
                (
                    s
                    for s in later
                    # (a group's kind and an organisation's are one guess: "his organisation
                    # said …. The Civil Assembly Team said …")
                    # (not "A group of bestselling authors", named only by what it calls itself)
                    if (
                        s.kind == suggestion.source_kind
                        or (
                            {s.kind, suggestion.source_kind} <= {"organisation", "group"}
                            and not _GROUP_OF_PEOPLE.match(mention)
                        )
                    )
                    and not s.generic
                    and not _people(s.name)  # "Doctors said …": no body
                ),
                None,
            )
        if in_headline and re.fullmatch(r"[A-Z]{2,6}", mention):
            # "CDC urges doctors …" / "The Centers for Disease Control and Prevention said …"
            named = next((s for s in later if _abbreviates(mention, s.name)), named)
        if in_headline and (suggestion.source_kind == "person" or _one_name_word(mention)):
            # "Brazil's Lula says …" / "President Luiz Inacio Lula da Silva said …": the
            # person whose full name holds the headline's.
            named = _in_full(mention, later) or named
        if suggestion.start < state.headline_end and head_kind:
            if named is None:
                # A headline's "militia claims …": the body of that kind the article quotes.
                named = next((s for s in later if s.kind == head_kind and not s.generic), None)
            if named is None or named.name == suggestion.source_name:
                # "Central bank holds rates, signals …" (and "the bank said" after it): the body
                # the lede names with the noun, "The Bank of Norland kept its rate …".
                named = _named_in_lede(words[-1], state, index) or named
        if (
            generic
            and definite
            and words[-1] in COMPANY_NOUNS
            and (named is None or named.name == suggestion.source_name)
        ):
            # "…, the company said. / Astra Lunar said …. The company said …": the company
            # quoted by name in the next paragraph or so, not the description's repetition; or
            # the one its spokesperson speaks for.
            named = _spoken_for(suggestion, state, near) or next(
                (
                    s
                    for at, s in later_at
                    # a name: not "engineers working on the project"
                    if at <= near
                    and s.kind == "organisation"
                    and not s.generic
                    and s.name[:1].isupper()
                ),
                named,
            )
        if named is None and generic:
            # "A group of Russian fighters said …. The group, which calls itself the Siberian
            # Battalion, posted …": the name it gives itself.
            named = _self_named(suggestion, state, index)
        if named is None and _title_only(mention):
            # "UN secretary general calls for restraint" … "The UN secretary general, António
            # Guterres, has urged …": the name the title is given later.
            named = _titled_later(suggestion, state, index)
        described = generic or RELATION_OF.match(mention)
        if (
            named is None
            and described
            and suggestion.source_kind == "person"
            # "a group of Conservative MPs" is not one of them who speaks next
            and not _GROUP_OF_PEOPLE.match(mention)
            # '"Tell us the truth!" a woman shouted': someone in a crowd, not the next named
            and (suggestion.cue or "").casefold() not in {"shouted", "yelled", "cried", "screamed"}
        ):
            # "A neighbour of the victim told a jury …" / "Maria Szabo, 61, told the court …":
            # a person described, then named as the next new person to speak; not when the
            # article goes on describing them ("A 17-year-old …. The boy denies …").
            described_again = any(
                s.name == suggestion.source_name and s.described[:4].casefold() == "the "
                for _, s in state.speakers[first:last]
            )
            named = None if described_again else _person_named_next(suggestion, state, later)
        if named is None and suggestion.source_kind != "unnamed":
            # A headline's subject is restated in the lede ("Drugmaker says …" / "The
            # pharmaceutical company Altrea said …"); an indefinite one ("An armed group claims
            # …") is more likely named by a registered body later on.
            lede = _lede_speaker(suggestion, state) if not indefinite else None
            if (
                lede
                and (
                    _all_capitalised(suggestion.source_mention)
                    or _name_in_body(suggestion.source_mention, state)
                )
                and not _all_capitalised(lede.mention)
            ):
                lede = None  # "NASA says …" is not the lede's "scientists said"
            # Only an indefinite one: "the company said" in a lede is the company the lede names.
            later_body = (
                _registered_later(suggestion, state, index) if generic and indefinite else None
            )
            named = lede or later_body or (_lede_speaker(suggestion, state) if indefinite else None)
        bare = in_headline and len(words) == 1  # a headline's "…, tribunal rules"
        if (
            named is None
            and ((generic and indefinite) or bare)
            and words
            and mention.split()[-1].islower()  # a noun: not "A spokesperson for Garrow"
            and not words[-1].endswith("s")  # "a group of Conservative MPs": several
            and not _names_a_person(words[-1])
        ):
            # "A health trust has admitted …. … staff at Saltby Coast NHS Trust …": the body the
            # next paragraph or so names with the noun, though it never speaks by that name;
            # a headline's, the body the article names with it ("the Civil Claims Tribunal").
            named = _named_with(
                words[-1], state, index, suggestion.end, window if bare else near, last=True
            )
        if named:
            renamed[suggestion.source_name] = named
    for suggestion in suggestions:
        named = renamed.get(suggestion.source_name) if suggestion.source_id is None else None
        # "…, study finds" → "a study of 4,800 pupils" → "University of Eastmoor"
        for _ in range(3):
            if named is None or named.name not in renamed or renamed[named.name] is named:
                break
            named = renamed[named.name]
        if named:
            suggestion.resolved_from = suggestion.resolved_from or suggestion.source_mention
            suggestion.source_name, suggestion.source_id = named.name, named.source_id
            suggestion.source_kind = named.kind


def _surname_given_later(suggestion: Suggestion, state: ReadingState) -> Speaker | None:
    """ "Mr Prothero said the situation was "ludicrous"" before '"…," said Dilwyn Prothero': a
    surname alone, with no one named in full before it, is the person named in full next."""
    name = suggestion.source_name or ""
    if suggestion.source_kind != "person" or suggestion.source_id is not None:
        return None
    if not re.fullmatch(r"[A-Z][\w'’-]+", name):
        return None
    first = bisect_right(state.speaker_starts, suggestion.start)
    last = bisect_right(state.speaker_starts, suggestion.start + NAMING_WINDOW)
    return _in_full(name, [s for _, s in state.speakers[first:last]])


def _body_given_in_full(suggestion: Suggestion, state: ReadingState) -> Speaker | None:
    """ "Korvin claims it is working on …" before "Korvin Technologies this week claimed …": a
    first word alone (which may read as a surname), for the body a speaker near it names in
    full, when no person who spoke has it as a surname."""
    name = suggestion.source_name or ""
    if suggestion.source_kind not in ("organisation", "person") or suggestion.source_id is not None:
        return None
    one_word = re.fullmatch(r"[A-Z][\w'’-]+", name)
    # "Brandtmoor Motors is recalling …. The carmaker said …" before "Brandtmoor Motors Co.
    # said …": a name without its company's ending (written so somewhere in the text).
    lo, hi = suggestion.start - NAMING_WINDOW, suggestion.start + NAMING_WINDOW
    # (looked for only as far as the speakers it may be: the cost stays bounded per suggestion)
    written = state.text.find(f"{name} ", max(0, lo), hi + MAX_SENTENCE)
    if not one_word and (suggestion.source_kind != "organisation" or written < 0):
        return None
    first = bisect_right(state.speaker_starts, lo)
    last = bisect_right(state.speaker_starts, hi)
    near = [s for _, s in state.speakers[first:last]]
    if one_word and any(s.kind == "person" and s.name.endswith(f" {name}") for s in near):
        return None
    return next(
        (
            s
            for s in near
            if s.kind == "organisation"
            and s.name.startswith(f"{name} ")
            and not s.generic
            and all(word[:1].isupper() for word in s.name.split())  # not "Tarvo officials"
            and (one_word or _FULL_COMPANY_ENDING.fullmatch(s.name, len(name) + 1))
        ),
        None,
    )


def _role_holder_named_later(suggestion: Suggestion, state: ReadingState) -> Speaker | None:
    """ "…, the family's lawyer said" before "The lawyer for Teodoro and his father, Hollis
    Vennegoor, says …": the holder of the role, named with it next, who speaks too; and "the
    prime minister" before "PM Ragna Solveigsdottir …": an office's one holder, titled."""
    if suggestion.source_kind != "person" or suggestion.source_id is not None:
        return None
    titles = _LONE_ROLE_TITLES.get(suggestion.source_name or "")
    if titles:
        # "… with the prime minister calling it "a black day"" before "PM Ragna Solveigsdottir
        # called for calm": the office holder, titled when named
        first = bisect_right(state.speaker_starts, suggestion.end)
        last = bisect_right(state.speaker_starts, suggestion.end + NAMING_WINDOW)
        return next(
            (
                s
                for _, s in state.speakers[first:last]
                if s.kind == "person" and s.mention.casefold().startswith(titles)
            ),
            None,
        )
    owned = _SOMEONES_ROLE.fullmatch(suggestion.source_name or "")
    if owned is None:
        return None
    role = re.escape(owned["role"])
    named = re.compile(
        rf"\b[Tt]he[^\S\n]+{role}\b[^.;\n]{{0,80}}?,[^\S\n]+(?P<a>{PROPER_NAME})"
        rf"|\b{role}[^\S\n]+(?P<b>{PROPER_NAME})"
    )
    found = named.search(state.text, suggestion.end, suggestion.end + NAMING_WINDOW)
    name = found and (found["a"] or found["b"])
    first = bisect_right(state.speaker_starts, suggestion.end)
    return next(
        (s for _, s in state.speakers[first:] if s.kind == "person" and s.name == name), None
    )


def _given_in_full(suggestion: Suggestion, state: ReadingState) -> Speaker | None:
    """ "the country's electoral commission said …. … published by the Central Electoral
    Commission": the capitalised name that holds a resolved description's words, given by the
    next speaker of its kind to bear it."""
    owned = _OWNED_DESCRIPTION.match(suggestion.source_name or "")
    if suggestion.source_id is not None or owned is None:
        return None
    words = owned["description"].split()
    first = bisect_right(state.speaker_starts, suggestion.start)
    last = bisect_right(state.speaker_starts, suggestion.start + NAMING_WINDOW)
    return next(
        (
            s
            for _, s in state.speakers[first:last]
            if s.kind == suggestion.source_kind
            and all(w[:1].isupper() for w in s.name.split() if w.casefold() not in FUNCTION_WORDS)
            and (
                set(words) <= set(s.name.casefold().split())
                # "its disaster agency said …. … according to disaster agency SINAPRO": the
                # description, then the initials it goes by
                or s.name.isupper()
                and s.mention.casefold().startswith(owned["description"].strip() + " ")
            )
        ),
        None,
    )


def _misspelt_surname(name: str, state: ReadingState) -> Speaker | None:
    """ "Fairley said" after "said Nadia Fairlie": a recent speaker's surname spelt close, as
    copy sometimes misspells it, when no one in the article has the surname as written."""
    if len(name) < 5:
        return None
    return next(
        (
            speaker
            for speaker in state.recent()
            if speaker.kind == "person"
            and " and " not in speaker.name
            and len(speaker.name.split()) >= 2
            and _spelt_close(speaker.name.split()[-1], name)
        ),
        None,
    )


def _spelt_close(a: str, b: str) -> bool:
    """The same name but for a letter or two, its start and length kept ("Fairlie", "Fairley";
    "Finnigan", "Finnegan")."""
    return (
        a != b
        and a[:2] == b[:2]
        and abs(len(a) - len(b)) <= 1
        and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8
    )


# "NTSB", and "TfL" or "DfE" with a function word's letter in small.
_SHORT_FORM = re.compile(r"[A-Z]{2,8}|[A-Z](?:[a-z]?[A-Z]){1,5}")


def _initials(name: str) -> set[str]:
    """ "NTSB" for the National Transportation Safety Board; "CDC" for the Centers for Disease
    Control and Prevention, whose short name stops at its "and"."""
    words = [w for w in name.split() if w.casefold() not in FUNCTION_WORDS]
    before_and = [w for w in name.split(" and ")[0].split() if w.casefold() not in FUNCTION_WORDS]
    small = "".join(w[0].lower() if w.casefold() in FUNCTION_WORDS else w[0] for w in name.split())
    return {"".join(w[0] for w in words), "".join(w[0] for w in before_and), small}


def _abbreviates(short: str, name: str) -> bool:
    """Whether a short form stands for the name: its initials, or all but one of them with the
    first and last kept ("ECB" for the England and Wales Cricket Board)."""
    for initials in _initials(name):
        if short == initials:
            return True
        letters = iter(initials)
        if (
            len(short) >= 3
            and len(initials) == len(short) + 1
            and (short[0], short[-1]) == (initials[0], initials[-1])
            and all(letter in letters for letter in short)
        ):
            return True
    return False


def _registered_as(mention: str, known: KnownSource) -> bool:
    """Whether the mention is the registered name or an alias as written, not a near spelling."""
    key = name_key(mention)
    return key in {name_key(known.name), *(name_key(a) for a in known.aliases)}


def _one_name_word(mention: str) -> bool:
    """ "Trump": one capitalised word, not an acronym, which may be a person's surname."""
    return bool(re.fullmatch(r"[A-Z][a-z][\w'’-]*", mention))


def _in_full(mention: str, later: list[Speaker]) -> Speaker | None:
    """The first later person whose name has more words, the mention's last among them."""
    words = mention.split()
    if not words or not words[-1][:1].isupper():
        return None
    return next(
        (
            s
            for s in later
            if s.kind == "person"
            and len(s.name.split()) > len(words)
            and words[-1] in s.name.split()
        ),
        None,
    )


def _institution(
    state: ReadingState, index: SourceIndex, start: int, end: int, *, last: bool
) -> Speaker | None:
    """The last (or first) university or institute named between two offsets."""
    named = [
        p.group()
        for p in _INSTITUTION.finditer(state.text, start, end)
        # "Prof Danny Altmann, an immunologist at Imperial College London who was not involved
        # in the study": an outside expert's institution is not the study's.
        if not _NOT_INVOLVED.match(state.text, p.end(), p.end() + 60)
        # "Elden Voss of the Tarn Institute, part of the National Institutes of Health": the
        # institute, not the body it belongs to.
        and not _PART_OF.search(state.text, max(start, p.start() - 16), p.start())
    ]
    if not named:
        return None
    name = named[-1] if last else named[0]
    # "Longgang Zhao of Brigham and Women's Hospital": the hospital, not the person of it.
    while (of := name.find(" of ")) >= 0 and _INSTITUTION.search(name, of + 4):
        name = name[of + 4 :]
    return _by_name(index, state, name, "organisation")


_RESEARCH_PEOPLE = re.compile(
    r"(?:[Tt]he\s+)?(?:Researchers|Scientists|Astronomers|Physicists|Biologists|Epidemiologists|"
    r"Economists|Archaeologists|Geologists|Climatologists)\s+(?!at\s|from\s)\S"
)
_PART_OF = re.compile(r"\bpart\s+of\s+(?:the\s+)?\Z")
_NOT_INVOLVED = re.compile(r"[^.\n]*?\b(?:was|were|is|are)\s+not\s+(?:involved|part)\b")


def _name_in_body(mention: str | None, state: ReadingState) -> bool:
    """A headline's one capitalised word that the article writes capitalised mid-sentence too:
    "Ukraine says …" is a name, "Drugmaker says …" is not."""
    words = (mention or "").split()
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    body = state.text[state.headline_end : state.headline_end + NAMING_WINDOW]
    return re.search(rf"[\w,;]\s+{re.escape(words[0])}\b", body) is not None


def _described_otherwise(speaker: Speaker, nouns: set[str]) -> bool:
    """Whether a speaker known only by a description ("The union"), or by a place's name
    ("Lindgate Medical Center"), is another kind of body than the nouns say ("the company")."""
    words = speaker.mention.split()
    if words and not is_description(words):
        # "Lindgate Medical Center said …. The manufacturer, however, claimed …": a place's
        # name says what it is as a description would.
        words = name_key(speaker.name).split()
        return bool(words) and words[-1] in _PLACE_BODIES and not nouns & _PLACE_BODIES
    if not words:
        return False
    head = name_key(words[-1])
    return head in _BODY_OR_PLACE and head not in nouns


# "the hospital", "the university": a body by its place, never "the manufacturer" after it.
_PLACE_BODIES = frozenset(
    {"hospital", "clinic", "school", "university", "college", "museum", "zoo", "prison", "airport",
     "center", "centre", "infirmary"}
)  # fmt: skip
_BODY_OR_PLACE = BODY_NOUNS | _PLACE_BODIES


def _plural_description(speaker: Speaker) -> bool:
    """ "regulators", "Cybersecurity experts": people of a kind, not one body ("the Sudanese
    armed forces" are one)."""
    last = speaker.mention.split()[-1] if speaker.mention.split() else ""
    return (
        last[:1].islower()
        and last.endswith("s")
        and not last.endswith(("ss", "us"))
        and not speaker.mention.endswith(" armed forces")
    )


def _all_capitalised(mention: str | None) -> bool:
    """A name, not a headline's capitalised first word: "NASA", "Civic Platform"."""
    words = (mention or "").split()
    return (
        bool(words)
        and all(w[:1].isupper() for w in words)
        and (len(words) > 1 or words[0].isupper())
        and words[-1].casefold() not in EXECUTIVES  # "…, CEO says in memo": a title
    )


EXECUTIVES = frozenset({"ceo", "cfo", "coo", "cto"})


_SAME_ROLE = {"justice": "judge", "magistrate": "judge", "writer": "author"}


def _person_named_next(
    suggestion: Suggestion, state: ReadingState, later: list[Speaker]
) -> Speaker | None:
    """The first person who speaks within a paragraph or so after a described person, if
    the article had not named them before the description."""
    wide = state.text[suggestion.end : suggestion.end + NEXT_PARAGRAPH]
    window = wide
    if suggestion.start >= state.headline_end:
        # "a camp leader told Reuters …" is not the nurse quoted three paragraphs on: the
        # paragraph after at most.
        window = "\n\n".join(window.split("\n\n")[:2])
    described_as = (suggestion.source_mention or "").split()
    noun = described_as[-1] if described_as else ""
    # Bounded, as a surname's full name is: the whole text each time would be quadratic.
    before = state.text[max(0, suggestion.start - FULL_NAME_WINDOW) : suggestion.start]
    only_bodies = suggestion.start < state.lede_end
    for speaker in later:
        if speaker.kind != "person" or speaker.generic or speaker.source_id is not None:
            # The lede's "A campaigner has hailed …. … the health board said …. Bronwen
            # Gethin, … founder of the Bump Watch group, said": only named bodies between, the
            # next person within NEXT_PARAGRAPH characters (not after "A police official").
            only_bodies = only_bodies and not speaker.generic and speaker.kind != "unnamed"
            window = wide if only_bodies else window
            continue
        if not re.fullmatch(PROPER_NAME, speaker.name):
            return None  # "One former cabinet minister who attended": no name to give
        role = set(speaker.mention.split()) - set(speaker.name.split()) - _HONORIFICS
        described = set((suggestion.source_mention or "").casefold().split())
        # "a county judge" and "Franklin County Superior Court Justice Marian Holt": the same
        # role; the capitalised words before it name where, not what.
        role_words = {
            _SAME_ROLE.get(word.casefold(), word.casefold())
            for word in role
            if word[:1].islower() or word.casefold() in TITLE_WORDS
        }
        if role_words - described:
            # "A spokesman, Colonel Souleymane Dembélé": someone else, in a role; not "A federal
            # judge …" and "Judge Helen Osei", the same role.
            return None
        surname = speaker.name.split()[-1] if speaker.name else ""
        described_age = re.search(r"\b(\d{1,3})-year-old\b", suggestion.source_mention or "")
        given_age = re.search(rf"\b{re.escape(speaker.name)},\s+(\d{{1,3}}),", window)
        if described_age and given_age and described_age.group(1) != given_age.group(1):
            return None  # "a 23-year-old worker" is not "Dalia Reyes, 31,"
        # "An MP has condemned …" and, a paragraph later, "Lisa Pembry, the MP for Dunmow,
        # said": further on, when the name is given the description's noun.
        apposed = noun and re.search(
            rf"\b{re.escape(speaker.name)},\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}{re.escape(noun)}\b",
            wide,
        )
        if surname and (surname in window or apposed) and surname not in before:
            return speaker
        return None  # only the first person to speak next
    return None


def _named_in_lede(noun: str, state: ReadingState, index: SourceIndex) -> Speaker | None:
    """The first name with the noun in the lede: "The Bank of Norland kept its rate …"."""
    return _named_with(noun, state, index, state.headline_end, state.lede_end)


def _named_with(
    noun: str, state: ReadingState, index: SourceIndex, start: int, end: int, *, last=False
) -> Speaker | None:
    """The first name with the noun between `start` and `end` (`last`: as its last word)."""
    for phrase in _NAME.finditer(state.text, start, max(start, end)):
        words = name_key(phrase.group()).split()
        if (words[-1:] if last else words).count(noun):
            name = re.sub(r"^The\s+", "", phrase.group())
            known = index.match(name, state.words)
            if known:
                return Speaker(name, known.name, known.id, known.kind)
            kind = guess_kind(name)  # "Police Chief Renata Okafor": her name, without the title
            return Speaker(name, proper_name(name, kind), None, kind)
    return None


# The office's place, after its title: "the governor of Russia's Krasnodar region".
_OF_PLACE = re.compile(
    r"(?<=[a-z])\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+)+(?:region|province|state|county|district|city)?$"
)


def _title_only(mention: str) -> bool:
    """A title without its holder's name: "UN secretary general", "the foreign minister"."""
    words = _OF_PLACE.sub("", mention).split()  # "the governor of Russia's Krasnodar region"
    if len(words) == 1 and words[0].casefold() in _TITLES_OF:
        return True  # a headline's "Archbishop tells pilgrims …"
    return (
        len(words) > 1
        # "Trump campaign manager says …", "Corvel boss calls …"
        and words[-1].casefold() in TITLE_WORDS | ROLE_NOUNS | {"manager", "boss"}
        and words[-1][:1].islower()
    )


def _titled_later(suggestion: Suggestion, state: ReadingState, index: SourceIndex):
    """The person a title names in the next few paragraphs: "the UN secretary general,
    António Guterres," or "UN secretary general António Guterres"."""
    title = re.sub(r"^(?i:the|a|an)\s+", "", (suggestion.source_mention or "").strip())
    title = _OF_PLACE.sub("", title)  # "Governor Veniamin Kondratyev", governor of the region
    # A headline's "Corvel boss" is whoever heads it in the body: "Corvel team principal …".
    owner, _, role = title.rpartition(" ")
    heads = bool(owner) and role == "boss"
    # A headline's "Trump campaign manager" is the lede's "Donald Trump's campaign manager".
    title = re.escape(owner if heads else title).replace(r"\ ", r"(?:['’]s)?[^\S\n]+")
    if heads:
        title += rf"(?:['’]s)?[^\S\n]+{_ANY_HEAD}"
    holder = re.compile(
        rf"(?i:{title}),?[^\S\n]+(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){{1,2}})"
    )
    found = holder.search(state.text, suggestion.end, suggestion.end + 2 * NAMING_WINDOW)
    if found is None:
        # "The UN secretary general has called for a ceasefire. '…,' António Guterres said":
        # the next named person to speak in the paragraph.
        paragraph_end = state.text.find("\n", suggestion.end)
        paragraph_end = len(state.text) if paragraph_end < 0 else paragraph_end
        return next(
            (
                s
                for at, s in state.speakers
                if suggestion.end <= at < paragraph_end
                and s.kind == "person"
                and not s.generic
                and len(s.name.split()) > 1
            ),
            None,
        )
    name = found.group("name")
    return _by_name(index, state, name, "person")


def _self_named(suggestion: Suggestion, state: ReadingState, index: SourceIndex) -> Speaker | None:
    """The name a description's body gives itself in the next few paragraphs."""
    given = _CALLS_ITSELF.search(state.text, suggestion.end, suggestion.start + NAMING_WINDOW)
    if given is None:
        return None
    name = given.group("name")
    return _by_name(index, state, name, suggestion.source_kind or guess_kind(name))


_DOCUMENT_WORDS = (
    frozenset({"estimate", "record", "document", "email", "finding", "figure", "data", "statistic"})
    | STUDIES
)


def _lede_speaker(suggestion: Suggestion, state: ReadingState) -> Speaker | None:
    if suggestion.start >= state.headline_end:
        return None
    person = suggestion.source_kind == "person"
    words = (suggestion.source_mention or "").split()
    document = not words or bool(_DOCUMENT_WORDS & _stems(words[-1]))
    in_lede = (s for at, s in state.speakers if state.headline_end < at <= state.lede_end)
    # "Moscow warns …" is not the lede's "diplomats said": a headline names who it quotes.
    return next(
        (
            s
            for s in in_lede
            # A described person may be: "Witness tells court …" / "A neighbour of … told a
            # jury …", whom the next paragraph names.
            if (s.kind == "person") == person
            # (or the lede's own description, "according to an environmental charity", which
            # may be named further on)
            and (person or not s.generic or _indefinite_body(s.mention))
            and s.kind != "unnamed"
            # "Central bank governors warn …" are not the lede's "inflation estimates suggest …":
            # a headline's speakers are restated as a document only when they were one.
            and (document or not _DOCUMENT_WORDS & _stems(s.name.rsplit(maxsplit=1)[-1]))
        ),
        None,
    )


def _registered_later(
    suggestion: Suggestion, state: ReadingState, index: SourceIndex
) -> Speaker | None:
    """A registered body of the description's kind, named within a few paragraphs."""
    if suggestion.source_kind == "person":
        return None
    window = suggestion.start + NAMING_WINDOW
    # "a council spokesperson" speaks for a body with "council" in its name, not for "Brussels".
    words = (suggestion.source_mention or "").casefold().split()
    owner = _stems(" ".join(words[1:-1])) if words and words[-1] in SPOKESPEOPLE else frozenset()
    for phrase in _CAPITALISED_PHRASE.finditer(state.text, suggestion.end, window):
        known = index.match(phrase.group(), state.words)
        if known and known.kind == suggestion.source_kind and owner <= _stems(known.name):
            return Speaker(phrase.group(), known.name, known.id, known.kind)
    return None


_PERSON_AT_BODY = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w'’-]+\s+)+(?:boss|manager|coach|captain|owner|founder|chairman|"
    r"chairwoman|lawyer)$"
)
_BODY_WORDS = (
    r"(?:provider|operator|company|firm|maker|group|developer|platform|startup|chain|brand|"
    r"retailer|lender|bank|carrier|insurer)"
)
_BODY_DESCRIPTOR = re.compile(rf"\b{_BODY_WORDS}\s+\Z")
# "cloud provider Stratus Cloud", "the software maker Quillsoft": a body, named after its kind.
_DESCRIBED_NAME = re.compile(
    rf"\b{_BODY_WORDS}\s+(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)*)"
    # "The mine, to be developed by Rio Tinto, would …, the company says": its maker
    r"|\b(?:developed|built|made|run|operated|owned)\s+by\s+"
    # "developed by Danish drugmaker Novaris": the name, after what it is
    r"(?:(?:[A-Z][a-z]+\s+)?[a-z]+\s+(?=[A-Z]))?(?P<agent>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)*)"
)
_AT_PLACE = re.compile(
    r"(?:^|(?<=[.!?—–]\s)|(?<=\n))At\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Za-z][\w'’-]+){0,3}),\s*\Z",
    re.MULTILINE,
)
_SENTENCE_STOP = re.compile(r"[.!?][”\"]?\s")


def _spokesperson_before(state: ReadingState, at: int, gender: str | None) -> Speaker | None:
    """The body whose spokeswoman (for "she") or spokesman (for "he") spoke last, nearby, when
    the resolver named the body for them (not "a spokesperson": whether "she" is the same one,
    the word does not say); or the body whose quotation a "she added" goes on with, when it
    opened the paragraph and no one else there spoke or was named."""
    if not gender or not state.speakers:
        return None
    since, last = state.speakers[-1]
    if last.kind == "person" or at - since > NAMING_WINDOW:
        return None
    word = {"female": "spokeswoman", "male": "spokesman"}[gender]
    # "A spokeswoman for the council said talks would begin …": the body her sentence named
    said_by = state.text[_sentence_start(state.text, since) : since]
    described = f"{last.mention} {last.described} {said_by}"
    if re.search(rf"\b{word}\b", described, re.IGNORECASE):
        return last
    mentioned = state.text.find(last.mention, since, at)
    after = mentioned + len(last.mention) if mentioned >= 0 else since + len(last.mention)
    named_since = _FULL_NAME.search(_without_quotations(state.text[after:at]))
    next_paragraph = not any(line.strip() for line in state.text[since:at].split("\n")[1:-1])
    neutral = re.search(r"\bspokesperson\b", described, re.IGNORECASE)
    if neutral and next_paragraph and not named_since:
        # "…, according to a spokesperson from the Prime Minister's Office. He said: "…"": the
        # same voice, when no one has been named since, in the next paragraph at most
        return last
    # '"The airport is at a standstill," the operator said. "…," she added.': the voice of the
    # body that opened the paragraph, when no one else in it spoke or was named.
    paragraph = state.text.rfind("\n", 0, at) + 1
    alone = len(state.speakers) < 2 or state.speakers[-2][0] < paragraph
    if paragraph <= since and alone and _JUST_ADDED.match(state.text, at) and not named_since:
        return last
    return None


# '"…," she added.': a pronoun's continuation of the quotation before it
_JUST_ADDED = re.compile(r"(?:he|she)\s+(?:added|continued|went\s+on)\b")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+")


# A sentence's subject that is people of a kind, whom "they" may mean: "Researchers examined …".
_PEOPLE_PLURALS = frozenset(
    {"researchers", "scientists", "doctors", "officials", "experts", "analysts", "economists",
     "investigators", "authors", "prosecutors", "lawmakers", "engineers", "astronomers",
     "epidemiologists", "historians", "archaeologists", "auditors", "inspectors", "regulators"}
)  # fmt: skip
# "CENI's Fofana": whose, then a surname.
_BODY_THEN_SURNAME = re.compile(rf"{OWNER}['’]s\s+(?P<name>[A-Z][\w'’-]+)")
# Two capitalised words or more, the last a body's: "Catholic Church", "Central Bank".
_CAPITALISED_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:of\s+|the\s+)*[A-Z][\w'’-]+)+$")


# ", but he told reporters …": a clause joined to the sentence, its subject a pronoun.
_CLAUSE_JOINED = re.compile(r",\s+(?:but|yet|though|although|while)\s+\Z")


def _without_quotations(text: str) -> str:
    """The text with its quotations blanked out, offsets kept: not a name a quotation holds."""
    return _QUOTED.sub(lambda quoted: " " * len(quoted.group()), text)


def _last_paragraph(text: str, at: int) -> tuple[int, int]:
    """Where the paragraph before the one around `at` starts and ends, read in place (no copy of
    the text before it); in the first paragraph there is none: (at, at), past anything before."""
    end = text.rfind("\n", 0, at)
    if end < 0:
        return at, at
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    return text.rfind("\n", 0, end) + 1, end


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence around `at` begins, looking back no further than a sentence's length."""
    since = max(0, at - MAX_SENTENCE)
    stops = (text.rfind(stop, since, at) for stop in (". ", "? ", "! ", "\n"))
    return max((found + 1 for found in stops if found >= 0), default=since)


# "Britain's competition watchdog", "The UK's competition watchdog".
_OWNED_DESCRIPTION = re.compile(
    r"^(?:[Tt]he\s+)?[A-Z][\w-]+['’]s(?P<description>(?:\s+[a-z-]+){2,3})$"
)
_CALLS_ITSELF = re.compile(
    r"\b(?:which|who|that)\s+calls?\s+(?:itself|themselves)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+(?:of\s+|the\s+)*[A-Z][\w'’-]+)*)"
)
_EVENTS = frozenset(
    {"casualties", "deaths", "injuries", "damage", "losses", "explosions", "blasts", "fires",
     "clashes", "outages", "delays", "cancellations", "arrests", "shortages", "cases",
     "infections", "incidents", "attacks", "strikes"}
)  # fmt: skip
_NOT_SUBJECTS = re.compile(
    r"^(if|when|what|which|who|where|there|this|that|as|because|after|before|since|"
    r"so|it is|we|i|you"
    # a verb, as in "…, does not prove that …, the authors cautioned" (not "Will Smith")
    r"|(?-i:does|did|do|is|was|were|are|has|had|have|will|would|can|could|may|might|should|must))\b",
    re.IGNORECASE,
)


_WEEKDAYS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)
CALENDAR_WORDS = _WEEKDAYS | frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
})  # fmt: skip
HABITUAL = frozenset(
    {"rarely", "seldom", "never", "often", "usually", "sometimes", "frequently", "regularly",
     "typically", "always", "routinely", "generally"}
)  # fmt: skip
_RELATIVE_TAIL = re.compile(r"\s+(?:who|whose|which|that)\s.*$", re.DOTALL)
_RELATIVE = re.compile(r"\s(?:who|whose|which|that)\s")
_BE = re.compile(r"\s(?:is|are|was|were)\s")
_PAST_WITH_OBJECT = re.compile(
    r"\s(?!(?:called|named|dubbed|nicknamed|styled|based|backed|owned|funded|appointed|elected|"
    r"hired|charged|accused|tasked|contracted|commissioned|employed)\s)[a-z]{3,}ed\s+"
    r"(?:the|a|an|its|his|her|their)\s"
)
_FINITE = re.compile(r"\s(?:will|would|shall|can|could|must|has been|have been|had been)\s")
# "Demand has grown faster than staff, said …": a clause in the perfect, unless relative.
# Not "Human rights groups have long criticised …", whose verb is the cue.
_PERFECT = re.compile(r"\s(?:has|have|had)\s+[a-z]+(?:ed|en|wn|ne|un|ght|lt|pt|de)\b")


_ANYONE = frozenset({"those", "anyone", "everyone", "someone", "people", "all"})


# Where a subject's head noun ends: before its place or its relative clause ("a commander who
# gave only his call sign").
_BEFORE_PLACE = re.compile(
    r"\s(?:above|on|at|in|outside|over|near|behind|across|by|who|which|that|whose)\s"
)
_WRITTEN_THINGS = frozenset(
    {"sign", "signs", "banner", "banners", "placard", "placards", "plaque", "label", "labels",
     "poster", "posters", "slogan", "t-shirt", "mural", "inscription", "graffiti", "billboard"}
)  # fmt: skip


_RECORD_LABEL = re.compile(r"(?:\brecord|\bhis|\bher|\btheir|['’]s)\s+label$")


def written_thing(mention: str) -> bool:
    """Whether the words name a sign, banner or label, which says things for nobody: "The sign
    above the brewery door", "protesters holding signs"."""
    phrase = _BEFORE_PLACE.split(mention.casefold(), maxsplit=1)[0]
    if _RECORD_LABEL.search(phrase):
        return False  # "A statement from his label, Copperline Records, said …": a company
    head = phrase.split()[-1:]
    return bool(head) and head[0] in _WRITTEN_THINGS


# A title one person holds: "Juul CEO addresses …" is no plural after it.
_ONE_HOLDER = frozenset(
    {"ceo", "boss", "chief", "minister", "president", "premier", "chancellor", "governor", "mayor",
     "senator", "leader", "adviser", "spokesman", "spokeswoman", "spokesperson", "coach",
     "manager", "chairman", "chairwoman", "director"}
)  # fmt: skip
# A subject and its modal verb, outside a relative clause ("People who will lose …" speak).
_CLAUSE_WITH_MODAL = re.compile(
    r"(?:(?!\b(?:who|that|which|whose)\b)[^,])*?\s(?:should|would|will|could|must|can|might)"
    r"\s+(?:not\s+)?[a-z]+\b"
)


# "A widely reported study", "the previously announced plan": a participle made an adjective.
_BEFORE_A_PARTICIPLE = frozenset(
    {"widely", "previously", "recently", "newly", "originally", "initially", "officially",
     "publicly", "commonly", "frequently", "first", "much", "often"}
)  # fmt: skip


def plausible_subject(mention: str, *, long: bool = False) -> bool:
    """Whether the words before a cue can be who spoke. `long`: the parse says they are one noun
    phrase, so length alone does not rule them out."""
    last_word = mention.rsplit(maxsplit=1)[-1:]
    if last_word and last_word[0].casefold() in _PREPOSITIONS:
        return False  # "Fatal crash came after rejected takeoff": no one, a preposition's object
    mention = clean_mention(mention)
    words = mention.casefold().split()
    if len(words) == 2 and words[0] == "this" and words[1] in CATEGORY_KINDS:
        return True  # "This group describes itself as …"
    first = mention.split()[0] if mention else ""
    if mention and set(mention.split()) <= CALENDAR_WORDS | {"and", "or"}:
        # "The audit, completed in September, says …", "carried out on Sunday and Monday, put
        # …": not the days
        return False
    if first in _WEEKDAYS and len(words) > 1:
        return False  # "Thorvald, appointed on Wednesday for a third term as governor, said": when
    if words and words[-1] in {"to", "will", "would", "must", "should", "can", "could"}:
        return False  # "Software maker Quillsoft to cut 1,800 jobs, blaming …": a headline's verb
    if words and words[-1] in {"was", "were", "is", "are", "been", "being"}:
        return False  # "The estimate was initially reported …": a passive, not who reported it
    if len(words) > 1 and words[-2] in {"been", "being"} and words[-1].endswith("ly"):
        return False  # "The meeting has not been officially announced": a passive too
    if words and words[-1] in {"not", "never"}:
        return False  # "…, a claim Hamas has not confirmed": who did not say it
    if "nor" in words:
        return False  # "But neither Dellacourt nor his task force called for …": no one did
    if len(words) == 2 and words[0] in {"a", "an", "the"} and words[1] in _BEFORE_A_PARTICIPLE:
        return False  # "A widely reported study …": an adjective's adverb, no one who reported
    if _CLAUSE_WITH_MODAL.match(mention):
        return False  # "…, Coleman should be back today, Smith said": a clause, not who
    written = mention.split()
    if (
        len(words) > 1
        and words[-2] in _ONE_HOLDER
        and written[-1][:1].islower()
        and re.fullmatch(r"[a-z]+[^s]s", written[-1])
    ):
        return False  # "Juul CEO addresses reported layoffs …": a headline's verb, not a noun
    if len(words) > 1 and words[0] in {"a", "an"} and words[1] in CLAIM_NOUNS:
        return False  # "…, a claim Ukraine denied": the reporter's aside
    if words and words[-1] in {"and", "but", "or"}:
        return False  # "… condemned the ceasefire and said": half a clause, by the parse
    if len(words) == 2 and words[0] in _ANYONE and words[1] in {"who", "that"}:
        return False  # "Those who reported using a screen in bed slept less": anyone, no one
    if mention.split()[-1:] == ["that"]:
        return False  # "The company that maintains the network, OSE, did not …": a relative clause
    if words and words[-1] in _EVENTS:
        return False  # "Russia attacks Kharkiv, casualties reported": what was reported
    if words and words[-1] in HABITUAL:
        return False  # "Kyiv rarely confirms strikes inside Russia": a habit, not a claim
    if written_thing(mention):
        return False  # "The sign above the brewery door still says …": nobody's claim
    # "…, bringing a strike a step closer, the union said": a participle, not who said it.
    gerund = first.islower() and first.endswith("ing")
    return (
        bool(mention)
        and not gerund
        and not (_NOT_SUBJECTS.match(mention) and not first.isupper())  # "WHO said …"
        # "The father of a teenager who killed four classmates at Lakeview High School": a
        # relative clause may lengthen a subject.
        and (long or len(mention.split()) <= (16 if _RELATIVE.search(mention) else 12))
        # "Halvia will impose duties …, its ministry announced": a clause, not who spoke
        and not _FINITE.search(mention)
        # "…, the risk to children outweighed the harm claimed": a clause with its object
        and not (_PAST_WITH_OBJECT.search(mention) and not _RELATIVE.search(mention))
        # "Dorsey is charged with manslaughter, accused of …": a clause ("who was arrested" is not)
        and not (
            (_BE.search(mention) or _PERFECT.search(mention)) and not _RELATIVE.search(mention)
        )
    )
