from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Fact-checking"

    def ready(self):
        from claims import checks  # noqa: F401  (registers the deployment checks)
