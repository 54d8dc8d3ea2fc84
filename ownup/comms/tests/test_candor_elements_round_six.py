"""The candor check on more ways of giving, naming harm, reporting a fix and setting a time.
Remedies: a credit against a named fee, money paid to the card they used, a gift for everyone
who was there, a bill made smaller, a credit due on the next statement. Impact: what it meant
told through things that sat or people who could not, "the last thing you needed", ending up
waiting, paying more for months, sales or bookings down. Fixes: a patch or fixed version out,
a feature that now works correctly, a service running normally since a clock time, corrected
copies at the printers, a part being fitted now, new ones made, a missed form now filed. Next
steps: "3 to 5 working days", "by the end of June", a list item's "(by 15 March)", a deadline
extended until a day, how soon a request is met. Acknowledging: what never came and what does
not work, mail landing in spam.

Beside each, near misses: a bill that will not be reduced, a credit only if eligible, reminder
emails for everyone, a charge or a purchase only stated, a thing's importance said in general,
a hedged cancellation, an update that broke something, a version with no fix, a patch still to
come, sessions called off for weeks, this message itself, a payment that clears, a past
"since about 9am today", a voucher's expiry, money owed, and a parcel that may not arrive."""

import pytest

from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "remedy": (
        [
            "We'll credit this quarter's support fee on your next invoice.",
            "We have paid £32.50 to the card you booked with.",
            "Anyone who was logged in during the outage receives 200 crystals this weekend.",
            "Your April membership fee will be reduced by a third.",
            "We've halved your rent for the month of the leak.",
            "The credit will show up on your next statement.",
        ],
        [
            "Your bill will not be reduced, as the outage lasted under four hours.",
            "If you're eligible, a credit will appear on your next bill.",
            "We've reduced the delay on the checkout page.",
            "Everyone who signed up gets 2 reminder emails before the event.",
        ],
    ),
    "impact": (
        [
            "That meant parcels sat in the depot over the bank holiday weekend.",
            "With the move on Saturday, a missing van was the last thing you needed.",
            "Your guests ended up waiting outside in the rain.",
            "You've been paying more for your phone plan every month since May.",
            "Your online orders have dropped by half since the redirect broke.",
        ],
        [
            "You were charged £40 for the visit.",
            "Please return the lamp you bought online.",
            "We know how important this weekend is.",
            "It appears that your session may have been cancelled.",
            "That means we can't confirm a date yet.",
        ],
    ),
    "fix_done": (
        [
            "Patch 3.1.4, which fixes the login loop, went out this morning.",
            "4.0.2 is live now with the fix for the export bug.",
            "Search results now load correctly on tablets.",
            "The booking form has been working normally since 14:20.",
            "The corrected menus went to the printers this morning.",
            "Sam is refitting the hinge now.",
            "I've printed you a new set of labels.",
            "We have now filed your amended return.",
        ],
        [
            "The update we released on Monday broke the calendar sync.",
            "Version 5 is out now with a new dashboard.",
            "Once the patch is out, exports should work again.",
            "Classes have been cancelled for the next three weeks.",
            "We're contacting you about changes to your plan.",
            "Your place is held once the payment has cleared.",
        ],
    ),
    "next_steps_with_time": (
        [
            "Refunds usually take 3 to 5 working days to reach your account.",
            "By the end of June every van will carry a second phone.",
            "- Nightly restore tests for every client (by 15 March).",
            "The early-bird price is extended until Sunday night.",
            "New cards are dispatched within 2 working days.",
            "The money normally appears within 2\u20134 days.",
        ],
        [
            "Since around 9am today the upload page reaches 100% and then fails.",
            "Your voucher is valid until 30 June.",
            "You're due £12, which we paid in this morning.",
        ],
    ),
    "acknowledges": (
        [
            "Sorry your order of logs didn't come on Wednesday.",
            "The replacement fob we programmed for you yesterday doesn't open the gate.",
            "Your newsletters are landing in spam at most of your subscribers' providers.",
        ],
        [
            "If the curtains don't arrive by Thursday, let us know.",
        ],
    ),
}

test_the_wording_is_found, test_a_near_miss_is_not_flagged = wording_tests(WORDINGS)
