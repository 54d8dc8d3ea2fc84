"""The candor check on exasperation and put-downs (counting how often we have explained,
belittling what the reader went through, warning them off writing again), on shrugs in other
words ("pretty minor", "nobody's perfect"), on a cause handed on by contrast with us ("by the
council, not by us") or placed on another's side, on our record held up ("without a single
complaint"), on what the failure did to the reader's own people, and on help offered in
other ways (a status host, "give me a ring", a keyword to reply with, a desk to come to), and
on what happened held at arm's length ("an outage occurred", "appear to have been mislaid").

Beside each, near misses: a code in capitals, a limited-time offer, a phishing warning's plain
facts, the harm to the reader said with "you, not us", a boundary saying whose the password is,
a conditional offer of help, the failure restated about the reader's staff, "reply all", and a
help page named only to rebuke."""

import pytest

from ownup.comms.candor.check import candor_check
from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

WORDINGS: Wordings = {
    "escalating": (
        [
            "This is the third time we have explained the fee to you.",
            "As I said in my previous two emails, the parcel was delivered.",
            "I've now had five emails from you about one missing leaflet.",
            "We read your messages. All three of them.",
            "Not sure what else you want from us; the refund has gone through.",
            "It's in the handbook, which I'd encourage you to actually read.",
            "It isn't the disaster your review makes it out to be.",
            "We are a small team, not miracle workers.",
            "We can't perform miracles with a week's notice.",
            "I don't think anyone's life was ruined by a late newsletter.",
            "The site was down for all of ten minutes.",
            "I'm sure your business survived the afternoon.",
            "Abusive messages to our staff will result in your account being closed.",
            "Any further messages of this kind will go to our solicitor.",
            "If you speak to the desk team in that manner again, we will end the booking.",
            "Please check your own settings before contacting us again.",
            "Well, here we are: the password you reused was guessed.",
            "Your order is safe, and we checked EVERYWHERE for the missing bag.",
            "You ignored the FIVE reminders we sent.",
            "Perhaps next time a £4 padlock will seem like a better investment.",
            "It's email, not open-heart surgery.",
            "I'm sure you know best, given that you switched the second login step off.",
            "I'm sure a patchy signal for an hour was a real catastrophe.",
            "We hope you'll survive the next journey.",
            "Ringing the office forty times won't have made it come back any faster.",
            "The engineer can't get there any faster just because you keep emailing.",
            "Somehow everyone else manages to read a proof. But sure, it's all our fault.",
        ],
        [
            "Use the code OR-2291 at checkout for your free month.",
            "This is the second time we have let you down this year, and we are sorry.",
            "We have received many kind messages from you all since the reopening.",
            "What a relief it was to get everyone's files back on Tuesday.",
            "Perhaps next time we will test the update on a copy first.",
        ],
    ),
    "minimising": (
        [
            "Visitors could click past the warning, so the effect should have been pretty minor.",
            "We got the date wrong. Nobody's perfect.",
            "Honestly, a sold-out weekend is a nice problem to have.",
            "Most of the photos were near-duplicates, so you haven't lost much at all.",
            "I really don't think any harm has been done.",
            "An email address isn't exactly private information.",
            "It only crops up occasionally.",
            "In a very rare edge case, newer edits were discarded.",
            "Between 13:02 and 13:19, a fraction of requests failed.",
            "All the replacement plants have gone out, apart from a handful held up again.",
            "For a limited period, some confirmation emails showed another customer's address.",
            "Following a minor technical hitch, the performance did not go ahead.",
            "This brief overrun was caused by one of our contractors.",
            "Everyone has had a refund, so there's really nothing to complain about.",
            "I'm sure the world will survive three hours.",
        ],
        [
            "Just a quick update: the new timetable goes live on Monday.",
            "Hi all, just a reminder that the hall is closed on Friday.",
            "Our new system decides in a fraction of a second whether to approve a payment.",
            "The half-price offer is valid for a limited time only, until Sunday.",
            "You paid to see a full show and saw a fraction of it.",
        ],
    ),
    "blame_shifting": (
        [
            "The inspection was postponed twice by the council, not by us.",
            "It was the card machine, not us, that took the payment twice.",
            "If your letter did not arrive, that is a matter for the post office, not the club.",
            "If someone else moved the key, that is not on me.",
            "The delay is entirely on the seller's side: their solicitors have not signed.",
            "This is a courier error and we have raised a claim with them.",
            "The room was double-booked. That's a bug in their software, not something we did.",
            "The cake left us level, so the damage happened after it left us.",
            "This was NOT the club's fault; the entry site is run by another company.",
        ],
        [
            "We know it was you, not us, who had to answer your clients' calls that morning.",
            "The delay is on our side: we sent the file late, and that's on us.",
        ],
    ),
    "defensive": (
        [
            "She has worked at the bar for eleven years without a single complaint.",
            "We have supported your office for six years without a single formal complaint.",
        ],
        ["We sent all 400 parcels out on Monday, and every one arrived without a problem."],
    ),
    "impact": (
        [
            "We submitted the payment file a day late, and several of your staff went overdrawn "
            "waiting for their pay.",
            "Your emails bounced for two days, so some of your customers will think you've closed.",
            "The printer jammed at 8 pm, so your guests went home without the strips they had "
            "queued for.",
            "Nobody told you the viewing was off, and you stood outside the house for nothing.",
            "The old price means a couple of pounds out of your pocket every week.",
            "The reminder reached you after Bella died; that must have been so painful.",
            "I can only imagine how it felt to open that letter.",
            "Because of the quoted price, you'll be paying £4 more than you planned.",
        ],
        [
            "Your staff were paid a day late because the hours reached us after the cut-off.",
            "If any of your clients missed an appointment because of it, reply and we'll help.",
            "Your team missed the deadline because they didn't turn on the reminder.",
        ],
    ),
    "hedging_passive": (
        [
            "An outage occurred on our online booking platform on Monday morning.",
            "A delay occurred in the processing of your claim.",
            "Unfortunately the keys to 7 Orchard Close appear to have been mislaid.",
            "It would therefore appear that the correct procedure was followed.",
        ],
        [
            "The delay arose because the search results came back late, and that was our doing.",
            "You told us that nothing appears to have been taken.",
        ],
    ),
    "help_channel": (
        [
            "Next update by 08:00 at status.tidewaterhosting.nz",
            "The correct times are at jurassiccoaster.bus/x53 and at every stop.",
            "Could I do 1:15 instead? Give me a ring if that doesn't suit.",
            "Changed it this morning. Shout if it plays up again.",
            "We refunded the extra £34.99. Reply CALL and we'll ring you.",
            "If your fob still doesn't work, tap it at the front desk and Asha will sort it.",
            "If you're waiting for someone on board, please come to the ticket office.",
            "Next update at 7:45am on our X account @loopbikes.",
            "Keep an eye on our app for updates.",
        ],
        [
            "If anyone hits reply all and answers, you will get their messages too.",
            "Please read the guide at help.example.com before you email us again.",
        ],
    ),
}

test_wording_found, test_near_miss_not_found = wording_tests(WORDINGS)


def test_a_boundary_may_say_whose_the_password_is() -> None:
    boundary = (
        "Dear Dr Shah,\n\nThe admin passwords for your practice's mail are held by the "
        "practice, not by us, under the support agreement. I can walk your practice manager "
        "through a reset at 2 pm today if that helps.\n\nPriya, Harbour IT"
    )

    assert not candor_check(boundary, "boundary").anti_patterns["blame_shifting"]
