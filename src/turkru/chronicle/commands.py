"""What the ``merge``, ``query``, ``timeline`` and ``plot`` commands do, as library functions.

The CLI only parses arguments and calls these (:func:`register` adds the subcommands to
an argparse parser). Inputs are article ``.txt`` files (parsed), ``.json`` files of
articles or records, ``.jsonl`` files of chronicle entries, articles or records, folders
of any of these, or ``-`` for standard input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

from turkru.chronicle.collection import Chronicle
from turkru.chronicle.entry import ChronicleEntry, credit
from turkru.chronicle.jsonl import read_jsonl_entries, write_jsonl
from turkru.chronicle.store import STORE_SUFFIXES, StoredChronicle, grow_store, is_store, is_store_path
from turkru.chronicle.table import render_table
from turkru.datafiles import DataFiles, add_data_options
from turkru.errors import ParseError, StoreError, TurkruError
from turkru.formats import FORMATS, add_format_options, format_options
from turkru.inputs import STDIN, Reader, add_input_options, read_text, reader_of
from turkru.jsontext import dump_json
from turkru.model.article import Article
from turkru.model.records import AnyRecord
from turkru.parallel import add_jobs, check_jobs, ordered_map
from turkru.sources import SourceTable, article_source

__all__ = [
    "FORMATS",
    "QUERY_KINDS",
    "load_chronicle",
    "register",
    "render",
    "run_merge",
    "run_plot",
    "run_query",
    "run_timeline",
    "writes_store",
]


QUERY_KINDS = ("agreements", "meetings", "visits", "sessions", "trade", "events", "person")
"""What ``turkru query`` can ask for."""

_SUFFIXES = (".txt", ".json", ".jsonl", *STORE_SUFFIXES)


def _article_records(path: str, text: str, data: DataFiles, sources: SourceTable | None) -> list[AnyRecord]:
    """The records of article text *path*, with the url, outlet and publication day its front
    matter and the sidecar table give (:mod:`turkru.sources`)."""
    from turkru.extract.pipeline import parse_article

    info, text = article_source(path, text, sources)
    article = parse_article(
        text,
        article_id="stdin" if path == STDIN else Path(path).stem,
        url=info.url,
        outlet=info.outlet,
        published=info.published,
        gazetteer=data.gazetteer_data(),
        lexicon=data.lexicon_data(),
    )
    return list(Chronicle.from_articles([article]).reports())


def _json_records(text: str, path: str) -> list[AnyRecord]:
    from turkru.serialize.jsonio import loads

    loaded = loads(text)
    records: list[AnyRecord] = []
    for document in loaded if isinstance(loaded, list) else [loaded]:
        if isinstance(document, Article):
            records.extend(credit(record, document.source) for record in document.records)
        else:
            records.append(document)
    return records


def _read_input(
    path: str, text: str, fmt: str | None, data: DataFiles | None = None, sources: SourceTable | None = None
) -> tuple[list[ChronicleEntry], list[AnyRecord]]:
    """The chronicle entries (restored as written) and the other records of one input read as *fmt*
    (article text parsed with *data*'s gazetteer and lexicon, its source described by *sources*)."""
    try:
        if fmt == "jsonl":
            return read_jsonl_entries(text)
        if fmt == "json":
            return [], _json_records(text, path)
    except TurkruError as error:
        message = str(error)
        raise type(error)(message if message.startswith(f"{path}:") else f"{path}: {message}") from None
    if fmt == "text":
        return [], _article_records(path, text, data or DataFiles(), sources)
    raise ParseError(f"{path}: not a .txt, .json, .jsonl or SQLite chronicle file")


@attrs.frozen
class _ReadJob:
    """One input read in a worker; its TurkruError is returned, to stay with its input."""

    data: DataFiles
    sources: SourceTable | None = None

    def __call__(
        self, item: tuple[str, str, str | None]
    ) -> tuple[list[ChronicleEntry], list[AnyRecord]] | TurkruError:
        try:
            return _read_input(*item, self.data, self.sources)
        except TurkruError as error:
            return error


def load_chronicle(
    paths: Sequence[str],
    *,
    stdin: TextIO | None = None,
    jobs: int | None = 1,
    reader: Reader | None = None,
    data: DataFiles | None = None,
) -> Chronicle:
    """Read every input: articles (parsed), records, articles or chronicles as JSON, chronicle stores.

    A single saved chronicle (a SQLite store or JSON Lines of entries) is restored as
    written, without merging; several inputs are merged into one chronicle. Files are read
    and parsed by *jobs* processes (None: every core); the chronicle is the same for any number.
    *reader* sets the input format and what a bad input does (by default its error is raised).
    *data* adds gazetteer and lexicon files for the article texts (loaded, and checked, first).
    """
    data = DataFiles() if data is None else data.check()
    if not paths and stdin is None and sys.stdin is not None and sys.stdin.isatty():
        raise ParseError("no input: give article or chronicle paths, or pipe a chronicle to standard input")
    reader = Reader() if reader is None else reader
    chronicles: list[Chronicle] = []
    records: list[AnyRecord] = []
    texts: list[tuple[str, str, str | None]] = []
    for path in reader.paths(paths or [STDIN], suffixes=_SUFFIXES):
        if path != STDIN and is_store(path):
            stored = reader.attempt(path, StoredChronicle)
            if stored is not None:
                chronicles.append(stored)
            continue
        text = reader.attempt(path, lambda name: read_text(name, stdin), counts=False)
        if text is not None:
            texts.append((path, text, reader.format_of(path, text)))
    outcomes = ordered_map(_ReadJob(data, reader.sources), texts, check_jobs(jobs) if len(texts) > 1 else 1)
    with reader.tracking(len(texts), "reading"):
        for (path, _, _), outcome in zip(texts, outcomes, strict=True):
            read = reader.settle(path, outcome)
            if read is not None:
                entries, more = read
                if entries:
                    chronicles.append(Chronicle(entries=entries))
                records.extend(more)
    if len(chronicles) == 1 and not records:
        return chronicles[0]
    reports = [report for chronicle in chronicles for report in chronicle.reports()]
    return Chronicle.from_records([*reports, *records])


def writes_store(args: argparse.Namespace) -> bool:
    """Whether the command writes a chronicle store itself (``merge -o FILE.sqlite``), not text."""
    output = getattr(args, "output", None)
    return getattr(args, "command", None) == "merge" and output is not None and is_store_path(output)


def render(
    entries: Iterable[ChronicleEntry], fmt: str, *, bom: bool = False, width: int | None = None, wide: bool = False
) -> str:
    """Entries as text in *fmt*, one of :data:`turkru.formats.FORMATS`: ``table``, ``json`` (an
    array), ``jsonl`` (one entry a line), ``csv`` or ``tsv`` (*bom*: a byte-order mark first, for
    spreadsheet programs), ``facts`` (one flat fact a line, with the entry's id and sources).
    *width* and *wide* are the table's (:func:`turkru.chronicle.table.render_table`)."""
    if fmt == "table":
        return render_table(entries, width=width, wide=wide)
    if fmt == "facts":
        from turkru.serialize.facts import entry_fact

        return "".join(dump_json(entry_fact(entry)) + "\n" for entry in entries)
    if fmt == "jsonl":
        return write_jsonl(entries)
    if fmt == "json":
        lines = write_jsonl(entries).splitlines()
        return dump_json([json.loads(line) for line in lines], indent=2) + "\n"
    if fmt in ("csv", "tsv"):
        from turkru.serialize.csv import DELIMITERS, to_csv

        return to_csv(list(entries), delimiter=DELIMITERS[fmt], bom=bom)
    raise TurkruError(f"format: {fmt!r} is not one of {', '.join(repr(f) for f in FORMATS)}")


def run_merge(
    paths: Sequence[str],
    *,
    fmt: str = "jsonl",
    out: TextIO,
    stdin: TextIO | None = None,
    store: str | None = None,
    into: str | None = None,
    jobs: int | None = 1,
    bom: bool = False,
    width: int | None = None,
    wide: bool = False,
    reader: Reader | None = None,
    data: DataFiles | None = None,
) -> None:
    """``turkru merge``: merge the inputs into one chronicle and write it (JSONL by default), or
    save it as a SQLite store at *store*, or merge them into the existing store *into* in place
    (only the entries the inputs can join are merged again)."""
    chronicle = load_chronicle(paths, stdin=stdin, jobs=jobs, reader=reader, data=data)
    if into is not None:
        if not is_store(into):
            raise StoreError(f"{into}: not a chronicle store (write one with turkru merge -o FILE.sqlite)")
        grow_store(into, list(chronicle.reports()))
        return
    if store is not None:
        chronicle.save(store)
        return
    out.write(render(chronicle, fmt, bom=bom, width=width, wide=wide))


def _queries(chronicle: Chronicle) -> Mapping[str, Callable[..., Iterable[ChronicleEntry]]]:
    return {
        "agreements": chronicle.agreements_between,
        "meetings": chronicle.meetings,
        "visits": chronicle.visits,
        "sessions": chronicle.sessions,
        "trade": chronicle.trade,
        "events": chronicle.events,
        "person": chronicle.person,
    }


def run_query(
    kind: str,
    paths: Sequence[str],
    *,
    options: Mapping[str, Any],
    fmt: str = "table",
    out: TextIO,
    stdin: TextIO | None = None,
    bom: bool = False,
    width: int | None = None,
    wide: bool = False,
    reader: Reader | None = None,
    data: DataFiles | None = None,
) -> None:
    """``turkru query KIND``: run one query helper with keyword *options* and write the entries.

    ``options`` are the helper's keyword arguments (``{"a": "TM", "b": "RU", "since": "2020"}``
    for agreements, ``{"name": "Lavrov"}`` for person); None values are left out.
    """
    if kind not in QUERY_KINDS:
        raise TurkruError(f"query: {kind!r} is not one of {', '.join(repr(k) for k in QUERY_KINDS)}")
    chronicle = load_chronicle(paths, stdin=stdin, reader=reader, data=data)
    given = {key: value for key, value in options.items() if value is not None}
    out.write(render(_queries(chronicle)[kind](**given), fmt, bom=bom, width=width, wide=wide))


def run_timeline(
    paths: Sequence[str],
    *,
    fmt: str = "table",
    out: TextIO,
    since: str | None = None,
    until: str | None = None,
    include_undated: bool = False,
    stdin: TextIO | None = None,
    bom: bool = False,
    width: int | None = None,
    wide: bool = False,
    reader: Reader | None = None,
    data: DataFiles | None = None,
) -> None:
    """``turkru timeline``: every entry in date order."""
    chronicle = load_chronicle(paths, stdin=stdin, reader=reader, data=data)
    entries = chronicle.timeline(since=since, until=until, include_undated=include_undated)
    out.write(render(entries, fmt, bom=bom, width=width, wide=wide))


def run_plot(
    paths: Sequence[str],
    chart: str,
    *,
    include_planned: bool = False,
    stdin: TextIO | None = None,
    reader: Reader | None = None,
    data: DataFiles | None = None,
) -> None:
    """``turkru plot``: draw the timeline chart in the format *chart*'s suffix names (.png, .svg,
    .pdf, ...; any matplotlib writes), undated and planned entries counted in its footnote."""
    from turkru.chronicle.plot import plot_timeline

    plot_timeline(load_chronicle(paths, stdin=stdin, reader=reader, data=data), chart, include_planned=include_planned)


# argparse wiring -------------------------------------------------------------------------------

_PATHS_HELP = "article .txt files, .json/.jsonl files of records, articles or chronicles, folders, - (stdin)"


def _add_common(parser: argparse.ArgumentParser, default_format: str) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help=f"{_PATHS_HELP} (default: stdin)")
    add_format_options(parser, default_format)
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    add_input_options(parser)
    add_data_options(parser)


