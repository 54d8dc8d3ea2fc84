from django.urls import path

from ownup.customers import views

app_name = "customers"
urlpatterns = [
    path("lookup/", views.customer_lookup_page, name="lookup"),
]
