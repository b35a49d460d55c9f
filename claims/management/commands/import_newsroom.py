from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.newsroom_archive import ArchiveError, import_newsroom


class Command(BaseCommand):
    help = "Restore an export_newsroom file into a database that holds no newsroom data yet."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)

    def handle(self, *args, path, **options):
        try:
            counts = import_newsroom(path)
        except ArchiveError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Restored {sum(counts.values())} rows from {path}.")
