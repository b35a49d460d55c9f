"""Score the suggester against annotated articles, and time it.

    python -m claims.bench.suggest_quality [--check] [--verbose]
    python -m claims.bench.suggest_quality DIR [--verbose]

Without DIR, the dev/test split: rules are tuned on the dev folders only; the test folder is
scored, never read for fixes (tests/data/suggest-test/README.md). Prints precision, recall,
the share of expected claims found with the right resolved source, and the CPU time per 1,000
words, parse included. `--check` (CI) exits non-zero when the test split falls below its
floor, its latest measured score, so no change can make it worse unnoticed; issue 12's
targets are printed beside it. With DIR, that folder alone, against the dev targets.
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
from claims.suggest.syntax import Syntax

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
DEFAULT_DIR = DATA / "suggest"
DEV = (DATA / "suggest", DATA / "suggest-unseen")
TEST = (DATA / "suggest-test",)
TARGETS = {"precision": 0.9, "right_source": 0.9}
# Issue 12's targets for text the rules were never tuned on, and the test split's floor: its
# score on 2026-12-05 (12 articles, 117 claims: 0.897 and 0.855), rounded down. Raise the floor
# when the score rises.
TEST_TARGETS = {"precision": 0.92, "right_source": 0.85}
TEST_FLOOR = {"precision": 0.89, "right_source": 0.85}


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
        "matched": matched_suggestions,
        "found": found,
        "right": right_source,
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
    """CPU time for one 1,000-word article (the median of 20, after a warm-up that loads the
    model) and wall time for 100."""
    text = thousand_word_article(articles)
    suggest_claims(text, index)
    single = []
    for _ in range(20):
        began = time.process_time()
        suggest_claims(text, index)
        single.append(time.process_time() - began)
    began = time.perf_counter()
    for _ in range(100):
        suggest_claims(text, index)
    batch = time.perf_counter() - began
    return {
        "words": len(text.split()),
        "one_article_ms": statistics.median(single) * 1000,
        "hundred_articles_s": batch,
    }


def split_score(folders, *, verbose=False) -> dict:
    """One score over several folders, each with its own registry."""
    results = [score(load_articles(f), load_registry(f), verbose=verbose) for f in folders]
    total = {
        key: sum(r[key] for r in results)
        for key in ("articles", "expected", "suggested", "matched", "found", "right")
    }
    return {
        **total,
        "precision": total["matched"] / total["suggested"] if total["suggested"] else 0.0,
        "recall": total["found"] / total["expected"] if total["expected"] else 0.0,
        "right_source": total["right"] / total["expected"] if total["expected"] else 0.0,
    }


def _report(label: str, result: dict, targets: dict) -> None:
    print(
        f"{label}: articles {result['articles']}, expected claims {result['expected']}, "
        f"suggestions {result['suggested']}"
    )
    print(f"  precision     {result['precision']:.3f}  (target ≥ {targets['precision']})")
    print(f"  recall        {result['recall']:.3f}")
    print(
        f"  right source  {result['right_source']:.3f}  (share of expected claims found with "
        f"the right resolved source; target ≥ {targets['right_source']})"
    )


def _report_speed(folder: Path) -> None:
    speed = timing(load_articles(folder), load_registry(folder))
    parse = "with the parse" if Syntax.installed() else "rules alone: the model is not installed"
    print(
        f"speed ({parse}): {speed['one_article_ms']:.1f} ms CPU for one {speed['words']}-word "
        f"article (median of 20; target ≤ 300); {speed['hundred_articles_s']:.2f} s for 100"
    )


def _missed(result: dict, targets: dict) -> list[str]:
    return [name for name, target in targets.items() if result[name] < target]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument(
        "--verbose", action="store_true", help="list misses, wrong sources and extras"
    )
    parser.add_argument(
        "--check", action="store_true", help="exit non-zero below the test split's floor"
    )
    args = parser.parse_args(argv)
    if args.folder:
        result = split_score([args.folder], verbose=args.verbose)
        _report(str(args.folder), result, TARGETS)
        _report_speed(args.folder)
        return 1 if _missed(result, TARGETS) else 0
    dev = split_score(DEV, verbose=args.verbose)
    _report("dev (tuned on)", dev, TARGETS)
    test = split_score(TEST)  # never verbose: its misses are not for reading
    _report("test (never tuned on)", test, TEST_TARGETS)
    short = _missed(test, TEST_TARGETS)
    print(
        "  issue 12's targets: "
        + (f"not met ({', '.join(short)})" if short else "met")
        + f"; floor {TEST_FLOOR}"
    )
    _report_speed(DEV[0])
    below_floor = _missed(test, TEST_FLOOR)
    if below_floor:
        print(f"The test split fell below its floor: {', '.join(below_floor)}", file=sys.stderr)
    return 1 if args.check and below_floor else 0


if __name__ == "__main__":
    sys.exit(main())
