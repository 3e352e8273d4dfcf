"""The article as the extractors see it: sentences with their mentions and dates."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

import attrs

from turkru.gazetteer import Gazetteer
from turkru.lexicon import Lexicon
from turkru.model.actors import RUSSIA, TURKMENISTAN, Office, Party, Person, Place
from turkru.model.dates import PartialDate, Precision
from turkru.model.provenance import Evidence, Source
from turkru.text._casefold import fold
from turkru.text.mentions import Mention
from turkru.text.timex import Timex

_APPOSITION = re.compile(r"[\s,]{0,3}")
PEOPLE_KINDS = frozenset({"person", "office"})

# Every cue word of every word filter, in the order the filters were made: each sentence
# looks for all of them in one pass (see CueWords and Sentence.has_any).
_VOCABULARY: list[str] = []


@attrs.frozen
class CueWords:
    """Lower-case words, any of which a sentence must contain for an extractor to read it closely.

    ``known`` is how many words the shared vocabulary held once these were added: a sentence
    scanned for at least that many words has looked for all of them.
    """

    words: frozenset[str]
    known: int


def word_filter(*words: str) -> CueWords:
    """A cheap pre-filter: any of the lower-case *words* anywhere in a sentence (see :meth:`Sentence.has_any`)."""
    _VOCABULARY.extend(word for word in dict.fromkeys(words) if word not in _VOCABULARY)
    return CueWords(words=frozenset(words), known=len(_VOCABULARY))


_Trie = dict[str, "_Trie"]  # next character -> subtree; the key "" marks the end of a word


def _trie_pattern(words: Sequence[str]) -> str:
    """One regex for *words*, factored on common prefixes (much faster to scan than a flat
    alternation); at a position it matches the longest of the words found there."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: _Trie) -> str:
        parts = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(trie)


@attrs.frozen
class _CueScanner:
    """Finds which words of a vocabulary a lower-case text contains, overlaps included."""

    size: int
    pattern: re.Pattern[str]
    prefixes: dict[str, frozenset[str]]

    def find(self, lower: str) -> frozenset[str]:
        """The vocabulary words in *lower*: at each position the longest one and its prefixes."""
        found: set[str] = set()
        match = self.pattern.search(lower) if self.prefixes else None
        while match is not None:
            found |= self.prefixes[match.group()]
            match = self.pattern.search(lower, match.start() + 1)
        return frozenset(found)


@functools.lru_cache(maxsize=1)
def _cue_scanner(size: int) -> _CueScanner:
    """The scanner for the first *size* words of the vocabulary (which only grows: only the
    scanner for its current size is kept)."""
    words = _VOCABULARY[:size]
    prefixes = {word: frozenset(other for other in words if word.startswith(other)) for word in words}
    return _CueScanner(size=size, pattern=re.compile(_trie_pattern(words)), prefixes=prefixes)


@attrs.define
class _CueMemo:
    """The cue words a sentence contains, out of the first ``known`` words of the vocabulary
    (filled on the first question, redone if a filter made since asks)."""

    known: int = -1
    found: frozenset[str] = frozenset()


