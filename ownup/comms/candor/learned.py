"""A learned second opinion, weighed against the rules, for the labels whose wording varies most.

The phrase rules know the wordings someone has thought of; excuses, defences and what a failure
cost the reader come in endless others, and a phrase a rule knows can stand in a sentence that
means something else. A logistic regression over the message's words and word pairs, trained on
the labelled corpus, recognises the vocabulary around a label ("our side", "partner", "policy",
"you'd planned") even in a sentence no rule describes. A second, tiny regression per label then
weighs what the rules found against the model's leaning: it learned from batches the rules were
never tuned on how far each rule's finds hold on wording it has not seen, so it can add a label
the rules missed and drop a rule's find the words around it contradict.

The weights are plain numbers in `learned_weights.json`, read on the first check (not at import);
scoring a message is a few hundred dictionary look-ups. Retrain after relabelling or adding
messages (every batch but those in MEASURED_ONLY, or the folders named):

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
from collections.abc import Sequence
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
SHOUTED = re.compile(r"\b[A-Z]{3,}\b")
# Training: passes over the corpus, step size, and how hard weights are pulled towards zero.
EPOCHS = 40
STEP = 0.3
SHRINK = 1e-3
# Fits averaged per label; three gave clearly better average precision in cross-validation by
# batch than one (blame_shifting 0.78 to 0.80, defensive 0.90 to 0.91), at three times the time.
SHUFFLES = 3
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


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-LOGIT_LIMIT, min(LOGIT_LIMIT, z))))


def train(
    texts: Sequence[str], labels: Sequence[dict[str, bool]]
) -> tuple[dict[str, list[float]], list[float]]:
    """Per learned label, a logistic regression by stochastic gradient descent.

    Classes are weighted to count equally, since most labels are on a minority of messages.
    Each label's weights are the mean of SHUFFLES fits, each passing over the messages in its
    own order: one order's weights depend on which messages it happened to see last. The orders
    are seeded by the label's name, so the same corpus gives the same weights.
    """
    seen: dict[str, int] = {}
    for text in texts:
        for f in features(text):
            seen[f] = seen.get(f, 0) + 1
    docs = [{f for f in features(text) if seen[f] >= MIN_MESSAGES} for text in texts]
    weights: dict[str, list[float]] = {}
    biases = []
    for column, label in enumerate(LEARNED_LABELS):
        targets = [int(row[label]) for row in labels]
        label_bias = 0.0
        for number in range(SHUFFLES):
            fitted, bias = _fit(docs, targets, random.Random(f"{label}/{number}"))
            for f, value in fitted.items():
                weights.setdefault(f, [0.0] * len(LEARNED_LABELS))[column] += value / SHUFFLES
            label_bias += bias / SHUFFLES
        biases.append(label_bias)
    kept = {
        f: [round(v, 4) for v in values]
        for f, values in weights.items()
        if max(abs(v) for v in values) >= KEEP_ABOVE
    }
    return kept, [round(b, 4) for b in biases]


def _fit(
    docs: Sequence[set[str]], targets: Sequence[int], shuffle: random.Random
) -> tuple[dict[str, float], float]:
    """One label's weights and bias, passing over the messages in the order `shuffle` deals."""
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
    for epoch in range(EPOCHS):
        shuffle.shuffle(order)
        for i in order:
            p = _sigmoid(bias + sum(w.get(f, 0.0) for f in docs[i]))
            gradient = (p - targets[i]) * class_weight[targets[i]]
            for f in docs[i]:
                old = w.get(f, 0.0)
                w[f] = old - STEP * (gradient + SHRINK * old)
            bias -= STEP * gradient
        if epoch >= EPOCHS // 2:
            for f, value in w.items():
                total[f] = total.get(f, 0.0) + value
            total_bias += bias
            averaged += 1
    return {f: value / averaged for f, value in total.items()}, total_bias / averaged


@dataclass(frozen=True)
class _Words:
    """A word model. Each feature's weights, one per learned label, lie side by side in one flat
    list: reading that from JSON takes half the time a list per feature does."""

    offsets: dict[str, int]
    values: list[float]
    biases: list[float]

    @classmethod
    def of(cls, weights: dict[str, list[float]], biases: list[float]) -> "_Words":
        names = sorted(weights)
        return cls(_offsets(names), [v for name in names for v in weights[name]], list(biases))


def _offsets(names: Sequence[str]) -> dict[str, int]:
    width = len(LEARNED_LABELS)
    return dict(zip(names, range(0, len(names) * width, width), strict=True))


