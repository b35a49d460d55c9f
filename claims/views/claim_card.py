"""Everything an editor does to one claim, from its card in the article workspace.

Each action answers an HTMX request with the updated card plus out-of-band swaps of the
highlighted text and the header counts, and says what happened through Django's messages;
without JavaScript it redirects back to the workspace (or re-renders it with the errors).
Invalid input comes back as 422, a refused correction as 403 and a conflicting edit as 409,
each with the card re-rendered around what the user typed, so nothing they wrote is lost.
"""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from claims import services
from claims.forms import (
    AttributeSourceForm,
    AttributionForm,
    ClaimCreateForm,
    EvidenceForm,
    ReasonForm,
    card_form,
)
from claims.models import Attribution, Claim, Evidence, PageCapture
from claims.text.sentences import sentence_spans
from claims.views import access
from claims.views.workspace_context import (
    CLAIM_CARD,
    LIFECYCLE_REASONS,
    WORKSPACE,
    card_response_context,
    conflict_notes,
    workspace_context,
)


def card_response(
    request, claim_pk: int, *, bound=None, error="", conflicts=(), status=200, text=False
):
    """The card after an action. `text`: the action moved highlights, so the article text is
    sent again too; otherwise the highlights follow the `claimChanged` event."""
    if not request.htmx:
        claim = Claim.objects.select_related("article").get(pk=claim_pk)
        if status < 400:
            return redirect(claim.get_workspace_url())
        context = workspace_context(
            claim.article, open_claim_id=claim.pk, bound=bound, error=error, conflicts=conflicts,
            user=request.user,
        )  # fmt: skip
        context["create_form"] = ClaimCreateForm(
            sentences=sentence_spans(claim.article.body),
            initial={"article_version": claim.article.version},
        )
        return render(request, WORKSPACE, context, status=status)
    context = card_response_context(
        claim_pk, user=request.user, text=text, bound=bound, error=error, conflicts=conflicts
    )
    claim = context["claim"]
    response = render(request, f"{WORKSPACE}#card-response", context, status=status)
    # The highlights of this claim take its verdict and wording, without resending the text.
    response["HX-Trigger"] = json.dumps(
        {
            "claimChanged": {
                "id": claim.pk,
                "verdict": claim.verdict,
                "title": f"{claim.get_verdict_display()}: {claim.statement}",
            }
        }
    )
    return response


def _form_errors(form, error: ValidationError):
    if hasattr(error, "error_dict"):
        for field, problems in error.error_dict.items():
            form.add_error(field if field in form.fields else None, problems)
    else:
        form.add_error(None, error)


def _retyped(form, current_version: int):
    """The user's own typing, bound again with the version now stored: saving it once more
    applies it over the other person's change, which the card shows beside it."""
    data = form.data.copy()
    data[form.add_prefix("version")] = current_version
    return type(form)(data, prefix=form.prefix, auto_id=form.auto_id)


def _act(request, claim: Claim, form_name: str, form, action, notice: str, *, text=False):
    """Validate, run the service, and answer with the card in every outcome (`text`: the
    action moves highlights, see `card_response`)."""
    if not form.is_valid():
        return card_response(request, claim.pk, bound={form_name: form}, status=422)
    try:
        action(form.cleaned_data)
    except services.StaleEdit as stale:  # explained in the card, beside the field it concerns
        return card_response(
            request, claim.pk, bound={form_name: _retyped(form, stale.current.version)},
            error=str(stale), conflicts=conflict_notes(stale), status=409,
        )  # fmt: skip
    except PermissionDenied as refused:
        return card_response(
            request, claim.pk, bound={form_name: form}, error=str(refused), status=403
        )
    except ValidationError as error:
        _form_errors(form, error)
        return card_response(request, claim.pk, bound={form_name: form}, status=422)
    messages.success(request, notice)
    return card_response(request, claim.pk, text=text)


def _claim(pk) -> Claim:
    return get_object_or_404(Claim.objects.select_related("article"), pk=pk)


@require_GET
@vary_on_headers("HX-Request")
@access.desk_permission(*access.EDIT)
def claim_card(request, pk):
    claim = _claim(pk)
    if not request.htmx:
        return redirect(claim.get_workspace_url())
    if request.GET.get("compact"):
        claim = Claim.objects.with_card_data().get(pk=pk)
        return render(
            request,
            CLAIM_CARD,
            {"claim": claim, "article": claim.article},
        )
    return card_response(request, claim.pk)


@require_POST
@access.desk_permission(*access.EDIT)
def claim_statement(request, pk):
    claim = _claim(pk)
    form = card_form("statement", claim, request.POST)
    return _act(
        request, claim, "statement", form,
        lambda data: services.claim_update_statement(
            claim=claim, statement=data["statement"], reason=data["reason"], user=request.user,
            expected_version=data["version"],
        ),
        "Claim wording saved.",
    )  # fmt: skip


