"""What a public page shows, as cache tags, and which writes change which pages."""

from functools import wraps

from claims.models import Article, Attribution, Claim, Correction, Evidence, Source

ALL = "all"
SOURCE_PAGES = "source-pages"  # every source page, each also tagged with its source


def tag(obj) -> str:
    """The tag of a page that shows this claim, article or source."""
    return f"{obj._meta.model_name}:{obj.pk}"


def claims_of(article_id: int) -> str:
    """The tag of a page that shows which claims an article has and how they are rated."""
    return f"article-claims:{article_id}"


def _sources_of(attributions) -> set[str]:
    """The source pages that list a claim with these attributions: its sources' and their
    affiliations' (a source page lists its affiliates' claims too)."""
    rows = attributions.values_list("source_id", "source__affiliation_id")
    return {f"source:{pk}" for pair in rows for pk in pair if pk}


def changed_by(obj) -> set[str]:
    """The tags of the pages a write to obj can change."""
    extra = set()
    if isinstance(obj, Attribution | Evidence | Correction):
        if not obj.claim.published:
            return set()  # a draft's details show nowhere until it is published
        if isinstance(obj, Attribution):  # the page of a source it is taken from, too
            extra = _sources_of(Attribution.objects.filter(pk=obj.pk)) | {f"source:{obj.source_id}"}
        obj = obj.claim
    if isinstance(obj, Claim):
        return {tag(obj), claims_of(obj.article_id), ALL} | _sources_of(obj.attributions) | extra
    if isinstance(obj, Article | Source):
        # An article's title and a source's name show in the lists of source pages.
        return {tag(obj), ALL, SOURCE_PAGES}
    return {ALL}


def public_page(view=None, *, tags=None):
    """Mark a view's successful GET responses as shareable public pages.

    `tags` declares, where the view is wired, what a page that always lists the same things
    shows (the feed and the sitemap: claims from everywhere, `ALL`). A view whose page shows
    particular objects tags its response with `shows()` instead. Untagged pages count as `ALL`.
    """
    if view is None:
        return lambda view: public_page(view, tags=tags)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            response.public_page = True
            if tags is not None and not hasattr(response, "cache_tags"):
                response.cache_tags = set(tags)
        return response

    return wrapper


def shows(response, *tags):
    """Tag a public page with what it shows, so that only writes to those flush it."""
    response.cache_tags = {*tags}
    return response
