"""The back office. It writes only through claims.services, like the desk, so it is no back door
to the published record: what a service cannot do for it, it does not offer. Claims, their
attributions and evidence are read-only here (the workspace edits them, anchored to the text);
verdicts, publication and withdrawal go through actions; sources, aliases and article text are
edited through their services; history pages show every version but revert none
(SIMPLE_HISTORY_REVERT_DISABLED), and nothing published is ever deleted."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.contrib.admin.options import ActionLocation
from django.contrib.postgres.search import SearchQuery
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.db.models import Q
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from claims import services
from claims.models import (
    Article,
    Attribution,
    Claim,
    Correction,
    Evidence,
    PageCapture,
    Source,
    SourceAlias,
    Verdict,
)


class ReadOnlyInline:
    """An inline that lists rows and links to them, for rows the desk edits."""

    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class SourceAliasInline(admin.TabularInline):
    model = SourceAlias
    fields = ["name"]
    extra = 1


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "affiliation", "identity_url"]
    list_filter = ["kind"]
    list_select_related = ["affiliation"]
    search_fields = ["name", "aliases__name", "description"]
    fields = ["name", "slug", "kind", "description", "affiliation", "identity_url"]
    readonly_fields = ["slug"]
    autocomplete_fields = ["affiliation"]
    inlines = [SourceAliasInline]

    def save_model(self, request, obj, form, change):
        data = {name: form.cleaned_data[name] for name in form.changed_data}
        if change:
            services.source_update(source=obj, user=request.user, **data)
        else:
            created = services.source_create(user=request.user, **data)
            obj.pk, obj.slug = created.pk, created.slug

    def save_formset(self, request, form, formset, change):
        aliases = formset.save(commit=False)
        for alias in formset.deleted_objects:
            services.source_remove_alias(alias=alias, user=request.user)
        for alias, _ in formset.changed_objects:
            renamed = SourceAlias.objects.get(pk=alias.pk)
            services.source_rename_alias(alias=renamed, name=alias.name, user=request.user)
        for alias in formset.new_objects:
            if alias in aliases:
                services.source_add_alias(source=form.instance, name=alias.name, user=request.user)

    def delete_model(self, request, obj):
        services.source_delete(source=obj, user=request.user)

    def delete_queryset(self, request, queryset):
        for source in queryset:
            services.source_delete(source=source, user=request.user)


@admin.register(SourceAlias)
class SourceAliasAdmin(SimpleHistoryAdmin):
    list_display = ["name", "source"]
    list_select_related = ["source"]
    list_filter = ["source__kind"]
    search_fields = ["name", "source__name"]
    fields = ["source", "name"]
    autocomplete_fields = ["source"]

    def get_readonly_fields(self, request, obj=None):
        return ["source"] if obj else []

    def save_model(self, request, obj, form, change):
        if change:
            stored = SourceAlias.objects.get(pk=obj.pk)
            alias = services.source_rename_alias(alias=stored, name=obj.name, user=request.user)
        else:
            alias = services.source_add_alias(source=obj.source, name=obj.name, user=request.user)
        if alias is not None:
            obj.pk = alias.pk

    def delete_model(self, request, obj):
        services.source_remove_alias(alias=obj, user=request.user)

    def delete_queryset(self, request, queryset):
        for alias in queryset.select_related("source"):
            services.source_remove_alias(alias=alias, user=request.user)


class ClaimInline(ReadOnlyInline, admin.TabularInline):
    model = Claim
    fields = ["statement", "verdict", "attribution_check", "published", "deleted_at"]
    readonly_fields = fields


class ArticleAdminForm(forms.ModelForm):
    seen_version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Article
        fields = ["title", "publisher", "byline", "url", "published_on", "language", "body"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["seen_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        current = Article.objects.filter(pk=self.instance.pk).values_list("version", flat=True)
        if cleaned.get("seen_version") != current.first():
            raise ValidationError(
                "Someone changed this article since you opened it. Reload the page to see their "
                "version; copy your changes first."
            )
        return cleaned


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    """Article text is corrected through `article_update`, so claims follow their quotes."""

    form = ArticleAdminForm
    list_display = ["title", "publisher", "published_on", "imported_by", "imported_at"]
    list_filter = ["publisher", "raw_format", "published_on"]
    list_select_related = ["imported_by"]
    # Not the text: a substring search through every 2 MB body is for the database's own tools.
    search_fields = ["title", "publisher", "url"]
    show_full_result_count = False

    def get_queryset(self, request):
        return super().get_queryset(request).defer("body", "body_html", "raw_input")

    date_hierarchy = "imported_at"
    readonly_fields = ["slug", "raw_format", "capture", "imported_by", "imported_at", "version"]
    inlines = [ClaimInline]

    def has_add_permission(self, request):
        return False  # imported at the desk, which previews what cleaning removes

    def save_model(self, request, obj, form, change):
        fields = [name for name in form.changed_data if name in ArticleAdminForm.Meta.fields]
        _, lost = services.article_update(
            article=obj, user=request.user, expected_version=form.cleaned_data["seen_version"],
            note="Edited in the back office", **{name: form.cleaned_data[name] for name in fields},
        )  # fmt: skip
        if lost:
            self.message_user(
                request,
                f"{len(lost)} claim(s) were not found in the new text and need re-anchoring "
                "in the workspace.",
                messages.WARNING,
            )

    def delete_model(self, request, obj):
        services.article_delete(article=obj, user=request.user)

    def delete_queryset(self, request, queryset):
        for article in queryset:
            services.article_delete(article=article, user=request.user)


class AttributionInline(ReadOnlyInline, admin.TabularInline):
    model = Attribution
    fields = ["source", "role", "cue", "type", "mention"]
    readonly_fields = fields


class EvidenceInline(ReadOnlyInline, admin.TabularInline):
    model = Evidence
    fields = ["title", "url", "stance", "note", "added_by", "added_at"]
    readonly_fields = fields


class CorrectionInline(ReadOnlyInline, admin.TabularInline):
    model = Correction
    fields = ["corrected_at", "kind", "old_value", "new_value", "reason", "corrected_by"]
    readonly_fields = fields
    show_change_link = False


class ClaimActionForm(ActionForm):
    verdict = forms.ChoiceField(choices=[("", "—")] + Verdict.choices, required=False)
    reason = forms.CharField(
        required=False,
        label="Reason",
        widget=forms.TextInput(
            attrs={"placeholder": "shown to readers: needed for any change to a published claim"}
        ),
    )


class PublisherFilter(admin.SimpleListFilter):
    """Publishers read from the articles, not from a DISTINCT over a join of every claim."""

    title = "publisher"
    parameter_name = "publisher"

    def lookups(self, request, model_admin):
        return [(name, name) for name in Article.objects.publishers()]

    def queryset(self, request, queryset):
        return queryset.filter(article__publisher=self.value()) if self.value() else queryset


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    """Claims are read here and acted on through actions; the workspace edits them."""

    list_display = [
        "statement", "article", "verdict", "attribution_check", "published", "is_live",
        "updated_by", "updated_at",
    ]  # fmt: skip
    list_filter = ["verdict", "attribution_check", "published", PublisherFilter,
                   "attributions__source__kind", ("deleted_at", admin.EmptyFieldListFilter)]  # fmt: skip
    list_select_related = ["article", "updated_by"]
    search_fields = ["statement", "quote", "attributions__source__name",
                     "attributions__source__aliases__name"]  # fmt: skip
    # "N results (M total)" would count a million claims on every page of the list; newest
    # first reads the primary key's index backwards instead of sorting every match.
    show_full_result_count = False
    ordering = ["-pk"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer(
            "search_document", "search_vector", "article__body", "article__body_html",
            "article__raw_input",
        )  # fmt: skip

    def get_search_results(self, request, queryset, search_term):
        """On PostgreSQL, the stored full-text vector (statement, quote, sources' names and
        public aliases) or a source whose name or any alias holds the words: index lookups,
        where four icontains joins read every claim."""
        if connection.vendor != "postgresql" or not search_term.strip():
            return super().get_search_results(request, queryset, search_term)
        term = search_term[:200]
        matches = Q(search_vector=SearchQuery(term, config="english", search_type="websearch"))
        if sources := list(Source.objects.search(term).values_list("pk", flat=True)[:100]):
            attributed = Attribution.objects.filter(source_id__in=sources).values("claim_id")
            matches |= Q(pk__in=attributed)
        return queryset.filter(matches), False

    readonly_fields = ["workspace_link"]
    inlines = [AttributionInline, EvidenceInline, CorrectionInline]
    action_form = ClaimActionForm
    actions = ["set_verdict", "publish", "withdraw", "delete_drafts", "restore"]

    @admin.display(boolean=True, description="live")
    def is_live(self, claim):
        return claim.deleted_at is None

    @admin.display(description="edit")
    def workspace_link(self, claim):
        return format_html(
            '<a href="{}">Open in the article workspace</a>', claim.get_workspace_url()
        )

    def has_add_permission(self, request):
        return False  # claims are anchored by selecting text in the workspace

    def has_change_permission(self, request, obj=None):
        return False  # the change form would be a second write path; actions are the way

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not (obj and obj.ever_published)

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location)
        actions.pop("delete_selected", None)  # a hard delete; `delete_drafts` is the soft one
        return actions

    def delete_model(self, request, obj):
        services.claim_delete(claim=obj, user=request.user)

    def _apply(self, request, queryset, action, done):
        changed = 0
        for claim in queryset:
            try:
                action(claim)
            except (ValidationError, PermissionDenied, services.StaleEdit) as error:
                text = " ".join(getattr(error, "messages", [str(error)]))
                self.message_user(request, f"{claim}: {text}", messages.ERROR)
            else:
                changed += 1
        if changed:
            self.message_user(request, f"{done}: {changed} claim(s).", messages.SUCCESS)

    @admin.action(description="Set the verdict chosen above", permissions=["check"])
    def set_verdict(self, request, queryset):
        verdict = request.POST.get("verdict", "")
        if verdict not in Verdict.values:
            self.message_user(request, "Choose a verdict first.", messages.ERROR)
            return
        self._apply(
            request, queryset,
            lambda claim: services.claim_set_verdict(
                claim=claim, verdict=verdict, explanation=claim.explanation, user=request.user,
                expected_version=None, reason=request.POST.get("reason", ""),
            ),
            f"Verdict set to {Verdict(verdict).label}",
        )  # fmt: skip

    @admin.action(
        description="Publish (again, with a reason, if withdrawn)", permissions=["publish"]
    )
    def publish(self, request, queryset):
        reason = request.POST.get("reason", "")
        self._apply(
            request, queryset,
            lambda claim: services.claim_publish(claim=claim, user=request.user, reason=reason),
            "Published",
        )  # fmt: skip

    @admin.action(
        description="Withdraw from the public site (reason needed)", permissions=["correct"]
    )
    def withdraw(self, request, queryset):
        reason = request.POST.get("reason", "")
        self._apply(
            request, queryset.filter(published=True),
            lambda claim: services.claim_withdraw(claim=claim, user=request.user, reason=reason),
            "Withdrawn",
        )  # fmt: skip

    @admin.action(description="Delete drafts (never published)", permissions=["delete"])
    def delete_drafts(self, request, queryset):
        skipped = queryset.filter(first_published_at__isnull=False).count()
        if skipped:
            self.message_user(
                request,
                f"{skipped} claim(s) were published once and stay on the record: withdraw them.",
                messages.WARNING,
            )
        self._apply(
            request, queryset.filter(first_published_at__isnull=True, deleted_at__isnull=True),
            lambda claim: services.claim_delete(claim=claim, user=request.user),
            "Deleted (restorable)",
        )  # fmt: skip

    @admin.action(description="Restore deleted claims", permissions=["restore"])
    def restore(self, request, queryset):
        self._apply(
            request, queryset.filter(deleted_at__isnull=False),
            lambda claim: services.claim_restore(claim=claim, user=request.user),
            "Restored",
        )  # fmt: skip

    def has_check_permission(self, request):
        return request.user.has_perm("claims.check_claim")

    def has_publish_permission(self, request):
        return request.user.has_perm("claims.publish_claim")

    def has_correct_permission(self, request):
        return request.user.has_perm("claims.correct_claim")

    def has_restore_permission(self, request):
        return request.user.has_perm("claims.change_claim")


class ReadOnlyAdmin:
    """Rows the back office lists and shows but never writes. Their lists grow with the
    archive (a row per attribution, piece of evidence or correction): never counted whole."""

    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class DeskEditedAdmin(ReadOnlyAdmin, SimpleHistoryAdmin):
    """Listed for search and history; edited in the workspace, where every change is audited."""

    def workspace(self, obj):
        return format_html(
            '<a href="{}">Open in the article workspace</a>', obj.claim.get_workspace_url()
        )


@admin.register(Attribution)
class AttributionAdmin(DeskEditedAdmin):
    list_display = ["claim", "source", "role", "cue", "type", "mention"]
    list_filter = ["role", "type", "source__kind"]
    list_select_related = ["claim", "source"]
    search_fields = ["claim__statement", "source__name", "mention", "cue"]
    readonly_fields = ["workspace"]


@admin.register(Evidence)
class EvidenceAdmin(DeskEditedAdmin):
    list_display = ["title", "claim", "stance", "url", "added_by", "added_at"]
    list_filter = ["stance"]
    list_select_related = ["claim", "added_by"]
    search_fields = ["title", "url", "note", "claim__statement"]
    readonly_fields = ["workspace"]


@admin.register(PageCapture)
class PageCaptureAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    """Fetched pages: the originals of imported articles and archived copies of evidence."""

    list_display = ["url", "status", "http_status", "error", "evidence", "fetched_at"]
    list_filter = ["status", "content_type"]
    list_select_related = ["evidence"]
    search_fields = ["url", "final_url", "error", "evidence__title"]
    date_hierarchy = "requested_at"
    exclude = ["html"]  # the page's source is read as text on the copy's own page
    readonly_fields = ["stored_copy"]
    actions = ["archive_again"]

    @admin.display(description="Stored copy")
    def stored_copy(self, obj):
        if obj.status != PageCapture.Status.ARCHIVED:
            return "—"
        return format_html('<a href="{}">Read the archived copy</a>', obj.get_absolute_url())

    @admin.action(description="Archive the evidence link again (failed or stalled only)")
    def archive_again(self, request, queryset):
        evidence = Evidence.objects.filter(captures__in=queryset).distinct()
        queued = sum(
            services.evidence_archive_again(evidence=e, user=request.user) for e in evidence
        )
        self.message_user(request, f"Queued {queued} archive(s) again.")

    def has_archive_again_permission(self, request):
        return request.user.has_perm("claims.change_evidence")


@admin.register(Correction)
class CorrectionAdmin(ReadOnlyAdmin, admin.ModelAdmin):
    """The public change log: read-only, never removed."""

    list_display = ["claim", "kind", "old_value", "new_value", "corrected_by", "corrected_at"]
    list_filter = ["kind"]
    list_select_related = ["claim", "corrected_by"]
    search_fields = ["claim__statement", "reason"]
