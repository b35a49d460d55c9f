import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.importing import ImportRefused, decode_upload, prepare_article
from claims.suggest.core import suggest_claims
from claims.suggest.registry import source_index
from claims.suggest.syntax import Syntax


class Command(BaseCommand):
    help = (
        "Suggest claims and their sources for .txt or .html articles, matched against the "
        "registered sources. The text is cleaned as on import, so offsets refer to that text. "
        "With --json, one path prints a JSON array; several print one JSON object per line, "
        '{"path": ..., "suggestions": [...]}.'
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", type=Path, nargs="+", metavar="path")
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="print JSON (see above)"
        )

    def handle(self, *args, paths, as_json, **options):
        index = source_index()  # read once for every article
        if Syntax.installed() is None:
            self.stderr.write(
                "The suggester's language model is not installed: suggesting with rules alone."
            )
        for path in paths:
            suggestions = [s.as_dict() for s in suggest_claims(_article_text(path), index)]
            if as_json and len(paths) == 1:
                self.stdout.write(json.dumps(suggestions, ensure_ascii=False, indent=2))
            elif as_json:
                line = {"path": str(path), "suggestions": suggestions}
                self.stdout.write(json.dumps(line, ensure_ascii=False))
            else:
                if len(paths) > 1:
                    self.stdout.write(f"== {path}")
                for s in suggestions:
                    source = s["source"] or "(unattributed)"
                    self.stdout.write(
                        f"{s['start']:>6}–{s['end']:<6} {source} [{s['cue']}, {s['type']}, "
                        f"{s['confidence']}]: {s['text']}"
                    )


def _article_text(path: Path) -> str:
    try:
        raw = decode_upload(path.read_bytes())
        prepared = prepare_article(
            raw, raw_format="html" if path.suffix.lower() in (".html", ".htm") else "text"
        )
    except OSError as error:
        raise CommandError(f"{path}: {error.strerror}.") from None
    except ImportRefused as error:
        raise CommandError(f"{path}: {error}") from None
    return prepared.body()