@functools.cache
def _model() -> tuple[_Words, dict[str, list[float]]]:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    if tuple(data["labels"]) != LEARNED_LABELS or set(data["weighing"]) != set(LEARNED_LABELS):
        raise ValueError(f"{WEIGHTS_FILE.name} was trained for other labels; retrain it")
    return _Words(_offsets(data["features"]), data["weights"], data["bias"]), data["weighing"]


def _logits(words: _Words, text: str) -> dict[str, float]:
    width = len(LEARNED_LABELS)
    totals = list(words.biases)
    for f in features(text):
        at = words.offsets.get(f)
        if at is not None:
            row = words.values[at : at + width]
            totals = [t + w for t, w in zip(totals, row, strict=True)]
    limited = (max(-LOGIT_LIMIT, min(LOGIT_LIMIT, z)) for z in totals)
    return dict(zip(LEARNED_LABELS, limited, strict=True))


def probabilities(text: str) -> dict[str, float]:
    """How sure the model, from the words alone, is that the message shows each learned label."""
    words, _ = _model()
    return {label: _sigmoid(z) for label, z in _logits(words, text).items()}


def _inputs(label: str, logit: float, kind: str, rules_say: dict[str, bool]) -> list[float]:
    """What the weighing sees: the rules' verdict, the model's leaning and the two together,
    whether this is a boundary, and whether the rules saw the failure owned."""
    leaning = logit / LOGIT_SCALE
    found = float(rules_say[label])
    owned = float(rules_say["responsibility"])
    return [found, leaning, found * leaning, float(kind == "boundary"), owned]


def judge(text: str, kind: str, rules_say: dict[str, bool]) -> dict[str, bool]:
    """Each learned label, present or not, weighing what the rules found (`rules_say`, every
    label) against the model's reading of `text`."""
    words, weighing = _model()
    verdicts = {}
    for label, logit in _logits(words, text).items():
        *coefficients, bias = weighing[label]
        inputs = _inputs(label, logit, kind, rules_say)
        verdicts[label] = bias + sum(c * x for c, x in zip(coefficients, inputs, strict=True)) >= 0
    return verdicts


def weight_of(text: str, label: str) -> float:
    """How much a stretch of text pushes towards the label: for pointing at a sentence."""
    words, _ = _model()
    column = LEARNED_LABELS.index(label)
    offsets = (words.offsets.get(f) for f in features(text))
    return sum(words.values[at + column] for at in offsets if at is not None)


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


def _judged_unseen(batches: dict[str, list["LabelledMessage"]], held: Sequence[str]) -> Weighing:
    """What the weighing learns from the `held` batches, read by a model trained on the rest."""
    from ownup.comms.candor.check import rule_labels

    rest = [m for name, batch in batches.items() if name not in held for m in batch]
    model = _Words.of(*train([m.text for m in rest], [m.labels for m in rest]))
    inputs: dict[str, list[list[float]]] = {label: [] for label in LEARNED_LABELS}
    targets: dict[str, list[int]] = {label: [] for label in LEARNED_LABELS}
    for message in (m for name in held for m in batches[name]):
        rules_say, ours = rule_labels(message.text, message.kind)
        if len(ours.split()) < MIN_WORDS:
            continue
        for label, z in _logits(model, ours).items():
            inputs[label].append(_inputs(label, z, message.kind, rules_say))
            targets[label].append(int(message.labels[label]))
    return inputs, targets


def _write(words: _Words, weighing: dict[str, list[float]]) -> None:
    data = {
        "labels": LEARNED_LABELS,
        "bias": words.biases,
        "features": sorted(words.offsets, key=words.offsets.__getitem__),
        "weights": words.values,
        "weighing": weighing,
    }
    WEIGHTS_FILE.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n")


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
        shipped = pool.submit(train, [m.text for m in messages], [m.labels for m in messages])
        judged = list(pool.map(_judged_unseen, itertools.repeat(batches), parts))
        weights, biases = shipped.result()
    weighing = {
        label: fit_weighing(
            [row for inputs, _ in judged for row in inputs[label]],
            [target for _, targets in judged for target in targets[label]],
        )
        for label in LEARNED_LABELS
    }
    _write(_Words.of(weights, biases), weighing)
    print(
        f"{len(messages)} messages, {len(weights)} features; the rules weighed on "
        f"{sum(len(targets[LEARNED_LABELS[0]]) for _, targets in judged)} unseen -> {WEIGHTS_FILE}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
