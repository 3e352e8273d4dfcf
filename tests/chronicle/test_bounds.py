"""The reported-by bound: the publication day of the earliest report, kept apart from the event date."""

from __future__ import annotations

from pathlib import Path

import pytest

from turkru import PartialDate, QueryError
from turkru.chronicle import Chronicle
from turkru.cli import main
from turkru.extract.pipeline import parse_article
from turkru.serialize import dumps_jsonl

from .reports import meeting, source, visit

DATED = "MOSCOW, March 2, 2022. Russian Foreign Minister Sergey Lavrov held talks with Rashid Meredov.\n"
UNDATED = "Russian Foreign Minister Sergey Lavrov held talks with Rashid Meredov.\n"

A, B, C, D = source("a", "2022-03-02"), source("b", "2022-02-20"), source("c", "2021-12-30"), source("d")

CHRONICLE = Chronicle.from_records(
    [
        meeting(A, date=None, people=("Lavrov", "Meredov"), place="Ashgabat"),
        meeting(B, date=None, people=("Lavrov", "Meredov"), place="Ashgabat"),
        meeting(C, date="2021-12-29", people=("Putin", "Berdimuhamedov"), place=None),
        visit(C, date=None, head="Meredov"),
        visit(D, date=None, head="Meredov", place="Sochi"),
        meeting(A, date="2022-03-01", people=("Overchuk", "Meredov"), place=None),
    ]
)


def _what(entries: object) -> list[tuple[str, str]]:
    return [
        (str(entry.date) if entry.date else "undated", str(entry.record.reported_by))  # type: ignore[attr-defined]
        for entry in entries  # type: ignore[attr-defined]
    ]


class TestPipeline:
    """parse_article bounds every record by the article's publication date, or not at all."""

    def test_dated_article(self) -> None:
        """Each record of a dated article is reported by its publication day; its date stays its own."""
        article = parse_article(DATED, article_id="x")
        assert article.records
        assert {record.reported_by for record in article.records} == {PartialDate(2022, 3, 2)}

    def test_given_date_wins(self) -> None:
        """A publication date given by the caller is the bound."""
        article = parse_article(UNDATED, article_id="x", published="2020-07-01")
        assert {record.reported_by for record in article.records} == {PartialDate(2020, 7, 1)}

    def test_undated_article(self) -> None:
        """An article that shows no publication date gives no bound, never a guess."""
        article = parse_article(UNDATED, article_id="x")
        assert article.records
        assert {record.reported_by for record in article.records} == {None}


class TestMerge:
    """An entry is bounded by its earliest report."""

    def test_earliest(self) -> None:
        """The two undated reports of one meeting: bounded by the earlier publication."""
        undated = [entry for entry in CHRONICLE if entry.date is None and entry.kind == "meeting"]
        assert [(len(entry.sources), entry.record.reported_by) for entry in undated] == [
            (2, PartialDate(2022, 2, 20))
        ]

    def test_json_lines(self) -> None:
        """The bound survives JSON Lines, on the merged record and on every variant."""
        again = Chronicle.from_jsonl(CHRONICLE.to_jsonl())
        assert _what(again) == _what(CHRONICLE)
        assert [v.record.reported_by for e in again for v in e.variants] == [
            v.record.reported_by for e in CHRONICLE for v in e.variants
        ]


class TestQueries:
    """since/until bound event dates; include_undated adds undated entries by their bound."""

    def test_event_dates_only(self) -> None:
        """Without the flag undated entries drop out once a date bound is given."""
        assert _what(CHRONICLE.timeline(since=2022, until=2022)) == [("2022-03-01", "2022-03-02")]

    def test_include_undated(self) -> None:
        """With it, undated entries first reported within the range come after the dated ones."""
        assert _what(CHRONICLE.timeline(since=2022, until=2022, include_undated=True)) == [
            ("2022-03-01", "2022-03-02"),
            ("undated", "2022-02-20"),
        ]
        assert _what(CHRONICLE.visits(until="2021-12", include_undated=True)) == [("undated", "2021-12-30")]
        assert _what(CHRONICLE.person("Meredov", since="2022-02", include_undated=True)) == [
            ("2022-03-01", "2022-03-02"),
            ("undated", "2022-02-20"),
        ]

    def test_no_bound_never_in_range(self) -> None:
        """An undated entry with no bound is found only without date bounds."""
        assert ("undated", "None") in _what(CHRONICLE.visits())
        assert ("undated", "None") not in _what(CHRONICLE.visits(since=1900, include_undated=True))

    def test_flag_is_checked(self) -> None:
        """include_undated takes True or False only."""
        with pytest.raises(QueryError) as caught:
            CHRONICLE.timeline(include_undated="yes")  # type: ignore[arg-type]
        assert str(caught.value) == "include_undated: 'yes' is not True or False"


class TestCommandLine:
    """`--include-undated`, and the bound in its own column, never in the date column."""

    def test_timeline(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The exact table of `turkru timeline --since 2022 --include-undated`."""
        path = tmp_path / "chronicle.jsonl"
        path.write_text(dumps_jsonl(list(CHRONICLE.reports())), encoding="utf-8")
        assert main(["timeline", str(path), "--since", "2022", "--include-undated"]) == 0
        assert capsys.readouterr().out == (
            "date        kind     status  what               place     reported    sources  conflicts  id\n"
            "2022-03-01  meeting  held    Overchuk, Meredov            2022-03-02  1                   "
            "meeting-2022-03-01-2dd8cea3091e\n"
            "undated     meeting  held    Lavrov, Meredov    Ashgabat  2022-02-20  2                   "
            "meeting-undated-0a4d741ca3de\n"
            "2 entries\n"
        )


class TestCorpus:
    """On the development corpus every record of a dated article is bounded."""

    def test_bounds(self, corpus: Path) -> None:
        """An entry's bound is its sources' earliest publication; undated ones in 2022 are found."""
        articles = [
            parse_article(path.read_text(encoding="utf-8"), article_id=path.stem)
            for path in sorted((corpus / "articles").glob("*.txt"))
        ]
        chronicle = Chronicle.from_articles(articles)
        for entry in chronicle:
            published = [s.published for s in entry.sources if s.published is not None]
            expected = min(published, key=lambda day: (day.latest, -day.precision.rank)) if published else None
            assert entry.record.reported_by == expected, entry.id
        dated = list(chronicle.timeline(since=2022, until=2022))
        bounded = list(chronicle.timeline(since=2022, until=2022, include_undated=True))
        assert bounded[: len(dated)] == dated
        extra = bounded[len(dated) :]
        assert extra and all(entry.date is None and entry.record.reported_by.year == 2022 for entry in extra)  # type: ignore[union-attr]


class TestStore:
    """A SQLite store answers include_undated as the chronicle in memory does."""

    def test_same_answers(self, tmp_path: Path) -> None:
        """Saved and reopened: the same entries, undated ones by their bound."""
        path = tmp_path / "chronicle.sqlite"
        CHRONICLE.save(path)
        stored = Chronicle.open(path)
        for query in (
            lambda c: c.timeline(since=2022, until=2022, include_undated=True),
            lambda c: c.visits(until="2021-12", include_undated=True),
            lambda c: c.person("Meredov", since="2022-02", include_undated=True),
        ):
            assert [entry.id for entry in query(stored)] == [entry.id for entry in query(CHRONICLE)]
