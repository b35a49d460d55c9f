"""Who may use the editor desk. Checked in every view, HTMX partial or full page alike."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.utils.cache import patch_cache_control
from django_htmx.http import HttpResponseClientRedirect

from claims.views.errors import refuse_htmx


def desk_permission(*perms: str):
    """Require login and these permissions.

    An htmx request whose session has expired sends the whole page to the login form, which
    comes back to the same page; one without the permission is refused in the message area,
    leaving the form as the user left it. Desk pages are never stored by browsers or proxies.
    """

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                if request.htmx:
                    messages.info(request, "Your session has expired: log in to carry on.")
                    back = request.htmx.current_url_abs_path or "/desk/"
                    return HttpResponseClientRedirect(redirect_to_login(back)["Location"])
                return redirect_to_login(request.get_full_path())
            if not request.user.has_perms(perms):
                if request.htmx:
                    return refuse_htmx(request, "Your role does not allow this.")
                raise PermissionDenied("Your role does not allow this.")
            response = view(request, *args, **kwargs)
            patch_cache_control(response, private=True, no_store=True)
            return response

        return wrapper

    return decorator


EDIT = ("claims.view_claim", "claims.change_claim")
ADD_CLAIM = (*EDIT, "claims.add_claim")
ADD_ARTICLE = ("claims.add_article", "claims.view_article")
CHANGE_ARTICLE = ("claims.change_article",)
CHECK = (*EDIT, "claims.check_claim")
PUBLISH = (*EDIT, "claims.publish_claim")
CORRECT = (*EDIT, "claims.correct_claim")
SOURCES = ("claims.view_source", "claims.add_source", "claims.change_source")
