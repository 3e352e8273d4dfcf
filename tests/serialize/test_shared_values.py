"""Recurring small values (people, parties, places, dates) are read once and shared, never wrongly."""

from __future__ import annotations

import pytest

from turkru import InvalidDateError, SerializationError
from turkru.model.actors import Party, Person, Place
from turkru.model.dates import PartialDate
from turkru.serialize.converter import SHARED_SIZE, make_converter
from turkru.serialize.jsonio import structure


class TestShared:
    """The converter gives the same instance for the same JSON object, and reads anything else anew."""

    def test_same_object_same_instance(self) -> None:
        """Two equal objects of a person, a party or a place give one instance, equal to a fresh read."""
        converter = make_converter()
        for cls, data in (
            (Person, {"surname": "Lavrov", "given_names": "Sergey", "country": "RU", "variants": ["Lavrow"]}),
            (Party, {"name": "Tatarstan", "kind": "region", "country": "RU"}),
            (Place, {"name": "Ashgabat", "country": "TM", "geonames_id": 162183, "latitude": 37.95}),
        ):
            first, second = converter.structure(dict(data), cls), converter.structure(dict(data), cls)
            assert first is second
            assert first == make_converter().structure(dict(data), cls)

    def test_other_spelling_other_instance(self) -> None:
        """Objects differing in a field left out of equality (a person's variants) are read apart."""
        converter = make_converter()
        plain = converter.structure({"surname": "Lavrov"}, Person)
        spelled = converter.structure({"surname": "Lavrov", "variants": ["Lavrow"]}, Person)
        assert plain is not spelled and spelled.variants == ("Lavrow",) and plain.variants == ()

    def test_types_tell_apart(self) -> None:
        """A whole-number latitude and a float one read alike, but a boolean one stays an error."""
        converter = make_converter()
        whole = converter.structure({"name": "Mary", "latitude": 37}, Place)
        assert whole.latitude == 37.0 and isinstance(whole.latitude, float)
        assert converter.structure({"name": "Mary", "latitude": 37.0}, Place) == whole
        with pytest.raises(SerializationError, match=r"\$\.latitude"):
            structure({"name": "Mary", "latitude": True}, Place)

    def test_errors_not_remembered(self) -> None:
        """A bad object fails every time, and a good one read after it is still read."""
        for _ in range(2):
            with pytest.raises(SerializationError, match=r"\$\.surname"):
                structure({"surname": 7}, Person)
            with pytest.raises(SerializationError, match="unknown field 'nickname'"):
                structure({"surname": "Putin", "nickname": "x"}, Person)
        assert structure({"surname": "Putin"}, Person).surname == "Putin"

    def test_bounded(self) -> None:
        """More distinct objects than the bound are all read right (the memory is cleared, not grown)."""
        converter = make_converter()
        names = [f"Place{number}" for number in range(SHARED_SIZE + 10)]
        assert [converter.structure({"name": name}, Place).name for name in names] == names

    def test_dates(self) -> None:
        """A date string gives one PartialDate; a malformed one fails each time."""
        assert structure("2021-05", PartialDate) is structure("2021-05", PartialDate)
        for _ in range(2):
            with pytest.raises((InvalidDateError, SerializationError)):
                structure("2021-5", PartialDate)
