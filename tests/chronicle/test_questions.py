"""The analyst's ten questions, asked of the development corpus (issue 11, "Done when").

The chronicle is merged from the development articles (those not set aside in
benchmarks/holdout.txt, which are never read here). What each answer must contain is worked
out from the gold annotations of the same articles at test time: the articles that report an
event of the kind asked for must be among the answer's sources (a share of them, where the
extraction is known to miss a few), and every entry answered must be of the kind, side, mode
and dates asked for. Nothing here is a stored snapshot of the output.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

from turkru import Article, parse_article
from turkru.chronicle import Chronicle
from turkru.chronicle.entry import ChronicleEntry
from turkru.cli import main
from turkru.model.dates import PartialDate
from turkru.model.provenance import Evidence, Source
from turkru.model.records import AnyRecord, Direction, Meeting, MeetingMode, Stage, TradeFlow, Visit

HOLDOUT = Path(__file__).resolve().parents[2] / "benchmarks" / "holdout.txt"
SIGNED = ("signed", "ratified", "in_force")

Fact = dict[str, Any]


def _holdout() -> set[str]:
    lines = HOLDOUT.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def _development(corpus: Path) -> list[Path]:
    """The development articles: every corpus article but the set-aside ones (never opened)."""
    held_out = _holdout()
    return [path for path in sorted((corpus / "articles").glob("*.txt")) if path.stem not in held_out]


def _outlets(corpus: Path) -> dict[str, str]:
    """The outlet of each article, from the corpus's SOURCES.tsv."""
    with (corpus / "SOURCES.tsv").open(encoding="utf-8", newline="") as handle:
        return {row["article"]: row["outlet"] for row in csv.DictReader(handle, delimiter="\t") if row["outlet"]}


@pytest.fixture(scope="module")
def articles(corpus: Path) -> list[Article]:
    """The development articles parsed, each with its outlet."""
    outlets = _outlets(corpus)
    return [
        parse_article(path.read_text(encoding="utf-8"), article_id=path.stem, outlet=outlets.get(path.stem))
        for path in _development(corpus)
    ]


@pytest.fixture(scope="module")
def chronicle(articles: list[Article]) -> Chronicle:
    """The development articles merged."""
    return Chronicle.from_articles(articles)


