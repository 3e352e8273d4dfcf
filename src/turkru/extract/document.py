"""The article as the extractors see it: sentences with their mentions and dates, the Document."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any, ClassVar

import attrs

from turkru.extract.cue_words import CueMemo, CueWords
from turkru.extract.sides import countries_of
from turkru.gazetteer import Gazetteer
from turkru.lexicon import Lexicon
from turkru.lexicon._gate import keep_text
from turkru.model.actors import Place
from turkru.model.dates import PartialDate
from turkru.model.provenance import Evidence, Source
from turkru.text._casefold import fold, lowered
from turkru.text.mentions import Mention
from turkru.text.timex import Timex

_APPOSITION = re.compile(r"[\s,]{0,3}")
_CLOSERS = "\"'\u201d\u2019\u00bb)] \t\n"  # what may follow a sentence's last punctuation mark


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
    asks: bool = attrs.field(init=False, repr=False, eq=False)
    """Whether the sentence is a question (it ends in a question mark): it reports no fact."""
    _cues: CueMemo = attrs.field(init=False, factory=CueMemo, repr=False, eq=False)
    field_names: ClassVar[tuple[str, ...]] = ()  # (set below, once the class has its fields)
    of_text: ClassVar[frozenset[str]] = frozenset()
    """The fields :func:`revised` does not take: the text's place and what is worked out from it."""

    @lower.default
    def _lower(self) -> str:
        return lowered(self.text)

    @folded.default
    def _folded(self) -> str:
        return fold(self.text, self.lower)

    @sides.default
    def _sides(self) -> frozenset[str]:
        return countries_of(self.mentions)

    @asks.default
    def _asks(self) -> bool:
        return self.text.rstrip(_CLOSERS).endswith("?")

    def has_any(self, cues: CueWords) -> bool:
        """Whether the folded sentence contains any of the words of *cues* (see :func:`word_filter`)."""
        memo = self._cues
        if memo.known < cues.known:  # the sentence not read yet for these words
            return memo.contains(self.folded, cues)
        return bool(memo.found & cues.mask)

    def keep_words(self) -> None:
        """Read the sentence for the vocabulary's words once, for the word filters and for the
        rules' gates (see :mod:`turkru.lexicon._gate`), which then skip it where it lacks their words."""
        self._cues.known, self._cues.found = keep_text(self.folded, self.text, self.folded)

    def names_holder(self, title: Mention, following: Mention) -> bool:
        """Whether an office mention is followed at once by its holder's name ("Deputy Minister M. Galuzin")."""
        if title.kind != "office" or following.kind != "person":
            return False
        return _APPOSITION.fullmatch(self.text[title.end - self.start : following.start - self.start]) is not None

    def person_right_after(self, local: int) -> Mention | None:
        """The person named right after sentence offset *local*, as a holder after a title
        ("counterpart, Rashid Meredov"), if any."""
        for mention in self.of_kind("person"):
            start = mention.start - self.start
            if start >= local and _APPOSITION.fullmatch(self.text, local, start) is not None:
                return mention
        return None

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


Sentence.field_names = tuple(field.name for field in attrs.fields(Sentence))
Sentence.of_text = frozenset({"index", "start", "end", "text", "lower", "folded", "asks", "sides", "_cues"})


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

    body: tuple[Sentence, ...] = attrs.field(init=False, repr=False, eq=False)
    """The sentences after the opening title lines: where the extractors look for facts (picked once:
    every extractor reads them)."""

    @body.default
    def _body(self) -> tuple[Sentence, ...]:
        return tuple(sentence for sentence in self.sentences if not sentence.headline)

    def evidence(self, *sentences: Sentence) -> tuple[Evidence, ...]:
        """Evidence for the given sentences: their spans and the text there as the user gave it."""
        return tuple(_evidence(self.source, self.raw, s.start, s.end) for s in sentences)


@functools.lru_cache(maxsize=256)
def _evidence(source: Source, raw: str, start: int, end: int) -> Evidence:
    """One Evidence object per sentence, shared by every record it supports: a sentence with a
    thousand records does not copy its text a thousand times (and later tests on it stay cheap)."""
    return Evidence(source=source, start=start, end=end, text=raw[start:end])


def revised(sentence: Sentence, **changes: Any) -> Sentence:
    """``attrs.evolve(sentence, **changes)`` for changes that leave the text and its place alone (the
    mentions, dates, voices, headline flag): what only the text decides (its lower-case and folded
    forms, whether it asks) is copied rather than worked out again, the sides are worked out again
    only for new mentions, and the cue memo starts empty as a new sentence's does."""
    names = Sentence.field_names
    unknown = changes.keys() - names or changes.keys() & Sentence.of_text
    if unknown:
        raise TypeError(f"revised: cannot change {sorted(unknown)!r}")
    copy = object.__new__(Sentence)
    for name in names:
        object.__setattr__(copy, name, changes[name] if name in changes else getattr(sentence, name))
    if "mentions" in changes:
        object.__setattr__(copy, "sides", countries_of(copy.mentions))
    object.__setattr__(copy, "_cues", CueMemo())
    return copy


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
        out.append(revised(sentence, headline=True) if opening else sentence)
    return out
