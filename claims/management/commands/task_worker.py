"""Run background tasks from the configured queue (TASKS_BACKEND), after requeueing lost ones."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from claims.services.captures import capture_requeue_stalled


class Command(BaseCommand):
    help = (
        "Run the background task worker for TASKS_BACKEND (database: this machine; rq: any "
        "number of machines sharing REDIS_URL). Tasks whose worker died are queued again first."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch", action="store_true", help="Run what is queued now, then exit."
        )

    def handle(self, *args, batch=False, **options):
        requeued = capture_requeue_stalled()
        if requeued:
            self.stdout.write(f"Queued {requeued} lost archive task(s) again.")
        verbosity = options["verbosity"]
        if settings.TASKS_BACKEND == "database":
            call_command("db_worker", batch=batch, startup_delay=not batch, verbosity=verbosity)
        elif settings.TASKS_BACKEND == "rq":
            call_command(
                "rqworker", "default", burst=batch, job_class="django_tasks_rq.Job",
                verbosity=verbosity,
            )  # fmt: skip
        else:
            raise CommandError(
                f"TASKS_BACKEND={settings.TASKS_BACKEND} runs tasks inside requests; there is "
                "no queue for a worker to read."
            )
