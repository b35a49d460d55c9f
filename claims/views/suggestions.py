"""The workspace's suggestion panel: proposed claims and sources, accepted or dismissed.

The suggester runs in the background (claims.tasks). The panel shows the latest finished
suggestions for the article's text at once, even while a fresher run (after a source was
added) is under way, and polls itself until that run is done; a failed run says why and
offers a retry.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from claims import services
from claims.forms import ClaimCreateForm, SuggestionAcceptForm
from claims.models import Article, SourceKind, SuggestionRun
from claims.suggest.registry import open_suggestions
from claims.text.names import normalize_name
from claims.text.sentences import sentence_spans
from claims.views import access
from claims.views.workspace_context import WORKSPACE, workspace_context

ACCEPT = (*access.ADD_CLAIM, "claims.add_attribution", "claims.add_source")


def _shown_run(article, run):
    """The run whose suggestions the panel lists: this one if done, else the latest finished
    one for the same text."""
    if run.status == SuggestionRun.Status.DONE:
        return run
    return article.suggestion_runs.filter(
        body_sha256=article.body_sha256, status=SuggestionRun.Status.DONE
    ).first()


def _ready_suggestions(article):
    run = services.suggestion_run_request(article=article)
    shown = _shown_run(article, run)
    return open_suggestions(article, shown) if shown else None


def _panel(request, article, *, notice="", error="", status=200, retry=False):
    context = workspace_context(article, user=request.user)
    run = services.suggestion_run_request(article=article, retry=retry)
    shown = _shown_run(article, run)
    context.update(
        suggestion_run=run,
        suggestions=open_suggestions(article, shown) if shown else [],
        suggestions_ready=shown is not None,
        shown_run=shown,
        source_kinds=SourceKind.choices,  # for naming a new source on accepting
        # How much of the text the suggester read before its time budget ran out, if it did.
        suggestions_cut=(
            shown.stopped_at * 100 // max(1, len(article.body))
            if shown is not None and shown.stopped_at is not None
            else None
        ),
        notice=notice,
        error=error,
    )
    if request.htmx and request.GET.get("poll"):
        # The panel polling itself changes nothing else: the rest of the page is left alone,
        # so an open claim card keeps what the editor is typing.
        return render(request, f"{WORKSPACE}#suggestion-panel", context, status=status)
    if request.htmx:
        context["oob"] = True
        return render(request, f"{WORKSPACE}#suggestion-panel-response", context, status=status)
    context["create_form"] = ClaimCreateForm(
        sentences=sentence_spans(article.body), initial={"article_version": article.version}
    )
    return render(request, WORKSPACE, context, status=status)


@require_GET
@vary_on_headers("HX-Request")
@access.desk_permission(*access.ADD_CLAIM)
def suggestion_panel(request, pk):
    return _panel(request, get_object_or_404(Article, pk=pk))


def _accept(article, data, user):
    source = data["source_id"]
    if (
        source
        and data["source_name"]
        and normalize_name(data["source_name"]) != normalize_name(source.name)
    ):
        source = None  # the editor typed another source over the suggested one
    return services.suggestion_accept(
        article=article, start=data["start"], end=data["end"], statement=data["statement"],
        source=source, source_name=data["source_name"], source_kind=data["source_kind"],
        mention=data["mention"], cue=data["cue"], type=data["type"], user=user,
    )  # fmt: skip


@require_POST
@access.desk_permission(*access.ADD_CLAIM)
def suggestion_retry(request, pk):
    article = get_object_or_404(Article, pk=pk)
    if not request.htmx:
        services.suggestion_run_request(article=article, retry=True)
        return redirect("claims:suggestions", pk=article.pk)
    return _panel(request, article, retry=True)


@require_POST
@access.desk_permission(*ACCEPT)
def suggestion_accept(request, pk):
    article = get_object_or_404(Article, pk=pk)
    form = SuggestionAcceptForm(request.POST)
    if not form.is_valid():
        return _panel(
            request,
            article,
            error="That suggestion no longer fits the article; reload it.",
            status=422,
        )
    try:
        claim = _accept(article, form.cleaned_data, request.user)
    except ValidationError as error:
        return _panel(request, article, error=" ".join(error.messages), status=422)
    if not request.htmx:
        messages.success(request, "Suggestion accepted as a claim.")
        return redirect(claim.get_workspace_url())
    return _panel(request, article, notice=f"Added “{claim.statement}”.")


@require_POST
@access.desk_permission(*ACCEPT)
def suggestion_accept_all(request, pk):
    article = get_object_or_404(Article, pk=pk)
    suggestions = _ready_suggestions(article)
    if suggestions is None:
        return _panel(request, article, error="The suggestions are not ready yet.", status=409)
    refused = []
    for suggestion in suggestions:
        try:
            _accept(
                article,
                {
                    "start": suggestion.start,
                    "end": suggestion.end,
                    "statement": "",
                    "source_id": None,
                    "source_name": suggestion.source_name or "",
                    "source_kind": suggestion.source_kind or "",
                    "mention": suggestion.source_mention or "",
                    "cue": suggestion.cue,
                    "type": suggestion.type,
                },  # fmt: skip
                request.user,
            )
        except ValidationError as error:
            refused.append(f"“{suggestion.text[:60]}”: {' '.join(error.messages)}")
    notice = f"Accepted {len(suggestions) - len(refused)} suggestion(s)."
    if refused:
        notice += " Not added: " + "; ".join(refused)
    if not request.htmx:
        messages.success(request, notice)
        return redirect(article.get_workspace_url())
    return _panel(request, article, notice=notice)


@require_POST
@access.desk_permission(*access.ADD_CLAIM)
def suggestion_dismiss(request, pk):
    article = get_object_or_404(Article, pk=pk)
    spans = request.POST.getlist("span")
    if request.POST.get("all"):
        spans = [f"{s.start}:{s.end}" for s in _ready_suggestions(article) or []]
    dismissed = 0
    for span in spans:
        start, _, end = span.partition(":")
        if start.isdigit() and end.isdigit():
            try:
                services.suggestion_dismiss(
                    article=article, start=int(start), end=int(end), user=request.user
                )
            except ValidationError:
                continue
            dismissed += 1
    notice = f"Dismissed {dismissed} suggestion(s)."
    if not request.htmx:
        messages.success(request, notice)
        return redirect(article.get_workspace_url())
    return _panel(request, article, notice=notice)
