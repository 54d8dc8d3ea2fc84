from pathlib import Path

import pytest

from ownup.inbox.triage import labelled_replies, triage

pytestmark = pytest.mark.same_on_every_database

CORPUS = Path(__file__).parent / "triage_corpus"
# No held-out reply was used to tune the rules. heldout3.txt was written after the last change
# to them, so it is the fair estimate on wording they were not written for; the older two
# were written earlier (see the corpus README). Each floor is the measured agreement rounded
# down, so a change that makes triage worse on new wording fails here.
FLOORS = {
    "train.txt": {"intent": 0.95, "feeling": 0.95, "asks_for": 0.98},
    "heldout.txt": {"intent": 0.90, "feeling": 0.85, "asks_for": 0.95},
    "heldout2.txt": {"intent": 0.80, "feeling": 0.90, "asks_for": 0.95},
    "heldout3.txt": {"intent": 0.80, "feeling": 0.85, "asks_for": 0.95},
}


def test_the_corpus_is_large_enough_and_covers_every_label() -> None:
    replies = [r for name in FLOORS for r in labelled_replies(CORPUS / name)]
    assert len(replies) >= 120
    intents = {r.intent for r in replies}
    feelings = {r.feeling for r in replies}
    assert intents == {"status", "affected", "refund", "cancel", "thanks", "other"}
    assert feelings == {"calm", "upset", "angry"}
    assert sum(1 for r in replies if r.asks_for) >= 3


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_triage_agrees_with_the_labels_often_enough(name: str) -> None:
    replies = labelled_replies(CORPUS / name)
    right = dict.fromkeys(FLOORS[name], 0)
    wrong: list[str] = []
    for reply in replies:
        found = triage(reply.text, subject=reply.subject)
        for field in right:
            if getattr(found, field) == getattr(reply, field):
                right[field] += 1
            else:
                wrong.append(f"{reply.where} {field}: {getattr(found, field)}")
    for field, floor in FLOORS[name].items():
        assert right[field] / len(replies) >= floor, "\n".join(wrong)
