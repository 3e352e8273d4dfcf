"""Number and ordinal words as integers, from the lexicon's one table (data/numbers.json).

``cardinal("twenty-two") == 22``, ``ordinal("twenty-first") == 21``; digits are not read here.
"""

from __future__ import annotations

import attrs

from turkru.lexicon import Lexicon


@attrs.frozen
class NumberWords:
    """The lexicon's number words with their values, gathered once per lexicon."""

    units: dict[str, int]
    tens: dict[str, int]
    ordinals: dict[str, int]
    ordinal_tens: dict[str, int]

    @classmethod
    def of(cls, lexicon: Lexicon) -> NumberWords:
        """The number tables of *lexicon*."""
        return cls(
            units=lexicon.values("NUMBER_WORD"),
            tens=lexicon.values("TENS_WORD"),
            ordinals=lexicon.values("ORDINAL_WORD"),
            ordinal_tens=lexicon.values("ORDINAL_TENS_WORD"),
        )


def _compound(word: str, heads: dict[str, int], tails: dict[str, int]) -> int | None:
    head, dash, tail = word.partition("-")
    if dash and head in heads and tail in tails and tails[tail] < 10:
        return heads[head] + tails[tail]
    return None


def cardinal(word: str, lexicon: Lexicon | None = None) -> int | None:
    """The number a word names (``'seven'``, ``'forty'``, ``'twenty-two'``; any case), else None."""
    numbers = (lexicon or Lexicon.default()).derive(NumberWords.of)
    key = word.lower()
    known = numbers.units.get(key, numbers.tens.get(key))
    return known if known is not None else _compound(key, numbers.tens, numbers.units)


def ordinal(word: str, lexicon: Lexicon | None = None) -> int | None:
    """The position an ordinal word names (``'twelfth'``, ``'thirtieth'``, ``'twenty-first'``), else None."""
    numbers = (lexicon or Lexicon.default()).derive(NumberWords.of)
    key = word.lower()
    known = numbers.ordinals.get(key, numbers.ordinal_tens.get(key))
    return known if known is not None else _compound(key, numbers.tens, numbers.ordinals)