def _add_dates(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", metavar="DATE", help="from this year, month or day (2020, 2020-03)")
    parser.add_argument("--until", metavar="DATE", help="up to this year, month or day")
    parser.add_argument(
        "--include-undated",
        dest="include_undated",
        action="store_true",
        help="with --since/--until: also undated entries first reported within the dates",
    )


_QUERY_OPTIONS: dict[str, tuple[str, ...]] = {
    "agreements": ("between", "status", "doc_type", "since", "until", "include_undated"),
    "meetings": ("with_", "between", "mode", "status", "since", "until", "include_undated"),
    "visits": ("by", "to", "head", "status", "since", "until", "include_undated"),
    "sessions": ("body", "status", "since", "until", "include_undated"),
    "trade": ("exporter", "importer", "commodity", "period", "status"),
    "events": ("name", "status", "since", "until", "include_undated"),
    "person": ("name", "since", "until", "include_undated"),
}


def _query_options(kind: str, args: argparse.Namespace) -> dict[str, Any]:
    options = {name: getattr(args, name, None) for name in _QUERY_OPTIONS[kind]}
    if kind == "agreements":
        between = options.pop("between")
        if between is None:
            raise TurkruError("query agreements: --between A B is required")
        options["a"], options["b"] = between
    return options


def _query_handler(args: argparse.Namespace, out: TextIO) -> None:
    options = _query_options(args.query_kind, args)
    run_query(
        args.query_kind,
        args.paths,
        options=options,
        out=out,
        **format_options(args),
        reader=reader_of(args),
        data=DataFiles.of(args),
    )


def _add_queries(query: argparse.ArgumentParser) -> None:
    kinds = query.add_subparsers(dest="query_kind", required=True, metavar="KIND")
    agreements = kinds.add_parser("agreements", help="agreements between two parties")
    agreements.add_argument("--between", nargs=2, metavar=("A", "B"), help="two parties: TM RU, Tatarstan TM")
    agreements.add_argument("--status", help="planned, signed, ratified, in_force or terminated")
    agreements.add_argument("--doc-type", dest="doc_type", help="agreement, memorandum, programme, ...")
    meetings = kinds.add_parser("meetings", help="meetings, by participant, sides or mode")
    meetings.add_argument(
        "--with", dest="with_", action="append", metavar="NAME", help="a participant (repeat: all of them)"
    )
    meetings.add_argument("--between", nargs=2, metavar=("A", "B"), help="the two sides, e.g. TM RU")
    meetings.add_argument("--mode", help="in_person, video or phone")
    visits = kinds.add_parser("visits", help="visits by one side to the other")
    visits.add_argument("--by", help="the delegation's side (TM, RU or a region)")
    visits.add_argument("--to", help="the host side")
    visits.add_argument("--head", metavar="NAME", help="who led the delegation")
    sessions = kinds.add_parser("sessions", help="sittings of the standing bodies")
    sessions.add_argument("--body", help="intergovernmental_commission, business_council, ...")
    trade = kinds.add_parser("trade", help="trade figures")
    trade.add_argument("--exporter", help="exporting side")
    trade.add_argument("--importer", help="importing side")
    trade.add_argument("--commodity", help="a word of the goods, e.g. gas")
    trade.add_argument("--period", help="figures within this year or month")
    events = kinds.add_parser("events", help="forums, exhibitions and the like")
    events.add_argument("--name", help="words of the name, e.g. forum")
    person = kinds.add_parser("person", help="every meeting, visit and session of a person")
    person.add_argument("name", metavar="NAME", help="a surname in any spelling, or given names and surname")
    for kind, parser in (("agreements", agreements), ("meetings", meetings), ("visits", visits),
                         ("sessions", sessions), ("trade", trade), ("events", events), ("person", person)):
        _add_common(parser, "table")
        if "since" in _QUERY_OPTIONS[kind]:
            _add_dates(parser)
        if "status" in _QUERY_OPTIONS[kind] and kind != "agreements":
            parser.add_argument("--status", help="held or planned")
        parser.set_defaults(handler=_query_handler)


_CHART_HELP = "the chart: .png, .svg, .pdf, ... (any format matplotlib writes)"


def register(commands: Any) -> None:
    """Add ``merge``, ``query``, ``timeline`` and ``plot`` to an argparse subparsers object.

    Each subcommand sets ``handler(args, out)``; ``-o/--output`` names a text output file
    (``plot`` writes its chart to ``args.chart`` instead).
    """
    merge = commands.add_parser("merge", help="merge articles or records into a chronicle (JSONL)")
    _add_common(merge, "jsonl")
    add_jobs(merge)
    merge.add_argument("--into", metavar="STORE", help="a chronicle store (.sqlite) to merge the inputs into, in place")
    merge.set_defaults(
        handler=lambda args, out: run_merge(
            args.paths,
            out=out,
            store=args.output if writes_store(args) else None,
            into=args.into,
            **format_options(args),
            jobs=args.jobs,
            reader=reader_of(args),
            data=DataFiles.of(args),
        )
    )

    query = commands.add_parser("query", help="ask a chronicle: agreements, meetings, visits, ...")
    _add_queries(query)

    timeline = commands.add_parser("timeline", help="every entry of a chronicle in date order")
    _add_common(timeline, "table")
    _add_dates(timeline)
    timeline.set_defaults(
        handler=lambda args, out: run_timeline(
            args.paths,
            out=out,
            **format_options(args),
            since=args.since,
            until=args.until,
            include_undated=args.include_undated,
            reader=reader_of(args),
            data=DataFiles.of(args),
        )
    )

    plot = commands.add_parser("plot", help="draw meetings, visits, sessions and agreements per year")
    plot.add_argument("paths", nargs="*", metavar="PATH", help=f"{_PATHS_HELP} (default: stdin)")
    plot.add_argument(
        "-o", "--output", dest="chart", required=True, metavar="CHART", help=_CHART_HELP
    )
    plot.add_argument("--include-planned", action="store_true", help="count announced events too")
    add_input_options(plot)
    add_data_options(plot)
    plot.set_defaults(
        handler=lambda args, out: run_plot(
            args.paths,
            args.chart,
            include_planned=args.include_planned,
            reader=reader_of(args),
            data=DataFiles.of(args),
        )
    )
