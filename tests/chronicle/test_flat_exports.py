"""Complete flat exports: every field per row, numeric amounts, day columns, TSV and a byte-order mark."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

from turkru import PartialDate, Party, PartyKind, Quantity, Source
from turkru.chronicle import Chronicle
from turkru.cli import main
from turkru.serialize import dumps_jsonl
from turkru.serialize.csv import BOM, COLUMNS, to_csv

from .reports import TATARSTAN, agreement, meeting, session, source, trade, visit

A = source("a", "2021-05-08", "Trend")
B = source("b", "2021-05-09", "TASS")

CHRONICLE = Chronicle.from_records(
    [
        meeting((A, B), date="2021-05-07", people=("Sergey Lavrov", "Rashid Meredov"), region=TATARSTAN),
        visit(A, date="2021-05", by="RU", to="TM", head="Rustam Minnikhanov", region=TATARSTAN),
        session(B, date="2021-05-07", number=11, chairs=("Alexei Overchuk", "Meredov")),
        agreement(A, date="2021-05-07", signatories=("Lavrov", "Meredov"),
                  parties=(TATARSTAN, Party(name="Turkmenistan", kind=PartyKind.COUNTRY, country="TM"))),
        trade(B, date="2020", region=TATARSTAN, amount="1.5", unit="USD"),
    ]
)


def _rows(text: str, delimiter: str = ",") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def _by_kind(text: str, delimiter: str = ",") -> dict[str, dict[str, str]]:
    return {row["kind"]: row for row in _rows(text, delimiter)}


class TestColumns:
    """Every field an analyst needs, in its own column."""

    def test_every_field(self) -> None:
        """Region, session format, co-chairs, signatories, period, given names, sources' outlets."""
        rows = _by_kind(to_csv(CHRONICLE))
        assert rows["meeting"]["participants"] == "Sergey Lavrov; Rashid Meredov"
        assert rows["meeting"]["region"] == "Republic of Tatarstan"
        assert (rows["meeting"]["outlets"], rows["meeting"]["published"]) == ("Trend; TASS", "2021-05-08; 2021-05-09")
        assert rows["visit"]["head"] == "Rustam Minnikhanov"
        assert (rows["commission_session"]["session_format"], rows["commission_session"]["co_chairs"]) == (
            "session",
            "Alexei Overchuk; Meredov",
        )
        assert rows["agreement"]["signatories"] == "Lavrov; Meredov"
        assert rows["trade_flow"]["region"] == "Republic of Tatarstan"
        assert rows["meeting"]["evidence"] == "span"

    def test_days_and_bound(self) -> None:
        """A month's first and last day; the reported-by day beside, never in, the date."""
        row = _by_kind(to_csv(CHRONICLE))["visit"]
        assert (row["date"], row["date_start"], row["date_end"], row["reported_by"]) == (
            "2021-05",
            "2021-05-01",
            "2021-05-31",
            "2021-05-08",
        )

    def test_amounts(self) -> None:
        """The first figure in amount and unit, the others in more_amounts; change percent."""
        record = trade(A, date="2021")
        record = type(record)(
            direction=record.direction,
            date=record.date,
            amounts=(Quantity(amount=Decimal("5"), unit="bcm"), Quantity(amount=Decimal("2"), unit="USD")),
            change_percent=Decimal("12.5"),
            evidence=record.evidence,
        )
        row = _rows(to_csv([record]))[0]
        assert (row["amount"], row["unit"], row["more_amounts"], row["change_percent"]) == ("5", "bcm", "2 USD", "12.5")

    def test_header(self) -> None:
        """The header is COLUMNS, and every row has each of them."""
        text = to_csv(CHRONICLE)
        assert text.splitlines()[0] == ",".join(COLUMNS)
        assert all(list(row) == list(COLUMNS) for row in _rows(text))


class TestFormats:
    """TSV and the byte-order mark."""

    def test_tsv(self) -> None:
        """Tab-separated, the same cells."""
        assert _rows(to_csv(CHRONICLE, delimiter="\t"), "\t") == _rows(to_csv(CHRONICLE))

    def test_bom(self) -> None:
        """bom=True puts U+FEFF first and nothing else changes."""
        assert to_csv(CHRONICLE, bom=True) == BOM + to_csv(CHRONICLE)

    def test_cli(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`--format tsv` and `--bom` on the chronicle commands."""
        path = tmp_path / "chronicle.jsonl"
        path.write_text(dumps_jsonl(list(CHRONICLE.reports())), encoding="utf-8")
        assert main(["timeline", str(path), "--format", "tsv"]) == 0
        assert capsys.readouterr().out == to_csv(CHRONICLE, delimiter="\t")
        assert main(["query", "meetings", str(path), "--format", "csv", "--bom"]) == 0
        assert capsys.readouterr().out == BOM + to_csv(list(CHRONICLE.meetings()))


class TestDataFrame:
    """to_dataframe: the same columns, typed."""

    def test_types(self) -> None:
        """Amounts are numbers, days are datetimes, counts nullable integers."""
        pandas = pytest.importorskip("pandas")
        frame = CHRONICLE.to_dataframe()
        assert list(frame.columns) == [*COLUMNS, "year"]
        trade_row = frame[frame["kind"] == "trade_flow"].iloc[0]
        assert trade_row["amount"] == 1.5
        assert str(frame["amount"].dtype) == "float64"
        assert frame["date_start"].dtype.kind == "M"
        assert frame.loc[frame["kind"] == "visit", "date_end"].iloc[0] == pandas.Timestamp("2021-05-31")
        assert str(frame["session_number"].dtype) == "Int64"


def _copy(article: str, outlet: str | None, url: str | None, published: str = "2022-06-01") -> Source:
    """One appearance of a text whose content hash is shared by every copy."""
    return Source(
        article_id=article, outlet=outlet, url=url, published=PartialDate.parse(published), content_hash="same-text"
    )


class TestReprints:
    """Where else a source's text appeared: counted and listed per row."""

    def test_copies_of_one_text(self) -> None:
        """Three appearances of one press release: one source, two reprints with their outlets and urls."""
        copies = [
            _copy("mfa-release", "MFA", "https://mfa.example/1"),
            _copy("agency-repost", "Agency", "https://agency.example/r"),
            _copy("blog-copy", None, None, "2022-06-03"),
        ]
        chronicle = Chronicle.from_records([visit(copy, date="2022-05-30") for copy in copies])
        row = _rows(to_csv(chronicle))[0]
        assert (row["source_count"], row["sources"]) == ("1", "agency-repost")
        assert row["reprint_count"] == "2"
        assert row["reprints"] == "mfa-release; blog-copy"
        assert row["reprint_outlets"] == "MFA; "
        assert row["reprint_urls"] == "https://mfa.example/1; "

    def test_no_copies(self) -> None:
        """A source printed once: a zero count and blank lists."""
        row = _by_kind(to_csv(CHRONICLE))["visit"]
        assert (row["reprint_count"], row["reprints"], row["reprint_outlets"], row["reprint_urls"]) == ("0", "", "", "")

    def test_dataframe(self) -> None:
        """reprint_count is a nullable integer column of the DataFrame."""
        pytest.importorskip("pandas")
        copies = [_copy("first", "A", None), _copy("second", "B", None)]
        frame = Chronicle.from_records([meeting(copy, date="2022-05-30") for copy in copies]).to_dataframe()
        assert str(frame["reprint_count"].dtype) == "Int64"
        assert frame["reprint_count"].tolist() == [1]
        assert frame["reprint_outlets"].tolist() == ["B"]
