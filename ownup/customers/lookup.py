"""Was this customer affected? Find a customer the way a caller names them, then their story.

`customer_lookup()` takes whatever the caller gives (an email, a name, a phone number or the
business's key), spelling mistakes included, and answers from an index kept in this process,
so a lookup never scans the customers table. The index holds, for every customer, the
normalised name and email, a hash of the key and email, the last digits of the phone number
and the database id. It is built once from the database and rebuilt when
`customers_signature()` changes, which is checked on every lookup (index-only aggregates).

Cost, measured with 1,000,000 generated customers: the build takes 8-9 s (reading the rows
is 2 s of it) and adds about 130 MiB to the process (220 MiB at its peak, while building):
names and emails as UTF-8 in two buffers, 4 bytes a row for each word in a name or email,
8 bytes for each key, email and phone entry, 8 for the id. Customers whose names and
emails share fewer words cost more: 390,000 distinct words took 210 MiB. A lookup then takes
1-20 ms. Each process that serves lookups keeps its own index, and the first lookup after a
change to the customers waits for the rebuild.

`customer_story()` reads, for one customer, the incidents that affected them, the lists they
are and are not on, every message sent to them and where their data came from.
"""

import datetime as dt
import re
import threading
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Self

from rapidfuzz import fuzz, process

from ownup.customers.models import Customer, CustomerImport, CustomerList
from ownup.customers.selectors import customers_signature

# A match must score at least this (0-100) to be shown at all.
MIN_SCORE = 70
# A word of the query counts as a spelling of an indexed word from this similarity (0-100):
# one typo in a five-letter word ("reyez", "reyes") is 80.
WORD_MIN_SCORE = 75
# The last word may be half typed ("tom" for "tomas") once it has this many letters.
PREFIX_MIN_LETTERS = 3
PREFIX_MAX_WORDS = 50
# Scoring is the slow part: a query that fits more customers than this is too vague to score
# them all, so those with every word spelt as typed are scored first, then as many others.
CANDIDATE_LIMIT = 5_000
# Phone numbers are compared on their trailing digits, which survive a country code written
# as "+44 20 …" or a trunk prefix as "020 …": at least 7 digits, at most 9 compared.
PHONE_MIN_DIGITS = 7
PHONE_MATCH_DIGITS = 9
BUILD_CHUNK = 20_000

_WORD = re.compile(r"[^\W\d_]+")
_NOT_DIGIT = re.compile(r"[^0-9]")
_PHONE_LIKE = re.compile(r"^\+?[0-9\s().\-/]+$")
_LOW_32 = 0xFFFFFFFF
# Letters that are not a base letter plus an accent, so NFKD leaves them as they are.
_LATIN_LETTERS = str.maketrans(
    {"ø": "o", "đ": "d", "ł": "l", "ħ": "h", "\u0131": "i", "æ": "ae", "œ": "oe", "þ": "th"}
)

Signature = tuple[object, ...]


def normalised(text: str) -> str:
    """How names and emails are compared: 'Tomás  REYES', 'tomas reyes' are the same, and
    'Sørensen' is 'sorensen'."""
    text = text.casefold()
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text).translate(_LATIN_LETTERS)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(text.split())


def phone_digits(text: str) -> str:
    """The digits of a phone number, or '' if it has too few to tell one number from another."""
    digits = _NOT_DIGIT.sub("", text)
    return digits if len(digits) >= PHONE_MIN_DIGITS else ""


def same_phone(a: str, b: str) -> bool:
    """True when the trailing digits agree: '+44 20 7946 0101' is '020 79460101'."""
    a, b = phone_digits(a), phone_digits(b)
    compared = min(len(a), len(b), PHONE_MATCH_DIGITS)
    return bool(a and b) and a[-compared:] == b[-compared:]


def _phone_code(digits: str) -> int:
    return int(digits[-PHONE_MIN_DIGITS:])


