"""The candor check on more wordings of the elements: a next step timed by when money shows or
an invoice, repairs told in a word or two, what a failure left the customer in, remedies
redone "on us" or counted in the product's own units, and a problem stated as a present state;
and on the near misses beside each (a time that dates the past, a way of speaking, a review of
our procedures, compensation, a decision or purchase told back, a refund only passed on)."""

import pytest

from ownup.comms.candor.check import candor_check
from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "next_steps_with_time": (
        [
            "You should see the money within 3-5 working days.",
            "Your photos should be restored within a minute of reopening the app.",
            "Your replacement card should be with you by Wednesday.",
            "The refund shows on your statement within five working days.",
            "It should appear in your account by Friday.",
            "The money will land in your bank by Monday.",
            "Reply and I'll turn it back on within the hour.",
            "The credit will come off your March invoice.",
            "See you on Thursday at 9 for the rebooked lesson.",
        ],
        [
            "I'll say this once more: the order left us at 16:40.",
            "I'll be honest, it arrived at 10:15 on Monday.",
            "I'll repeat what I said on Friday.",
            "Orders placed since Monday will ship shortly.",
            "This morning's appointments are being moved to our other branch.",
            "Today's classes will be covered by another instructor.",
            "Parcels due this week will be late.",
            "See you next Sunday!",
            "Thanks, and see you at the gym!",
        ],
    ),
    "fix_done": (
        [
            "Loans are being auto-renewed in the meantime.",
            "Late fees are being waived while the card reader is down.",
            "Calls are being redirected to our second office.",
            "Affected orders are being re-sent by first class post.",
            "It's been moved to the right house.",
            "They've been replaced with new ones.",
            "I've set a reminder for every booking from now on.",
            "We've put in a second check before each payroll run.",
            "We have added an alert for failed uploads.",
            "Power reconnected 07:15.",
            "Bollards re-energised 06:50.",
            "Service restored 09:40 after the switch was replaced.",
            "Email restored 09:40.",
        ],
        [
            "We are reviewing our procedures.",
            "We're reconsidering how we schedule deliveries.",
            "We're researching what went wrong.",
            "We emailed you about it at 8 am.",
            "I told you about this in advance.",
            "We've added two weeks to every membership free of charge.",
            "I've added a credit of $20 to your account.",
            "We've paid £30 into your account to cover the fee.",
            "The gym was closed for a week while we replaced the floor.",
            "Bring the books back and it's unblocked.",
            "Pay the balance and it's unlocked.",
            "Problem reported 07:15.",
            "Fault recurred 10:20.",
            "It's been delayed by the courier.",
            "The fix is expected 14:00.",
            "Your server rebooted at 03:12 on Tuesday.",
            "Your table was released at 20:15, as our policy says.",
        ],
    ),
    "impact": (
        [
            "We left you guessing whether the fault was your phone.",
            "We kept you waiting on the line for forty minutes.",
            "The sound was inaudible for you and your guests all evening.",
            "The room was freezing for you on both nights.",
            "Fans like yourself couldn't get through to the sale.",
            "Regulars like you missed the first half of the match.",
            "Your staff may have seen their wages arrive a day late.",
            "Your customers might have been charged twice at checkout.",
            "If you saved a document after 3 pm, your tablet won't show it yet.",
            "If you uploaded photos on Sunday, the gallery can't show them yet.",
            "If you used that password elsewhere, assume it is in the wrong hands.",
        ],
        [
            "I understand you've decided to cancel the booking.",
            "I see you've chosen to move to another provider.",
            "You bought it through us, so the guarantee applies.",
            "The 502 errors you saw came from your own proxy.",
            "We know how much you were looking forward to the weekend.",
            "We know how much many of you love the Friday quiz.",
            "If you updated the app, you won't see the bug again.",
            "If you paid by card, you won't need to do anything.",
            "Prices will stay the same for you.",
        ],
    ),
    "remedy": (
        [
            "We're reprinting the whole order on us.",
            "We'll redo the brickwork next week, on us.",
            "I'm sending a new set of keys on us.",
            "We can serve the lamb instead at no change in price.",
            "You can have the bigger room for the same price.",
            "Those losses won't count against your rating.",
            "I've added 1,500 Shards to your account.",
            "We've put 200 tokens into your wallet.",
            "Everyone who logged in today gets a double-XP weekend.",
            "Anyone charged without tickets will be refunded.",
            "Both deliveries have been refunded.",
        ],
        [
            "About a refund: I've passed your request to head office.",
            "I've forwarded your claim to the insurer, who decide these.",
            "Thanks for relying on us.",
            "That mistake is on us.",
            "The blame for this is on us.",
            "Tickets will not be refunded.",
            "Your deposit was never refunded.",
            "You asked for a refund on Monday.",
        ],
    ),
    "acknowledges": (
        [
            "The main pool is closed until further notice.",
            "Our phone lines are down right now.",
            "Members are having card payments declined at the tills.",
            "Customers are having orders cancelled at checkout.",
        ],
        [
            "Your order of 6 June was processed correctly on 7 June.",
            "Your lenses were checked on collection and were within tolerance.",
            "We have hosted over 400 weddings without a complaint.",
        ],
    ),
}


test_the_element_is_found, test_a_near_miss_is_not_counted = wording_tests(WORDINGS)


@pytest.mark.parametrize(
    "text",
    [
        "What I can do is move your booking to another weekend.",
        "If you need more, the Pro plan allows 50,000 requests an hour.",
        "I can offer a paid recovery attempt.",
    ],
)
def test_a_boundary_offers_what_we_can_do_or_a_bigger_plan(text: str) -> None:
    assert candor_check(text, "boundary").elements["remedy"]


def test_what_we_can_do_is_only_an_offer_in_a_boundary() -> None:
    assert not candor_check("The limit resets on the hour.", "boundary").elements["remedy"]
    text = "What I can do is explain why it happened."
    assert not candor_check(text, "notice").elements["remedy"]
