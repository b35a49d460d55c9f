"""Flushing pages when the record changes, and making the flushes a process missed."""

import logging
import time

import redis
from django.db import transaction

from claims.models import PendingFlush
from claims.public_cache import stores
from claims.public_cache.policy import changed_by

logger = logging.getLogger(__name__)


# How often a process looks for flushes that failed (in it or in any other process, before a
# restart included): the longest a change can stay hidden once the cache answers again.
SWEEP_SECONDS = 10
next_sweep = 0.0  # time.monotonic(); the first request a process serves sweeps


def invalidate(tags) -> bool:
    """Flush the pages with these tags; False when the cache could not be reached."""
    try:
        stores.store().flush(tags)
    except redis.RedisError:
        # The write itself has succeeded; refusing it now would lose the editor's work. The
        # flush stays pending in the database, for `sweep` to make.
        logger.error("Could not invalidate the public page cache.", exc_info=True)
        return False
    return True


def invalidate_after_commit(*objects) -> None:
    """Flush the pages showing these objects now, and again once the write commits.

    The second flush matters: a reader between the first and the commit could cache the old
    state again. The first keeps pages fresh inside a still-open transaction (tests, shells).
    Tags are worked out now, while a deleted object still has its id. The flush is recorded in
    the write's own transaction and the record removed once a flush after commit succeeds.
    """
    tags = set().union(*(changed_by(obj) for obj in objects))
    if not tags:
        return
    pending = PendingFlush.objects.create(tags=sorted(tags))
    invalidate(tags)

    def after_commit():
        if invalidate(tags):
            PendingFlush.objects.filter(pk=pending.pk).delete()

    transaction.on_commit(after_commit)


def sweep() -> None:
    """Make the flushes still pending, whichever process missed them."""
    global next_sweep
    next_sweep = time.monotonic() + SWEEP_SECONDS
    rows = list(PendingFlush.objects.order_by("pk").values_list("pk", "tags")[:1000])
    if rows and invalidate(set().union(*(set(tags) for _, tags in rows))):
        PendingFlush.objects.filter(pk__in=[pk for pk, _ in rows]).delete()
