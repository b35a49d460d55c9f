"""An archive may come from anywhere: importing one can only ever add the newsroom's own rows,
validated like form input, or refuse the whole file with one line."""

import json

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.management import CommandError, call_command
from django.test import override_settings

from claims.models import Article, Claim, Evidence, Source
from claims.newsroom_archive import LEGACY_FORMAT, MODELS
from tests.factories import make_evidence_and_attribution, make_published_claim

pytestmark = pytest.mark.django_db(transaction=True)


def first_format(path):
    """An export as a document of the first format (factcheck-newsroom/1, one JSON document of
    sections), which imports still read: the shape these tests tamper with."""
    from django.apps import apps

    header, *rows = [json.loads(line) for line in path.read_text().splitlines()]
    records = {label: [] for label in MODELS}
    for row in rows:
        records[apps.get_model(row["model"])._meta.label].append(row)
    return {"format": LEGACY_FORMAT, "users": header["users"], "records": records}


@pytest.fixture
def archive(tmp_path, checker):
    """A real export of a small newsroom, emptied from the database, as a dict to tamper with."""
    claim = make_published_claim(user=checker)
    make_evidence_and_attribution(claim, checker)
    path = tmp_path / "newsroom.json"
    call_command("export_newsroom", str(path))
    _empty_newsroom()
    return path, first_format(path)


def _import(path, document):
    path.write_text(json.dumps(document))
    call_command("import_newsroom", str(path))


def _nothing_imported():
    assert not Article.objects.exists() and not Claim.objects.exists()


def test_a_row_claiming_another_model_cannot_create_a_superuser(archive):
    path, document = archive
    document["records"]["claims.Source"].append(
        {"model": "auth.user", "pk": 999, "fields": {
            "username": "intruder", "password": "pbkdf2_sha256$1$x$y", "is_superuser": True,
            "is_staff": True, "is_active": True}}
    )  # fmt: skip
    with pytest.raises(CommandError, match="claims.Source"):
        _import(path, document)
    assert not User.objects.filter(username="intruder").exists()
    _nothing_imported()


def test_an_archive_cannot_touch_passwords_groups_or_permissions(archive, checker):
    path, document = archive
    password = User.objects.get(pk=checker.pk).password
    document["records"]["auth.Group_permissions"] = [{"group_id": 1, "permission_id": 1}]
    with pytest.raises(CommandError, match="does not import"):
        _import(path, document)
    document["records"].pop("auth.Group_permissions")
    document["records"]["claims.Article"][0]["model"] = "auth.group"
    document["users"].append("newcomer")
    _import(path, document)  # the row's own model key is ignored: it is read as an article
    assert User.objects.get(pk=checker.pk).password == password
    newcomer = User.objects.get(username="newcomer")
    assert not newcomer.is_active and not newcomer.has_usable_password()
    assert not newcomer.is_staff and not newcomer.is_superuser
    editors = Group.objects.get(name="Editors")
    assert not editors.permissions.filter(codename="correct_claim").exists()
    assert Permission.objects.filter(group__name="Fact-checkers").count() > 0


@pytest.mark.parametrize(
    ("section", "field", "value", "message"),
    [
        ("claims.Evidence", "url", "javascript:alert(1)", "valid URL"),
        ("claims.Claim", "verdict", "pants-on-fire", "not a valid choice"),
        ("claims.Source", "name", "x" * 500, "at most 200 characters"),
        ("claims.Claim", "article", 987654, "refers to rows it does not contain"),
        ("claims.Claim", "published", "maybe", "must be either True or False"),
    ],
)
def test_invalid_rows_are_refused_with_one_line_and_nothing_kept(
    archive, section, field, value, message
):
    path, document = archive
    document["records"][section][0]["fields"][field] = value
    with pytest.raises(CommandError, match=message) as refused:
        _import(path, document)
    assert "\n" not in str(refused.value)
    _nothing_imported()
    assert not Evidence.objects.exists() and not Source.objects.exists()


@pytest.mark.parametrize(
    "tamper",
    [
        lambda d: d.update(records=[]),
        lambda d: d["records"].update({"claims.Claim": {"not": "a list"}}),
        lambda d: d["records"]["claims.Claim"].append("just a string"),
        lambda d: d["records"]["claims.Claim"][0].pop("fields"),
        lambda d: d["records"]["claims.Claim"][0]["fields"].update(no_such_field=1),
        lambda d: d.update(users=[{"username": "x"}]),
        lambda d: d["records"]["claims.Source"].append(d["records"]["claims.Source"][0]),
    ],
    ids=["records", "section", "row", "fields", "unknown-field", "users", "duplicate"],
)
def test_malformed_archives_end_with_one_line(archive, tamper):
    path, document = archive
    tamper(document)
    with pytest.raises(CommandError) as refused:
        _import(path, document)
    assert "\n" not in str(refused.value) and "Traceback" not in str(refused.value)
    _nothing_imported()


def test_huge_archives_are_refused_before_reading(archive):
    path, document = archive
    with (
        override_settings(NEWSROOM_ARCHIVE_MAX_BYTES=100),
        pytest.raises(CommandError, match="NEWSROOM_ARCHIVE_MAX_BYTES"),
    ):
        _import(path, document)


def _naming_a_stranger(lines):
    """A history row by a user the archive does not list and the database does not have."""
    row = json.loads(next(line for line in lines if '"history_user"' in line))
    return json.dumps({**row, "pk": 999, "fields": {**row["fields"], "history_user": ["nobody"]}})


def _lines_of(path):
    return path.read_text().splitlines()


@pytest.mark.parametrize(
    "tamper",
    [
        lambda lines: lines.append('{"model": "auth.user", "pk": 99, "fields": {"username": "x"}}'),
        lambda lines: lines.append("{not json"),
        lambda lines: lines.append(lines[1]),
        lambda lines: lines.append(json.dumps(
            {**json.loads(lines[1]), "pk": 999, "fields": {**json.loads(lines[1])["fields"],
                                                          "kind": "wizard"}})),
        lambda lines: lines.append(_naming_a_stranger(lines)),
    ],
    ids=["other-model", "not-json", "duplicate", "invalid-choice", "unknown-user"],
)  # fmt: skip
def test_tampered_lines_end_the_import_with_one_line(tmp_path, checker, tamper):
    make_evidence_and_attribution(make_published_claim(user=checker), checker)
    path = tmp_path / "newsroom.jsonl"
    call_command("export_newsroom", str(path))
    lines = _lines_of(path)
    _empty_newsroom()
    tamper(lines)
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(CommandError) as refused:
        call_command("import_newsroom", str(path))
    assert "\n" not in str(refused.value) and "Traceback" not in str(refused.value)
    _nothing_imported()
    assert not User.objects.filter(username="x").exists()


def test_a_line_longer_than_any_row_is_refused_before_it_is_parsed(tmp_path, checker, monkeypatch):
    from claims import newsroom_archive

    make_published_claim(user=checker)
    path = tmp_path / "newsroom.jsonl"
    call_command("export_newsroom", str(path))
    _empty_newsroom()
    monkeypatch.setattr(newsroom_archive, "MAX_ROW_BYTES", 200)
    with pytest.raises(CommandError, match="longer than any row"):
        call_command("import_newsroom", str(path))
    _nothing_imported()


def _empty_newsroom():
    from django.apps import apps
    from django.db import connection

    with connection.cursor() as cursor:
        for label in reversed(MODELS):
            cursor.execute(f"DELETE FROM {apps.get_model(label)._meta.db_table}")
