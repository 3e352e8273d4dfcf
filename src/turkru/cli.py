"""The command line: a thin front over the library. ``turkru --help`` lists the commands."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO

from turkru.chronicle.commands import register as register_chronicle_commands
from turkru.chronicle.commands import writes_store
from turkru.errors import TurkruError
from turkru.extract.pipeline import parse_article, parse_published
from turkru.inputs import STDIN, article_id, article_paths, read_text
from turkru.jsontext import dump_json
from turkru.model.article import Article
from turkru.parallel import add_jobs, check_jobs, ordered_map
from turkru.serialize.eventdata import register as register_export_command
from turkru.serialize.facts import to_facts
from turkru.serialize.jsonio import dumps
from turkru.serialize.schema import json_schema

EXTRACT_FORMATS = ("json", "jsonl", "facts")


def iter_articles(paths: Sequence[str], published: str | None = None) -> Iterator[Article]:
    """Parse every article file under *paths*, one at a time."""
    for path in article_paths(paths):
        yield parse_article(read_text(path), article_id=article_id(path), published=published)


def _render(article: Article, fmt: str) -> str:
    if fmt == "facts":
        return dump_json(to_facts(article))
    if fmt == "json":
        return dumps(article, indent=2)
    return dumps(article)


class _Extract:
    """One extraction job: an article file (or standard input's text) to its output line(s)."""

    def __init__(self, fmt: str, published: str | None) -> None:
        self.fmt = fmt
        self.published = published

    def __call__(self, item: tuple[str, str | None]) -> str:
        path, text = item
        article = parse_article(read_text(path) if text is None else text, article_id=article_id(path),
                                published=self.published)
        return _render(article, self.fmt)


def _extract_items(paths: Sequence[str]) -> Iterator[tuple[str, str | None]]:
    """Each path with its text when it is standard input (read here; workers read files themselves)."""
    for path in article_paths(paths):
        yield path, read_text(path) if path == STDIN else None


def cmd_extract(args: argparse.Namespace, out: TextIO) -> None:
    """Parse articles and write one object per article as soon as it (and every earlier one) is parsed."""
    if args.published is not None:
        parse_published(args.published)
    jobs = check_jobs(args.jobs)
    for rendered in ordered_map(_Extract(args.format, args.published), _extract_items(args.paths), jobs):
        out.write(rendered + "\n")
        out.flush()


def cmd_schema(args: argparse.Namespace, out: TextIO) -> None:
    """Print the JSON Schema of serialized records and articles."""
    out.write(json.dumps(json_schema(), indent=2) + "\n")


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    """Standard output, or a file written only once the command has succeeded."""
    if path is None or path == "-":
        yield sys.stdout
        return
    directory = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".turkru-", suffix=".tmp")
    except OSError as error:
        raise TurkruError(f"{path}: cannot write ({error.strerror})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            yield stream
        try:
            os.replace(temporary, path)
        except OSError as error:
            raise TurkruError(f"{path}: cannot write ({error.strerror})") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="turkru", description="Records of Turkmenistan-Russia relations from English news."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="extract records from article text files")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="a .txt file, a folder of them, or - for stdin")
    extract.add_argument("--format", choices=EXTRACT_FORMATS, default="jsonl", help="output format (default jsonl)")
    extract.add_argument("--published", metavar="YYYY-MM-DD", help="publication date, overriding the text's")
    extract.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    add_jobs(extract)
    extract.set_defaults(handler=cmd_extract)

    register_chronicle_commands(commands)
    register_export_command(commands)

    schema = commands.add_parser("schema", help="print the JSON Schema of the serialized records")
    schema.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    schema.set_defaults(handler=cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 error, 2 usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace, TextIO], None] = args.handler
    try:
        with _output(None if writes_store(args) else getattr(args, "output", None)) as out:
            handler(args, out)
    except TurkruError as error:
        print(f"turkru: error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as error:
        print(f"turkru: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
