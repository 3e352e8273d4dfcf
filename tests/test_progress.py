"""The progress line: on a terminal only, redrawn in place, wiped before an error line and at the end."""

from __future__ import annotations

import io

from turkru.progress import Progress


class FakeTerminal(io.StringIO):
    """Standard error as a terminal: a text stream that says it is a tty."""

    def isatty(self) -> bool:
        return True


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class TestProgress:
    def test_drawn_in_place_and_wiped(self) -> None:
        """Each step redraws the line after a carriage return; finish leaves it blank."""
        stream = FakeTerminal()
        progress = Progress(stream, delay=0)
        progress.start(3, "extract")
        for _ in range(3):
            progress.step()
        progress.finish()
        line = "turkru: extract 1/3 files"
        assert stream.getvalue() == (
            "\r" + line + "\rturkru: extract 2/3 files\rturkru: extract 3/3 files\r" + " " * len(line) + "\r"
        )

    def test_nothing_off_a_terminal(self) -> None:
        """A pipe or a file gets no progress line at all."""
        stream = io.StringIO()
        progress = Progress(stream, delay=0)
        progress.start(5, "merge")
        progress.step()
        progress.clear()
        progress.finish()
        assert stream.getvalue() == ""
        assert not progress.active

    def test_short_runs_show_nothing(self) -> None:
        """Until the delay has passed no line appears; a single input never shows one."""
        stream, clock = FakeTerminal(), Clock()
        progress = Progress(stream, delay=0.5, clock=clock)
        progress.start(4, "merge")
        progress.step()
        clock.now += 0.4
        progress.step()
        assert stream.getvalue() == ""
        clock.now += 0.2
        progress.step()
        assert stream.getvalue() == "\rturkru: merge 3/4 files"
        single = FakeTerminal()
        alone = Progress(single, delay=0)
        alone.start(1, "extract")
        alone.step()
        assert single.getvalue() == ""

    def test_clear_before_a_message(self) -> None:
        """clear() wipes the line so the next line starts at the left; the next step redraws it."""
        stream = FakeTerminal()
        progress = Progress(stream, delay=0)
        progress.start(10, "extract")
        progress.step()
        progress.clear()
        stream.write("turkru: error: bad.txt: not UTF-8 text\n")
        progress.step()
        blank = " " * len("turkru: extract 1/10 files")
        assert stream.getvalue() == (
            "\rturkru: extract 1/10 files\r" + blank + "\r"
            "turkru: error: bad.txt: not UTF-8 text\n\rturkru: extract 2/10 files"
        )

    def test_longer_line_leaves_no_trace(self) -> None:
        """A shorter line drawn over a longer one is padded with spaces."""
        stream = FakeTerminal()
        progress = Progress(stream, delay=0)
        progress.start(10, "extract")
        progress.shown = 40
        progress.step()
        assert stream.getvalue() == "\rturkru: extract 1/10 files" + " " * (40 - 26)

    def test_a_broken_terminal_is_left_alone(self) -> None:
        """A stream that fails to write stops the drawing; the run goes on."""
        stream = FakeTerminal()
        progress = Progress(stream, delay=0)
        stream.close()
        progress.start(3, "extract")
        progress.step()
        progress.finish()
        assert not progress.active
