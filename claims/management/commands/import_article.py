from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from claims import services
from claims.fetching import FetchRefused
from claims.importing import ImportRefused, decode_upload, prepare_article, prepare_fetched_page
from claims.models import Article


class Command(BaseCommand):
    help = (
        "Import an article from a .txt or .html file, or from a link (http or https; the page "
        "is fetched, refusing private addresses, and kept as the original). Page furniture and "
        "repeated paragraphs are left out of the body. Files over ARTICLE_MAX_BYTES "
        f"({settings.ARTICLE_MAX_BYTES} bytes by default), empty, binary or non-UTF-8 files "
        "are refused and nothing is created. Options override the page's own metadata."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="A file path, or a link to the article.")
        parser.add_argument("--title")
        parser.add_argument("--url", default="", help="The original URL, if not the link.")
        parser.add_argument("--publisher", default="")
        parser.add_argument("--published", type=str, default=None, help="YYYY-MM-DD")

    def handle(self, *args, source, title, url, publisher, published, **options):
        try:
            published_on = date.fromisoformat(published) if published else None
        except ValueError:
            raise CommandError(f"--published {published!r} is not a date (YYYY-MM-DD).") from None
        is_link = source.lower().startswith(("http://", "https://"))
        try:
            raw, prepared, capture = self._fetch(source) if is_link else self._read(Path(source))
            page = prepared.metadata
            article = services.article_import(
                prepared=prepared, raw=raw, title=title or prepared.title,
                url=url or (source if is_link else ""), publisher=publisher or page.publisher,
                byline=page.byline, published_on=published_on or page.published_on,
                language=page.language, capture=capture, user=None,
            )  # fmt: skip
        except (ImportRefused, FetchRefused) as error:
            raise CommandError(f"{source}: {error}") from None
        except ValidationError as error:
            raise CommandError(f"{source}: {' '.join(error.messages)}") from None
        earlier = Article.objects.imported_before(
            body=article.body, urls=[article.url, capture.final_url if capture else ""]
        ).exclude(pk=article.pk)
        for other in earlier[:3]:
            self.stderr.write(
                f"Already imported on {other.imported_at:%Y-%m-%d} as {other.pk} “{other}” "
                "(same text or link)."
            )
        self.stdout.write(f"{article.pk}\t{reverse('claims:article_workspace', args=[article.pk])}")
        if prepared.removed:
            self.stderr.write(
                f"Left out {len(prepared.removed)} paragraph(s) of page furniture or repeats."
            )

    def _read(self, path: Path):
        if path.suffix.lower() not in (".txt", ".html", ".htm"):
            raise CommandError(f"{path}: only .txt and .html files can be imported.")
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror}.") from None
        raw = decode_upload(data)
        raw_format = "html" if path.suffix.lower() != ".txt" else "text"
        return raw, prepare_article(raw, raw_format=raw_format), None

    def _fetch(self, url: str):
        capture = services.capture_fetch(url=url, user=None)
        prepared = prepare_fetched_page(capture.html, url=capture.final_url)
        services.capture_set_canonical(capture=capture, url=prepared.metadata.url)
        return capture.html, prepared, capture
