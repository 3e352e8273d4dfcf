"""Amounts in news prose: money ("$1.086bn"), weights ("32,000 tonnes"), counts, growth rates."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

import attrs

from turkru.lexicon import Lexicon
from turkru.lexicon._start import compile_fast
from turkru.model.records import Quantity
from turkru.text._casefold import fold, span_text
from turkru.text._numbers import cardinal

_YEAR = re.compile(r"(?:19|20)\d\d")


def _rule(lexicon: Lexicon, name: str) -> str:
    """A rule's source with its slots filled in, to be joined with others (lower case, for folded text)."""
    lexicon.folded(name)  # an any-case rule: its source is lower case
    return lexicon.source(name)


@attrs.frozen
class AmountWords:
    """The lexicon's amount rules and word values (data/amounts.json), compiled once per lexicon.

    The amount patterns run over the folded text (see turkru.text._casefold): lower case, no
    IGNORECASE; the numbers and currencies they match are read from the text itself."""

    lexicon: Lexicon = attrs.field(eq=False, repr=False)
    money_prefix: re.Pattern[str]
    money_suffix: re.Pattern[str]
    weight: re.Pattern[str]
    volume: re.Pattern[str]
    scaled: re.Pattern[str]  # a number with its scale and no unit ("one and a half billion", "1.5 billion")
    per_unit: re.Pattern[str]
    price_at: re.Pattern[str]
    multiple: re.Pattern[str]
    fraction: re.Pattern[str]
    percent: re.Pattern[str]  # over the raw text, any case
    growth: re.Pattern[str]  # over the raw text, any case
    count: re.Pattern[str]  # over the raw text, any case
    designation: re.Pattern[str]  # over the raw text, any case
    scales: dict[str, Decimal]
    rest_scales: dict[str, Decimal]
    numbers: dict[str, str]
    volume_scales: dict[str, Decimal]
    multiples: dict[str, Decimal]
    fractions: dict[str, Decimal]
    currencies: dict[str, str]
    decreases: frozenset[str]

    @classmethod
    def of(cls, lexicon: Lexicon) -> AmountWords:
        """The amount rules and words of *lexicon*."""
        number = _rule(lexicon, "amounts.number") + _rule(lexicon, "amounts.scale")
        currencies = {
            phrase: code
            for slot, code in (("USD_WORD", "USD"), ("EUR_WORD", "EUR"), ("RUB_WORD", "RUB"), ("TMT_WORD", "TMT"))
            for phrase in lexicon.words(slot)
        }
        return cls(
            lexicon=lexicon,
            money_prefix=compile_fast(_rule(lexicon, "amounts.money_prefix") + number),
            money_suffix=compile_fast(number + _rule(lexicon, "amounts.money_suffix")),
            weight=compile_fast(number + _rule(lexicon, "amounts.weight")),
            volume=compile_fast(number + _rule(lexicon, "amounts.volume")),
            scaled=compile_fast(number),
            per_unit=lexicon.folded("amounts.per_unit"),
            price_at=lexicon.folded("amounts.price_at"),
            multiple=lexicon.folded("amounts.multiple"),
            fraction=lexicon.folded("amounts.fraction"),
            percent=lexicon.pattern("amounts.percent"),
            growth=lexicon.pattern("amounts.growth"),
            count=compile_fast(_rule(lexicon, "amounts.number") + _rule(lexicon, "amounts.count"), re.I),
            designation=compile_fast(_rule(lexicon, "amounts.designation"), re.I),
            scales=_decimals(lexicon.values("SCALE_WORD")),
            rest_scales=_decimals(lexicon.values("REST_SCALE")),
            numbers={word: str(value) for word, value in lexicon.values("AMOUNT_PHRASE").items()},
            volume_scales=_decimals(lexicon.values("VOLUME_SCALE")),
            multiples=_decimals(lexicon.values("MULTIPLE_WORD")),
            fractions=_decimals(lexicon.values("FRACTION_WORD")),
            currencies=currencies,
            decreases=frozenset(lexicon.words("DECREASE_WORD")),
        )


def _decimals(values: dict[str, int]) -> dict[str, Decimal]:
    return {word: Decimal(value) for word, value in values.items()}


def amount_words(lexicon: Lexicon | None = None) -> AmountWords:
    """The amount rules of *lexicon* (None: the default lexicon)."""
    return (lexicon or Lexicon.default()).derive(AmountWords.of)


def _words_of(text: str) -> str:
    """A matched phrase as the value tables key it: lower case, single spaces."""
    return " ".join(text.lower().split())


def _digits_of(raw: str, words: AmountWords) -> str:
    """A number as digits: an amount phrase ("a dozen"), a number word of the lexicon's one table
    ("twenty-five", see turkru.text._numbers), or the digits as written."""
    phrase = _words_of(raw)
    if phrase in words.numbers:
        return words.numbers[phrase]
    value = cardinal(phrase, words.lexicon)
    return raw if value is None else str(value)


@attrs.frozen
class FoundAmount:
    """An amount found in text, with its local span."""

    quantity: Quantity
    start: int
    end: int


def _group(text: str, match: re.Match[str], name: str) -> str:
    """What a group of a match in the folded *text* covers in *text* ("" when it took no part)."""
    return span_text(text, match, name) or ""


def _number(text: str, match: re.Match[str], words: AmountWords) -> Decimal | None:
    raw = _digits_of(_group(text, match, "num"), words).replace(",", "")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    scale = _group(text, match, "scale").lower()
    value *= words.scales.get(scale, Decimal(1))
    rest = _group(text, match, "rest")
    if rest:
        value += Decimal(rest) * words.rest_scales[_group(text, match, "rest_scale").lower()]
    return value


