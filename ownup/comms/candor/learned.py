"""A learned second opinion, weighed against the rules, for the labels whose wording varies most.

The phrase rules know the wordings someone has thought of; excuses, defences and what a failure
cost the reader come in endless others, and a phrase a rule knows can stand in a sentence that
means something else. A logistic regression over the message's words and word pairs, trained on
the labelled corpus, recognises the vocabulary around a label ("our side", "partner", "policy",
"you'd planned") even in a sentence no rule describes. A second one reads sentence by
sentence and takes the message's strongest sentence, so one excuse in a long notice is not
drowned by the rest of it. A third, tiny regression per label then weighs what the rules found
against the two models' leanings: it learned from batches the rules were never tuned on how far
each rule's finds hold on wording it has not seen, so it can add a label the rules missed and
drop a rule's find the words around it contradict.

The weights are plain numbers in `learned_weights.json` and `learned_weights.f32`, read on the
first check (not at import); scoring a message is a few thousand dictionary look-ups. Retrain
after relabelling or adding messages (every batch but those in MEASURED_ONLY, or the folders
named):

    python -m ownup.comms.candor.learned [FOLDER ...]

The batches in MEASURED_ONLY stay out of training: they measure how the check does on wording
it has never seen.
"""

import functools
import itertools
import json
import math
import random
import re
import sys
from array import array
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ownup.comms.candor.rules import ANTI_PATTERNS, ELEMENTS

if TYPE_CHECKING:
    from ownup.comms.candor.evaluate import LabelledMessage

# Labels the rules decide alone: for a help channel, grovelling, playing down and shouting they
# did as well or better on batches they had not seen than with the learned opinion weighed in.
RULES_ALONE = frozenset({"help_channel", "over_apology", "minimising", "escalating"})
LEARNED_LABELS = tuple(name for name in (*ELEMENTS, *ANTI_PATTERNS) if name not in RULES_ALONE)
# On a sentence or two the words are too few for the model to judge; the rules alone decide.
MIN_WORDS = 20
WEIGHTS_FILE = Path(__file__).with_name("learned_weights.json")
CORPUS = Path(__file__).with_name("corpus")
# Batches that only measure how the check does on wording it has never seen.
MEASURED_ONLY = frozenset({"heldout", "dev19", "dev20"})
# Batches the rules were tuned on: they fit those almost perfectly, so how far a rule's find
# holds is learned from the other batches only.
RULES_TUNED_ON = frozenset({"train", "dev", *(f"dev{n}" for n in range(2, 29))})
# Parts the rules-unseen batches are split into, each judged by a model trained without it.
FOLDS = 5
TOKEN = re.compile(r"[a-z][a-z']*|\d+")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
SHOUTED = re.compile(r"\b[A-Z]{3,}\b")
# Training: passes over the corpus, step size, and how hard weights are pulled towards zero.
EPOCHS = 40
STEP = 0.3
SHRINK = 1e-3
# Fits averaged per label; three gave clearly better average precision in cross-validation by
# batch than one (blame_shifting 0.78 to 0.80, defensive 0.90 to 0.91), at three times the time.
SHUFFLES = 3
# The sentence model: one fit per label, over fewer passes. On the batches from dev78 to dev93,
# trained on those before them, adding its leaning to the word model's raised the average
# precision of every learned label tried (impact 0.90 to 0.93, blame_shifting 0.83 to 0.86,
# defensive 0.91 to 0.97, hedging_passive 0.94 to 0.97, responsibility 0.96 to 0.98).
SENTENCE_EPOCHS = 30
# Weights smaller than this change no decision and only make the file bigger.
KEEP_ABOVE = 0.01
# A word or pair seen in a single message says more about that message than about the label.
MIN_MESSAGES = 2
LOGIT_LIMIT = 30.0
# The weighing: a plain logistic regression on a handful of numbers, fitted by gradient descent.
WEIGHING_STEPS = 2000
WEIGHING_STEP = 0.5
# The model's log-odds are scaled down so that they and the yes/no inputs are of one size.
LOGIT_SCALE = 10.0


def features(text: str) -> set[str]:
    """Words and word pairs, lowercased, plus whether anything is shouted or exclaimed."""
    words = TOKEN.findall(text.lower())
    found = set(words)
    found.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    if SHOUTED.search(text):
        found.add("__shouted")
    if "!!" in text:
        found.add("__exclaimed")
    return found


