"""The candor check on a fifth round of excuses and defences. Excuses: the cause "down to" a
partner, a supplier who "lets us down", "we had no say", independent couriers, a contractor
with staff off sick, a sophisticated attack, record-breaking demand unlike anything seen, a
shortage across the industry, works carried out by our contractor, a change that left us no
time, a system inherited from a supplier, the hold-up "with the registrar", "it was your bank
that…", only so much we can do, roadworks and heavy rain, staff under pressure, a colleague
who has since left; the customer's usage "was the cause", accounts that had not set something
up, a code shared about, a neighbour's running tap, a duty under the contract held up.
Defences: no system could have coped, "as described in step 4", those who followed the guide
were not affected, someone's systems "robust", "not related to their systems", a safety or 100%
record, "as clearly signposted", "not a security breach", volume without a single complaint,
terms "very clear that", compliance with all applicable rules, right "on the information
available", "and not by us", the fault "does not lie with" us.

Beside each, near misses: the cause put on ourselves, a failure owned in other words ("our
design decision", "the mistake was in how we…", "that's our miss"), a condition rather than a
reproach, a customer's accusation quoted back, what they were told wrongly, the reach of
someone else's outage, and the same words about facts rather than excuses."""

import pytest

from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "blame_shifting": (
        [
            # Someone outside made the cause.
            "The late deliveries were mostly down to our courier partner.",
            "It's hard when a supplier lets us down at the last minute.",
            "The closure came from the council and we had no say in it.",
            "Our drivers are independent couriers, so the timing was up to them.",
            "The cleaners had staff off sick, so your office was skipped.",
            "We were hit by a sophisticated ransomware attack on Sunday.",
            "Resurfacing carried out overnight by our contractor overran into the morning.",
            "The bank changed its rules overnight, which left us no time to warn you.",
            "The faults came from a booking system we inherited from our old software supplier.",
            "The hold-up is with the registrar, who have not released the name.",
            "It was your bank that declined the payment, not our checkout.",
            # Circumstances made the cause.
            "Record-breaking demand on launch day slowed the checkout to a crawl.",
            "Demand was unlike anything we have seen, so the queue page froze.",
            "There's an industry-wide shortage of glaziers, so fitting has moved to March.",
            "These are pressures across the whole sector, and we feel them too.",
            "There's only so much we can do while the road stays closed.",
            "Your parcel was held up by roadworks outside the depot.",
            "Heavy rain in the valley meant the engineer turned back.",
            "The report went out wrong because the office was under intense pressure that week.",
            # One of our people made the cause.
            "The error occurred when a member of our office staff copied the wrong list.",
            "The job was given to an engineer who has since left the firm.",
            "Our hosting was slow because the cleaning contractor arrived late and unplugged it.",
            # The customer, or other customers, made the cause.
            "Your nightly import script was the cause.",
            "The affected shops had not updated their card readers.",
            "Some players shared the invite link publicly and the server filled up.",
            "The water came from a neighbour upstairs leaving a tap running.",
            "We are not responsible for jewellery that should have been kept in the safe.",
            "Members also have a responsibility to check their bookings.",
            "Your site crashed because your own plugin broke it. Stop saying it's our fault.",
        ],
        [
            "Choosing the courier was down to us, and we chose badly.",
            "We let you down on Friday, and we're sorry.",
            "Our drivers are employed by us and trained in-house.",
            "Staff off sick can claim statutory pay from day four.",
            "Our new booking page is more sophisticated than the old one.",
            "We had a record-breaking year for new members and wanted to say thanks.",
            "The new menu is unlike anything we've served before.",
            "We've hired two more glaziers so fitting stays on schedule.",
            "The resurfacing was carried out overnight by our own crew.",
            "We left no time for testing, and that was a mistake.",
            "We inherited the shop from my father in 2015.",
            "The hold-up is with us: we have not sent the form yet.",
            "It was your bank that called us to warn about the fraud.",
            "There is much we can do, and we have started today.",
            "We held up your parcel by mistake while relabelling it.",
            "Heavy rain is forecast, so we've moved the fair into the hall.",
            "We know you're under a lot of pressure with the move, so we've held your slot.",
            "The error occurred when our import script skipped a column.",
            "Our founder, who has since retired, still visits on Fridays.",
            "Your report was how we found the cause so quickly.",
            "The affected accounts have all been restored.",
            "Some players shared their feedback with us, and it shaped the fix.",
            "The water came from a pipe we fitted last month.",
            "We are responsible for the parcel that should have arrived on Monday.",
            "We have a responsibility to tell members when classes move.",
            "If you had already paid the fee, we refunded it on Monday.",
            # A failure owned in other words, beside the outsider named.
            "A supplier's server failed, but routing everything through one server was our "
            "design decision.",
            "The outage started at our provider, but the mistake was in how we set up the "
            "failover.",
            "One of our drivers sent your parcel to the old address after we cut the route "
            "briefing; we made that decision.",
            "Our provider failed at 3am, and nobody here noticed for an hour; that's our miss.",
            "Because your salary was late reaching you, we'll refund any bank fee; the delay "
            "was our failure.",
        ],
    ),
    "defensive": (
        [
            "No booking system in the world could have coped with that many people.",
            "Retries are described in step 4 of the setup guide.",
            "Shops that had followed our setup checklist were not affected.",
            "The council's booking systems are robust and secure.",
            "This is not related to Harbour Bank's own systems.",
            "We have an excellent safety record going back decades.",
            "The bakery has a 100% delivery record.",
            "Parking was free in the north car park, as clearly signposted at the entrance.",
            "This was not a security breach, whatever you may have read.",
            "We ship over 40,000 orders a month without a single complaint.",
            "Our terms are very clear that bookings cannot be moved.",
            "The clinic follows all applicable hygiene regulations.",
            "The quote was correct on the basis of the information available then.",
            "The delay was caused by the port authority and not by Fenwick Freight.",
            "The fault does not lie with the school.",
        ],
        [
            "No booking was lost, and every guest could have their table back.",
            "Step 4 of the guide now describes the new retry setting.",
            "Shops that use the older card reader were affected until 3pm.",
            "The council's booking system was down from 9 to 11.",
            "This is related to Harbour Bank's own systems, and we are fixing them.",
            "We keep a record of every delivery so we can trace yours.",
            "Parking is free in the north car park, as shown on the map below.",
            "This was a security breach, and your email address was taken.",
            "We ship over 40,000 orders a month, and yours went to the wrong town.",
            "Our new terms make it clearer how to move a booking.",
            "Please follow all the signs to the new entrance.",
            "We will correct the quote on the basis of the new drawings.",
            "The delay was caused by our own scheduling, not by the weather.",
            "The fault lies with the school's booking form, which we built.",
            "You were told the class was full when it wasn't.",
            "The outage disrupted thousands of shops across the country.",
            "The old till system worked fine; the mistake was in how we moved your balances.",
        ],
    ),
}

test_excuse_or_defence_found, test_near_miss_not_found = wording_tests(WORDINGS)
