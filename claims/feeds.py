"""The Atom feed of verdicts: newly published, corrected and withdrawn fact checks."""

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from claims.models import LAST_EVENT, Claim, Correction, CorrectionKind
from claims.structured_data import absolute


class PlainTextAtomFeed(Atom1Feed):
    """Atom with summaries sent as text: explanations are plain text, not HTML to parse."""

    def add_item_elements(self, handler, item):
        description, item["description"] = item["description"], None
        super().add_item_elements(handler, item)
        if description is not None:
            handler.addQuickElement("summary", description, {"type": "text"})


class VerdictFeed(Feed):
    """Newly published verdicts, corrections and withdrawals, newest first."""

    feed_type = PlainTextAtomFeed
    title = "Fact-check verdicts"
    subtitle = "Newly published, corrected and withdrawn fact checks"

    # Absolute, so Django does not build them from the request's Host header.
    def link(self):
        return absolute(reverse("claims:index"))

    def feed_url(self):
        return absolute(reverse("claims:feed"))

    def item_link(self, claim):
        return absolute(claim.get_absolute_url())

    def items(self):
        return (
            Claim.objects.filter(first_published_at__isnull=False)
            .filter(Q(published=True, deleted_at__isnull=True) | Q(published=False))
            .for_listing()
            .prefetch_related(
                Prefetch(
                    "corrections",
                    queryset=Correction.objects.filter(kind=CorrectionKind.WITHDRAWN),
                    to_attr="withdrawals",
                )
            )
            .annotate(last_event=LAST_EVENT)  # read newest first from the claim_feed index
            .order_by("-last_event", "-id")[:50]
        )

    def item_title(self, claim):
        if claim.withdrawn:
            return f"Withdrawn: {claim.statement}"
        prefix = "Corrected: " if claim.corrected_at else ""
        return f"{prefix}{claim.get_verdict_display()} — {claim.statement}"

    def item_description(self, claim):
        if claim.withdrawn:
            latest = claim.withdrawals[-1] if claim.withdrawals else None
            return latest.reason if latest else "This fact check was withdrawn."
        return claim.explanation

    def item_updateddate(self, claim):
        return claim.last_event

    def item_pubdate(self, claim):
        return claim.first_published_at
