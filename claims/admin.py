"""The back office. Verdicts and publication change only through actions, which go through
claims.services, so a published verdict is never changed without a public correction."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.core.exceptions import ValidationError
from django.db.models import F
from simple_history.admin import SimpleHistoryAdmin

from claims import public_cache, services
from claims.models import (
    Article,
    Attribution,
    Claim,
    Correction,
    Evidence,
    Source,
    SourceAlias,
    Verdict,
)


class AuditedAdmin(SimpleHistoryAdmin):
    """Saves from admin forms bump the version (so open editor forms see a conflict) and
    refresh the public pages. The history row itself comes from simple-history's middleware."""

    def save_model(self, request, obj, form, change):
        if change and hasattr(obj, "version"):
            type(obj).objects.filter(pk=obj.pk).update(version=F("version") + 1)
            obj.version += 1
        super().save_model(request, obj, form, change)
        public_cache.invalidate_after_commit(obj)

    def delete_model(self, request, obj):
        public_cache.invalidate_after_commit(obj)  # while obj still has its id
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        public_cache.invalidate_after_commit(*queryset)
        super().delete_queryset(request, queryset)


class SourceAliasInline(admin.TabularInline):
    model = SourceAlias
    extra = 1


@admin.register(Source)
class SourceAdmin(AuditedAdmin):
    list_display = ["name", "kind", "affiliation", "identity_url"]
    list_filter = ["kind"]
    list_select_related = ["affiliation"]
    search_fields = ["name", "aliases__name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["affiliation"]
    inlines = [SourceAliasInline]


@admin.register(SourceAlias)
class SourceAliasAdmin(AuditedAdmin):
    list_display = ["name", "source"]
    list_select_related = ["source"]
    list_filter = ["source__kind"]
    search_fields = ["name", "source__name"]
    autocomplete_fields = ["source"]


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ["statement", "verdict", "attribution_check", "published"]
    readonly_fields = ["verdict", "attribution_check", "published"]
    show_change_link = True
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        # Claims are anchored by selecting text in the workspace, not typed as offsets here.
        return False


@admin.register(Article)
class ArticleAdmin(AuditedAdmin):
    list_display = ["title", "publisher", "published_on", "imported_by", "imported_at"]
    list_filter = ["publisher", "raw_format", "published_on"]
    list_select_related = ["imported_by"]
    search_fields = ["title", "publisher", "url", "body"]
    date_hierarchy = "imported_at"
    readonly_fields = [
        "raw_input",
        "raw_format",
        "imported_by",
        "imported_at",
        "version",
    ]
    inlines = [ClaimInline]


class AttributionInline(admin.TabularInline):
    model = Attribution
    autocomplete_fields = ["source"]
    extra = 0


class EvidenceInline(admin.StackedInline):
    model = Evidence
    extra = 0
    readonly_fields = ["added_by", "added_at"]


class CorrectionInline(admin.TabularInline):
    model = Correction
    extra = 0
    can_delete = False
    readonly_fields = [
        "old_verdict",
        "new_verdict",
        "reason",
        "corrected_by",
        "corrected_at",
    ]

    def has_add_permission(self, request, obj=None):
        return False


class ClaimActionForm(ActionForm):
    verdict = forms.ChoiceField(choices=[("", "—")] + Verdict.choices, required=False)
    note = forms.CharField(
        required=False,
        label="Note",
        widget=forms.TextInput(
            attrs={"placeholder": "reason (needed to correct a published verdict)"}
        ),
    )


@admin.register(Claim)
class ClaimAdmin(AuditedAdmin):
    list_display = [
        "statement", "article", "verdict", "attribution_check", "published", "is_live",
        "updated_by", "updated_at",
    ]  # fmt: skip
    list_filter = ["verdict", "attribution_check", "published", "article__publisher",
                   "attributions__source__kind", ("deleted_at", admin.EmptyFieldListFilter)]  # fmt: skip
    list_select_related = ["article", "updated_by"]
    search_fields = ["statement", "quote", "attributions__source__name",
                     "attributions__source__aliases__name"]  # fmt: skip
    autocomplete_fields = ["article"]
    readonly_fields = [
        "start", "end", "quote", "prefix", "suffix", "verdict", "published", "slug",
        "first_published_at", "verdict_changed_at", "deleted_at", "created_by", "created_at",
        "updated_by", "updated_at", "version",
    ]  # fmt: skip
    inlines = [AttributionInline, EvidenceInline, CorrectionInline]
    action_form = ClaimActionForm
    actions = ["set_verdict", "publish", "unpublish", "restore"]

    @admin.display(boolean=True, description="live")
    def is_live(self, claim):
        return claim.deleted_at is None

    def _apply(self, request, queryset, action, done):
        changed = 0
        for claim in queryset:
            try:
                action(claim)
            except ValidationError as error:
                self.message_user(request, f"{claim}: {' '.join(error.messages)}", messages.ERROR)
            else:
                changed += 1
        if changed:
            self.message_user(request, f"{done}: {changed} claim(s).", messages.SUCCESS)

    @admin.action(description="Set the verdict chosen above", permissions=["check"])
    def set_verdict(self, request, queryset):
        verdict = request.POST.get("verdict", "")
        note = request.POST.get("note", "")
        if verdict not in Verdict.values:
            self.message_user(request, "Choose a verdict first.", messages.ERROR)
            return
        self._apply(
            request,
            queryset,
            lambda claim: services.claim_set_verdict(
                claim=claim,
                verdict=verdict,
                explanation=claim.explanation,
                user=request.user,
                expected_version=None,
                note=note,
            ),  # fmt: skip
            f"Verdict set to {Verdict(verdict).label}",
        )

    @admin.action(description="Publish", permissions=["publish"])
    def publish(self, request, queryset):
        self._apply(
            request,
            queryset,
            lambda claim: services.claim_publish(claim=claim, user=request.user),
            "Published",
        )

    @admin.action(description="Unpublish", permissions=["publish"])
    def unpublish(self, request, queryset):
        self._apply(
            request,
            queryset,
            lambda claim: services.claim_unpublish(claim=claim, user=request.user),
            "Unpublished",
        )

    @admin.action(description="Restore deleted claims", permissions=["change"])
    def restore(self, request, queryset):
        self._apply(
            request,
            queryset.filter(deleted_at__isnull=False),
            lambda claim: services.claim_restore(claim=claim, user=request.user),
            "Restored",
        )

    def has_check_permission(self, request):
        return request.user.has_perm("claims.check_claim")

    def has_publish_permission(self, request):
        return request.user.has_perm("claims.publish_claim")


@admin.register(Attribution)
class AttributionAdmin(AuditedAdmin):
    list_display = ["claim", "source", "role", "cue", "type", "mention"]
    list_filter = ["role", "type", "source__kind"]
    list_select_related = ["claim", "source"]
    search_fields = ["claim__statement", "source__name", "mention", "cue"]
    autocomplete_fields = ["claim", "source"]


@admin.register(Evidence)
class EvidenceAdmin(AuditedAdmin):
    list_display = ["title", "claim", "stance", "url", "added_by", "added_at"]
    list_filter = ["stance"]
    list_select_related = ["claim", "added_by"]
    search_fields = ["title", "url", "note", "claim__statement"]
    autocomplete_fields = ["claim"]


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    list_display = [
        "claim",
        "old_verdict",
        "new_verdict",
        "corrected_by",
        "corrected_at",
    ]
    list_filter = ["new_verdict"]
    list_select_related = ["claim", "corrected_by"]
    search_fields = ["claim__statement", "reason"]
    readonly_fields = [
        "claim",
        "old_verdict",
        "new_verdict",
        "reason",
        "corrected_by",
        "corrected_at",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        # Corrections are the public record; they are never removed.
        return False
