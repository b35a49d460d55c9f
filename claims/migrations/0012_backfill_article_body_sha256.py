"""Fingerprint the text of articles imported before body_sha256 existed."""

import hashlib

from django.db import migrations


def fingerprint(apps, schema_editor):
    Article = apps.get_model("claims", "Article")
    for article in Article.objects.filter(body_sha256="").only("pk", "body").iterator():
        digest = hashlib.sha256(article.body.encode("utf-8")).hexdigest()
        Article.objects.filter(pk=article.pk).update(body_sha256=digest)


class Migration(migrations.Migration):
    dependencies = [("claims", "0011_page_captures_and_article_metadata")]

    operations = [migrations.RunPython(fingerprint, migrations.RunPython.noop)]
