"""The candor check on more wordings of the elements: the harm itself named in a few words (a
missed connection, a broken night), the customer's booking called off, a fine they were handed,
their home or purse hurt, everyone sent outside, a morning lost ringing round; work running
again, a place held for them, more hands sent, a repair asked for, another firm putting money
back, a thing redone ("I've re-hung the door"); a next step that is on its way, a go-ahead away,
the next visit in a round, or wished for; what we missed named as the cause, a wrong decision
called ours, "rather than" and "not good enough from us"; a desk or person on hand and where
questions go.

And on the near misses beside each: a request or a thanks for patience, a booking they cancelled
themselves, advice given "unless you have to", staff of ours spending the night on it, a test
we are still waiting for, a duty rather than a fault, a job we did described, a page said to
promise a time, "scheduled maintenance" naming a past event, and a desk only mentioned."""

import pytest

from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "impact": (
        [
            "We're sorry for the missed flights this delay caused.",
            "We apologise for your ruined weekend away.",
            "The lost sales it meant are on us to make good.",
            "Your 10:30 consultation on Friday is cancelled because we overbooked the room.",
            "You were given a £60 parking fine while our barrier was stuck.",
            "The double charge pushed some of you into your overdraft.",
            "The burst pipe let water into the hallway under your stairs.",
            "Every passenger had to leave the carriage and wait on the platform.",
            "Receptionists spent the afternoon phoning patients to rebook.",
            "You were teaching online through all of this.",
            "Since Friday your balance has been short by £42.",
        ],
        [
            "Thank you for your email about the missed delivery on Tuesday.",
            "We appreciate your patience while we sorted this.",
            "We appreciate this was disappointing.",
            "Your appointment on 4 May was cancelled by phone on the day.",
            "Please do not drive to the depot unless you really have to.",
            "Our engineers spent the night restoring the database.",
            "Many of you paid the renewal online before the 30th.",
            "We understand your meter may not have shown the right reading.",
        ],
    ),
    "fix_done": (
        [
            "Uploads started working again at 11:20.",
            "Deliveries resumed at 6 this morning.",
            "We've held a table for you on Saturday evening.",
            "Extra drivers were brought in to clear the backlog.",
            "We've requested a line reset from the network operator.",
            "Our stewards at the east gate are helping fans find other entrances.",
            "The card issuer has reversed the second payment.",
            "I've re-hung the kitchen door.",
            "Our team restarted the booking server at noon.",
            "I replaced the washer straight away.",
            "Your new policy documents are now on your file.",
        ],
        [
            "We recommend you change your password.",
            "We'd recommend raising it with the seller.",
            "We installed the update without checking it first.",
            "Until the lifts are fixed, please use the ramp by the car park.",
            "We've booked a new visit for Thursday morning.",
            "The free week is already on your account.",
            "Our team is working on it.",
        ],
    ),
    "next_steps_with_time": (
        [
            "A replacement kettle is on its way today by courier.",
            "Our partner can usually do it within two working days of your go-ahead.",
            "Until the signals are repaired on Wednesday, trains will run every 30 minutes.",
            "Your next collection is Monday 3 June.",
            "The nurse would like to see you tomorrow between 2 and 4.",
            "You can collect your glasses any time before 5 today.",
            "We've kept a seat for you on the 09:15 coach.",
        ],
        [
            "The website said orders would take up to 10 working days to arrive.",
            "An error occurred during scheduled maintenance on 3 March.",
            "Every reminder due that month was dropped on 2 March.",
            "Your parcel didn't go out on Monday.",
            "Your plan is free for June.",
            "We are writing to let you know your supply was interrupted on 4 April.",
            "Our cash machine kept your card on Sunday.",
        ],
    ),
    "responsibility": (
        [
            "The boiler failed because we skipped its annual service.",
            "Running everything on one server was our call, and it was the wrong one.",
            "That's my wiring, nobody else's.",
            "We sent you the blue tiles rather than the grey ones you chose.",
            "Not good enough from us, and we know it.",
            "The service you had was not up to our usual standards.",
            "That is our fault, and your claim has not been looked at yet.",
        ],
        [
            "Mowing the verge is our job; the hedge is yours.",
            "They weren't our regular crew and didn't follow our checklist.",
            "It was the wrong size for the space you measured.",
            "If you think it was not good enough from us, tell us why.",
        ],
    ),
    "help_channel": (
        [
            "The front desk is open day and night.",
            "Ask for the duty manager when you arrive.",
            "Any questions can be directed to the school office.",
            "Chat to us in the app.",
            "DM us with your order number.",
            "For anything else, dial 0 from your room.",
        ],
        [
            "The new times were posted on the board at reception.",
            "The timetable is on the noticeboard.",
        ],
    ),
    "acknowledges": (
        [
            "Invoices aren't sending from the portal right now.",
            "Card payments are timing out at the checkout at the moment.",
        ],
        [
            "Invoices are sending normally.",
        ],
    ),
}


test_the_element_is_found, test_a_near_miss_is_not_counted = wording_tests(WORDINGS)
