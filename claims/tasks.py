"""Background work, run by the task worker (`manage.py task_worker`) on the configured queue.

Each task takes ids, never objects, and does its work through claims.services, so it can run
twice, late, or on another machine.
"""

from django.tasks import task

from claims.services.captures import capture_archive
from claims.services.suggestions import suggestion_run_compute


@task
def archive_page(capture_id: int) -> str:
    """Fetch an evidence link and keep a copy; returns what became of the capture."""
    capture = capture_archive(capture_id=capture_id)
    return capture.status if capture else "nothing to do"


@task
def suggest_claims_for_article(run_id: int) -> str:
    """Work out the suggester's proposals for an article; returns what became of the run."""
    run = suggestion_run_compute(run_id=run_id)
    return run.status if run else "nothing to do"
