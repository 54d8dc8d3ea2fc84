"""The candor check on more families of wording: an apology made bigger or said again, the harm
set beside a far worse one, our own failure held at a distance ("apparently", "it looks like",
"there has been a delay"), promises left open ("until further notice", "at some point", a reply
promised for someone else), and the trade words of opticians, printers, probate, garages and
cloud software; each beside the near misses that must not count."""

import pytest

from ownup.comms.candor.check import candor_check
from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "over_apology": (
        [
            "We're so sorry about Saturday. Massive apologies to everyone who made the trip.",
            "Really sorry for the wait on your sofa, and enormous apologies to your family.",
            "We're truly sorry. Sorry again for all the trouble with the booking.",
            "I'm very sorry the cake was late. Apologies once more for spoiling the afternoon.",
            "We are deeply sorry. Once again, we're sorry that your lesson was missed.",
            "We are terribly sorry the van never came. Again, our sincere apologies.",
            "We're so sorry. A million apologies for the mix-up with your room.",
            "We can't say sorry enough for the state of the changing rooms.",
            "I'm really sorry. Apologies all round for the muddle over the tickets.",
        ],
        [
            "We're sorry the van never came; a new slot is booked for Friday at 9 am.",
            "Huge thanks to everyone who helped us clear the car park.",
            "Sorry again to bother you, but could you confirm your new address?",
            "Apologies for the short notice: the pool closes at 4 pm today.",
            "Big apologies for the late reply; your table is confirmed for 7 pm.",
        ],
    ),
    "minimising": (
        [
            "It's a haircut appointment, not a missed operation.",
            "You lost two saved outfits, not your whole account, so let's keep it in proportion.",
            "This was one late parcel, not the end of your holiday.",
            "It's a delayed newsletter, not a house fire.",
            "It was only the one lesson, so it shouldn't set her back.",
            "We missed just the one delivery round this week.",
            "The new times are hopefully not too inconvenient for anyone.",
            "We're sure the short closure wasn't that disruptive to your plans.",
            "Worse things happen at sea, as they say.",
            "It's not like anyone missed a train over it.",
            "Let's not make a mountain out of a molehill about one wrong topping.",
            "It's a storm in a teacup, honestly.",
            "We hope it didn't dampen the party too much.",
        ],
        [
            "We only found out about the fault at 6 pm.",
            "Only the Export feature was affected; invoices and payments worked throughout.",
            "It's your account, not ours, so you decide what stays.",
            "One of the two pumps failed, not both.",
            "Please keep the receipt, not the box.",
            "We hope you and the family had a lovely holiday.",
            "Only the one charge now shows on your statement; the duplicate is gone.",
            "It was as if it had never happened: every file came back at 4 pm.",
            "It's a refund, not a credit, so it goes back to your card.",
            "A pan caught fire in the kitchen; no one was hurt and we reopened at 6 pm.",
        ],
    ),
    "hedging_passive": (
        [
            "Apparently the wrong invoice went out to your office.",
            "Apparently, the delivery slip was printed with last year's address.",
            "It looks like your booking was cancelled in the move to the new system.",
            "It would appear that the payment was taken twice.",
            "There has been a slight delay with the frames from the lab.",
            "There have been some setbacks with the kitchen fitting.",
            "There was a mix-up with the table bookings on Friday night.",
            "There's been a delay with your sofa.",
            "It transpires the parcel was never scanned at the depot.",
        ],
        [
            "It looks like we sent the wrong invoice; that's our mistake and it's fixed.",
            "There has been a delay because our supplier ran out of glass.",
            "It looks like the wrong size was selected when you placed the order.",
            "If you run payroll with us, your staff may have seen payments bounce.",
            "Your tenants might have noticed the hallway lights were off overnight.",
            "The garden looks lovely after the rain.",
        ],
    ),
    "vague_time": (
        [
            "The café is closed until further notice.",
            "The climbing wall stays shut for the foreseeable future.",
            "Online booking is suspended indefinitely.",
            "The electrician will come round at some point to check the sockets.",
            "We'll sort out the leaking gutter one of these days.",
            "Our accounts team decide refunds, and they'll get back to you directly.",
            "I've sent it to the manufacturer, who will be in touch.",
            "We'll call you as soon as the replacement part arrives.",
            "We will post your order once the new stock comes in.",
            "Business cards ordered since Tuesday will be dispatched shortly.",
            "Someone will get back to you about the refund.",
            "The gym stays closed till further notice.",
        ],
        [
            "At some point on Tuesday the upload page stopped working.",
            "The café is closed until 2 pm on Thursday.",
            "We will not take bookings from that agency again until they explain what happened.",
            "The electrician will come round on Friday at 10 am to check the sockets.",
            "They'll get back to you by 5 pm tomorrow.",
            "Your photos are kept indefinitely unless you ask us to delete them.",
            "The courier will leave it with the neighbour down the road.",
            "We'll have the suit altered in good time for the wedding on 12 June.",
            "Someone will call you at 10 am tomorrow to rebook.",
            "We'll call you as soon as the replacement part arrives, and by Monday at the latest.",
        ],
    ),
    "jargon": (
        [
            "Your new lenses were made to a cylinder axis of 90 degrees.",
            "The prism correction in your glasses was set the wrong way round.",
            "The press had a blanket fault, so every sheet printed with a smudge.",
            "The RIP software crashed overnight and held every order in its queue.",
            "We could not apply for probate until the IHT400 had been processed.",
            "Your van has a blocked DPF, so it went into limp mode on the motorway.",
            "The autoscaler stopped adding machines, so jobs waited in the queue.",
            "Checkout was slow because max-connections was capped at 20.",
            "Your notes are safe thanks to our zero-knowledge design.",
            "Passwords are salted and hashed, so they were never readable.",
        ],
        [
            "Your new lenses were checked on collection and match your prescription.",
            "The printing press broke down, so your flyers will be two days late.",
            "We filed the forms with the tax office two days late; that was our mistake.",
            "Your van's exhaust filter was blocked, so it slowed itself down on the motorway.",
            "Git pushes over SSH kept working while HTTPS pushes failed.",
            "Errors sent from version 7.2 of our JavaScript SDK were not stored.",
            "The follow-up appointment is set for 3 pm on Monday.",
            "We lodged your planning application with the council on 4 May.",
        ],
    ),
}


test_the_label_is_found, test_a_near_miss_is_not_flagged = wording_tests(WORDINGS)


def test_one_plain_apology_with_a_large_word_is_not_grovelling() -> None:
    report = candor_check("Huge apologies: the lift is out of order until 3 pm today.", "notice")
    assert not report.anti_patterns["over_apology"]


def test_a_term_explained_right_after_is_not_jargon() -> None:
    text = "The autoscaler (the part that adds servers when we get busy) stopped at noon."
    assert not candor_check(text, "update").anti_patterns["jargon"]
