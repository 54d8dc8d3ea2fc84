"""The candor check on excuses and defences in families of wording: a counterfactual about what
customers should have done, other customers said to have broken the rules, control disowned, a
surge of people given as the reason, one of our people made the cause, a denial that turns at
once to the customer, and resentment at a supplier; our warnings, paperwork, record and
training held up, the terms said to be on show or agreed to, a fault denied, and everyone else
said to have coped. Beside each, near misses: the same words owning the failure, a state the
customer was in, a check explained by what it proves, directions, and news of a busy day."""

import pytest

from ownup.comms.candor.check import candor_check
from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "blame_shifting": (
        [
            # What customers did or did not do, in a counterfactual.
            "If members put their weights back, the gym floor wouldn't be a hazard.",
            "If customers read the care label, this would never happen.",
            "None of this would have happened if you had locked the side gate.",
            "The tiles wouldn't have cracked if you'd kept off them for a day.",
            "If diners told us about allergies when booking, it would not be a problem.",
            "Had your team replied to our email, the domain would not have lapsed.",
            "That's what happens when you don't back up your files.",
            "This is what happens if people leave the gate open.",
            # Other customers said to have broken the rules.
            "Another guest ignored the no-glass rule on the terrace, so the pool is shut.",
            "Some parents have repeatedly ignored the drop-off times.",
            "One of the players broke the rules about studs on the new pitch.",
            "A resident disregarded the bin collection notice again.",
            "Somebody didn't follow the instructions on the machine.",
            # Control disowned.
            "The Land Registry is not within the practice's control.",
            "Neither the airline nor the airport is within our control.",
            "Delays at the port are outside the company's control.",
            "We can't control what the courier does once the parcel leaves us.",
            "The office has no control over the instructors' diaries.",
            "Our guides are self-employed, so their availability is up to them.",
            "Our hands were tied by the insurer.",
            # A surge of people given as the reason.
            "The launch brought a record wave of sign-ups.",
            "An unexpected flood of bookings meant the system slowed to a crawl.",
            "A sudden rush of shoppers overwhelmed the checkout.",
            "Record numbers of callers swamped the phone lines on Monday.",
            # One of our people, or the one assigned to the customer, made the cause.
            "Your order was late because a temp in our warehouse skipped the final scan.",
            "The letter went astray because the new starter on reception misfiled it.",
            "Your cat missed her jab because the locum vet misread the chart.",
            "Your engineer double-booked himself, so nobody came on Tuesday.",
            "Your tutor forgot to log the lesson in the system.",
            # A denial that turns at once to them.
            "It wasn't down to us; it was your router settings.",
            "The outage wasn't caused by us. Your DNS records pointed at an old server.",
            "The booking was cancelled by your assistant, not by us.",
            # The customer's act said to be the only way it happens.
            "The paint only fades when owners leave the car in full sun, which you did.",
            "The lock only jams if you force the key.",
            "Water only gets in if the vents are left open, which your tenants did.",
            # Resentment at a supplier.
            "The caterer gave us no warning at all that they had double-booked.",
            "Frankly the venue left us in the lurch.",
        ],
        [
            "If you follow the steps in our email, your access will come back.",
            "If you read this before Friday, you can still switch your slot.",
            "If customers would like a refund, they can reply to this email.",
            "If you were relying on the alerts overnight, they would not have fired.",
            "If you logged in during the outage, you would not have seen your balance.",
            "A guest told us the pool was cloudy, and they were right.",
            "Some members ignored our emails because we sent them to an old list; our mistake.",
            "Our instructor mixed up the dates and that is on us.",
            "You can't control when the courier arrives, so we'll text you an hour before.",
            "We don't say this lightly: thank you for your patience.",
            "We had record numbers of visitors at the fair this year, thank you all.",
            "Because you had to wait in the rain for an hour, we've refunded your tickets.",
            "Because you were left without heating for two days, we've taken a month off.",
            "We're delighted with the record number of bookings for the summer fair.",
            "Our contractor missed the pipe on the drawings, and we should have checked his work.",
            "When our driver arrived, nobody was in, so he left a card.",
            "Your engineer did not find any fault with the boiler.",
            "Your technician didn't need to replace anything.",
            "The tank only fills when the pump is on.",
            "We asked you to confirm your address, which you did, thank you.",
            "This wasn't because of anything you did; it was our bug.",
            "The delay wasn't down to you at all.",
            "The supplier gave us no warning, but we should have had a second one lined up.",
            "We gave you no warning, and we should have.",
        ],
    ),
    "defensive": (
        [
            # Our warning held up.
            "After we warned you the tyres were worn, you drove another 2,000 miles.",
            "Even though I told you the frame was fragile, you chose the cheaper packing.",
            "Despite our engineer advising you to replace the boiler, you said no.",
            # Our paperwork, or the terms on show or agreed to.
            "Our quote clearly stated that parts were extra.",
            "The booking form plainly says the deposit is non-refundable.",
            "Your invoice expressly set out the call-out charge.",
            "The signs by the pool explicitly warn against running.",
            "The fee is clearly displayed at the till.",
            "The cut-off time is prominently shown on the checkout page.",
            "You agreed to this when you signed up.",
            "When you booked, you accepted our cancellation terms.",
            "If you'd read the instructions, you would have known to charge it first.",
            "If people stuck to the rules on the signs, we would not have to close.",
            # What kind of business we are, our record, training and experience.
            "We're a bakery, not a miracle factory.",
            "We are a small family firm, not a multinational.",
            "We have never had a complaint about our marquees.",
            "In twelve years nobody has ever complained about the food.",
            "We've been fixing cars since 1998 and know what we're doing.",
            "Our mechanics are fully qualified.",
            "We followed the manufacturer's guidance to the letter.",
            # Everyone else coped.
            "Every other customer seems to have managed fine.",
            "All the other parents coped with the new pick-up time.",
            "Everyone else had no trouble with the new app.",
            # A fault denied, or said again.
            "This is NOT a billing error on our part.",
            "It was not a software bug.",
            "It's not a defect; the wood moves with the seasons.",
            "This is not a fault with the app, it's your phone.",
            "That has nothing to do with the shop.",
            "I will explain this one more time.",
        ],
        [
            "We told you the car would be ready Friday, and it wasn't; that is on us.",
            "Our quote said £240 and we charged £310 by mistake; we've refunded the difference.",
            "Our invoice clearly showed the wrong amount, and that was our error.",
            "The signs clearly show where the new entrance is.",
            "Our email clearly explains how to rejoin, and you can reply with any questions.",
            "New prices will be clearly displayed at the till from Monday.",
            "We're a small team, and we should have told you sooner.",
            "Every other customer on your street was affected too.",
            "All the other orders went out on time; yours did not, and we are sorry.",
            "The yearly test that proves the scales weigh correctly is due on Monday.",
            "It was not a simple error: three things went wrong at once.",
            "It's a defect in the batch we sold you, and we are replacing it.",
            "This is not a fault with your boiler; our fitter connected it wrongly.",
            "If you follow the instructions in the email, the reset takes two minutes.",
            "If you followed the instructions and it still wouldn't start, reply to us.",
            "We will follow your instructions to the letter this time.",
            "I'll explain what happened, step by step.",
            "It had everything to do with us, and we are sorry.",
        ],
    ),
}


