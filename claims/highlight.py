"""Cut an article's text into runs covered by the same claims, for highlighting in place.

Claims may overlap or nest; each run records every claim that covers it, innermost (shortest)
first, so a template can colour it by the innermost claim and still link to all of them.
"""

from collections import defaultdict
from dataclasses import dataclass, field


@dataclass
class Run:
    text: str
    start: int
    claims: list = field(default_factory=list)

    @property
    def innermost(self):
        return self.claims[0] if self.claims else None


def highlight_runs(text: str, claims) -> list[Run]:
    """`claims` are objects with `start` and `end` offsets into `text`."""
    spans = [c for c in claims if 0 <= c.start < c.end <= len(text)]
    opening, closing = defaultdict(list), defaultdict(list)
    for index, claim in enumerate(spans):
        opening[claim.start].append(index)
        closing[claim.end].append(index)
    cuts = sorted({0, len(text), *opening, *closing})
    active: set[int] = set()
    runs = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        active.difference_update(closing.get(start, ()))
        active.update(opening.get(start, ()))
        covering = sorted((spans[i] for i in active), key=lambda c: (c.end - c.start, c.start))
        runs.append(Run(text=text[start:end], start=start, claims=covering))
    return runs
