"""The command line: a thin front over the library. ``turkru --help`` lists the commands."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TextIO

from turkru.chronicle.commands import register as register_chronicle_commands
from turkru.chronicle.commands import render, writes_store
from turkru.chronicle.entry import ChronicleEntry
from turkru.chronicle.jsonl import read_jsonl_entries
from turkru.datafiles import DataFiles, add_data_options
from turkru.errors import TurkruError
from turkru.formats import FORMATS, STREAMED_FORMATS, add_format_options, format_options
from turkru.inputs import STDIN, Reader, add_strict_option, article_id, read_text, reader_of
from turkru.jsontext import dump_json
from turkru.model.article import Article
from turkru.outputs import (
    STDOUT,
    OutputFile,
    Terminated,
    check_output,
    signals_end_cleanly,
    standard_output,
    use_utf8_streams,
)
from turkru.parallel import add_jobs, check_jobs, ordered_map
from turkru.progress import Progress, wiping
from turkru.serialize.eventdata import register as register_export_command
from turkru.sources import SourceTable, add_sources_option, article_source, read_source_table
from turkru.terminal import table_width

EXTRACT_FORMATS = FORMATS
"""``extract``'s formats: the same as every command that prints records (:mod:`turkru.formats`)."""


def iter_articles(
    paths: Sequence[str], published: str | None = None, *, reader: Reader | None = None, data: DataFiles | None = None
) -> Iterator[Article]:
    """Parse every article file under *paths*, one at a time; *reader* decides what a bad one does,
    *data* adds gazetteer and lexicon files (checked before the first article)."""
    reader = Reader() if reader is None else reader
    data = DataFiles() if data is None else data.check()
    job = _Extract("jsonl", published, data, reader.sources)
    for path in reader.paths(paths, suffixes=(".txt",)):
        article = reader.attempt(path, lambda name: job.parse(name, read_text(name)))
        if article is not None:
            yield article


def _render(article: Article, fmt: str) -> str:
    """One article in a streamed format; in the others, its records as chronicle entries (JSON
    Lines, turned into one table or CSV of every article's rows by :func:`cmd_extract`)."""
    from turkru.serialize.facts import to_facts
    from turkru.serialize.jsonio import dumps

    if fmt == "facts":
        return dump_json(to_facts(article))
    if fmt == "json":
        return dumps(article, indent=2)
    if fmt == "jsonl":
        return dumps(article)
    from turkru.chronicle.collection import Chronicle
    from turkru.chronicle.jsonl import write_jsonl

    return write_jsonl(Chronicle.from_articles([article])).rstrip("\n")


class _Extract:
    """One extraction job: an article file (or standard input's text) to its output line(s)."""

    def __init__(
        self, fmt: str, published: str | None, data: DataFiles, sources: SourceTable | None = None
    ) -> None:
        self.fmt = fmt
        self.published = published
        self.data = data
        self.sources = sources

    def parse(self, path: str, text: str) -> Article:
        """The article in file *path*: its front matter and sidecar row give the source's url,
        outlet and publication day (``--published`` wins over both)."""
        from turkru.extract.pipeline import parse_article

        info, text = article_source(path, text, self.sources)
        return parse_article(
            text,
            article_id=article_id(path),
            url=info.url,
            outlet=info.outlet,
            published=self.published if self.published is not None else info.published,
            gazetteer=self.data.gazetteer_data(),
            lexicon=self.data.lexicon_data(),
        )

    def __call__(self, item: tuple[str, str | None]) -> str | TurkruError:
        path, text = item
        try:
            article = self.parse(path, read_text(path) if text is None else text)
        except TurkruError as error:  # returned, to stay with its input across processes
            return error
        return _render(article, self.fmt)


def _extract_items(paths: Sequence[str], reader: Reader) -> list[tuple[str, str | None]]:
    """Each path with its text when it is standard input (read here; workers read files themselves)."""
    items: list[tuple[str, str | None]] = []
    for path in reader.paths(paths, suffixes=(".txt",)):
        text = reader.attempt(path, read_text, counts=False) if path == STDIN else None
        if path != STDIN or text is not None:
            items.append((path, text))
    return items


