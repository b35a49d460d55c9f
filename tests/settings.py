"""Test settings: production settings with the few changes a test run needs."""

import os

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

# Tasks are queued and left alone unless a test runs them: a test about a task says how it runs
# (tests/test_tasks.py drives the real queues), and nothing a test adds fetches the internet.
TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
RQ_QUEUES = {"default": {"URL": os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/12")}}
# RQ forks a process per job in production; the suite's process has threads (the local news
# site, the browser tests' server), and fork() beside threads can deadlock.
RQ = {"WORKER_CLASS": "rq.worker.SimpleWorker"}
