from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from ownup.statuspage.urls import api_urlpatterns

urlpatterns = [
    path("", include("ownup.incidents.urls")),
    path("incidents/", include("ownup.comms.urls")),
    path("customers/", include("ownup.customers.urls")),
    path("inbox/", include("ownup.inbox.urls")),
    path("help/", include("ownup.escalations.urls")),
    path("status/", include("ownup.statuspage.urls")),
    path("status/", include("ownup.subscribers.urls")),
    path("remedies/", include("ownup.remedies.urls")),
    path("agreements/", include("ownup.agreements.urls")),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    *api_urlpatterns,
]
