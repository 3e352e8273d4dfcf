"""Whether a stretch of text talks about the future, the past, or cannot tell."""

from __future__ import annotations

import enum
import re

_FUTURE = re.compile(
    r"\b(?:will|shall|won[\u2019']t|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|scheduled|expected|planned"
    r"|plans?\s+to|upcoming|forthcoming|is\s+due|are\s+due|to\s+be\s+held)\b|[\u2019']ll\b",
    re.IGNORECASE,
)
_PAST = re.compile(r"\b(?:was|were|had|did|took\s+place|ago)\b", re.IGNORECASE)


class Tense(enum.Enum):
    """The time a sentence looks at, as far as its auxiliaries and planning words tell."""

    FUTURE = "future"
    PAST = "past"
    UNKNOWN = "unknown"


def tense(context: str) -> Tense:
    """FUTURE when a future marker (will, scheduled, planned, ...) occurs, else PAST when a past
    auxiliary does, else UNKNOWN."""
    if _FUTURE.search(context):
        return Tense.FUTURE
    if _PAST.search(context):
        return Tense.PAST
    return Tense.UNKNOWN