def sentence_features(text: str) -> list[set[str]]:
    """Each sentence's words and word pairs, lowercased."""
    found = []
    for sentence in SENTENCE_BREAK.split(text.lower()):
        words = TOKEN.findall(sentence)
        if words:
            found.append({*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))})
    return found or [set()]


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-LOGIT_LIMIT, min(LOGIT_LIMIT, z))))


Weights = tuple[dict[str, list[float]], list[float]]


def train(texts: Sequence[str], labels: Sequence[dict[str, bool]]) -> Weights:
    """Per learned label, a logistic regression by stochastic gradient descent.

    Classes are weighted to count equally, since most labels are on a minority of messages.
    Each label's weights are the mean of SHUFFLES fits, each passing over the messages in its
    own order: one order's weights depend on which messages it happened to see last. The orders
    are seeded by the label's name, so the same corpus gives the same weights.
    """
    seen = _counted(features(text) for text in texts)
    docs = [[{f for f in features(text) if seen[f] >= MIN_MESSAGES}] for text in texts]
    return _trained(docs, labels, SHUFFLES, EPOCHS)


def train_sentences(texts: Sequence[str], labels: Sequence[dict[str, bool]]) -> Weights:
    """Per learned label, a regression over sentences that judges a message by its strongest
    sentence, fitted as `train` fits the word model."""
    sentences = [sentence_features(text) for text in texts]
    seen = _counted(set().union(*parts) for parts in sentences)
    docs = [[{f for f in part if seen[f] >= MIN_MESSAGES} for part in parts] for parts in sentences]
    return _trained(docs, labels, 1, SENTENCE_EPOCHS)


def _counted(found: Iterable[set[str]]) -> dict[str, int]:
    """In how many messages each feature is."""
    seen: dict[str, int] = {}
    for features_of_one in found:
        for f in features_of_one:
            seen[f] = seen.get(f, 0) + 1
    return seen


def _trained(
    docs: Sequence[list[set[str]]], labels: Sequence[dict[str, bool]], shuffles: int, epochs: int
) -> Weights:
    weights: dict[str, list[float]] = {}
    biases = []
    for column, label in enumerate(LEARNED_LABELS):
        targets = [int(row[label]) for row in labels]
        label_bias = 0.0
        for number in range(shuffles):
            fitted, bias = _fit(docs, targets, random.Random(f"{label}/{number}"), epochs)
            for f, value in fitted.items():
                weights.setdefault(f, [0.0] * len(LEARNED_LABELS))[column] += value / shuffles
            label_bias += bias / shuffles
        biases.append(label_bias)
    kept = {
        f: [round(v, 4) for v in values]
        for f, values in weights.items()
        if max(abs(v) for v in values) >= KEEP_ABOVE
    }
    return kept, [round(b, 4) for b in biases]


def _fit(
    docs: Sequence[list[set[str]]], targets: Sequence[int], shuffle: random.Random, epochs: int
) -> tuple[dict[str, float], float]:
    """One label's weights and bias, passing over the messages in the order `shuffle` deals.

    A message is its parts' feature sets (the whole message as one part, or its sentences) and
    scores as its strongest part. A message with the label teaches its strongest part; one
    without teaches every part that leans towards the label, since none of them shows it.
    """
    positives = sum(targets)
    class_weight = {
        1: len(targets) / (2 * max(positives, 1)),
        0: len(targets) / (2 * max(len(targets) - positives, 1)),
    }
    w: dict[str, float] = {}
    bias = 0.0
    # The average of the weights after each of the later passes: single passes swing with the
    # last few messages seen, the average does not.
    total: dict[str, float] = {}
    total_bias = 0.0
    averaged = 0
    order = list(range(len(docs)))
    for epoch in range(epochs):
        shuffle.shuffle(order)
        for i in order:
            target = targets[i]
            scores = [bias + sum(w.get(f, 0.0) for f in part) for part in docs[i]]
            strongest = max(range(len(scores)), key=scores.__getitem__)
            taught = [strongest]
            if not target:
                taught = [j for j, z in enumerate(scores) if z > 0] or taught
            for j in taught:
                gradient = (_sigmoid(scores[j]) - target) * class_weight[target]
                for f in docs[i][j]:
                    old = w.get(f, 0.0)
                    w[f] = old - STEP * (gradient + SHRINK * old)
            bias -= STEP * (_sigmoid(scores[strongest]) - target) * class_weight[target]
        if epoch >= epochs // 2:
            for f, value in w.items():
                total[f] = total.get(f, 0.0) + value
            total_bias += bias
            averaged += 1
    return {f: value / averaged for f, value in total.items()}, total_bias / averaged


