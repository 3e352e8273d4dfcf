"""Tests for the codes gazetteer entries carry: sectors, ISO codes, GeoNames ids and coordinates."""

from __future__ import annotations

from typing import Any

import pytest

from turkru.errors import GazetteerError
from turkru.gazetteer import Gazetteer
from turkru.gazetteer.entries import SECTORS
from turkru.model.actors import Party, PartyKind, Place


def _world(**extra: Any) -> dict[str, Any]:
    return {
        "offices": [{"id": "speaker_x", "title": "Speaker of Xland", "country": "RU", **extra.get("office", {})}],
        "places": [{"name": "Xtown", "country": "RU", **extra.get("place", {})}],
        "parties": [{"name": "Xland oblast", "kind": "region", "country": "RU", **extra.get("party", {})}],
        "countries": [{"code": "RU", "name": "Russia", **extra.get("country", {})}],
    }


class TestCodes:
    def test_codes_are_read_and_looked_up_by_value(self) -> None:
        """Each kind of entry gives back the codes its data names."""
        gaz = Gazetteer.from_data(
            _world(
                office={"sector": "LEG"},
                place={"geonames_id": 123, "latitude": 55.5, "longitude": 37},
                party={"iso_3166_2": "RU-XX", "sector": "GOV"},
                country={"iso_alpha3": "RUS"},
            )
        )
        place = gaz.codes(Place(name="Xtown", country="RU"))
        assert (place.geonames_id, place.latitude, place.longitude) == (123, 55.5, 37.0)
        region = gaz.codes(Party(name="Xland oblast", kind=PartyKind.REGION, country="RU"))
        assert (region.iso_3166_2, region.sector) == ("RU-XX", "GOV")
        assert gaz.codes("RU").iso_alpha3 == "RUS"
        assert gaz.codes(Party.of_country("RU")).iso_alpha3 == "RUS"
        office = gaz.office("speaker_x")
        assert office is not None and gaz.codes(office).sector == "LEG"

    def test_coordinates_without_an_id_are_read_with_their_source(self) -> None:
        """A place located from a recorded source but with no GeoNames id has coordinates and no id."""
        place = {"latitude": 45.5, "longitude": 47.5, "coordinates_source": "https://example.org/x", "note": "why"}
        codes = Gazetteer.from_data(_world(place=place)).codes(Place(name="Xtown", country="RU"))
        assert (codes.geonames_id, codes.latitude, codes.longitude) == (None, 45.5, 47.5)

    def test_nothing_known_gives_empty_codes(self) -> None:
        """Entries without codes, and things the gazetteer does not know, have every code None."""
        gaz = Gazetteer.from_data(_world())
        assert gaz.codes(Place(name="Xtown", country="RU")).empty
        assert gaz.codes("TM").empty

    @pytest.mark.parametrize(
        ("extra", "message"),
        [
            ({"office": {"sector": "KING"}}, "sector: 'KING' is not one of GOV"),
            ({"party": {"iso_3166_2": "TM-A"}}, "'TM-A' is not a code of country 'RU'"),
            ({"party": {"iso_3166_2": "Tatarstan"}}, "'Tatarstan' is not an ISO 3166-2 code"),
            ({"country": {"iso_alpha3": "RU"}}, "'RU' is not an ISO 3166-1 alpha-3 code"),
            ({"place": {"geonames_id": 1, "latitude": 10.0}}, "geonames_id, latitude given without longitude"),
            ({"place": {"geonames_id": 1}}, "geonames_id given without latitude, longitude"),
            ({"place": {"latitude": 10.0}}, "latitude given without longitude"),
            ({"place": {"geonames_id": 0, "latitude": 1, "longitude": 1}}, "geonames_id: 0 is not a positive"),
            ({"place": {"geonames_id": 1, "latitude": 91, "longitude": 1}}, "latitude: 91 is not a number between"),
            ({"place": {"geonames_id": 1, "latitude": 1, "longitude": True}}, "longitude: True is not a number"),
        ],
    )
    def test_malformed_codes_are_located_errors(self, extra: dict[str, Any], message: str) -> None:
        """A bad code is a GazetteerError naming the entry and the value."""
        with pytest.raises(GazetteerError, match="<data 0>: ") as caught:
            Gazetteer.from_data(_world(**extra))
        assert message in str(caught.value)


class TestDefaultCodes:
    def test_every_country_has_an_alpha3_code(self) -> None:
        """The package data gives each country entry its ISO 3166-1 alpha-3 code."""
        gaz = Gazetteer.default()
        countries = {entry.sense.value for entry in gaz.phrases if entry.sense.kind == "country"}
        assert countries
        assert all(gaz.codes(str(code)).iso_alpha3 for code in countries)

    def test_sectors_are_known_role_codes(self) -> None:
        """Every sector in the package data is one of the CAMEO role codes turkru uses."""
        gaz = Gazetteer.default()
        sectors = [entry.codes.sector for entry in (*gaz.phrases, *gaz.offices) if entry.codes.sector]
        assert sectors
        assert set(sectors) <= set(SECTORS)
