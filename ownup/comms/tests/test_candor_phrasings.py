"""The candor check on wordings other than the obvious ones: the same idea, said another way."""

import pytest

from ownup.comms.candor.check import candor_check
from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that say it in less common words, and near misses that must not count.
PHRASINGS: Wordings = {
    "acknowledges": (
        ["From 07:00 to 08:20 UTC, members could not log in to the booking site."],
        ["Some members could not log in at some point."],
    ),
    "responsibility": (
        [
            "Our review process should have caught this, and it didn't.",
            "I approved the update that broke the export.",
            "We take full ownership of this.",
            "Our support team made an error when closing your ticket.",
        ],
        [
            "Our supplier should have told us sooner.",
            "You say our engineer made an error, and we are looking into it.",
        ],
    ),
    "fix_done": (
        [
            "Our engineers have since rolled the routing change back.",
            "The team has put a safeguard in place.",
            "The corrected invoices were emailed at 08:15 on Tuesday.",
            "The overdue charges are cleared and your card is unblocked.",
            "The £40 went back to your card this morning.",
            "Switched traffic to the spare site at 06:10Z.",
            "Our crew reached the cable at noon and is replacing the damaged joint now.",
        ],
        [
            "The matter has now been resolved.",
            "As we have already asked you twice, please send a reading.",
            "We did not restore the mailbox.",
        ],
    ),
    "impact": (
        [
            "Your staff were unable to clock in for the whole shift.",
            "That left around £2,300 of your takings in limbo over the weekend.",
            "Many of you lost the changes you made that afternoon.",
            "We know how much you rely on the booking page on a Saturday.",
            "You shouldn't have had to phone us four times.",
            "For some of you, this meant missing a payroll deadline.",
        ],
        [
            "If you did not get a ticket, the general sale opens on Friday.",
            "Your account was not affected.",
        ],
    ),
    "remedy": (
        [
            "We'll pay the difference, £85, into your account.",
            "We have applied a 30% credit to your next bill.",
            "The late-payment fees will be reversed on your statement.",
            "A replacement kettle is on its way to you.",
        ],
        [
            "Feel free to reply with any questions.",
            "Ring our toll-free number with any questions.",
            "You asked for a refund last week.",
        ],
    ),
    "next_steps_with_time": (
        [
            "I've booked you in with the hygienist on Monday 4 March at 11:00.",
            "Next post 16:30Z.",
            "The written review goes out to every customer on Friday.",
        ],
        ["We were booked solid last Monday."],
    ),
    "help_channel": (
        [
            "Live status: status.gardenbox.example",
            "Call our outage line on 1-800-555-0199.",
        ],
        ["The file is called report.pdf."],
    ),
    "blame_shifting": (
        [
            "The delay came from an issue at one of our logistics partners.",
            "Orders stalled because demand was far higher than anyone expected.",
            "The transfer failed because of incorrect details you provided.",
            "Sign-in errors are caused by students using an old browser.",
            "Honestly, that one is on them.",
            "The problem originated with our payment processor.",
            "The manufacturer shipped us the wrong valve.",
            "Your email provider marked our reminders as spam.",
            "Deliveries are late owing to severe weather.",
        ],
        [
            "Our courier lost the parcel, but choosing them was our decision and our fault.",
            "We changed the settings on Tuesday.",
            "If you paid for a taxi because your card was declined, send us the receipt.",
        ],
    ),
    "minimising": (
        [
            "A very small percentage of bookings were affected.",
            "Service was largely unaffected.",
            "There was a short spell without card payments.",
            "A subset of invoices showed the wrong total.",
            "Wow, one delivery was late. A real tragedy, I know.",
            "The impact was relatively limited.",
            "The card terminals were only down for ten minutes.",
            "We charged you twice, sorry. These things happen with card systems.",
            "The app had a bit of a wobble this morning.",
            "We believe the risk to you is low.",
            "Click and collect was briefly unavailable from Saturday 9am to Sunday 4pm.",
        ],
        [
            "Every invoice sent on 3 May showed the wrong total.",
            "Only the export page was affected, from 09:00 to 11:30.",
            "Some orders placed on Friday were sent to the wrong address.",
            "A number of flights from Bristol were delayed this morning.",
        ],
    ),
    "hedging_passive": (
        [
            "A configuration problem was identified in the billing service.",
            "It was discovered that several exports had failed.",
            "Appropriate measures have been taken.",
            "Transactions in the northern region were impacted on Friday.",
        ],
        [
            "We identified the cause at 10:20: our own change to the billing service.",
            "The files were deleted by our clean-up script.",
            "Your website could not be reached from 09:12 to 10:40.",
        ],
    ),
    "vague_time": (
        [
            "We will keep you posted.",
            "The remaining refunds will go out once the bank confirms the batch.",
            "Further updates will follow.",
            "Once the engineer has been, your line will be switched on.",
            "We will publish a report later this month.",
            "We will write to you again if we learn anything more.",
            "We will sort this out promptly.",
        ],
        [
            "We will write again by 17:00 today.",
            "Once the engineer has been on Thursday morning, your line will be switched on.",
        ],
    ),
    "defensive": (
        [
            "This was an isolated incident.",
            "Our platform is working normally for every other customer.",
            "The practice is not responsible for hospital waiting lists.",
            "Our billing process operated correctly.",
            "In line with our terms, the order was cancelled.",
            "We had warned all customers about this a week in advance.",
            "We take the privacy of your data extremely seriously.",
            "This was not a fault with our network.",
            "Our tracking shows the parcel was delivered on time.",
            "The downtime fell within the maintenance window.",
            "You were notified of the price change in January.",
            "At no point was any card data at risk.",
            "We acted in accordance with our procedures.",
            "No system is 100% reliable.",
        ],
        [
            "We are responsible for this and we are sorry.",
            "The page is working normally again.",
            "Our logs show the files were deleted at 09:12 by our clean-up script.",
            "We followed up with your bank on Tuesday.",
            "We take this seriously and have changed how we release updates.",
            "The scanners failed, leaving hundreds of you queuing in the rain.",
            "That outage brought your availability to 99.57%, below the 99.9% in your "
            "agreement, so we have added a service credit to your account.",
        ],
    ),
    "escalating": (
        [
            "If you continue to phone our staff, we will close your account.",
            "This is our final response on the matter.",
            "Bills went up by two pounds. The horror.",
            "Editing live code at midnight with no copy. What could possibly go wrong?",
            "If it isn't paid, it will be passed to a debt collector.",
            "This is our final response.",
            "Hi Sam, we are NOT responsible for your backups",
        ],
        [
            "If you continue to see errors, reply to this email.",
            "Unless you tell us otherwise, we'll cancel the second order and refund it.",
            "This is our final response. If you are not happy with it, you can ask the "
            "Energy Ombudsman to look at your complaint.",
            "MATCH POSTPONED - Saturday v Harrowgate Town\nThe pitch is waterlogged.",
            "Re: Missing June payouts - RESOLVED\nEvery payout has now arrived.",
            "Your new 55-inch OLED television will arrive on Friday.",
        ],
    ),
    "jargon": (
        [
            "The outage came from a retry storm against the message broker.",
            "Logins failed after a change to our SAML settings.",
        ],
        [
            "Your coffee pods were sent in the wrong box.",
            "The order went to the wrong container port in Felixstowe.",
        ],
    ),
}


