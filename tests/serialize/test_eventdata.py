"""The event-data exports: exact output for the bundled examples, the command, and the round trip."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from tests.strategies import report_lists

from turkru import AnyRecord, Chronicle, EventCoder, parse_article
from turkru.cli import main
from turkru.errors import TurkruError
from turkru.model.actors import Person
from turkru.model.dates import PartialDate
from turkru.model.provenance import Evidence, Source
from turkru.model.records import Agreement, Direction, Quantity, TradeFlow
from turkru.serialize.cameo import CAMEO_COLUMNS, ICEWS_COLUMNS
from turkru.serialize.comtrade import COMTRADE_COLUMNS, to_comtrade
from turkru.serialize.eventdata import export
from turkru.serialize.polecat import POLECAT_KEYS

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = ROOT / "examples" / "articles"
EXPECTED = {"polecat": "examples.polecat.jsonl", "cameo": "examples.cameo.tsv", "comtrade": "examples.comtrade.csv"}


@pytest.fixture(scope="module")
def examples_chronicle() -> Chronicle:
    """The chronicle of the bundled examples as saved by `turkru merge` (fixed, whatever extraction does later)."""
    return Chronicle.from_jsonl((DATA / "examples-chronicle.jsonl").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def parsed_chronicle() -> Chronicle:
    """The chronicle of the bundled examples as parsed now."""
    paths = sorted(EXAMPLES.glob("*.txt"))
    return Chronicle.from_articles(
        parse_article(path.read_text(encoding="utf-8"), article_id=path.stem) for path in paths
    )


class TestExactOutput:
    @pytest.mark.parametrize("to", sorted(EXPECTED))
    def test_examples(self, examples_chronicle: Chronicle, to: str) -> None:
        """Each export of the examples' chronicle is exactly the expected file."""
        assert export(examples_chronicle, to) == (DATA / EXPECTED[to]).read_text(encoding="utf-8")

    def test_command_writes_the_same(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`turkru export --to cameo CHRONICLE` prints the export and exits 0."""
        assert main(["export", "--to", "cameo", str(DATA / "examples-chronicle.jsonl")]) == 0
        assert capsys.readouterr().out == (DATA / EXPECTED["cameo"]).read_text(encoding="utf-8")

    def test_unknown_format_is_an_error(self, examples_chronicle: Chronicle) -> None:
        """An export name that does not exist is a TurkruError naming the choices."""
        with pytest.raises(TurkruError, match="'gdelt' is not one of 'polecat', 'cameo', 'comtrade'"):
            export(examples_chronicle, "gdelt")


class TestShapes:
    def test_polecat_keys_in_order(self, parsed_chronicle: Chronicle) -> None:
        """Every line has the documented keys in order, and evidence offsets that cite a source."""
        lines = [json.loads(line) for line in export(parsed_chronicle, "polecat").splitlines()]
        assert lines
        for line in lines:
            assert tuple(line) == POLECAT_KEYS
            cited = {item["article_id"] for item in line["cite_info"]}
            assert {item["article_id"] for item in line["text_info"]} <= cited

    def test_cameo_starts_with_the_icews_columns(self, parsed_chronicle: Chronicle) -> None:
        """The header begins with ICEWS's twenty columns, and every row has every column."""
        rows = list(csv.reader(io.StringIO(export(parsed_chronicle, "cameo")), delimiter="\t"))
        assert tuple(rows[0][: len(ICEWS_COLUMNS)]) == ICEWS_COLUMNS
        assert all(len(row) == len(CAMEO_COLUMNS) for row in rows)


class TestRoundTrip:
    def test_polecat_export_reads_back_as_the_chronicle(self, parsed_chronicle: Chronicle) -> None:
        """Dates, actors and places read from the POLECAT lines are those of the chronicle's entries."""
        by_id = {entry.id: entry for entry in parsed_chronicle}
        lines = [json.loads(line) for line in export(parsed_chronicle, "polecat").splitlines()]
        coded = {entry.kind for entry in parsed_chronicle} - {"trade_flow"}
        assert {line["turkru"]["kind"] for line in lines} == coded
        for line in lines:
            entry_id = line["id"].rsplit("-", 1)[0] if line["turkru"]["kind"] == "agreement" else line["id"]
            record = by_id[entry_id].record
            if isinstance(record, Agreement):
                step = next(step for step in record.lifecycle if line["id"].endswith(f"-{step.stage.value}"))
                date = step.date
            else:
                date = record.date
            assert line["date"] == (date.isoformat() if date else None)
            assert line["enddate"] == (record.end_date.isoformat() if record.end_date else None)
            place = record.place
            location = line["event_loc"]
            if place is None:
                assert location is None
            else:
                assert (location["placename"], location["country_iso2"]) == (place.name, place.country)
                if place.geonames_id is not None:
                    coded_place = (location["geonames_id"], location["lat"], location["lon"])
                    assert coded_place == (place.geonames_id, place.latitude, place.longitude)
            named = {person.full_name for person in _people(record)} | {"Turkmenistan", "Russia"}
            named |= {party.name for party in getattr(record, "parties", ())}
            for side in ("actor", "recipient"):
                assert line[side]["name"] in named
            assert line["actor"]["country_iso2"] != line["recipient"]["country_iso2"]


def _people(record: object) -> tuple[Person, ...]:
    found: list[Person] = []
    for name in ("participants", "co_chairs", "signatories"):
        found.extend(getattr(record, name, ()))
    head = getattr(record, "head", None)
    return (*found, head) if head is not None else tuple(found)


class TestComtrade:
    def _entries(self, *flows: TradeFlow) -> Chronicle:
        evidence = (Evidence(source=Source(article_id="a", url="https://example.invalid/a"), start=0, end=0),)
        return Chronicle.from_records(attrs.evolve(flow, evidence=evidence) for flow in flows)

    def test_other_sides_exports_are_derived_from_the_turnover(self) -> None:
        """Turnover 1.5bn and Russia's exports 1.2bn in 2023 give Turkmenistan's exports 0.3bn, not reported."""
        year = PartialDate.parse("2023")
        total = (Quantity(amount="1500000000", unit="USD"),)
        turnover = TradeFlow(direction=Direction.TURNOVER, date=year, amounts=total)
        exports = TradeFlow(
            direction=Direction.EXPORT, exporter="RU", importer="TM", date=year,
            amounts=(Quantity(amount="1200000000", unit="USD"), Quantity(amount="5000", unit="t")),
        )  # fmt: skip
        rows = list(csv.DictReader(io.StringIO(to_comtrade(self._entries(turnover, exports)))))
        assert tuple(rows[0]) == COMTRADE_COLUMNS
        flows = {(row["reporterISO"], row["flowCode"], row["partnerISO"]): row for row in rows}
        assert set(flows) == {("TKM", "X+M", "RUS"), ("RUS", "X", "TKM"), ("TKM", "X", "RUS")}
        reported = flows[("RUS", "X", "TKM")]
        assert (reported["qty"], reported["qtyUnitAbbr"], reported["isReported"]) == ("5000", "t", "true")
        derived = flows[("TKM", "X", "RUS")]
        assert Decimal(derived["primaryValue"]) == Decimal("300000000")
        assert (derived["isReported"], derived["period"], derived["freqCode"]) == ("false", "2023", "A")
        assert derived["sourceUrl"] == "https://example.invalid/a"

    def test_no_derivation_across_periods_goods_or_currencies(self) -> None:
        """A turnover of another year, exports of named goods, or another currency derive nothing."""
        total = (Quantity(amount="10", unit="USD"),)
        turnover = TradeFlow(direction=Direction.TURNOVER, date=PartialDate.parse("2023-05"), amounts=total)
        others = (
            TradeFlow(direction=Direction.EXPORT, exporter="RU", importer="TM", date=PartialDate.parse("2022"),
                      amounts=(Quantity(amount="1", unit="USD"),)),
            TradeFlow(direction=Direction.EXPORT, exporter="TM", importer="RU", date=PartialDate.parse("2023-05"),
                      commodities=("gas",), amounts=(Quantity(amount="1", unit="USD"),)),
            TradeFlow(direction=Direction.EXPORT, exporter="RU", importer="TM", date=PartialDate.parse("2023-05"),
                      amounts=(Quantity(amount="1", unit="RUB"),)),
            TradeFlow(direction=Direction.EXPORT, exporter="RU", importer="TM", commodities=("grain",)),
        )  # fmt: skip
        rows = list(csv.DictReader(io.StringIO(to_comtrade(self._entries(turnover, *others)))))
        assert [row["isReported"] for row in rows] == ["true"] * 4
        assert {row["period"] for row in rows} == {"2022", "202305"}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_lists())
def test_every_export_takes_any_chronicle(reports: list[AnyRecord]) -> None:
    """Whatever the records, each export writes a header or nothing plus one well-formed row per event."""
    chronicle = Chronicle.from_records(reports)
    events = list(EventCoder().code_entries(chronicle))
    lines = [json.loads(line) for line in export(chronicle, "polecat").splitlines()]
    assert [line["id"] for line in lines] == [event.id for event in events]
    rows = list(csv.reader(io.StringIO(export(chronicle, "cameo")), delimiter="\t"))
    assert len(rows) == len(events) + 1 and all(len(row) == len(CAMEO_COLUMNS) for row in rows)
    trade = list(csv.reader(io.StringIO(export(chronicle, "comtrade"))))
    assert all(len(row) == len(COMTRADE_COLUMNS) for row in trade)
