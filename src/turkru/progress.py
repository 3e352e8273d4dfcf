"""A progress line on standard error for long runs, shown only on a terminal.

``turkru: extract 12/40 files`` is redrawn in place (a carriage return, no terminal codes) as
each input is done, once the run has lasted :data:`DELAY` seconds. It is wiped before any
other line is written to the stream (an error naming a bad input), before any output streamed
to the same terminal (:func:`wiping`), and at the end, so nothing ever runs into it; in a pipe
or a file nothing is written at all.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TextIO, cast

from turkru.terminal import is_terminal

__all__ = ["DELAY", "Progress", "wiping"]

DELAY = 0.5
"""Seconds a run lasts before its progress line appears (a short run shows none)."""


class Progress:
    """The progress line of one command on *stream* (standard error); inert off a terminal."""

    def __init__(
        self, stream: TextIO | None, *, delay: float | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.stream = stream if is_terminal(stream) else None
        self.delay = DELAY if delay is None else delay
        self.clock = clock
        self.label = ""
        self.total = 0
        self.done = 0
        self.started = 0.0
        self.shown = 0  # the length of the line on the terminal now (0: none)

    @property
    def active(self) -> bool:
        """Whether the line is drawn at all (the stream is a terminal that still works)."""
        return self.stream is not None

    def start(self, total: int, label: str) -> None:
        """Begin counting *total* inputs under *label* (``extract``, ``merge`` ...)."""
        self.label, self.total, self.done, self.started = label, total, 0, self.clock()

    def step(self) -> None:
        """One more input done: redraw the line once the run has lasted the delay."""
        self.done += 1
        if self.active and self.total > 1 and self.clock() - self.started >= self.delay:
            line = f"turkru: {self.label} {self.done}/{self.total} files"
            self._write("\r" + line + " " * max(0, self.shown - len(line)))
            self.shown = len(line)

    def clear(self) -> None:
        """Wipe the line, if one is shown, leaving the cursor at the start of an empty line."""
        if self.active and self.shown:
            self._write("\r" + " " * self.shown + "\r")
            self.shown = 0

    def finish(self) -> None:
        """The run is over: wipe the line."""
        self.clear()
        self.total = 0

    def _write(self, text: str) -> None:
        assert self.stream is not None
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # a closed or broken terminal: stop drawing, never fail the run
            self.stream = None
            self.shown = 0


class _Wiping:
    """A text stream that wipes the progress line before each write, and is *stream* otherwise."""

    def __init__(self, stream: TextIO, progress: Progress) -> None:
        self._stream = stream
        self._progress = progress

    def write(self, text: str) -> int:
        if text:
            self._progress.clear()
        return self._stream.write(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def wiping(stream: TextIO, progress: Progress) -> TextIO:
    """*stream* (standard output), wiping *progress*'s line before each write when both are
    drawn on a terminal, so streamed output starts at the beginning of a clean line; else
    *stream* itself."""
    if not progress.active or not is_terminal(stream):
        return stream
    return cast(TextIO, _Wiping(stream, progress))
