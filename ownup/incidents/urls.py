from django.urls import path

from ownup.incidents import views

app_name = "incidents"
urlpatterns = [
    path("", views.incident_list, name="list"),
    path("incidents/new/", views.incident_new, name="new"),
    path("incidents/<str:reference>/", views.incident_detail, name="detail"),
    path("incidents/<str:reference>/affected/", views.incident_affected, name="affected"),
    path("incidents/<str:reference>/update/", views.incident_update, name="update"),
    path("incidents/<str:reference>/impact/", views.incident_impact, name="impact"),
    path(
        "incidents/<str:reference>/affected/refresh/",
        views.incident_refresh_affected,
        name="refresh_affected",
    ),
]
