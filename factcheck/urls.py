from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.sitemaps.views import sitemap
from django.templatetags.static import static
from django.urls import include, path
from django.utils.functional import lazy
from django.views.decorators.http import require_safe
from django.views.generic import RedirectView

from claims.public_cache import ALL, public_page
from claims.sitemaps import SITEMAPS, sitemap_index
from claims.views.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # For the admin and for clients that ask without reading <link rel="icon">; resolved per
    # request, since the hashed static name exists only after collectstatic.
    path("favicon.ico", RedirectView.as_view(url=lazy(static, str)("claims/favicon.svg"))),
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("sitemap.xml", require_safe(public_page(sitemap_index, tags={ALL})), name="sitemap"),
    path(
        "sitemap-<section>.xml",
        require_safe(public_page(sitemap, tags={ALL})),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("", include("claims.urls")),
]
