"""Tests for loading gazetteer data: from files, on a base, and the errors for malformed data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from turkru.errors import GazetteerError
from turkru.gazetteer import Gazetteer
from turkru.model.actors import Office, PartyKind
from turkru.model.dates import PartialDate
from turkru.model.records import BodyKind

SMALL: dict[str, Any] = {
    "description": "a tiny world",
    "people": [
        {
            "id": "ann_ivanova",
            "surname": "Ivanova",
            "given_names": "Anna",
            "country": "RU",
            "variants": ["Iwanowa"],
        },
    ],
    "offices": [
        {"id": "mayor_x", "title": "Mayor of Xtown", "country": "RU", "variants": ["Xtown {Mayor|mayor}"]},
    ],
    "terms": [{"office": "mayor_x", "person": "ann_ivanova", "start": "2019-06", "end": None}],
    "places": [{"name": "Xtown", "country": "RU", "variants": ["Iks"]}],
    "parties": [{"name": "Xtown Tractor Works", "kind": "company", "country": "RU", "variants": ["XTW"]}],
    "bodies": [{"name": "Xtown Council", "kind": "other"}],
    "countries": [{"code": "RU", "name": "Russia", "words": ["Russian"]}],
    "commodities": ["tractors", {"name": "Grain", "variants": ["cereals"]}],
    "given_names": ["Anna"],
    "roles": ["Mayor"],
    "not_names": ["Tractor"],
    "surname_endings": ["ova"],
}


def write(folder: Path, data: Any, name: str = "data.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def load_error(folder: Path, data: Any) -> str:
    path = write(folder, data)
    with pytest.raises(GazetteerError) as caught:
        Gazetteer.from_files(path)
    return str(caught.value).replace(str(path), "FILE")


class TestFromFiles:
    """A data file in the documented format becomes a working gazetteer."""

    def test_every_section(self, tmp_path: Path) -> None:
        """Each section's entries are found by their names and variants."""
        gazetteer = Gazetteer.from_files(write(tmp_path, SMALL))
        person = gazetteer.person("Anna Iwanowa")
        assert person is not None and person.full_name == "Anna Ivanova"
        assert gazetteer.holder("Xtown mayor", PartialDate.parse("2020")) == person
        assert gazetteer.place("Iks") is not None
        party = gazetteer.party("XTW")
        assert party is not None and party.kind is PartyKind.COMPANY
        assert gazetteer.body("Xtown Council") is BodyKind.OTHER
        assert gazetteer.country("Russian") == "RU"
        assert gazetteer.commodity("cereals") == "grain"
        assert gazetteer.sources == (str(tmp_path / "data.json"),)

    def test_terms_may_use_base_ids(self, tmp_path: Path) -> None:
        """A file loaded on a base may date terms of the base's offices and people."""
        base = Gazetteer.from_files(write(tmp_path, SMALL))
        extra = {
            "people": [{"id": "bob_petrov", "surname": "Petrov", "country": "RU"}],
            "terms": [{"office": "mayor_x", "person": "bob_petrov", "start": "2010", "end": "2019-05"}],
        }
        both = Gazetteer.from_files(write(tmp_path, extra, "extra.json"), base=base)
        assert both.holder("mayor_x", PartialDate.parse("2015")) == both.person("Petrov")
        assert both.holder("mayor_x", PartialDate.parse("2021")) == both.person("Anna Ivanova")
        assert len(both.sources) == 2

    def test_from_data(self) -> None:
        """Already-parsed JSON works like a file."""
        assert Gazetteer.from_data(SMALL).country("Russian") == "RU"


