"""Test settings: production settings with the few changes a test run needs."""

from factcheck.settings import *  # noqa: F403
from factcheck.settings import BASE_DIR, DATABASES

# The test client speaks plain HTTP; HTTPS redirects are covered by `check --deploy`.
SECURE_SSL_REDIRECT = False
PUBLIC_ORIGIN = "http://testserver"
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, so threads and the browser tests' live server share one database.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "test-db.sqlite3")}
