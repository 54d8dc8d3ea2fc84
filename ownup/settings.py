"""ownup settings, read only from OWNUP_* environment variables with safe defaults."""

import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

from ownup.mailurl import mailer_from_url

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("OWNUP_VAR_DIR", BASE_DIR / "var"))


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def envint(name: str, default: int) -> int:
    value = os.environ.get(name)
    return default if value is None or not value.strip() else int(value)


def envstr(name: str, default: str) -> str:
    return os.environ.get(name) or default


DEBUG = envbool("OWNUP_DEBUG", False)
# The embedded default must work with zero setup; a real deployment sets its own key.
SECRET_KEY = envstr("OWNUP_SECRET_KEY", "ownup-insecure-default-key-set-OWNUP_SECRET_KEY")
ALLOWED_HOSTS = envstr("OWNUP_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",")
CSRF_TRUSTED_ORIGINS = [
    o for o in envstr("OWNUP_CSRF_TRUSTED_ORIGINS", " ").split(",") if o.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "ownup",
    "ownup.accounts",
    "ownup.customers",
    "ownup.incidents",
    "ownup.comms",
    "ownup.statuspage",
    "ownup.subscribers",
    "ownup.remedies",
    "ownup.inbox",
    "ownup.demo",
    "ownup.agreements",
    "ownup.escalations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "ownup.accounts.middleware.UserTimezoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "ownup.urls"
WSGI_APPLICATION = "ownup.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

SQLITE_PATH = VAR_DIR / "ownup.sqlite3"
DATABASES = {
    "default": dj_database_url.parse(
        envstr("OWNUP_DATABASE_URL", f"sqlite:///{SQLITE_PATH}"), conn_max_age=600
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL and IMMEDIATE transactions let the web app and the worker write side by side.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;"
        ),
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "incidents:list"
LOGOUT_REDIRECT_URL = "login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# Columnar copies of customer data for segments: local to each machine, rebuilt on change.
OWNUP_DUCKDB_DIR = Path(os.environ.get("OWNUP_DUCKDB_DIR", VAR_DIR / "duckdb"))
OWNUP_SEGMENT_SECONDS = float(envstr("OWNUP_SEGMENT_SECONDS", "5"))

STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns on every start without it
# Serve straight from the app folders: no collectstatic step before the first start.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# Outgoing email: where notices go, who they come from, where replies land.
EMAIL_URL = envstr("OWNUP_EMAIL_URL", f"file://{VAR_DIR / 'mail'}")
MAILERS = {"default": mailer_from_url(EMAIL_URL)}
OWNUP_FROM_EMAIL = envstr("OWNUP_FROM_EMAIL", "Support <support@ownup.invalid>")
OWNUP_REPLY_TO = envstr("OWNUP_REPLY_TO", "support@ownup.invalid")
OWNUP_MESSAGE_ID_DOMAIN = envstr("OWNUP_MESSAGE_ID_DOMAIN", "ownup.invalid")

# Delivery: how long a claimed row belongs to one worker, and how long to keep retrying.
OWNUP_LEASE_SECONDS = envint("OWNUP_LEASE_SECONDS", 120)
OWNUP_RETRY_FOR_SECONDS = envint("OWNUP_RETRY_FOR_SECONDS", 6 * 3600)
OWNUP_WORKER_BATCH = envint("OWNUP_WORKER_BATCH", 500)
OWNUP_WORKER_POLL_SECONDS = float(envstr("OWNUP_WORKER_POLL_SECONDS", "1.0"))
# Connections one worker keeps open to the relay, each sending one message at a time.
OWNUP_WORKER_CONNECTIONS = envint("OWNUP_WORKER_CONNECTIONS", 8)
# Messages a second per worker process, to the relay and per recipient domain
# ("gmail.com=5,outlook.com=3,*=20"); 0 or empty is no limit.
OWNUP_RATE_PER_SECOND = envstr("OWNUP_RATE_PER_SECOND", "0")
OWNUP_RATE_PER_DOMAIN = envstr("OWNUP_RATE_PER_DOMAIN", "")
# A send to more recipients than this, or for the two highest severities, waits for a lead.
OWNUP_APPROVAL_THRESHOLD = envint("OWNUP_APPROVAL_THRESHOLD", 500)

# Status page subscribers: links in their mail are absolute, signed, and confirmations expire.
OWNUP_PUBLIC_URL = envstr("OWNUP_PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/")
OWNUP_SUBSCRIBE_TOKEN_DAYS = envint("OWNUP_SUBSCRIBE_TOKEN_DAYS", 7)
# Subscribe requests allowed per hour for one address and from one IP.
OWNUP_SUBSCRIBE_PER_ADDRESS_HOUR = envint("OWNUP_SUBSCRIBE_PER_ADDRESS_HOUR", 3)
OWNUP_SUBSCRIBE_PER_IP_HOUR = envint("OWNUP_SUBSCRIBE_PER_IP_HOUR", 20)

# The public status page: its name and address as readers see them (feeds, the v2 API), the
# folder it is published to on every change, and how often each web process checks for one.
OWNUP_STATUSPAGE_NAME = envstr("OWNUP_STATUSPAGE_NAME", "Service status")
OWNUP_STATUSPAGE_URL = envstr("OWNUP_STATUSPAGE_URL", "http://127.0.0.1:8000/status/")
OWNUP_STATUSPAGE_DIR = Path(os.environ.get("OWNUP_STATUSPAGE_DIR", VAR_DIR / "statuspage"))
OWNUP_STATUSPAGE_RECHECK_SECONDS = float(envstr("OWNUP_STATUSPAGE_RECHECK_SECONDS", "1.0"))

# Customers' replies: the mailbox they land in (imaps://user:pass@host:993/INBOX), how often
# the worker reads it, and the shared secret of a provider that posts them to /inbox/inbound/.
OWNUP_IMAP_URL = envstr("OWNUP_IMAP_URL", "")
OWNUP_IMAP_POLL_SECONDS = envint("OWNUP_IMAP_POLL_SECONDS", 60)
OWNUP_INBOUND_SECRET = envstr("OWNUP_INBOUND_SECRET", "")
OWNUP_INBOUND_MAX_BYTES = envint("OWNUP_INBOUND_MAX_BYTES", 40 * 1024 * 1024)

# Calls for help: minutes the person asked has to acknowledge, by severity, before the call
# passes to the next on the list ("5=5,4=15,3=30,2=60,1=240"); a chat webhook told of each
# call; how long a mailed acknowledge link works.
OWNUP_ESCALATION_ACK_MINUTES = envstr("OWNUP_ESCALATION_ACK_MINUTES", "")
OWNUP_ESCALATION_WEBHOOK_URL = envstr("OWNUP_ESCALATION_WEBHOOK_URL", "")
OWNUP_ESCALATION_LINK_DAYS = envint("OWNUP_ESCALATION_LINK_DAYS", 7)

# Remedies: the currency they are given in, how long until one is overdue, where billing is
# told of each fulfilment (signed with the secret).
OWNUP_REMEDY_CURRENCY = envstr("OWNUP_REMEDY_CURRENCY", "GBP")
OWNUP_REMEDY_DUE_DAYS = envint("OWNUP_REMEDY_DUE_DAYS", 14)
OWNUP_REMEDY_WEBHOOK_URL = envstr("OWNUP_REMEDY_WEBHOOK_URL", "")
OWNUP_REMEDY_WEBHOOK_SECRET = envstr("OWNUP_REMEDY_WEBHOOK_SECRET", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("OWNUP_LOG_LEVEL", "WARNING")},
}
