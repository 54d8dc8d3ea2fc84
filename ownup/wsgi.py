import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ownup.settings")
django_application = get_wsgi_application()

# Imported once Django is set up: the public status page is answered from memory.
from ownup.statuspage.wsgi import PublicPageCache  # noqa: E402

application = PublicPageCache(django_application)
