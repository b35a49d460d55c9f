"""Matching how an article names a source against the registry's names and aliases.

Tolerant of case, accents, possessives, a leading "the", titles before a name ("Kremlin
spokesperson Dmitry Peskov") and small misspellings ("Freedom of Russian Legion").
"""

import bisect
import difflib
import re
from dataclasses import dataclass, field

from claims.suggest.patterns import MAKERS, NAME_PARTICLES, SURNAME_ARTICLES
from claims.text.names import name_key

TITLE_WORDS = frozenset(
    [
        # abbreviated, as in "Sen. Warren" or "Lt. Col. Ivan Petrov"
        "hon",  # "Prime Minister Hon. Manasseh Sogavare"
        "sen",
        "senator",
        "rep",
        "congressman",
        "congresswoman",
        "gov",
        "lt",
        "sgt",
        "capt",
        "captain",
        "member",
        "trustee",
        "sergeant",
        "marshal",
        "maj",
        "adm",
        "rev",
        # royal and honorific: "Prince Abdulaziz bin Salman", "Sheikh Tamim"
        "prince",
        "princess",
        "king",
        "queen",
        "sheikh",
        "emir",
        # a member of a parliament: "opposition MP Daniel Ortiz"
        "mp",
        "mep",
        "msp",
        # a prime minister, in headline style: "PM Ragna Solveigsdottir"
        "pm",
        "pres",
        "senior",
        "professor",
        "prof",
        "doctor",
        "deputy",
        "vice",
        "chief",
        "head",
        "top",
        "former",
        "acting",
        "presidential",
        "prime",
        "foreign",
        "defence",
        "defense",
        "interior",
        "military",
        "press",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "adviser",
        "advisor",
        "aide",
        "minister",
        "secretary",
        "general",
        "gen",
        "lieutenant",
        "colonel",
        "col",
        # "Brigadier Tariq Sallal", "Rear Admiral …"
        "brigadier",
        "brig",
        "admiral",
        "commodore",
        "corporal",
        "cpl",
        "major",
        "commander",
        "cmdr",
        "cdr",
        "president",
        "governor",
        "mayor",
        "director",
        "manager",  # "Marketing Manager Gina Hale"
        "executive",
        "ceo",
        "cfo",
        "coo",
        "cto",
        # a public relations officer: "northern frontier railway CPRO Anil Sethuram"
        "pro",
        "cpro",
        "chairman",
        "chairwoman",
        "chair",
        "official",
        "officer",
        "ambassador",
        "envoy",
        "negotiator",
        "analyst",
        "expert",
        "lawyer",
        "counsel",
        # the courts, and the police
        "judge",
        "justice",
        "magistrate",
        "prosecutor",
        "attorney",
        "inspector",
        "detective",
        "superintendent",
        "supt",
        "constable",
        # an agency's head: "FAA Administrator Mike Whitaker"
        "administrator",
        # a state's officers: "State Veterinarian Noor Merrow", "Medical Examiner Jo Ray"
        "veterinarian",
        "epidemiologist",
        "examiner",
        "coroner",
        "commissioner",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        # "Coach Mourinho on the loss:", "Grandmaster Pavel Orlik"
        "coach",
        "grandmaster",
        # clergy: "Archbishop Tomas Revik", "Canon Piet Oswin", "Rabbi …"
        "archbishop",
        "bishop",
        "cardinal",
        "pope",
        "patriarch",
        "rabbi",
        "imam",
        "pastor",
        "reverend",
        "canon",
        # a broadcast's: "Host Mara Bell said", "Anchor Jake Tapper"
        "host",
        "anchor",
        "presenter",
        "moderator",
        # India's "CM Chouhan", "Dy CM Singhdeo"
        "cm",
        "dy",
        "lord",
        "lady",
        "kremlin",
        "ukrainian",
        "russian",
        "british",
        "american",
        "israeli",
        "palestinian",
        "chinese",
        "french",
        "german",
        "white",
        "house",
        "state",
        "regional",
        "local",
        "national",
        "party",
        "leader",
        "founder",
        # American legislatures and local government
        "speaker",
        "whip",
        "majority",
        "minority",
        "representative",
        "congressman",
        "congresswoman",
        "assemblyman",
        "assemblymember",
        "councilmember",
        "congressmember",
        "assemblywoman",
        "councilman",
        "councilwoman",
        "councillor",
        "sheriff",
        "commissioner",
        "treasurer",
        "comptroller",
        "chancellor",
    ]
)
PERSON_HINTS = re.compile(
    r"\b(spokes(?:person|man|woman)|ceo|cfo|coo|cto|adviser|advisor|aide|minister|secretary|president|governor|"
    r"chancellor|premier|councill?or|council(?:man|woman)|lawmaker|legislator|senator|"
    r"mayor|general|commander|colonel|director|executive|chairm[ae]n|ambassador|envoy|lawyer|"
    r"analyst|official who|he|she|mr|mrs|ms|dr|man|woman|soldier|resident|witness|chief|boss|"
    r"policymaker|policy-maker|economist|strategist|banker|"
    # "Trump campaign manager says …": a campaign's people
    r"(?:campaign|deputy|general|team|store|fund|portfolio|city)\s+manager|pollster|consultant|"
    r"operative|surrogate|candidate|congressman|congresswoman|staffer|"
    r"nominee|(?:step|grand)?(?:father|mother|son|daughter|parent)|wife|husband|widow|widower|brother|sister|member|nurse|agent|"
    r"doctor|teacher|engineer|farmer|driver|survivor|victim|student|patient|neighbou?r|"
    # "A 17-year-old", "the defendant", "A pathologist told the court"
    r"boy|girl|teenager|youth|defendant|accused|pathologist|coroner|paramedic|firefighter|"
    r"pensioner|\d+-year-old|influencer|blogger|youtuber|streamer|presenter|actor|actress|singer|"
    r"rapper|footballer|sprinter|playwright|novelist|composer|screenwriter|"
    # "a camp leader told Reuters", "a local shopkeeper said", "A federal judge in Boston"
    r"judge|magistrate|juror|leader|organi[sz]er|campaigner|activist|volunteer|shopkeeper|"
    r"trader|landlord|tenant|medic|priest|imam|pastor|bishop|pharmacist|chemist|dentist|"
    # "The lead investigator says …", "The lead author of the study cautions …"
    r"investigator|author|writer|researcher|scientist|professor|passenger|"
    # "shouted a depositor", "A rescuer said"
    r"depositor|customer|visitor|shopper|spectator|rescuer|keeper|"
    # "with one respondent saying", "a caller to the programme"
    r"respondent|participant|reader|listener|viewer|caller|"
    # '"…," the other supervisor replied', "a shift foreman said"
    r"supervisor|foreman|forewoman|"
    # "…, pilot warns of water landing": a plane's crew
    r"pilot|co-pilot|copilot|attendant|stewardess|steward|"
    # "As one journalist covering the research put it"
    r"journalist|reporter|columnist)\b",
    re.IGNORECASE,
)
ANONYMOUS_HINTS = re.compile(
    r"^(?:(?:two|three|four|five|several|some|many|a few|multiple|\d+)\s+)?(?:senior\s+|western\s+|"
    r"us\s+|u\.s\.\s+|european\s+|local\s+|military\s+|top\s+|security\s+|government\s+|intelligence\s+|company\s+|"
    # "State officials initially reported …": unnamed, not a body called "State officials"
    r"state\s+|federal\s+|city\s+|county\s+|provincial\s+|regional\s+)*"
    # Not "the official Xinhua news agency", "the official Lebanese National News Agency": an
    # adjective before a name.
    r"(officials|official(?!\s+(?:[\w'’-]+\s+){1,3}?(?:news\s+agency|newspaper|broadcaster))|diplomats?|sources?|people|residents|witnesses|analysts|observers|"
    r"executives|lawyers|bankers|traders|economists|generals|commanders|pharmacists|chemists|"
    # "Tourists told The Associated Press …": people met, never a body
    r"tourists|locals|passengers|villagers|travell?ers|commuters|holidaymakers|bystanders|"
    r"insiders|a source|an official|one official)\b"
    # "a senior House Republican aide", "two people familiar with the talks"
    # "Some in the White House", "those close to the president": a circle, never the body
    r"|^(?:some|many|others|those|few)\s+(?:in|at|inside|within|around|close\s+to)\s"
    r"|^(?:an?|another|one|two|three|four|five|several|some|many|a few|multiple|\d+)\s+(?:[\w'’.-]+\s+){0,4}?"
    r"(?:officials?|aides?|staffers?|sources?|insiders|diplomats?|people|persons?|advisers?|officers?|"
    # "a Cruz Verde volunteer who did not give his name"
    r"volunteers?|workers?|employees?|rescuers?)"
    # "A Western diplomat in Tavok", "an official at the ministry": still unnamed
    r"(?:\s+(?:familiar|close|briefed|with|who|involved|and|in|at)\b.*)?$"
    # "a Republican close to the White House", "one person familiar with his thinking"
    r"|^(?:an?|one|another|two|three|four|five|several|some)\s+[^,]{1,40}?\s+(?:close\s+to|"
    r"familiar\s+with)\s"
    # "Senate insiders", "Republican sources": whose circle, not a body's name
    r"|^(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}(?:sources|insiders)$"
    # "Some mining engineers have suggested …": some people of a trade, never a body
    r"|^(?:some|many|several|a\s+few|other)\s+(?:[\w'’-]+\s+){0,2}(?:engineers|experts|"
    r"scientists|specialists|geologists|seismologists|doctors|researchers|academics)$"
    # "A House Republican tells me …", "a Senate Democrat briefed on the meeting": one of many
    r"|^(?:an?|one|another)\s+(?:(?:House|Senate|GOP|senior|top|rank-and-file)\s+){0,2}"
    r"(?:Republican|Democrat)(?:\s+(?:familiar|close|briefed|with|who|involved)\b.*)?$",
    re.IGNORECASE,
)
KIND_WORDS = [
    (
        # "a lobby group", "the campaign group": an organisation, not an armed group.
        "organisation",
        r"\b(?:lobby|pressure|campaign|advocacy|industry|trade|consumer|rights|business|patients?'?|"
        r"parents'?|residents'?|environmental|monitoring|research|conservation|wildlife|aid|"
        r"humanitarian|medical|media|activist|civic)\s+group\b",
    ),
    (
        "group",
        r"\b(group|legion|militia|rebels?|corps|brigade|battalion|movement|fighters|militants|front|army of|hamas|hezbollah|wagner|taliban|party|alliance|coalition|bloc|"
        # "Islamic Jihad", "Islamic State", "al-Shabab": named by their cause
        r"jihad|islamic state|al[- ]shabaa?b|boko haram|houthis?|"
        # "ISIL has claimed responsibility", "Daesh": the same group, by its acronyms
        r"isil|isis|daesh|al[- ]qa(?:e|'i|i)da)\b",
    ),
    (
        "government",
        r"\b(ministry|government|office|army|military|forces|police|constabulary|(?<!news )agency|kremlin|white house|downing street|no 10|number 10|general staff|cal fire|parliament|senate|congress|knesset|duma|bundestag|house of (?:representatives|commons|lords)|council|department|embassy|command|navy|air force|board|bureau|commission|authorit(?:y|ies)|administration|governor's office|regulators?|watchdogs?|nhs|geological survey|"
        # "Kitsap Public Health District"
        r"(?:health|school|water|fire|sanitation)\s+district|"
        # "the Coast Guard", "the National Guard": a service, not a person named Guard
        r"(?:coast|national|border)\s+guard|"
        # "Caldera Peaks National Park", "the park service": not "Jenny Park"
        r"(?:national|state)\s+park|park\s+service|"
        # "the Lunden Public Health Service", "the National Weather Service", "the fire service"
        r"(?:health|fire|ambulance|weather|prison|probation|forest|border|immigration|"
        r"intelligence|emergency|rescue)\s+service|"
        # "Kinross County said …": a county's council, by its name (not "county fair")
        r"(?-i:[A-Z][\w'’-]+\s+(?:County|Parish|Borough|Township)$))\b",
    ),
    (
        # "The Supreme Court", "the U.S. Court of Appeals for the Second Circuit": a court is
        # the state's, as a ministry is (not "Margaret Court").
        "government",
        r"\b(?:(?:supreme|high|appeals?|appellate|district|federal|crown|magistrates['’]?|"
        r"constitutional|county|state|criminal|family|administrative|u\.s\.)\s+court|"
        r"court\s+of|tribunal|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
        r"eleventh|d\.c\.|federal)\s+circuit)\b",
    ),
    (
        "media",
        # "a local paper reported" (not "a white paper", "a research paper")
        r"\b(newspaper|(?:local|regional|weekly|evening|national|student|free)\s+paper|magazine|daily|tv|television|times|post|news|media|outlet|channel|broadcaster|radio|(?:member|tv|radio|television|local|news)\s+station|tass|ria|reuters|agence|journal|herald|gazette|tribune|ledger|chronicle|courier|inquirer|(?<!medical\s)(?-i:Examiner)|politico|axios|bloomberg|forbes|breitbart|huffpost|huffington|buzzfeed|propublica|semafor|(?-i:Insider)|(?-i:Review)(?:\s+Online)?$|guardian|telegraph|"
        # a newspaper's name: "the Fenmouth Clarion", "the Harlow Sentinel"
        # ("USA Today", "Psychology Today": a title's "Today", last)
        r"(?-i:Clarion|Sentinel|Dispatch|Beacon|Mercury|Advertiser|Enquirer|Argus|Bugle)|"
        r"(?<=[A-Za-z]\s)(?-i:Today)$|"
        # the broadcasters and agencies known by their letters: "according to CNN"
        r"(?-i:CNN|MSNBC|CNBC|NBC|CBS|ABC|NPR|PBS|BBC|ITV|AFP|UPI))\b",
    ),
    (
        "organisation",
        r"\b(wall street|company|corporation|corp|inc|ltd|plc|llc|gmbh|bank|oil|petroleum|market|supermarkets?|committee|red cross|red crescent|organi[sz]ation|un|united nations|union|institute|foundation|charity|ngo|association|federation|operator|airlines?|services|systems|holdings|fc|afc|care|athletics|nutrition|(?-i:Health)(?!\s+(?i:minister|secretary|ministry|department|service|officials?|chief|boss|workers?))|music|records|entertainment|studios?|games|brewing|brewery|hotels|stores|inns|taverns|pubs|arms|water|gas|properties|homes|estates|investments|ventures|enterprises|resources|utilities|industries|technologies|labs|laboratories|partners|group plc|motors|energy|insurance|capital|securities|pharmaceuticals|pharma|biotech|therapeutics|foods|catering|caterers?|paving|construction|mining|chemicals|telecom|shipping|ferries|cruises|logistics|haulage|freight|events|promotions|university|hospital|council of|watch|international|networks?|trust|fund|society|guild|centre|center|train|trains|rail|railways?|airways|air(?!\s+(?:marshal|chief|commodore|vice|force))|transit|airports?|museum|zoo|aquarium|(?:wildlife|safari|theme|amusement)\s+park|(?-i:Palace)|church|diocese|mosque|synagogue|school|college|academy|library|theatre|theater|gallery|semiconductors?|electronics|microsystems|software|solutions|robotics|aerospace|automotive|dynamics|devices)\b"
        # a football club's name ends its mention: "Brackford City", "Hadley Rovers"
        r"|(?<=[a-z]\s)(?-i:City|Town|United|Rovers|Wanderers|Athletic|Albion|Rangers)$",
    ),
]


