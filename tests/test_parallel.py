"""ordered_map and the -j option: the same output, in the same order, for any number of processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from turkru.cli import main
from turkru.errors import ParseError, TurkruError
from turkru.parallel import check_jobs, default_jobs, ordered_map

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def _square(value: int) -> int:
    if value < 0:
        raise ParseError(f"item {value}: negative")
    return value * value


class TestOrderedMap:
    """ordered_map(function, items, jobs)."""

    @pytest.mark.parametrize("jobs", [1, 2, 3])
    def test_in_order(self, jobs: int) -> None:
        """Results come in the order of the items, whatever the number of processes."""
        items = list(range(40))
        assert list(ordered_map(_square, items, jobs)) == [_square(item) for item in items]

    def test_error_at_its_item(self) -> None:
        """A worker's error is raised again, after the results of the items before it."""
        results = ordered_map(_square, [1, 2, -3, 4], 2)
        assert [next(results), next(results)] == [1, 4]
        with pytest.raises(ParseError, match=r"^item -3: negative$"):
            next(results)

    @pytest.mark.parametrize("jobs", [0, -1, 1.5, True, "2"])
    def test_bad_jobs(self, jobs: object) -> None:
        """Fewer than one process, or not a whole number, is an error naming the value."""
        with pytest.raises(TurkruError, match=r"^jobs: .* is not a number of processes \(1 or more\)$"):
            check_jobs(jobs)  # type: ignore[arg-type]

    def test_default_is_every_core(self) -> None:
        """None means every core this process may use."""
        assert check_jobs(None) == default_jobs() >= 1


class TestJobsOption:
    """`turkru extract -j N` and `turkru merge -j N` write exactly what -j 1 writes."""

    @pytest.mark.parametrize("command", [["extract", "--format", "jsonl"], ["extract", "--format", "facts"], ["merge"]])
    def test_same_output(self, command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
        """Two processes give the bytes one process gives, in the same order."""
        assert main([*command, "-j", "1", str(EXAMPLES)]) == 0
        serial = capsys.readouterr().out
        assert main([*command, "-j", "2", str(EXAMPLES)]) == 0
        assert capsys.readouterr().out == serial
        assert serial

    def test_bad_option(self, capsys: pytest.CaptureFixture[str]) -> None:
        """-j 0 is a usage error."""
        with pytest.raises(SystemExit) as caught:
            main(["extract", "-j", "0", str(EXAMPLES)])
        assert caught.value.code == 2
        assert "'0' is not a number of processes" in capsys.readouterr().err
