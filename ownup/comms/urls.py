from django.urls import path

from ownup.comms import views

app_name = "comms"
urlpatterns = [
    path("<str:reference>/notices/<str:kind>/", views.compose, name="compose"),
    path("<str:reference>/notices/<str:kind>/send/", views.send, name="send"),
    path("<str:reference>/delivery/", views.delivery, name="delivery"),
    path("batches/<str:reference>/approve/", views.approve, name="approve"),
]
