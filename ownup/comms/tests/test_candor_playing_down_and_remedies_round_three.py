"""The candor check on playing a failure down by filing it under a harmless kind (a quirk, a
paperwork slip, a common mix-up, easily put right), by sarcasm in a few words, by counting how
many it spared or by calling it a single thing; on remedies told in plain money words (a charge
that comes back, costs met, a bill made smaller, a penalty cancelled) and the options a calm
boundary leaves open; and on grovelling, legal threats, telling the customer off for chasing,
hedges, a past "as soon as" and explained terms."""

import pytest

from ownup.comms.candor.check import candor_check
from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "minimising": (
        [
            "The wrong totals were a small reporting quirk; your invoices were always right.",
            "A few gremlins in the new till meant some receipts printed twice.",
            "It was a simple oversight by the front desk and has been dealt with.",
            "Missing the renewal was purely administrative, since your cover never lapsed.",
            "The mislabelled jars were just a technicality under the new rules.",
            "Honestly, it was more of a cosmetic glitch than anything that affects your account.",
            "The duplicated letters are easily put right.",
            "The wrong postcode on your parcel is easy to fix at the depot.",
            "Sending the wrong size is a very common mix-up in our trade.",
            "Double bookings happen to the best of us.",
            "A day on the stronger cream won't have done you any harm.",
            "Please don't lose sleep over the late statement.",
            "You missed one spin class. A disaster, obviously.",
            "Such an ordeal, I'm sure!",
            "Over 95% of orders arrived on time that week.",
            "The vast majority of guests checked in without any difficulty.",
            "Most of our members saw no problems at all and carried on as normal.",
            "It was one late parcel, Dan.",
            "We have heard that a few passengers were left on the platform.",
        ],
        [
            "Our script sent the reminder twice; that was our mistake.",
            "We could easily have avoided this, and we should have.",
            "The error was easily found once we looked at the logs, and we fixed it at 14:10.",
            "A common cause of this is an expired card, so please check yours.",
            "We sent every invoice twice, and 412 customers were charged double.",
            "It was a disaster for you, and we are sorry.",
            "94% of orders were delayed by more than two days.",
            "Most flights were not on time on Friday, and yours was cancelled.",
            "It was one faulty cable in our rack that took the site down.",
            "A few customers have told us the app still logs them out.",
            "Your payment slip is attached.",
        ],
    ),
    "remedy": (
        [
            "The delivery charge comes back to you automatically.",
            "The £40 booking fee will go straight back to your card.",
            "We returned the extra £15 to every customer on Friday.",
            "You'll get the difference back by the end of the week.",
            "The practice will also cover any taxi fare you paid to get here.",
            "We'll pay any bank charges this caused you.",
            "We've knocked this month's fee off your bill.",
            "Your next invoice has been reduced by £20 for the lost days.",
            "We've halved your subscription for March.",
            "The late-payment penalty has now been cancelled.",
            "Those fees have been waived.",
            "We have not charged you for the first month.",
            "We won't charge you for the replacement visit.",
        ],
        [
            "Refunds are something we are currently discussing with our supplier.",
            "We are still considering compensation for affected members.",
            "Compensation is payable in line with the passenger charter.",
            "Delay refunds can be claimed on our website.",
            "If you had to buy anything, keep the receipts and send them with your claim.",
            "We've held a slot for you on Wednesday: reply YES to keep it.",
            "Our customers pay any delivery fees for express orders themselves.",
            "Your duplicate charges will be voided by the bank.",
            "We removed the old addresses from your account.",
        ],
    ),
    "over_apology": (
        [
            "We ask your forgiveness for the trouble this has caused.",
            "We are sorry, and we beg your indulgence while we put this right.",
            "I apologise with all my heart.",
            "We humbly ask you to forgive us.",
        ],
        [
            "We are sorry we sent your order to the wrong address.",
            "With all the orders we had in, we should have hired more help.",
        ],
    ),
    "escalating": (
        [
            "Anyone repeating these claims online should expect to hear from our solicitors.",
            "If you leave that review up, you'll receive a letter from my lawyer.",
            "The next letter you get will be from our solicitors.",
            "Shouting at our staff won't make the repair any quicker.",
            "Emailing us every hour doesn't help.",
            "Chasing the driver on his mobile isn't going to speed it up.",
        ],
        [
            "Reply YES to keep the new appointment.",
            "Text STOP to stop these messages.",
            "Our solicitors have checked the new terms, and they are now on our website.",
            "Calling our old number won't reach us any more; please use 0161 555 0100.",
            "There's no need to keep calling, as it won't change your place in the queue.",
        ],
    ),
    "hedging_passive": (
        [
            "It appears your parcel was held at our hub for four days.",
            "It seems the payment was taken twice.",
            "Your transfer bounced due to an error that occurred during our upgrade.",
            "The problem which arose on Monday has been fixed.",
        ],
        [
            "We held your parcel at our hub for four days; that was our mistake.",
            "Free bottled water is being handed out at the town hall.",
            "A replacement is being offered to everyone who bought one.",
        ],
    ),
    "vague_time": (
        [
            "We will send the corrected bill as soon as possible.",
            "Your new card should arrive soon.",
        ],
        [
            "We remade it as soon as you said.",
            "I called the courier as soon as you told me it hadn't come.",
            "We stopped the job as soon as we noticed it.",
        ],
    ),
    "jargon": (
        [
            "The upload workers hit their ulimit on open file descriptors.",
            "Logins failed because of a problem with IdP token refresh.",
            "Large files failed because the multipart sessions stalled.",
        ],
        [
            "That was a caching mistake on our side: we kept an old copy of the figures.",
            "SERVICE NOTICE: ROUTE 12\n\nThe arrival boards at Route 12 stops show the wrong "
            "times; please use the PDF timetable until Thursday.",
        ],
    ),
}

test_the_label_is_found, test_a_near_miss_is_not_flagged = wording_tests(WORDINGS)


# In a boundary, the options still open to the customer are what we offer.
BOUNDARY_OPTIONS = [
    "Exports are not part of the Starter plan. If you want the feature, upgrade.",
    "We can't hold courts back for one member, but two things might help: the Sunday slots.",
    "I can't move your slot, but I've added you to the cancellation list.",
    "We can't extend the deadline, but you can book the September course instead.",
    "The class is full. I've put you on the waiting list for the next one.",
]


@pytest.mark.parametrize("text", BOUNDARY_OPTIONS)
def test_a_boundary_that_leaves_an_option_open_offers_a_remedy(text: str) -> None:
    assert candor_check(text, "boundary").elements["remedy"]


def test_the_same_option_outside_a_boundary_is_not_a_remedy() -> None:
    text = "I've added you to the cancellation list for Saturday."
    assert not candor_check(text, "notice").elements["remedy"]
