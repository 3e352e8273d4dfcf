"""Whether a stretch of text talks about the future, the past, or cannot tell.

The markers are the lexicon's rules ``tense.future`` and ``tense.past`` (data/tense.json), the
same data as the clause-level plan, intent and habit cues of :mod:`turkru.extract.cues`.
"""

from __future__ import annotations

import enum
import re

import attrs

from turkru.lexicon import Lexicon
from turkru.text._casefold import fold


class Tense(enum.Enum):
    """The time a sentence looks at, as far as its auxiliaries and planning words tell."""

    FUTURE = "future"
    PAST = "past"
    UNKNOWN = "unknown"


@attrs.frozen
class _TenseRules:
    future: re.Pattern[str]
    past: re.Pattern[str]
    infinitive_before: re.Pattern[str]

    @classmethod
    def of(cls, lexicon: Lexicon) -> _TenseRules:
        return cls(
            future=lexicon.folded("tense.future"),
            past=lexicon.folded("tense.past"),
            infinitive_before=lexicon.folded("tense.infinitive_before"),
        )


def tense(context: str, lexicon: Lexicon | None = None) -> Tense:
    """FUTURE when a future marker (will, scheduled, planned, ...) occurs, else PAST when a past
    auxiliary does, else UNKNOWN (the markers: *lexicon*'s, default ``Lexicon.default()``)."""
    rules = (lexicon or Lexicon.default()).derive(_TenseRules.of)
    folded = fold(context)
    if rules.future.search(folded):
        return Tense.FUTURE
    if rules.past.search(folded):
        return Tense.PAST
    return Tense.UNKNOWN


def tense_near(context: str, position: int, lexicon: Lexicon | None = None) -> Tense:
    """The tense of the clause at *position* in *context*, where a sentence mixes a past report with
    a future one ("signed ... on Tuesday, which will simplify ..."): the tense of the last marker
    before *position* (the verb a date follows governs it), else of the first one after it (a date
    put first: "On Tuesday the sides signed ..."); UNKNOWN when *context* has no marker."""
    rules = (lexicon or Lexicon.default()).derive(_TenseRules.of)
    folded = fold(context)
    before: tuple[int, Tense] | None = None
    after: tuple[int, Tense] | None = None
    for rule, found in ((rules.future, Tense.FUTURE), (rules.past, Tense.PAST)):
        for match in rule.finditer(folded):
            if found is Tense.PAST and rules.infinitive_before.search(folded, max(0, match.start() - 8), match.start()):
                continue  # "is expected to be received": a participle, not a past
            if match.start() < position:
                if before is None or match.start() > before[0]:
                    before = (match.start(), found)
            elif after is None or match.start() < after[0]:
                after = (match.start(), found)
    nearest = before or after
    return Tense.UNKNOWN if nearest is None else nearest[1]
