import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.importing import ImportRefused, decode_upload, prepare_article
from claims.suggest.core import suggest_claims
from claims.suggest.registry import source_index


class Command(BaseCommand):
    help = (
        "Suggest claims and their sources for a .txt or .html article, matched against the "
        "registered sources. The text is cleaned as on import, so offsets refer to that text."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="print a JSON array"
        )

    def handle(self, *args, path, as_json, **options):
        try:
            raw = decode_upload(path.read_bytes())
            prepared = prepare_article(
                raw, raw_format="html" if path.suffix.lower() in (".html", ".htm") else "text"
            )
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror}.") from None
        except ImportRefused as error:
            raise CommandError(f"{path}: {error}") from None
        suggestions = [s.as_dict() for s in suggest_claims(prepared.body(), source_index())]
        if as_json:
            self.stdout.write(json.dumps(suggestions, ensure_ascii=False, indent=2))
            return
        for s in suggestions:
            source = s["source"] or "(unattributed)"
            self.stdout.write(
                f"{s['start']:>6}–{s['end']:<6} {source} [{s['cue']}, {s['type']}, {s['confidence']}]: {s['text']}"
            )
