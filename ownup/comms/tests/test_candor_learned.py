"""The learned second opinion: it adds what the rules miss, only when sure, and never in the
places where the rules are deliberately silent."""

import pytest

from ownup.comms.candor import learned
from ownup.comms.candor.check import candor_check

pytestmark = pytest.mark.same_on_every_database

# No rule names "logistics partner" with "mislaid" or "a situation on their side".
BLAME_IN_OTHER_WORDS = (
    "Dear customer,\n\nYour order did not arrive on Friday. Our logistics partner mislaid a number "
    "of parcels at their regional hub this week and they have told us they are looking into it. "
    "Unfortunately this was a situation on their side which we had no say in.\n\nThe Shop\n"
)
SARCASM_IN_OTHER_WORDS = (
    "Mr Dunn,\n\nI have read your latest message, the sixth this week. Frankly I am astonished "
    "that you expect us to drop everything for a lamp that arrived a day late. We have hundreds "
    "of customers who manage to wait patiently. I trust this is now the end of the matter.\n\n"
    "Manager\n"
)


def test_blame_in_words_no_rule_knows_is_found_and_pointed_at_a_sentence() -> None:
    report = candor_check(BLAME_IN_OTHER_WORDS, "notice")

    assert report.anti_patterns["blame_shifting"]
    finding = next(f for f in report.findings if f.rule == "blame_shifting")
    sentence = BLAME_IN_OTHER_WORDS[finding.start : finding.end]
    assert sentence.endswith(".")
    assert sentence.strip() == sentence


def test_sarcasm_in_words_no_rule_knows_is_found() -> None:
    assert candor_check(SARCASM_IN_OTHER_WORDS, "reply").anti_patterns["escalating"]


def test_a_boundary_is_never_called_blame_or_defence_by_the_model() -> None:
    report = candor_check(BLAME_IN_OTHER_WORDS, "boundary")

    assert not report.anti_patterns["blame_shifting"]
    assert not report.anti_patterns["defensive"]


def test_a_sentence_or_two_is_left_to_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    # However sure the model were, a couple of sentences are too few words to judge.
    monkeypatch.setattr(
        learned, "probabilities", lambda text: dict.fromkeys(learned.LEARNED_LABELS, 1.0)
    )

    report = candor_check("Our logistics partner mislaid your parcel at their hub.", "notice")

    assert not report.anti_patterns["blame_shifting"]
    assert not report.elements["impact"]


def test_the_customers_quoted_words_do_not_count() -> None:
    reply = (
        "Hi Dana,\n\nWe sent your order to the old address on 3 May; that was our mistake, and "
        "we have sent a new one today by courier at our cost.\n\n"
        + "".join(f"> {line}\n" for line in SARCASM_IN_OTHER_WORDS.splitlines())
    )

    assert not candor_check(reply, "reply").anti_patterns["escalating"]


def test_the_same_corpus_trains_the_same_weights() -> None:
    texts = [BLAME_IN_OTHER_WORDS, SARCASM_IN_OTHER_WORDS, "We fixed it at 10:00; our mistake."]
    labels = [
        {name: name == "blame_shifting" for name in learned.LEARNED_LABELS},
        {name: name == "escalating" for name in learned.LEARNED_LABELS},
        {name: name == "fix_done" for name in learned.LEARNED_LABELS},
    ]

    assert learned.train(texts, labels) == learned.train(texts, labels)
