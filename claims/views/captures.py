"""Archived copies of pages: readable from our domain as text, never as the page's own code.

A copy of evidence for a published claim is public, like the claim; any other copy (drafts'
evidence, the pages articles were imported from) is for the desk only.
"""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from claims.models import Claim, PageCapture


def _readable_capture(request, pk) -> PageCapture:
    capture = get_object_or_404(
        PageCapture.objects.select_related("evidence__claim"),
        pk=pk, status=PageCapture.Status.ARCHIVED,
    )  # fmt: skip
    evidence = capture.evidence
    public = evidence is not None and Claim.objects.published().filter(pk=evidence.claim_id)
    if public and public.exists():
        return capture
    if request.user.has_perm("claims.view_article"):
        return capture
    raise Http404("No archived copy here.")


@require_safe
def capture(request, pk):
    page = _readable_capture(request, pk)
    return render(
        request,
        "claims/public/capture.html",
        {"capture": page, "paragraphs": [p for p in page.text.split("\n\n") if p.strip()]},
    )


@require_safe
def capture_source(request, pk):
    """The page exactly as fetched, as plain text: a browser shows the markup, runs nothing."""
    page = _readable_capture(request, pk)
    response = HttpResponse(page.html or page.text, content_type="text/plain; charset=utf-8")
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Disposition"] = f'inline; filename="capture-{page.pk}.txt"'
    return response