def words_of(text: str) -> frozenset[str]:
    """An article's words in matching form, for `SourceIndex.match(…, context=…)`."""
    return frozenset(name_key(text).split())


@dataclass(frozen=True)
class KnownSource:
    id: int | None
    name: str
    kind: str = "organisation"
    aliases: tuple[str, ...] = ()


# Fuzzy matching compares a mention with at most this many registered names, and a name
# contained in the mention is looked for among at most this many: one lookup costs the same
# with 30 or 30,000 registered sources.
MOST_CANDIDATES = 100


@dataclass
class SourceIndex:
    """The registry by matching key, with word indexes, so that a mention is compared with a
    bounded number of names sharing a word (or a word's first three letters) with it."""

    sources: list[KnownSource]
    _by_key: dict[str, KnownSource] = field(default_factory=dict, init=False)
    # Keys of names written in capitals ("WHO", "ICRC"): they name the body only in capitals,
    # never the word "who".
    _acronyms: set[str] = field(default_factory=set, init=False)
    # Keys of one-word names written with a capital ("the Commission", "Brussels"): they name
    # the body only when capitalised, never "the commission" of a story about another one.
    _capitalised: set[str] = field(default_factory=set, init=False)
    _by_word: dict[str, set[str]] = field(default_factory=dict, init=False)
    # Per first three letters of a word: the names holding such a word, by length.
    _by_prefix: dict[str, list[tuple[int, str]]] = field(default_factory=dict, init=False)

    def __post_init__(self):
        prefixed: dict[str, set[str]] = {}
        for source in self.sources:
            for name in (source.name, *source.aliases):
                key = name_key(name)
                if key and key not in self._by_key:
                    self._by_key[key] = source
                    if name.isupper() and " " not in name:
                        self._acronyms.add(key)
                    elif " " not in key and name.split()[-1][:1].isupper():
                        self._capitalised.add(key)
                    for word in set(key.split()) - FUNCTION_WORDS:
                        self._by_word.setdefault(word, set()).add(key)
                        prefixed.setdefault(word[:3], set()).add(key)
        self._by_prefix = {
            prefix: sorted((len(key), key) for key in keys) for prefix, keys in prefixed.items()
        }

    def _near_in_length(self, prefix: str, size: int, slack: int) -> list[str]:
        """Names under a prefix whose length is within `slack` of `size`, nearest first, at
        most MOST_CANDIDATES of them (found by bisection, not by reading the list)."""
        names = self._by_prefix.get(prefix, [])
        low = bisect.bisect_left(names, (size - slack, ""))
        high = bisect.bisect_right(names, (size + slack, "\uffff"))
        window = names[low:high]
        if len(window) > MOST_CANDIDATES:
            middle = bisect.bisect_left(window, (size, ""))
            half = MOST_CANDIDATES // 2
            window = window[max(0, middle - half) : max(0, middle - half) + MOST_CANDIDATES]
        return [key for _, key in window]

    def _fuzzy(self, key: str) -> KnownSource | None:
        if len(key) < 6:
            return None
        slack = max(3, len(key) // 5)
        windows = sorted(
            (
                self._near_in_length(w[:3], len(key), slack)
                for w in set(key.split()) - FUNCTION_WORDS
            ),
            key=len,
        )
        candidates: list[str] = []
        for window in windows:  # the rarest words' names first
            candidates += window[: MOST_CANDIDATES - len(candidates)]
            if len(candidates) >= MOST_CANDIDATES:
                break
        close = difflib.get_close_matches(key, list(dict.fromkeys(candidates)), n=1, cutoff=0.88)
        return self._by_key[close[0]] if close and _misspelt(key, close[0]) else None

    def match(self, mention: str, context: frozenset[str] = frozenset()) -> KnownSource | None:
        """The registered source a mention names. With `context` (the article's words, from
        `words_of`), a partial match ("the health ministry" for "Valdoria's health ministry")
        needs the missing words ("valdoria") to appear in the article too."""
        key = name_key(mention)
        if not key:
            return None
        if key in self._by_key and self._written_as_named(key, mention):
            return self._by_key[key]
        words = key.split()
        # Titles come before a name: try the tail first ("kremlin spokesperson dmitry peskov").
        for size in range(len(words) - 1, 0, -1):
            tail = " ".join(words[-size:])
            long_enough = size > 1 or len(tail) > 3
            if (
                tail in self._by_key
                and long_enough
                and self._written_as_named(tail, mention)
                and not _qualified(tail, mention)
            ):
                return self._by_key[tail]
        fuzzy = None if key in self._by_key else self._fuzzy(key)
        if fuzzy:
            return fuzzy
        for size in range(len(words) - 1, 1, -1):
            tail = " ".join(words[-size:])
            if _qualified(tail, mention):
                continue  # "the independent election commission" is not "the election commission"
            fuzzy = self._fuzzy(tail)
            if fuzzy:
                return fuzzy
        # Then the head before an apposition or role ("the ministry's spokesman" → ministry),
        # unless the role is followed by the person's name ("Rovers manager Sean Doyle").
        written = mention.split()
        for size in range(len(words) - 1, 0, -1) if not _TITLED_NAME.search(mention) else ():
            head = " ".join(words[:size])
            if words[size] in ("of", "for"):
                # "Election Commission of India", "the commission for Anjouan": not every
                # "election commission", nor the alias "the Commission".
                break
            if (
                len(written) == len(words)
                and written[size][:1].isupper()
                and words[size] not in TITLE_WORDS
            ):
                continue  # "Meridian Music" is another name than the alias "Meridian"
            if head in self._by_key and len(head) > 3 and self._written_as_named(head, mention):
                return self._by_key[head]
        return self._contained(key, context)

    def _written_as_named(self, key: str, mention: str) -> bool:
        """Written as the registry writes it: an acronym in capitals, a one-word name with
        its capital."""
        if key in self._acronyms:
            return bool(re.search(rf"\b{re.escape(key.upper())}\b", mention))
        if key in self._capitalised:
            written = re.search(rf"\b{re.escape(key)}\b", mention, re.IGNORECASE)
            return written is None or not written.group().islower()
        return True

    def _contained(self, key: str, words: frozenset[str]) -> KnownSource | None:
        """ "health ministry" inside "valdoria health ministry", when only one source fits."""
        if len(key) < 6 or " " not in key or not words:
            return None
        padded = f" {key} "
        # Every word of the key is in a name that contains it: its rarest word's names suffice.
        # When even that word is in more names than MOST_CANDIDATES, no one source fits.
        postings = [self._by_word.get(word, set()) for word in set(key.split()) - FUNCTION_WORDS]
        rarest = min(postings, key=len, default=set())
        if len(rarest) > MOST_CANDIDATES:
            return None
        found = {
            id(self._by_key[k]): self._by_key[k]
            for k in rarest
            if padded in f" {k} " and set(k.split()) - set(key.split()) <= words
        }
        return next(iter(found.values())) if len(found) == 1 else None


def _misspelt(key: str, name: str) -> bool:
    """Whether two close names differ only in spelling, word by word: "Freedom of Russian
    Legion" is the Freedom of Russia Legion; "Iran defence ministry" is not Russia's, though
    the two strings are as alike."""
    ours, theirs = (set(k.split()) - FUNCTION_WORDS for k in (key, name))

    def near(word: str, others: set[str]) -> bool:
        return any(
            difflib.SequenceMatcher(None, word, other).ratio() >= 0.7 and not _role_of(word, other)
            for other in others
        )

    return all(near(w, theirs) for w in ours) and all(near(w, ours) for w in theirs)


def _role_of(word: str, other: str) -> bool:
    """Whether one word is a person's role in the body the other names: "commissioner" and
    "commission", "councillor" and "council"."""
    short, long = sorted((word, other), key=len)
    return long.startswith(short) and re.fullmatch(r"l?(?:er|or)s?", long[len(short) :]) is not None


def _qualified(tail: str, mention: str) -> bool:
    """Whether a word other than a title qualifies the tail in the mention: "the electoral
    commission" is not "the Commission", nor is "the Data Protection Commission" (a one-word
    tail after a capitalised word is part of another body's name), as "Kremlin spokesperson
    Dmitry Peskov" is Dmitry Peskov."""
    before = re.search(
        r"([\w'’-]+)\s+" + r"\W+".join(map(re.escape, tail.split())) + r"\W*$", mention, re.I
    )
    if before is None:
        return False
    word = before.group(1)
    if word.casefold() in TITLE_WORDS | FUNCTION_WORDS:
        return False
    return word[:1].islower() or (" " not in tail and not re.search(r"['’]s$", word))


FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "in", "on"}) | NAME_PARTICLES
_SURNAME = rf"(?:{'|'.join(sorted(SURNAME_ARTICLES))})-[A-Z]"
_PARTICLE_NAME = re.compile(_SURNAME)


