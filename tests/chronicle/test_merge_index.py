"""The merge's own index: narrower anchors and time buckets only ever drop candidates that cannot fit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from turkru.chronicle import Chronicle, merge
from turkru.chronicle.rules import RULES, person_pairs, similar, word_pairs
from turkru.model.actors import Person
from turkru.model.records import AnyRecord, Meeting

from .reports import agreement, event, meeting, person, source
from .test_merge import _every_pair_cluster

_PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NAMES = ("Lavrov", "Sergey Lavrov", "Meredov", "Putin", "Berdimuhamedov", "Rashid Meredov", "Overchuk")
"""A small pool, two surnames each borne by two people, so lists overlap often."""


def _d(year: int) -> dt.date:
    return dt.date(year, 1, 1)


def _oracle(reports: Sequence[AnyRecord]) -> list[object]:
    ordered = merge._canonical(merge.variants_of(reports))
    return [merge._collapse(group) for group in _every_pair_cluster(ordered)]


class TestPersonPairs:
    def test_pairs_of_names_in_order(self) -> None:
        """Three people give the three pairs of their surnames, each pair sorted."""
        people = tuple(person(name) for name in ("Putin", "Lavrov", "Meredov"))
        keys = sorted(p.key for p in people)
        assert person_pairs(people) == ((keys[0], keys[1]), (keys[0], keys[2]), (keys[1], keys[2]))

    def test_one_person_is_a_name_a_shared_surname_a_pair(self) -> None:
        """A lone participant anchors by the name; two bearers of one surname pair the name with itself."""
        lone = person("Overchuk")
        assert person_pairs((lone,)) == (lone.key,)
        namesakes = (person("Sergey Lavrov"), Person(surname="Lavrov", given_names="Ivan", country="RU"))
        assert person_pairs(namesakes) == ((namesakes[0].key, namesakes[0].key),)

    @_PROPERTY
    @given(
        st.lists(st.sampled_from(NAMES), min_size=1, max_size=4),
        st.lists(st.sampled_from(NAMES), min_size=1, max_size=4),
    )
    @example(["Lavrov", "Sergey Lavrov"], ["Sergey Lavrov", "Lavrov", "Putin"])  # namesakes
    def test_fitting_meetings_share_a_narrow_anchor(self, first: list[str], second: list[str]) -> None:
        """Whenever two meetings' participants fit, they share a narrow anchor (the promise the index needs)."""
        rule = RULES[Meeting.KIND]
        one, two = meeting(source("a"), people=tuple(first)), meeting(source("b"), people=tuple(second))
        if rule.fit(one, two) is not None:
            assert set(rule.narrow_anchors(one)) & set(rule.narrow_anchors(two))


class TestAgainstEveryPair:
    """Clustering with the index equals comparing every variant with every member of every group."""

    @_PROPERTY
    @given(
        st.lists(
            st.tuples(
                st.lists(st.sampled_from(NAMES), min_size=0, max_size=3),
                st.sampled_from([None, "2021-05-07", "2021-05-08", "2021-05", "2021"]),
                st.sampled_from(["a", "b", "c", "d", "e"]),
            ),
            max_size=10,
        )
    )
    def test_meetings_of_overlapping_people(self, drawn: list[tuple[list[str], str | None, str]]) -> None:
        """Meetings of overlapping lists of people, namesakes included, on nearby days."""
        published = {"a": "2021-05-08", "b": "2021-05-09", "c": None, "d": "2021-05-08", "e": "2021-06-01"}
        reports = [
            meeting(source(article, published[article]), people=tuple(names), date=date)
            for names, date, article in drawn
        ]
        assert merge.cluster(reports) == _oracle(reports)

    @_PROPERTY
    @given(
        st.lists(
            st.tuples(
                st.one_of(st.none(), st.dates(min_value=_d(1998), max_value=_d(2003)).map(lambda d: d.isoformat())),
                st.one_of(st.none(), st.dates(min_value=_d(1998), max_value=_d(2003)).map(lambda d: d.isoformat())),
                st.integers(0, 30),
            ),
            max_size=10,
        )
    )
    def test_undated_reports_years_apart(self, drawn: list[tuple[str | None, str | None, int]]) -> None:
        """Dated and undated reports of one pair of people in one place, published up to years apart."""
        reports = [meeting(source(f"s{article}", published), date=date) for date, published, article in drawn]
        assert merge.cluster(reports) == _oracle(reports)


