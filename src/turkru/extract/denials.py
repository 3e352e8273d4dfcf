"""Encounters and visits denied or only supposed: "no meeting was planned", "did not meet",
"If invited, Putin would visit ..." (rules ``meetings.denied`` and ``meetings.hypothetical``)."""

from __future__ import annotations

from turkru.extract.called_off import called_off
from turkru.lexicon import Lexicon
from turkru.text._casefold import fold

_DENIAL_REACH = 50  # characters before the word where its denial is told


def denied_or_supposed(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the encounter or visit word at ``text[start:end]`` is denied or ruled out right before
    it ("no meeting was planned"; not "have not met for a long time", said when meeting again), or
    told in a sentence a condition opens, with a modal ("If ..., X could meet Y"): no record either way."""
    head = text[max(0, start - _DENIAL_REACH) : start]
    if lexicon.has_cue("meetings.denied", fold(head)) and lexicon.pattern("meetings.denied").search(head):
        return lexicon.pattern("meetings.long_apart").match(text, end) is None
    return lexicon.has_cue("meetings.hypothetical", fold(text[:start])) and bool(
        lexicon.pattern("meetings.hypothetical").match(text)
    )


def ruled_out(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the encounter or journey word at ``text[start:end]`` is called off ("the visit was
    postponed"), denied ("will not travel to Ashgabat") or only supposed ("If invited, X would visit")."""
    return called_off(text, end, lexicon) or denied_or_supposed(text, start, end, lexicon)
