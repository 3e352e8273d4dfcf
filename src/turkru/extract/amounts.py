"""Amounts in news prose: money ("$1.086bn"), weights ("32,000 tonnes"), counts, growth rates."""

from __future__ import annotations

import bisect
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
# A digit number starts where a digit run starts (not inside one) and its runs are possessive, so a
# long run of digits is read once, not retried from every digit (linear time; issue 12, Q2).
_NUMBER = (
    r"(?P<num>(?<!\d)(?:\d{1,3}(?:,\d{3})++(?:\.\d++)?|\d++(?:\.\d++)?)|" + "|".join(_WORD_NUMBERS) + r")"
)
_SCALE_WORD = (
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|mln|bln|bn|mn|tn|m|b|k)\b"
    r"(?:\s+(?P<rest>\d{1,3})\s*(?P<rest_scale>million|thousand|mln)\b)?)?"  # "1 billion 86 million"
)
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
# Gas volumes: "4 billion cubic metres", "11 bcm" (billion cubic metres), in cubic metres.
_VOLUME = re.compile(_NUMBER + _SCALE_WORD + r"\s*(?P<unit>bcm|cubic\s+met(?:re|er)s?|m3|m\u00b3)\b")
_UNIT_SCALE = {"bcm": Decimal(10) ** 9}
# What follows a sum of money that is a price, not a value: "$240 per 1,000 cubic metres", "$80 a tonne".
_PER_UNIT = re.compile(
    r"\s*(?:per|a|an|for\s+(?:each|every|one)|/)\s*(?:1,000|1000|one\s+thousand|thousand)?\s*"
    r"(?:cubic|tonnes?|tons?|barrels?|kg|kilos?|kilograms?|units?|mmbtu|kwh|litres?|liters?|m3|bcm)\b"
)
# Growth written in words: "doubled", "grew threefold", "rose 1.5 times", "by nearly one-third".
_MULTIPLE_WORDS = {"doubled": Decimal(2), "tripled": Decimal(3), "trebled": Decimal(3), "quadrupled": Decimal(4)}
_FRACTION_WORDS = {"half": Decimal(50), "third": Decimal("33"), "quarter": Decimal(25), "fifth": Decimal(20)}
_MULTIPLE = re.compile(
    r"\b(?P<word>" + "|".join(_MULTIPLE_WORDS) + r")\b"
    r"|\b(?P<times>\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:[\s-]*fold\b|\s+times\b)"
)
# Every _MULTIPLE or _FRACTION match holds one of these (a cheap test before the searches).
_CHANGE_WORDS = ("doubled", "tripled", "trebled", "quadrupled", "fold", "times", *_FRACTION_WORDS)
_FRACTION = re.compile(
    r"\bby\s+(?:nearly\s+|almost\s+|about\s+|around\s+|more\s+than\s+|over\s+)?(?:(?:a|one)[\s-]+)?"
    r"(?P<part>" + "|".join(_FRACTION_WORDS) + r")\b"
)
_PERCENT = re.compile(r"(?<!\d)(?P<num>\d++(?:[.,]\d++)?)\s*+(?:%|per\s*cent|percent)", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_GROWTH = re.compile(
    r"\b(?:increased|grew|rose|up|growth|increase|decreased|fell|declined|down|dropped|by|decrease|decline|fall"
    r"|drop|shrank|shrunk|contracted|reduction|reduced|lower)\b",
    re.I,
)
# The growth words of _GROWTH that say the figure went down: the rate after them is negative.
_DECREASE_WORDS = frozenset((
    "decreased", "fell", "declined", "down", "dropped", "decrease", "decline", "fall", "drop", "shrank", "shrunk",
    "contracted", "reduction", "reduced", "lower",
))


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
    value *= _SCALE.get(scale, Decimal(1))
    rest = _group(text, match, "rest")
    if rest:
        value += Decimal(rest) * _SCALE[_group(text, match, "rest_scale").lower()]
    return value


def _prefix_currency(text: str, match: re.Match[str]) -> str:
    symbol = _group(text, match, "cur").strip().upper()
    return "EUR" if symbol in ("\u20ac", "EUR") else "USD"


def _suffix_currency(text: str, match: re.Match[str]) -> str:
    return _CURRENCY_WORDS.get(re.sub(r"\s+", " ", _group(text, match, "cur").lower()), "USD")


# Each amount pattern, the unit it gives and the strings one of which each of its matches holds
# (a cheap test before the search).
_UNITS: tuple[tuple[re.Pattern[str], Callable[[str, re.Match[str]], str], tuple[str, ...]], ...] = (
    (_MONEY_PREFIX, _prefix_currency, ("$", "\u20ac", "eur", "usd")),
    (_MONEY_SUFFIX, _suffix_currency, ("dollar", "usd", "eur", "roubles", "rubles", "rub", "manat")),
    (_WEIGHT, lambda _text, _match: "t", ("ton", "t")),
    (_VOLUME, lambda _text, _match: "m3", ("bcm", "cubic", "m3", "m\u00b3")),
)


class _Taken:
    """The stretches of a text already read as amounts: disjoint, sorted, merged where they overlap,
    so that each new match is checked against its neighbours only (not against every earlier one)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with a taken stretch."""
        index = bisect.bisect_left(self._starts, end)
        return index > 0 and self._ends[index - 1] > start

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)``, merging it with the stretches it overlaps."""
        low = bisect.bisect_right(self._ends, start)
        high = bisect.bisect_left(self._starts, end)
        if low < high:
            start = min(start, self._starts[low])
            end = max(end, self._ends[high - 1])
        self._starts[low:high] = [start]
        self._ends[low:high] = [end]


def find_amounts(text: str) -> list[FoundAmount]:
    """Money and weight amounts in text order; overlapping matches keep the first."""
    found: list[FoundAmount] = []
    taken = _Taken()
    folded = fold(text)
    for pattern, unit_of, hints in _UNITS:
        if not any(hint in folded for hint in hints):
            continue
        for match in pattern.finditer(folded):
            if taken.overlaps(match.start(), match.end()):
                continue
            value = _number(text, match)
            if value is None:
                continue
            per_unit = _PER_UNIT.match(folded, match.end()) if pattern not in (_WEIGHT, _VOLUME) else None
            taken.add(match.start(), per_unit.end() if per_unit else match.end())
            if per_unit is not None:
                continue  # a price, not the value of the goods
            if pattern is _VOLUME:
                value *= _UNIT_SCALE.get(_group(text, match, "unit").lower(), Decimal(1))
            found.append(FoundAmount(Quantity(amount=value, unit=unit_of(text, match)), match.start(), match.end()))
    return sorted(found, key=lambda item: item.start)


def find_percent(text: str) -> tuple[Decimal, int] | None:
    """The first growth rate and its local offset: "by 13%", "21.4 percent", or in words
    ("doubled" is 100, "grew threefold" 200, "rose 1.5 times" 50, "by nearly one-third" 33)."""
    for match in _PERCENT.finditer(text):
        words = [word.lower() for word in _GROWTH.findall(text, max(0, match.start() - 40), match.start())]
        if words:
            rate = Decimal(match.group("num").replace(",", "."))
            return (-rate if _decreasing(words) else rate), match.start()
    lowered = text.lower()
    if not any(word in lowered for word in _CHANGE_WORDS):
        return None
    folded = fold(text)
    multiple = _MULTIPLE.search(folded)
    fraction = _FRACTION.search(folded)
    if multiple is not None and (fraction is None or multiple.start() < fraction.start()):
        if multiple.group("word"):
            factor = _MULTIPLE_WORDS[multiple.group("word")]
        else:
            times = multiple.group("times")
            factor = Decimal(_WORD_NUMBERS.get(times, times).replace(",", "."))
            if not _GROWTH.search(text[max(0, multiple.start() - 40) : multiple.start()]):
                factor = Decimal(1)  # "met three times": a count of occasions, not growth
        if factor > 1:
            return (factor - 1) * 100, multiple.start()
    if fraction is not None:
        return _FRACTION_WORDS[fraction.group("part")], fraction.start()
    return None


def _decreasing(words: list[str]) -> bool:
    """Whether the growth words before a rate ("fell by", "a decrease of", "down") say it went down:
    the last word that is not "by" decides."""
    meaningful = [word for word in words if word != "by"]
    return bool(meaningful) and meaningful[-1] in _DECREASE_WORDS


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
    if _YEAR.fullmatch(raw):
        return None  # "in February 2015 the Russian ...": a year, not a count
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None