class _Texts:
    """Many short strings in one UTF-8 buffer: a third of the memory of a list of str."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._ends = array("I")

    def append(self, text: str) -> None:
        self._data += text.encode()
        self._ends.append(len(self._data))

    def freeze(self) -> None:
        self._data = bytearray(self._data)  # drops the room left for growth

    def __getitem__(self, row: int) -> str:
        start = self._ends[row - 1] if row else 0
        return self._data[start : self._ends[row]].decode()

    def __len__(self) -> int:
        return len(self._ends)

    @property
    def nbytes(self) -> int:
        return len(self._data) + self._ends.itemsize * len(self._ends)


class _ExactTable:
    """Rows by a 32-bit code of a value, in one sorted array of (code << 32 | row).

    8 bytes a row and no copy of the value: a hit is confirmed against the customer's data.
    """

    def __init__(self) -> None:
        self._entries = array("Q")

    def add(self, code: int, row: int) -> None:
        self._entries.append((code & _LOW_32) << 32 | row)

    def freeze(self) -> None:
        self._entries = array("Q", sorted(self._entries))

    def rows(self, code: int) -> Iterator[int]:
        code &= _LOW_32
        at = bisect_left(self._entries, code << 32)
        while at < len(self._entries) and self._entries[at] >> 32 == code:
            yield self._entries[at] & _LOW_32
            at += 1

    @property
    def nbytes(self) -> int:
        return self._entries.itemsize * len(self._entries)


class _Words:
    """Every word of every name and email, and the rows it appears in.

    Frozen into one sorted word list and one array of rows grouped by word (4 bytes a row),
    with the words also filed by their first and by their last two letters: a word with a
    typo or two keeps one of its ends, so a misspelling is looked for among a few percent of
    the words, not all of them.
    """

    def __init__(self) -> None:
        self._building: dict[str, array[int]] = {}
        self.words: list[str] = []
        self._starts = array("I", [0])
        self._rows = array("I")
        self._by_start: dict[str, list[str]] = {}
        self._by_end: dict[str, list[str]] = {}

    def add(self, words: Iterable[str], row: int) -> None:
        building = self._building
        for word in words:
            posting = building.get(word)
            if posting is None:
                posting = building[word] = array("I")
            posting.append(row)

    def freeze(self) -> None:
        self.words = sorted(self._building)
        for word in self.words:
            self._rows.extend(self._building[word])
            self._starts.append(len(self._rows))
            self._by_start.setdefault(word[:2], []).append(word)
            self._by_end.setdefault(word[-2:], []).append(word)
        self._building = {}

    def _position(self, word: str) -> int | None:
        at = bisect_left(self.words, word)
        return at if at < len(self.words) and self.words[at] == word else None

    def __contains__(self, word: str) -> bool:
        return self._position(word) is not None

    def rows(self, word: str) -> array[int]:
        at = self._position(word)
        return self._rows[self._starts[at] : self._starts[at + 1]] if at is not None else array("I")

    def count(self, word: str) -> int:
        at = self._position(word)
        return self._starts[at + 1] - self._starts[at] if at is not None else 0

    def near(self, word: str) -> set[str]:
        """Indexed words spelt nearly like `word` (similarity WORD_MIN_SCORE or more)."""
        pool = self._by_start.get(word[:2], []) + self._by_end.get(word[-2:], [])
        found = process.extract(
            word, pool, scorer=fuzz.ratio, score_cutoff=WORD_MIN_SCORE, limit=None
        )
        return {w for w, _, _ in found}

    def begun(self, prefix: str) -> list[str]:
        at = bisect_left(self.words, prefix)
        following = islice(self.words, at, at + PREFIX_MAX_WORDS)
        return [w for w in following if w.startswith(prefix)]

    @property
    def nbytes(self) -> int:
        arrays = self._rows.itemsize * len(self._rows) + self._starts.itemsize * len(self._starts)
        return arrays + sum(len(w) + 8 * 3 for w in self.words)


@dataclass(frozen=True)
class _Hit:
    row: int
    score: float
    matched_on: str
    exact: bool

    def rank(self) -> tuple[bool, float, int]:
        return (not self.exact, -self.score, self.row)


@dataclass
class CustomerIndex:
    """Everything a lookup compares, for every customer, in this process's memory."""

    signature: Signature
    ids: array[int] = field(default_factory=lambda: array("q"))
    names: _Texts = field(default_factory=_Texts)
    emails: _Texts = field(default_factory=_Texts)
    keys: _ExactTable = field(default_factory=_ExactTable)
    exact_emails: _ExactTable = field(default_factory=_ExactTable)
    phones: _ExactTable = field(default_factory=_ExactTable)
    words: _Words = field(default_factory=_Words)

    @classmethod
    def build(
        cls,
        rows: Iterable[tuple[int, str, str, str, str]],
        *,
        signature: Signature,
        on_progress: Callable[[int], None] | None = None,
    ) -> Self:
        """An index of (id, key, name, email, phone) rows; `on_progress(rows_so_far)`."""
        index = cls(signature=signature)
        # Bound once: this loop runs a million times.
        add_id, add_name, add_email = index.ids.append, index.names.append, index.emails.append
        add_key, add_email_code = index.keys.add, index.exact_emails.add
        add_phone, add_words, words_in = index.phones.add, index.words.add, _WORD.findall
        for row, (pk, key, name, email, phone) in enumerate(rows):
            add_id(pk)
            name_form, email_form = normalised(name), normalised(email)
            add_name(name_form)
            add_email(email_form)
            add_key(hash(normalised(key)), row)
            if email_form:
                add_email_code(hash(email_form), row)
            if digits := phone_digits(phone):
                add_phone(_phone_code(digits), row)
            add_words(set(words_in(f"{name_form} {email_form}")), row)
            if on_progress and row % BUILD_CHUNK == 0:
                on_progress(row)
        tables = (index.names, index.emails, index.keys, index.exact_emails, index.phones)
        for table in (*tables, index.words):
            table.freeze()
        if on_progress:
            on_progress(len(index))
        return index

    @classmethod
    def from_database(cls, *, on_progress: Callable[[int], None] | None = None) -> Self:
        signature = customers_signature()
        rows = (
            Customer.objects.order_by("pk")
            .values_list("pk", "key", "name", "email", "phone")
            .iterator(chunk_size=BUILD_CHUNK)
        )
        return cls.build(rows, signature=signature, on_progress=on_progress)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def nbytes(self) -> int:
        """About the memory the index holds once built."""
        tables = (self.names, self.emails, self.keys, self.exact_emails, self.phones, self.words)
        return self.ids.itemsize * len(self.ids) + sum(t.nbytes for t in tables)

    # -- searching ------------------------------------------------------------------------

    def search(self, query: str, *, limit: int) -> list[_Hit]:
        """The best hits for a query: exact ones first, then by score. Key and phone hits
        are by hash and trailing digits, so the caller confirms them against the record."""
        text = normalised(query)
        if not text:
            return []
        hits: dict[int, _Hit] = {}

        def keep(hit: _Hit) -> None:
            if hit.row not in hits or hit.rank() < hits[hit.row].rank():
                hits[hit.row] = hit

        for row in self.keys.rows(hash(text)):
            keep(_Hit(row, 100, "key", exact=True))
        if _PHONE_LIKE.match(query.strip()) and (digits := phone_digits(query)):
            for row in self.phones.rows(_phone_code(digits)):
                keep(_Hit(row, 100, "phone", exact=True))
        if "@" in text:
            for row in self.exact_emails.rows(hash(text)):
                if self.emails[row] == text:
                    keep(_Hit(row, 100, "email", exact=True))
        candidates = self._candidates(text, typing=query[-1:].isalpha())
        for hit in self._scored(text, candidates, limit=limit):
            keep(hit)
        unconfirmed = sum(1 for h in hits.values() if h.matched_on in ("key", "phone"))
        return sorted(hits.values(), key=_Hit.rank)[: limit + unconfirmed]

    def _spellings(self, word: str, *, typing: bool) -> tuple[list[str], list[str]]:
        """Indexed words the query word may stand for: (as typed, near or begun)."""
        exact = [word] if word in self.words else []
        if len(word) < 3:
            return exact, []
        near = self.words.near(word)
        if typing and len(word) >= PREFIX_MIN_LETTERS:
            near.update(self.words.begun(word))
        near.discard(word)
        return exact, sorted(near)

    def _rows(self, words: list[str]) -> set[int]:
        rows: set[int] = set()
        for word in words:
            rows.update(self.words.rows(word))
        return rows

    def _candidates(self, text: str, *, typing: bool) -> list[int]:
        """Rows that contain a spelling of as many query words as possible, rarest first.

        A word no customer has (or one more misspelt than WORD_MIN_SCORE allows) is skipped
        rather than ruling everybody out; the score still counts it against them.
        """
        query_words = _WORD.findall(text)
        spelled: list[tuple[int, list[str], list[str]]] = []
        for i, word in enumerate(query_words):
            exact, near = self._spellings(word, typing=typing and i == len(query_words) - 1)
            size = sum(self.words.count(w) for w in (*exact, *near))
            if size:
                spelled.append((size, exact, near))
        spelled.sort(key=lambda s: s[0])
        found: set[int] | None = None
        used: list[list[str]] = []
        for size, exact, near in spelled:
            if found is not None and len(found) <= CANDIDATE_LIMIT and size > 20 * len(found):
                break  # a common word ("com", "ltd") would not narrow a short list, only cost
            rows = self._rows(exact + near)
            narrowed = rows if found is None else found & rows
            if narrowed:
                found = narrowed
                used.append(exact)
        if not found:
            return []
        if len(found) <= CANDIDATE_LIMIT:
            return list(found)
        as_typed = found
        for exact in used:
            as_typed = as_typed & self._rows(exact)
        first = list(islice(as_typed, CANDIDATE_LIMIT))
        rest = (row for row in found if row not in as_typed)
        return first + list(islice(rest, CANDIDATE_LIMIT - len(first)))

    def _scored(self, text: str, rows: list[int], *, limit: int) -> Iterator[_Hit]:
        """The `limit` best rows by name and by email (the best overall are among them);
        a score of 100 means the same text once normalised."""
        rows.sort()  # equal scores come out in row order
        fields: list[tuple[str, _Texts]] = [("email", self.emails)]
        if "@" not in text:
            fields.insert(0, ("name", self.names))
        for matched_on, column in fields:
            values = [column[row] for row in rows]
            for value, score, i in process.extract(
                text, values, scorer=fuzz.WRatio, score_cutoff=MIN_SCORE, limit=limit
            ):
                yield _Hit(rows[i], score, matched_on, exact=value == text)


