from django.urls import path, re_path

from ownup.statuspage import views

app_name = "statuspage"
V2 = (
    r"api/v2/(?:summary|status|components|incidents|incidents/unresolved|scheduled-maintenances"
    r"|scheduled-maintenances/upcoming|scheduled-maintenances/active)\.json"
)
urlpatterns = [
    path("", views.page, name="page"),
    path("incidents/<slug:public_id>/", views.incident, name="incident"),
    path("maintenance/<slug:public_id>/", views.maintenance, name="maintenance"),
    path("history/", views.history, name="history"),
    path("history/<int:number>/", views.history, name="history-page"),
    re_path(rf"^(?P<path>{V2}|feed\.atom|feed\.rss|statuspage\.css|favicon\.svg)$", views.file),
]
# The v2 API where readers look for it by default, at the root of the site.
api_urlpatterns = [re_path(rf"^(?P<path>{V2})$", views.file)]
