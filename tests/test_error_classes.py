"""benchmarks/error_classes.py: which one field keeps an unmatched fact from the other side."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.scripts import load_benchmark

errors = load_benchmark("error_classes")


def _meeting(date: str | None, *names: str, status: str = "held") -> dict[str, object]:
    return {"kind": "meeting", "status": status, "date": date, "mode": "in_person", "participants": list(names)}


class TestDateClass:
    @pytest.mark.parametrize(
        ("gold", "given", "expected"),
        [
            ("2024-03-05", None, "predicted null"),
            (None, "2024-03-05", "gold null, predicted dated"),
            ("2024-03-05", "2024-03", "predicted less precise"),
            ("2024", "2024-03-05", "predicted more precise"),
            ("2024-03-05", "2023-03-05", "another year"),
            ("2024-03-05", "2024-04-05", "another month"),
            ("2024-03-05", "2024-03-04", "day off by -1"),
            ("2024-03-05", "2024-03-25", "another day (more than 2 off)"),
            (["2024-03-05", None], "2024-02-05", "another month"),
        ],
    )
    def test_how_two_dates_differ(self, gold: object, given: str | None, expected: str) -> None:
        assert errors.date_class({"date": gold}, {"date": given}) == expected


class TestClassify:
    def test_a_wrongly_dated_fact_is_one_date_near_miss_each_way(self, corpus: Path) -> None:
        scorer = errors.load_scorer(corpus)
        gold = {"a": {"facts": [_meeting("2024-03-05", "Lavrov"), _meeting("2024-05-01", "Meredov")]}}
        predicted = {"a": {"facts": [_meeting("2023-03-05", "Lavrov"), _meeting("2024-05-01", "Meredov")]}}
        counts = errors.classify(scorer, gold, predicted)
        assert counts["missed"] == {("meeting", "date"): 1}
        assert counts["spurious"] == {("meeting", "date"): 1}
        assert counts["dates"] == {("meeting", "another year"): 1}

    def test_facts_of_other_people_or_status_are_told_apart(self, corpus: Path) -> None:
        scorer = errors.load_scorer(corpus)
        gold = {"a": {"facts": [_meeting("2024-03-05", "Lavrov"), _meeting("2024-06-01", "Putin")]}}
        planned = _meeting("2024-06-01", "Putin", status="planned")
        predicted = {"a": {"facts": [_meeting("2024-03-05", "Overchuk"), planned]}}
        counts = errors.classify(scorer, gold, predicted)
        assert counts["missed"] == {("meeting", "identity"): 1, ("meeting", "status"): 1}
        assert not counts["dates"]

    def test_nothing_alike_is_absent_and_extra(self, corpus: Path) -> None:
        scorer = errors.load_scorer(corpus)
        gold = {"a": {"facts": [_meeting("2024-03-05", "Lavrov")]}}
        predicted = {"a": {"facts": [{"kind": "event", "status": "held", "date": None, "name": "Caspian forum"}]}}
        counts = errors.classify(scorer, gold, predicted)
        assert counts["missed"] == {("meeting", "absent"): 1}
        assert counts["spurious"] == {("event", "extra"): 1}
