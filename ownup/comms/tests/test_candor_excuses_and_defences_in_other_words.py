"""The candor check on excuses and defences in wordings beyond the usual phrases: a hardship of
ours or the nature of things given as the reason, one colleague or an outsider made the cause,
what the customer typed or left out held up to them; and, for defences, telling them again,
pointing at our proof, denying it was ours, our years in the trade and refusing to take it on.
Near misses stay clear: an owned failure that names who else was involved, a promise we broke,
the customer's own trouble described, and a calm boundary that says what its rules cover."""

import pytest

from ownup.comms.candor.check import candor_check
from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "blame_shifting": (
        [
            "Your tickets were late because the box office is extremely busy.",
            "Errors can creep in at a busy sorting office at this time of year.",
            "Our reception staff are only human.",
            "Hold-ups like these are bound to happen in a kitchen our size.",
            "Orders tend to slip a little during the Christmas rush.",
            "Bread is a natural product, and crusts vary from loaf to loaf.",
            "We're florists, and we can't read minds.",
            "Our removals partner has let us down this week.",
            "The booking clerk misheard the date over the phone.",
            "The locum who covered Tuesday's clinic did not check the list.",
            "The adviser on your case was new and did not read the file; she has since left.",
            "Your invoice went out late because you never confirmed the hours.",
            "The postcode in your application was incomplete, so it was returned.",
            "That was your reservation, not ours.",
            "We engraved the ring precisely as you typed it.",
            "The quote was worked out from the measurements you sent us.",
            "If the meter reading was typed wrongly, the total would be off.",
            "The mould comes from drying washing indoors and not opening the windows.",
            "Our tiles arrived late owing to a stock change made by the wholesaler.",
            "The printing company's new press is to blame for the smudged brochures.",
            "A digger working for the water board damaged our cable.",
        ],
        [
            "We were very busy getting everyone rebooked this morning.",
            "Our adjusters are very busy at the moment; I'll chase your claim today.",
            "Our removals partner missed the slot, and we had no backup van booked: that is on us.",
            "The booking clerk took your call and we entered the wrong date: our mistake.",
            "We're sorry you've had trouble with your broadband router at home.",
            "Any claim sent by Friday will be treated as if you had sent it on Monday.",
            "We will deliver exactly what you ordered on Thursday.",
            "We'll post it to the address on your account by Friday.",
            "The printing company delivered the brochures on time; our artwork was wrong.",
            "We've now reprinted the banner exactly as you typed it.",
        ],
    ),
    "defensive": (
        [
            "We have explained this to you on three separate occasions.",
            "Let me repeat what our letter of 2 March said.",
            "Our notice already told you the pool would close at six.",
            "We've answered this already.",
            "That scratch is nothing to do with us.",
            "The fault wasn't caused by us.",
            "The damp isn't our work.",
            "The mistake was yours, not ours.",
            "Nothing is wrong with our servers.",
            "The signed delivery slip proves it.",
            "Our CCTV footage proves the van was there at ten.",
            "The photos we took on the day prove it.",
            "The gas was checked and certified when we left.",
            "The charge was calculated correctly.",
            "Any reputable builder would tell you the same.",
            "I've been fitting kitchens for twenty years.",
            "We've run forty shows without this happening.",
            "Queues at the start of term are unavoidable.",
            "We worked as fast as was possible.",
            "We will not be discussing your account further.",
            "No, we could not have kept the pool open.",
            "The club cannot accept responsibility for valuables left in lockers.",
            "The quote is exactly as it says on our website.",
            "This is the first missed collection on your street in six years.",
        ],
        [
            "We told you twice it would be fixed this week; we got that wrong.",
            "Most of the deliveries arrived on time, but yours did not.",
            "Please be aware that the car park closes at 8pm.",
            "We missed the collection; nothing about it was your doing.",
            "Our driver left the parcel at the wrong door; that is on us.",
            "We'll have the water back on as soon as humanly possible.",
            "We've answered every email within a day and will keep doing so.",
            "Your refund will show on your statement within five days.",
            "As the status page shows, every service is running again.",
            "We're adding a second check so we can update without this happening again.",
            "We're sorry for the disruption caused by us on Tuesday.",
            "The member discount is now applied correctly.",
        ],
    ),
}


test_the_label_is_found, test_a_near_miss_is_not_flagged = wording_tests(WORDINGS)


CALM_DELAY_BOUNDARY = (
    "Hi Tom, your ferry left 3 hours late because the port was closed in high winds. The "
    "compensation scheme doesn't cover delays caused by air traffic control or the weather, "
    "so we can't pay the £60 you asked for. We can refund your £9 parking; reply with the "
    "receipt and we'll pay it within 5 days."
)


def test_a_calm_boundary_may_say_whose_delay_its_rules_leave_uncovered() -> None:
    report = candor_check(CALM_DELAY_BOUNDARY, "boundary")

    assert not report.anti_patterns["blame_shifting"]
    assert not report.anti_patterns["defensive"]


def test_the_same_cause_in_a_notice_is_an_excuse() -> None:
    text = "Sailings are delayed today due to restrictions imposed by the harbour authority."
    assert candor_check(text, "notice").anti_patterns["blame_shifting"]