_index: CustomerIndex | None = None
_index_lock = threading.Lock()


def customer_index(*, on_progress: Callable[[int], None] | None = None) -> CustomerIndex:
    """This process's index, rebuilt first if the customers changed since it was built.

    Threads wait for one rebuild rather than each starting their own.
    """
    global _index
    with _index_lock:
        if _index is None or _index.signature != customers_signature():
            _index = CustomerIndex.from_database(on_progress=on_progress)
        return _index


@dataclass(frozen=True)
class LookupMatch:
    customer: Customer
    score: int  # 0-100; 100 for an exact match
    matched_on: str  # "email", "name", "key" or "phone"
    exact: bool


def customer_lookup(query: str, *, limit: int = 10) -> list[LookupMatch]:
    """The customers a caller most likely means, best first: exact matches of an email, key
    or phone number (compared by trailing digits), then names and emails spelt nearly alike.

    Reads only: the index in memory, then one query by primary key for the matches.
    """
    index = customer_index()
    hits = index.search(query, limit=limit)
    customers = Customer.objects.in_bulk([index.ids[h.row] for h in hits])
    matches: list[LookupMatch] = []
    for hit in hits:
        customer = customers.get(index.ids[hit.row])
        if customer is None or not _confirmed(hit, customer, query):
            continue
        matches.append(LookupMatch(customer, round(hit.score), hit.matched_on, hit.exact))
    return matches[:limit]


