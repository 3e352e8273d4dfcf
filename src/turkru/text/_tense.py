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

    @classmethod
    def of(cls, lexicon: Lexicon) -> _TenseRules:
        return cls(future=lexicon.folded("tense.future"), past=lexicon.folded("tense.past"))


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
