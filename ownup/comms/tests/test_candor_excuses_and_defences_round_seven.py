"""The candor check on a failure disowned outright ("through no fault of ours", "nothing we
could have done", "cannot be held responsible"), on a flat "It wasn't.", on what a boundary
says is on the customer's side, and on a booking cancelled at the customer's word.

Beside each, near misses: a former employee of the customer's own, nothing for the customer
to do on their side, a promise we broke ("it should have arrived, and it wasn't"), a right the
customer has because we told them late, and our own promise repeated."""

import pytest

from ownup.comms.candor.check import candor_check
from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

WORDINGS: Wordings = {
    "blame_shifting": (
        [
            "The clinic is running 40 minutes behind because the delivery came late, through "
            "no fault of ours.",
            "Their driver went to the wrong pick-up point, and there was nothing we could have "
            "done about that.",
            "We cannot be held responsible for third parties.",
            "International wires pass through several banks, and we don't have any control over "
            "how fast they go.",
            "The late filing is not something this practice is responsible for.",
            "With respect, this is not the fault of the club or its staff.",
            "The server's playing up again; nothing I can do till the host sorts it.",
            "Your order is late because someone on your side gave the wrong postcode.",
        ],
        [
            "A former employee of yours could still sign in to your shop's dashboard.",
            "The payout is on its way, and there is nothing to do on your side.",
            "This wasn't a fault on the network; a card in our exchange had failed.",
        ],
    ),
    "defensive": (
        [
            "Was the charge a mistake? It wasn't.",
            "As we have told you before, the pool closes at eight.",
        ],
        [
            "Your bin should have been emptied yesterday, and it wasn't.",
            "I told you the shop would be live on Monday and it wasn't.",
            "Because we told you less than 14 days before departure, you are entitled to £220.",
            "We told you they would arrive in weeks 8-9, and they did not.",
        ],
    ),
    "escalating": (
        ["If this happens again we will cancel your membership."],
        ["If 2 pm doesn't work for you, reply by Friday and we'll cancel your place."],
    ),
}

test_wording_found, test_near_miss_not_found = wording_tests(WORDINGS)


def test_a_boundary_may_say_what_is_on_the_customers_side() -> None:
    boundary = (
        "Dear Ms Hale,\n\nUnder your Starter agreement, keeping copies of your projects is on "
        "your side, which is why the Export button sits at the top of every project. We can "
        "restore a deleted project from our own nightly copy as a one-off for £40.\n\nPlinth\n"
    )

    assert not candor_check(boundary, "boundary").anti_patterns["blame_shifting"]
