from django.core.management.base import BaseCommand

from claims.demo import DEMO_ACCOUNTS, load_demo
from claims.models import Article


class Command(BaseCommand):
    help = "Load the demo article, sources, claims and accounts (safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing if any article exists."
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and Article.objects.exists():
            self.stdout.write("The database already has articles; demo not loaded.")
            return
        loaded = load_demo()
        self.stdout.write("Demo data loaded." if loaded else "Demo data was already there.")
        for username, password, group in DEMO_ACCOUNTS:
            self.stdout.write(f"  {username} / {password}  ({group or 'administrator'})")
