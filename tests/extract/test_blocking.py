"""Blocking in in-article folding: the same result as comparing every pair, in linear time."""

from __future__ import annotations

import time
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.scripts import load_benchmark

from turkru.extract import consolidate
from turkru.extract.blocking import WINDOW, Block, keys
from turkru.model.actors import Person
from turkru.model.dates import PartialDate
from turkru.model.provenance import Evidence, Source
from turkru.model.records import (
    Agreement,
    AnyRecord,
    BodyKind,
    Commission,
    CommissionSession,
    Direction,
    DocType,
    Event,
    LifecycleStep,
    Meeting,
    MeetingMode,
    Stage,
    Status,
    TradeFlow,
    Visit,
)

made_up_word = load_benchmark("words").made_up_word
"""A distinct made-up title word for each number (the same generator as the benchmark's)."""

SOURCE = Source(article_id="a")
PEOPLE = (
    Person("Meredov", country="TM"),
    Person("Meredov", given_names="Rashid", country="TM"),
    Person("Lavrov", country="RU"),
    Person("Overchuk", country="RU"),
)
DATES = (None, PartialDate(2024, 5, 1), PartialDate(2024, 5, 3), PartialDate(2024, 5))
SIGNED = (LifecycleStep(stage=Stage.SIGNED),)
TITLES = (None, "the", "gas supply", "gas", "energy transit", "supply of gas and oil", "road building plan")


def _reference(records: list[AnyRecord]) -> list[AnyRecord]:
    """Folding by comparing each report with every kept report of its bucket (the rule blocking keeps)."""
    words = consolidate.fold_words()
    kept: list[AnyRecord] = []
    gathered: list[list[Evidence]] = []
    buckets: dict[tuple[object, ...], list[int]] = {}
    for record in records:
        key = (*consolidate._bucket(record), consolidate._background(record, words))
        same = consolidate._SAME[type(record)]
        for index in buckets.get(key, ()):
            if same(kept[index], record, words):
                kept[index] = consolidate._fold(kept[index], record)
                gathered[index].extend(record.evidence)
                break
        else:
            buckets.setdefault(key, []).append(len(kept))
            kept.append(record)
            gathered.append([])
    return [
        attrs.evolve(r, evidence=consolidate._union(r.evidence, more)) if more else r
        for r, more in zip(kept, gathered, strict=True)
    ]


def _evidence(draw: st.DrawFn) -> tuple[Evidence, ...]:
    start = draw(st.integers(0, 5)) * 10
    return (Evidence(source=SOURCE, start=start, end=start + 5, text="x" * 5),)


@st.composite
def _record(draw: st.DrawFn) -> AnyRecord:
    """A report from small pools of people, dates and titles, so that many reports are the same."""
    kind = draw(st.sampled_from(("meeting", "visit", "session", "agreement", "event", "trade")))
    date = draw(st.sampled_from(DATES))
    status = draw(st.sampled_from((Status.HELD, Status.PLANNED)))
    evidence = _evidence(draw)
    people = tuple(draw(st.lists(st.sampled_from(PEOPLE), max_size=3, unique=True)))
    if kind == "meeting":
        occasion = draw(st.sampled_from((None, None, "consultations")))
        return Meeting(
            status=status, date=date, mode=MeetingMode.IN_PERSON, participants=people, occasion=occasion,
            evidence=evidence,
        )
    if kind == "visit":
        head = draw(st.sampled_from((None, *PEOPLE)))
        return Visit(status=status, date=date, delegation_of="TM", host="RU", head=head, evidence=evidence)
    if kind == "session":
        return CommissionSession(
            status=status, date=date, commission=Commission(body=BodyKind.INTERGOVERNMENTAL_COMMISSION),
            session_number=draw(st.sampled_from((None, 7, 8))), co_chairs=people[:2], evidence=evidence,
        )
    if kind == "agreement":
        return Agreement(
            doc_type=draw(st.sampled_from((DocType.AGREEMENT, DocType.MEMORANDUM))),
            title=draw(st.sampled_from(TITLES)), count=draw(st.sampled_from((None, 2))),
            lifecycle=(LifecycleStep(stage=draw(st.sampled_from((Stage.SIGNED, Stage.PLANNED))), date=date),),
            evidence=evidence,
        )
    if kind == "event":
        name = draw(st.sampled_from(("Gas Forum", "Turkmen Gas Forum", "Kazan Days", "Oil and Gas Forum")))
        return Event(status=status, date=date, name=name, evidence=evidence)
    goods = tuple(draw(st.lists(st.sampled_from(("gas", "cotton", "wheat")), max_size=2, unique=True)))
    return TradeFlow(status=status, date=date, direction=Direction.TURNOVER, commodities=goods, evidence=evidence)


