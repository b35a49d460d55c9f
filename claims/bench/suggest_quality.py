"""Score the suggester against annotated articles, and time it.

    python -m claims.bench.suggest_quality [DIR] [--verbose]

DIR defaults to tests/data/suggest (its README describes the format). Prints precision,
recall, the share of expected claims found with the right source, and the time for one
1,000-word article and for 100 of them. Exits non-zero when a quality target is missed.
"""

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from claims.suggest.core import suggest_claims
from claims.suggest.matching import KnownSource, SourceIndex, name_key

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "suggest"
TARGETS = {"precision": 0.9, "right_source": 0.9}


@dataclass
class Expected:
    start: int
    end: int
    source: str | None


@dataclass
class Article:
    name: str
    text: str
    expected: list[Expected]


def load_articles(folder: Path) -> list[Article]:
    articles = []
    for path in sorted(folder.glob("*.article")):
        text, _, annotations = path.read_text(encoding="utf-8").partition("\n===\n")
        expected = []
        for line in annotations.splitlines():
            if not line.strip():
                continue
            source, _, quote = (part.strip() for part in line.partition("||"))
            start = text.find(quote)
            if start < 0:
                raise ValueError(f"{path.name}: passage not in the text: {quote!r}")
            expected.append(Expected(start, start + len(quote), None if source == "-" else source))
        articles.append(Article(path.stem, text, expected))
    return articles


def load_registry(folder: Path) -> SourceIndex:
    path = folder / "registry.json"
    entries = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    return SourceIndex(
        [
            KnownSource(
                id=n,
                name=e["name"],
                kind=e.get("kind", "organisation"),
                aliases=tuple(e.get("aliases", ())),
            )
            for n, e in enumerate(entries, start=1)
        ]
    )


def spans_match(a_start, a_end, b_start, b_end) -> bool:
    """Each span covers at least half of the other."""
    overlap = min(a_end, b_end) - max(a_start, b_start)
    return overlap > 0 and overlap * 2 >= (a_end - a_start) and overlap * 2 >= (b_end - b_start)


def same_source(expected: str | None, suggested: str | None) -> bool:
    if expected is None or suggested is None:
        return expected is None and suggested is None
    return name_key(expected) == name_key(suggested)


def score(articles: list[Article], index: SourceIndex, *, verbose=False) -> dict:
    suggested_total = matched_suggestions = expected_total = found = right_source = 0
    for article in articles:
        suggestions = suggest_claims(article.text, index)
        suggested_total += len(suggestions)
        expected_total += len(article.expected)
        used = set()
        for expected in article.expected:
            hit = next(
                (
                    i
                    for i, s in enumerate(suggestions)
                    if i not in used and spans_match(expected.start, expected.end, s.start, s.end)
                ),
                None,
            )
            if hit is None:
                if verbose:
                    print(
                        f"  MISSED  {article.name}: {article.text[expected.start : expected.end]!r} ({expected.source})"
                    )
                continue
            used.add(hit)
            found += 1
            suggestion = suggestions[hit]
            if same_source(expected.source, suggestion.source_name):
                right_source += 1
            elif verbose:
                print(
                    f"  SOURCE  {article.name}: {suggestion.text[:60]!r} → {suggestion.source_name!r}, expected {expected.source!r}"
                )
        matched_suggestions += len(used)
        if verbose:
            for i, s in enumerate(suggestions):
                if i not in used:
                    print(
                        f"  EXTRA   {article.name}: {s.text[:70]!r} ({s.source_name}, {s.pattern})"
                    )
    return {
        "articles": len(articles),
        "expected": expected_total,
        "suggested": suggested_total,
        "precision": matched_suggestions / suggested_total if suggested_total else 0.0,
        "recall": found / expected_total if expected_total else 0.0,
        "right_source": right_source / expected_total if expected_total else 0.0,
    }


def thousand_word_article(articles: list[Article]) -> str:
    paragraphs = []
    words = 0
    while words < 1000:
        for article in articles:
            for paragraph in article.text.split("\n\n"):
                paragraphs.append(paragraph)
                words += len(paragraph.split())
                if words >= 1000:
                    break
            if words >= 1000:
                break
    return "\n\n".join(paragraphs)


def timing(articles: list[Article], index: SourceIndex) -> dict:
    text = thousand_word_article(articles)
    suggest_claims(text, index)  # warm up compiled patterns
    single = []
    for _ in range(20):
        began = time.perf_counter()
        suggest_claims(text, index)
        single.append(time.perf_counter() - began)
    began = time.perf_counter()
    for _ in range(100):
        suggest_claims(text, index)
    batch = time.perf_counter() - began
    return {
        "words": len(text.split()),
        "one_article_ms": statistics.median(single) * 1000,
        "hundred_articles_s": batch,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument(
        "--verbose", action="store_true", help="list misses, wrong sources and extras"
    )
    args = parser.parse_args(argv)
    articles = load_articles(args.folder)
    index = load_registry(args.folder)
    result = score(articles, index, verbose=args.verbose)
    speed = timing(articles, index)
    print(
        f"articles {result['articles']}, expected claims {result['expected']}, suggestions {result['suggested']}"
    )
    print(f"precision     {result['precision']:.3f}  (target ≥ {TARGETS['precision']})")
    print(f"recall        {result['recall']:.3f}")
    print(
        f"right source  {result['right_source']:.3f}  (share of expected claims found with the right source; target ≥ {TARGETS['right_source']})"
    )
    print(
        f"speed         {speed['one_article_ms']:.1f} ms for one {speed['words']}-word article (median of 20); {speed['hundred_articles_s']:.2f} s for 100"
    )
    missed = [name for name, target in TARGETS.items() if result[name] < target]
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