(
    test_the_idea_is_found_in_other_words,
    test_a_near_miss_in_other_words_is_not_flagged,
) = wording_tests(PHRASINGS)


@pytest.mark.parametrize(
    "heading",
    [
        "NOTICE OF DATA SECURITY INCIDENT",
        "PRODUCT RECALL: Nutmeg & Crumb Snack Box, February edition",
        "ROUTE 7 DIVERSION - MONDAY 14 TO FRIDAY 18 OCTOBER",
    ],
)
def test_a_title_set_in_capitals_is_not_taken_for_abbreviations(heading: str) -> None:
    notice = f"{heading}\n\nOn 3 May at 2 pm ET we emailed your payslip to the wrong address.\n"

    assert not candor_check(notice, "notice").anti_patterns["jargon"]


def test_the_customers_quoted_email_is_not_held_against_us() -> None:
    text = (
        "Hi Dana,\n\nWe charged your card twice on 3 May; that was our mistake.\n\n"
        "> THIS IS COMPLETELY UNACCEPTABLE!! Your provider is to blame, not me.\n"
    )
    report = candor_check(text, "reply")
    assert not report.anti_patterns["escalating"]
    assert not report.anti_patterns["blame_shifting"]


def test_a_finding_in_other_words_points_at_them() -> None:
    text = "Thanks for writing. This was an isolated incident."
    finding = next(f for f in candor_check(text).findings if f.rule == "defensive")
    assert text[finding.start : finding.end] == "isolated incident"