def _confirmed(hit: _Hit, customer: Customer, query: str) -> bool:
    if hit.matched_on == "key":
        return normalised(customer.key) == normalised(query)
    if hit.matched_on == "phone":
        return same_phone(customer.phone, query)
    return True


# -- the story ------------------------------------------------------------------------------


@dataclass(frozen=True)
class IncidentTouch:
    """One incident that affected the customer."""

    reference: str
    title: str
    stage: str
    is_open: bool
    reason: str
    added_at: dt.datetime


@dataclass(frozen=True)
class ListPlace:
    name: str
    added_at: dt.datetime


@dataclass(frozen=True)
class MessageSent:
    """One message to the customer, as the outbox holds it."""

    at: dt.datetime  # when it was sent, or queued if not sent (yet)
    sent: bool
    subject: str
    to_address: str
    incident_reference: str
    notice: str
    status: str
    status_label: str
    possible_duplicate: bool
    last_error: str


@dataclass(frozen=True)
class CustomerStory:
    customer: Customer
    incidents: list[IncidentTouch]
    lists: list[ListPlace]
    not_on_lists: list[str]
    messages: list[MessageSent]
    source: str
    imported_at: dt.datetime | None
    last_import: CustomerImport | None  # the latest import of their source

    @property
    def was_affected(self) -> bool:
        return bool(self.incidents)

    @property
    def open_incidents(self) -> int:
        return sum(1 for touch in self.incidents if touch.is_open)

    @property
    def left_source(self) -> bool:
        """Their source was imported again since, without them: they may have left it."""
        if self.last_import is None or self.imported_at is None:
            return False
        return self.imported_at < self.last_import.started_at