_AT_ORGANISATION = re.compile(
    r"^(?P<who>.+?)\s+(?P<prep>at|from|for|of|with)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?P<body>(?:\d{1,2}(?:st|nd|rd|th)\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&|for|the|in))*"
    # "the University of California, Berkeley", "the Department for Environment, Food and Rural
    # Affairs"
    r"(?:,\s+[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’&.-]*|and))*)*"
    r"(?:\s+(?:institute|group|bank|union|foundation|agency))?)$"  # "the Ifo institute"
)


# A body named by the place it serves: "the election commission of Anjouan".
_BODY_FOR_A_PLACE = frozenset(
    {"commission", "council", "board", "committee", "assembly", "authority", "tribunal",
     "embassy", "consulate", "government", "parliament", "administration", "cabinet"}
)  # fmt: skip
_PLACE_NOUNS = frozenset(
    {"nation", "country", "island", "islands", "region", "province", "city", "town", "village"}
)
# People at a body who speak for themselves, not for it.
SPEAK_FOR_THEMSELVES = frozenset(
    {"supporters", "fans", "groups", "residents", "patients", "parents", "pupils", "students",
     "workers", "employees", "staff", "unions", "members", "families", "customers", "passengers",
     "farmers", "fishermen", "villagers", "traders", "shopkeepers", "pilots", "drivers", "nurses",
     "doctors", "teachers", "veterans", "survivors", "victims", "relatives", "former", "rebels",
     "militants", "fighters", "insurgents", "protesters", "activists",
     # "A source at City Hall" is anonymous, not City Hall's voice
     "source", "sources", "insider", "insiders"}
)  # fmt: skip


