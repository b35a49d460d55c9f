"""Every write to the newsroom's record: one keyword-only function per action, a module a noun.

The desk, the admin, management commands and imports all call these; there is no second write
path. Each runs in one transaction and records who did it in the history (django-simple-history,
the reason or note as the change reason), keeps claims' search text current and invalidates
the public pages that show what changed. Rows are read under a lock before they are changed,
and edits from forms carry the version the editor saw, merged field by field with anyone
else's saves (`base.merge_changes`). Changes to a claim that was ever published are public
corrections (`corrections`). Role checks are the callers' (views, admin), except the one rule
of the record itself: only those allowed to correct may change what readers see.
"""

from claims.services.articles import article_delete, article_import, article_update
from claims.services.attribution import attribution_add, attribution_remove, attribution_update
from claims.services.base import StaleEdit
from claims.services.captures import capture_fetch, capture_set_canonical
from claims.services.claims import (
    ArticleChanged,
    claim_create,
    claim_delete,
    claim_publish,
    claim_reanchor,
    claim_restore,
    claim_set_attribution_check,
    claim_set_unattributed,
    claim_set_verdict,
    claim_update_statement,
    claim_withdraw,
    publication_problems,
)
from claims.services.corrections import CorrectionRefused, may_correct
from claims.services.evidence import (
    evidence_add,
    evidence_archive_again,
    evidence_remove,
    evidence_update,
)
from claims.services.sources import (
    source_add_alias,
    source_create,
    source_delete,
    source_merge,
    source_remove_alias,
    source_rename_alias,
    source_update,
)
from claims.services.suggestions import (
    suggestion_accept,
    suggestion_dismiss,
    suggestion_run_request,
)

__all__ = [
    "ArticleChanged", "CorrectionRefused", "StaleEdit", "article_delete", "article_import",
    "article_update", "attribution_add", "capture_fetch", "capture_set_canonical", "attribution_remove", "attribution_update",
    "claim_create", "claim_delete", "claim_publish", "claim_reanchor", "claim_restore",
    "claim_set_attribution_check", "claim_set_unattributed", "claim_set_verdict",
    "claim_update_statement", "claim_withdraw", "evidence_add", "evidence_archive_again",
    "evidence_remove",
    "evidence_update", "may_correct", "publication_problems", "source_add_alias",
    "source_create", "source_delete", "source_merge", "source_remove_alias",
    "source_rename_alias", "source_update", "suggestion_accept", "suggestion_dismiss",
    "suggestion_run_request",
]  # fmt: skip
