"""The output formats of every command that prints records, and the options that choose them.

``extract``, ``merge``, ``query`` and ``timeline`` take the same ``--format`` choices
(:data:`FORMATS`), ``--bom`` and ``--wide``, added by :func:`add_format_options` and read back
by :func:`format_options`; what each format holds for articles and for chronicle entries is
in docs/guide.md.
"""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["FORMATS", "STREAMED_FORMATS", "add_format_options", "format_options"]

FORMATS = ("table", "json", "jsonl", "csv", "tsv", "facts")
"""Output formats: a table for people, JSON, JSON Lines, flat CSV or TSV, the facts view."""

STREAMED_FORMATS = ("json", "jsonl", "facts")
"""The formats ``extract`` writes one article at a time (a table, CSV and TSV need every row first)."""


def add_format_options(parser: argparse.ArgumentParser, default: str) -> None:
    """Add ``--format`` (one of :data:`FORMATS`, *default* when not given), ``--bom`` and ``--wide``."""
    parser.add_argument(
        "--format", choices=FORMATS, default=default, help=f"output format (default {default})"
    )
    parser.add_argument(
        "--bom", action="store_true", help="csv/tsv: start with a byte-order mark (for spreadsheet programs)"
    )
    parser.add_argument(
        "--wide", action="store_true", help="table: clip nothing (default: fit the terminal's width)"
    )


def format_options(args: argparse.Namespace) -> dict[str, Any]:
    """The rendering keywords of *args*: ``fmt``, ``bom``, ``wide`` and the ``width`` the command
    line measured for a table on standard output (``args.table_width``, None for a file)."""
    return {
        "fmt": args.format,
        "bom": args.bom,
        "width": getattr(args, "table_width", None),
        "wide": args.wide,
    }
