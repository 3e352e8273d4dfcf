"""The data files a command adds to the package's knowledge: ``--gazetteer FILE`` and ``--lexicon FILE``.

The paths travel to worker processes (a :class:`DataFiles` is small and picklable); each
process loads them once. The main process loads them before any work, so that bad data is
one error naming the file, the entry and the field, not one error per article.
"""

from __future__ import annotations

import argparse
import functools

import attrs

from turkru.gazetteer import Gazetteer
from turkru.lexicon import Lexicon


@attrs.frozen
class DataFiles:
    """Gazetteer and lexicon files to load on top of the package data (none: the defaults)."""

    gazetteer: tuple[str, ...] = ()
    lexicon: tuple[str, ...] = ()

    @classmethod
    def of(cls, args: argparse.Namespace) -> DataFiles:
        """The files named by a command's ``--gazetteer`` and ``--lexicon`` options."""
        return cls(tuple(getattr(args, "gazetteer", None) or ()), tuple(getattr(args, "lexicon", None) or ()))

    def gazetteer_data(self) -> Gazetteer | None:
        """The default gazetteer extended by the gazetteer files, or None when there are none."""
        return _gazetteer(self.gazetteer) if self.gazetteer else None

    def lexicon_data(self) -> Lexicon | None:
        """The default lexicon extended by the lexicon files, or None when there are none."""
        return _lexicon(self.lexicon) if self.lexicon else None

    def check(self) -> DataFiles:
        """Load both now (GazetteerError or LexiconError for bad data); the loaded data is kept."""
        self.gazetteer_data()
        self.lexicon_data()
        return self


@functools.lru_cache(maxsize=4)
def _gazetteer(paths: tuple[str, ...]) -> Gazetteer:
    return Gazetteer.from_files(*paths, base=Gazetteer.default())


@functools.lru_cache(maxsize=4)
def _lexicon(paths: tuple[str, ...]) -> Lexicon:
    return Lexicon.from_file(*paths)


def add_data_options(parser: argparse.ArgumentParser) -> None:
    """``--gazetteer FILE`` and ``--lexicon FILE`` (each repeatable) for a command that parses articles."""
    parser.add_argument(
        "--gazetteer",
        action="append",
        metavar="FILE",
        help="gazetteer data (JSON) added to the package's people, offices and places; repeatable",
    )
    parser.add_argument(
        "--lexicon",
        action="append",
        metavar="FILE",
        help="lexicon data (JSON) added to the package's words and rules; repeatable",
    )
