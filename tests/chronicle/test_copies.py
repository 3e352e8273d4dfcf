"""The merge's shortcuts give what the plain ways give: records copied with new evidence or a
new bound equal what ``attrs.evolve`` makes, and lists of people compare alike however often."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import any_record, evidence, partial_dates, people
from turkru.chronicle.entry import with_bound, with_evidence
from turkru.chronicle.rules import _compatible_people, compatible_people, person_compatible
from turkru.errors import InvalidRecordError
from turkru.model.actors import Person
from turkru.model.dates import PartialDate
from turkru.model.records import AnyRecord, Meeting


def _same(made: AnyRecord, wanted: AnyRecord) -> None:
    assert type(made) is type(wanted)
    assert made == wanted
    assert hash(made) == hash(wanted)
    assert repr(made) == repr(wanted)
    assert made.evidence == wanted.evidence
    assert made.reported_by == wanted.reported_by
    assert attrs.asdict(made, recurse=False) == attrs.asdict(wanted, recurse=False)


@given(any_record(), st.lists(evidence(), max_size=3), st.booleans())
def test_new_evidence_is_what_evolve_makes(record: AnyRecord, spans: list, hashed: bool) -> None:
    if hashed:  # a record whose hash is cached already, and one whose hash is not
        hash(record)
    _same(with_evidence(record, tuple(spans)), attrs.evolve(record, evidence=tuple(spans)))


@given(any_record(), partial_dates())
def test_new_bound_is_what_evolve_makes(record: AnyRecord, day: PartialDate) -> None:
    other = attrs.evolve(record, reported_by=day)
    _same(with_bound(record, [other]), attrs.evolve(record, reported_by=day))


def test_evidence_that_is_not_a_tuple_of_spans_is_still_checked() -> None:
    record = Meeting(participants=(Person("Lavrov"), Person("Meredov")))
    with pytest.raises(InvalidRecordError, match="Evidence"):
        with_evidence(record, ("not a span",))  # type: ignore[arg-type]


@given(st.lists(people(), max_size=3), st.lists(people(), max_size=3), st.sampled_from([1, 2]))
def test_lists_of_people_compare_alike_when_asked_again(first: list, second: list, least: int) -> None:
    one, two = tuple(first), tuple(second)
    _compatible_people.cache_clear()
    fresh = compatible_people(one, two, least=least)
    copies = tuple(attrs.evolve(person) for person in one), tuple(attrs.evolve(person) for person in two)
    assert compatible_people(*copies, least=least) == fresh  # found in the cache by equal lists
    _compatible_people.cache_clear()
    assert compatible_people(*copies, least=least) == fresh


def test_people_compare_by_what_equality_reads() -> None:
    """The cache keys lists by equality: person_compatible must read only what Person compares."""
    eq_fields = {field.name for field in attrs.fields(Person) if field.eq}
    assert eq_fields == {"given_names", "country", "key"}
    one = Person("Berdimuhamedov", given_names="Serdar", country="TM")
    two = Person("Berdymukhammedov", given_names="Serdar", country="TM", variants=("Berdimuhamedow",))
    assert one == two and person_compatible(one, two)
