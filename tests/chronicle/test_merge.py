"""Merging reports into entries: one entry per real event, every source and span kept."""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategies import report_lists
from turkru import Direction, DocType, MeetingMode, PartialDate, Status
from turkru.chronicle import Chronicle, ChronicleEntry
from turkru.chronicle.entry import Variant
from turkru.model.records import AnyRecord

from .reports import agreement, event, meeting, session, source, trade, visit

A = source("a", "2021-05-08", "Trend")
B = source("b", "2021-05-09", "TASS")
C = source("c", "2021-05-10", "nCa")

_PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _only(chronicle: Chronicle) -> ChronicleEntry:
    assert len(chronicle) == 1, [entry.record for entry in chronicle]
    return chronicle.entries[0]


def _ids(entry: ChronicleEntry) -> list[str]:
    return [item.article_id for item in entry.sources]


def _signature(chronicle: Chronicle) -> list[object]:
    """Everything an entry holds, evidence included (records compare without evidence)."""
    return [
        (
            entry.id,
            entry.conflicts,
            entry.record,
            entry.record.evidence,
            [(variant.record, variant.sources, variant.record.evidence) for variant in entry.variants],
        )
        for entry in chronicle
    ]


class TestSameEvent:
    """Reports of one event by different outlets become one entry with all sources."""

    def test_meeting_two_outlets(self) -> None:
        """Same meeting, two outlets, two spellings: one entry, both sources, both spans, no conflict."""
        entry = _only(
            Chronicle.from_records(
                [meeting(A, topics=("trade",)), meeting(B, people=("Meredow", "Lavrov"), topics=("energy",))]
            )
        )
        assert _ids(entry) == ["a", "b"]
        assert {item.source.article_id for item in entry.evidence} == {"a", "b"}
        assert entry.conflicts == ()
        assert [person.surname for person in entry.record.participants] == ["Lavrov", "Meredov"]
        assert entry.record.topics == ("trade", "energy")
        assert len(entry.variants) == 2

    def test_identical_reports_are_one_variant(self) -> None:
        """Two outlets saying exactly the same thing: one variant with both sources."""
        entry = _only(Chronicle.from_records([visit(A), visit(B)]))
        assert len(entry.variants) == 1
        assert [item.article_id for item in entry.variants[0].sources] == ["a", "b"]

    def test_finer_date_wins_without_conflict(self) -> None:
        """'May 2021' and 'May 7, 2021' agree: the merged date is the finer one."""
        entry = _only(Chronicle.from_records([meeting(A, date="2021-05"), meeting(B, date="2021-05-07")]))
        assert entry.date == PartialDate(2021, 5, 7)
        assert entry.conflicts == ()

    def test_day_apart_is_a_conflict(self) -> None:
        """One outlet says May 7, another May 8: one entry, both dates kept with their sources."""
        entry = _only(Chronicle.from_records([meeting(A, date="2021-05-07"), meeting(B, date="2021-05-08")]))
        assert entry.conflicts == ("date",)
        assert entry.conflicted
        values = {date.isoformat(): [s.article_id for s in sources] for date, sources in entry.values("date")}
        assert values == {"2021-05-07": ["a"], "2021-05-08": ["b"]}

    def test_session_number_identifies_the_session(self) -> None:
        """The 11th session on May 7 and on May 8: one session, date flagged."""
        entry = _only(Chronicle.from_records([session(A, date="2021-05-07"), session(B, date="2021-05-08")]))
        assert entry.conflicts == ("date",)
        assert _ids(entry) == ["a", "b"]

    def test_two_figures_for_one_period(self) -> None:
        """Two turnover figures for 2023: one entry, both figures kept, conflict on amounts."""
        entry = _only(Chronicle.from_records([trade(A, amount="1600000000"), trade(B, amount="1700000000")]))
        assert entry.conflicts == ("amounts",)
        amounts = sorted(str(value[0].amount) for value, _ in entry.values("amounts"))
        assert amounts == ["1600000000", "1700000000"]

    def test_similar_titles(self) -> None:
        """'programme ... for 2021-2023' and 'program ... 2021-2023' are one document."""
        first = agreement(A)
        second = agreement(B, title="Program of Economic Cooperation 2021-2023")
        entry = _only(Chronicle.from_records([first, second]))
        assert _ids(entry) == ["a", "b"]

    def test_equal_counts(self) -> None:
        """Two untitled batches of 15 documents signed the same day are one batch."""
        batch = {"title": None, "doc_type": DocType.DOCUMENTS, "count": 15}
        entry = _only(Chronicle.from_records([agreement(A, **batch), agreement(B, **batch)]))
        assert entry.record.count == 15

    def test_day_within_a_span(self) -> None:
        """A visit reported as May 7-9 and as May 8 agrees: the span is kept, no conflict."""
        spanned = visit(A, end_date=PartialDate(2021, 5, 9))
        entry = _only(Chronicle.from_records([spanned, visit(B, date="2021-05-08")]))
        assert (entry.date, entry.end_date) == (PartialDate(2021, 5, 7), PartialDate(2021, 5, 9))
        assert entry.conflicts == ()

    def test_overlapping_spans_disagree(self) -> None:
        """May 7-9 and May 8-10 overlap but neither holds the other: both ends conflict."""
        first = visit(A, end_date=PartialDate(2021, 5, 9))
        second = visit(B, date="2021-05-08", end_date=PartialDate(2021, 5, 10))
        entry = _only(Chronicle.from_records([first, second]))
        assert entry.conflicts == ("date", "end_date")

    def test_title_running_on(self) -> None:
        """A title that runs on into the next clause still names the document."""
        first = agreement(A, title="inter-ministerial cooperation programme for 2025-2026")
        second = agreement(B, title="programme for cooperation of the ministries in 2025-2026 and discussed trade")
        assert _ids(_only(Chronicle.from_records([first, second]))) == ["a", "b"]

    def test_visit_without_head_on_the_same_days(self) -> None:
        """A visit with no named head matches one with a head when both are dated to the day."""
        entry = _only(Chronicle.from_records([visit(A, head=None), visit(B)]))
        assert entry.record.head is not None and entry.record.head.surname == "Meredov"

    def test_undated_report_near_in_time(self) -> None:
        """An undated report published the next day joins the dated one it strongly matches."""
        entry = _only(Chronicle.from_records([meeting(A), meeting(B, date=None)]))
        assert entry.date == PartialDate(2021, 5, 7)
        assert entry.conflicts == ()

    def test_strong_match_a_day_apart(self) -> None:
        """The same people at the same place a day apart (an outlet's day off) are one meeting,
        also when a third report of that day is already in the group."""
        third = source("c", "2021-05-09", "Orient")
        entry = _only(Chronicle.from_records([meeting(A), meeting(third), meeting(B, date="2021-05-08")]))
        assert _ids(entry) == ["a", "b", "c"]

    def test_strong_match_two_days_apart(self) -> None:
        """Two days apart is too far, even for a strong match."""
        assert len(Chronicle.from_records([meeting(A), meeting(B, date="2021-05-09")])) == 2

    def test_undated_numbered_session_without_publication(self) -> None:
        """A numbered session needs no date: the number pins it in time."""
        undated = source("u")
        entry = _only(Chronicle.from_records([session(A), session(undated, date=None)]))
        assert _ids(entry) == ["a", "u"]

    def test_events_by_name(self) -> None:
        """Event names with the same content words are one event."""
        entry = _only(
            Chronicle.from_records([event(A), event(B, name="the Caspian Economic Forum 2021")])
        )
        assert entry.record.name == "Caspian Economic Forum"


