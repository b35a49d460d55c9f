"""One feedback channel for htmx and plain requests: Django's messages framework.

A plain request shows queued messages on the next page it renders; an htmx response gets them
appended as an out-of-band swap of the page's `#messages` region, whatever it swaps otherwise
(the pattern radiofeed uses). Responses that send the browser elsewhere leave the messages
queued for the page they lead to.
"""

from django.contrib.messages import get_messages
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
