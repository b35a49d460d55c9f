"""Evidence: the links a fact-checker weighs, each with a stance and a note."""

from django.db import transaction

from claims import public_cache
from claims.models import Claim, CorrectionKind, Evidence, EvidenceStance
from claims.services import corrections
from claims.services.base import locked, merge_changes, record, stripped
from claims.services.captures import capture_request


@transaction.atomic
def evidence_add(
    *,
    claim: Claim,
    url: str,
    title: str,
    user,
    stance: str = EvidenceStance.CONTEXT,
    note: str = "",
    reason: str = "",
    archive: bool = True,
) -> Evidence:
    """Add a link; unless `archive` is off, a copy of the page is archived in the background."""
    stored = locked(Claim, claim.pk)
    evidence = Evidence(
        claim=stored, url=url.strip(), title=title.strip(), stance=stance, note=note.strip(),
        added_by=user,
    )  # fmt: skip
    evidence.full_clean()
    corrections.shown_change(
        stored, kind=CorrectionKind.EVIDENCE, what="the evidence",
        new=corrections.describe_evidence(evidence), reason=reason, user=user,
    )  # fmt: skip
    record(evidence, user, reason.strip() or "Evidence added")
    evidence.save()
    if archive:
        capture_request(evidence=evidence, user=user)
    public_cache.invalidate_after_commit(evidence)
    return evidence


@transaction.atomic
def evidence_update(
    *, evidence: Evidence, user, expected_version: int | None = None, reason: str = "", **fields
) -> Evidence:
    """Edit a piece of evidence, merged by field with anyone else's edits."""
    stored = locked(Evidence, evidence.pk, "claim")
    applied = merge_changes(stored, expected_version=expected_version, changes=stripped(fields))
    if not applied:
        return stored
    before = corrections.describe_evidence(stored)
    for name, value in applied.items():
        setattr(stored, name, value)
    stored.full_clean()
    corrections.shown_change(
        stored.claim, kind=CorrectionKind.EVIDENCE, what="the evidence", old=before,
        new=corrections.describe_evidence(stored), reason=reason, user=user,
    )  # fmt: skip
    stored.version += 1
    record(stored, user, reason.strip() or "Evidence edited")
    stored.save()
    if "url" in applied:
        capture_request(evidence=stored, user=user)
    public_cache.invalidate_after_commit(stored)
    return stored


@transaction.atomic
def evidence_archive_again(*, evidence: Evidence, user) -> bool:
    """Archive the link again after a failure, or when its task was lost. Returns False, and
    does nothing, while a copy is being made or when the latest copy succeeded."""
    stored = locked(Evidence, evidence.pk)
    latest = stored.captures.order_by("-requested_at", "-pk").first()
    if latest and latest.url == stored.url and not (latest.failed or latest.stalled):
        return False
    capture_request(evidence=stored, user=user)
    return True


@transaction.atomic
def evidence_remove(*, evidence: Evidence, user, reason: str = "") -> None:
    stored = locked(Evidence, evidence.pk, "claim")
    corrections.shown_change(
        stored.claim, kind=CorrectionKind.EVIDENCE, what="the evidence",
        old=corrections.describe_evidence(stored), reason=reason, user=user,
    )  # fmt: skip
    public_cache.invalidate_after_commit(stored)
    record(stored, user, reason.strip() or "Evidence removed")
    stored.delete()
