"""Gunicorn reads this file from the working directory: the settings a web server needs."""

import os

# Every query a request makes is bounded (factcheck/settings.py, STATEMENT_TIMEOUT_MS); the
# worker's timeout is longer, so the database gives up first and the visitor gets a clear 503.
os.environ.setdefault("DJANGO_STATEMENT_TIMEOUT_MS", "10000")
timeout = 30
