"""Who may use the editor desk. Checked in every view, HTMX partial or full page alike."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse


def desk_permission(*perms: str):
    """Require login and these permissions.

    An anonymous HTMX request gets an HX-Redirect to the login page instead of a login form
    swapped into the middle of the workspace.
    """

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                if request.htmx:
                    login = redirect_to_login(request.htmx.current_url_abs_path or "/desk/")
                    response = HttpResponse(status=401)
                    response["HX-Redirect"] = login["Location"]
                    return response
                return redirect_to_login(request.get_full_path())
            if not request.user.has_perms(perms):
                raise PermissionDenied("Your role does not allow this.")
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


EDIT = ("claims.view_claim", "claims.change_claim")
ADD_CLAIM = (*EDIT, "claims.add_claim")
ADD_ARTICLE = ("claims.add_article", "claims.view_article")
CHANGE_ARTICLE = ("claims.change_article",)
CHECK = (*EDIT, "claims.check_claim")
PUBLISH = (*EDIT, "claims.publish_claim")
SOURCES = ("claims.view_source", "claims.add_source", "claims.change_source")
