"""Equal records are told apart by what their reprs show (spellings, numbers' types) without the reprs."""

from __future__ import annotations

import itertools
from decimal import Decimal

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

from strategies import report_lists
from turkru import PartialDate, Quantity
from turkru.chronicle.spellings import spelling_key
from turkru.model.records import AnyRecord

from .reports import meeting, source, trade, visit

_PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _shown(record: AnyRecord) -> str:
    """The repr of *record* with its bound left out (what the key stands in for)."""
    return repr(attrs.evolve(record, reported_by=None))


def _apart(first: AnyRecord, second: AnyRecord) -> bool:
    key = spelling_key(type(first))
    return key(first) != key(second)


@_PROPERTY
@given(report_lists(12))
def test_keys_of_equal_records_differ_exactly_where_their_reprs_do(reports: list[AnyRecord]) -> None:
    for first, second in itertools.combinations(reports, 2):
        if first == second:
            assert _apart(first, second) == (_shown(first) != _shown(second))


def test_a_respelt_surname_is_told_apart_and_the_same_spelling_is_not() -> None:
    one = meeting(source("a"), date="2021-03-30", people=("Rashid Meredov", "Sergey Lavrov"))
    again = meeting(source("b"), date="2021-03-30", people=("Rashid Meredov", "Sergey Lavrov"))
    respelt = meeting(source("c"), date="2021-03-30", people=("Rashid Meredow", "Sergey Lavrov"))
    assert one == again == respelt
    assert not _apart(one, again)
    assert _apart(one, respelt)


def test_a_visit_head_in_another_spelling_or_another_bound_alone() -> None:
    """A variant: a visit's head respelt is another form; a bound alone is left to the merge."""
    one = visit(source("a", "2021-03-31"), date="2021-03-30", head="Sergey Lavrov")
    respelt = visit(source("b", "2021-03-31"), date="2021-03-30", head="Sergey Lavrow")
    later = attrs.evolve(one, reported_by=PartialDate.parse("2021-04-02"))
    assert one == respelt == later
    assert _apart(one, respelt)
    assert not _apart(one, later)


def test_equal_numbers_written_apart_are_told_apart() -> None:
    """1.5 == 1.50 and True == 1, but their reprs differ: so do their keys."""
    figure = trade(source("a"), date="2022")
    short = attrs.evolve(figure, amounts=(Quantity(amount=Decimal("1.5"), unit="USD"),))
    long = attrs.evolve(figure, amounts=(Quantity(amount=Decimal("1.50"), unit="USD"),))
    assert short == long and _apart(short, long)
    by_int = attrs.evolve(figure, date=PartialDate(year=1))
    by_bool = attrs.evolve(figure, date=PartialDate(year=True))
    assert by_int == by_bool and _apart(by_int, by_bool)


def test_a_class_without_the_repr_attrs_writes_is_refused() -> None:
    @attrs.frozen(repr=False)
    class Hidden:
        name: str

        def __repr__(self) -> str:
            return "hidden"

    with pytest.raises(TypeError, match="Hidden"):
        spelling_key(Hidden)
