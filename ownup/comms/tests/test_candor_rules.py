"""Each candor rule on short messages that show it and on ones that only look like they do."""

import pytest

from ownup.comms.candor.check import candor_check
from ownup.comms.candor.rules import ANTI_PATTERNS, ELEMENTS
from ownup.errors import UserError

pytestmark = pytest.mark.same_on_every_database

GOOD_NOTICE = (
    "Hello Marta,\n\n"
    "Your website was unreachable this morning from 09:12 to 10:40 UTC. A configuration change "
    "we made to server web3 caused it; that is our mistake.\n\n"
    "We know this meant your customers could not place orders for an hour and a half.\n\n"
    "We undid the change at 10:38 and your site has been working normally since 10:40. We will "
    "send you a short written report by Monday 14:00 UTC.\n\n"
    "If anything still looks wrong, reply to this email or call us on 020 7946 0118.\n"
)

ELEMENT_CASES = {
    "acknowledges": (
        [
            "Web3 was down from 09:12 to 10:40 UTC.",
            "Yesterday's invoice email went to all customers with the wrong amount.",
        ],
        [
            "There was an issue with our services.",
            "Some customers may have been affected by a problem at some point.",
        ],
    ),
    "responsibility": (
        [
            "We made a mistake.",
            "This was our error.",
            "Our change caused it.",
            "We are responsible for this.",
            "That's on us.",
            "We should have caught this before it went out.",
        ],
        [
            "Mistakes were made.",
            "Sorry for the inconvenience.",
            "The outage was caused by our provider.",
            "Please stop telling people it's our fault.",
            "This was not our fault.",
        ],
    ),
    "impact": (
        [
            "Your shop could not take orders for two hours.",
            "You had to answer confused members all afternoon.",
            "We know this cost you a morning's work.",
        ],
        [
            "Your server went down for 40 minutes, that's all.",
            "We apologise for any inconvenience.",
        ],
    ),
    "fix_done": (
        [
            "We have restored the server.",
            "We rolled back the change.",
            "We stopped the sending and deleted the wrong list.",
            "Your site is back online.",
            "We are sending the missed reminders now.",
        ],
        [
            "We are working to restore the server.",
            "We will roll back the change.",
            "We have not yet restored the server.",
            "The incident has been resolved.",
        ],
    ),
    "next_steps_with_time": (
        [
            "We will write again by 14:00 UTC.",
            "The refund reaches your card within 5 working days.",
            "We will migrate the database on Saturday 12 December between 02:00 and 03:00.",
        ],
        [
            "We will fix it soon.",
            "We will write again as soon as possible.",
            "The server stopped at 09:12 and we restored it at 10:40.",
        ],
    ),
    "remedy": (
        [
            "We have refunded this month's fee in full.",
            "We have added a service credit of one month to your account.",
            "Your next month is free.",
            "I would like to call you personally to talk it through.",
        ],
        [
            "We cannot offer a refund.",
            "Please check your credit card statement.",
            "You asked us for a refund on Monday.",
        ],
    ),
    "help_channel": (
        [
            "Reply to this email with any questions.",
            "Call us on +44 20 7946 0000.",
            "Write to help@daybreak.example.",
            "See https://status.daybreak.example for updates.",
            "Call me directly on 07700 900 312.",
        ],
        ["Thank you for your patience.", "We are looking into it."],
    ),
}

