from django.urls import path

from ownup.remedies import views

app_name = "remedies"
urlpatterns = [
    path("", views.remedy_list, name="list"),
    path("export.csv", views.remedy_export, name="export"),
    path("options/", views.option_list, name="options"),
    path("incident/<str:reference>/new/", views.remedy_new, name="new"),
    path("incident/<str:reference>/sla/", views.sla_propose, name="sla"),
    path("<str:reference>/", views.remedy_detail, name="detail"),
    path("<str:reference>/move/", views.remedy_step, name="move"),
    path("<str:reference>/email/", views.remedy_send_email, name="email"),
]