@dataclass(frozen=True)
class _Words:
    """A model's weights. Each feature's weights, one per learned label, lie side by side in one
    flat list, stored as 32-bit floats: a list per feature read from JSON took twice as long, and
    JSON numbers twenty times as long as the floats."""

    offsets: dict[str, int]
    values: Sequence[float]
    biases: list[float]

    @classmethod
    def of(cls, weights: dict[str, list[float]], biases: list[float]) -> "_Words":
        names = sorted(weights)
        return cls(_offsets(names), [v for name in names for v in weights[name]], list(biases))

    def totals(self, found: set[str]) -> list[float]:
        """Each label's log-odds for one set of features."""
        width = len(LEARNED_LABELS)
        starts = (self.offsets.get(f) for f in found)
        rows = [self.values[at : at + width] for at in starts if at is not None]
        totals = map(sum, zip(*rows, strict=True)) if rows else itertools.repeat(0.0)
        return [
            max(-LOGIT_LIMIT, min(LOGIT_LIMIT, bias + z))
            for bias, z in zip(self.biases, totals, strict=False)
        ]


@dataclass(frozen=True)
class _Model:
    words: _Words
    sentences: _Words
    weighing: dict[str, list[float]]

    def leanings(self, text: str) -> dict[str, tuple[float, float]]:
        """Each label's log-odds by the word model and by the message's strongest sentence."""
        by_words = self.words.totals(features(text))
        by_sentence = map(
            max, zip(*map(self.sentences.totals, sentence_features(text)), strict=True)
        )
        return dict(zip(LEARNED_LABELS, zip(by_words, by_sentence, strict=True), strict=True))


def _offsets(names: Sequence[str]) -> dict[str, int]:
    width = len(LEARNED_LABELS)
    return dict(zip(names, range(0, len(names) * width, width), strict=True))


def _values_file() -> Path:
    return WEIGHTS_FILE.with_suffix(".f32")


@functools.cache
def _model() -> _Model:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    if tuple(data["labels"]) != LEARNED_LABELS or set(data["weighing"]) != set(LEARNED_LABELS):
        raise ValueError(f"{WEIGHTS_FILE.name} was trained for other labels; retrain it")
    values = array("f")
    values.frombytes(_values_file().read_bytes())
    if sys.byteorder != "little":
        values.byteswap()
    split = len(data["features"]) * len(LEARNED_LABELS)
    return _Model(
        _Words(_offsets(data["features"]), values[:split], data["bias"]),
        _Words(_offsets(data["sentence_features"]), values[split:], data["sentence_bias"]),
        data["weighing"],
    )


def probabilities(text: str) -> dict[str, float]:
    """How sure the word model is that the message shows each learned label."""
    return {label: _sigmoid(by_words) for label, (by_words, _) in _model().leanings(text).items()}


def _inputs(
    label: str, leanings: tuple[float, float], kind: str, rules_say: dict[str, bool]
) -> list[float]:
    """What the weighing sees: the rules' verdict, the word model's leaning and the two together,
    the strongest sentence's leaning, whether this is a boundary, and whether the rules saw the
    failure owned."""
    by_words, by_sentence = (z / LOGIT_SCALE for z in leanings)
    found = float(rules_say[label])
    owned = float(rules_say["responsibility"])
    return [found, by_words, found * by_words, by_sentence, float(kind == "boundary"), owned]


def judge(text: str, kind: str, rules_say: dict[str, bool]) -> dict[str, bool]:
    """Each learned label, present or not, weighing what the rules found (`rules_say`, every
    label) against the models' reading of `text`."""
    model = _model()
    verdicts = {}
    for label, leanings in model.leanings(text).items():
        *coefficients, bias = model.weighing[label]
        inputs = _inputs(label, leanings, kind, rules_say)
        verdicts[label] = bias + sum(c * x for c, x in zip(coefficients, inputs, strict=True)) >= 0
    return verdicts


def weight_of(text: str, label: str) -> float:
    """How far a sentence leans towards the label: for pointing at one."""
    column = LEARNED_LABELS.index(label)
    return max(_model().sentences.totals(part)[column] for part in sentence_features(text))


