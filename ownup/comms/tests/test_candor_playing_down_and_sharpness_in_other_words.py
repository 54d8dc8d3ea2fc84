"""The candor check on playing down, sharpness, jargon, hedges, open-ended promises and inflated
apologies in wordings beyond the stock phrases: "it's just", "a bit chilly", "which is the main
thing", mock sympathy, threats of what comes next, unfamiliar abbreviations and trade words,
"for any inconvenience this may cause", "ETA TBC"; and the near misses beside each one, such as
a factual time qualifier, a plain statement of what we did, or a term explained in plain words.
"""

import pytest

from ownup.comms.candor.check import candor_check
from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "minimising": (
        [
            "It's just a caching thing, it'll clear itself by tonight.",
            "It was only a bit of extra queueing at the gate.",
            "Your rent statement was only two days late.",
            "The booking page was only down for a few minutes this morning.",
            "The changing rooms were a touch on the nippy side last week.",
            "Your sofa was delivered a day late, but it still got there before the party, "
            "which is the main thing.",
            "It's one broken locker out of two hundred.",
            "There are a few scuffs on the skirting board, nothing more.",
            "Printers jam, that's just what printers do.",
            "Delays can sometimes happen at this time of year.",
            "No harm done in the end.",
            "We're heartbroken for you, honestly.",
            "I'm sure you'll survive a week without the sauna.",
            "The portal was briefly unavailable, from 9am until 1pm.",
        ],
        [
            "It was only after we checked the logs that we saw the fault.",
            "It's only right that we refund the whole amount.",
            "It was just before 9am when the payments stopped.",
            "We only found out at 6 p.m. that your parcel had gone to Leeds.",
            "The system was unavailable from 9am until 1pm.",
            "Please bring a warm coat: the hall heating is off.",
            "The key part of the fix is a second check before each print run.",
            "We replaced the hinge. That's all I did, and I'm sorry I didn't check the seal too.",
            "You had only 90 minutes' notice that the class was cancelled, which is our fault.",
            "The printer failed twice out of every ten runs; we have replaced it.",
        ],
    ),
    "escalating": (
        [
            "Funnily enough, we don't stock every colour in the world.",
            "Believe it or not, our drivers cannot fly.",
            "We're not mind readers, Mr Kaur.",
            "We're gutted for you, really. The rest of the flight landed fine.",
            "If that review stays up, I'll be taking this further.",
            "Any more calls like that and you'll be hearing from our solicitors.",
            "If the balance is not paid, your account will be passed to our debt collection "
            "agency.",
            "Knowingly filing a false claim is fraud.",
            "Your 'emergency' \U0001f643 has been logged.",
            "The room was booked, as you can see \U0001f644",
            "Yes, the boiler broke. No, we couldn't have 'just borrowed a heater' from next door.",
            "It's JUST a delay, it will arrive.",
        ],
        [
            "A few late emails is hardly the end of the world, and we'll resend them.",
            "Your account will be closed on 30 June, as you asked.",
            "Our debt collection team made a mistake and has stopped the letters.",
            "We'll pass your details to the insurer so they can pay you directly.",
            "Our new app \U0001f643 is taking a while to get used to, for us too.",
            "Yes, you can still use your voucher.",
            "Yes, we were late. Yes, it was our fault. No, it won't happen again.",
            "If we don't hear from you by Friday, your booking will be cancelled and refunded.",
            "If you are charged again, we will refund you the same day.",
            "SERVICE NOTICE\nThe pool is closed today while we fix a leak.",
        ],
    ),
    "jargon": (
        [
            "The fault was in the panel's PCB and it has now been swapped.",
            "Your site's TTFB rose after the update.",
            "We have replaced the PRV on the hot water cylinder.",
            "A contractor cut the backhaul cable near the exchange.",
            "Our SIP trunk provider had an outage.",
            "A failed group policy push locked the public computers.",
            "The lab's LIMS interface is holding your results.",
            "We are restoring your mailbox with a PST import.",
            "A duplicated BACS submission took your gift twice.",
            "Your ONT needs a restart.",
            "The outstanding debtor circularisation has held up your accounts.",
        ],
        [
            "The fault was in the PCB (the circuit board inside the panel).",
            "Your GP surgery will call you with the results.",
            "Mrs Patel, your MOT is booked for 3 May at 10am.",
            "We posted your statement on 3 March; keep it if you want a record.",
            "@sam_b your refund went out today.",
            "Amira's SEN review will now take place on 24 March, and the EHCP draft follows.",
            "ALLERGY NOTICE\nOur flapjacks contain oats from a mill that also handles nuts.",
            "Our crew fitted a new pump at the pool and the water is warm again.",
        ],
    ),
    "hedging_passive": (
        [
            "We apologise for any inconvenience this may cause to residents.",
            "We are sorry for any disruption that this might cause.",
            "Your year-end accounts have been pushed back.",
            "The open evening has been postponed.",
        ],
        [
            "We are sorry the road closure stopped you reaching the surgery.",
            "We have pushed your appointment back to Friday because our nurse is off sick.",
            "Your train has been delayed by a signal fault at Didcot.",
            "Your £20 has been taken off this month's bill.",
            "Your gift was taken twice on 1 May.",
            "A new section of pipe is being fitted now by our crew.",
        ],
    ),
    "vague_time": (
        [
            "The app will be back in a while.",
            "The showers will be warm again before you know it.",
            "New collection date: TBC.",
            "The date for the replacement visit is to be confirmed.",
            "We will tell you about Friday's class once we know more.",
        ],
        [
            "We will tell you about Friday's class by 5pm today.",
            "We're in a bit of a muddle with the rota, so your 3pm lesson moves to 4pm.",
            "Your last payment is on 1 March and nothing will be taken after that.",
            "Once we hear back from the engineer, and by 4pm at the latest, we will call you.",
            "We will update you at 3pm, or sooner once we know more.",
        ],
    ),
    "over_apology": (
        [
            "We are deeply sorry, and we apologise unreservedly.",
            "We're so sorry about this; truly, we apologise.",
            "I'm so sorry you waited in the rain, and honestly I feel awful about it.",
        ],
        [
            "We apologise unreservedly for the missed collection.",
            "I feel terrible that your parcel went to the wrong address; it's on me.",
            "We're devastated for you that the venue flooded, and we've moved your party.",
            "We are sorry, and we have refunded the call-out fee.",
        ],
    ),
}


test_the_label_is_found_in_other_words, test_a_near_miss_in_other_words_is_not_flagged = (
    wording_tests(WORDINGS)
)


def test_a_sarcastic_reply_is_both_playing_down_and_escalating() -> None:
    text = (
        "A 25-minute wait for your pizza. We're devastated for you, truly. The food still "
        "arrived hot, which is the part we actually take seriously."
    )
    report = candor_check(text, "reply")

    assert report.anti_patterns["minimising"]
    assert report.anti_patterns["escalating"]
    assert not report.anti_patterns["over_apology"]


def test_one_abbreviation_a_customer_would_not_know_is_jargon_by_itself() -> None:
    text = "Your heating is off because the boiler's PRV failed."
    report = candor_check(text, "update")

    assert [text[f.start : f.end] for f in report.findings if f.rule == "jargon"] == ["PRV"]