@require_POST
@access.desk_permission(*access.CHECK)
def claim_attribution_check(request, pk):
    claim = _claim(pk)
    form = card_form("attribution_check", claim, request.POST)
    return _act(
        request, claim, "attribution_check", form,
        lambda data: services.claim_set_attribution_check(
            claim=claim, attribution_check=data["attribution_check"],
            primary_source_url=data["primary_source_url"], reason=data["reason"],
            user=request.user, expected_version=data["version"],
        ),
        "Attribution check saved.",
    )  # fmt: skip


@require_POST
@access.desk_permission(*access.CHECK)
def claim_verdict(request, pk):
    claim = _claim(pk)
    form = card_form("verdict", claim, request.POST)
    return _act(
        request, claim, "verdict", form,
        lambda data: services.claim_set_verdict(
            claim=claim, verdict=data["verdict"], explanation=data["explanation"],
            reason=data["reason"], user=request.user, expected_version=data["version"],
        ),
        "Verdict saved.",
    )  # fmt: skip


@require_POST
@access.desk_permission(*access.EDIT)
def claim_unattributed(request, pk):
    claim = _claim(pk)
    form = card_form("unattributed", claim, request.POST)
    return _act(
        request, claim, "unattributed", form,
        lambda data: services.claim_set_unattributed(
            claim=claim, unattributed=data["unattributed"], reason=data["reason"],
            user=request.user, expected_version=data["version"],
        ),
        "Saved who the claim is attributed to.",
    )  # fmt: skip


def _lifecycle(request, pk, action, notice, form_name, *, text=False):
    claim = _claim(pk)
    form = ReasonForm(
        request.POST, prefix=form_name, auto_id=f"claim{pk}_%s", label=LIFECYCLE_REASONS[form_name]
    )
    return _act(
        request, claim, form_name, form,
        lambda data: action(claim=claim, user=request.user, reason=data["reason"]),
        notice, text=text,
    )  # fmt: skip


@require_POST
@access.desk_permission(*access.PUBLISH)
def claim_publish(request, pk):
    return _lifecycle(
        request, pk, services.claim_publish, "Published: the claim page is live.", "publish"
    )


@require_POST
@access.desk_permission(*access.CORRECT)
def claim_withdraw(request, pk):
    return _lifecycle(
        request, pk, services.claim_withdraw,
        "Withdrawn: the claim page now says so, with your reason.", "withdraw",
    )  # fmt: skip


@require_POST
@access.desk_permission(*access.EDIT)
def claim_delete(request, pk):
    return _lifecycle(request, pk, services.claim_delete, "Claim deleted.", "delete", text=True)


@require_POST
@access.desk_permission(*access.EDIT)
def claim_restore(request, pk):
    claim = _claim(pk)
    try:
        services.claim_restore(claim=claim, user=request.user)
    except PermissionDenied as refused:
        return card_response(request, claim.pk, error=str(refused), status=403)
    messages.success(request, "Claim restored.")
    return card_response(request, claim.pk, text=True)


@require_POST
@access.desk_permission(*access.EDIT)
def claim_reanchor(request, pk):
    claim = _claim(pk)
    form = ClaimCreateForm(request.POST, sentences=sentence_spans(claim.article.body))
    if not form.is_valid() or not request.POST.get("version", "").isdigit():
        return card_response(
            request, claim.pk, error="Select the claim's passage in the text first.", status=422
        )
    try:
        services.claim_reanchor(
            claim=claim, start=form.cleaned_data["start"], end=form.cleaned_data["end"],
            user=request.user, expected_version=int(request.POST["version"]),
            reason=request.POST.get("reanchor-reason", ""),
        )  # fmt: skip
    except services.StaleEdit as stale:
        return card_response(request, claim.pk, error=str(stale), status=409)
    except PermissionDenied as refused:
        return card_response(request, claim.pk, error=str(refused), status=403)
    except ValidationError as error:
        return card_response(request, claim.pk, error=" ".join(error.messages), status=422)
    messages.success(request, "Claim re-anchored.")
    return card_response(request, claim.pk, text=True)


@require_POST
@access.desk_permission(*access.EDIT, "claims.add_attribution")
def attribution_create(request, pk):
    claim = _claim(pk)
    form = AttributeSourceForm(request.POST)

    def attribute(data):
        services.attribution_add(
            claim=claim, source=data["source"], role=data["role"], cue=data["cue"],
            type=data["type"], mention=data["mention"], reason=data["reason"], user=request.user,
        )  # fmt: skip
        if data["add_alias"] and data["mention"]:
            services.source_add_alias(
                source=data["source"], name=data["mention"], user=request.user
            )

    return _act(request, claim, "attribute", form, attribute, "Source attributed.")


