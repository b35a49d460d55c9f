"""The source registry at the desk: the list, the search-as-you-type picker, and merging."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods
from django.views.decorators.vary import vary_on_headers

from claims import services
from claims.forms import SourceMergeForm
from claims.models import Claim, Source
from claims.text.names import normalize_name
from claims.views import access
from claims.views.params import text_param
from claims.views.workspace_context import WORKSPACE

PICKER_LIMIT = 8


@require_http_methods(["GET", "POST"])
@access.desk_permission(*access.SOURCES)
def sources(request):
    merge_form = SourceMergeForm(request.POST or None)
    if request.method == "POST" and merge_form.is_valid():
        keep, merge = merge_form.cleaned_data["keep"], merge_form.cleaned_data["merge"]
        name = merge.name
        try:
            services.source_merge(
                keep=keep, merge=merge, user=request.user, reason=merge_form.cleaned_data["reason"]
            )
        except services.CorrectionRefused as refused:
            merge_form.add_error(None, str(refused))
        except ValidationError as error:
            merge_form.add_error("reason" if hasattr(error, "error_dict") else None, error.messages)
        else:
            messages.success(
                request,
                f"Merged “{name}” into “{keep.name}”; its claims and names moved over.",
            )
            return redirect("claims:sources")
    q = text_param(request, "q")
    listed = (
        Source.objects.select_related("affiliation")
        .prefetch_related("aliases")
        .annotate(
            claim_count=Count(
                "attributions__claim",
                filter=Q(attributions__claim__deleted_at__isnull=True),
                distinct=True,
            )
        )
    )
    if q:
        listed = listed.filter(pk__in=Source.objects.search(q).values("pk"))
    page = Paginator(listed.order_by("name", "id"), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "claims/editor/sources.html",
        {"page": page, "q": q, "merge_form": merge_form},
        status=422 if request.method == "POST" else 200,
    )


@require_GET
@vary_on_headers("HX-Request")
@access.desk_permission("claims.view_source", *access.EDIT)
def source_picker(request, pk):
    """Search-as-you-type results for attributing a claim: matches by name or alias."""
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=pk)
    q = text_param(request, "q")
    results = []
    if q:
        results = list(
            Source.objects.search(q)
            .select_related("affiliation")
            .prefetch_related("aliases")
            .order_by("name")[:PICKER_LIMIT]
        )
    exact = any(
        normalize_name(q) in {normalize_name(s.name), *(a.normalized for a in s.aliases.all())}
        for s in results
    )
    context = {
        "claim": claim,
        "q": q,
        "results": results,
        "exact": exact,
        "article": claim.article,
    }
    if request.htmx:
        return render(request, f"{WORKSPACE}#source-picker-results", context)
    return render(request, "claims/editor/source_picker.html", context)
