"""Page captures: fetching an article's page to import it, and archiving evidence links.

An evidence link is archived by a background task (claims.tasks). The capture row is written
first, as pending, in the same transaction as the evidence, and the task is queued once that
commits; the task only fills in a pending capture, so running it twice is harmless and a lost
task is queued again (`capture_requeue_stalled`, run by the worker when it starts) or retried
by an editor. Archives add to the record and change nothing readers were told, so they are not
corrections.
"""

import logging
from datetime import timedelta
from functools import partial

from django.db import transaction
from django.utils import timezone

from claims import public_cache
from claims.fetching import HTML_TYPES, FetchRefused, fetch
from claims.importing import ImportRefused, prepare_fetched_page
from claims.models import Evidence, PageCapture

logger = logging.getLogger(__name__)

# Pages fetched for an import preview that was never saved are kept this long.
UNUSED_IMPORT_CAPTURES_KEPT = timedelta(days=1)


def capture_fetch(*, url: str, user) -> PageCapture:
    """Fetch an article's page now, for the import preview; FetchRefused says why not."""
    page = fetch(url, accept=HTML_TYPES)
    cutoff = timezone.now() - UNUSED_IMPORT_CAPTURES_KEPT
    PageCapture.objects.filter(
        evidence=None, requested_by=user, requested_at__lt=cutoff, imported_articles=None
    ).delete()
    return PageCapture.objects.create(
        url=url, status=PageCapture.Status.ARCHIVED, final_url=page.final_url,
        http_status=page.status, content_type=page.content_type, html=page.text,
        content_sha256=page.content_hash, requested_by=user, fetched_at=timezone.now(),
    )  # fmt: skip


def capture_set_canonical(*, capture: PageCapture, url: str) -> None:
    """Record the address the page gives for itself (its canonical link), if it is a web one."""
    if url.startswith(("http://", "https://")) and len(url) <= 1000:
        PageCapture.objects.filter(pk=capture.pk).update(canonical_url=url)
        capture.canonical_url = url


def capture_request(*, evidence: Evidence, user) -> PageCapture:
    """Ask for an archived copy of an evidence link; the copy is made in the background."""
    capture = PageCapture.objects.create(url=evidence.url, evidence=evidence, requested_by=user)
    transaction.on_commit(partial(_enqueue, capture.pk))
    return capture


def capture_archive(*, capture_id: int) -> PageCapture | None:
    """Fetch and store a pending capture (the task's work). Returns None if there was nothing
    left to do: the capture is gone or another run already finished it."""
    capture = PageCapture.objects.filter(pk=capture_id, status=PageCapture.Status.PENDING).first()
    if capture is None:
        return None
    # The fetch runs outside any transaction: no lock is held while a slow site answers.
    result = {"fetched_at": timezone.now()}
    try:
        page = fetch(capture.url)
    except FetchRefused as error:
        result.update(status=PageCapture.Status.FAILED, error=str(error)[:300])
    else:
        result.update(
            status=PageCapture.Status.ARCHIVED, final_url=page.final_url[:1000],
            http_status=page.status, content_type=page.content_type[:100],
            content_sha256=page.content_hash, html=page.text if page.is_html else "",
            text=_readable_text(page), error="",
        )  # fmt: skip
    with transaction.atomic():
        updated = PageCapture.objects.filter(
            pk=capture_id, status=PageCapture.Status.PENDING
        ).update(**result)
        if not updated:
            return None
        capture.refresh_from_db()
        if capture.evidence_id:
            public_cache.invalidate_after_commit(capture.evidence)
    return capture


def _readable_text(page) -> str:
    if not page.is_html:
        return page.text
    try:
        return "\n\n".join(prepare_fetched_page(page.text, url=page.final_url).paragraphs)
    except ImportRefused:
        return ""  # a page with no main text is still archived as fetched


def capture_requeue_stalled() -> int:
    """Queue again the captures whose task was lost (a worker killed mid-task, a queue that
    was down when the task was sent). Returns how many."""
    stalled = list(PageCapture.objects.stalled().values_list("pk", flat=True))
    PageCapture.objects.filter(pk__in=stalled).update(requested_at=timezone.now())
    for capture_id in stalled:
        _enqueue(capture_id)
    return len(stalled)


def _enqueue(capture_id: int) -> None:
    from claims.tasks import archive_page  # the task module imports this one

    try:
        archive_page.enqueue(capture_id)
    except Exception:  # any queue failure: the capture stays pending, to be requeued or retried
        logger.exception("Could not queue the archive of capture %s", capture_id)
