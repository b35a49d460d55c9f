"""Helpers for the migrations that set the newsroom roles' permissions."""


def ensure_permissions(apps) -> None:
    """Permissions are normally created after all migrations; role migrations need them now."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def _permissions(apps, codenames):
    Permission = apps.get_model("auth", "Permission")
    found = Permission.objects.filter(content_type__app_label="claims", codename__in=codenames)
    assert found.count() == len(codenames), f"missing permissions among {codenames}"
    return found


def grant(apps, group_name: str, codenames: list[str]) -> None:
    ensure_permissions(apps)
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=group_name)
    group.permissions.add(*_permissions(apps, codenames))


def revoke(apps, group_name: str, codenames: list[str]) -> None:
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name=group_name):
        group.permissions.remove(*_permissions(apps, codenames))
