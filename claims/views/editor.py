"""The editor desk: the dashboard, importing an article, and the article workspace."""

from django.contrib import messages
from django.contrib.postgres.search import SearchQuery
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from claims import services
from claims.fetching import FetchRefused
from claims.forms import ArticleEditForm, ArticleFilterForm, ArticleImportForm, ClaimCreateForm
from claims.importing import ImportRefused, prepare_article, prepare_fetched_page
from claims.models import Article, Claim, Verdict, verdict_breakdown
from claims.text.sentences import sentence_spans
from claims.views import access
from claims.views.workspace_context import WORKSPACE, workspace_context


@require_GET
@access.desk_permission("claims.view_article")
def dashboard(request):
    articles = Article.objects.defer("body", "body_html", "raw_input")
    form = ArticleFilterForm(request.GET, publishers=Article.objects.publishers())
    filters = form.filters()
    if q := filters.get("q"):
        articles = articles.filter(Q(title__icontains=q) | Exists(_claims_matching(q)))
    if publisher := filters.get("publisher"):
        articles = articles.filter(publisher=publisher)
    if filters.get("unverified"):
        unverified = Claim.objects.live().filter(article=OuterRef("pk"), verdict=Verdict.UNVERIFIED)
        articles = articles.filter(Exists(unverified))
    if filters.get("mine"):
        articles = articles.filter(imported_by=request.user)
    # The page of articles first, then the claims of just those counted: never a count of
    # every claim of every article.
    page = Paginator(articles.order_by("-imported_at", "-id"), 25).get_page(request.GET.get("page"))
    progress = Article.objects.filter(pk__in=[a.pk for a in page]).with_progress()
    progress = {article.pk: article for article in progress.select_related("imported_by")}
    page.object_list = [progress[article.pk] for article in page]
    for article in page:
        article.breakdown = verdict_breakdown(
            {verdict.value: getattr(article, f"count_{verdict.value}") for verdict in Verdict}
        )
    return render(request, "claims/editor/dashboard.html", {"page": page, "form": form})


def _claims_matching(text: str):
    """The article's live claims whose statement or quote holds the text; on PostgreSQL by the
    stored full-text vector, so a search does not read every claim's text."""
    claims = Claim.objects.live().filter(article=OuterRef("pk"))
    if connection.vendor == "postgresql":
        return claims.filter(
            search_vector=SearchQuery(text, config="english", search_type="websearch")
        )
    return claims.filter(Q(statement__icontains=text) | Q(quote__icontains=text))


@require_http_methods(["GET", "POST"])
@access.desk_permission(*access.ADD_ARTICLE)
def article_import(request):
    """Two steps: preview what cleaning takes out, then save with the paragraphs kept.

    A link alone is fetched on the preview step and kept (`PageCapture`); the save step reads
    that stored page, so what is saved is what the editor previewed.
    """
    form = ArticleImportForm(request.POST or None, request.FILES or None, user=request.user)
    preview = None
    imported_before = []
    if request.method == "POST" and form.is_valid():
        try:
            form, preview = _prepare(form, request.user)
        except FetchRefused as error:
            form.add_error("url", str(error))
        except ImportRefused as error:
            form.add_error(None, str(error))
        else:
            capture = form.cleaned_data["capture"]
            if request.POST.get("step") == "save":
                article = _save_import(request, form, preview)
                if article:
                    messages.success(
                        request, f"Imported “{article.title}”. Select passages to add claims."
                    )
                    return redirect(article.get_workspace_url())
            imported_before = Article.objects.imported_before(
                body=preview.body(),
                urls=[
                    form.cleaned_data["url"],
                    *((capture.final_url, capture.canonical_url) if capture else ()),
                ],
            )[:3]
    status = 422 if request.method == "POST" and not form.is_valid() else 200
    return render(
        request,
        "claims/editor/article_import.html",
        {
            "form": form,
            "preview": preview,
            "imported_before": imported_before,
            "raw": form.cleaned_data.get("raw", "") if form.is_bound and form.is_valid() else "",
        },
        status=status,
    )