def speak_for_themselves(mention: str) -> bool:
    """ "Supporters' groups at Porto Vale", "Parents at the school", "Residents in the town of
    Doğanşehir": not the body or place they are at."""
    match = _AT_ORGANISATION.match(mention.strip())
    if not match:  # "Farmers in southern Spain": people where they are
        return mention.split(maxsplit=1)[0].casefold() in SPEAK_FOR_THEMSELVES and " in " in mention
    who = match.group("who").casefold().split()
    return who[-1] in SPEAK_FOR_THEMSELVES or who[0] in SPEAK_FOR_THEMSELVES


_CAPITALISED_PLURAL = re.compile(r"[A-Z][a-z]+s$")  # "Senior Officials of …"
_NAME_OPENERS = frozenset({"friends", "sisters", "brothers", "daughters", "sons", "knights"})


_NAME_THEN_ROLE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+,\s+[a-z]")
# "the Marden-based Brackwell Events": where a body is based is no part of its name.
_BASED = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w'’.]*-based\s+(?=[A-Z])")


def organisation_in(mention: str) -> str | None:
    """ "Analysts at Bergmann Research" → "Bergmann Research": people speaking for a named body.

    Not for a named person ("Anke Müller of the Federation …"): they speak for themselves.
    """
    match = _AT_ORGANISATION.match(mention.strip())
    if not match:
        return None
    if speak_for_themselves(mention):
        return None
    if _NAME_THEN_ROLE.match(match.group("who")):
        # "Craig Trescott, director of the Olway Weekender said": he speaks, his closing comma
        # left out.
        return None
    who = match.group("who").split()
    if match.group("prep") == "of" and who[-1].casefold() in ("group", "handful", "number"):
        return None  # "a group of Conservative MPs": the group, as the dev articles name it
    if match.group("prep") == "of" and who[-1].casefold() in _PLACE_NOUNS:
        return None  # "An opposition leader in the Indian Ocean nation of Comoros": a place
    if match.group("prep") in ("for", "of") and who[-1].casefold() in _BODY_FOR_A_PLACE:
        # "The independent electoral commission for Anjouan": a body of the place, not the place
        return None
    if match.group("prep") == "for" and who[-1][:1].isupper():
        # "Homes for Marston", "the state's Center for Health Information and Analysis": one name
        return None
    if match.group("prep") == "of" and (
        who[0].casefold() in _NAME_OPENERS
        or (who[-1][:1].isupper() and len(who) > 1 and not _CAPITALISED_PLURAL.match(who[-1]))
    ):
        # "Friends of the Earth", "the 6th U.S. Circuit Court of Appeals": one name
        return None
    named_person = all(w[:1].isupper() for w in who) and (len(who) > 1 or not who[0].endswith("s"))
    return None if named_person else _BASED.sub("", match.group("body"))


