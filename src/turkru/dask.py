"""Chronicles beyond one machine, on Dask: a bag of texts or files -> articles -> one chronicle.

Needs the ``dask`` extra (``pip install 'turkru[dask]'``: dask's bags, and distributed for a
cluster). Parsing is a map over the bag; the chronicle is built with the merge's algebra:
each partition's articles are merged into a chronicle, and the chronicles are merged in a
tree (``split_every`` at a time). Merging is associative and commutative, and merging
chronicles gives what merging all their reports gives, so the result is the chronicle a
single process builds, byte for byte, however the bag is partitioned. See docs/scale.md.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable, Sequence
from typing import Any

from turkru.chronicle.collection import Chronicle
from turkru.extract.pipeline import parse_article
from turkru.inputs import article_id, article_paths, read_text
from turkru.model.article import Article

__all__ = ["SPLIT_EVERY", "articles", "chronicle", "chronicle_of_files", "merge_all", "texts"]

SPLIT_EVERY = 8
"""How many partial chronicles one step of the tree reduction merges."""


def _bag() -> Any:
    """``dask.bag``, imported by name so that type checks pass where the extra is not installed."""
    try:
        return importlib.import_module("dask.bag")
    except ImportError:  # pragma: no cover - the extra is missing
        from turkru.errors import TurkruError

        raise TurkruError("turkru.dask needs the dask extra: pip install 'turkru[dask]'") from None


def _read(path: str) -> tuple[str, str]:
    return article_id(path), read_text(path)


def texts(paths: Sequence[str], *, npartitions: int | None = None) -> Any:
    """A bag of ``(article_id, text)`` read from article files or folders (read on the workers)."""
    files = list(article_paths(paths))
    return _bag().from_sequence(files, npartitions=npartitions).map(_read)


class _Parse:
    """``(article_id, text)`` to an :class:`Article` (a picklable function for the workers)."""

    def __init__(self, published: str | None) -> None:
        self.published = published

    def __call__(self, item: tuple[str, str]) -> Article:
        identifier, text = item
        return parse_article(text, article_id=identifier, published=self.published)


def articles(bag: Any, *, published: str | None = None) -> Any:
    """The bag of articles parsed from a bag of ``(article_id, text)`` pairs."""
    return bag.map(_Parse(published))


def merge_all(chronicles: Iterable[Chronicle]) -> Chronicle:
    """One chronicle of every chronicle given (each merged into the growing one)."""
    return functools.reduce(Chronicle.merge, chronicles, Chronicle())


def _partition(items: Iterable[Article]) -> Chronicle:
    return Chronicle.from_articles(list(items))


def chronicle(bag: Any, *, split_every: int = SPLIT_EVERY) -> Any:
    """A Dask delayed value: the chronicle of a bag of articles (per-partition merge, then a tree)."""
    return bag.reduction(_partition, merge_all, split_every=split_every)


def chronicle_of_files(
    paths: Sequence[str], *, npartitions: int | None = None, published: str | None = None, **compute: Any
) -> Chronicle:
    """Read, parse and merge article files on the current Dask scheduler (or cluster client)."""
    result: Chronicle = chronicle(articles(texts(paths, npartitions=npartitions), published=published)).compute(
        **compute
    )
    return result
