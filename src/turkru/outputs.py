"""Where the command line writes: standard output in UTF-8, or an output file replaced atomically.

An output file (``-o FILE``) is written to a temporary file beside it and renamed over it only
when the command has produced something; a failure or a SIGTERM/SIGHUP leaves no temporary file
and the old file as it was. The output may never be one of the inputs; a symbolic link is kept
and its target replaced; a new file gets the permissions the umask allows (an existing one keeps
its own). Only a command whose output holds all its input (``merge`` writing JSON Lines,
growing a chronicle) may replace one of its inputs, and only when every input was read.
"""

from __future__ import annotations

import io
import os
import signal
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType, TracebackType
from typing import TextIO

from turkru.errors import TurkruError

STDOUT = "-"

HANDLED_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)
"""Signals that end a command cleanly (temporary files removed), with exit status 128 + the signal."""


class Terminated(BaseException):
    """Raised inside the command when a handled signal arrives, so that clean-up code runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"terminated by signal {signum}")
        self.signum = signum


_INSTALLED_BY: list[int] = []
"""The process that installed the handlers (forked workers inherit them, and must just die)."""


def _raise_terminated(signum: int, _frame: FrameType | None) -> None:
    if _INSTALLED_BY and os.getpid() != _INSTALLED_BY[-1]:
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    raise Terminated(signum)


@contextmanager
def signals_end_cleanly() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP raise :class:`Terminated` instead of killing the process."""
    _INSTALLED_BY.append(os.getpid())
    previous = {signum: signal.signal(signum, _raise_terminated) for signum in HANDLED_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _INSTALLED_BY.pop()


def use_utf8_streams() -> None:
    """Write standard output in UTF-8 whatever the locale; never fail on an unencodable character.

    Standard error keeps the locale's encoding, with unencodable characters escaped. Streams that
    are closed (None) or are not text files of the process (a test's StringIO) are left alone.
    """
    for stream, encoding in ((sys.stdout, "utf-8"), (sys.stderr, None)):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding=encoding or stream.encoding, errors="backslashreplace")


def standard_output() -> TextIO:
    """The process's standard output; a TurkruError when it is closed."""
    if sys.stdout is None:
        raise TurkruError("standard output is closed (give -o FILE, or leave standard output open)")
    return sys.stdout


def _real(path: str) -> str:
    return os.path.realpath(path)


def is_an_input(output: str, inputs: Sequence[str]) -> bool:
    """Whether the output file is one of the inputs, or an existing file inside an input folder."""
    target = _real(output)
    for raw in inputs:
        if raw == STDOUT or not os.path.exists(raw):
            continue
        source = _real(raw)
        if source == target:
            return True
        if os.path.isdir(source) and os.path.exists(target) and os.path.commonpath([source, target]) == source:
            return True
    return False


def check_output(output: str, inputs: Sequence[str], *, grows: bool) -> bool:
    """Refuse an output file that is an input, unless the command *grows* it (its output holds
    everything its inputs held, as ``merge`` writing JSON Lines does). Returns whether it is an input."""
    if not is_an_input(output, inputs):
        return False
    if not grows:
        raise TurkruError(f"{output}: is also an input and would be overwritten (choose another -o file)")
    return True


def mode_for(target: str) -> int:
    """The permissions of the file written: an existing file's, else what the umask allows."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


class OutputFile:
    """A text file that replaces *path* (or its symbolic link's target) when the block ends well.

    Set ``keep = False`` before the block ends to leave the old file untouched.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.target = _real(path)
        self.keep = True
        self._temporary: str | None = None
        self._stream: TextIO | None = None

    def _fail(self, error: OSError) -> TurkruError:
        return TurkruError(f"{self.path}: cannot write ({error.strerror})")

    def __enter__(self) -> TextIO:
        if os.path.isdir(self.target):
            raise TurkruError(f"{self.path}: is a directory")
        try:
            handle, self._temporary = tempfile.mkstemp(
                dir=os.path.dirname(self.target), prefix=".turkru-", suffix=".tmp"
            )
        except OSError as error:
            raise self._fail(error) from None
        self._stream = os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace")
        return self._stream

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        temporary, stream = self._temporary, self._stream
        if temporary is None or stream is None:
            return
        try:
            stream.close()
            if kind is None and self.keep:
                os.chmod(temporary, mode_for(self.target))
                os.replace(temporary, self.target)
        except OSError as failure:
            if kind is None:
                raise self._fail(failure) from None
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