class TestDifferentEvents:
    """Reports that only look alike stay apart."""

    def test_other_participants(self) -> None:
        """Lavrov-Meredov and Lavrov-Berdimuhamedov on one day are two meetings."""
        chronicle = Chronicle.from_records(
            [meeting(A), meeting(B, people=("Lavrov", "Berdimuhamedov"))]
        )
        assert len(chronicle) == 2

    def test_namesakes_with_other_given_names(self) -> None:
        """Serdar and Gurbanguly Berdimuhamedov are different people."""
        chronicle = Chronicle.from_records(
            [
                meeting(A, people=("Putin", "Serdar Berdimuhamedov")),
                meeting(B, people=("Putin", "Gurbanguly Berdymukhammedov")),
            ]
        )
        assert len(chronicle) == 2

    def test_same_article_twice(self) -> None:
        """An article's two records are never merged with each other."""
        chronicle = Chronicle.from_records([meeting(A, topics=("trade",)), meeting(A, topics=("energy",))])
        assert len(chronicle) == 2

    def test_planned_and_held(self) -> None:
        """An announcement and the report of the held meeting stay separate entries."""
        assert len(Chronicle.from_records([meeting(A), meeting(B, status=Status.PLANNED)])) == 2

    def test_mode(self) -> None:
        """A phone call and talks in person are different meetings."""
        assert len(Chronicle.from_records([meeting(A), meeting(B, mode=MeetingMode.PHONE)])) == 2

    def test_dates_a_week_apart(self) -> None:
        """May 7 and May 14 are different meetings, however alike."""
        assert len(Chronicle.from_records([meeting(A), meeting(B, date="2021-05-14")])) == 2

    def test_undated_without_context(self) -> None:
        """An undated report from an undated article is not tied to any one dated meeting."""
        assert len(Chronicle.from_records([meeting(A), meeting(source("u"), date=None)])) == 2

    def test_undated_published_years_later(self) -> None:
        """An undated report published three years later is another meeting."""
        later = source("later", "2024-05-01")
        assert len(Chronicle.from_records([meeting(A), meeting(later, date=None)])) == 2

    def test_ambiguous_undated_stays_alone(self) -> None:
        """An undated report that fits two dated meetings joins neither."""
        chronicle = Chronicle.from_records(
            [meeting(A, date="2021-05-01"), meeting(B, date="2021-05-20"), meeting(C, date=None)]
        )
        assert len(chronicle) == 3

    def test_visit_without_head_coarse_date(self) -> None:
        """A headless visit dated only to the year is not matched to a headed one."""
        assert len(Chronicle.from_records([visit(A, head=None, date="2021"), visit(B)])) == 2

    def test_vague_identical_reports(self) -> None:
        """'Documents were signed', undated, in two articles: equal records, not one event."""
        batch = {"title": None, "doc_type": DocType.DOCUMENTS, "date": None}
        chronicle = Chronicle.from_records([agreement(A, **batch), agreement(B, **batch)])
        assert sorted(_ids(entry) for entry in chronicle) == [["a"], ["b"]]

    def test_dissimilar_titles(self) -> None:
        """A memorandum on education and one on energy are two documents."""
        chronicle = Chronicle.from_records(
            [
                agreement(A, title="memorandum on education", doc_type=DocType.MEMORANDUM),
                agreement(B, title="memorandum on energy", doc_type=DocType.MEMORANDUM),
            ]
        )
        assert len(chronicle) == 2

    def test_trade_periods(self) -> None:
        """Figures for 2023 and for May 2023 cover different periods."""
        assert len(Chronicle.from_records([trade(A), trade(B, date="2023-05")])) == 2

    def test_trade_goods(self) -> None:
        """Gas exports and pasta exports for one year are different flows."""
        export = {"direction": Direction.EXPORT, "exporter": "TM", "importer": "RU"}
        flows = [trade(A, goods=("gas",), **export), trade(B, goods=("pasta",), **export)]
        assert len(Chronicle.from_records(flows)) == 2

    def test_session_numbers(self) -> None:
        """The 10th and the 11th sessions differ even on one day."""
        assert len(Chronicle.from_records([session(A, number=10), session(B, number=11)])) == 2


