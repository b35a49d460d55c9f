"""One feedback channel for htmx and plain requests: Django's messages framework; and a clear
answer when the database gave up on a request's query.

A plain request shows queued messages on the next page it renders; an htmx response gets them
appended as an out-of-band swap of the page's `#messages` region, whatever it swaps otherwise
(the pattern radiofeed uses). Responses that send the browser elsewhere leave the messages
queued for the page they lead to.
"""

from django.contrib.messages import get_messages
from django.db import OperationalError
from django.shortcuts import render
from django.template.loader import render_to_string

LEAVES_PAGE = ("HX-Redirect", "HX-Location", "HX-Refresh")


class HtmxMessagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            not getattr(request, "htmx", False)
            or response.streaming
            or 300 <= response.status_code < 400
            or any(header in response for header in LEAVES_PAGE)
        ):
            return response
        queued = get_messages(request)
        if len(queued):
            response.write(
                render_to_string("base.html#messages", {"messages": queued, "oob": True}, request)
            )
        return response


QUERY_TIMEOUT_MESSAGE = (
    "That took the database too long, so it stopped. Narrow the search or the filters and try "
    "again; nothing was changed."
)


class QueryTimeoutMiddleware:
    """A query cancelled by the statement timeout (settings.STATEMENT_TIMEOUT_MS) answers 503
    with what to do, in the page or, under htmx, in the message area."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        cause = exception.__cause__
        if not isinstance(exception, OperationalError) or type(cause).__name__ != "QueryCanceled":
            return None
        if getattr(request, "htmx", False):
            from claims.views.errors import refuse_htmx

            return refuse_htmx(request, QUERY_TIMEOUT_MESSAGE, status=503)
        return render(request, "503.html", {"message": QUERY_TIMEOUT_MESSAGE}, status=503)
