"""The learned second opinion, weighed against the rules: it adds what the rules miss and drops
what it judges a false alarm, and never adds blame or defence where the rules are deliberately
silent."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from ownup.comms.candor import learned
from ownup.comms.candor.check import LEARNED_FINDINGS, candor_check
from ownup.comms.candor.rules import ANTI_PATTERNS, ELEMENTS

ALL = (*ELEMENTS, *ANTI_PATTERNS)

pytestmark = pytest.mark.same_on_every_database

# No rule names "logistics partner" with "mislaid", nor "astonished" with "the sixth this week".
BLAME_IN_OTHER_WORDS = (
    "Dear customer,\n\nYour order did not arrive on Friday. Our logistics partner mislaid a number "
    "of parcels at their regional hub this week and they have told us they are looking into it. "
    "Unfortunately this was a situation we were simply handed.\n\nThe Shop\n"
)
SARCASM_IN_OTHER_WORDS = (
    "Mr Dunn,\n\nI have read your latest message, the sixth this week. Frankly I am astonished "
    "that you expect us to drop everything for a lamp that arrived a day late. We have hundreds "
    "of customers who manage to wait patiently. I trust this is now the end of the matter.\n\n"
    "Manager\n"
)


@pytest.fixture
def sure_of(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Make the learned opinion agree with the rules but for some labels it is sure of, to check
    what the check does with its opinion (the weights change whenever the corpus grows)."""

    def sure(*labels: str, seeing: str = "") -> None:
        def judge(text: str, kind: str, rules_say: dict[str, bool]) -> dict[str, bool]:
            return {
                name: rules_say[name] or (name in labels and seeing in text)
                for name in learned.LEARNED_LABELS
            }

        monkeypatch.setattr(learned, "judge", judge)

    return sure


def test_the_shipped_weights_give_a_probability_for_every_learned_label() -> None:
    probabilities = learned.probabilities(BLAME_IN_OTHER_WORDS)

    assert set(probabilities) == set(learned.LEARNED_LABELS)
    assert all(0.0 <= p <= 1.0 for p in probabilities.values())


def test_blame_the_rules_miss_is_added_and_pointed_at_a_sentence(
    sure_of: Callable[..., None],
) -> None:
    # The rules alone (the model unsure of everything) miss it.
    sure_of()
    assert not candor_check(BLAME_IN_OTHER_WORDS, "notice").anti_patterns["blame_shifting"]
    sure_of("blame_shifting")

    report = candor_check(BLAME_IN_OTHER_WORDS, "notice")

    assert report.anti_patterns["blame_shifting"]
    finding = next(f for f in report.findings if f.rule == "blame_shifting")
    sentence = BLAME_IN_OTHER_WORDS[finding.start : finding.end]
    assert sentence.endswith(".")
    assert sentence.strip() == sentence


def test_an_element_the_rules_miss_is_marked_present(sure_of: Callable[..., None]) -> None:
    sure_of("impact")

    assert candor_check(SARCASM_IN_OTHER_WORDS, "reply").elements["impact"]


@pytest.mark.parametrize(
    "label", [name for name in learned.LEARNED_LABELS if name in ANTI_PATTERNS]
)
def test_each_anti_pattern_the_model_adds_says_what_reads_wrong_and_how_to_fix_it(
    sure_of: Callable[..., None], label: str
) -> None:
    plain = (
        "Dear Ms Cole,\n\nYour order of two lamps left our warehouse on Monday and reached you "
        "on Thursday, three days after the date we gave. We have sent the tracking record to "
        "you by email.\n\nThe Shop\n"
    )
    sure_of()
    assert not candor_check(plain, "notice").anti_patterns[label]
    sure_of(label)

    report = candor_check(plain, "notice")

    finding = next(f for f in report.findings if f.rule == label)
    assert (finding.message, finding.suggestion) == LEARNED_FINDINGS[label]
    assert finding.end > finding.start


def test_a_doubtful_model_adds_nothing(sure_of: Callable[..., None]) -> None:
    sure_of()

    report = candor_check(SARCASM_IN_OTHER_WORDS, "reply")

    learned_messages = {message for message, _ in LEARNED_FINDINGS.values()}
    assert not any(f.message in learned_messages for f in report.findings)
    assert not report.elements["impact"]