class TestIds:
    """Entry ids are derived from content, stable across runs, unique within a chronicle."""

    def test_shape(self) -> None:
        """An id reads kind-date-digest."""
        entry = _only(Chronicle.from_records([meeting(A)]))
        assert re.fullmatch(r"meeting-2021-05-07-[0-9a-f]{12}", entry.id)

    def test_pinned(self) -> None:
        """The id of a fixed meeting is fixed: the same on every run and machine."""
        assert _only(Chronicle.from_records([meeting(A)])).id == "meeting-2021-05-07-8af6269b0bbe"

    def test_spelling_and_sources_do_not_change_it(self) -> None:
        """Another spelling, another outlet: the same id."""
        one = _only(Chronicle.from_records([meeting(A)])).id
        two = _only(Chronicle.from_records([meeting(B, people=("Lavrow", "Meredow"))])).id
        assert one == two

    def test_unique_when_key_fields_agree(self) -> None:
        """Two entries with the same key fields (one article, two records) get different ids."""
        chronicle = Chronicle.from_records([meeting(A, topics=("trade",)), meeting(A, topics=("energy",))])
        ids = [entry.id for entry in chronicle]
        assert len(set(ids)) == 2
        assert all(entry_id.startswith("meeting-2021-05-07-") for entry_id in ids)

    def test_undated(self) -> None:
        """An undated entry says so in its id."""
        assert _only(Chronicle.from_records([event(A, date=None)])).id.startswith("event-undated-")