test_the_excuse_or_defence_is_found, test_a_near_miss_is_not_flagged = wording_tests(WORDINGS)


def test_a_supplier_named_while_owning_is_not_blame_but_resentment_after_owning_is() -> None:
    owned = (
        "The coach we booked arrived 50 minutes late. We should have phoned every family the "
        "moment we knew, and we didn't; that's on us. We have asked the coach firm to explain."
    )
    resentful = owned + " Honestly, though, the coach firm gave us no warning at all."

    assert not candor_check(owned, "resolution").anti_patterns["blame_shifting"]
    assert candor_check(resentful, "resolution").anti_patterns["blame_shifting"]


def test_a_calm_boundary_may_say_where_the_deletion_came_from() -> None:
    text = (
        "Hi Ana, I'm sorry. The deletion came from your laptop on 4 May and our 30-day recovery "
        "window closed on 3 June, so the files are gone from our servers. A recovery firm we "
        "work with may still help; we'll pay their £90 assessment fee. Just reply."
    )

    assert not candor_check(text, "boundary").anti_patterns["blame_shifting"]


def test_a_bare_denial_is_a_defence_and_turning_to_the_customer_is_blame() -> None:
    denial = "We did everything right on our side. The delay wasn't down to us."
    turned = "Your builds didn't fail because of us. Your config pins a retired image."

    assert candor_check(denial, "reply").anti_patterns["defensive"]
    assert not candor_check(denial, "reply").anti_patterns["blame_shifting"]
    assert candor_check(turned, "reply").anti_patterns["blame_shifting"]
