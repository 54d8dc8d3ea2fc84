from django.urls import path

from ownup.agreements import views

app_name = "agreements"
urlpatterns = [
    path("", views.plans, name="plans"),
    path("plan/<str:plan>/", views.plan_detail, name="plan"),
    path("plan/<str:plan>/new-version/", views.plan_edit, name="plan-edit"),
    path("new/", views.plan_edit, name="plan-new"),
    path("reminders/", views.reminders, name="reminders"),
    path("reminders/unsubscribe/<str:token>/", views.unsubscribe, name="reminders-unsubscribe"),
]