class TestAlgebra:
    """Merging is commutative, associative and idempotent, and independent of input order."""

    @_PROPERTY
    @given(report_lists(), st.randoms(use_true_random=False))
    def test_order_does_not_matter(self, reports: list[AnyRecord], random: object) -> None:
        """Shuffled input, same chronicle."""
        shuffled = list(reports)
        random.shuffle(shuffled)  # type: ignore[attr-defined]
        assert _signature(Chronicle.from_records(shuffled)) == _signature(Chronicle.from_records(reports))

    @_PROPERTY
    @given(report_lists(), report_lists())
    def test_commutative(self, first: list[AnyRecord], second: list[AnyRecord]) -> None:
        """a.merge(b) == b.merge(a)."""
        a, b = Chronicle.from_records(first), Chronicle.from_records(second)
        assert _signature(a.merge(b)) == _signature(b.merge(a))
        assert a.merge(b) == b.merge(a)

    @_PROPERTY
    @given(st.tuples(report_lists(5), report_lists(5), report_lists(5)))
    def test_associative(self, lists: tuple[list[AnyRecord], ...]) -> None:
        """(a + b) + c == a + (b + c)."""
        a, b, c = (Chronicle.from_records(reports) for reports in lists)
        assert _signature(a.merge(b).merge(c)) == _signature(a.merge(b.merge(c)))

    @_PROPERTY
    @given(report_lists())
    def test_idempotent(self, reports: list[AnyRecord]) -> None:
        """a.merge(a) == a, and merging again changes nothing."""
        a = Chronicle.from_records(reports)
        assert _signature(a.merge(a)) == _signature(a)
        assert _signature(Chronicle.from_records(a.reports())) == _signature(a)

    @_PROPERTY
    @given(report_lists())
    def test_nothing_dropped(self, reports: list[AnyRecord]) -> None:
        """Every reported value is some variant; every span is in some entry; ids are unique."""
        chronicle = Chronicle.from_records(reports)
        variants = [variant.record for entry in chronicle for variant in entry.variants]
        assert all(any(record == variant for variant in variants) for record in reports)
        spans = {item for record in reports for item in record.evidence}
        assert {item for entry in chronicle for item in entry.evidence} == spans
        assert len({entry.id for entry in chronicle}) == len(chronicle)
        for entry in chronicle:
            assert set(entry.sources) == {item.source for item in entry.evidence}

    @_PROPERTY
    @given(report_lists())
    def test_jsonl_round_trip(self, reports: list[AnyRecord]) -> None:
        """from_jsonl(to_jsonl()) gives the same chronicle, evidence included."""
        chronicle = Chronicle.from_records(reports)
        assert _signature(Chronicle.from_jsonl(chronicle.to_jsonl())) == _signature(chronicle)