def cmd_extract(args: argparse.Namespace, out: TextIO) -> None:
    """Parse articles and write one object per article as soon as it (and every earlier one) is parsed."""
    from turkru.extract.pipeline import parse_published

    if args.published is not None:
        parse_published(args.published)
    data = DataFiles.of(args).check()
    reader = reader_of(args)
    jobs = check_jobs(args.jobs)
    items = _extract_items(args.paths, reader)
    outcomes = ordered_map(_Extract(args.format, args.published, data, reader.sources), items, jobs)
    entries: list[ChronicleEntry] = []
    with reader.tracking(len(items), "extract"):
        for (path, _), outcome in zip(items, outcomes, strict=True):
            rendered = reader.settle(path, outcome)
            if rendered is None:
                continue
            if args.format not in STREAMED_FORMATS:
                entries.extend(read_jsonl_entries(rendered)[0])
                continue
            out.write(rendered + "\n")
            out.flush()
    if args.format not in STREAMED_FORMATS and not reader.nothing_read:
        out.write(render(entries, **format_options(args)))


def cmd_schema(args: argparse.Namespace, out: TextIO) -> None:
    """Print the JSON Schema of serialized records and articles."""
    from turkru.serialize.schema import json_schema

    out.write(json.dumps(json_schema(), indent=2) + "\n")


def package_version() -> str:
    """The installed distribution's version (its metadata), else the package's ``__version__``."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("turkru")
    except PackageNotFoundError:
        from turkru import __version__

        return __version__


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="turkru", description="Records of Turkmenistan-Russia relations from English news."
    )
    parser.add_argument("--version", action="version", version=f"turkru {package_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    extract = commands.add_parser("extract", help="extract records from article text files")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="a .txt file, a folder of them, or - for stdin")
    add_format_options(extract, "jsonl")
    extract.add_argument("--published", metavar="YYYY-MM-DD", help="publication date, overriding the text's")
    extract.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    add_strict_option(extract)
    add_sources_option(extract)
    add_data_options(extract)
    add_jobs(extract)
    extract.set_defaults(handler=cmd_extract)

    register_chronicle_commands(commands)
    register_export_command(commands)

    schema = commands.add_parser("schema", help="print the JSON Schema of the serialized records")
    schema.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    schema.set_defaults(handler=cmd_schema)
    return parser


def _report(message: str) -> None:
    if sys.stderr is not None:
        print(f"turkru: error: {message}", file=sys.stderr)


def _reporter(progress: Progress) -> Callable[[str], None]:
    """Report an error line, wiping the progress line first so the two never share a line."""

    def report(message: str) -> None:
        progress.clear()
        _report(message)

    return report


def _grows(args: argparse.Namespace) -> bool:
    """Whether the command's output holds everything its inputs held (``merge`` to JSON Lines)."""
    return getattr(args, "command", None) == "merge" and getattr(args, "format", None) == "jsonl"


def _run(args: argparse.Namespace, reader: Reader) -> None:
    """Run the command's handler, writing to standard output or to its ``-o`` file."""
    handler: Callable[[argparse.Namespace, TextIO], None] = args.handler
    if getattr(args, "sources", None) is not None:  # checked before any input is read
        reader.sources = read_source_table(args.sources)
    if writes_store(args):  # the handler saves the store itself and writes no text
        handler(args, io.StringIO())
        return
    output = getattr(args, "output", None)
    if output is None or output == STDOUT:
        stream = standard_output()
        args.table_width = table_width(stream)  # a table fits the terminal; a file's lines are left alone
        handler(args, wiping(stream, reader.progress) if reader.progress is not None else stream)
        return
    replaces_an_input = check_output(output, getattr(args, "paths", ()), grows=_grows(args))
    sink = OutputFile(output)
    with sink as out:
        handler(args, out)
        sink.keep = not reader.nothing_read and not (replaces_an_input and reader.failed)
    if replaces_an_input and reader.failed:
        raise TurkruError(f"{output}: left as it was, since it is also an input and another input failed")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 error or a bad input, 2 usage, 128+N signal N)."""
    use_utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # no command: what there is to run, on standard error
        if sys.stderr is not None:
            parser.print_help(sys.stderr)
        return 2
    progress = Progress(sys.stderr)
    report = _reporter(progress)
    reader = Reader(
        input_format=getattr(args, "input_format", "auto"),
        strict=getattr(args, "strict", False),
        report=report,
        progress=progress,
    )
    args.reader = reader
    try:
        with signals_end_cleanly():
            _run(args, reader)
    except TurkruError as error:
        report(str(error))
        return 1
    except BrokenPipeError:
        return 0
    except OSError as error:
        report(str(error))
        return 1
    except KeyboardInterrupt:
        return 130
    except Terminated as signalled:
        return 128 + signalled.signum
    return 1 if reader.failed else 0


if __name__ == "__main__":
    sys.exit(main())
