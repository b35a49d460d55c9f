from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from claims import services
from claims.importing import ImportRefused, decode_upload, prepare_article


class Command(BaseCommand):
    help = (
        "Import a .txt or .html article. Page furniture and repeated paragraphs are left out of "
        "the body (the raw file is kept). Files over ARTICLE_MAX_BYTES "
        f"({settings.ARTICLE_MAX_BYTES} bytes by default), empty, binary or non-UTF-8 files "
        "are refused and nothing is created."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--title")
        parser.add_argument("--url", default="")
        parser.add_argument("--publisher", default="")
        parser.add_argument("--published", type=str, default=None, help="YYYY-MM-DD")

    def handle(self, *args, path, title, url, publisher, published, **options):
        if path.suffix.lower() not in (".txt", ".html", ".htm"):
            raise CommandError(f"{path}: only .txt and .html files can be imported.")
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror}.") from None
        try:
            published_on = date.fromisoformat(published) if published else None
        except ValueError:
            raise CommandError(f"--published {published!r} is not a date (YYYY-MM-DD).") from None
        try:
            raw = decode_upload(data)
            prepared = prepare_article(
                raw, raw_format="html" if path.suffix.lower() != ".txt" else "text"
            )
            article = services.article_import(
                prepared=prepared,
                raw=raw,
                title=title or prepared.title,
                url=url,
                publisher=publisher,
                published_on=published_on,
                user=None,
            )
        except ImportRefused as error:
            raise CommandError(f"{path}: {error}") from None
        except ValidationError as error:
            raise CommandError(f"{path}: {' '.join(error.messages)}") from None
        self.stdout.write(f"{article.pk}\t{reverse('claims:article_workspace', args=[article.pk])}")
        if prepared.removed:
            self.stderr.write(
                f"Left out {len(prepared.removed)} paragraph(s) of page furniture or repeats."
            )