class TestBlocking:
    """The candidate keys are only a shortcut: they never hide a match."""

    @_PROPERTY
    @given(report_lists(10))
    def test_same_as_comparing_every_pair(self, reports: list[AnyRecord]) -> None:
        """Clustering with the keys equals clustering where every report is a candidate."""
        from turkru.chronicle import merge

        fast = _signature(Chronicle.from_records(reports))
        every: list[Hashable] = ["every"]
        original = merge._index_keys
        merge._index_keys = lambda facts: merge._Keys([], [], every, [])  # type: ignore[assignment]
        try:
            slow = _signature(Chronicle.from_records(reports))
        finally:
            merge._index_keys = original
        assert fast == slow


def _every_pair_cluster(variants: Sequence[Variant]) -> list[list[Variant]]:
    """The clustering rule spelled out: each variant, in canonical order, is compared with every
    member of every group (complete linkage); it joins the best group, if strong or plain, or
    the only weak one, else starts its own."""
    from turkru.chronicle import merge

    groups: list[list[Variant]] = []
    for variant in variants:
        scored = []
        for number, members in enumerate(groups):
            scores = [merge.same(member, variant) for member in members]
            if all(scores):
                scored.append((min(scores), number))
        best = max((score for score, _ in scored), default=0)
        top = [number for score, number in scored if score == best]
        if best > 1 or (best == 1 and len(top) == 1):
            groups[top[0]].append(variant)
        else:
            groups.append([variant])
    return groups


class TestClusterOracle:
    """The merge's shortcuts (keys, per-group summaries, dropped groups) never change a group."""

    @_PROPERTY
    @given(report_lists(12))
    def test_same_as_every_pair_compared(self, reports: list[AnyRecord]) -> None:
        """cluster() equals comparing every variant with every member of every earlier group."""
        from turkru.chronicle import merge

        ordered = merge._canonical(merge.variants_of(reports))
        expected = [merge._collapse(group) for group in _every_pair_cluster(ordered)]
        assert merge.cluster(reports) == expected


class TestCanonicalTexts:
    """The canonical order writes each record value once: equal records have equal texts."""

    @_PROPERTY
    @given(report_lists(12))
    def test_one_text_per_value_is_each_records_text(self, reports: list[AnyRecord]) -> None:
        """Within each kind, the texts written once per value are the texts of every record."""
        from turkru.chronicle import merge

        variants = merge.variants_of(reports)
        for kind in {variant.record.KIND for variant in variants}:
            same_kind = [variant for variant in variants if kind == variant.record.KIND]
            texts = merge._texts(same_kind)
            own = [merge._canon(variant.record) for variant in same_kind]
            assert texts == own or (len(set(own)) == 1 and set(texts) == {""})

    def test_respelt_people_leave_the_text_alone(self) -> None:
        """A meeting reported with another spelling of a name is written as the same text."""
        import attrs

        from turkru.chronicle import merge

        one = meeting(source("a"), date="2021-03-30", people=("Rashid Meredov", "Sergey Lavrov"))
        respelt = tuple(attrs.evolve(person, variants=("Meredow",)) for person in one.participants)
        other = attrs.evolve(meeting(source("b"), date="2021-03-30"), participants=respelt)
        assert one == other and repr(one) != repr(other)
        assert merge._canon(one) == merge._canon(other)
