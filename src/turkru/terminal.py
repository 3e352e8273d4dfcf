"""What the command line knows of the terminal: whether a stream is one, and how wide it is."""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from typing import TextIO

__all__ = ["is_terminal", "table_width"]


def is_terminal(stream: TextIO | None) -> bool:
    """Whether *stream* is open and a terminal (a closed or broken stream is not)."""
    if stream is None:
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, OSError, ValueError):
        return False


def table_width(stream: TextIO | None, environ: Mapping[str, str] | None = None) -> int | None:
    """The columns a table printed on *stream* should fit, or None to leave its lines alone.

    ``COLUMNS``, when it is a positive number, is the width wherever the table goes (as for
    ``ls``); otherwise a terminal's own width (:func:`shutil.get_terminal_size`); a pipe or a
    file has none.
    """
    columns = (os.environ if environ is None else environ).get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if is_terminal(stream):
        return shutil.get_terminal_size().columns
    return None
