"""Keeping `Tally` exact: the difference a write makes, applied in the write's transaction.

A claim counts in scope "all", in its article's publisher's scope, and in the scope of each
source it is attributed to and of each such source's affiliation, under its verdict, while it
is published and not deleted. A write that can change any of that wraps itself in
`following(claim_ids)`, which reads what the claims counted in before and after and applies the
difference; `recount()` counts everything again (bulk loads, and the check that nothing
drifted).
"""

from collections import Counter
from contextlib import contextmanager

from django.db import connection, transaction
from django.db.models import F

from claims.models import Attribution, Claim, Tally, publisher_scope, tally_scope


def _counted_in(claim_ids) -> Counter:
    """(scope, verdict) → how many of these claims count there, as stored now."""
    rows = (
        Claim.objects.published()
        .filter(pk__in=claim_ids)
        .select_for_update(of=("self",), no_key=True)
        .values_list("pk", "verdict", "article__publisher")
    )
    verdicts, scopes = {}, {}
    for pk, verdict, publisher in rows:
        verdicts[pk] = verdict
        scopes[pk] = {tally_scope(), publisher_scope(publisher)} - {""}
    attributed = Attribution.objects.filter(claim_id__in=list(verdicts)).values_list(
        "claim_id", "source_id", "source__affiliation_id"
    )
    for claim_id, source_id, affiliation_id in attributed:
        scopes[claim_id].add(tally_scope(source_id))
        if affiliation_id:
            scopes[claim_id].add(tally_scope(affiliation_id))
    return Counter((scope, verdicts[pk]) for pk in verdicts for scope in scopes[pk])


def _apply(difference: Counter) -> None:
    changes = {key: n for key, n in difference.items() if n}
    if not changes:
        return
    Tally.objects.bulk_create(
        [Tally(scope=scope, verdict=verdict) for scope, verdict in changes], ignore_conflicts=True
    )
    for (scope, verdict), n in sorted(changes.items()):  # one lock order: no deadlocks
        Tally.objects.filter(scope=scope, verdict=verdict).update(count=F("count") + n)


@contextmanager
def following(claim_ids):
    """Apply to the tallies whatever the block changes about these claims."""
    claim_ids = list(claim_ids)
    before = _counted_in(claim_ids)
    yield
    after = _counted_in(claim_ids)
    after.subtract(before)
    _apply(after)


# Both scope kinds counted in the database, as INSERT ... SELECT (migration 0017 runs the same).
# A claim counts once per source scope, whether attributed to the source, to an affiliate of
# it, or to both: hence the UNION.
RECOUNT_SQL = [
    """
    INSERT INTO claims_tally (scope, verdict, count)
    SELECT 'all', verdict, COUNT(*) FROM claims_claim
    WHERE published AND deleted_at IS NULL GROUP BY verdict
    """,
    """
    INSERT INTO claims_tally (scope, verdict, count)
    SELECT 'publisher:' || a.publisher, c.verdict, COUNT(*) FROM claims_claim c
    JOIN claims_article a ON a.id = c.article_id
    WHERE c.published AND c.deleted_at IS NULL AND a.publisher <> ''
    GROUP BY a.publisher, c.verdict
    """,
    """
    INSERT INTO claims_tally (scope, verdict, count)
    SELECT 'source:' || scope_id, c.verdict, COUNT(*) FROM (
        SELECT a.source_id AS scope_id, a.claim_id FROM claims_attribution a
        UNION
        SELECT s.affiliation_id, a.claim_id FROM claims_attribution a
        JOIN claims_source s ON s.id = a.source_id WHERE s.affiliation_id IS NOT NULL
    ) attributed
    JOIN claims_claim c ON c.id = attributed.claim_id
    WHERE c.published AND c.deleted_at IS NULL
    GROUP BY scope_id, c.verdict
    """,
]


def recount() -> None:
    """Count every published claim again, from scratch (after bulk loads)."""
    Tally.objects.all().delete()
    with connection.cursor() as cursor:
        for statement in RECOUNT_SQL:
            cursor.execute(statement)


def _stored() -> dict:
    return {(t.scope, t.verdict): t.count for t in Tally.objects.filter(count__gt=0)}


def drift() -> dict:
    """Where the stored tallies differ from a recount, as (stored, counted): empty when exact."""
    stored = _stored()
    with transaction.atomic():
        recount()
        counted = _stored()
        transaction.set_rollback(True)
    return {
        key: (stored.get(key), counted.get(key))
        for key in stored.keys() | counted.keys()
        if stored.get(key) != counted.get(key)
    }
