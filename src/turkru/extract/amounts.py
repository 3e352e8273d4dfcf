"""Amounts in news prose: money ("$1.086bn"), weights ("32,000 tonnes"), counts, growth rates."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

import attrs

from turkru.model.records import Quantity
from turkru.text._casefold import fold, span_text

_SCALE = {
    "thousand": Decimal(1000), "k": Decimal(1000),
    "million": Decimal(10) ** 6, "mln": Decimal(10) ** 6, "m": Decimal(10) ** 6, "mn": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "bln": Decimal(10) ** 9, "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12, "tn": Decimal(10) ** 12,
}
_WORD_NUMBERS = {
    "a hundred": "100", "one hundred": "100", "a thousand": "1000", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
    "a dozen": "12", "twenty": "20", "fifty": "50",
}
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + "|".join(_WORD_NUMBERS) + r")"
_SCALE_WORD = r"(?:\s*(?P<scale>thousand|million|billion|trillion|mln|bln|bn|mn|tn|m|b|k)\b)?"
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "usd": "USD",
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "roubles": "RUB", "rubles": "RUB", "rub": "RUB",
    "manats": "TMT", "manat": "TMT",
}
# The amount patterns run over the folded text (see turkru.text._casefold): lower case, no IGNORECASE;
# the numbers and currencies they match are read from the text itself.
_MONEY_PREFIX = re.compile(r"(?P<cur>\$|us\$|\u20ac|eur\s?|usd\s?)\s?" + _NUMBER + _SCALE_WORD)
_MONEY_SUFFIX = re.compile(
    _NUMBER
    + _SCALE_WORD
    + r"\s*(?:of\s+)?(?P<cur>us\s+dollars|u\.s\.\s+dollars|dollars|usd|euros?|eur|roubles|rubles|rub|manats?)\b"
)
_WEIGHT = re.compile(_NUMBER + _SCALE_WORD + r"\s*(?:metric\s+)?(?P<unit>tons|tonnes|tonne|ton|t)\b")
_PERCENT = re.compile(r"(?P<num>\d+(?:[.,]\d+)?)\s*(?:%|per\s*cent|percent)", re.I)
_GROWTH = re.compile(r"\b(?:increased|grew|rose|up|growth|increase|decreased|fell|declined|down|dropped|by)\b", re.I)


@attrs.frozen
class FoundAmount:
    """An amount found in text, with its local span."""

    quantity: Quantity
    start: int
    end: int


def _group(text: str, match: re.Match[str], name: str) -> str:
    """What a group of a match in the folded *text* covers in *text* ("" when it took no part)."""
    return span_text(text, match, name) or ""


def _number(text: str, match: re.Match[str]) -> Decimal | None:
    raw = _group(text, match, "num").lower()
    raw = _WORD_NUMBERS.get(raw, raw).replace(",", "")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    scale = _group(text, match, "scale").lower()
    return value * _SCALE.get(scale, Decimal(1))


def _prefix_currency(text: str, match: re.Match[str]) -> str:
    symbol = _group(text, match, "cur").strip().upper()
    return "EUR" if symbol in ("\u20ac", "EUR") else "USD"


def _suffix_currency(text: str, match: re.Match[str]) -> str:
    return _CURRENCY_WORDS.get(re.sub(r"\s+", " ", _group(text, match, "cur").lower()), "USD")


def find_amounts(text: str) -> list[FoundAmount]:
    """Money and weight amounts in text order; overlapping matches keep the first."""
    found: list[FoundAmount] = []
    taken: list[tuple[int, int]] = []
    units: tuple[tuple[re.Pattern[str], Callable[[str, re.Match[str]], str]], ...] = (
        (_MONEY_PREFIX, _prefix_currency),
        (_MONEY_SUFFIX, _suffix_currency),
        (_WEIGHT, lambda _text, _match: "t"),
    )
    folded = fold(text)
    for pattern, unit_of in units:
        for match in pattern.finditer(folded):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            value = _number(text, match)
            if value is None:
                continue
            taken.append((match.start(), match.end()))
            found.append(FoundAmount(Quantity(amount=value, unit=unit_of(text, match)), match.start(), match.end()))
    return sorted(found, key=lambda item: item.start)


def find_percent(text: str) -> tuple[Decimal, int] | None:
    """The first growth rate ("by 13%", "21.4 percent") and its local offset."""
    for match in _PERCENT.finditer(text):
        if _GROWTH.search(text[max(0, match.start() - 40) : match.start()]):
            return Decimal(match.group("num").replace(",", ".")), match.start()
    return None


def count_before(text: str, local: int) -> Decimal | None:
    """A count written just before a goods word ("463 units of", "690 KAMAZ", "two")."""
    window = text[max(0, local - 40) : local]
    match = re.search(
        _NUMBER + r"\s+(?:units?\s+of\s+)?(?:[A-Z][\w-]*\s+|high-speed\s+|passenger\s+|medical\s+){0,3}$",
        window,
        re.I,
    )
    if match is None:
        return None
    raw = _WORD_NUMBERS.get(match.group("num").lower(), match.group("num")).replace(",", "")
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None
