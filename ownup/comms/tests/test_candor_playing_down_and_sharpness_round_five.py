"""The candor check on more ways of playing a failure down, and on hedges, vague promises and
jargon that slipped past before. Playing down: glitches and hiccups in the plural, "no
biggie", a mishap that "happens with the odd order" or "now and then", the harm "limited to
just" a day or two, the many who were spared counted before a comma, a complaint mocked as an
overreaction ("anyone would think…") and a harm granted in words too big for it only to be
brushed aside ("I appreciate that … is a catastrophe, but…"), which also inflames. Hedges: a
decision "was taken" with no one named, "for operational reasons". Jargon: availability
zones and subrogation, and a term followed by what we did to it (", which we reverted"),
which explains nothing.

Beside each, near misses: a small size named only to deny it, or granted only to say it hit
at a bad time; a change tried on a small group first; a vague "some orders" in a heading
whose count the message gives; a past failure to keep people informed; a rule we now hold
ourselves to ("no update will go live until…", "when waits go above 40 minutes"); what
customers asked for; what a stranger may have seen; what no inspection could have detected;
training being arranged; a supplier upstream of us, a caching plugin the owner installed, a
brand called Sentinel, a school's web address, TVs, and a Freepost address."""

import pytest

from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "minimising": (
        [
            "There were a few checkout hiccups on Saturday morning.",
            "Some of you hit a couple of login glitches after the update.",
            "Your parcel came without the lid. No biggie, we'll send one.",
            "A missing sleeve happens with the odd order, sadly.",
            "Double bookings happen now and then in a busy salon.",
            "The outage was limited to just three hours in the end.",
            "The disruption was kept to a couple of streets near the depot.",
            "For most members, renewals went through as normal.",
            "Anyone would think we had cancelled the whole season.",
            "To hear you tell it, the café was shut for a month.",
            "I appreciate that a cold latte is a tragedy, but we were busy.",
        ],
        [
            "I won't call this a minor slip: your payroll went out two days late.",
            "This was not a small problem for the families waiting at the gate.",
            "It was a short outage, but it came at the busiest hour of your week.",
            "We sent the update to every meter instead of trying it on a small group first.",
            "Why some orders were late\n\nAbout 4,200 orders placed between 3 and 9 May "
            "arrived up to a week late.",
            "The outage was limited to the booking page; payments kept working.",
            "This happens when the card reader loses its connection, so we have replaced it.",
        ],
    ),
    "escalating": (
        [
            "From the tone of your email, you'd think we had lost the whole van.",
            "We know that queueing ten minutes is the end of the world, but the bar was full.",
        ],
        [
            "We understand the tone of the day was spoiled for you, and we are sorry.",
            "We know the wait was long, and we have added a second till.",
        ],
    ),
    "hedging_passive": (
        [
            "The decision to close the pool early was taken as a precaution.",
            "Your train was replaced by a bus for operational reasons.",
        ],
        [
            "The decision to close the pool early was taken by our duty manager, and it was "
            "the wrong call.",
            "If your order was one of them, a stranger may have seen your address.",
            "No routine check could reasonably have detected the crack in the pipe.",
            "The agent has been spoken to, and extra training is being arranged.",
        ],
    ),
    "vague_time": (
        [
            "We will keep you informed as things develop.",
            "We hope to offer a make-up class later in the year.",
        ],
        [
            "What we failed to do was keep you informed while the lines were down.",
            "No change to the payroll system will go live until it has passed a full test run.",
            "The booking page will pause new orders when waits go above 30 minutes.",
            "Several members have asked for an extra class later in the year; we will decide "
            "by 12 May.",
        ],
    ),
    "jargon": (
        [
            "Our primary availability zone went offline and tracking stopped.",
            "Your claim is waiting on the subrogation report.",
            "The cause was a broken load balancer health check, which we reverted at 14:40.",
        ],
        [
            "The cause was our upstream mail filtering provider, who pushed a faulty update.",
            "The site went down after a caching plugin was updated from the dashboard.",
            "We have paid for a year of identity monitoring from Sentinel ID for you.",
            "Email the office at office@hollybank.sch.example with any questions.",
            "The app isn't loading on smart TVs at the moment.",
            "Write to us at Freepost RHDX KLMN with your receipts.",
        ],
    ),
}

test_wording_shown, test_wording_near_miss_not_shown = wording_tests(WORDINGS)
