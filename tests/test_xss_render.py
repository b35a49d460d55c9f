"""Every vector of the XSS corpus, rendered once where readers see it.

The rows are made once for the module (`module_transaction`); each test changes them inside
its own transaction, rolled back after it.
"""

import pytest
from django.test import Client

from claims.models import Article, Claim
from tests.factories import make_published_claim
from tests.test_security import VECTORS, assert_inert


@pytest.fixture(scope="module")
def shown_claim(module_transaction):
    return make_published_claim()


@pytest.mark.django_db
@pytest.mark.parametrize("vector", VECTORS)
def test_every_vector_is_inert_on_the_public_claim_page(vector, shown_claim):
    """The claim page shows the wording, the explanation and the article's title, in the HTML
    and in the ClaimReview JSON-LD."""
    Claim.objects.filter(pk=shown_claim.pk).update(statement=vector[:200], explanation=vector)
    Article.objects.filter(pk=shown_claim.article_id).update(title=vector[:300])

    page = Client().get(shown_claim.get_absolute_url()).content.decode()

    assert page.count("<script") == page.count('<script type="application/ld+json">') == 1
    assert_inert(page, allowed_tags=None)
