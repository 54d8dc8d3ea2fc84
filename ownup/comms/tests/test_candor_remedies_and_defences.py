"""The candor check on the kinds of remedy businesses give, refunds only talked about, playing
down in other words, defences of our standards and excuses about the customer's own setup;
and a boundary is spared only while it stays calm."""

import pytest

from ownup.comms.candor.check import candor_check
from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "remedy": (
        [
            "Every player will find 300 coins in their inbox tomorrow.",
            "We've put £12.40 back on your account for next month.",
            "We've taken the whole bill off.",
            "The late fee was wrong, so I've taken it off.",
            "We are paying for a year of credit monitoring for everyone affected.",
            "Next month's classes are free.",
            "This week's delivery is free.",
            "Your drinks tonight are on us.",
            "We'll bring the new chair on Friday, on us.",
            "The March fee will not be taken from your account.",
            "We've upgraded you to a premium room for both nights.",
            "We're crediting two weeks of your plan to your account.",
            "We've sent a new one by express post.",
            "You'll get priority support for the next quarter.",
            "You won't be billed for March.",
            "Your money will be back in 3-5 working days.",
            "We're sending you a bottle of wine by way of apology.",
            "We've doubled your data allowance for the rest of the month.",
            "I'd like to invite you both back for dinner on us.",
        ],
        [
            "That one is on us, and we're sorry.",
            "Refunds are only available within 30 days of purchase.",
            "You asked whether the £9 was a refund of your deposit.",
            "Customers who believe they are entitled to compensation can write to us.",
            "Your refund request was declined because the ticket was used.",
            "More information about refunds will follow.",
            "Your refund hasn't been processed yet.",
            "Your 2,300 points are showing again.",
            "We'll give you a ring when it's ready.",
            "We'll post another update at noon.",
            "Gift card payments were not affected.",
            "You can claim compensation through the ombudsman.",
            "Free parking is available at the rear.",
            "Call us free on 0800 123 456.",
            "Our free plan does not include backups.",
            "Your order qualifies for free delivery over £50.",
            "We've sent you a new password link.",
        ],
    ),
    "minimising": (
        [
            "It could have been a lot worse.",
            "At least it wasn't during the holidays.",
            "This was an isolated incident.",
            "Fewer than 3% of bookings were affected.",
            "There may be some minor delays to collections this week.",
            "Logins failed for a mere two hours.",
            "The dashboard was down for all of ten minutes.",
            "Your order was barely late, so I wouldn't call it a problem.",
            "This really is a rare exception.",
            "Most of you won't have noticed anything.",
            "A few customers may have had trouble paying.",
            "It's a teething problem with the new till.",
            "This should not have had any noticeable effect on your account.",
        ],
        [
            "This was not an isolated incident: it had happened twice before.",
            "The server had two short outages, of 4 and 11 minutes.",
            "1,214 customers were logged out and lost their baskets.",
            "A few customers told us the page was blank, and they were right.",
        ],
    ),
    "defensive": (
        [
            "The delay falls outside our service guarantee.",
            "We have robust security measures in place.",
            "We comply fully with all applicable regulations.",
            "We are therefore unable to treat the parcel as lost.",
            "The app stops because of your phone, not our service.",
            "Our uptime last year was 99.98%.",
            "The security of your data is our top priority.",
            "We have a proven track record of keeping data safe.",
            "Our response was swift and effective.",
            "We did not breach any of our obligations to you.",
            "We reject the suggestion that our staff were rude.",
            "The terms, which you accepted at sign-up, are clear on this point.",
            "We had every safeguard in place.",
            "We have served this town for over 40 years.",
            "Demand was far higher than anyone could have anticipated.",
            "The garage cannot accept responsibility for this.",
            "We have fully complied with our obligations under the regulation.",
            "The school has robust processes.",
        ],
        [
            "We have put stricter checks in place since.",
            "It was down for an hour, the first time in six years, and it was our fault.",
            "This was not a serious issue for most of you, but it was for some.",
            "The invoice dates were wrong; the amounts are correct.",
            "Fixing this is our top priority today.",
            "We are not proud of how we handled this.",
            "We must stress how sorry we are.",
            "The invoice is correct now that we've fixed the VAT.",
            "We have credited you £1.50: December was at 99.73%, below the 99.9% promised.",
        ],
    ),
    "blame_shifting": (
        [
            "The app stopping is because of your home Wi-Fi.",
            "The broken form comes from code your previous developer wrote; we only inherited it.",
            "Our software vendor released a faulty update.",
            "The error was made by a temporary member of staff.",
            "The team member responsible has been dealt with.",
            "You entered the wrong address.",
            "The password you chose was too weak.",
            "Your server ran out of memory. Please upgrade your plan.",
        ],
        [
            "The outage was not a serious problem for your data, which was never at risk.",
            "Your site went down because the update we applied clashed with your theme.",
            "We chose a single supplier, so this is on us.",
            "Our vendor released a faulty update, and we installed it untested: our mistake.",
        ],
    ),
}


test_the_label_is_found, test_a_near_miss_is_not_flagged = wording_tests(WORDINGS)


CALM_BOUNDARY = (
    "Dear Mr Osei,\n\nYour storage unit was cleared on 2 May because your rental had ended on "
    "31 March, as set out in our terms. Your plan comes with 99.5% availability, and May was "
    "at 99.7%. We can store the items we kept for £20 a month; reply here to arrange it.\n"
)


def test_a_calm_boundary_may_state_the_agreement_and_its_figures() -> None:
    report = candor_check(CALM_BOUNDARY, "boundary")

    assert not report.anti_patterns["defensive"]
    assert not report.anti_patterns["blame_shifting"]
    assert report.elements["remedy"]


def test_a_boundary_that_shouts_is_not_spared() -> None:
    shouted = CALM_BOUNDARY.replace("as set out in our terms", "as set out CLEARLY in our terms")

    report = candor_check(shouted, "boundary")

    assert report.anti_patterns["escalating"]
    assert report.anti_patterns["defensive"]
    assert report.anti_patterns["blame_shifting"]


def test_the_same_words_in_a_reply_are_a_defence() -> None:
    assert candor_check(CALM_BOUNDARY, "reply").anti_patterns["defensive"]


def test_a_final_demand_we_sent_by_mistake_is_reported_not_a_threat() -> None:
    text = "We sent you a final demand for a bill you had already paid; our mistake."
    assert not candor_check(text, "reply").anti_patterns["escalating"]
    assert candor_check("This is a final demand.", "reply").anti_patterns["escalating"]
