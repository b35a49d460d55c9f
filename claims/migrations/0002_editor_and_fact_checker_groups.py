"""The two newsroom roles. Editors build the record; fact-checkers also rule on it and publish."""

from django.db import migrations

EDITABLE = ["article", "claim", "source", "sourcealias", "attribution", "evidence"]
EDITOR_PERMISSIONS = [
    f"{action}_{model}" for model in EDITABLE for action in ("add", "change", "view")
] + ["view_correction"]
FACT_CHECKER_PERMISSIONS = EDITOR_PERMISSIONS + ["check_claim", "publish_claim"]
GROUPS = {"Editors": EDITOR_PERMISSIONS, "Fact-checkers": FACT_CHECKER_PERMISSIONS}


def create_groups(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; this one needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = Permission.objects.filter(
            content_type__app_label="claims", codename__in=codenames
        )
        assert permissions.count() == len(codenames), f"missing permissions for {name}"
        group.permissions.set(permissions)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
