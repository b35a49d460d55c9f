from django.urls import path
from django.views.decorators.http import require_safe

from claims.feeds import VerdictFeed
from claims.public_cache import ALL, public_page
from claims.views import captures, claim_card, editor, public, sources, suggestions

app_name = "claims"

urlpatterns = [
    # Public, read-only
    path("", public.index, name="index"),
    path("claims/<slug:slug>/", public.claim_page, name="claim"),
    path(
        "claims/<slug:slug>/annotation.jsonld",
        public.claim_annotation,
        name="claim_annotation",
    ),
    path("articles/<slug:slug>/", public.article_page, name="article"),
    path("sources/<slug:slug>/", public.source_page, name="source"),
    path("feed/", require_safe(public_page(VerdictFeed(), tags={ALL})), name="feed"),
    path("export/claims.csv", public.claims_csv, name="claims_csv"),
    # The editor desk
    path("desk/", editor.dashboard, name="dashboard"),
    path("desk/articles/new/", editor.article_import, name="article_import"),
    path("desk/articles/<int:pk>/", editor.article_workspace, name="article_workspace"),
    path("desk/articles/<int:pk>/claims/new/", editor.claim_create, name="claim_create"),
    path("desk/articles/<int:pk>/edit/", editor.article_edit, name="article_edit"),
    path(
        "desk/articles/<int:pk>/suggestions/",
        suggestions.suggestion_panel,
        name="suggestions",
    ),
    path(
        "desk/articles/<int:pk>/suggestions/retry/",
        suggestions.suggestion_retry,
        name="suggestion_retry",
    ),
    path(
        "desk/articles/<int:pk>/suggestions/accept/",
        suggestions.suggestion_accept,
        name="suggestion_accept",
    ),
    path(
        "desk/articles/<int:pk>/suggestions/accept-all/",
        suggestions.suggestion_accept_all,
        name="suggestion_accept_all",
    ),
    path(
        "desk/articles/<int:pk>/suggestions/dismiss/",
        suggestions.suggestion_dismiss,
        name="suggestion_dismiss",
    ),
    path("desk/claims/<int:pk>/", claim_card.claim_card, name="claim_card"),
    path(
        "desk/claims/<int:pk>/statement/",
        claim_card.claim_statement,
        name="claim_statement",
    ),
    path(
        "desk/claims/<int:pk>/attribution-check/",
        claim_card.claim_attribution_check,
        name="claim_attribution_check",
    ),
    path("desk/claims/<int:pk>/verdict/", claim_card.claim_verdict, name="claim_verdict"),
    path("desk/claims/<int:pk>/publish/", claim_card.claim_publish, name="claim_publish"),
    path("desk/claims/<int:pk>/withdraw/", claim_card.claim_withdraw, name="claim_withdraw"),
    path(
        "desk/claims/<int:pk>/unattributed/",
        claim_card.claim_unattributed,
        name="claim_unattributed",
    ),
    path("desk/claims/<int:pk>/delete/", claim_card.claim_delete, name="claim_delete"),
    path("desk/claims/<int:pk>/restore/", claim_card.claim_restore, name="claim_restore"),
    path(
        "desk/claims/<int:pk>/reanchor/",
        claim_card.claim_reanchor,
        name="claim_reanchor",
    ),
    path(
        "desk/claims/<int:pk>/sources/",
        claim_card.attribution_create,
        name="attribution_create",
    ),
    path(
        "desk/claims/<int:pk>/sources/new/",
        claim_card.attribution_create_source,
        name="attribution_create_source",
    ),
    path(
        "desk/claims/<int:pk>/sources/search/",
        sources.source_picker,
        name="source_picker",
    ),
    path(
        "desk/claims/<int:pk>/evidence/",
        claim_card.evidence_create,
        name="evidence_create",
    ),
    path(
        "desk/attributions/<int:pk>/",
        claim_card.attribution_update,
        name="attribution_update",
    ),
    path(
        "desk/attributions/<int:pk>/remove/",
        claim_card.attribution_remove,
        name="attribution_remove",
    ),
    path("desk/evidence/<int:pk>/", claim_card.evidence_update, name="evidence_update"),
    path(
        "desk/evidence/<int:pk>/remove/",
        claim_card.evidence_remove,
        name="evidence_remove",
    ),
    path(
        "desk/evidence/<int:pk>/archive/",
        claim_card.evidence_archive,
        name="evidence_archive",
    ),
    path(
        "desk/evidence/<int:pk>/archive/status/",
        claim_card.evidence_archive_status,
        name="evidence_archive_status",
    ),
    path("desk/sources/", sources.sources, name="sources"),
    path("archive/<int:pk>/", captures.capture, name="capture"),
    path("archive/<int:pk>/source.txt", captures.capture_source, name="capture_source"),
]
