"""One settings module; everything that differs between machines comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")
# The fallback key only exists so a fresh checkout runs; `check --deploy` rejects it.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-development-key-change-me")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django.forms",
    "django_htmx",
    "simple_history",
    "axes",
    "django_tasks_db",
    "django_rq",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Public pages are answered from the cache here, before sessions and authentication.
    "claims.public_cache.middleware.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Django messages ride out of band on every htmx response: one feedback channel.
    "claims.middleware.HtmxMessagesMiddleware",
    # A query cancelled by the statement timeout is a 503 that says so, not a 500.
    "claims.middleware.QueryTimeoutMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, so it sees the authenticated user and the final response of a login attempt.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "factcheck.urls"
# Fields render through the project's templates/django/forms/field.html ({{ field.as_field_group }}).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
WSGI_APPLICATION = "factcheck.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "claims.context_processors.newsroom",
            ],
        },
    },
]

# SQLite is the default; DATABASE_URL=postgres://... is the scale path.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# A query a web request makes is cancelled after this long (PostgreSQL), so a search nobody
# waits for any more stops costing the database. gunicorn.conf.py and ./run set it for the
# web server only: the task worker and management commands (exports, seeding) run unbounded.
STATEMENT_TIMEOUT_MS = int(os.environ.get("DJANGO_STATEMENT_TIMEOUT_MS") or 0)
# DJANGO_DB_POOL=N: a psycopg connection pool of up to N connections per process (PostgreSQL),
# in place of one persistent connection per thread.
DB_POOL_SIZE = int(os.environ.get("DJANGO_DB_POOL") or 0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    options = DATABASES["default"].setdefault("OPTIONS", {})
    if STATEMENT_TIMEOUT_MS:
        options["options"] = f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"
    if DB_POOL_SIZE:
        options["pool"] = {"min_size": 1, "max_size": DB_POOL_SIZE, "timeout": 10}
        DATABASES["default"]["CONN_MAX_AGE"] = 0  # the pool keeps connections instead
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run beside one writer; IMMEDIATE takes the write lock at BEGIN so two
    # writers queue on the busy timeout instead of failing with "database is locked" mid-transaction.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Public pages are cached and invalidated on every write (claims.public_cache). Any process
# that serves them must share the cache, so production sets REDIS_URL.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "factcheck")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
        }
    }
else:
    # Room for the workspace's rendered cards (one entry per claim shown) beside public pages.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "claims:dashboard"
LOGOUT_REDIRECT_URL = "claims:index"

# Sessions end after a working day of inactivity, and with the browser.
SESSION_COOKIE_AGE = int(os.environ.get("DJANGO_SESSION_AGE", str(60 * 60 * 10)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_SAVE_EVERY_REQUEST = False

# Failed logins: five per account or per address, then a 15-minute lock.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG or env_bool("DJANGO_PLAIN_STATIC")
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG or env_bool("DJANGO_PLAIN_STATIC")

# Security headers. The CSP allows nothing inline: htmx is configured (base.html) to need neither
# eval nor injected styles, and JSON-LD is a data block, which CSP does not execute.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
if env_bool("DJANGO_BEHIND_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # Login throttling keys on the client's address, not the proxy's (else five failures by
    # anyone would lock everyone out). Each trusted proxy appends the address it saw to
    # X-Forwarded-For, so the client is the DJANGO_TRUSTED_PROXIES-th entry from the right;
    # whatever a client writes further left is ignored. django-ipware reads it for django-axes.
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR",)
    AXES_IPWARE_PROXY_ORDER = "right-most"
    AXES_IPWARE_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXIES", "1")) - 1 or None

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {
        "handlers": ["console"],
        "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING"),
    },
}

# History pages show every version but revert none: a revert would rewrite the published
# record behind the services' back (no correction, a version going down).
SIMPLE_HISTORY_REVERT_DISABLED = True
# A refused form (expired session, stale page) says what happened and keeps the page usable.
CSRF_FAILURE_VIEW = "claims.views.errors.csrf_failure"

# The newsroom that signs the ClaimReview markup.
NEWSROOM_NAME = os.environ.get("NEWSROOM_NAME", "The Attribution Desk")
NEWSROOM_URL = os.environ.get("NEWSROOM_URL", "https://factcheck.example.org/")
# Every absolute URL the site prints (canonical links, og:url, ClaimReview, annotations, feed,
# sitemap) starts with this origin, never with the request's Host header, which a stranger
# chooses and a cached page would then serve to everyone. Required in production (claims.E001).
PUBLIC_ORIGIN = os.environ.get("PUBLIC_ORIGIN", "http://127.0.0.1:8000" if DEBUG else "").rstrip(
    "/"
)

# Background work (claims/tasks.py: archiving evidence). The database queue needs no other
# service and `./run` starts its worker; TASKS_BACKEND=rq moves the queue to Redis (REDIS_URL),
# with `manage.py task_worker` on as many machines as needed. "immediate" runs tasks inside the
# request, which `check --deploy` flags (claims.W004).
TASK_BACKENDS = {
    "database": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "rq": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]},
    "immediate": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"},
}
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database")
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND={TASKS_BACKEND!r}; choose one of {', '.join(TASK_BACKENDS)}."
    )
TASKS = {"default": TASK_BACKENDS[TASKS_BACKEND]}
RQ_QUEUES = {"default": {"URL": REDIS_URL or "redis://127.0.0.1:6379/0", "DEFAULT_TIMEOUT": 300}}

# Fetching pages from the web (article import by URL, evidence archives). Addresses on loopback,
# private, link-local and reserved ranges are refused after DNS resolution, on every redirect;
# FETCH_ALLOWED_HOSTS names hosts exempt from that check (for a local test server only, never
# in production: it reopens the door to the machine's own network).
FETCH_ALLOWED_HOSTS = env_list("FETCH_ALLOWED_HOSTS")
FETCH_TIMEOUT_SECONDS = float(os.environ.get("FETCH_TIMEOUT_SECONDS", "15"))
FETCH_MAX_BYTES = int(os.environ.get("FETCH_MAX_BYTES", str(5 * 1024 * 1024)))
FETCH_MAX_REDIRECTS = int(os.environ.get("FETCH_MAX_REDIRECTS", "5"))
FETCH_USER_AGENT = os.environ.get(
    "FETCH_USER_AGENT", "AttributionDeskBot/1.0 (+fact-check provenance archive)"
)

# Article import limits; the forms and `import_article` report them in words.
ARTICLE_MAX_BYTES = int(os.environ.get("ARTICLE_MAX_BYTES", str(2 * 1024 * 1024)))
ARTICLE_MAX_PARAGRAPHS = int(os.environ.get("ARTICLE_MAX_PARAGRAPHS", "2000"))
ARTICLE_MAX_HTML_DEPTH = int(os.environ.get("ARTICLE_MAX_HTML_DEPTH", "200"))
# The suggester's time budget per article: past it, suggestions cover the text read so far
# and the panel says where they stop. A 2 MB article (the import limit) takes about 10 s.
SUGGEST_SECONDS = float(os.environ.get("SUGGEST_SECONDS") or 60)
NEWSROOM_ARCHIVE_MAX_BYTES = int(os.environ.get("NEWSROOM_ARCHIVE_MAX_BYTES", str(2 * 1024**3)))
DATA_UPLOAD_MAX_MEMORY_SIZE = ARTICLE_MAX_BYTES * 3
FILE_UPLOAD_MAX_MEMORY_SIZE = ARTICLE_MAX_BYTES * 3
