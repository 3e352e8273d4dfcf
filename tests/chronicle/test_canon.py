"""The canonical text of a value depends on that value alone, never on what was written before."""

from __future__ import annotations

from decimal import Decimal

import attrs

from turkru import Direction, Quantity, Status, TradeFlow
from turkru.chronicle.canon import canon, fields_writer, text_follows_equality
from turkru.model.actors import Person, Place
from turkru.model.dates import PartialDate


def _figure(amount: str) -> TradeFlow:
    amounts = (Quantity(amount=amount, unit="USD"),)
    return TradeFlow(direction=Direction.TURNOVER, date=PartialDate(2022), amounts=amounts)


def test_an_equal_amount_written_with_more_places_keeps_its_own_text() -> None:
    """Cached by equality, 1.50 would have been given the text of the equal 1.5 written first."""
    short, long = Quantity(amount=Decimal("1.5"), unit="USD"), Quantity(amount=Decimal("1.50"), unit="USD")
    assert short == long and hash(short) == hash(long)
    assert canon(short) == fields_writer(Quantity)(short)
    assert canon(long) == fields_writer(Quantity)(long) == "Quantity(Decimal('1.50'),'USD')"
    assert canon(short) != canon(long)


def test_a_trade_figure_text_reads_its_own_amount_whatever_came_first() -> None:
    """A variant: whole trade figures, equal records, written one after the other both ways."""
    first, second = _figure("2.0"), _figure("2.000")
    assert first == second
    assert "Decimal('2.000')" in canon(second) and "Decimal('2.0')" in canon(first)
    assert "Decimal('2.0')" in canon(_figure("2.0"))
    assert "Decimal('2.000')" in canon(_figure("2.000"))


@attrs.frozen
class _Label:
    name: str
    status: Status
    place: Place | None = None
    people: tuple[Person, ...] = ()


@attrs.frozen
class _Holding:
    label: _Label
    amounts: tuple[Quantity, ...] = ()


@attrs.frozen
class _Share:
    fraction: float
    note: str = attrs.field(default="", eq=False)


def test_parts_of_text_and_enums_are_written_alike_when_equal() -> None:
    assert text_follows_equality(_Label) and text_follows_equality(Person) and text_follows_equality(Place)


def test_a_whole_number_that_is_a_bool_keeps_its_own_text() -> None:
    """``True == 1``: a date whose year is the bool True is written so, whatever was written before."""
    one, true = PartialDate(year=1), PartialDate(year=True)
    assert one == true and not text_follows_equality(PartialDate)
    assert canon(one) == "PartialDate(1,None,None)" and canon(true) == "PartialDate(True,None,None)"


def test_a_decimal_or_float_anywhere_inside_means_written_each_time() -> None:
    """A variant: the check looks through tuples and nested parts, and at compared fields only."""
    assert not text_follows_equality(Quantity)
    assert not text_follows_equality(_Holding)
    assert not text_follows_equality(_Share)
    assert text_follows_equality(attrs.make_class("Noted", {"fraction": attrs.field(type=float, eq=False)}))
