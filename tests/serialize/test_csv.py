"""The CSV export carries the identifiers of each record's place, region, parties and people (last columns)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from turkru import Chronicle, parse_article
from turkru.model.records import Agreement
from turkru.serialize.csv import COLUMNS, to_csv

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
IDENTIFIER_COLUMNS = (
    "place_geonames_id",
    "place_latitude",
    "place_longitude",
    "region_iso_3166_2",
    "parties_iso_3166_2",
    "participants_enwiki",
)


def _chronicle() -> Chronicle:
    articles = [
        parse_article(path.read_text(encoding="utf-8"), article_id=path.stem) for path in sorted(EXAMPLES.glob("*.txt"))
    ]
    return Chronicle.from_articles(articles)


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def test_identifier_columns_come_last() -> None:
    """The identifier columns are appended after every earlier column."""
    assert COLUMNS[-len(IDENTIFIER_COLUMNS) :] == IDENTIFIER_COLUMNS


def test_rows_carry_the_records_identifiers() -> None:
    """Each row's place, region and party codes are the ones its record carries; the examples have some."""
    chronicle = _chronicle()
    rows = list(csv.DictReader(io.StringIO(to_csv(chronicle))))
    assert len(rows) == len(list(chronicle))
    for row, entry in zip(rows, chronicle, strict=True):
        place, region = entry.record.place, getattr(entry.record, "region", None)
        assert row["place_geonames_id"] == _cell(place.geonames_id if place else None)
        assert row["place_latitude"] == _cell(place.latitude if place else None)
        assert row["place_longitude"] == _cell(place.longitude if place else None)
        assert row["region_iso_3166_2"] == _cell(region.iso_3166_2 if region is not None else None)
        if isinstance(entry.record, Agreement) and any(party.iso_3166_2 for party in entry.record.parties):
            assert row["parties_iso_3166_2"].split("; ") == [party.iso_3166_2 or "" for party in entry.record.parties]
    assert any(row["place_geonames_id"] for row in rows)


def test_rows_carry_the_peoples_wikipedia_titles() -> None:
    """participants_enwiki lists each person's verified title in participants order, blank when unknown."""
    text = (
        "President Serdar Berdimuhamedov of Turkmenistan and President Vladimir Putin of Russia "
        "talked by telephone on 14 May 2024."
    )
    chronicle = Chronicle.from_articles([parse_article(text, article_id="call")])
    (row,) = csv.DictReader(io.StringIO(to_csv(chronicle)))
    names = row["participants"].split("; ")
    titles = dict(zip(names, row["participants_enwiki"].split("; "), strict=True))
    assert titles == {"Serdar Berdimuhamedov": "Serdar Berdimuhamedow", "Vladimir Putin": ""}
