"""The candor check on the excuses a small business gives in everyday words, and on more
defences and ways of playing harm down. Excuses: the one who does the job away or off, the van
off the road, the traffic on the way, a colleague's muddled diary, a partner's servers that gave
way, the customer given what they asked for, the cause theirs "rather than" ours, a contractor
acting for us who was "responsible", and responsibility said to pass to the customer. Playing
down: a change to their plans called small, harm said to mend itself anyway, a subset of
traffic, mock surprise. Defences: responsibility refused, our policy's age and evenness held
up, the rules followed to the letter, "hardly our problem", demand beyond anything anyone could
have predicted, a system that "performed as designed", our standing in the country.

Beside each, near misses: a stand-in named, the customer stuck in traffic as the harm, a
vendor named while we own the failure, work with a supplier on the fix, a refund of what they
asked for, a change to our own pages, a credit applied to everyone affected, and a scope
defined by who was affected."""

import pytest

from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "blame_shifting": (
        [
            # Our own hardship, told in everyday words as the reason.
            "Sorry the shelves weren't fitted on Monday; our fitter was away on holiday.",
            "Your cake wasn't ready because the lad who ices them has been off all week.",
            "The oven's been out of action since Friday, so the bread order slipped.",
            "The delivery lorry broke down outside Leeds and your sofa never left the depot.",
            "Traffic through town was horrendous after the match, so the plumber got there late.",
            "Our surveyor got stuck in heavy traffic and missed the nine o'clock slot.",
            "Dave got his bookings mixed up and went to the wrong house.",
            "The ticket site went dark when our booking partner's servers simply collapsed.",
            # The customer's own choice, or someone acting for us, made the cause.
            "You chose the matt finish, and that's exactly what we fitted.",
            "The late payment was caused by the missing bank form rather than by Lakeside.",
            "Your crate was never put on the ferry by the freight agent, who is responsible for "
            "loading at the port.",
            "Once a parcel is signed for, responsibility passes to the recipient.",
        ],
        [
            "Our fitter is away on Monday, so Priya will cover your kitchen instead.",
            "You were stuck in traffic for an hour because we sent you to the wrong venue.",
            "The van broke down and we had no spare booked; that is on us.",
            "We're working closely with our supplier to get the tiles in by Friday.",
            "Dave mixed up the bookings; that part is on us, not on him.",
            "You asked for the matt finish, so we've refunded the gloss tin we sent.",
            "The outage was caused by our own script rather than by an attacker.",
            "Your windows were cleaned on Tuesday by the estate firm, which is responsible for "
            "every block.",
        ],
    ),
    "minimising": (
        [
            "We're writing about a slight change to your booking at the lake lodge.",
            "The scratch on the door will fade in no time anyway.",
            "Honestly, nobody will notice the patch on the ceiling.",
            "Between 10:02 and 10:40, a subset of traffic to our Paris servers was dropped.",
            "Three boxes left on the step in the rain, what a coincidence!",
        ],
        [
            "We've made a small change to our checkout page so the button is easier to find.",
            "The bruise should fade within a week; if it doesn't, please call the clinic.",
            "Some payments arrived late; this affected customers whose wages are paid by BACS.",
            "What a lovely surprise to hear from you after all these years.",
        ],
    ),
    "defensive": (
        [
            "We cannot accept that the agency is responsible for the lost deposit.",
            "We've had this cancellation fee for ten years and apply it to every owner.",
            "The letter went out on 2 May, exactly as the club's rules require.",
            "If you never gave us a phone number, that is hardly our problem.",
            "The queue was beyond anything anyone could have predicted.",
            "No website could have handled that many shoppers at once.",
            "Our checkout performed exactly as designed throughout the sale.",
            "As one of Britain's best-loved bakeries, we take pride in every loaf.",
        ],
        [
            "We apply the £10 credit to every customer affected, with no need to ask.",
            "We wrote to you within 30 days, as the law requires, and we are sorry it was late.",
            "It is our problem to fix, and we are fixing it today.",
            "Unprecedented numbers of you signed up this week, and we are thrilled.",
        ],
    ),
}

test_wording_found, test_near_miss_not_found = wording_tests(WORDINGS)
