import pytest

from ownup.inbox.triage import Feeling, Intent, feeling_rank, own_words, triage

pytestmark = pytest.mark.same_on_every_database


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Any update on when the shop will be back?", Intent.STATUS),
        ("Was anyone else affected, or is it just us?", Intent.STATUS),
        ("Is my site affected? It's bakerybloom.example.", Intent.AFFECTED),
        ("Did the outage hit our mailboxes?", Intent.AFFECTED),
        ("I'd like a refund for the two days we were offline.", Intent.REFUND),
        ("Could you credit our account for the downtime?", Intent.REFUND),
        ("Please cancel our subscription at the end of the month.", Intent.CANCEL),
        ("We won't be renewing next year.", Intent.CANCEL),
        ("Thank you for the honest update, much appreciated.", Intent.THANKS),
        ("Please update our billing address to 14 Harbour Lane.", Intent.OTHER),
    ],
)
def test_each_intent_is_recognised(text: str, intent: str) -> None:
    assert triage(text).intent == intent


@pytest.mark.parametrize(
    ("text", "not_intent"),
    [
        ("No refund needed, these things happen.", Intent.REFUND),
        ("I'm not asking for compensation, just an explanation.", Intent.REFUND),
        ("We're not going to cancel, don't worry.", Intent.CANCEL),
        ("Thanks for nothing.", Intent.THANKS),
        ("Thanks for telling us what went wrong.", Intent.STATUS),
        ("It happens to everyone.", Intent.STATUS),
        ("Thanks for the notice, our site is fine.", Intent.AFFECTED),
    ],
)
def test_words_that_only_look_like_an_intent_are_not_it(text: str, not_intent: str) -> None:
    assert triage(text).intent != not_intent


def test_a_question_about_other_customers_is_about_status_not_the_sender() -> None:
    assert triage("was anyone else affected?").intent == Intent.STATUS


def test_the_intent_asking_most_of_us_wins() -> None:
    found = triage("Thanks for the update. Is my site affected? If so I want a refund.")
    assert found.intent == Intent.REFUND
    labels = {c.label for c in found.cues}
    assert {"intent:thanks", "intent:affected", "intent:refund"} <= labels


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I want this month refunded, or I am moving to another host.", Intent.REFUND),
        ("Refund me today, otherwise we switch to another provider.", Intent.REFUND),
        ("Please cancel my account and refund this month.", Intent.CANCEL),
    ],
)
def test_leaving_as_a_threat_leaves_the_refund_as_the_ask(text: str, intent: str) -> None:
    assert triage(text).intent == intent


@pytest.mark.parametrize(
    ("text", "feeling"),
    [
        ("Could you tell me when it will be fixed?", Feeling.CALM),
        ("I'm a bit worried about our bookings.", Feeling.UPSET),
        ("Really disappointed, we lost a day of sales.", Feeling.UPSET),
        ("This is unacceptable. Third time this month.", Feeling.ANGRY),
        ("You are a bunch of incompetent clowns.", Feeling.ANGRY),
        ("Fix it or you'll hear from our lawyer.", Feeling.ANGRY),
        ("Thanks for nothing.", Feeling.ANGRY),
        ("WHY IS OUR SITE DOWN", Feeling.UPSET),
        ("I'm frustrated, WHY IS OUR SITE STILL DOWN!!!", Feeling.ANGRY),
    ],
)
def test_each_feeling_is_recognised(text: str, feeling: str) -> None:
    assert triage(text).feeling == feeling


@pytest.mark.parametrize(
    "text",
    [
        "I'm not angry, just curious when it will be back.",
        "Not worried at all, thanks for letting us know.",
        "Great job!!! Thanks so much.",
        "For anything urgent contact my colleague Marta.",
        "We ran a bad import on Sunday, could you help?",
    ],
)
def test_calm_messages_with_strong_words_stay_calm(text: str) -> None:
    assert triage(text).feeling == Feeling.CALM


def test_the_queue_rank_puts_the_angry_first() -> None:
    ranked = sorted(["calm", "angry", "", "upset"], key=feeling_rank)
    assert ranked == ["angry", "upset", "calm", ""]


@pytest.mark.parametrize(
    "text",
    [
        "Can you restore our database from last night's backup?",
        "Please roll back the shop to Sunday, we broke it.",
        "Could you get our deleted photos back?",
        "I need my files recovered, they were deleted this morning.",
    ],
)
def test_asking_for_a_restore_is_recognised(text: str) -> None:
    assert triage(text).asks_for == ("restore",)


@pytest.mark.parametrize(
    "text",
    [
        "Is the service restored yet?",
        "No need to restore anything, we have our own copy.",
        "Has the database recovered?",
        "Thanks, glad it's back.",
    ],
)
def test_no_restore_is_asked_for_when_none_is(text: str) -> None:
    assert triage(text).asks_for == ()


def test_each_cue_points_at_its_own_words_in_the_text() -> None:
    text = "Hello,\n\nTHIS IS THE THIRD TIME!!! I want my money back and my files restored."
    found = triage(text)
    assert found.cues
    for cue in found.cues:
        assert text[cue.start : cue.end] == cue.words
    assert ("intent:refund", "money back") in {(c.label, c.words) for c in found.cues}


def test_quoted_notice_and_signature_are_not_the_customers_words() -> None:
    text = (
        "Fine by us, no action needed.\n"
        "-- \n"
        "Ana | Bloom Bakery | urgent? call 0131 555 0100\n"
        "\n"
        "On Tue, 1 Dec 2026 at 10:02, Daybreak <notices@daybreak.example> wrote:\n"
        "> This is unacceptable on our part. Reply if you want a refund.\n"
    )
    found = triage(text)
    assert (found.intent, found.feeling, found.cues) == (Intent.OTHER, Feeling.CALM, ())


def test_quoted_lines_between_answers_are_skipped_but_offsets_stay_true() -> None:
    text = "> Do you want a refund?\nNo. But was our shop affected?\n"
    assert own_words(text).startswith(" " * len("> Do you want a refund?") + "\nNo.")
    assert len(own_words(text)) == len(text)
    found = triage(text)
    assert found.intent == Intent.AFFECTED
    assert all(text[c.start : c.end] == c.words for c in found.cues)


def test_the_subject_decides_only_when_the_text_does_not() -> None:
    found = triage("Tuesday cost our clinic a day of bookings.", subject="Re: Refund")
    assert found.intent == Intent.REFUND
    assert [(c.label, c.start, c.words) for c in found.cues if c.start < 0] == [
        ("intent:refund", -1, "Refund")
    ]
    assert triage("Is my site affected?", subject="Refund").intent == Intent.AFFECTED
