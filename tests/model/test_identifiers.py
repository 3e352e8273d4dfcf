"""Identifiers on places and parties: validated, out of equality, kept on the wire, in the schema."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from turkru import Gazetteer, InvalidRecordError, Meeting, Party, PartyKind, Place, dumps, json_schema, loads

ASHGABAT = Place(name="Ashgabat", country="TM", geonames_id=162183, latitude=37.95, longitude=58.38333)


class TestPlaceIdentifiers:
    def test_identifiers_do_not_change_what_a_place_is(self) -> None:
        """A place with identifiers equals (and hashes like) the same place without them, and reprs alike."""
        plain = Place(name="Ashgabat", country="TM")
        assert plain == ASHGABAT and hash(ASHGABAT) == hash(plain)
        assert repr(ASHGABAT) == repr(plain)

    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            ({"geonames_id": 0}, "geonames_id: 0 is not a positive integer"),
            ({"latitude": 91.0}, "latitude: 91.0 is not a number of degrees in [-90, 90]"),
            ({"longitude": "58"}, "longitude: '58' is not a number of degrees"),
        ],
    )
    def test_bad_identifiers_are_refused(self, fields: dict[str, Any], message: str) -> None:
        """Out-of-range or mistyped identifiers raise InvalidRecordError naming field and value."""
        with pytest.raises(InvalidRecordError, match=message.replace("[", r"\[")):
            Place(name="X", **fields)

    def test_whole_degrees_become_floats(self) -> None:
        """An integer coordinate is kept as a float."""
        assert Place(name="X", latitude=40).latitude == 40.0


class TestWire:
    def test_identifiers_round_trip_and_absent_ones_are_left_out(self) -> None:
        """A record's place and region keep their identifiers through JSON; unknown ones add no keys."""
        tatarstan = Party(name="Tatarstan", kind=PartyKind.REGION, country="RU", iso_3166_2="RU-TA")
        text = dumps(Meeting(place=ASHGABAT, region=tatarstan))
        back = loads(text)
        assert isinstance(back, Meeting) and back.place is not None and back.region is not None
        assert (back.place.geonames_id, back.place.latitude, back.place.longitude) == (162183, 37.95, 58.38333)
        assert back.region.iso_3166_2 == "RU-TA"
        assert "geonames_id" not in dumps(Meeting(place=Place(name="Nowhere")))
        jsonschema.validate(loads_json(text), json_schema())

    def test_schema_refuses_a_mistyped_coordinate(self) -> None:
        """The JSON Schema knows the new fields: a latitude in a string is invalid."""
        document = loads_json(dumps(Meeting(place=ASHGABAT)))
        document["place"]["latitude"] = "37.95"
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(document, json_schema())


def test_extracted_places_carry_the_gazetteers_identifiers() -> None:
    """Places and regions found through the default gazetteer carry its GeoNames id, coordinates and ISO code."""
    gaz = Gazetteer.default()
    place = gaz.place("Ashkhabad")
    assert place is not None and place.geonames_id == gaz.codes(place).geonames_id is not None
    region = gaz.party("Republic of Tatarstan")
    assert region is not None and region.iso_3166_2 == "RU-TA"


def loads_json(text: str) -> Any:
    """The plain JSON value of a document."""
    return json.loads(text)
