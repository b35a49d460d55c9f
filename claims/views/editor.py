"""The editor desk: the dashboard, importing an article, and the article workspace."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods
from django.views.decorators.vary import vary_on_headers

from claims import services
from claims.forms import ArticleEditForm, ArticleImportForm, ClaimCreateForm
from claims.importing import ImportRefused, prepare_article
from claims.models import Article, Verdict
from claims.suggest.sentences import sentence_spans
from claims.views import access
from claims.views.params import query_without_page, text_param
from claims.views.public import verdict_breakdown
from claims.views.workspace import WORKSPACE, workspace_context


@require_GET
@access.desk_permission("claims.view_article")
def dashboard(request):
    articles = Article.objects.with_progress().select_related("imported_by")
    filters = {
        "q": text_param(request, "q"),
        "publisher": text_param(request, "publisher"),
        "unverified": request.GET.get("unverified") == "1",
        "mine": request.GET.get("mine") == "1",
    }
    if filters["q"]:
        articles = articles.filter(
            Q(title__icontains=filters["q"])
            | Q(claims__statement__icontains=filters["q"])
            | Q(claims__quote__icontains=filters["q"])
        ).distinct()
    if filters["publisher"]:
        articles = articles.filter(publisher=filters["publisher"])
    if filters["unverified"]:
        articles = articles.filter(count_unverified__gt=0)
    if filters["mine"]:
        articles = articles.filter(imported_by=request.user)
    page = Paginator(articles.order_by("-imported_at", "-id"), 25).get_page(request.GET.get("page"))
    for article in page:
        article.breakdown = verdict_breakdown(
            {verdict.value: getattr(article, f"count_{verdict.value}") for verdict in Verdict}
        )
    return render(
        request,
        "claims/editor/dashboard.html",
        {
            "page": page,
            "filters": filters,
            "publishers": Article.objects.publishers(),
            "query_string": query_without_page(request),
        },
    )


@require_http_methods(["GET", "POST"])
@access.desk_permission(*access.ADD_ARTICLE)
def article_import(request):
    """Two steps: preview what cleaning takes out, then save with the paragraphs kept."""
    form = ArticleImportForm(request.POST or None, request.FILES or None)
    preview = None
    if request.method == "POST" and form.is_valid():
        raw = form.cleaned_data["raw"]
        try:
            preview = prepare_article(raw)
        except ImportRefused as error:
            form.add_error(None, str(error))
        else:
            if request.POST.get("step") == "save":
                keep = {int(i) for i in request.POST.getlist("keep") if i.isdigit()}
                try:
                    article = services.article_import(
                        prepared=preview,
                        raw=raw,
                        title=form.cleaned_data["title"] or preview.title,
                        publisher=form.cleaned_data["publisher"],
                        url=form.cleaned_data["url"],
                        published_on=form.cleaned_data["published_on"],
                        keep=keep,
                        user=request.user,
                    )
                except ValidationError as error:
                    form.add_error(None, error)
                else:
                    messages.success(
                        request,
                        f"Imported “{article.title}”. Select passages to add claims.",
                    )
                    return redirect(article.get_workspace_url())
    status = 422 if request.method == "POST" and not form.is_valid() else 200
    return render(
        request,
        "claims/editor/article_import.html",
        {
            "form": form,
            "preview": preview,
            "raw": form.cleaned_data.get("raw", "") if form.is_bound and form.is_valid() else "",
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
@access.desk_permission("claims.view_article", "claims.view_claim")
def article_workspace(request, pk):
    """The article with its claims. POST adds a claim from a selection or a chosen sentence."""
    article = get_object_or_404(Article, pk=pk)
    sentences = sentence_spans(article.body)
    fresh = {"article_version": article.version}
    create_form = ClaimCreateForm(request.POST or None, sentences=sentences, initial=fresh)
    if request.method == "POST":
        if not request.user.has_perms(access.ADD_CLAIM):
            raise PermissionDenied("Your role cannot add claims.")
        claim = None
        if create_form.is_valid():
            try:
                claim = services.claim_create(
                    article=article,
                    start=create_form.cleaned_data["start"],
                    end=create_form.cleaned_data["end"],
                    statement=create_form.cleaned_data["statement"],
                    expected_article_version=create_form.cleaned_data["article_version"],
                    user=request.user,
                )
            except ValidationError as error:
                create_form.add_error(None, error)
        if claim and not request.htmx:
            messages.success(request, "Claim added.")
            return redirect(claim.get_workspace_url())
        if claim:
            context = workspace_context(article, open_claim_id=claim.pk, user=request.user)
            context["create_form"] = ClaimCreateForm(sentences=sentences, initial=fresh)
            context["created_claim"] = next(c for c in context["claims"] if c.pk == claim.pk)
            return render(request, f"{WORKSPACE}#claim-added", context)
        if request.htmx:
            context = {"article": article, "create_form": create_form}
            return render(request, f"{WORKSPACE}#claim-create-form", context, status=422)
    open_claim = request.GET.get("claim", "")
    context = workspace_context(
        article, open_claim_id=int(open_claim) if open_claim.isdigit() else None, user=request.user
    )
    context["create_form"] = create_form
    status = 422 if request.method == "POST" else 200
    return render(request, WORKSPACE, context, status=status)


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
