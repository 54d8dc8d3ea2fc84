"""The candor check on more families of excuse, hedge, defence and jargon. Excuses: "through no
fault of our own", out of anyone's hands, a failure upstream or at a supplier, a shortage
across the trade, a crowd beyond anything seen, a colleague off sick or a former one who
skipped a check, and the customer's own entry, purchase or skipped care made the cause. Hedges:
our own change told as if nobody ran it ("did not complete as expected", "ran longer than
planned", "sent in error", "was pushed to half the servers"), and harm told as what customers
"may see". Defences: blame denied outright, our standing in the country, a flawless record,
our people's credentials, our systems' soundness, what we warned them about, "not us". Jargon:
engineering terms such as replica lag, cron expressions and concurrency locks, and an unknown
abbreviation naming a machine. Remedies: what they pay named in their own words and taken off,
a visit left off the invoice, the extra given free, a class put on again, our insurance
paying.

Beside each, near misses: a supplier named while we own the failure, a passive that names how
it came to light, honest uncertainty about what others will see, a change we say we made, a
plain fact about qualifications asked for, a term explained right after, everyday words such
as server, password, app, email and browser, and a refund only talked about."""

import pytest

from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "blame_shifting": (
        [
            # Circumstances, or someone outside, made the cause.
            "Through no fault of its own, the depot lost power for most of Friday.",
            "Sadly this was out of anyone's hands once the storm hit the coast.",
            "The timetable slipped after a supplier outage on Monday night.",
            "Ticket sales stalled following an upstream payment failure.",
            "A road crew working on the bypass cut through our gas main at noon.",
            "The level of demand was beyond anything we planned for, and the site slowed.",
            "It's the same across the whole industry with parts the way they are.",
            "The wholesaler didn't have the tiles in, so the job moved to next month.",
            "Our chef was off sick all week, so the tasting menu had to go.",
            "If you're angry with anyone, try the courier firm.",
            # The customer's own doing made the cause.
            "Most late parcels were due to shoppers giving half an address.",
            "It leaked because the valve you ordered online was the wrong size.",
            "You told us to paint over the damp anyway, and the paint has lifted.",
            "The lawn died back, which is what happens when the watering gets skipped.",
            "The backup failed, exactly what we warned you about last spring.",
            "We can only work from the details families send us.",
            "If you wanted something different, you should have said on the day.",
            # A former or temporary colleague made the cause.
            "Your room went to another guest because a temporary receptionist overlooked the "
            "deposit.",
            "The order was placed by our former stock manager without checking the list.",
        ],
        [
            "Our supplier missed the delivery, but relying on one supplier was our mistake.",
            "The depot lost power on Friday; we had no generator, and that is on us.",
            "Our engineers repaired the cable at 21:00 and the line was back by 21:30.",
            "Because you need the keys by Friday, we've sent them by courier today.",
            "The level of interest in the new class is wonderful and we've added a second date.",
            "Our chef is back from holiday on Monday and will cook your tasting menu.",
            "The form you filled in was right; I typed the postcode wrong, and the bank "
            "rejected it.",
            "Our former manager opened the shop in 1998.",
        ],
    ),
    "hedging_passive": (
        [
            "The nightly backup did not complete as expected, so Tuesday's copy is missing.",
            "The overnight switchover failed to run as planned.",
            "The cause was a server upgrade that ran far longer than planned.",
            "On Monday a reminder was sent in error to every member on the list.",
            "Four hundred invoices were issued by mistake during the system move.",
            "A pricing update was pushed to every shop before it had been checked.",
            "The match was cancelled owing to a waterlogged pitch.",
            "Your class booking does not appear to have been recorded.",
            "This should not have happened.",
            "Customers in the north may notice slower loading this afternoon.",
            "Your shop may be intermittently unavailable while this continues.",
            "The problem has now been mitigated.",
            "Looks like a faulty switch at the exchange is behind it.",
        ],
        [
            "We started a server upgrade that ran far longer than we planned.",
            "I sent the reminder to every member by mistake on Monday.",
            "Following routine testing, traces of lead were detected in two taps.",
            "Your guests may still have the old link saved in their calendars.",
            "If the page still won't load, you may see an error for a minute after clearing "
            "your cache.",
            "Our photographer took the photos on the day and they were taken in the garden.",
            "No money was taken from any card that was declined.",
            "The banner looks like the proof you signed off, and we've sent a photo.",
        ],
    ),
    "defensive": (
        [
            "The fault cannot be attributed to any failing on the part of the school.",
            "We run one of the safest fleets in the country.",
            "The clinic prides itself on its care for every patient.",
            "The agency has a flawless record across nine hundred events.",
            "Our staff follow a rigorous checking procedure on every order.",
            "All our fitters are fully qualified and know what they're doing.",
            "Our systems are robust and regularly tested by outside experts.",
            "Your heating did not fail because of anything we did during the service.",
            "The files were kept on the laptop, which is just what we warned you about.",
            "Cross with someone? Fine. Not us.",
            "The new price was notified to you by email on 3 March.",
        ],
        [
            "Our fitter is qualified to work on gas boilers and will arrive at 9 tomorrow.",
            "Your kitchen flooded because our fitter left a joint loose, and that's on us.",
            "Our systems failed you on Monday, and we're sorry.",
            "We didn't warn you about the price change, and we should have.",
            "We've moved your booking to the Sunday, as you asked.",
        ],
    ),
    "jargon": (
        [
            "Orders were missing because of replica lag on the reporting database.",
            "A typo in the cron expression meant reminders never went out.",
            "Without a concurrency lock, two people could book the same desk.",
            "The outage began when the primary failover stalled.",
            "A defect in the SBC software dropped incoming calls.",
            "A fault on the OLT in the exchange took the street offline.",
        ],
        [
            "Our server ran out of space, so your emails were held for two hours.",
            "Please reset your password from the link in the app.",
            "Clear your browser's saved pages and sign in again.",
            "There was replica lag (the backup copy of the database fell behind by an hour).",
            "The VPS hosting your shop restarted at 02:00.",
            "Call us on 01632 960 503 if anything looks wrong.",
            "Your new EHIC card is in the post.",
        ],
    ),
    "remedy": (
        [
            "We'll take one month's membership off your next bill.",
            "We're knocking a week off this year's rent for every tenant.",
            "Tuesday's visit won't appear on this month's invoice.",
            "Your session ran over, and the extra half hour is free.",
            "We'll put on a make-up lesson for the whole group next week.",
            "Our insurance covers breakages, and the payment reaches you within ten days.",
        ],
        [
            "Compensation is therefore not payable for this cancellation.",
            "Your request for a refund will be considered by the manager.",
            "We'll get back to you about any compensation once we've spoken to our insurer.",
            "Your membership fee is taken on the first of the month.",
            "Your home insurance may cover the damage to the fence.",
        ],
    ),
}

test_the_wording_is_found, test_a_near_miss_is_not_flagged = wording_tests(WORDINGS)
