"""The clock after a publication date ("3 March 2025 | 14:05"): one whitespace run, linear time."""

from __future__ import annotations

import time

from turkru.text.published import _AFTER_DATE_CLOCK


class TestClockAfterDate:
    def test_separators_and_at(self) -> None:
        """Spaces, a bar or a comma, and "at" may stand between the date and its clock."""
        for tail in (" 14:05", " | 14:05", ", at 9:30", "\t,\t14:05", "|14:05"):
            assert _AFTER_DATE_CLOCK.match(tail) is not None, tail
        for tail in (" | | 14:05", " on 14:05", " 14", "x14:05"):
            assert _AFTER_DATE_CLOCK.match(tail) is None, tail

    def test_a_long_whitespace_run_costs_linear_time(self) -> None:
        """Four times the blanks after a date take about four times as long (two runs once shared them)."""

        def seconds(count: int) -> float:
            text = " \t" * count + "x"
            started = time.process_time()
            for _ in range(20):
                _AFTER_DATE_CLOCK.match(text)
            return time.process_time() - started

        small, large = min(seconds(2000) for _ in range(3)), min(seconds(8000) for _ in range(3))
        assert large < 8 * max(small, 0.002), (small, large)
