"""Tables that fit the terminal: ``COLUMNS`` or the terminal's width, ``--wide`` to clip nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from turkru.chronicle.table import MIN_TEXT_WIDTH, fit
from turkru.cli import main
from turkru.terminal import is_terminal, table_width

Capsys = pytest.CaptureFixture[str]

TALKS = (
    "Sergey Lavrov held talks with his Turkmen counterpart Rashid Meredov in Ashgabat on 14 March 2024.\n"
    "The two ministers signed a programme of cooperation between the foreign ministries of "
    "Turkmenistan and Russia for the years 2024-2025 on 14 March 2024.\n"
)

HEADER = "date        kind       status  what"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "talks.txt"
    path.write_text(TALKS, encoding="utf-8")
    return path


class FakeTerminal(io.StringIO):
    """Standard output as a terminal would be: a text stream that says it is a tty."""

    def isatty(self) -> bool:
        return True


class TestTableWidth:
    def test_columns_wins(self) -> None:
        """A positive COLUMNS is the width, terminal or not."""
        assert table_width(io.StringIO(), {"COLUMNS": "72"}) == 72
        assert table_width(FakeTerminal(), {"COLUMNS": "72"}) == 72

    def test_pipe_has_none(self) -> None:
        """A pipe or a file without COLUMNS: lines are left alone."""
        assert table_width(io.StringIO(), {}) is None
        assert table_width(io.StringIO(), {"COLUMNS": "wide"}) is None
        assert table_width(None, {"COLUMNS": "0"}) is None

    def test_terminal_measured(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A terminal without COLUMNS: shutil.get_terminal_size's width."""
        import os
        import shutil

        monkeypatch.setattr(shutil, "get_terminal_size", lambda: os.terminal_size((91, 30)))
        assert table_width(FakeTerminal(), {}) == 91

    def test_closed_stream_is_no_terminal(self) -> None:
        """A closed stream is not a terminal (and raises nothing)."""
        stream = FakeTerminal()
        assert is_terminal(stream)
        closed = io.StringIO()
        closed.close()
        assert not is_terminal(closed)
        assert not is_terminal(None)


class TestFit:
    def test_widest_text_column_narrowed(self) -> None:
        """Only the text columns narrow, the widest first, to the total asked for."""
        widths = [10, 9, 7, 40, 20, 10, 7, 9, 30]
        fitted = fit(widths, 150)
        assert fitted == [10, 9, 7, 32, 20, 10, 7, 9, 30]
        assert sum(fitted) + 2 * 8 == 150
        assert fit([10, 9, 7, 25, 24, 10, 7, 9, 30], 140) == [10, 9, 7, 21, 21, 10, 7, 9, 30]

    def test_never_below_the_minimum(self) -> None:
        """A terminal too narrow for the fixed columns leaves the text columns at the minimum."""
        fitted = fit([10, 9, 7, 40, 20, 10, 7, 15, 30], 20)
        assert [fitted[i] for i in (3, 4, 7)] == [MIN_TEXT_WIDTH] * 3

    def test_no_excess_no_change(self) -> None:
        """A table that fits is unchanged."""
        assert fit([10, 9, 7, 40, 20, 10, 7, 9, 30], 500) == [10, 9, 7, 40, 20, 10, 7, 9, 30]


class TestCommandLine:
    def test_fits_columns(self, article: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch) -> None:
        """With COLUMNS=125 every line is at most 125 wide; the description ends in '...'."""
        monkeypatch.setenv("COLUMNS", "125")
        assert main(["timeline", str(article)]) == 0
        out = capsys.readouterr().out
        assert out == (
            "date        kind       status  what                 place     reported  sources  conflicts  id\n"
            "2024-03-14  agreement  signed  programme: progr...                      1                   "
            "agreement-2024-03-14-c10bab237441\n"
            "2024-03-14  meeting    held    Lavrov, Meredov      Ashgabat            1                   "
            "meeting-2024-03-14-c1acd44d14a4\n"
            "2024-03-14  visit      held    RU -> TM: Lavrov     Ashgabat            1                   "
            "visit-2024-03-14-48fc36771f91\n"
            "3 entries\n"
        )
        assert max(len(line) for line in out.splitlines()) == 125

    def test_too_narrow_keeps_ids_whole(self, article: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch) -> None:
        """A terminal narrower than the fixed columns: text at the minimum, dates and ids whole."""
        monkeypatch.setenv("COLUMNS", "40")
        assert main(["timeline", str(article)]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[2] == (
            "2024-03-14  meeting    held    Lavrov, M...  Ashgabat            1                   "
            "meeting-2024-03-14-c1acd44d14a4"
        )

    def test_wide_clips_nothing(self, article: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch) -> None:
        """--wide: the whole description, even past the 60 characters a file gets."""
        monkeypatch.setenv("COLUMNS", "110")
        assert main(["timeline", str(article), "--wide"]) == 0
        out = capsys.readouterr().out
        assert "foreign ministries of Turkmenistan and Russia" in out
        assert "..." not in out

    def test_file_output_is_not_fitted(
        self, article: Path, tmp_path: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """-o FILE: the table is written as without a terminal, COLUMNS or not."""
        monkeypatch.setenv("COLUMNS", "80")
        target = tmp_path / "table.txt"
        assert main(["timeline", str(article), "-o", str(target)]) == 0
        assert main(["timeline", str(article)]) == 0
        fitted = capsys.readouterr().out
        monkeypatch.delenv("COLUMNS")
        assert main(["timeline", str(article)]) == 0
        assert target.read_text(encoding="utf-8") == capsys.readouterr().out != fitted

    def test_terminal_width_measured(
        self, article: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """On a terminal without COLUMNS the table fits the terminal's own width."""
        import os
        import shutil
        import sys

        terminal = FakeTerminal()
        monkeypatch.setattr(sys, "stdout", terminal)
        monkeypatch.setattr(shutil, "get_terminal_size", lambda: os.terminal_size((119, 24)))
        assert main(["timeline", str(article)]) == 0
        lines = terminal.getvalue().splitlines()
        assert max(len(line) for line in lines) == 119
        assert lines[1].startswith("2024-03-14  agreement  signed  programme:...  ")
