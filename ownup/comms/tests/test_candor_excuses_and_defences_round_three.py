"""The candor check on excuses and defences in more families of wording: someone else, a person
or an animal, as the subject of the clause that caused it; one of our people set apart from us
or said to be gone; someone else's decision that left us no way round it; the customer said to
have missed what the terms ask, to have assumed wrongly, or told sarcastically what to do
instead; someone's word that the customer was not there. For defences: our record, ratings,
history and success rate; a denial of any part in it or of anything wrong on our side; an
inspection or "false claims" put against the customer's word; our system defended as doing its
job; "what more do you want"; the page that said it in big letters; the notice we gave and
what the terms allow us. Beside each, near misses: the same words owning the failure, a
remedy given because of what the customer went through, a promise to keep something running,
the weather allowing, a shrug that plays the failure down rather than arguing our case, and
plain facts about times, people and reports."""

import pytest

from ownup.comms.candor.check import candor_check
from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "blame_shifting": (
        [
            # Someone else as the subject of the clause that caused it.
            "The hall flooded because someone left the fire door propped open.",
            "The lift stopped because another resident jammed the doors with a trolley.",
            "The boiler cut out because a tenant turned the pressure valve.",
            "The scratch happened when your dog jumped at the clippers.",
            "The tear occurred as she pulled away during the fitting.",
            "If the pipe is dripping now, someone has loosened the nut since Tuesday.",
            "Somebody must have unplugged the freezer overnight.",
            "Something has dislodged the seal since we fitted it.",
            # One of our people set apart from us, or said to be gone.
            "A freelancer working for us deleted the wrong folder on Friday.",
            "An installer we brought in skipped the pressure test.",
            "The developer who worked on your site ignored our checklist.",
            "That engineer no longer works for us.",
            "The agent involved has since been dismissed.",
            # Someone else's decision that left us no way round it.
            "The closure was entirely the landlord's decision.",
            "Suspending the account was the bank's call.",
            "The cancellation was their choice and it left us with no way to run the tour.",
            "The airline's schedule change gave us no option but to rebook you.",
            # The customer said to have missed what the terms ask, or to have assumed wrongly.
            "Our terms ask that you confirm the booking by phone, which you did not.",
            "The policy requires 48 hours' notice for changes, and most of the requests were not "
            "made in time.",
            "The guidance says to switch the unit off first, which wasn't done.",
            "We cannot restore files you wrongly assumed we were backing up.",
            "The discount you assumed would apply ended in May.",
            # Sarcastic advice on what they should have done instead.
            "Perhaps try arriving at nine rather than at ten past.",
            "Maybe try ordering before lunch instead of at 4 p.m.",
            "Perhaps you could read the email instead of phoning us.",
            # Someone's word that the customer was not there.
            "The driver confirmed that nobody was home at 10:15.",
            "Our fitter reported that you weren't in when he called.",
            "The crew recorded that no recycling box was put out on Monday.",
        ],
        [
            "Because you were without water for a day, we've credited £20 to your account.",
            "Because you'll need to re-enter your card, we've extended your trial by a week.",
            "Because you couldn't reach us by phone, we have opened a second line.",
            "The hall flooded because someone on our team left the fire door open; that's on us.",
            "It happened when we moved the server, and the mistake was ours.",
            "The scratch happened when I slipped with the clippers; I am responsible for it.",
            "Someone has called to say the car park is open again.",
            "A freelancer working for us designed the new booking page.",
            "The engineer who visited you on Monday will come back on Thursday.",
            "Our engineer has left you a card with his direct number.",
            "The closure was the right decision, and we should have told you sooner.",
            "Whether to upgrade is your choice; both plans keep your data.",
            "Our terms say refunds arrive within five days, but yours didn't; we are sorry.",
            "If you assumed the sale was still on, you were right to: our banner said so.",
            "Maybe try the 9 a.m. class instead of the 7 a.m. if mornings suit you better.",
            "Next time you visit, ask for Sam at the desk.",
            "When our driver arrived, nobody was in, so he left a card.",
            "We have confirmed that no card details were stored.",
            "Our engineer reported that your boiler is working again.",
        ],
    ),
    "defensive": (
        [
            # Our record, ratings, history and success rate held up.
            "We have one of the best safety records of any coach firm in the county.",
            "The surgery has among the strongest inspection ratings in the region.",
            "Our bakery has held a five-star hygiene rating for nine years.",
            "The practice has maintained its gold accreditation for over a decade.",
            "This is the first missed delivery in our twenty-year history.",
            "It is the only outage in the club's eight-year history.",
            "We've always been upfront with members about price changes.",
            "98% of our buses ran on time last month.",
            "Over 99% of our deliveries arrived as planned this week.",
            "Our engineers completed 97% of repairs within the target.",
            # A denial of any part in it, or of anything wrong on our side.
            "The double charge was not caused by any error on our part.",
            "There was no wrongdoing of ours in how the claim was handled.",
            "The delay was not down to anything we did.",
            "Nothing changed on our side that morning.",
            "Nothing was wrong at our end; the fault lay elsewhere.",
            "Our workmanship was faultless.",
            "Our code was perfectly fine.",
            # An inspection or "false claims" put against the customer's word.
            "The inspector who called on Monday found no fault with the kitchen.",
            "An independent auditor found no breach of the rules.",
            "Please don't jump to conclusions about the pool.",
            "We will not respond to unfounded allegations posted online.",
            # Our system defended as doing its job; nothing more could be asked of us.
            "The alarm went off because it sensed smoke. That's exactly what it's there for.",
            "The filter blocked the email. That is what it was designed to do.",
            "We refunded the delivery fee. Not sure what more you expect.",
            "What more could we have done?",
            "What else do you want from us?",
            # The page that said it, held up.
            "The listing said in bold print that the size runs small.",
            "Maybe check the description before posting a review.",
            "Read the menu before complaining about the spice.",
            # Our conduct, the notice we gave and what the terms allow.
            "Our staff behaved professionally at all times.",
            "The price rose in April with a month's notice, which we gave.",
            "We gave members two weeks' notice of the new timetable.",
            "The terms of membership allow opening hours to change.",
            "Our contract permits us to substitute a similar venue.",
        ],
        [
            "The backup relay will now be kept running at all times.",
            "Someone will be on site at all times during the works.",
            "The first thing we did was call you.",
            "This was the only time slot we had free, and we should have asked you first.",
            "Only 40% of our trains ran on time on Friday, and we are sorry.",
            "We handled 95% of the calls, but the rest went unanswered for hours; that is on us.",
            "This was caused by an error on our part.",
            "It was not caused by anything you did.",
            "Nothing was lost: your files are safe and nothing on your side needs to change.",
            "Our setup is correct now, and we have added a check for it.",
            "Our investigation found no evidence that your data was copied.",
            "We jumped to conclusions about your return, and we were wrong.",
            "What more could we have done? A great deal: we should have called you.",
            "Please read the reset steps before you start, they take two minutes.",
            "Flights will resume as soon as conditions allow.",
            "Your contract lets you leave early without a fee.",
            "We gave you only a day's notice, which was not enough.",
            "Our quote said £200 and that was our mistake; we've refunded the difference.",
            "We will refund everyone by Friday.",
            "These things happen in the busy season, but your parcel is on its way.",
            "Honestly, it's a very common mix-up, and we've swapped the tablets.",
        ],
    ),
}


