"""Synthetic published data for scale tests and benchmarks.

Rows are bulk-inserted, so they have no history entries: this is load-test data, not newsroom
work. Article texts, sources and verdicts cycle through small fixed lists, deterministically.
"""

import itertools
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from claims.anchoring import anchor_span
from claims.bulk import insert_rows
from claims.models import (
    Article,
    Attribution,
    AttributionCheck,
    Claim,
    Evidence,
    Source,
    SourceAlias,
    SourceKind,
    Verdict,
    body_fingerprint,
    search_vector_of,
)
from claims.services import tallies

SENTENCE = (
    "The ministry said on day {n} that convoy {n} had crossed the border with {m} trucks of aid. "
)
VERDICTS = [
    Verdict.TRUE,
    Verdict.MOSTLY_TRUE,
    Verdict.MISLEADING,
    Verdict.FALSE,
    Verdict.UNVERIFIABLE,
]
BATCH_CLAIMS = 10_000
KINDS = [
    SourceKind.GOVERNMENT_BODY,
    SourceKind.PERSON,
    SourceKind.ARMED_GROUP,
    SourceKind.ORGANISATION,
]


class Command(BaseCommand):
    help = (
        "Create N published claims (with articles, sources, aliases and evidence) for scale tests."
    )

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, required=True)
        parser.add_argument("--per-article", type=int, default=50)
        parser.add_argument("--sources", type=int, default=200)

    def handle(self, *args, claims, per_article, sources, **options):
        if claims < 1 or per_article < 1 or sources < 1:
            raise CommandError("--claims, --per-article and --sources must be positive.")
        with transaction.atomic():
            created = self._seed(claims, per_article, sources)
            tallies.recount()  # written around the services, so counted once at the end
        self.stdout.write(f"Seeded {created} published claims.")

    def _seed(self, total, per_article, source_count):
        run = Claim.objects.count()
        now = timezone.now()
        registry = Source.objects.bulk_create(
            Source(
                name=f"Bulk source {run}-{n}",
                slug=f"bulk-source-{run}-{n}",
                kind=KINDS[n % len(KINDS)],
            )
            for n in range(source_count)
        )
        SourceAlias.objects.bulk_create(
            SourceAlias(
                source=s, name=f"alias of {s.name}", normalized=f"alias of {s.name}".lower()
            )
            for s in registry
        )
        source_cycle = itertools.cycle(registry)
        made = 0
        article_number = 0
        # Articles are written in batches of about BATCH_CLAIMS claims: a few statements per
        # batch, not five per article.
        while made < total:
            articles, claims = [], []
            while made < total and len(claims) < BATCH_CLAIMS:
                count = min(per_article, total - made)
                article, article_claims = self._article(run, article_number, made, count, now)
                articles.append(article)
                claims += article_claims
                made += count
                article_number += 1
            insert_rows(Article, articles, assign_ids=True)
            for claim in claims:
                claim.article_id = claim.article.pk  # known only now
            insert_rows(Claim, claims, assign_ids=True)
            if vector := search_vector_of(F("search_document")):  # PostgreSQL's search
                Claim.objects.filter(pk__gte=claims[0].pk, pk__lte=claims[-1].pk).update(**vector)
            attributions = [
                Attribution(claim=c, source=next(source_cycle), cue="said", mention="the ministry")
                for c in claims
            ]
            insert_rows(Attribution, attributions)
            evidence = [
                Evidence(
                    claim=c,
                    url="https://example.org/evidence",
                    title=f"Evidence {i}",
                    stance="context",
                )  # fmt: skip
                for c in claims
                for i in range(2)
            ]
            insert_rows(Evidence, evidence)
        return made

    def _article(self, run, number, first, count, now):
        """An article of `count` sentences and one published claim per sentence."""
        body = "".join(SENTENCE.format(n=n, m=n * 3 % 97) for n in range(count))
        article = Article(
            title=f"Bulk article {run}-{number}", slug=f"bulk-article-{run}-{number}",
            publisher=f"Publisher {number % 7}", body=body, raw_input=body,
            body_sha256=body_fingerprint(body),
        )  # fmt: skip
        claims = []
        position = 0
        for n in range(count):
            start = body.index(f"convoy {n} had", position)
            end = body.index(" trucks", start) + len(" trucks")
            anchor = anchor_span(body, start, end)
            position = start + 1
            serial = first + n
            claims.append(
                Claim(
                    article=article, start=anchor.start, end=anchor.end, quote=anchor.quote,
                    prefix=anchor.prefix, suffix=anchor.suffix,
                    statement=f"Convoy {serial} crossed the border with aid",
                    search_document=f"Convoy {serial} crossed the border with aid {anchor.quote}",
                    verdict=VERDICTS[serial % len(VERDICTS)], explanation="Seeded for load tests.",
                    attribution_check=AttributionCheck.CONFIRMED,
                    primary_source_url="https://example.org/primary",
                    published=True, slug=f"bulk-{run}-{serial}",
                    first_published_at=now - timedelta(minutes=serial),
                )
            )  # fmt: skip
        return article, claims