def _prepare(form, user):
    """The cleaned article and the form that carries it, fetching the page if only a link
    was given."""
    if form.needs_fetch:
        capture = services.capture_fetch(url=form.cleaned_data["url"], user=user)
        preview = prepare_fetched_page(capture.html, url=capture.final_url)
        services.capture_set_canonical(capture=capture, url=preview.metadata.url)
        return form.with_page(capture, preview.metadata), preview
    if capture := form.cleaned_data["capture"]:
        return form, prepare_fetched_page(capture.html, url=capture.final_url)
    return form, prepare_article(form.cleaned_data["raw"])


def _save_import(request, form, preview):
    data = form.cleaned_data
    capture = data["capture"]
    keep = {int(i) for i in request.POST.getlist("keep") if i.isdigit()}
    try:
        return services.article_import(
            prepared=preview,
            raw=capture.html if capture else data["raw"],
            title=data["title"] or preview.title,
            publisher=data["publisher"],
            byline=data["byline"],
            url=data["url"],
            published_on=data["published_on"],
            language=data["language"],
            capture=capture,
            keep=keep,
            user=request.user,
        )
    except ValidationError as error:
        form.add_error(None, error)
        return None


@require_GET
@access.desk_permission("claims.view_article", "claims.view_claim")
def article_workspace(request, pk):
    """The article with its claims; `?claim=` opens that claim's card."""
    article = get_object_or_404(Article, pk=pk)
    open_claim = request.GET.get("claim", "")
    context = workspace_context(
        article, open_claim_id=int(open_claim) if open_claim.isdigit() else None, user=request.user
    )
    context["create_form"] = _create_form(article)
    return render(request, WORKSPACE, context)


def _create_form(article, data=None):
    return ClaimCreateForm(
        data, sentences=sentence_spans(article.body), initial={"article_version": article.version}
    )


@require_POST
@vary_on_headers("HX-Request")
@access.desk_permission("claims.view_article", *access.ADD_CLAIM)
def claim_create(request, pk):
    """A claim from a selection or a chosen sentence. Under htmx the new card is inserted in
    text order (before the first claim that comes after it) and the form is reset."""
    article = get_object_or_404(Article, pk=pk)
    form = _create_form(article, request.POST)
    claim = None
    if form.is_valid():
        try:
            claim = services.claim_create(
                article=article,
                start=form.cleaned_data["start"],
                end=form.cleaned_data["end"],
                statement=form.cleaned_data["statement"],
                expected_article_version=form.cleaned_data["article_version"],
                user=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
    if claim and not request.htmx:
        messages.success(request, "Claim added.")
        return redirect(claim.get_workspace_url())
    if claim:
        context = workspace_context(article, open_claim_id=claim.pk, user=request.user)
        context["create_form"] = _create_form(article)
        position = next(i for i, c in enumerate(context["claims"]) if c.pk == claim.pk)
        context["created_claim"] = context["claims"][position]
        context["next_claim"] = next(iter(context["claims"][position + 1 :]), None)
        return render(request, f"{WORKSPACE}#claim-added", context)
    if request.htmx:
        context = {"article": article, "create_form": form}
        return render(request, f"{WORKSPACE}#claim-create-form", context, status=422)
    context = workspace_context(article, user=request.user)
    context["create_form"] = form
    return render(request, WORKSPACE, context, status=422)


@require_http_methods(["GET", "POST"])
@access.desk_permission("claims.view_article", *access.CHANGE_ARTICLE)
def article_edit(request, pk):
    """Correct the article text; claims are re-anchored, and those that cannot be are kept."""
    article = get_object_or_404(Article, pk=pk)
    form = ArticleEditForm(
        request.POST or None, instance=article, initial={"version": article.version}
    )
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in ArticleEditForm.Meta.fields}
        try:
            _, lost = services.article_update(
                article=Article.objects.get(pk=pk),
                user=request.user,
                expected_version=form.cleaned_data["version"],
                note=form.cleaned_data["note"],
                **fields,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if lost:
                messages.warning(
                    request,
                    f"{len(lost)} claim(s) could not be found in the new text and are marked "
                    "“needs re-anchoring”: select their passage again.",
                )
            else:
                messages.success(request, "Article saved; every claim still points at its passage.")
            return redirect(article.get_workspace_url())
    status = 422 if request.method == "POST" else 200
    return render(
        request,
        "claims/editor/article_edit.html",
        {"form": form, "article": article},
        status=status,
    )