def fit_weighing(inputs: Sequence[list[float]], targets: Sequence[int]) -> list[float]:
    """A logistic regression on a few numbers: its coefficients, then its bias."""
    width = len(inputs[0]) + 1
    rows = [[*x, 1.0] for x in inputs]
    coefficients = [0.0] * width
    for _ in range(WEIGHING_STEPS):
        gradient = [0.0] * width
        for row, target in zip(rows, targets, strict=True):
            error = _sigmoid(sum(c * x for c, x in zip(coefficients, row, strict=True))) - target
            for i, x in enumerate(row):
                gradient[i] += error * x
        coefficients = [
            c - WEIGHING_STEP * g / len(rows) for c, g in zip(coefficients, gradient, strict=True)
        ]
    return [round(c, 4) for c in coefficients]


def training_folders() -> list[Path]:
    """Every labelled batch in the corpus but those kept for measuring."""
    return sorted(
        folder
        for folder in CORPUS.iterdir()
        if (folder / "labels.jsonl").is_file() and folder.name not in MEASURED_ONLY
    )


Weighing = tuple[dict[str, list[list[float]]], dict[str, list[int]]]


def _trained_model(messages: Sequence["LabelledMessage"]) -> tuple[_Words, _Words]:
    texts, labels = [m.text for m in messages], [m.labels for m in messages]
    return _Words.of(*train(texts, labels)), _Words.of(*train_sentences(texts, labels))


def _judged_unseen(batches: dict[str, list["LabelledMessage"]], held: Sequence[str]) -> Weighing:
    """What the weighing learns from the `held` batches, read by models trained on the rest."""
    from ownup.comms.candor.check import rule_labels

    model = _Model(
        *_trained_model([m for name, batch in batches.items() if name not in held for m in batch]),
        weighing={},
    )
    inputs: dict[str, list[list[float]]] = {label: [] for label in LEARNED_LABELS}
    targets: dict[str, list[int]] = {label: [] for label in LEARNED_LABELS}
    for message in (m for name in held for m in batches[name]):
        rules_say, ours = rule_labels(message.text, message.kind)
        if len(ours.split()) < MIN_WORDS:
            continue
        for label, leanings in model.leanings(ours).items():
            inputs[label].append(_inputs(label, leanings, message.kind, rules_say))
            targets[label].append(int(message.labels[label]))
    return inputs, targets


def _write(model: _Model) -> None:
    """The names, biases and weighing as JSON; the weights, far the most numbers, as 32-bit
    floats beside it, which read in a fiftieth of the time JSON takes."""
    data = {
        "labels": LEARNED_LABELS,
        "weighing": model.weighing,
        **_stored(model.words, ""),
        **_stored(model.sentences, "sentence_"),
    }
    WEIGHTS_FILE.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n")
    values = array("f", [*model.words.values, *model.sentences.values])
    if sys.byteorder != "little":
        values.byteswap()
    _values_file().write_bytes(values.tobytes())


def _stored(words: _Words, prefix: str) -> dict[str, list[float] | list[str]]:
    return {
        f"{prefix}bias": words.biases,
        f"{prefix}features": sorted(words.offsets, key=words.offsets.__getitem__),
    }


def main(argv: Sequence[str]) -> None:
    from ownup.comms.candor.evaluate import labelled_messages

    folders = [Path(folder) for folder in argv] or training_folders()
    batches = {folder.name: labelled_messages(folder) for folder in folders}
    messages = [m for batch in batches.values() for m in batch]
    # How far the rules' finds hold is judged on batches they were not tuned on, each part by a
    # model that has not seen it, as the shipped model has not seen a customer's message.
    unseen = sorted(name for name in batches if name not in RULES_TUNED_ON)
    parts = [unseen[fold::FOLDS] for fold in range(FOLDS)]
    with ProcessPoolExecutor() as pool:
        judged_later = [pool.submit(_judged_unseen, batches, part) for part in parts]
        shipped = pool.submit(_trained_model, messages)
        judged = [later.result() for later in judged_later]
        words, sentences = shipped.result()
    weighing = {
        label: fit_weighing(
            [row for inputs, _ in judged for row in inputs[label]],
            [target for _, targets in judged for target in targets[label]],
        )
        for label in LEARNED_LABELS
    }
    _write(_Model(words, sentences, weighing))
    print(
        f"{len(messages)} messages, {len(words.offsets)} word and {len(sentences.offsets)} "
        f"sentence features; the rules weighed on "
        f"{sum(len(targets[LEARNED_LABELS[0]]) for _, targets in judged)} unseen -> {WEIGHTS_FILE}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