def customer_story(customer: Customer) -> CustomerStory:
    """Everything that happened to one customer here, newest first. Reads only."""
    touches = customer.incidents.select_related("incident").order_by("-added_at", "-id")
    memberships = customer.memberships.select_related("customer_list").order_by(
        "customer_list__name"
    )
    on_lists = [ListPlace(m.customer_list.name, m.added_at) for m in memberships]
    names_on = {place.name for place in on_lists}
    outbox = customer.messages.select_related("notice__incident").order_by("-created_at", "-id")
    last_import = (
        CustomerImport.objects.filter(source=customer.source).select_related("imported_by").first()
        if customer.source
        else None
    )
    return CustomerStory(
        customer=customer,
        incidents=[
            IncidentTouch(
                reference=t.incident.reference,
                title=t.incident.title,
                stage=t.incident.get_stage_display(),
                is_open=t.incident.is_open,
                reason=t.reason,
                added_at=t.added_at,
            )
            for t in touches
        ],
        lists=on_lists,
        not_on_lists=[
            name
            for name in CustomerList.objects.values_list("name", flat=True)
            if name not in names_on
        ],
        messages=[
            MessageSent(
                at=m.sent_at or m.created_at,
                sent=m.sent_at is not None,
                subject=m.subject,
                to_address=m.to_address,
                incident_reference=m.notice.incident.reference if m.notice else "",
                notice=m.notice.get_kind_display() if m.notice else "",
                status=m.status,
                status_label=m.get_status_display(),
                possible_duplicate=m.possible_duplicate,
                last_error=m.last_error,
            )
            for m in outbox
        ],
        source=customer.source,
        imported_at=customer.imported_at,
        last_import=last_import,
    )
