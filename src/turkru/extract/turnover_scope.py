"""Whose turnover a turnover word names: the two sides' trade, or another's (a port's, a company's,
a third country's, a share of it)."""

from __future__ import annotations

import re

from turkru.extract.document import Sentence
from turkru.extract.trade_cues import TradeCueWords
from turkru.model.actors import RUSSIA, TURKMENISTAN, Party, Person, Place

_HOLDER_REACH = 40  # characters before a turnover word its holder ("the company's annual") may start
_SHARE_REACH = 60  # characters before it a "share of Russia in" may start


def other_turnover(sentence: Sentence, trigger: re.Match[str], words: TradeCueWords) -> bool:
    """Whether a turnover word names no trade between the two sides: a holder's ("cargo turnover",
    "the turnover of the commodity exchange"), a third country's ("Uzbekistan's trade with
    Russia") or a share of one side's trade ("the share of Russia in Turkmenistan's turnover")."""
    text = sentence.text
    start = trigger.start()
    if words.holder_before.search(text, max(0, start - _HOLDER_REACH), start):
        return True
    if words.holder_after.match(text, trigger.end()):
        return True
    if words.share_of.search(text, max(0, start - _SHARE_REACH), start):
        return True
    return _third_possessor(sentence, start, words)


def _third_possessor(sentence: Sentence, start: int, words: TradeCueWords) -> bool:
    """Whether a third country's possessive stands right before the turnover word ("Uzbekistan's trade")."""
    text = sentence.text
    for mention in sentence.of_kind("country", "place"):
        end = mention.end - sentence.start
        if end > start or not words.possessive.search(mention.text):
            continue
        if not words.between_possessor.fullmatch(text, end, start) and end != start:
            continue
        value = mention.value
        side = value.country if isinstance(value, (Party, Place, Person)) else value
        side = side or mention.country
        if isinstance(side, str) and side not in (TURKMENISTAN, RUSSIA):
            return True
    return False