ANTI_PATTERN_CASES = {
    "blame_shifting": (
        [
            "This was due to a failure at our provider, which was out of our control.",
            "If you had read the instructions, this would not have happened.",
            "The intern pushed a bad change.",
        ],
        [
            "Under your plan, backups are managed by you.",
            "Our DNS provider failed, and we had no fallback; that is on us.",
        ],
    ),
    "over_apology": (
        [
            "We are so, so sorry.",
            "We cannot apologise enough.",
            "Please forgive us.",
            "We are deeply ashamed.",
            "Sorry. We are sorry about the delay. Sorry again.",
            "We are so sorry. We sincerely apologise for the trouble.",
        ],
        ["We are sorry: our update broke the login page.", "I apologise for the trouble."],
    ),
    "minimising": (
        [
            "It was just a small glitch.",
            "Only a handful of customers were affected.",
            "A minor hiccup on Tuesday.",
            "There is nothing to worry about.",
            "Your site was briefly down, from 09:00 to 13:00, four hours in all.",
        ],
        [
            "We only learned of it at 3 pm.",
            "Only the Email service was affected; websites kept working.",
            "Your site was down for four hours.",
        ],
    ),
    "hedging_passive": (
        [
            "Mistakes were made.",
            "An error occurred.",
            "Some users may have experienced issues.",
            "It was decided to close the office.",
            "Issues were encountered during the upgrade.",
        ],
        [
            "We made a mistake in the upgrade.",
            "Web3 was down from 09:12 to 10:40 UTC.",
            "You may need to sign in again.",
            "Search engines may hold cached copies of your pages.",
            "You may be entitled to compensation.",
        ],
    ),
    "vague_time": (
        [
            "We will fix it soon.",
            "We will be back shortly.",
            "We will write again as soon as possible.",
            "A fix will follow in due course.",
            "Expect an update ASAP.",
        ],
        [
            "We will write again by 14:00 UTC.",
            "Shortly after 09:00 the disk failed.",
            "We will write again soon, and by 14:00 UTC at the latest.",
            "Please never promise 'soon' to a customer.",
        ],
    ),
    "defensive": (
        [
            "To be fair, this almost never happens.",
            "Our uptime is still 99.98%.",
            "As clearly stated in our terms, backups are yours.",
            "We are not liable for lost data.",
            "No one could have foreseen this.",
            "Our setup is industry standard.",
        ],
        ["We should have foreseen this.", "Our backups run every night at 02:00."],
    ),
    "escalating": (
        [
            "As we ALREADY told you, the site is up.",
            "Your parcel is on the van!!",
            "Please calm down.",
            "You clearly did not read the email.",
        ],
        [
            "The outage began at 09:12 UTC and affected our EU servers.",
            'You wrote "FIX IT NOW" and you were right to.',
            "WHAT HAPPENED\nThe checkout rejected cards from 11:52 to 13:10 UTC.",
        ],
    ),
    "jargon": (
        [
            "A BGP route leak took the network down.",
            "The pod was OOM-killed.",
            "Visitors got HTTP 502s from the ingress.",
            "The DNS TTL was too long.",
            "The RAID array degraded overnight.",
            "A race condition in the queue consumer lost messages.",
        ],
        [
            "Your flight BA123 was delayed; under EU261 you can claim at ba.example/claims.",
            "The server ran out of memory and stopped.",
            "Your website could not be reached.",
            "The RAID array (the set of disks that hold your files) degraded overnight.",
            "The DNS TTL, which is how long other computers remember our address, was too long.",
        ],
    ),
}


def _flag(text: str, label: str, kind: str = "notice") -> bool:
    report = candor_check(text, kind)
    return {**report.elements, **report.anti_patterns}[label]


def _cases(table: dict[str, tuple[list[str], list[str]]], shown: bool) -> list[tuple[str, str]]:
    return [(label, text) for label, (yes, no) in table.items() for text in (yes if shown else no)]


@pytest.mark.parametrize(("label", "text"), _cases({**ELEMENT_CASES, **ANTI_PATTERN_CASES}, True))
def test_a_message_showing_the_label_is_flagged(label: str, text: str) -> None:
    assert _flag(text, label), f"{label} not found in: {text}"


@pytest.mark.parametrize(("label", "text"), _cases({**ELEMENT_CASES, **ANTI_PATTERN_CASES}, False))
def test_a_message_only_resembling_the_label_is_not_flagged(label: str, text: str) -> None:
    assert not _flag(text, label), f"{label} wrongly found in: {text}"


def test_every_label_has_cases_both_ways() -> None:
    assert set(ELEMENT_CASES) == set(ELEMENTS)
    assert set(ANTI_PATTERN_CASES) == set(ANTI_PATTERNS)