test_the_excuse_or_defence_is_found, test_a_near_miss_is_not_flagged = wording_tests(WORDINGS)


def test_naming_a_relay_provider_while_owning_the_gap_is_not_blame() -> None:
    owned = (
        "From 13:00 to 17:00 your outgoing mail sat in our queue. Our relay provider blocked "
        "our sending addresses; that was their decision, but we had no second relay ready, "
        "and that is on us. Everything was delivered by 18:30. Reply here with any questions."
    )
    disowned = owned.replace(", but we had no second relay ready, and that is on us", "")

    assert not candor_check(owned, "resolution").anti_patterns["blame_shifting"]
    assert candor_check(disowned, "resolution").anti_patterns["blame_shifting"]


def test_a_calm_boundary_may_say_the_terms_allow_a_change_but_a_sharp_one_defends() -> None:
    calm = (
        "Hi Priya, the membership terms allow class times to change with two weeks' notice, so "
        "the 7 a.m. opening stays. If it doesn't suit you, we can move you to the flexible plan "
        "at no cost. Just ask at reception."
    )
    sharp = calm.replace("stays", "will NOT be reversed")

    assert not candor_check(calm, "boundary").anti_patterns["defensive"]
    assert candor_check(sharp, "boundary").anti_patterns["defensive"]


def test_an_owned_failure_with_its_history_still_reads_as_a_defence() -> None:
    text = (
        "Your salaries were a day late because our calendar change was wrong; that was our "
        "mistake. For context, this is the first late run in our twelve-year history."
    )

    report = candor_check(text, "resolution")

    assert report.anti_patterns["defensive"]
    assert not report.anti_patterns["blame_shifting"]
