"""Refusals that must read as something a person can act on, in the page or as a page."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import render
from django_htmx.http import reswap

CSRF_MESSAGE = (
    "Your change was not saved: this page's security token has expired (you logged out in "
    "another tab, or the page was open a long time). Copy anything you typed, then reload."
)


def refuse_htmx(request, text: str, *, status: int = 403) -> HttpResponse:
    """Swap nothing, keep the form as the user left it, and say why in the message area."""
    messages.error(request, text)
    return reswap(HttpResponse(status=status), "none")


def csrf_failure(request, reason=""):
    """Django's CSRF refusal, except that an htmx request keeps its form and gets a message."""
    if getattr(request, "htmx", False):
        return refuse_htmx(request, CSRF_MESSAGE)
    return render(request, "403_csrf.html", status=403)
