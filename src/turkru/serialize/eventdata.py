"""The event-data exports by name, and the ``turkru export`` command that writes them.

``polecat``: PLOVER JSON lines; ``cameo``: CAMEO rows in the ICEWS column order (TSV);
``comtrade``: trade flows as Comtrade-shaped CSV. See docs/interop.md.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final, TextIO

from turkru.chronicle.entry import ChronicleEntry
from turkru.datafiles import DataFiles, add_data_options
from turkru.errors import TurkruError
from turkru.gazetteer import Gazetteer
from turkru.inputs import Reader, add_input_options, reader_of

__all__ = ["EXPORTS", "export", "exporter", "register", "run_export"]

Exporter = Callable[..., str]

EXPORTS: Final[Mapping[str, str]] = {
    "polecat": "turkru.serialize.polecat:to_polecat",
    "cameo": "turkru.serialize.cameo:to_cameo",
    "comtrade": "turkru.serialize.comtrade:to_comtrade",
}
"""Each export by the name ``turkru export --to`` takes, and its function (imported when used)."""


def exporter(to: str) -> Exporter:
    """The function that writes the export format *to*."""
    if to not in EXPORTS:
        raise TurkruError(f"export: {to!r} is not one of {', '.join(repr(name) for name in EXPORTS)}")
    module, name = EXPORTS[to].split(":")
    function: Exporter = getattr(importlib.import_module(module), name)
    return function


def export(entries: Iterable[ChronicleEntry], to: str, *, gazetteer: Gazetteer | None = None) -> str:
    """The entries (a chronicle) written in the export format *to*."""
    return exporter(to)(entries, gazetteer=gazetteer)


def run_export(
    paths: Sequence[str],
    to: str,
    *,
    out: TextIO,
    stdin: TextIO | None = None,
    data: DataFiles | None = None,
    reader: Reader | None = None,
) -> None:
    """``turkru export``: read and merge the inputs as ``merge`` does, then write the export
    (article texts parsed with *data*'s gazetteer and lexicon; the export codes people with that gazetteer).
    *reader* reads the inputs as for every other command (``--strict``, ``--input-format``, bad inputs reported)."""
    from turkru.chronicle.commands import load_chronicle

    gazetteer = data.check().gazetteer_data() if data is not None else None
    out.write(export(load_chronicle(paths, stdin=stdin, data=data, reader=reader), to, gazetteer=gazetteer))


def register(commands: Any) -> None:
    """Add ``export`` to an argparse subparsers object (``handler(args, out)`` as the others)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "export", help="write a chronicle for event-data tools: POLECAT (PLOVER), CAMEO, Comtrade"
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="article .txt files, .json/.jsonl files, folders, - (default: stdin)"
    )
    parser.add_argument("--to", required=True, choices=tuple(EXPORTS), help="the export format")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    add_data_options(parser)
    add_input_options(parser)
    parser.set_defaults(
        handler=lambda args, out: run_export(
            args.paths, args.to, out=out, data=DataFiles.of(args), reader=reader_of(args)
        )
    )