def test_a_boundary_is_never_called_blame_or_defence_by_the_model(
    sure_of: Callable[..., None],
) -> None:
    sure_of("blame_shifting", "defensive")

    report = candor_check(BLAME_IN_OTHER_WORDS, "boundary")

    assert not report.anti_patterns["blame_shifting"]
    assert not report.anti_patterns["defensive"]


def test_a_message_that_owns_the_failure_is_not_called_blame_or_defence_by_the_model(
    sure_of: Callable[..., None],
) -> None:
    sure_of("blame_shifting", "defensive")
    owned = BLAME_IN_OTHER_WORDS.replace(
        "Unfortunately this was a situation we were simply handed.",
        "We chose a single partner with no fallback, and that is our mistake.",
    )

    report = candor_check(owned, "notice")

    assert report.elements["responsibility"]
    assert not report.anti_patterns["blame_shifting"]
    assert not report.anti_patterns["defensive"]


def test_a_sentence_or_two_is_left_to_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    # However sure the model were, a couple of sentences are too few words to judge.
    monkeypatch.setattr(
        learned, "judge", lambda text, kind, rules_say: dict.fromkeys(learned.LEARNED_LABELS, True)
    )

    report = candor_check("Our logistics partner mislaid your parcel at their hub.", "notice")

    assert not report.anti_patterns["blame_shifting"]
    assert not report.elements["impact"]


def test_the_customers_quoted_words_do_not_count(sure_of: Callable[..., None]) -> None:
    sure_of("impact", seeing="astonished")
    reply = (
        "Hi Dana,\n\nWe sent your order to the old address on 3 May; that was our mistake, and "
        "we have sent a new one today by courier at our cost.\n\n"
        + "".join(f"> {line}\n" for line in SARCASM_IN_OTHER_WORDS.splitlines())
    )

    assert not candor_check(reply, "reply").elements["impact"]


def _doubting(label: str) -> Callable[[str, str, dict[str, bool]], dict[str, bool]]:
    """A learned opinion that agrees with the rules but judges `label` absent."""

    def judge(text: str, kind: str, rules_say: dict[str, bool]) -> dict[str, bool]:
        return {name: rules_say[name] and name != label for name in learned.LEARNED_LABELS}

    return judge


def test_a_rule_find_the_opinion_judges_a_false_alarm_is_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    promise = BLAME_IN_OTHER_WORDS.replace(
        "Unfortunately this was a situation we were simply handed.",
        "We will send you a new tracking number soon.",
    )
    assert candor_check(promise, "notice").anti_patterns["vague_time"]
    monkeypatch.setattr(learned, "judge", _doubting("vague_time"))

    report = candor_check(promise, "notice")

    assert not report.anti_patterns["vague_time"]
    assert not any(f.rule == "vague_time" for f in report.findings)


@pytest.mark.parametrize(
    ("label", "wording"),
    [
        ("blame_shifting", "Unfortunately this was beyond our control."),
        ("defensive", "To be fair, this almost never happens."),
        ("jargon", "The hub's WMS threw a 502 on the EDI feed."),
    ],
)
def test_an_excuse_defence_or_jargon_term_a_rule_names_stays_whatever_the_opinion(
    monkeypatch: pytest.MonkeyPatch, label: str, wording: str
) -> None:
    excuse = BLAME_IN_OTHER_WORDS.replace(
        "Unfortunately this was a situation we were simply handed.", wording
    )
    monkeypatch.setattr(learned, "judge", _doubting(label))

    assert candor_check(excuse, "notice").anti_patterns[label]


def test_an_element_the_opinion_judges_absent_is_reported_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    notice = (
        "Dear Ms Cole,\n\nYour order of two lamps reached you on Thursday, three days late. "
        "That was our mistake: we packed it a day after we said we would.\n\nThe Shop\n"
    )
    assert candor_check(notice, "notice").elements["responsibility"]
    monkeypatch.setattr(learned, "judge", _doubting("responsibility"))

    report = candor_check(notice, "notice")

    assert not report.elements["responsibility"]
    assert "responsibility" in report.missing