def _prefix_currency(text: str, match: re.Match[str], _words: AmountWords) -> str:
    symbol = _group(text, match, "cur").strip().upper()
    return "EUR" if symbol in ("\u20ac", "EUR") else "USD"


def _suffix_currency(text: str, match: re.Match[str], words: AmountWords) -> str:
    return words.currencies.get(_words_of(_group(text, match, "cur")), "USD")


_UnitOf = Callable[[str, re.Match[str], AmountWords], str]


def _units(words: AmountWords) -> tuple[tuple[re.Pattern[str], _UnitOf, str], ...]:
    """Each amount pattern, the unit it gives and the rule whose cue words one of its matches holds."""
    return (
        (words.money_prefix, _prefix_currency, "amounts.money_prefix"),
        (words.money_suffix, _suffix_currency, "amounts.money_suffix"),
        (words.weight, lambda _text, _match, _words: "t", "amounts.weight"),
        (words.volume, lambda _text, _match, _words: "m3", "amounts.volume"),
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


def find_amounts(text: str, lexicon: Lexicon | None = None) -> list[FoundAmount]:
    """Money and weight amounts in text order; overlapping matches keep the first."""
    words = amount_words(lexicon)
    found: list[FoundAmount] = []
    taken = _Taken()
    folded = fold(text)
    for pattern, unit_of, rule in _units(words):
        if not words.lexicon.has_cue(rule, folded):
            continue
        for match in pattern.finditer(folded):
            if taken.overlaps(match.start(), match.end()):
                continue
            value = _number(text, match, words)
            if value is None:
                continue
            measured = pattern in (words.weight, words.volume)
            per_unit = None if measured else words.per_unit.match(folded, match.end())
            taken.add(match.start(), per_unit.end() if per_unit else match.end())
            if per_unit is not None or (not measured and _priced(folded, match.start(), words)):
                continue  # a price, not the value of the goods
            if pattern is words.volume:
                value *= words.volume_scales.get(_group(text, match, "unit").lower(), Decimal(1))
            quantity = Quantity(amount=value, unit=unit_of(text, match, words))
            found.append(FoundAmount(quantity, match.start(), match.end()))
    return sorted(found, key=lambda item: item.start)


def find_scaled(text: str, unit: str, lexicon: Lexicon | None = None) -> list[FoundAmount]:
    """Numbers written with a scale word and no unit ("when it stood at one and a half billion"),
    in text order, in *unit*: a figure whose unit an earlier one of its sentence gives."""
    words = amount_words(lexicon)
    found: list[FoundAmount] = []
    folded = fold(text)
    for match in words.scaled.finditer(folded):
        if not _group(text, match, "scale") and not _words_of(_group(text, match, "num")).endswith(
            tuple(words.scales)
        ):
            continue  # a bare number ("2023", "five"): no figure
        value = _number(text, match, words)
        if value is not None:
            found.append(FoundAmount(Quantity(amount=value, unit=unit), match.start(), match.end()))
    return found


def _priced(folded: str, start: int, words: AmountWords) -> bool:
    """Whether a sum of money at *start* is the price goods change hands at ("buys gas at $100")."""
    before = folded[max(0, start - 60) : start]
    return words.lexicon.has_cue("amounts.price_at", before) and words.price_at.search(before) is not None


def find_percent(text: str, lexicon: Lexicon | None = None) -> tuple[Decimal, int] | None:
    """The first growth rate and its local offset: "by 13%", "21.4 percent", or in words
    ("doubled" is 100, "grew threefold" 200, "rose 1.5 times" 50, "by nearly one-third" 33)."""
    words = amount_words(lexicon)
    for match in words.percent.finditer(text):
        before = [word.lower() for word in words.growth.findall(text, max(0, match.start() - 40), match.start())]
        if before:
            rate = Decimal(match.group("num").replace(",", "."))
            return (-rate if _decreasing(before, words) else rate), match.start()
    folded = fold(text)
    if not (words.lexicon.has_cue("amounts.multiple", folded) or words.lexicon.has_cue("amounts.fraction", folded)):
        return None
    multiple = words.multiple.search(folded)
    fraction = words.fraction.search(folded)
    if multiple is not None and (fraction is None or multiple.start() < fraction.start()):
        if multiple.group("word"):
            factor = words.multiples[multiple.group("word")]
        else:
            times = multiple.group("times")
            factor = Decimal(_digits_of(times, words).replace(",", "."))
            if not words.growth.search(text[max(0, multiple.start() - 40) : multiple.start()]):
                factor = Decimal(1)  # "met three times": a count of occasions, not growth
        if factor > 1:
            return (factor - 1) * 100, multiple.start()
    if fraction is not None:
        return words.fractions[fraction.group("part")], fraction.start()
    return None


def _decreasing(before: list[str], words: AmountWords) -> bool:
    """Whether the growth words before a rate ("fell by", "a decrease of", "down") say it went down:
    the last word that is not "by" decides."""
    meaningful = [word for word in before if word != "by"]
    return bool(meaningful) and meaningful[-1] in words.decreases


def count_before(text: str, local: int, lexicon: Lexicon | None = None) -> Decimal | None:
    """A count written just before a goods word ("463 units of", "690 KAMAZ", "two")."""
    words = amount_words(lexicon)
    window = text[max(0, local - 40) : local]
    match = words.count.search(window)
    if match is None or words.designation.search(window, 0, match.start("num")):
        return None  # "Mi-17 helicopters": the number names the model
    raw = _digits_of(match.group("num"), words).replace(",", "")
    if _YEAR.fullmatch(raw):
        return None  # "in February 2015 the Russian ...": a year, not a count
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None
