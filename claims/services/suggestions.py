"""Suggestions: working them out in the background, turning one into a claim, or turning it
down."""

import logging
import time

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from claims.models import (
    Article,
    AttributionType,
    Claim,
    DismissedSuggestion,
    Source,
    SourceKind,
    SuggestionRun,
)
from claims.services.attribution import attribution_add
from claims.services.base import anchor
from claims.services.claims import claim_create, claim_set_unattributed
from claims.services.sources import source_create
from claims.suggest.registry import compute_suggestions, registry_stamp

logger = logging.getLogger(__name__)


def suggestion_run_request(*, article: Article, retry: bool = False) -> SuggestionRun:
    """The run for the article's text and the registry as they are now, queued if there is
    none yet. A failed or stalled run is kept (the editor sees why) until `retry`."""
    stamp = registry_stamp()
    run = article.suggestion_runs.filter(
        body_sha256=article.body_sha256, registry_stamp=stamp
    ).first()
    if run and not (retry and (run.status == SuggestionRun.Status.FAILED or run.stalled)):
        return run
    run = SuggestionRun.objects.create(
        article=article, body_sha256=article.body_sha256, registry_stamp=stamp
    )
    _enqueue(run.pk)
    run.refresh_from_db()  # a queue that runs tasks at once has settled it already
    return run


def suggestion_run_compute(*, run_id: int) -> SuggestionRun | None:
    """Work out a pending run's suggestions (the task's work); None if there is nothing left
    to do. Any failure is stored on the run, for the editor to see and retry."""
    run = SuggestionRun.objects.filter(pk=run_id, status=SuggestionRun.Status.PENDING).first()
    if run is None:
        return None
    article = run.article
    result = {"finished_at": timezone.now(), "body_sha256": article.body_sha256}
    try:
        found = compute_suggestions(
            article.body, seconds=settings.SUGGEST_SECONDS, progress=_reporter(run_id)
        )
        result.update(status=SuggestionRun.Status.DONE, **found)
    except Exception as error:  # whatever broke, the panel must say so, not spin for ever
        logger.exception("Suggestions failed for article %s", article.pk)
        result.update(
            status=SuggestionRun.Status.FAILED, error=f"{type(error).__name__}: {error}"[:300]
        )
    updated = SuggestionRun.objects.filter(pk=run_id, status=SuggestionRun.Status.PENDING).update(
        **result
    )
    return SuggestionRun.objects.get(pk=run_id) if updated else None


def _reporter(run_id: int):
    """How far a run has read, written to its row at most once a second, for the panel's
    "Finding suggestions… 40 %" while it polls."""
    last = 0.0

    def report(share: float) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= 1:
            last = now
            SuggestionRun.objects.filter(pk=run_id, status=SuggestionRun.Status.PENDING).update(
                progress=int(share * 100)
            )

    return report


def _enqueue(run_id: int) -> None:
    from claims.tasks import suggest_claims_for_article  # the task module imports this one

    try:
        suggest_claims_for_article.enqueue(run_id)
    except Exception:  # any queue failure: the run stays pending, shown as stalled, retried
        logger.exception("Could not queue suggestion run %s", run_id)


@transaction.atomic
def suggestion_accept(
    *,
    article: Article,
    start: int,
    end: int,
    user,
    statement: str = "",
    source: Source | None = None,
    source_name: str = "",
    source_kind: str = SourceKind.ORGANISATION,
    mention: str = "",
    cue: str = "",
    type: str = AttributionType.INDIRECT,
) -> Claim:
    """Turn a suggestion into a claim, attributed to the matched source or a new one."""
    claim = claim_create(article=article, start=start, end=end, statement=statement, user=user)
    if source is None and source_name.strip():
        source = Source.objects.filter(name__iexact=source_name.strip()).first() or source_create(
            name=source_name, kind=source_kind or SourceKind.ORGANISATION, user=user
        )
    if source is not None:
        attribution_add(
            claim=claim, source=source, user=user, cue=cue, mention=mention,
            type=type or AttributionType.INDIRECT,
        )  # fmt: skip
    elif type == AttributionType.UNATTRIBUTED:
        claim = claim_set_unattributed(
            claim=claim, unattributed=True, user=user, expected_version=claim.version
        )
    return claim


def suggestion_dismiss(*, article: Article, start: int, end: int, user) -> None:
    passage = anchor(article.body, start, end)
    DismissedSuggestion.objects.get_or_create(
        article=article,
        start=start,
        end=end,
        defaults={"quote": passage.quote, "dismissed_by": user},
    )
