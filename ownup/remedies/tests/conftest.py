import importlib
from decimal import Decimal

import pytest
from django.apps import apps

from ownup.accounts.models import User
from ownup.customers.models import Customer
from ownup.incidents.models import Incident
from ownup.remedies.models import Kind, Remedy
from ownup.remedies.selectors import option_for
from ownup.remedies.services import remedy_offer

_default_catalogue = importlib.import_module("ownup.remedies.migrations.0002_default_catalogue")


@pytest.fixture
def incident(incident: Incident) -> Incident:
    """The shared incident, with the default catalogue in place.

    A test that runs outside a transaction (a browser test) empties every table when it ends,
    the rows migrations added included; seeding again is a no-op when they are there.
    """
    _default_catalogue.seed(apps, None)
    return incident


@pytest.fixture
def ana(incident: Incident) -> Customer:
    return Customer.objects.get(key="C1")


@pytest.fixture
def credit_for_ana(incident: Incident, ana: Customer, agent_alice: User) -> Remedy:
    """A £20 service credit, within an agent's limit, so approved at once."""
    return remedy_offer(
        incident=incident,
        customer=ana,
        option=option_for(Kind.CREDIT),
        amount=Decimal(20),
        by=agent_alice,
    )
