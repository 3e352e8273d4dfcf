"""Encounters and visits called off: "the talks were postponed", "the visit was cancelled"."""

from __future__ import annotations

from turkru.lexicon import Lexicon
from turkru.text._casefold import fold


def called_off(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether the encounter or visit word ending at ``text[end]`` was called off or put off in its
    clause (rule ``meetings.called_off``): it did not take place, so it is no record."""
    rule = "meetings.called_off"
    return lexicon.has_cue(rule, fold(text[end:])) and lexicon.pattern(rule).match(text, end) is not None