# Words of the names every state gives its bodies: "General Staff", "Foreign Ministry".
_EVERY_STATE_HAS = frozenset(
    {"general", "staff", "ministry", "of", "defence", "defense", "foreign", "interior", "health",
     "affairs", "armed", "forces", "air", "force", "navy", "army", "security", "service",
     "border", "guard", "national", "emergency", "emergencies", "justice", "finance", "office",
     "prosecutor", "prosecutor's", "general's", "police", "intelligence", "directorate"}
)  # fmt: skip


# Two people named together: "Dr Rob Laurenson and Dr Vivek Trivedi".
# ("Superintendent Cindy Marten of San Diego and Superintendent Austin Beutner of Los Angeles":
# each with the place they serve, which is no part of their names)
_OF_PLACE = r"(?:\s+of\s+(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+)?"
_TWO_PEOPLE = re.compile(
    rf"(?P<a>(?:[A-Z][\w'’.-]+\s+){{1,3}}[A-Z][\w'’.-]+){_OF_PLACE}\s+and\s+"
    rf"(?P<b>(?:[A-Z][\w'’.-]+\s+){{1,3}}[A-Z][\w'’.-]+){_OF_PLACE}"
)
# A person's noun that ends a description whatever body it names first.
_PERSON_LAST = frozenset(
    # "the armed forces minister": a person, whatever the words before say
    {
        "policymaker",
        "policy-maker",
        "economist",
        "strategist",
        "banker",
        "analyst",
        "minister",
        # "The airline's CEO says …": the body's head, a person
        "ceo",
        "cfo",
        "coo",
        "cto",
    }
)
# A title in the plural before two names: "Sens. Chuck Schumer and Mitch McConnell".
_PLURAL_TITLE = re.compile(
    r"^(?i:sens\.|reps\.|drs\.?|profs\.|senators|representatives|attorneys|lawyers|judges|"
    r"justices|professors|doctors|ministers|commissioners|council(?:lors|members))\s+(?=[A-Z])"
)
# What a body or person is, written before the name: capitalised only when a sentence opens
# ("Developer Marlowe Homes", "Campaigner Peter Dowd").
_BODY_DESCRIPTORS = MAKERS | frozenset(
    {"developer", "maker", "retailer", "insurer", "lender", "broadcaster", "publisher", "operator",
     "supplier", "airline", "carrier", "promoter", "label", "studio"}
)  # fmt: skip
# The descriptors that never name a person, as an apposition's noun: not "the developer of …".
_MAKER_NOUNS = MAKERS | {"maker", "retailer", "insurer", "lender", "airline", "carrier", "supplier"}
_DESCRIPTORS = _BODY_DESCRIPTORS | frozenset(
    {"campaigner", "activist", "economist", "analyst", "researcher", "scientist", "historian",
     "novelist", "writer", "entrepreneur", "investor", "billionaire", "farmer", "resident",
     "teacher", "singer", "actor", "actress", "rapper", "musician", "comedian", "songwriter",
     "guitarist", "drummer", "footballer", "striker", "chef", "artist", "journalist",
     "consultant", "forecaster", "meteorologist", "architect", "businessman", "businesswoman",
     "philanthropist", "landlord",
     "neighbour", "neighbor", "witness", "shopkeeper", "bystander", "tenant", "pensioner",
     "commuter", "barrister", "solicitor", "widower", "widow", "postmistress", "postman",
     "worker", "employee", "nurse", "retiree", "student", "voter", "veteran", "protester",
     "passenger", "miner", "mechanic", "lawyer", "midwife", "firefighter", "paramedic",
     "welder", "electrician", "plumber", "carpenter", "machinist", "cashier", "baker", "cleaner",
     "caregiver", "janitor", "fisherman", "trucker", "homeowner", "shopper", "diner", "manager",
     "driver", "motorist", "cyclist", "dealer", "collector", "curator",
     "coach", "skipper", "volunteer", "ranger", "rescuer", "survivor", "tourist", "hiker",
     "climber", "diver", "guest", "bride", "groom", "parent", "mourner", "fan",
     "photographer", "filmmaker", "designer", "poet", "painter", "dancer", "swimmer", "runner",
     "surfer", "athlete", "mum", "dad", "mother", "grandmother", "grandfather", "gran",
     "grandad", "year-old"}
)  # fmt: skip
# "Mum-of-three Joleen Crabtree": a parent, counted.
_CHILDREN_COUNTED = re.compile(r"-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$")


# "Twelve-year-old Nina Jenks", "17-year-old Ayo Bello": a person, by age.
_AGED = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old")


def _descriptor(word: str) -> str:
    """A word that may describe the name after it, in lower case: "mum" for "Mum-of-three",
    "year-old" for "Twelve-year-old"."""
    word = word.casefold()
    return "year-old" if _AGED.fullmatch(word) else _CHILDREN_COUNTED.sub("", word)


def _without_plural_descriptor(text: str) -> str:
    """ "Residents Priya Ferrow and Dale Whitcombe": two people, described together."""
    first, _, rest = text.partition(" ")
    if first.casefold().removesuffix("s") in _DESCRIPTORS and _TWO_PEOPLE.fullmatch(rest):
        return rest
    return text


# A titled person's body: "Prime Minister Narendra Modi's Bharatiya Janata Party".
_TITLED_OWNER = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+)*?(?:President|Minister|Chancellor|Premier|Governor|"
    r"Senator|Mayor|Leader)\s+(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w-]+['’]s\s+(?P<body>[A-Z].*)$"
)

# Whose, before a name: "The Post's", "Reform UK's".
OWNER = r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*"
_OWNER_BEFORE_NAME = re.compile(
    # "Breitbart News' Lee Stranahan": a plural's apostrophe too.
    rf"^{OWNER}(?:['’]s|(?<=s)['’])\s+"
    r"(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$)"
)
# "President Volodymyr Zelensky's office", "Gov. Maura Healey's administration". The name is
# two words at most, so "Prime Minister Benjamin Netanyahu's office" keeps all its title apart.
_TITLED_OFFICE = re.compile(
    r"^(?:[Tt]he\s+)?(?P<title>(?:[A-Z][\w-]*\.?\s+)+?)(?P<office>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"(?:['’]s|s['’])\s+(?:office|administration|campaign|team|spokes(?:man|woman|person)))$"
)


