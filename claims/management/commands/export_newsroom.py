from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.newsroom_archive import export_newsroom


class Command(BaseCommand):
    help = (
        "Write every article, claim, source, alias, evidence item and history row to one JSON "
        "Lines file, streaming (flat memory at any size)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path, **options):
        try:
            counts = export_newsroom(path)
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror}.") from None
        self.stdout.write(f"Wrote {sum(counts.values())} rows to {path}.")
