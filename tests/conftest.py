import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from django.db import transaction
from django.test import Client

from tests.factories import make_article, make_claim
from tests.news_site import NewsSite


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Public pages are cached; each test starts with an empty cache."""
    from claims.public_cache import invalidation

    cache.clear()
    # No sweep for pending flushes unless a test asks for one: it would add a query to hits.
    invalidation.next_sweep = float("inf")
    yield
    cache.clear()


@pytest.fixture(scope="module")
def module_transaction(django_db_setup, django_db_blocker):
    """One transaction around a module, for module-scoped fixtures that build rows once: every
    test sees them and nests its own transaction, rolled back after it, and the module's rows
    are rolled back after its last test (what Django's setUpTestData does for a class).
    Not for modules with transactional tests, which would flush inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="session")
def _news_server():
    with NewsSite() as site:
        yield site


@pytest.fixture
def news_site(_news_server, settings):
    """The news site on this machine, which the fetcher may reach during this test only."""
    settings.FETCH_ALLOWED_HOSTS = ["127.0.0.1"]
    return _news_server


@pytest.fixture
def tasks_run_at_once(settings):
    """Background tasks run as they are queued, for tests about what they produce rather than
    the queue (tests/test_tasks.py drives the real queues)."""
    settings.TASKS = {"default": settings.TASK_BACKENDS["immediate"]}


def ensure_newsroom_groups():
    """Transactional tests flush the database, taking the migration-made groups with it."""
    if Group.objects.filter(name__in=["Editors", "Fact-checkers"]).count() != 2:
        roles = importlib.import_module("claims.migrations.0002_editor_and_fact_checker_groups")
        roles.create_groups(apps, None)
        importlib.import_module(
            "claims.migrations.0009_fact_checkers_correct_published_claims"
        ).grant(apps, None)


def _member(username, group_name=None, **extra):
    user = User.objects.create_user(username=username, password="pw-for-tests-only", **extra)
    if group_name:
        ensure_newsroom_groups()
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(db):
    return _member("erin", "Editors")


@pytest.fixture
def checker(db):
    return _member("chris", "Fact-checkers")


@pytest.fixture
def outsider(db):
    """Logged in, but in neither newsroom group."""
    return _member("olly")


@pytest.fixture
def superuser(db):
    return _member("ada", is_staff=True, is_superuser=True)


def _client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(editor):
    return _client_for(editor)


@pytest.fixture
def checker_client(checker):
    return _client_for(checker)


@pytest.fixture
def outsider_client(outsider):
    return _client_for(outsider)


@pytest.fixture
def superuser_client(superuser):
    return _client_for(superuser)


@pytest.fixture
def article(db, editor):
    return make_article(user=editor)


@pytest.fixture
def claim(article, editor):
    return make_claim(article=article, user=editor)


HTMX = {"HX-Request": "true"}