class TestTimeBuckets:
    def test_undated_report_joins_within_a_year_across_a_bucket_edge(self) -> None:
        """A report published 365 days after the talks, without a date of its own, is of them."""
        dated = meeting(source("a", "2019-12-30"), date="2019-12-30")
        later = meeting(source("b", "2020-12-29"), date=None)
        assert len(Chronicle.from_records([dated, later])) == 1

    def test_undated_report_a_year_and_a_week_later_stays_apart(self) -> None:
        """The same undated report published 372 days after the talks is another event."""
        dated = meeting(source("a", "2019-12-30"), date="2019-12-30")
        later = meeting(source("b", "2021-01-05"), date=None)
        assert len(Chronicle.from_records([dated, later])) == 2

    def test_report_without_publication_still_finds_its_group(self) -> None:
        """An undated report whose source has no publication date is compared as before (all years)."""
        dated = meeting(source("a", "2001-03-02"), date="2001-03-02")
        timeless = meeting(source("b"), date=None)
        assert merge.cluster([dated, timeless]) == _oracle([dated, timeless])


WORDS = ("gas", "supply", "oil", "trade", "energy", "cooperation", "education", "culture")
"""A small pool of title words, so titles overlap often."""


class TestWordPairs:
    """Titles and names anchor by pairs of their words: fewer candidates, none that can fit lost."""

    def test_one_two_and_more_words(self) -> None:
        """One word is itself; two give both words and their pair; three or more every pair, sorted."""
        assert word_pairs(frozenset()) == ()
        assert word_pairs(frozenset({"gas"})) == ("gas",)
        assert word_pairs(frozenset({"oil", "gas"})) == ("gas", "oil", ("gas", "oil"))
        assert word_pairs(frozenset({"oil", "gas", "trade"})) == (("gas", "oil"), ("gas", "trade"), ("oil", "trade"))

    @_PROPERTY
    @given(st.frozensets(st.sampled_from(WORDS), max_size=6), st.frozensets(st.sampled_from(WORDS), max_size=6))
    @example(frozenset({"gas"}), frozenset({"gas", "oil"}))  # a Jaccard of exactly one half
    @example(frozenset({"gas", "oil", "trade"}), frozenset(WORDS))  # contained in a much longer one
    def test_similar_words_share_a_pair_anchor(self, first: frozenset[str], second: frozenset[str]) -> None:
        """Whenever two wordings are similar, they share an anchor (the promise the index needs)."""
        if similar(first, second):
            assert set(word_pairs(first)) & set(word_pairs(second))

    @_PROPERTY
    @given(st.lists(st.tuples(st.lists(st.sampled_from(WORDS[:5]), min_size=0, max_size=4),
                              st.sampled_from(["2021-05-07", "2021-05-08", "2021-05", None]),
                              st.sampled_from(["a", "b", "c", "d"])), max_size=10))
    def test_agreements_and_events_against_every_pair(self, drawn: list[tuple[list[str], str | None, str]]) -> None:
        """Agreements and events of overlapping wordings on nearby days cluster as by comparing every pair."""
        published = {"a": "2021-05-08", "b": "2021-05-09", "c": None, "d": "2021-06-01"}
        reports: list[AnyRecord] = []
        for words, date, article in drawn:
            text = " ".join(words)
            reports.append(agreement(source(article, published[article]), date=date, title=f"agreement on {text}"))
            if words:
                reports.append(event(source(article, published[article]), date=date, name=f"{text} forum"))
        assert merge.cluster(reports) == _oracle(reports)