class TestMalformed:
    """A malformed file raises GazetteerError naming the file and the entry."""

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (
                [],
                "FILE: expected a JSON object with sections people, offices, terms, places, parties, "
                "bodies, countries, commodities, given_names, roles, not_names, surname_endings",
            ),
            (
                {"persons": []},
                "FILE: unknown section 'persons' (allowed: people, offices, terms, places, "
                "parties, bodies, countries, commodities, given_names, roles, not_names, "
                "surname_endings)",
            ),
            ({"people": {}}, "FILE: people: expected a list, got dict"),
            ({"people": [{"id": "x"}]}, "FILE: people[0] ('x'): field 'surname' is missing"),
            (
                {"people": [{"id": "x", "surname": "X", "country": "tm"}]},
                "FILE: people[0] ('x'): country: 'tm' is not an ISO 3166-1 alpha-2 country code",
            ),
            (
                {"people": [{"id": "X y", "surname": "X"}]},
                "FILE: people[0] ('X y'): id: 'X y' is not lower-case letters, digits and '_'",
            ),
            (
                {"people": [{"id": "x", "surname": "X", "age": 3}]},
                "FILE: people[0] ('x'): unknown field 'age' (allowed: id, surname, given_names, country, "
                "variants, given_variants, bare, enwiki_title, enwiki_source)",
            ),
            (
                {"people": [{"id": "x", "surname": "X"}, {"id": "x", "surname": "Y"}]},
                "FILE: people[1] ('x'): id: person id 'x' is already defined",
            ),
            (
                {"people": [{"id": "x", "surname": "X", "variants": "Iks"}]},
                "FILE: people[0] ('x'): variants: 'Iks' is not a list of strings",
            ),
            (
                {"people": [{"id": "x", "surname": "X", "bare": "no"}]},
                "FILE: people[0] ('x'): bare: 'no' is not true or false",
            ),
            (
                {"offices": [{"id": "o", "title": "Mayor", "variants": ["{Mayor"]}]},
                "FILE: offices[0] ('o'): variants[0]: unclosed '{' at offset 0 in '{Mayor'",
            ),
            (
                {"places": [{"name": "X", "variants": ["!!"]}]},
                "FILE: places[0] ('X'): variants[0]: '!!' contains no word",
            ),
            (
                {"parties": [{"name": "X", "kind": "club"}]},
                "FILE: parties[0] ('X'): kind: 'club' is not one of region, ministry, company, organisation",
            ),
            (
                {"bodies": [{"name": "X", "kind": "club"}]},
                "FILE: bodies[0] ('X'): kind: 'club' is not one of intergovernmental_commission, "
                "business_council, trade_investment_group, other",
            ),
            (
                {"countries": [{"code": "Tm", "name": "T"}]},
                "FILE: countries[0] ('Tm'): country: 'Tm' is not an ISO 3166-1 alpha-2 country code",
            ),
            ({"commodities": [3]}, "FILE: commodities[0]: expected an object, got 3"),
            ({"given_names": [""]}, "FILE: given_names[0]: '' is not a non-empty string"),
            (
                {"offices": [{"id": "o", "title": "Mayor", "counterparts": ["p"]}]},
                "FILE: offices[0] ('o'): counterparts: unknown office id 'p'",
            ),
            (
                {"terms": [{"office": "nowhere", "person": "x"}]},
                "FILE: terms[0]: office: unknown office id 'nowhere'",
            ),
            (
                {"offices": [{"id": "o", "title": "Mayor"}], "terms": [{"office": "o", "person": "nobody"}]},
                "FILE: terms[0]: person: unknown person id 'nobody'",
            ),
            (
                {
                    "offices": [{"id": "o", "title": "Mayor"}],
                    "people": [{"id": "p", "surname": "P"}],
                    "terms": [{"office": "o", "person": "p", "start": "2021-13"}],
                },
                "FILE: terms[0]: start: Invalid partial date: '2021-13' (month: 13 is not between 1 and 12)",
            ),
            (
                {
                    "offices": [{"id": "o", "title": "Mayor"}],
                    "people": [{"id": "p", "surname": "P"}],
                    "terms": [{"office": "o", "person": "p", "start": "2021", "end": "2020"}],
                },
                "FILE: terms[0]: Term of P as Mayor: end 2020 is before start 2021",
            ),
            (
                {
                    "offices": [{"id": "o", "title": "Mayor"}],
                    "people": [{"id": "p", "surname": "P"}],
                    "terms": [{"office": "o", "person": "p", "start": 2021}],
                },
                "FILE: terms[0]: start: 2021 is not an ISO date string or null",
            ),
        ],
    )
    def test_message(self, tmp_path: Path, data: Any, message: str) -> None:
        """The message names the file, the section, the index, the entry and the fault."""
        assert load_error(tmp_path, data) == message

    def test_invalid_json(self, tmp_path: Path) -> None:
        """Broken JSON is reported with its line and column."""
        path = tmp_path / "broken.json"
        path.write_text('{"people": [\n  {"id": }\n]}', encoding="utf-8")
        with pytest.raises(GazetteerError) as caught:
            Gazetteer.from_files(path)
        assert str(caught.value) == f"{path}: invalid JSON: Expecting value: line 2 column 10 (char 22)"

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ('{"people": ' + "[" * 5000 + "]" * 5000 + "}", "nested too deeply (more than 500 levels) at line 1, "),
            ('{"roles": [' + "9" * 5000 + "]}", "a number too long to read (Exceeds the limit (4300 digits)"),
            ('{"roles": ["A"], "roles": ["B"]}', "$: key 'roles' appears more than once in one object"),
            ('{"people": [{"id": "x", "surname": "X", "id": "y"}]}', "$.people[0]: key 'id' appears more than once"),
            ('{"roles": [NaN]}', "NaN is not a JSON number"),
        ],
    )
    def test_hostile_json(self, tmp_path: Path, text: str, message: str) -> None:
        """Deep nesting, huge numbers, repeated keys and NaN are GazetteerErrors naming the file and where."""
        path = tmp_path / "hostile.json"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(GazetteerError) as caught:
            Gazetteer.from_files(path)
        assert str(caught.value).startswith(f"{path}: invalid JSON: {message}")

    def test_long_template_names_the_field(self, tmp_path: Path) -> None:
        """A template over the size limits is refused naming file, entry and field, without recursion."""
        message = load_error(tmp_path, {"places": [{"name": "X", "variants": ["ok", "{a}" * 3000]}]})
        assert message.startswith("FILE: places[0] ('X'): variants[1]: '{a}{a}")
        assert message.endswith("is longer than 2000 characters")

    def test_deep_template_names_the_field(self, tmp_path: Path) -> None:
        """Groups nested deeper than the limit are refused naming file, entry and field."""
        message = load_error(tmp_path, {"offices": [{"id": "o", "title": "{" * 20 + "M" + "}" * 20}]})
        assert message == f"FILE: offices[0] ('o'): title: '{'{' * 20}M{'}' * 20}' nests groups more than 8 deep"

    def test_missing_file(self, tmp_path: Path) -> None:
        """An unreadable file is a GazetteerError naming it."""
        with pytest.raises(GazetteerError, match="cannot read gazetteer data"):
            Gazetteer.from_files(tmp_path / "absent.json")

    def test_duplicate_of_base_id(self, tmp_path: Path) -> None:
        """An id already defined by the base is refused rather than silently shadowed."""
        base = Gazetteer.from_data(SMALL)
        path = write(tmp_path, {"offices": [{"id": "mayor_x", "title": "Other"}]})
        with pytest.raises(GazetteerError) as caught:
            Gazetteer.from_files(path, base=base)
        assert (
            str(caught.value) == f"{path}: offices[0] ('mayor_x'): id: office id 'mayor_x' is already defined"
        )

    def test_office_equality_is_by_title(self) -> None:
        """Offices from data are plain model Offices."""
        assert Gazetteer.from_data(SMALL).office("mayor_x") == Office(title="Mayor of Xtown", country="RU")
