"""The candor check on more ways of giving a remedy, showing what a failure cost the reader and
saying what is already done.

Remedies: a penalty or fine of theirs that we pay, a rent cut ahead, the full sum repaid, the
difference returned, money taken off a fee, extra sessions added to their block, a sum paid into
their account, a sum they are owed, the product's own units for everyone hit. Impact: a journey
that takes longer, hours kept on board, a penalty in their name, files gone, details that others
could see, a bin left standing full, an early start for nothing, a failure at their busy time,
travellers who had to find their own way, a day that mattered to them. Done: a bullet that
starts with what was done, a release that fixes the crash, people moved to a replacement, a
replacement service running, payments released on a date, a refund received, a new part fitted.

Beside each, near misses: a discount only asked about, a refund under someone else's rules, a
request raised for review, a goodwill payment still being weighed, a deadline that will not
move, energy used but never billed; a failure restated, a backup that could not be restored, a
conditional "sorry if", "some of you may have noticed a few hiccups", a feeling named in
general, our account read back to them; a service that was working normally throughout, "by the
time we were back", a repair still awaited, and a conditional "whether or not we've found the
cause". Help: an address with a path on any common domain, a reply to this ticket or to their
own dispatch email, "call the office", "ask at the front desk"; near misses: the book at the
front desk, a parcel signed for at reception."""

import pytest

from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "remedy": (
        [
            "The council fined you £80 for the skip; we will pay the fine ourselves.",
            "We will lower your March rent by £90 to make up for the broken lift.",
            "Send us the receipt and we will repay you the full £45 within a week.",
            "If you paid the old price, we will return the £12 difference to your card.",
            "We're knocking £15 off every subscriber's April fee.",
            "I've given you three extra lessons on top of your course.",
            "We have put two extra nights onto your booking at no cost.",
            "This morning I transferred £60 into your savings account for the trouble.",
            "Each ticket holder is owed £30, and you can claim it on our site.",
            "Every player who was online that evening gets 500 coins in their inbox.",
        ],
        [
            "Several members asked us about a discount for the closed pool; we will decide later.",
            "You may ask for a refund through the box office under their usual refund rules.",
            "I've submitted a request for the charge to be refunded, and accounts will look at it.",
            "We are considering whether tenants should receive a goodwill payment.",
            "The deadline for the essay will not be extended.",
            "These bills are for gas that was used but not charged for last winter.",
            "Every customer will receive 2 emails confirming the change.",
            "We are owed £300 by the supplier for the faulty batch.",
        ],
    ),
    "impact": (
        [
            "Buses are replacing trains tonight, and your journey will take about 30 minutes "
            "longer.",
            "We kept you on the coach for two hours at the border without water.",
            "The tax office has issued you a £100 penalty because we filed late.",
            "The photos that were only on your phone's memory card are gone.",
            "Other patients could see your phone number in the reminder.",
            "Your recycling box has been sitting full on the pavement since Monday.",
            "You got up early for the 6 am slot and nobody was there to meet you.",
            "The outage hit at the busiest hour of your week.",
            "About 3,000 commuters had to find another way home on Friday night.",
            "Some of them missed the start of the concert they had waited months for.",
            "The flowers arrived wilted on your mother's birthday.",
        ],
        [
            "The backup of your mailbox from Sunday could not be restored.",
            "Sorry if this has left you stuck.",
            "Some of you may have noticed a few hiccups over the weekend.",
            "We understand that was inconvenient.",
            "We know how much the match meant to you.",
            "I can see your renewal invoice charged for 25 seats.",
            "As your broker we cannot be held responsible for the airline's strike.",
            "Many of you have been in touch about the late trains.",
            "If you receive a penalty notice, send it to us.",
        ],
    ),
    "fix_done": (
        [
            "What we've done:\n- Emailed every account owner with the new steps.\n"
            "- Installed a fresh certificate at 11:20.",
            "This update fixes the crash on the map screen.",
            "Passengers were transferred to a replacement aircraft, which left at 18:40.",
            "Replacement coaches are running every 15 minutes between the two stations.",
            "Refunds were sent on 3 March to every affected customer.",
            "The customer has received a full refund.",
            "The new boiler was fitted on Friday morning.",
            "Corrected timetables are being printed and will reach you next week.",
            "I've gone ahead and refunded the second payment to your card.",
            "Engineers brought the server back after checking its disks.",
        ],
        [
            "Next update at 16:00, whether or not we've found the cause.",
            "Our network was working normally throughout the evening.",
            "Many of you missed the offers that had ended by the time we were back.",
            "The lift will stay closed while it is repaired.",
            "Card payments and cash machines are working normally.",
            "Card payments are now being processed normally.",
            "I've added two extra sessions to your membership.",
        ],
    ),
    "help_channel": (
        [
            "Live updates are posted at citytrams.gov/status.",
            "If anything else comes up, reply to this ticket.",
            "Just answer this email and someone will pick it up.",
            "If your parcel still hasn't come, reply to your dispatch email.",
            "I'm happy to ring you if that's easier.",
            "If you'd like to talk it over, call the office.",
            "Please contact the parish office with any questions.",
            "Questions? Ask at the front desk.",
            "Sam on reception knows the details and can help.",
        ],
        [
            "Our new app didn't sync with the book at the front desk.",
            "Your parcel was signed for at reception on Monday.",
            "You answered our survey in May.",
        ],
    ),
}

test_wording_is_found, test_near_miss_is_not_found = wording_tests(WORDINGS)