@require_POST
@access.desk_permission(*access.EDIT, "claims.add_attribution", "claims.add_source")
def attribution_create_source(request, pk):
    """Create a source that is not in the registry yet and attribute the claim to it."""
    claim = _claim(pk)
    form = card_form("source_create", claim, request.POST)

    def create(data):
        source = services.source_create(
            name=data["name"], kind=data["kind"], affiliation=data["affiliation"],
            identity_url=data["identity_url"], description=data["description"], user=request.user,
        )  # fmt: skip
        services.attribution_add(
            claim=claim, source=source, user=request.user, mention=data["name"],
            reason=data["reason"],
        )  # fmt: skip

    return _act(request, claim, "source_create", form, create, "Source created and attributed.")


@require_POST
@access.desk_permission(*access.EDIT, "claims.change_attribution")
def attribution_update(request, pk):
    attribution = get_object_or_404(Attribution.objects.select_related("claim"), pk=pk)
    form = AttributionForm(request.POST, prefix=f"a{pk}", compact=True)
    return _act(
        request, attribution.claim, f"a{pk}", form,
        lambda data: services.attribution_update(
            attribution=attribution, user=request.user, expected_version=data.pop("version"),
            **data,
        ),
        "Attribution saved.",
    )  # fmt: skip


def _remove(request, row, prefix: str, remove, notice: str):
    """Remove a source or a piece of evidence from a claim, with the reason a published claim
    needs, answered like any other card action."""
    form = ReasonForm(request.POST, prefix=prefix, auto_id=f"claim{row.claim_id}_%s", compact=True)
    return _act(
        request, row.claim, prefix, form,
        lambda data: remove(row, user=request.user, reason=data["reason"]), notice,
    )  # fmt: skip


@require_POST
@access.desk_permission(*access.EDIT, "claims.change_attribution")
def attribution_remove(request, pk):
    attribution = get_object_or_404(Attribution.objects.select_related("claim"), pk=pk)
    return _remove(
        request, attribution, f"a{pk}-remove",
        lambda row, **kwargs: services.attribution_remove(attribution=row, **kwargs),
        "Source removed from the claim.",
    )  # fmt: skip


@require_POST
@access.desk_permission(*access.EDIT, "claims.add_evidence")
def evidence_create(request, pk):
    claim = _claim(pk)
    form = card_form("evidence", claim, request.POST)

    def add(data):
        data.pop("version")
        services.evidence_add(claim=claim, user=request.user, **data)

    return _act(request, claim, "evidence", form, add, "Evidence added.")


@require_POST
@access.desk_permission(*access.EDIT, "claims.change_evidence")
def evidence_update(request, pk):
    evidence = get_object_or_404(Evidence.objects.select_related("claim"), pk=pk)
    form = EvidenceForm(request.POST, prefix=f"e{pk}")
    return _act(
        request, evidence.claim, f"e{pk}", form,
        lambda data: services.evidence_update(
            evidence=evidence, user=request.user, expected_version=data.pop("version"), **data
        ),
        "Evidence saved.",
    )  # fmt: skip


@require_POST
@access.desk_permission(*access.EDIT, "claims.change_evidence")
def evidence_remove(request, pk):
    evidence = get_object_or_404(Evidence.objects.select_related("claim"), pk=pk)
    return _remove(
        request, evidence, f"e{pk}-remove",
        lambda row, **kwargs: services.evidence_remove(evidence=row, **kwargs),
        "Evidence removed.",
    )  # fmt: skip


@require_POST
@access.desk_permission(*access.EDIT, "claims.change_evidence")
def evidence_archive(request, pk):
    """Archive the link again, after a failure or a lost task. Not a correction: the copy adds
    to the record and changes nothing readers were told."""
    evidence = get_object_or_404(Evidence, pk=pk)
    if services.evidence_archive_again(evidence=evidence, user=request.user):
        messages.success(request, f"Archiving “{evidence.title}” again.")
    else:
        messages.info(request, f"“{evidence.title}” is archived, or being archived, already.")
    return card_response(request, evidence.claim_id)


@require_GET
@access.desk_permission(*access.EDIT)
def evidence_archive_status(request, pk):
    """The archive line alone, which a pending copy polls until it is settled: polling the
    card would overwrite whatever the editor is typing in it."""
    evidence = get_object_or_404(
        Evidence.objects.prefetch_related(
            Prefetch("captures", queryset=PageCapture.objects.for_listing())
        ),
        pk=pk,
    )
    return render(
        request,
        "claims/includes/evidence_archive.html",
        {"item": evidence, "editable": request.user.has_perm("claims.change_evidence")},
    )
