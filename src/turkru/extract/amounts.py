"""Amounts in news prose: money ("$1.086bn"), weights ("32,000 tonnes"), counts, growth rates."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

import attrs

from turkru.model.records import Quantity

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
_MONEY_PREFIX = re.compile(r"(?P<cur>\$|US\$|\u20ac|EUR\s?|USD\s?)\s?" + _NUMBER + _SCALE_WORD, re.I)
_MONEY_SUFFIX = re.compile(
    _NUMBER
    + _SCALE_WORD
    + r"\s*(?:of\s+)?(?P<cur>US\s+dollars|U\.S\.\s+dollars|dollars|USD|euros?|EUR|roubles|rubles|RUB|manats?)\b",
    re.I,
)
_WEIGHT = re.compile(_NUMBER + _SCALE_WORD + r"\s*(?:metric\s+)?(?P<unit>tons|tonnes|tonne|ton|t)\b", re.I)
_PERCENT = re.compile(r"(?P<num>\d+(?:[.,]\d+)?)\s*(?:%|per\s*cent|percent)", re.I)
_GROWTH = re.compile(r"\b(?:increased|grew|rose|up|growth|increase|decreased|fell|declined|down|dropped|by)\b", re.I)


@attrs.frozen
class FoundAmount:
    """An amount found in text, with its local span."""

    quantity: Quantity
    start: int
    end: int


def _number(match: re.Match[str]) -> Decimal | None:
    raw = match.group("num").lower()
    raw = _WORD_NUMBERS.get(raw, raw).replace(",", "")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    scale = (match.group("scale") or "").lower()
    return value * _SCALE.get(scale, Decimal(1))


def _prefix_currency(match: re.Match[str]) -> str:
    symbol = match.group("cur").strip().upper()
    return "EUR" if symbol in ("\u20ac", "EUR") else "USD"


def _suffix_currency(match: re.Match[str]) -> str:
    return _CURRENCY_WORDS.get(re.sub(r"\s+", " ", match.group("cur").lower()), "USD")


def find_amounts(text: str) -> list[FoundAmount]:
    """Money and weight amounts in text order; overlapping matches keep the first."""
    found: list[FoundAmount] = []
    taken: list[tuple[int, int]] = []
    units: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
        (_MONEY_PREFIX, _prefix_currency),
        (_MONEY_SUFFIX, _suffix_currency),
        (_WEIGHT, lambda _match: "t"),
    )
    for pattern, unit_of in units:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            value = _number(match)
            if value is None:
                continue
            taken.append((match.start(), match.end()))
            found.append(FoundAmount(Quantity(amount=value, unit=unit_of(match)), match.start(), match.end()))
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