# A portfolio's words, never a first name after an office: "Minister for Foreign Affairs Penny
# Wong", "Minister for Provincial Government and Institutional Strengthening Silas Tausinga".
_PORTFOLIO = (
    r"(?:Affairs|Government|Development|Strengthening|Relations|Security|Services|Resources|"
    r"Planning|Education|Health|Finance|Justice|Trade|Industry|Defen[cs]e|Energy|Commerce|"
    r"Transport|Works|Fisheries|Agriculture|Environment|Housing|Labou?r|Culture|Tourism|Youth|"
    r"Sports?|Immigration|Infrastructure|Communications|Treasury|Economy|Innovation|Science|"
    r"Technology|Mines|Lands|Police|Veterans|Opposition|Caucus|Committee|Council|Board|"
    r"Commission|Party)\b"
)
# An office named with "of" or "for" before a person's name: "Secretary of State Mike Pompeo",
# "Leader of the Opposition in the Lok Sabha Sushma Swaraj", "Minister for Health Mark Butler".
_OFFICE_OF_BEFORE_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:Leader|Speaker|Secretary|Minister|President|"
    r"Chair(?:man|woman)?|Director|Governor)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+"
    r"(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,5}?"
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+"
    rf"(?=(?!{_PORTFOLIO})[A-Z][\w'’.-]+\s+[A-Z])"
)


def _title_word(word: str) -> bool:
    """ "Minister", and the hyphenated "Secretary-General" and "Vice-President"."""
    return all(part in TITLE_WORDS for part in word.casefold().strip(",.").split("-"))


# Why a source is unnamed, which is no part of its name: "who was not authorized to speak".
_ANONYMITY_CLAUSE = re.compile(
    r",?\s+who\s+(?:(?:was|were|is|are)\s+not\s+authori[sz]ed|(?:asked|declined|did\s+not\s+want)"
    r"\s+(?:not\s+)?to\s+be\s+(?:named|identified)|spoke\s+on\s+condition|requested\s+anonymity|"
    # "a volunteer who did not give his name"
    r"(?:did\s+not|would\s+not|declined\s+to|refused\s+to)\s+give\s+(?:his|her|their)\s+(?:full\s+)?names?)"
    r"\b.*$"
)


_WHO_WAS = re.compile(r"\s+(?:which\s+[a-z]|who\s+(?:is|are|was|were|has|have|had)\b).*$")


def proper_name(mention: str, kind: str) -> str:
    """The name inside a description: titles before a person, descriptors before an organisation.

    "Health minister Paulo Mendes" → "Paulo Mendes"; "The opposition Green Alliance" → "Green
    Alliance". Unnamed sources keep their description ("Two doctors at the central hospital").
    """
    if kind == "unnamed":  # "A rescuer who was not authorized to speak": "A rescuer"
        # "a 23-year-old worker who was briefly held": who, not which one
        return _WHO_WAS.sub("", _ANONYMITY_CLAUSE.sub("", mention.strip()))
    if PEOPLE_DOING.match(mention.strip()):
        # "Scientists studying samples returned from the asteroid Bennu": people described,
        # not the name at the end of the description.
        return re.sub(r"^(?:an?|the)\s+", "", mention.strip(), flags=re.IGNORECASE)
    handle = re.search(r"(?<!\S)@\w+$", mention.strip())
    if handle:  # "Twitter user @nessa_veyra": known by the handle
        return handle.group()
    if kind == "person" and re.fullmatch(r"[A-Z][a-z]+\s+[A-Z]\.?", mention.strip()):
        return mention.strip()  # "Coach K": a nickname keeps its title
    if kind == "person":
        mention = _without_plural_descriptor(_PLURAL_TITLE.sub("", mention.strip()))
    pair = _TWO_PEOPLE.fullmatch(mention.strip()) if kind == "person" else None
    if pair:  # "Dr Rob Laurenson and Dr Vivek Trivedi": both named, without their titles
        return f"{proper_name(pair['a'], kind)} and {proper_name(pair['b'], kind)}"
    # "The Bharatiya Janata Party (BJP) which is in opposition in the state": its name only.
    mention = _WHO_WAS.sub("", mention.strip())
    mention = _BASED.sub("", mention)
    # "Inter-Services Public Relations (ISPR)", "… (TfNV)": the name without its short form.
    mention = re.sub(r"\s+\((?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,8}\)$", "", mention.strip())
    if kind == "person":  # "James Okafor KC": the honour is not the name
        # (but "An MP" is one, described: no name to keep)
        if not re.fullmatch(r"(?i:an?|the)(?:\s+[a-z-]+){0,2}\s+(?:MP|MEP)", mention.strip()):
            mention = re.sub(r"\s+(?:KC|QC|MP|MEP)$", "", mention.strip())
        # "Chris Pappas (NH-01)", "John Diehl (R-Town and Country)": a district or party tag
        mention = re.sub(r"\s+\((?:[A-Z]{2}-\d{1,2}|[RDI]-[^()]{1,30})\)$", "", mention)
        # "Justice James C. Nelson's concurrence … His opinion described …": his
        mention = re.sub(r"(?<=[a-z])['’]s$", "", mention)
        # "Rate-setter Ann Kelso", "Co-founder Mia Lund": a role, though a sentence's capital
        # opens it (not "Jean-Pierre", whose second half is a name too).
        mention = re.sub(r"^[A-Z][a-z]+-[a-z]+\s+(?=[A-Z][\w'’-]+\s+[A-Z])", "", mention)
        # "Reform UK's Nigel Farage": whose they are is not their name.
        mention = _OWNER_BEFORE_NAME.sub("", mention)
        # "Leader of Opposition in Lok Sabha Sushma Swaraj": an office of some words
        mention = _OFFICE_OF_BEFORE_NAME.sub("", mention)
    else:  # "The Hartwell Museum in London": where it is, not its name
        # "The EU's monitoring mission in Armenia" keeps it: a mission is named by its place.
        # So does "the Organization for Security and Cooperation in Europe": a continent is
        # part of a body's name, never merely where it stands.
        mention = re.sub(
            r"(?<=[a-z])(?<!mission)(?<!embassy)(?<!consulate)(?<!delegation)\s+in\s+"
            r"(?!(?:Europe|Asia|Africa|America|the\s+Americas)$)[A-Z][\w'’-]+$",
            "",
            mention.strip(),
        )
    first, _, rest = mention.strip().partition(" ")
    if _descriptor(first) in _DESCRIPTORS and rest[:1].isupper():
        mention = rest  # "Developer Marlowe Homes", "Campaigner Peter Dowd": a sentence's capital
    owned = _TITLED_OWNER.match(mention) if kind != "person" else None
    if owned:  # "Prime Minister Narendra Modi's Bharatiya Janata Party": the party's name
        mention = owned.group("body")
    office = _TITLED_OFFICE.match(mention) if kind != "person" else None
    if office and all(_title_word(w) for w in office.group("title").split()):
        return office.group("office")  # "Gov. Maura Healey's administration": without the title
    described = _NAME_THEN_GROUP.match(mention.strip())
    if (
        described
        and kind != "person"  # "the World Weather Attribution group"
        # (not "a Kessarian doctors' union": whose doctors, not its name)
        and not (DEMONYM.fullmatch(described.group(1)) and re.search(r"s['’]\s", mention))
    ):
        return described.group(1)
    words = mention.split()
    last_lower = max(
        (
            i
            for i, w in enumerate(words)
            if (
                w[:1].islower()
                and w.casefold() not in FUNCTION_WORDS
                and not _PARTICLE_NAME.match(w)
                # "Islamist group al Shabaab": the article of the name after it
                and not (w in ("al", "el") and i + 1 < len(words) and words[i + 1][:1].isupper())
            )
            # "Judge Helene White": a name's last word is no title, though "White House" has one
            # ("Hassan Sheikh Mohamud": nor is a "Sheikh" after a given name)
            or (
                kind == "person"
                and _title_word(w)
                and i < len(words) - 1
                and not (
                    w == "Sheikh"
                    and i
                    and words[i - 1][:1].isupper()
                    and not _title_word(words[i - 1])
                )
            )
        ),
        default=-1,
    )
    tail = words[last_lower + 1 :]
    if kind == "person" and len(tail) == 1 and _title_word(tail[0]):
        # "the Foreign Secretary": a title with no name after it is named by the whole title
        return re.sub(r"^[Tt]he\s+", "", mention.strip())
    if kind == "person" and len(tail) == 1 and last_lower >= 0 and words[last_lower] in PEERS:
        return f"{words[last_lower]} {tail[0]}"  # "Lord Hendy" is the name; "Sir Robert" is not
    if (
        kind == "person"
        and len(tail) == 1
        and last_lower >= 1
        and words[last_lower] == "Justice"
        and words[last_lower - 1] in {"Mr", "Mrs", "Ms", "Lady", "Lord"}
    ):
        # "Lady Justice Carr", "Mr Justice Fraser": an English judge goes by the title and
        # surname; "Chief Justice Roberts" by his name.
        return " ".join([words[last_lower - 1], "Justice", tail[0]])
    if len(tail) > 1 and tail[0] == "the" and kind != "person":
        tail = tail[1:]  # "Health think tank the King's Fund" → "King's Fund"
    if (
        len(tail) > 2
        and tail[0].endswith(("'s", "’s"))
        and kind != "person"
        and kind_by_keyword(" ".join(tail[1:])) == "government"
        # "Ukraine's General Staff" keeps its owner: every army has a general staff.
        and not all(w.casefold() in _EVERY_STATE_HAS for w in tail[1:])
    ):  # "Germany's Federal Office for …" → "Federal Office for …"; not "Moody's Investors …"
        tail = tail[1:]
    if tail and (
        tail[0][:1].isupper()
        or (tail[0] in ("al", "el") and len(tail) > 1)
        or tail[0].startswith(("al-", "el-"))  # "Islamist group al-Dhulka"
    ):
        return re.sub(r"^The\s+", "", " ".join(tail))  # "The U.S. Chemical Safety Board"
    # "New inflation estimates suggest …": a sentence's capital, not a name; "the 14-count
    # indictment", "a 30-page report": its measure, not which document
    return re.sub(
        r"^(?:(?:[Tt]he|[Aa]n?)\s+)?\d[\d,]*-[a-z]+\s+(?=[a-z])"
        r"|^(?:[Tt]he\s+)?(?:(?:New|Latest|Fresh|Recent)\s+(?=[a-z]))?",
        "",
        mention.strip(),
    )


