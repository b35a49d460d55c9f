"""The public record of a published claim.

Once a claim has been published, every change readers would see — its wording, quoted passage,
verdict, explanation, attribution check, who said it, evidence, taking it down or putting it
back — is a correction: only people allowed to correct may make it, it needs a reason, and it
leaves an entry on the claim's public change log. The rule follows a claim that has *ever*
been published, so withdrawing, editing and republishing leaves the same trace.

Registry upkeep is not a correction: renaming a source or adding an alias fixes how the desk
names someone, not what a claim says about who said it (merging two sources is, see sources).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from claims.models import AttributionCheck, Claim, Correction, CorrectionKind, Verdict

# Claim fields readers see, and how the change log names a change to each.
CLAIM_FIELDS = {
    "statement": CorrectionKind.STATEMENT,
    "quote": CorrectionKind.QUOTE,
    "verdict": CorrectionKind.VERDICT,
    "explanation": CorrectionKind.EXPLANATION,
    "attribution_check": CorrectionKind.ATTRIBUTION_CHECK,
    "primary_source_url": CorrectionKind.PRIMARY_SOURCE,
    "unattributed": CorrectionKind.SOURCE,
}
REASON_NEEDED = "This claim has been published: give the reason readers will see on its change log."


class CorrectionRefused(PermissionDenied):
    """The user may edit drafts but not correct the published record."""


def may_correct(user) -> bool:
    """Fact-checkers and admins; `None` is the system itself (demo data, migrations)."""
    return user is None or user.has_perm("claims.correct_claim")


def require(*, user, reason: str, what: str) -> None:
    if not may_correct(user):
        raise CorrectionRefused(
            f"This claim has been published, so changing {what} is a public correction, "
            "which only fact-checkers can make."
        )
    if not reason.strip():
        raise ValidationError({"reason": REASON_NEEDED})


def _shown(name: str, value) -> str:
    if name == "verdict":
        return Verdict(value).label
    if name == "attribution_check":
        return AttributionCheck(value).label
    if name == "unattributed":
        return "No source given" if value else ""
    return str(value)


def log(claim: Claim, *, kind: str, old: str = "", new: str = "", reason: str, user) -> None:
    """Add an entry to the claim's public change log and date the claim's last correction."""
    now = timezone.now()
    Correction.objects.create(
        claim=claim, kind=kind, old_value=old, new_value=new, reason=reason.strip(),
        corrected_by=user, corrected_at=now,
    )  # fmt: skip
    Claim.objects.filter(pk=claim.pk).update(corrected_at=now)
    claim.corrected_at = now


def shown_change(claim: Claim, *, kind: str, what: str, old="", new="", reason: str, user) -> None:
    """Check and log a change to something a claim's page shows (a source, evidence). Nothing
    happens for a claim never published: drafts change freely."""
    if claim.ever_published:
        require(user=user, reason=reason, what=what)
        log(claim, kind=kind, old=old, new=new, reason=reason, user=user)


def claim_changes(stored: Claim, changes: dict, *, user, reason: str) -> None:
    """Check and log the changes about to be written to a claim row."""
    if not stored.ever_published:
        return
    public = [name for name in changes if name in CLAIM_FIELDS]
    publication = "published" in changes
    if not public and not publication:
        return
    what = ", ".join(str(CLAIM_FIELDS[name].label).lower() for name in public) or "what is shown"
    if publication:
        what = "whether it is published" if not public else what
    require(user=user, reason=reason, what=what)
    for name in public:
        log(stored, kind=CLAIM_FIELDS[name], old=_shown(name, getattr(stored, name)),
            new=_shown(name, changes[name]), reason=reason, user=user)  # fmt: skip
    if publication:
        kind = CorrectionKind.REPUBLISHED if changes["published"] else CorrectionKind.WITHDRAWN
        log(stored, kind=kind, reason=reason, user=user)


def describe_attribution(attribution) -> str:
    parts = [attribution.get_role_display().lower(), attribution.get_type_display().lower()]
    if attribution.cue:
        parts.append(f"“{attribution.cue}”")
    if attribution.mention and attribution.mention != attribution.source.name:
        parts.append(f"named “{attribution.mention}”")
    return f"{attribution.source.name} ({', '.join(parts)})"


def describe_evidence(evidence) -> str:
    note = f" — {evidence.note}" if evidence.note else ""
    return f"{evidence.get_stance_display()}: {evidence.title} <{evidence.url}>{note}"