def test_the_weighing_learns_to_trust_a_rule_and_to_doubt_it() -> None:
    # Rule finds that hold, except where the model reads the words against them.
    inputs = [[1.0, 0.5, 0.5, 0.0, 0.0]] * 20 + [[1.0, -0.8, -0.8, 0.0, 0.0]] * 20
    inputs += [[0.0, -0.5, 0.0, 0.0, 0.0]] * 20
    targets = [1] * 20 + [0] * 20 + [0] * 20
    *coefficients, bias = learned.fit_weighing(inputs, targets)

    def says(row: list[float]) -> bool:
        return bias + sum(c * x for c, x in zip(coefficients, row, strict=True)) >= 0

    assert says(inputs[0])
    assert not says(inputs[20])
    assert not says(inputs[40])


def test_the_same_corpus_trains_the_same_weights() -> None:
    texts = [BLAME_IN_OTHER_WORDS, SARCASM_IN_OTHER_WORDS, "We fixed it at 10:00; our mistake."]
    labels = [
        {name: name == "blame_shifting" for name in learned.LEARNED_LABELS},
        {name: name == "defensive" for name in learned.LEARNED_LABELS},
        {name: name == "fix_done" for name in learned.LEARNED_LABELS},
    ]

    assert learned.train(texts, labels) == learned.train(texts, labels)
    assert learned.train_sentences(texts, labels) == learned.train_sentences(texts, labels)


def test_the_sentence_model_finds_one_excuse_among_plain_sentences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain = "Your order left our warehouse on Monday. It was packed by hand. The box was sealed."
    excuse = "The courier lost it."
    texts = [f"{plain} {excuse}", plain] * 3
    labels = [
        {name: name == "blame_shifting" and text != plain for name in learned.LEARNED_LABELS}
        for text in texts
    ]
    monkeypatch.setattr(learned, "SENTENCE_EPOCHS", 10)
    no_words = learned._Words.of({}, [0.0] * len(learned.LEARNED_LABELS))
    model = learned._Model(no_words, learned._Words.of(*learned.train_sentences(texts, labels)), {})

    def by_sentence(text: str) -> float:
        return model.leanings(text)["blame_shifting"][1]

    assert by_sentence(" ".join([plain] * 5 + [excuse])) > 0 > by_sentence(" ".join([plain] * 5))


def test_the_batches_kept_for_measuring_are_never_trained_on() -> None:
    trained = {folder.name for folder in learned.training_folders()}

    assert "heldout" in learned.MEASURED_ONLY
    assert trained
    assert not trained & learned.MEASURED_ONLY


def test_retraining_writes_a_model_and_its_weighing_that_the_check_then_uses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = {
        "excuse": BLAME_IN_OTHER_WORDS,
        "sarcasm": SARCASM_IN_OTHER_WORDS,
        "owned": BLAME_IN_OTHER_WORDS.replace(
            "Unfortunately this was a situation we were simply handed.",
            "We chose a single partner with no fallback, and that is our mistake.",
        ),
    }
    for batch in ("dev90", "dev91", "dev92"):
        folder = tmp_path / batch
        folder.mkdir()
        rows = []
        for name, text in texts.items():
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
            labels = {label: label == "blame_shifting" and name == "excuse" for label in ALL}
            rows.append(
                {
                    "file": f"{name}.txt",
                    "kind": "notice",
                    "elements": {label: labels[label] for label in ELEMENTS},
                    "anti_patterns": {label: labels[label] for label in ANTI_PATTERNS},
                }
            )
        (folder / "labels.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    weights_file = tmp_path / "learned_weights.json"
    monkeypatch.setattr(learned, "WEIGHTS_FILE", weights_file)
    monkeypatch.setattr(learned, "FOLDS", 2)
    monkeypatch.setattr(learned, "EPOCHS", 4)
    learned._model.cache_clear()
    try:
        learned.main([str(tmp_path / batch) for batch in ("dev90", "dev91", "dev92")])

        data = json.loads(weights_file.read_text(encoding="utf-8"))
        assert data["labels"] == list(learned.LEARNED_LABELS)
        assert set(data["weighing"]) == set(learned.LEARNED_LABELS)
        assert all(len(row) == 7 for row in data["weighing"].values())
        assert set(candor_check(texts["sarcasm"], "reply").anti_patterns) == set(ANTI_PATTERNS)
    finally:
        learned._model.cache_clear()
