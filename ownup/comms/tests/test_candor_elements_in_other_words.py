"""The candor check on the elements told in other words: what it cost the customer (nobody could
get in, flats without heating), fixes under way by someone working for us, the problem as a
state it is still in, owning a change we made or a misjudgement, offers of help in a word or at
the desk; and the near misses beside each: what the customer did or wants told back to them, a
refund of part of the price, our own review or terms, a refund only to be talked about later,
the customer's own web address."""

import pytest

from ownup.comms.candor.check import candor_check, rule_labels
from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "impact": (
        [
            "Nobody at the surgery could print a prescription until noon.",
            "The morning swimmers were sent away at the door on Sunday.",
            "Homes on Ash Lane have had no hot water since Monday evening.",
            "If you sell through us, you are not taking orders at the moment.",
            "The lift closure has made your visits a lot harder, I know.",
        ],
        [
            "We've refunded the £12 you paid for the class.",
            "Your money has gone back to the card you paid with.",
            "If you ordered a birthday cake this week, please check the label.",
            "I understand why you would like your deposit back.",
            "The booking log shows you reserved court 3, not court 2.",
            "As you were told on the phone, the lockers are emptied nightly.",
            "Sorry to hear you lost your umbrella on the bus.",
            "We will tell you more about Friday once we know more.",
            "Nobody could have predicted the storm.",
            "Some customers have had no internet since Friday.",
        ],
    ),
    "fix_done": (
        [
            "What we have done is swap the router at your office.",
            "The corrected timetable is attached.",
            "A new control board is on order for the boiler.",
            "Our electrician is fitting a new fuse box in the plant room.",
            "Engineers are on site at the pumping station.",
            "The salary file was resubmitted to the bank at 09:10.",
            "Your refund of £18.50 was issued on 4 June.",
            "I've now pointed the booking form at your new address.",
            "Repairs have been ordered and the court will reopen as soon as possible.",
            "The part's on order.",
        ],
        [
            "I've refunded half your ticket price as an apology.",
            "We've credited 20% of your monthly fee to your account.",
            "We closed the car park for three days while the lines were repainted.",
            "A new kettle is enclosed with this letter.",
            "Your laptop was restarted because it ran out of memory.",
            "The site was down for an hour while we applied the security patches.",
            "Our developers pushed an update without testing it on Safari.",
            "The engineers say it's fixed now.",
        ],
    ),
    "acknowledges": (
        [
            "Your photos from 2 to 9 March are missing from the shared album.",
            "The sports hall remains closed after Tuesday's flood.",
            "The parcel arrived with a dented lid.",
            "Sorry about the two-hour delay at the gate.",
            "You received three copies of the same invoice.",
            "No one could book a table online between 18:00 and 21:00.",
        ],
        [
            "We have reviewed your complaint of 12 May.",
            "As stated in section 4 of your agreement, refunds take 10 days.",
            "Please be advised that prices changed on 1 April.",
            "Our service is independently rated among the best in 2024.",
        ],
    ),
    "responsibility": (
        [
            "That mix-up is ours.",
            "It was a fault in an update we shipped on Monday.",
            "The outage was caused by a setting we changed at 14:00.",
            "We underestimated how long the move would take.",
            "We should not have booked the work in August.",
            "Our crew damaged the cable while digging.",
            "I didn't reply to your email quickly enough.",
            "We charged your card twice in May.",
            "That's our booking system's fault.",
        ],
        [
            "The choice is ours to make under the lease.",
            "You should not have to pay for this.",
            "People keep saying it was our update that caused this.",
        ],
    ),
    "next_steps_with_time": (
        [
            "We will call you at 10:00 tomorrow.",
            "The replacement is due on Friday.",
        ],
        [
            "The site was slow due to a spike in traffic on Monday.",
            "The work was due to finish at 06:00 but overran.",
            "We can't refund the fee after 30 days.",
            "Your scheduled posts for Sunday were never published.",
            "We will not charge the £20 fee for May.",
        ],
    ),
    "remedy": (
        [
            "The £9 delivery fee has been taken off your order.",
            "I've taken the £40 call-out fee off your bill.",
            "The sale prices are held for you until Sunday.",
            "There is a £5 code on your account to use next time.",
            "The £60 is back on your card.",
        ],
        [
            "You are welcome to keep it if you want a record.",
            "If you would like the money back, we can look into a refund.",
            "We'll be in touch next week about compensation.",
            "Compensation is not payable for delays caused by weather.",
        ],
    ),
    "help_channel": (
        [
            "Updates on @RiversideLibrary through the day.",
            "The front desk can change your booking for you.",
            "Let me know which date suits you.",
        ],
        [
            "Your domain oakandash.co.uk expired on 2 May.",
            "We charged you twice for the renewal of pinehill.dev.",
            "We will let you know when the pool reopens.",
        ],
    ),
}


test_the_element_is_found_in_other_words, test_a_near_miss_is_not_taken_for_the_element = (
    wording_tests(WORDINGS)
)


def test_a_fee_already_charged_is_not_an_option_offered_in_a_boundary() -> None:
    text = "A £25 late fee was applied to your account on 3 March, as your agreement allows."
    assert not candor_check(text, "boundary").elements["remedy"]
    offer = "We can set up a payment plan for you for a £5 monthly fee."
    assert candor_check(offer, "boundary").elements["remedy"]


def test_an_apology_for_what_it_may_have_caused_does_not_hedge_the_event() -> None:
    text = (
        "Yesterday no one could log in between 07:00 and 09:30, and we are sorry for any "
        "disruption this may have caused."
    )
    # The rules' reading; the learned opinion, which reads "may have" as a hedge wherever it
    # stands, is weighed in afterwards.
    elements, _ = rule_labels(text, "notice")
    assert elements["acknowledges"]