# A saint's name, which names an institution (a hospital, a school, a church) by one word.
SAINTS_NAME = re.compile(r"(?:St\.?|Saint)\s+[A-Z][\w'’-]+(?:['’]s)?")
# People a description names by what they do, or a panel by whom it is made of: "Scientists
# studying samples …", "A panel of independent advisers to the FDA".
# "A woman waiting outside San Albero General Hospital": one person, where she was.
ONE_PERSON_DOING = re.compile(
    r"(?i:an?|one|another)\s+(?:woman|man|mother|father|girl|boy|person|resident|fan)\s+[a-z]+ing\s"
)
PEOPLE_DOING = re.compile(
    r"[A-Z][a-z]+s\s+[a-z]+ing\s|(?i:an?|the)\s+(?:panel|committee|team)\s+of\s+[a-z]|"
    + ONE_PERSON_DOING.pattern
)
PEERS = frozenset({"Lord", "Lady", "Baroness", "Baron"})
# "the World Weather Attribution group", "the RMT union": the name, without the kind.
_NAME_THEN_GROUP = re.compile(
    # "Israel's Mossad spy agency", "Iran's Fars news agency": whose it is, then the name
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w.-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}"
    # ("the al-Shabab group": a name with its article joined, in lower case)
    r"((?!(?:The|An?)\s)(?:(?:al|el)-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)(?<!['’]s)\s+"
    # "The Aslef train drivers' union": whose union it is may stand between
    r"(?:(?:[a-z][\w-]*\s+)?[a-z][\w-]*s['’]\s+)?"
    # "the Wagner mercenary group", "the Shin Bet security agency"
    r"(?:(?:mercenary|militant|rebel|paramilitary|spy|security|intelligence|state|news)\s+)?"
    r"(?:group|union|party|agency|newspaper|broadcaster|militia)$"
)
# "A German newspaper reporter with the rebels": the reporter, not whom she is with.
_WITH_WHOM = re.compile(r"(?<=[a-z])\s+(?:with|among|alongside)\s+the\s+[a-z]+$")
# A people's or a creed's adjective: "Ukrainian", "Danish", "Islamist", "Shiite", "Shia".
DEMONYM = re.compile(r"[A-Z][a-z]{2,}(?:ian|ean|ish|ese|an|i|ist|ite)|Shia|Druze")
_TRAILING_NAME = re.compile(r"([A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|in|[A-Z][\w'’.-]*))*)$")
# "Sudan's paramilitary Rapid Support Forces": an armed group, though its name reads like an army's.
_ARMED_GROUP_BEFORE_NAME = re.compile(
    r"(?<![\w-])(?:[Pp]aramilitary|[Mm]ilitant|[Rr]ebel|[Ii]nsurgent|[Ss]eparatist|[Jj]ihadist)\s+$"
)
_TITLED_NAME = re.compile(
    r"(?:^|\s)(?!(?:of|for|and|the|in|on|de|du)\s)[a-z][\w-]*\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}$"
)


