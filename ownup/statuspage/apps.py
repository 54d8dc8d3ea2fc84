from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save


class StatuspageConfig(AppConfig):
    name = "ownup.statuspage"
    label = "statuspage"

    def ready(self) -> None:
        # Public text changes in other apps' services and in the admin too; listening to
        # their saves is the one place that sees every change, so the page is never stale.
        from ownup.incidents.models import Incident, TimelineEntry
        from ownup.statuspage import models
        from ownup.statuspage.publishing import page_changed

        def changed(sender: object, **kwargs: object) -> None:
            if kwargs.get("raw"):
                return
            # A new internal note (a call for help, a remedy's progress) is never on the
            # page; re-rendering every surface for it would cost each note a publish.
            entry = kwargs.get("instance")
            if isinstance(entry, TimelineEntry) and kwargs.get("created") and not entry.public:
                return
            page_changed()

        public = (
            Incident,
            TimelineEntry,
            models.Component,
            models.ComponentGroup,
            models.IncidentImpact,
            models.Maintenance,
            models.MaintenanceUpdate,
        )
        for model in public:
            post_save.connect(
                changed, sender=model, dispatch_uid=f"statuspage-{model.__name__}", weak=False
            )
            post_delete.connect(
                changed, sender=model, dispatch_uid=f"statuspage-d-{model.__name__}"
            )
        m2m_changed.connect(
            changed,
            sender=models.Maintenance.components.through,
            dispatch_uid="statuspage-m2m",
            weak=False,
        )