def test_a_good_notice_scores_full_marks_with_no_findings() -> None:
    report = candor_check(GOOD_NOTICE, "notice")
    assert report.findings == []
    assert report.score == 100
    assert report.missing == []


def test_findings_point_at_the_words_in_the_original_text() -> None:
    text = "Hello Ana,\n\nWe will fix it SOON. It was just a small glitch."
    report = candor_check(text, "update")
    placed = {f.rule: text[f.start : f.end] for f in report.findings if f.end > f.start}
    assert placed["vague_time"] == "SOON"
    assert placed["minimising"] == "just a small glitch"


def test_a_missing_element_is_a_finding_without_a_place_in_the_text() -> None:
    report = candor_check("We will write again by 14:00 UTC.", "notice")
    missing = {f.rule: (f.start, f.end) for f in report.findings if f.rule in ELEMENTS}
    assert missing["responsibility"] == (0, 0)
    assert "next_steps_with_time" not in missing


def test_offsets_stay_true_after_characters_that_change_length_when_lowercased() -> None:
    text = "İstanbul office: we will fix it soon."
    finding = next(f for f in candor_check(text, "update").findings if f.rule == "vague_time")
    assert text[finding.start : finding.end] == "soon"


def test_a_boundary_stating_the_agreement_calmly_needs_no_responsibility_and_is_not_blame() -> None:
    text = (
        "Hello Sam,\n\nYou asked us on Monday to restore the files deleted from your site. "
        "Under your plan, backups are managed by you, so we hold no copy. "
        "What we can offer: a best-effort recovery by our engineers for £90. "
        "Reply to this email and we will start within 2 hours."
    )
    report = candor_check(text, "boundary")
    assert not report.anti_patterns["blame_shifting"]
    assert "responsibility" not in report.missing
    assert report.elements["remedy"]
    assert report.missing == []


def test_a_paid_option_is_a_remedy_only_in_a_boundary() -> None:
    text = "We can offer a best-effort recovery for £90."
    assert candor_check(text, "boundary").elements["remedy"]
    assert not candor_check(text, "notice").elements["remedy"]


def test_an_update_needs_no_remedy_but_a_remedy_offer_does() -> None:
    text = (
        "Update: web3 has been down since 09:12 UTC. We moved the disks to a spare server. "
        "Next update at 11:00 UTC. Reply to this email with any question."
    )
    assert candor_check(text, "update").missing == []
    assert "remedy" in candor_check(text, "remedy").missing


def test_the_first_notice_is_called_notice_or_initial() -> None:
    assert candor_check(GOOD_NOTICE, "initial").kind == "notice"


def test_an_unknown_kind_is_refused_by_name() -> None:
    with pytest.raises(UserError, match="kind: 'apology' is not one of notice, update"):
        candor_check(GOOD_NOTICE, "apology")


def test_each_anti_pattern_costs_ten_points() -> None:
    worse = GOOD_NOTICE.replace("We undid", "To be fair, this almost never happens. We undid")
    assert candor_check(worse, "notice").score == 90


def test_spilt_milk_told_at_length_gets_a_length_finding() -> None:
    long_text = " ".join(["We charged your card twice for order 4471 on Monday."] * 9)
    short_text = "We charged your card twice on Monday. We refunded it. Reply with any question."
    assert "length" in {f.rule for f in candor_check(long_text, "notice", severity=1).findings}
    assert "length" not in {f.rule for f in candor_check(short_text, "notice", severity=1).findings}


def test_sky_falling_without_an_update_cadence_gets_a_finding() -> None:
    without = candor_check(GOOD_NOTICE, "notice", severity=5)
    with_cadence = candor_check(
        GOOD_NOTICE + "We will write every 30 minutes until it is fixed.\n", "notice", severity=5
    )
    assert "update_cadence" in {f.rule for f in without.findings}
    assert "update_cadence" not in {f.rule for f in with_cadence.findings}
