"""Keyset pagination: newest first by a timestamp, each page found from the row before it.

An OFFSET page makes the database walk past every row before it, so the last of 50,000 pages
costs 50,000 times the first. Here a page starts from a cursor, the id of the row next to it,
and the database seeks straight there through the index on (timestamp DESC, id DESC): every
page costs the same, the oldest included. Pages have no numbers; a list offers newest, newer,
older and oldest instead, and nobody can fill the page cache by counting, because a cursor
must be the id of a row the list could show.

    page = keyset_page(claims, field="first_published_at", size=20, cursor=Cursor.of(request))
"""

from dataclasses import dataclass

from django.db.models import Q
from django.http import Http404

DIRECTIONS = ("older", "newer")


@dataclass(frozen=True)
class Cursor:
    """Where a page starts: after (older) or before (newer) the row with this id, or the
    oldest page."""

    direction: str = ""
    pk: int | None = None

    @classmethod
    def of(cls, request) -> "Cursor":
        """The cursor a request asks for; 404 for one that cannot be a row's id."""
        if request.GET.get("oldest"):
            return cls("oldest")
        for direction in DIRECTIONS:
            if value := request.GET.get(direction):
                if not value.isdigit() or len(value) > 18:
                    raise Http404("No such page.")
                return cls(direction, int(value))
        return cls()


@dataclass
class KeysetPage:
    items: list
    newer: int | None  # the cursor of the page before, if there is one
    older: int | None  # the cursor of the page after, if there is one
    first: bool
    last: bool

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    @property
    def has_other_pages(self):
        return not (self.first and self.last)


def keyset_page(queryset, *, field: str, size: int, cursor: Cursor) -> KeysetPage:
    """One page of `queryset`, newest `field` first (ties newest id first)."""
    newest_first, oldest_first = (f"-{field}", "-pk"), (field, "pk")
    if cursor.direction in DIRECTIONS:
        try:
            value = queryset.model._default_manager.values_list(field, flat=True).get(
                pk=cursor.pk, **{f"{field}__isnull": False}
            )
        except queryset.model.DoesNotExist:
            raise Http404("No such page.") from None
        # `field <= value` is what the index can seek to; the rest settles ties by id.
        if cursor.direction == "older":
            queryset = queryset.filter(
                Q(**{f"{field}__lt": value}) | Q(pk__lt=cursor.pk), **{f"{field}__lte": value}
            )
        else:
            queryset = queryset.filter(
                Q(**{f"{field}__gt": value}) | Q(pk__gt=cursor.pk), **{f"{field}__gte": value}
            )
    backwards = cursor.direction in ("newer", "oldest")
    rows = list(queryset.order_by(*(oldest_first if backwards else newest_first))[: size + 1])
    more, items = len(rows) > size, rows[:size]
    if backwards:
        items.reverse()
    first = not more if backwards else cursor.direction != "older"
    last = cursor.direction == "oldest" or (not backwards and not more)
    return KeysetPage(
        items=items,
        newer=items[0].pk if items and not first else None,
        older=items[-1].pk if items and not last else None,
        first=first,
        last=last,
    )