@attrs.frozen
class Sentence:
    """One sentence of the cleaned text, with the mentions and dates found in it."""

    index: int
    start: int
    end: int
    text: str
    mentions: tuple[Mention, ...]
    timexes: tuple[Timex, ...]
    carried: tuple[Timex, ...] = ()
    carried_place: Place | None = None
    speaker: Mention | None = None
    addressee: Mention | None = None
    headline: bool = False
    lower: str = attrs.field(init=False, repr=False, eq=False)
    folded: str = attrs.field(init=False, repr=False, eq=False)  # for lower-case patterns (see text._casefold)
    sides: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    _cues: _CueMemo = attrs.field(init=False, factory=_CueMemo, repr=False, eq=False)

    @lower.default
    def _lower(self) -> str:
        return self.text.lower()

    @folded.default
    def _folded(self) -> str:
        return fold(self.text)

    @sides.default
    def _sides(self) -> frozenset[str]:
        found: set[str] = set()
        for mention in self.mentions:
            if mention.kind == "country" and isinstance(mention.value, str):
                found.add(mention.value)
            elif mention.country:
                found.add(mention.country)
        return frozenset(found)

    def has_any(self, cues: CueWords) -> bool:
        """Whether the lower-cased sentence contains any of the words of *cues* (see :func:`word_filter`)."""
        memo = self._cues
        if memo.known < cues.known:  # not scanned yet, or not for the words of a filter made since
            scanner = _cue_scanner(len(_VOCABULARY))
            memo.known, memo.found = scanner.size, scanner.find(self.lower)
        return not memo.found.isdisjoint(cues.words)

    def names_holder(self, title: Mention, following: Mention) -> bool:
        """Whether an office mention is followed at once by its holder's name ("Deputy Minister M. Galuzin")."""
        if title.kind != "office" or following.kind != "person":
            return False
        return _APPOSITION.fullmatch(self.text[title.end - self.start : following.start - self.start]) is not None

    def of_kind(self, *kinds: str) -> list[Mention]:
        """The mentions of the given kinds, in text order."""
        return [mention for mention in self.mentions if mention.kind in kinds]

    def find(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Matches of *pattern* in the sentence (offsets local to the sentence)."""
        return pattern.finditer(self.text)

    def absolute(self, local: int) -> int:
        """A sentence-local offset as an offset into the article text."""
        return self.start + local

    def dated(self) -> list[Timex]:
        """Timexes with a resolved value, in text order."""
        return [timex for timex in self.timexes if timex.value is not None]


@attrs.frozen
class Document:
    """What every extractor reads: sentences, the publication date, the gazetteer and the lexicon."""

    source: Source
    raw: str
    text: str
    sentences: tuple[Sentence, ...]
    published: PartialDate | None
    gazetteer: Gazetteer
    lead: Sentence | None = None
    dateline_date: PartialDate | None = None
    dateline_place: Place | None = None
    lexicon: Lexicon = attrs.field(factory=Lexicon.default, eq=False, repr=False)
    """The words and patterns the extractors read with (``document.lexicon.pattern(rule)``)."""

    @property
    def body(self) -> tuple[Sentence, ...]:
        """The sentences after the opening title lines: where the extractors look for facts."""
        return tuple(sentence for sentence in self.sentences if not sentence.headline)

    def evidence(self, *sentences: Sentence) -> tuple[Evidence, ...]:
        """Evidence for the given sentences: their spans and the text there as the user gave it."""
        return tuple(
            Evidence(source=self.source, start=s.start, end=s.end, text=self.raw[s.start : s.end]) for s in sentences
        )


_ANAPHORIC_TIME = re.compile(
    r"^\W*(?:back\s+then|at\s+that\s+time|at\s+the\s+time|on\s+that\s+day|that\s+day|then"
    r"|(?:following|after|at\s+the\s+end\s+of)\s+the\s+(?:talks|meeting|negotiations|consultations))\b",
    re.I,
)
# "in this period", "over the same period": a figure dated by the period told just before.
_ANAPHORIC_PERIOD = re.compile(
    r"\b(?:in|during|over|for|within)\s+(?:this|that|the\s+same|the\s+said)\s+period\b(?!\s+(?:of|in|last)\b)", re.I
)
_LOOKBACK = 3
_AFTER_ENCOUNTER = re.compile(
    r"^\W*(?:following|after|at\s+the\s+end\s+of)\s+the\s+(?:talks|meeting|negotiations|consultations)\b", re.I
)
_ENCOUNTER = re.compile(r"\b(?:talks|meeting|met|negotiations|consultations|received)\b", re.I)
_LABEL = re.compile(r"^(?P<label>(?:(?:[A-Z][\w.'\u2019-]*|of|the)\s+){0,8}[A-Z][\w'\u2019-]+):\s")
_DATELINE = re.compile(
    r"^\W*(?:date\s+\d{4}-\d\d-\d\d\s+)?(?P<city>[A-Z][A-Za-z.-]+(?:\s+[A-Z][A-Za-z.-]+)?)"
    r"(?:,\s*[A-Z][a-z]+)?,?\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\b"
)


def is_headline(text: str, start: int, end: int) -> bool:
    """A title line: a sentence alone on its line, without the full stop of prose."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return line == text[start:end].strip() and not line.endswith((".", "!", "?", ":", "\u201d", '"'))


def mark_headlines(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Flag the title lines that open the article, before its first sentence of prose."""
    out: list[Sentence] = []
    opening = True
    for sentence in sentences:
        opening = opening and is_headline(text, sentence.start, sentence.end)
        out.append(attrs.evolve(sentence, headline=True) if opening else sentence)
    return out


def locate(sentences: list[Sentence]) -> list[Sentence]:
    """Carry dates into "back then" sentences and transcript speakers into their turns."""
    out: list[Sentence] = []
    speaker: Mention | None = None
    addressee: Mention | None = None
    for sentence in sentences:
        label = _LABEL.match(sentence.text)
        if label is not None:
            people = [m for m in sentence.of_kind("person", "office") if m.end - sentence.start <= label.end()]
            if people and (speaker is None or people[-1].value != speaker.value):
                addressee = speaker
            speaker = people[-1] if people else None
            addressee = _vocative(sentence, label.end()) or addressee
        carried: tuple[Timex, ...] = ()
        carried_place: Place | None = None
        if out and (_ANAPHORIC_TIME.match(sentence.text) or _ANAPHORIC_PERIOD.search(sentence.text)):
            recent = out[-_LOOKBACK:][::-1]
            if _AFTER_ENCOUNTER.match(sentence.text):
                # "following the talks": the talks' own sentence, dated or not, and nothing else
                recent = [s for s in recent if _ENCOUNTER.search(s.text)][:1]
            if not event_dates(sentence):
                carried = next((tuple(event_dates(s)) or s.carried for s in recent if event_dates(s) or s.carried), ())
            carried_place = next((p for p in (first_place(s) or s.carried_place for s in recent) if p), None)
        if carried or carried_place or speaker or addressee:
            sentence = attrs.evolve(
                sentence, carried=carried, carried_place=carried_place, speaker=speaker, addressee=addressee
            )
        out.append(sentence)
    return out


_VOCATIVE_REACH = 40  # a name the speaker opens with ("Name: Mr X, ..."): the one spoken to


def _vocative(sentence: Sentence, label_end: int) -> Mention | None:
    """The person a turn opens by addressing, right after the speaker's label."""
    for mention in sentence.of_kind("person", "office"):
        local = mention.start - sentence.start
        if label_end <= local <= label_end + _VOCATIVE_REACH:
            return mention
    return None


# Words by which a page says it records what was said ("Transcript of the beginning of the meeting").
TRANSCRIPT_WORDS = ("transcript", "excerpts from", "verbatim", "press statements", "statements for the press")
_TRANSCRIPT_OPENING = 8  # the sentences where a page says so
# Past forms that tell a speaker recalls an earlier occasion ("we signed there", "during my
# visit we accomplished"): such a turn is not dated by the transcript's day.
IRREGULAR_PAST = (
    "met", "held", "took", "made", "had", "was", "were", "did", "gave", "saw", "came", "went", "spoke", "sent",
    "built", "began", "brought", "paid", "agreed",
)  # fmt: skip
_RECALLED = re.compile(
    r"\b(?:we|i|you|they|he|she|it|our\s+\w+|the\s+\w+)\s+(?:\w+ly\s+)?(?:\w+ed|"
    + "|".join(IRREGULAR_PAST)
    + r")\b|\b(?:last|ago|earlier|previous|previously|then|there)\b",
    re.I,
)


def date_transcript(sentences: list[Sentence], header: PartialDate | None) -> list[Sentence]:
    """The turns of a transcript were spoken on its header's day: a speaker's sentence without a
    date of its own carries that day (zero-width, at the sentence's start).

    A page is a transcript when its opening says so, or when it gives the floor to two or more
    labelled speakers.
    """
    if header is None or header.day is None:
        return sentences
    turns = {sentence.speaker.start for sentence in sentences if sentence.speaker is not None}
    opening = fold(" ".join(sentence.text for sentence in sentences[:_TRANSCRIPT_OPENING]))
    says_so = any(word in opening for word in TRANSCRIPT_WORDS)
    if not turns or not (says_so or len(turns) >= 2):
        return sentences
    out = []
    for sentence in sentences:
        recalled = _RECALLED.search(sentence.text) is not None
        if sentence.speaker is not None and not sentence.carried and not event_dates(sentence) and not recalled:
            day = Timex(
                start=sentence.start, end=sentence.start, text="", value=header, end_value=None,
                relative=True, sentence=sentence.index,
            )  # fmt: skip
            sentence = attrs.evolve(sentence, carried=(day,))
        out.append(sentence)
    return out


def find_dateline(sentences: Sequence[Sentence]) -> tuple[Sentence | None, PartialDate | None, Place | None]:
    """The lead sentence after a dateline ("ASHGABAT, Turkmenistan, June 25."), its date and city."""
    for index, sentence in enumerate(sentences[:4]):
        match = _DATELINE.match(sentence.text)
        if match is None:
            continue
        dated = [t for t in sentence.dated() if t.start - sentence.start <= match.end() + 2]
        places = [m.value for m in sentence.mentions if m.kind == "place" and isinstance(m.value, Place)]
        rest = sentence.text[match.end() :].strip(" .,:-/\u2013\u2014")
        rest = re.sub(r"^(?:/?[A-Z][A-Za-z]+/?\.?\s*)?", "", rest) if len(rest) < 15 else rest
        lead = sentence if len(rest) > 15 else (sentences[index + 1] if index + 1 < len(sentences) else None)
        if not dated and not places:
            continue
        return lead, dated[0].value if dated else None, places[0] if places else None
    return None, None, None


def sides_in(*sentences: Sentence) -> set[str]:
    """The countries the sentences name or imply (people, offices, places, regions, companies)."""
    found: set[str] = set()
    for sentence in sentences:
        found |= sentence.sides
    return found


def names_third_party(sentence: Sentence) -> bool:
    """Whether a sentence names a third country, its people or places, or an international body."""
    for mention in sentence.mentions:
        if mention.kind == "organisation" and isinstance(mention.value, Party) and mention.value.country is None:
            return True
        country = mention.value if mention.kind == "country" else mention.country
        if mention.kind in ("country", "place", "person") and country and country not in (TURKMENISTAN, RUSSIA):
            return True
    return False


def concerns_both_sides(context: Sequence[Sentence], bilateral_article: bool) -> bool:
    """Whether the last of *context* speaks of Turkmenistan and Russia: not of a third country
    alone, and with both sides named near by (speakers included), or, in an article about
    the two, no third country named near by."""
    both = {TURKMENISTAN, RUSSIA}
    own = sides_in(context[-1])
    if own - both and not both <= own:
        return False
    near = sides_in(*context)
    for sentence in context:
        for voice in (sentence.speaker, sentence.addressee):
            if voice is not None and voice.country:
                near.add(voice.country)
    return both <= near or (bilateral_article and not near - both)


def resolve_person(mention: Mention, document: Document, on: PartialDate | None) -> Person | None:
    """The person a person or office mention denotes on a date, when the gazetteer knows."""
    if isinstance(mention.value, Person):
        known = document.gazetteer.person(mention.value.surname)
        if known is not None and mention.value.given_names is None:
            return known
        return mention.value
    if isinstance(mention.value, Office):
        when = on or document.published
        if when is None:
            return None
        return document.gazetteer.holder(mention.value, when)
    return None


def side_of(mention: Mention, person: Person | None) -> str | None:
    """The country a participant belongs to."""
    if person is not None and person.country:
        return person.country
    return mention.country


def common_date(start: PartialDate, end: PartialDate | None) -> PartialDate:
    """The finest date containing both ends of a span (5-6 February -> February)."""
    if end is None or end == start:
        return start
    for precision in (Precision.DAY, Precision.MONTH, Precision.YEAR):
        first, last = start.truncate(precision), end.truncate(precision)
        if first == last:
            return first
    return PartialDate(year=start.year)


_STATEMENT = re.compile(
    r"\b(?:said|says|told|reported|reports|stated|announced|noted|added|writes|wrote)\s+(?:\w+\s+){0,2}$", re.I
)
_SINCE = re.compile(r"\b(?:since|until|till)\b[^,;]*$", re.I)
# The base a figure is compared with ("compared to the same period of 2019", "up 15% from 2019",
# "than in 2019"): the figure's own date is another.
_SAME_PERIOD = r"(?:(?:the\s+)?(?:same|corresponding|like|equivalent)\s+period\s+(?:of|in|last)\s+)?(?:the\s+)?"
_COMPARISON_BASE = re.compile(
    rf"(?:\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|as\s+against|against|versus|vs\.?"
    rf"|than(?:\s+(?:in|on|at|during))?|over)\s+{_SAME_PERIOD}"
    rf"|\b(?:up|down|rose|fell|increased|decreased|grew|declined|dropped|climbed|jumped)\b[^;]{{0,50}}"
    rf"\bfrom\s+{_SAME_PERIOD})$",
    re.I,
)


def event_dates(sentence: Sentence) -> list[Timex]:
    """Dated timexes that can date an event: not the date of a statement ("said on Friday"),
    the start of a period ("since March") or the base of a comparison ("compared to 2019")."""
    found = []
    for timex in sentence.dated():
        before = sentence.text[: timex.start - sentence.start]
        if _STATEMENT.search(before[-40:]) or _SINCE.search(before[-60:]) or _COMPARISON_BASE.search(before[-80:]):
            continue
        found.append(timex)
    return found


def nearest_date(sentence: Sentence, local: int) -> Timex | None:
    """The event date closest to a sentence-local position, preferring ones after it."""
    best: tuple[int, Timex] | None = None
    for timex in event_dates(sentence) or sentence.carried:
        position = timex.start - sentence.start
        distance = position - local if position >= local else (local - position) + 1
        if best is None or distance < best[0]:
            best = (distance, timex)
    return best[1] if best else None


def places_in(sentence: Sentence) -> list[Mention]:
    """Place mentions of a sentence, in text order."""
    return sentence.of_kind("place")


_SETTLEMENT_NOUNS = ("city", "town", "capital", "resort", "port", "village")  # "in the town of X"
_BEFORE_PLACE = re.compile(
    r"\b(?:in|at|visiting|visited|arrived\s+in)\s+(?:(?:the|our|its|their|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:(?:" + "|".join(_SETTLEMENT_NOUNS) + r")\s+of\s+)?)?$",
    re.I,
)
_HOSTED_AFTER = re.compile(r"(?:,\s*[A-Z]\w+,)?\s*hosted\b")


def first_place(sentence: Sentence, gazetteer: Gazetteer | None = None) -> Place | None:
    """The place a sentence says something happened in ("in Moscow", "Ashgabat hosted"); given the
    gazetteer, a seat that is also a place counts as that place ("in the Kremlin": Moscow)."""
    for mention in sentence.of_kind("place", "organisation") if gazetteer else places_in(sentence):
        local = mention.start - sentence.start
        before = sentence.text[max(0, local - 40) : local]
        after = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 30]
        if not (_BEFORE_PLACE.search(before) or _HOSTED_AFTER.match(after)):
            continue
        if mention.kind == "place":
            return mention.value if isinstance(mention.value, Place) else None
        seat = gazetteer.place(mention.text) if gazetteer else None
        if seat is not None:
            return seat
    return sentence.carried_place
