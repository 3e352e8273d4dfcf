"""An ordered, streaming map over worker processes (the standard library's multiprocessing).

``ordered_map(function, items, jobs)`` gives ``function(item)`` for each item in the order of
*items*, as soon as each is ready and every earlier one has been given, so output written
from it is the same whatever the number of jobs. With one job nothing is started. An error
raised in a worker is raised again here, at the item that raised it.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

from turkru.errors import TurkruError

__all__ = ["CHUNK", "add_jobs", "check_jobs", "default_jobs", "ordered_map"]

CHUNK = 4
"""Items handed to a worker at a time: small, so results stream and the workers stay even."""

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def check_jobs(jobs: int | None) -> int:
    """*jobs*, or every core when None; fails on fewer than one."""
    if jobs is None:
        return default_jobs()
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise TurkruError(f"jobs: {jobs!r} is not a number of processes (1 or more)")
    return jobs


START_METHODS = ("forkserver", "spawn")
"""Worker start methods in order of preference. Never a plain fork: forking a process that runs
other threads (a Dask client, a notebook's kernel) can copy a held lock into the worker, which then
waits for ever."""


def _context() -> multiprocessing.context.BaseContext:
    """Workers started from a clean single-threaded server where the platform has one, else spawned."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context(next(method for method in START_METHODS if method in methods))


def _default_signals() -> None:
    """In a worker: SIGTERM and SIGHUP end it quietly (it must not inherit the command's handlers)."""
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)


def ordered_map(function: Callable[[T], R], items: Iterable[T], jobs: int | None = None) -> Iterator[R]:
    """``function(item)`` for each of *items*, in order, computed by *jobs* processes (None: every core).

    *function* and the items must pickle (a module-level function or a picklable object).
    """
    count = check_jobs(jobs)
    if count == 1:
        yield from map(function, items)
        return
    with _context().Pool(count, initializer=_default_signals) as pool:
        for result, error in pool.imap(_Caught(function), items, chunksize=CHUNK):
            if error is not None:
                raise error
            yield result  # type: ignore[misc]


class _Caught(Generic[T, R]):
    """*function* with its error returned instead of raised, so it is raised at its own item."""

    def __init__(self, function: Callable[[T], R]) -> None:
        self.function = function

    def __call__(self, item: T) -> tuple[R | None, BaseException | None]:
        try:
            return self.function(item), None
        except Exception as error:  # raised again, in order, by ordered_map
            return None, error


def _jobs_argument(text: str) -> int:
    try:
        return check_jobs(int(text))
    except (ValueError, TurkruError):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (1 or more)") from None


def add_jobs(parser: argparse.ArgumentParser) -> None:
    """Add ``-j/--jobs N`` (default: every core) to a command's parser."""
    parser.add_argument(
        "-j", "--jobs", type=_jobs_argument, default=None, metavar="N",
        help=f"parse with N processes (default: every core, here {default_jobs()}); the output is the same",
    )
