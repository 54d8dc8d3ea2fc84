"""The candor check on the wider wording of many businesses: status pages, statements, warm
emails and curt replies, each label said several ways, and a near miss beside each."""

import pytest

from ownup.comms.candor.check import candor_check
from ownup.comms.tests.wordings import Wordings, wording_tests

pytestmark = pytest.mark.same_on_every_database

# Each label: sentences that show it, and near misses that must not count.
WORDINGS: Wordings = {
    "impact": (
        [
            "If you had a client meeting this morning and couldn't open your plans, we're sorry.",
            "That fee left your account short for the weekend.",
            "On Monday you had three couples trying to download their photos.",
            "It was a present for your sister, and arriving broken took the joy out of it.",
            "Our engineer didn't turn up, and you'd taken the day off for it.",
            "If you tried to reset your password, you'll have been stuck on the code screen.",
            "Your email address has been seen by other supporters of ours.",
            "You and six friends were turned away at the door.",
            "Your launch day was ruined by the outage.",
            "Your employees were each short between £40 and £180.",
            "You'd have seen an empty basket at checkout.",
            "You've had the worry of a fine you didn't deserve.",
        ],
        [
            "Reply if your visitors still see a warning.",
            "We understand your frustration and appreciate your patience.",
            "Your order has not been lost.",
            "If you were booked before 11:00, you'll be seen by 12:30.",
            "Customers were unable to log in between 14:02 and 14:47.",
            "You cancelled your subscription on 3 June, but we charged you again.",
            "I know that's disappointing after a theft, and I'm sorry.",
        ],
    ),
    "fix_done": (
        [
            "We have asked the other patient to delete it, and they have.",
            "The corrected letter went out on the parents' app this morning.",
            "A pair in size 44 left our warehouse today by tracked post.",
            "We are re-pinning the certificate on the login server.",
            "You're right, the timetable was out of date. It's correct now.",
            "We've started rolling the change back.",
            "Engineers are rebalancing the storage now.",
            "The certificate has been renewed.",
            "All services are operational again.",
            "We collected the parcel from your neighbour this morning.",
        ],
        [
            "We are writing to let you know about a data incident.",
            "We've told you this three times now.",
            "We'll send the correct date as soon as we've confirmed it.",
            "The shop has been working since 07:30 on Saturday.",
            "On the night we had given the room to another party.",
        ],
    ),
    "remedy": (
        [
            "We are paying back any overdraft fees your staff were charged.",
            "We're also not charging you for December.",
            "We will pay the full declared value of the lamp.",
            "Deposits will be returned to every family.",
            "I can renew it straight away with no late fee.",
            "We have cancelled every late fine charged that fortnight.",
            "A new card will be sent to you by post.",
            "Applications sent that day have their deadline extended to 10 October.",
            "We've taken £30 off your first bill.",
            "A new one is in the post today, on us.",
            "We've added 10,000 bonus points to your account.",
            "You won't pay anything for this month.",
            "We will fit the new lid at our expense.",
            "We're taking one lesson's fee off next term's bill.",
            "We'll keep Saturday's prices until Wednesday.",
        ],
        [
            "That one is on us.",
            "You asked for a refund of the fee.",
        ],
    ),
    "blame_shifting": (
        [
            "This is caused by a change Apple made, and Apple is responsible for the fix.",
            "Please contact the courier directly to make a claim.",
            "The figures were correct based on the data you supplied.",
            "Please double-check your details next time.",
            "You deleted the project yourself.",
            "The road was closed, so there was nothing our drivers could do.",
            "The problem is likely to be with your device.",
            "The class was cancelled because the instructor was ill.",
            "The failure was at Heathrow airport, which is operated by the airport and not by us.",
            "The fault was in equipment supplied by one of our technology partners.",
            "We are seeing record parcel volumes and staff shortages.",
            "If you'd arrived on time, your table would still have been there.",
            "It looks like the wrong size was selected when the order was placed.",
            "Sales failed because of the sheer number of people buying at once.",
            "The charge is because data roaming was switched on on your phone.",
            "Your site is slow because of the plugins you've installed.",
            "Tonight's performance is cancelled due to cast illness.",
            "It's the customer's responsibility to tell us about allergies.",
        ],
        [
            "Our text provider changed its prices and we hadn't read the notice; that's on us.",
            "You went out to buy another present because you thought it wasn't coming.",
            "Files shared with a link could be opened even if you had set them to private.",
            "It failed because we sent the update to your phone without testing it.",
            "The fault lies with us: a colleague was off sick and nobody picked up the file.",
        ],
    ),
    "defensive": (
        [
            "The emails are not being lost on our side.",
            "Our mail server is working perfectly.",
            "The delay did not originate within our systems.",
            "We announced the change for version 3 last year.",
            "It falls well within our two-hour delivery window.",
            "It is not our job to find it for you.",
            "The bank has acted within its rights.",
            "We were within our rights to close the account.",
            "We take performance very seriously.",
            "We have already sent the tracking number to you twice.",
            "Please check your emails before contacting us again.",
            "Please remember that the café is run by volunteers.",
            "No provider can guarantee 100% uptime.",
            "This was within the terms you agreed to.",
            "Traffic spikes like this are common across the industry.",
            "We consider our response to have been appropriate.",
            "The line is performing within normal parameters.",
            "You have ignored our previous letters.",
            "Our customers are always our top priority.",
            "We had no way of knowing the part would fail.",
            "We promptly launched an investigation with leading security experts.",
            "As we clearly explained in our email of 15 November, the price went up.",
        ],
        [
            "We take this seriously and have changed how we release updates.",
            "Full service was restored promptly.",
            "We emailed you on Monday with the new date.",
        ],
    ),
    "escalating": (
        [
            "Yes, a parcel one day late is the end of civilisation as we know it.",
            "Wow, a whole ten minutes in the waiting room.",
            "However did you cope?",
            "I won't answer messages written in that tone.",
            "This is your final warning.",
            "I suggest you read the guide.",
            "We will not tolerate shouting at our staff.",
            'Thanks for your "review".',
            "Perhaps if you'd read the email, you'd know.",
            "Thank you for your fourth email this week.",
            "You'd be happier at another club.",
            "We appreciate this must be a truly traumatic experience for you.",
            "We hope you have recovered from the ordeal.",
        ],
        [
            'Click the "read more" link to see the rest.',
            "We will send the report by the end of the day.",
        ],
    ),
    "minimising": (
        [
            "No need to worry: the numbers are right again.",
            "Some orders are taking a bit longer than usual.",
            "The outage was relatively minor.",
            "At worst, a few emails arrived late.",
            "It lasted no more than a few minutes.",
            "There was a bit of a delay with your order.",
            "These are teething problems with the new app.",
            "The maintenance ran a little longer than planned.",
            "Oh dear, a newsletter arrived a day late.",
        ],
        [
            "Only the export feature was affected; dashboards worked throughout.",
            "You waited a whole afternoon for an engineer who never came.",
        ],
    ),
    "vague_time": (
        [
            "We'll look into it and get back to you.",
            "We will reply at our earliest convenience.",
            "The doctor will call you when she gets a chance.",
            "Affected supporters will be contacted.",
            "The site will be back momentarily.",
        ],
        [
            "We'll look into it and get back to you by 16:00 today.",
            "Affected supporters will be contacted by Friday 3 May.",
        ],
    ),
    "over_apology": (
        ["We sincerely apologise, and we deeply regret the disruption."],
        ["We regret that the class was cancelled."],
    ),
}


test_the_label_is_found_in_wider_wording, test_a_near_miss_in_wider_wording_is_not_flagged = (
    wording_tests(WORDINGS)
)


def test_a_boundary_stating_the_agreement_calmly_is_not_defensive_or_blaming() -> None:
    text = (
        "Hi Priyanka,\n\nYour integration stopped working on 1 May because it still calls "
        "version 1 of our API, which we switched off that day as planned. We can switch it back "
        "on for your account for 30 days, free of charge, while you move over. Reply here to "
        "set it up.\n"
    )
    report = candor_check(text, "boundary")
    assert not report.anti_patterns["defensive"]
    assert not report.anti_patterns["blame_shifting"]
    assert report.elements["remedy"]
