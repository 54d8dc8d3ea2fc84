from django.urls import path

from ownup.customers import views

app_name = "customers"
urlpatterns = [
    path("lookup/", views.customer_lookup_page, name="lookup"),
    path("import/", views.customers_import_page, name="import"),
    path("segments/", views.segments_page, name="segments"),
    path("segments/save/", views.segment_save_view, name="segment_save"),
    path("segments/freeze/", views.segment_freeze_view, name="segment_freeze"),
    path("segments/export.csv", views.segment_export_view, name="segment_export"),
]
