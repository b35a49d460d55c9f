"""Attribution: who a claim is attributed to, in what role, with what cue and type."""

from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims import public_cache
from claims.models import (
    Attribution,
    AttributionRole,
    AttributionType,
    Claim,
    CorrectionKind,
    Source,
    refresh_search_documents,
)
from claims.services import corrections, tallies
from claims.services.base import (
    locked,
    merge_changes,
    public_aliases_followed,
    record,
    stripped,
)


def _save(attribution: Attribution) -> None:
    try:
        with transaction.atomic(), _aliases_followed(attribution):
            attribution.save()
    except IntegrityError:
        raise ValidationError(
            f"{attribution.source} is already attributed to this claim in the role "
            f"“{attribution.get_role_display()}”."
        ) from None
    refresh_search_documents([attribution.claim_id])
    public_cache.invalidate_after_commit(attribution)


@contextmanager
def _aliases_followed(attribution: Attribution):
    """On a published claim, the article's wording of a source can make an alias public, and
    who it is attributed to changes the sources' tallies."""
    if not attribution.claim.published:
        yield
        return
    with (
        public_aliases_followed([attribution.source_id]),
        tallies.following([attribution.claim_id]),
    ):
        yield


@transaction.atomic
def attribution_add(
    *,
    claim: Claim,
    source: Source,
    user,
    role: str = AttributionRole.SPEAKER,
    cue: str = "",
    type: str = AttributionType.INDIRECT,
    mention: str = "",
    reason: str = "",
) -> Attribution:
    stored = locked(Claim, claim.pk)
    if stored.unattributed:
        raise ValidationError(
            "This claim is marked as given with no source; unmark it before attributing it."
        )
    attribution = Attribution(
        claim=stored, source=source, role=role, cue=cue.strip(), type=type,
        mention=mention.strip(), position=stored.attributions.count(),
    )  # fmt: skip
    attribution.full_clean(validate_unique=False, validate_constraints=False)
    corrections.shown_change(
        stored, kind=CorrectionKind.SOURCE, what="who said it",
        new=corrections.describe_attribution(attribution), reason=reason, user=user,
    )  # fmt: skip
    record(attribution, user, reason.strip() or "Source attributed")
    _save(attribution)
    return attribution


@transaction.atomic
def attribution_update(
    *, attribution: Attribution, user, expected_version: int | None = None, reason: str = "",
    **fields,
) -> Attribution:  # fmt: skip
    """Change role, cue, type or mention, merged by field with anyone else's edits."""
    stored = locked(Attribution, attribution.pk, "claim", "source")
    applied = merge_changes(stored, expected_version=expected_version, changes=stripped(fields))
    if not applied:
        return stored
    before = corrections.describe_attribution(stored)
    for name, value in applied.items():
        setattr(stored, name, value)
    stored.full_clean(validate_unique=False, validate_constraints=False)
    corrections.shown_change(
        stored.claim, kind=CorrectionKind.SOURCE, what="how the source is attributed", old=before,
        new=corrections.describe_attribution(stored), reason=reason, user=user,
    )  # fmt: skip
    stored.version += 1
    record(stored, user, reason.strip() or "Attribution edited")
    _save(stored)
    return stored


@transaction.atomic
def attribution_remove(*, attribution: Attribution, user, reason: str = "") -> None:
    stored = locked(Attribution, attribution.pk, "claim", "source")
    corrections.shown_change(
        stored.claim, kind=CorrectionKind.SOURCE, what="who said it",
        old=corrections.describe_attribution(stored), reason=reason, user=user,
    )  # fmt: skip
    public_cache.invalidate_after_commit(stored)  # while it still has its id
    record(stored, user, reason.strip() or "Attribution removed")
    with _aliases_followed(stored):
        stored.delete()
    refresh_search_documents([stored.claim_id])