class TestSameAsEveryPair:
    @settings(max_examples=300)
    @given(st.lists(_record(), max_size=14))
    def test_blocked_folding_equals_all_pairs(self, records: list[AnyRecord]) -> None:
        """Under the window, folding with blocking gives exactly what comparing every pair gives."""
        assert consolidate.fold_duplicates(records) == _reference(records)

    @settings(max_examples=200)
    @given(_record(), _record())
    def test_same_reports_share_a_key(self, first: AnyRecord, second: AnyRecord) -> None:
        """Two reports the sameness test joins share a key, or one of them has none to go by."""
        same = consolidate._SAME[type(first)]
        if type(first) is not type(second) or not same(first, second, consolidate.fold_words()):
            return
        mine, theirs = keys(first), keys(second)
        assert mine is None or theirs is None or mine & theirs


class TestKeys:
    def test_agreements_by_title_word(self) -> None:
        """An agreement's keys are its title's content words; without any, one shared empty key."""
        titled = Agreement(doc_type=DocType.AGREEMENT, title="gas supply", lifecycle=SIGNED)
        assert keys(titled) == frozenset({"gas", "supply"})
        assert keys(Agreement(doc_type=DocType.AGREEMENT, title=None, lifecycle=SIGNED)) == frozenset({""})

    def test_a_meeting_by_person_and_day_a_named_format_by_none(self) -> None:
        """A meeting goes by its people and day; 'consultations' can be the same as any of its kind."""
        meeting = Meeting(status=Status.HELD, date=DATES[1], participants=PEOPLE[2:3])
        assert keys(meeting) == frozenset({("person", PEOPLE[2].key), ("date", DATES[1])})
        assert keys(attrs.evolve(meeting, occasion="consultations")) is None

    def test_a_visit_without_a_head_has_no_key(self) -> None:
        """A visit goes by its head; without one it may be any visit of its direction."""
        assert keys(Visit(status=Status.HELD, delegation_of="TM", host="RU")) is None
        assert keys(Visit(status=Status.HELD, delegation_of="TM", host="RU", head=PEOPLE[2])) == {"lavrov"}


class TestBlock:
    def test_candidates_in_kept_order_and_unkeyed_always(self) -> None:
        """Candidates share a key or have none, in the order they were kept."""
        block = Block()
        block.file(0, frozenset({"gas"}))
        block.file(1, None)
        block.file(2, frozenset({"oil"}))
        block.file(3, frozenset({"gas", "oil"}))
        assert list(block.candidates(frozenset({"gas"}))) == [0, 1, 3]
        assert list(block.candidates(None)) == [0, 1, 2, 3]
        assert list(block.candidates(frozenset({"wheat"}))) == [1]

    def test_a_folded_report_is_found_by_its_new_keys_too(self) -> None:
        """Filing again after a fold adds the keys it gained and keeps the old ones."""
        block = Block()
        block.file(0, frozenset({"gas"}))
        block.file(0, frozenset({"cotton"}))
        assert list(block.candidates(frozenset({"gas"}))) == list(block.candidates(frozenset({"cotton"}))) == [0]
        assert block.everyone == [0]

    def test_worded_blocks_give_only_similar_wordings(self) -> None:
        """Where the keys are title words, a kept report sharing a word but not similar enough is skipped."""
        block = Block(by_words=True)
        block.file(0, frozenset({"gas", "supply"}))
        block.file(1, frozenset({"gas", "transit", "route", "north"}))
        block.file(2, frozenset({"gas"}))
        assert list(block.candidates(frozenset({"gas", "supply"}))) == [0, 2]
        assert list(Block(by_words=False).candidates(frozenset({"gas"}))) == []

    def test_a_common_key_looks_back_one_window(self) -> None:
        """Under a key shared by many kept reports only the latest WINDOW are compared."""
        block = Block()
        for index in range(WINDOW * 3):
            block.file(index, frozenset({"gas"}))
        assert list(block.candidates(frozenset({"gas"}))) == list(range(WINDOW * 2, WINDOW * 3))


def _titled(count: int, title: Any) -> list[AnyRecord]:
    return [
        Agreement(doc_type=DocType.AGREEMENT, title=title(index), lifecycle=SIGNED, evidence=_evidence_at(index))
        for index in range(count)
    ]


def _evidence_at(index: int) -> tuple[Evidence, ...]:
    return (Evidence(source=SOURCE, start=index * 10, end=index * 10 + 5, text="x" * 5),)


class TestLinear:
    def test_distinct_documents_fold_in_linear_time(self) -> None:
        """Four times as many distinct agreements (one title word in common) take about four times as long."""

        def seconds(count: int) -> float:
            records = _titled(count, lambda index: f"{made_up_word(index)} industry")
            started = time.process_time()
            assert len(consolidate.fold_duplicates(records)) == count
            return time.process_time() - started

        small, large = min(seconds(500) for _ in range(2)), min(seconds(2000) for _ in range(2))
        assert large < 8 * max(small, 0.01), (small, large)