@pytest.fixture(scope="module")
def gold(corpus: Path) -> dict[str, list[Fact]]:
    """The gold facts of each development article, the optional ones left out."""
    found = {}
    for path in _development(corpus):
        data = json.loads((corpus / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        found[path.stem] = [fact for fact in data["facts"] if not fact.get("optional")]
    return found


def _reporting(gold: dict[str, list[Fact]], wanted: Callable[[Fact], bool]) -> set[str]:
    """The articles with a gold fact *wanted* picks."""
    return {article for article, facts in gold.items() if any(wanted(fact) for fact in facts)}


def _sources(entries: Iterable[ChronicleEntry]) -> set[str]:
    return {source.article_id for entry in entries for source in entry.sources}


def _dates(value: Any) -> list[str]:
    """A gold date's ISO alternatives (a list where annotators accept several; null left out)."""
    values = value if isinstance(value, list) else [value]
    return [item for item in values if item]


def _all_within(value: Any, first: int, last: int) -> bool:
    """Whether a gold date is dated and every alternative falls within the years."""
    dates = _dates(value)
    return bool(dates) and all(first <= int(date[:4]) <= last for date in dates)


def _overlaps(date: PartialDate | None, end: PartialDate | None, first: int, last: int) -> bool:
    return date is not None and date.earliest.year <= last and (end or date).latest.year >= first


def _found(expected: set[str], answered: set[str], share: float) -> None:
    """At least *share* of the *expected* articles are sources of the answer."""
    assert expected, "the gold names no article for this question"
    missed = sorted(expected - answered)
    assert len(expected & answered) >= share * len(expected), f"missed {missed}"


class TestAgreementsSigned:
    """1. Agreements signed between Turkmenistan and Russia, 2017 to 2023."""

    def test_answer(self, chronicle: Chronicle, gold: dict[str, list[Fact]]) -> None:
        """Every document of the answer was signed within the years by both sides; the articles
        reporting such documents are its sources."""
        answer = list(chronicle.agreements_between("TM", "RU", status="signed", since=2017, until=2023))
        assert answer
        for entry in answer:
            assert entry.kind == "agreement" and entry.record.status is Stage.SIGNED
            assert _overlaps(entry.date, entry.end_date, 2017, 2023), entry.id
        expected = _reporting(
            gold, lambda f: f["kind"] == "agreement" and f["status"] in SIGNED and _all_within(f["date"], 2017, 2023)
        )
        _found(expected, _sources(answer), 0.9)

    def test_the_command_line_agrees(self, chronicle: Chronicle, tmp_path: Path, capsys: Any) -> None:
        """`turkru query agreements --between TM RU --status signed --since 2017 --until 2023` gives
        the same entries."""
        path = tmp_path / "chronicle.jsonl"
        chronicle.save(path)
        argv = ["query", "agreements", str(path), "--between", "TM", "RU", "--status", "signed"]
        assert main([*argv, "--since", "2017", "--until", "2023", "--format", "jsonl"]) == 0
        ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
        library = chronicle.agreements_between("TM", "RU", status="signed", since=2017, until=2023)
        assert ids == [entry.id for entry in library]


class TestLavrov:
    """2. Every meeting with Lavrov, under any spelling."""

    def test_any_spelling(self, chronicle: Chronicle, gold: dict[str, list[Fact]]) -> None:
        """'Lavrov', 'Sergei Lavrov' and 'Sergey Lavrov' give one answer: meetings Lavrov took part
        in, reported by the articles whose gold has them."""
        answers = [list(chronicle.meetings(with_=name)) for name in ("Lavrov", "Sergei Lavrov", "Sergey Lavrov")]
        assert answers[0] and answers[1] == answers[0] and answers[2] == answers[0]
        for entry in answers[0]:
            assert isinstance(entry.record, Meeting)
            assert "Lavrov" in {person.surname for person in entry.record.participants}
        expected = _reporting(gold, lambda f: f["kind"] == "meeting" and "Lavrov" in f["participants"])
        _found(expected, _sources(answers[0]), 0.8)

    def test_person_includes_the_meetings(self, chronicle: Chronicle) -> None:
        """`person("Sergei Lavrov")` holds each of his meetings, and his visits too."""
        everything = list(chronicle.person("Sergei Lavrov"))
        meetings = list(chronicle.meetings(with_="Lavrov"))
        assert all(entry in everything for entry in meetings)
        assert {"meeting", "visit"} <= {entry.kind for entry in everything}


def _turnovers(gold: dict[str, list[Fact]]) -> list[tuple[str, int, float, str | None]]:
    """The gold's held turnover figures in dollars with one year: article, year, amount, region."""
    return [
        (article, int(fact["date"][:4]), fact["value"]["amount"], fact.get("region"))
        for article, facts in gold.items()
        for fact in facts
        if fact["kind"] == "trade_flow"
        and fact["direction"] == "turnover"
        and fact["status"] == "held"
        and isinstance(fact["date"], str)
        and fact.get("value", {}).get("unit") == "USD"
    ]


def _amounts(entry: ChronicleEntry) -> list[Decimal]:
    """Every amount any report of the entry gives."""
    return [quantity.amount for value, _sources in entry.values("amounts") for quantity in value]


class TestTradeByYear:
    """3. Trade by year, with regions."""

    def test_figures_by_year(self, chronicle: Chronicle, gold: dict[str, list[Fact]]) -> None:
        """Each year's turnover figure of the gold is in the chronicle's trade of that year, with its
        region (a regional figure is not the nation's, nor the other way round)."""
        figures = _turnovers(gold)
        assert len(figures) >= 6
        assert {region for *_rest, region in figures} >= {None, "Tatarstan"}
        for article, year, amount, region in figures:
            matching = [
                entry
                for entry in chronicle.trade(period=year)
                if isinstance(entry.record, TradeFlow)
                and entry.record.direction is Direction.TURNOVER
                and (entry.record.region.name if entry.record.region else None) == region
                and any(abs(float(value) - amount) <= 0.02 * amount for value in _amounts(entry))
            ]
            assert matching, (article, year, amount, region)
            assert all(article in _sources([entry]) for entry in matching)

    def test_regional_turnover_without_a_figure(self, chronicle: Chronicle, gold: dict[str, list[Fact]]) -> None:
        """A region's turnover that the gold gives only as growth is that region's entry, of its year."""
        regional = [
            (article, int(fact["date"][:4]), fact["region"])
            for article, facts in gold.items()
            for fact in facts
            if fact["kind"] == "trade_flow" and fact["direction"] == "turnover" and fact.get("region")
            and isinstance(fact["date"], str)
        ]
        assert len(regional) >= 3
        for article, year, region in regional:
            names = {
                entry.record.region.name
                for entry in chronicle.trade(period=year)
                if isinstance(entry.record, TradeFlow) and entry.record.region and article in _sources([entry])
            }
            assert region in names, (article, year, region)


class TestRegionalVisits:
    """4. Visits by Tatarstan and by St Petersburg."""

    @pytest.mark.parametrize(("asked", "region"), [("Tatarstan", "Tatarstan"), ("St Petersburg", "Saint Petersburg")])
    def test_visits_by(self, asked: str, region: str, chronicle: Chronicle, gold: dict[str, list[Fact]]) -> None:
        """Every visit of the answer is the region's delegation to Turkmenistan; the articles whose
        gold has such a visit are among its sources."""
        answer = list(chronicle.visits(by=asked))
        assert answer
        for entry in answer:
            assert isinstance(entry.record, Visit)
            assert entry.record.region is not None and entry.record.region.name == region
            assert (entry.record.delegation_of, entry.record.host) == ("RU", "TM")
        expected = _reporting(
            gold, lambda f: f["kind"] == "visit" and f.get("region") == region and f["delegation_of"] == "RU"
        )
        _found(expected, _sources(answer), 1.0)


class TestTheYear2022:
    """5. What happened in 2022: dated entries, then the undated ones bounded within the year."""

    def test_dated(self, chronicle: Chronicle, gold: dict[str, list[Fact]]) -> None:
        """Every entry is dated in 2022; the articles whose gold dates an event in 2022 are sources."""
        answer = list(chronicle.timeline(since=2022, until=2022))
        assert answer
        assert all(_overlaps(entry.date, entry.end_date, 2022, 2022) for entry in answer)
        expected = _reporting(gold, lambda f: _all_within(f["date"], 2022, 2022))
        _found(expected, _sources(answer), 0.9)

    def test_bounded(self, chronicle: Chronicle, corpus: Path, gold: dict[str, list[Fact]]) -> None:
        """With include_undated the dated answer comes first, then undated entries first reported in
        2022, among them those of the 2022 articles whose gold has an undated event."""
        dated = list(chronicle.timeline(since=2022, until=2022))
        answer = list(chronicle.timeline(since=2022, until=2022, include_undated=True))
        assert answer[: len(dated)] == dated
        bounded = answer[len(dated) :]
        assert bounded
        for entry in bounded:
            bound = entry.record.reported_by
            assert entry.date is None and bound is not None and bound.earliest.year == 2022, entry.id
        published = {
            path.stem: json.loads((corpus / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))["published"]
            for path in _development(corpus)
        }
        expected = {
            article
            for article in _reporting(gold, lambda f: not _dates(f["date"]))
            if _all_within(published[article], 2022, 2022)
        }
        _found(expected, _sources(bounded), 1.0)


class TestCalls:
    """6. Phone and video calls."""

    @pytest.mark.parametrize(("mode", "share"), [(MeetingMode.PHONE, 0.8), (MeetingMode.VIDEO, 1.0)])
    def test_mode(self, mode: MeetingMode, share: float, chronicle: Chronicle, gold: dict[str, list[Fact]]) -> None:
        """Every meeting of the answer was held in that mode; the gold's calls are among its sources."""
        answer = list(chronicle.meetings(mode=mode.value))
        assert answer
        assert all(isinstance(entry.record, Meeting) and entry.record.mode is mode for entry in answer)
        expected = _reporting(gold, lambda f: f["kind"] == "meeting" and f["mode"] == mode.value)
        _found(expected, _sources(answer), share)


def _one_event_keys(fact: Fact) -> tuple[Any, ...] | None:
    """What tells one reported meeting or visit from another in the gold, for a fact dated to the day."""
    date = fact["date"]
    if not isinstance(date, str) or len(date) != 10:
        return None
    if fact["kind"] == "meeting":
        return ("meeting", fact["status"], date, fact["mode"], frozenset(p.lower() for p in fact["participants"]))
    if fact["kind"] == "visit":
        return ("visit", fact["status"], date, fact["delegation_of"], fact["host"], (fact["head"] or "").lower())
    return None


class TestTwoOutlets:
    """7. Entries reported by two outlets."""

    def test_one_entry_for_one_event(self, chronicle: Chronicle, gold: dict[str, list[Fact]]) -> None:
        """Where the gold of two articles has the same meeting or visit on the same day, the chronicle
        has one entry of that kind with both articles as sources, and evidence from each."""
        reported: dict[tuple[Any, ...], set[str]] = {}
        for article, facts in gold.items():
            for fact in facts:
                key = _one_event_keys(fact)
                if key is not None:
                    reported.setdefault(key, set()).add(article)
        shared = {key: found for key, found in reported.items() if len(found) >= 2}
        assert len(shared) >= 3
        for key, found in shared.items():
            entries = [e for e in chronicle if e.kind == key[0] and found <= _sources([e])]
            assert len(entries) == 1, (key, found)
            spans = {item.source.article_id for item in entries[0].evidence if item.end > item.start}
            assert found <= spans

    def test_by_outlet(self, chronicle: Chronicle) -> None:
        """Some entries have sources of two outlets, each source's outlet the one its article gives."""
        several = [entry for entry in chronicle if len({source.outlet for source in entry.sources}) >= 2]
        assert len(several) >= 5
        assert {"meeting", "visit", "agreement"} <= {entry.kind for entry in several}


def _copy(record: AnyRecord, number: int) -> AnyRecord:
    """*record* as reported by copy *number* of its article: the same text, another article id."""

    def moved(item: Evidence) -> Evidence:
        source = attrs.evolve(item.source, article_id=f"{item.source.article_id}~{number:03d}")
        return attrs.evolve(item, source=source)

    return attrs.evolve(record, evidence=tuple(moved(item) for item in record.evidence))


def _without_reprints(chronicle: Chronicle) -> list[tuple[str, AnyRecord]]:
    """Each entry's id and merged record, its sources without their lists of reprints."""

    def plain(source: Source) -> Source:
        return attrs.evolve(source, reprints=())

    return [
        (
            entry.id,
            attrs.evolve(
                entry.record,
                evidence=tuple(attrs.evolve(item, source=plain(item.source)) for item in entry.record.evidence),
            ),
        )
        for entry in chronicle
    ]


class TestRepeatedInput:
    """8-10. The corpus merged twice, or in a hundred copies, is the chronicle of it once."""

    def test_twice(self, articles: list[Article], chronicle: Chronicle) -> None:
        """The same articles given twice: the very same chronicle."""
        assert Chronicle.from_articles([*articles, *articles]) == chronicle

    def test_a_hundred_copies(self, articles: list[Article], chronicle: Chronicle) -> None:
        """Each article in a hundred copies (the same text under 100 article ids): the entries, ids
        and merged records of one copy, each source listing its 99 reprints."""
        reports = [record for article in articles for record in article.records]
        copies = [_copy(record, number) for number in range(1, 100) for record in reports]
        merged = Chronicle.from_records([*reports, *copies])
        assert _without_reprints(merged) == _without_reprints(chronicle)
        assert all(len(source.reprints) == 99 for entry in merged for source in entry.sources)

    def test_the_folder_twice_on_the_command_line(self, corpus: Path, tmp_path: Path, capsys: Any) -> None:
        """`turkru merge DIR DIR` and `turkru merge DIR COPY` (the files again under another folder)
        write what `turkru merge DIR` writes, but for the copies listed as reprints."""
        folder, copy = tmp_path / "articles", tmp_path / "copy"
        folder.mkdir()
        for path in _development(corpus):
            shutil.copy(path, folder / path.name)
        shutil.copytree(folder, copy)
        assert main(["merge", str(folder)]) == 0
        once = capsys.readouterr().out
        assert main(["merge", str(folder), str(folder)]) == 0
        assert capsys.readouterr().out == once
        assert main(["merge", str(folder), str(copy)]) == 0
        with_copies = Chronicle.from_jsonl(capsys.readouterr().out)
        assert _without_reprints(with_copies) == _without_reprints(Chronicle.from_jsonl(once))