# A capitalised title right before a person's name: "Senate Minority Leader Tom Brannigan",
# "Council President Regina Stokes" (a person, though "Council" names a body).
TITLE_BEFORE_NAME = re.compile(
    r"(?:^|\s)(?i:leader|president|speaker|secretary(?:-general)?|minister|chair(?:man|woman)?|director(?:-general)?|"
    r"governor|gov\.|mayor|senator|sen\.|rep\.|representative|commissioner|judge|justice|prosecutor|attorney|whip|"
    r"sheriff|council(?:man|woman|lor)|ambassador|general|commander|admiral|chief|prince|princess|"
    # "Los Angeles Fire Captain Erik Scott", "Police Sgt. Ana Ruiz": a service's ranks
    r"captain|capt\.|lieutenant|lt\.|sergeant|sgt\.|detective|inspector|superintendent|marshal|"
    # "Board Member Janice Dalbo", "Trustee Ana Ruiz", "Marketing Manager Gina Hale"
    r"member|trustee|manager|"
    # "Medical Examiner Jo Ray", "State Veterinarian Noor Merrow"
    r"examiner|coroner|veterinarian|epidemiologist|"
    r"sheikh|emir|mp|mep|msp|spokes(?:man|"
    # "former state Sen. Francis X. Kelly": a middle initial too
    # "Speaker of the House Paul Ryan": the office's own "of the House"
    # "Juul Labs CEO K.C. Crosthwaite": a company's officer, initials first
    # "Minister for Foreign Affairs Penny Wong": a portfolio of a few words
    # "Railway CPRO Anil Sethuram": a (chief) public relations officer
    r"woman|person)|ceo|cfo|coo|cto|c?pro)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+"
    r"(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,4}?)?"
    r"\s+(?:(?:[A-Z]\.){1,3}\s?)?[A-Z][\w'’-]+(?:\s+[A-Z]\.)?"
    rf"(?:\s+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+)*(?:[A-Z]|{_SURNAME})[\w'’-]+){{0,2}}$"
)  # "Commission President Ursula von der Leyen"


def kind_by_keyword(text: str) -> str | None:
    return next(
        (kind for kind, pattern in KIND_WORDS if re.search(pattern, text, re.IGNORECASE)), None
    )


# What a person has that speaks for them: "… Delacourt's campaign", "… Roe's legal team".
_PERSONS_BODY = re.compile(r"['’]s\s+(?:campaign|team|legal\s+team|lawyers|foundation)\Z")


# What a possessive owns: "the zoo's communications specialist".
_OWNED_NOUN = re.compile(r"['’]s\s+(.+)$")
# An apposition's noun that is one person of a body: "a local police officer", "an army spokesman".
_ONE_OF_ITS_PEOPLE = re.compile(
    r"\s(?:officer|official|spokes(?:man|woman|person)|commander|chief|inspector|sergeant|"
    r"constable|detective|agent)$",
    re.IGNORECASE,
)


def guess_kind(mention: str, appos: str = "") -> str:
    """Person, organisation, government body, group, media or unnamed, from the wording alone."""
    text = _without_plural_descriptor(mention.strip())
    text = _WITH_WHOM.sub("", text)
    if re.search(r"\buser\s+@\w+$", text):
        return "person"  # "Twitter user @nessa_veyra"
    if ANONYMOUS_HINTS.match(re.sub(r"^[Tt]he\s+", "", text)):
        return "unnamed"
    if ONE_PERSON_DOING.match(text):
        return "person"
    if text.endswith(" Republic"):
        return "government"  # "the Czech Republic", not a person "Democratic Republic" of Congo
    titled_pair = _PLURAL_TITLE.match(text)
    pair = _TWO_PEOPLE.fullmatch(text, titled_pair.end() if titled_pair else 0)
    if pair and (titled_pair or guess_kind(pair["a"]) == guess_kind(pair["b"]) == "person"):
        return "person"  # "Michael Sussman and Robert F. Kennedy Jr."
    first, _, rest = text.partition(" ")
    if _descriptor(first) in _DESCRIPTORS and rest[:1].isupper():  # "Developer Marlowe Homes"
        return "organisation" if first.casefold() in _BODY_DESCRIPTORS else "person"
    if _PERSONS_BODY.search(text):
        return "organisation"  # "Governor Paul Delacourt's campaign": his, not him
    if TITLE_BEFORE_NAME.search(text) and not kind_by_keyword(" ".join(text.split()[-2:])):
        return "person"
    owner = _OWNER_BEFORE_NAME.match(text)
    if owner and guess_kind(text[owner.end() :]) == "person":
        return "person"  # "The Post's Bob Woodward", "Breitbart News' Lee Stranahan"
    trailing = _TRAILING_NAME.search(text)
    if trailing and (kind := kind_by_keyword(trailing.group(1))):
        if kind == "government" and _ARMED_GROUP_BEFORE_NAME.search(text[: trailing.start()]):
            return "group"
        return kind  # "The opposition Green Alliance", "Germany's Federal Office for …"
    titled = _TITLED_NAME.search(text)
    if titled and kind_by_keyword(titled.group().split()[0]):
        # "Campaign group Transport Focus": the words before the name say what it is.
        return kind_by_keyword(text[: titled.start()] + " " + titled.group().split()[0])
    if titled:
        return "person"  # "Kremlin spokesperson Dmitry Peskov", "Olympic sprinter Daniel Okoro"
    if text.split()[-1].casefold() in _PERSON_LAST:
        return "person"  # "Bank of England policymaker": a person at the bank
    if kind := kind_by_keyword(text):
        return kind
    if PERSON_HINTS.search(text) or PERSON_HINTS.search(appos or ""):
        return "person"
    if re.match(r",?\s*who\s", appos or ""):
        return "person"  # "Gleason, who has been eager to …, says"
    # "Breast Cancer Now, a British charity,"; not "Samuel Osei, a specialist at Johns Hopkins
    # University": the apposition's own noun, before its "at …".
    head = re.split(r"\s(?:at|of|for|from|with|who|which|in|on|to)\s", appos or "", maxsplit=1)[0]
    # "…, Spain's grid operator,": whose it is, then what.
    described = re.match(r"(?:an?|the|[A-Z][\w'’-]+(?:['’]s|s['’]))\s", head)
    if described and _ONE_OF_ITS_PEOPLE.search(head):
        return "person"  # "Abdilkadir Osman, a local police officer,": not the police
    # ("Nella Sorrowby, the zoo's communications specialist,": what she is of the zoo's, not the zoo)
    owned = _OWNED_NOUN.search(head) if described else None
    if described and (kind := kind_by_keyword(owned.group(1) if owned else head)):
        return kind
    if re.match(r"(?:an?|the)\s", head) and head.split()[-1].casefold() in _MAKER_NOUNS:
        return "organisation"  # "Nordic Silicon, the Finnish maker of power chips,"
    if SAINTS_NAME.fullmatch(text):
        return "organisation"  # "St. Michael in a statement said …": a hospital, a school
    words = text.split()
    if (
        2 <= len(words) <= 4
        and all(w[:1].isupper() or _PARTICLE_NAME.match(w) for w in words)
        and words[0] != "The"  # "The IAEA"
        and not words[0].endswith(("'s", "’s"))  # "Brinley's Grill": a business, not a person
        # "Doctors Without Borders", "Mothers Against Drunk Driving": no person's name has these
        and not {"Without", "Against", "For", "Of", "And", "Beyond"} & set(words)
        and words[-1] not in {"Workers", "Teamsters", "Machinists", "Employees"}  # unions
        # "Telvane UK": a branch; "US Immigration and Customs Enforcement": an agency
        and not {words[0], words[-1]} & {"UK", "US", "USA", "EU", "UN", "Europe", "Global"}
    ):
        return "person"  # "Lena Marsh", "Majed al-Ansari"
    return "organisation"
