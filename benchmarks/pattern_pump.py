"""Pump every compiled regular expression in turkru with hostile text and report the super-linear ones.

    python benchmarks/pattern_pump.py [--n 400] [--max-ratio 6] [--floor 0.01] [--keys]

The patterns are found by introspection, never listed by hand: every ``re.Pattern`` in the
globals of every turkru module (and in tuples, lists and dicts there), in the attributes of the
classes those modules define, and in the default Lexicon when the package has one. Each pattern
is searched (``finditer``, as the extractors do) over inputs derived from it: runs of a character
from each of its classes and literals, of words, digits, capitalised words, whitespace and "U.S.",
each alone and after each literal word of the pattern. A pattern whose time on an input grows
more than ``--max-ratio`` times from n to 4n characters (and takes at least ``--floor`` seconds at
4n, so noise on tiny timings does not count) is super-linear. Exit 1 when any is. ``--keys`` prints
each one as its line of ``superlinear.txt`` (a Lexicon rule by name, another pattern by its source).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import math
import os
import pkgutil
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from re import _parser as sre_parse  # type: ignore[attr-defined]
from types import FrameType, ModuleType
from typing import Any

import turkru

UNITS = ("U.S.", "U.S. ", "Alpha ", "Alpha", "12 ", "1.", "1,", "a ", "a.", "A.", ". ", ", ", "-", "'", "\u00a0")
"""Repeated units tried on every pattern besides the characters it names itself."""

_CATEGORY_CHARS = {
    sre_parse.CATEGORY_DIGIT: "1",
    sre_parse.CATEGORY_NOT_DIGIT: "a",
    sre_parse.CATEGORY_SPACE: " \t\n",
    sre_parse.CATEGORY_NOT_SPACE: "a",
    sre_parse.CATEGORY_WORD: "aA1",
    sre_parse.CATEGORY_NOT_WORD: " .",
}
_PREFIX_LIMIT = 6  # literal words tried before a run, per pattern
CAP = 1.0  # seconds after which one search is stopped: it is super-linear already at these sizes
_REPEATS = 5  # a growth seen once is timed this many times more; the best times count (noise bursts pass)
_CUBIC = 64  # the growth of a cubic pattern from n to 4n: faster ones at n cannot reach the floor


def modules() -> Iterator[ModuleType]:
    """turkru and every module under it, imported (an optional extra that is missing is skipped)."""
    yield turkru
    for info in pkgutil.walk_packages(turkru.__path__, "turkru."):
        if info.name.endswith(".__main__"):
            continue  # running it is the command line
        try:
            yield importlib.import_module(info.name)
        except ImportError:
            continue


def _unwrapped(value: object) -> object:
    """The ``re.Pattern`` a rule's gate stands in for (see turkru.lexicon._gate and _branches), else *value*."""
    inner = getattr(value, "_pattern", None) if type(value).__name__ in ("Gated", "BranchGated") else None
    return inner if isinstance(inner, re.Pattern) else value


def _patterns_in(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    """The compiled patterns in *value*: itself, or inside its containers and object attributes."""
    value = _unwrapped(value)
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
        return
    if depth >= 3:
        return
    if isinstance(value, dict):
        items: Iterable[object] = list(value.values())
    elif isinstance(value, (tuple, list, set, frozenset)):
        items = list(value)
    elif depth and hasattr(value, "__dict__") and not isinstance(value, (type, ModuleType)):
        items = list(vars(value).values())
    elif depth and hasattr(type(value), "__slots__"):
        items = [getattr(value, name, None) for name in getattr(type(value), "__slots__", ())]
    else:
        return
    for item in items:
        yield from _patterns_in(item, depth + 1)


def _lexicon_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Every pattern of the default Lexicon, when the package has one."""
    try:
        from turkru.lexicon import Lexicon
    except ImportError:
        return
    lexicon = Lexicon.default()
    for name in lexicon.rule_names():
        for pattern in _patterns_in(lexicon.pattern(name)):
            yield f"Lexicon.default().pattern({name!r})", pattern
        if lexicon.rule(name).case == "any":
            for pattern in _patterns_in(lexicon.folded(name)):
                yield f"Lexicon.default().folded({name!r})", pattern
    for pattern in _patterns_in(lexicon, 1):
        yield "Lexicon.default()", pattern


_PACKAGE = os.path.dirname(os.path.abspath(turkru.__file__)) + os.sep
_PLUMBING = (os.path.dirname(os.path.abspath(re.__file__)) + os.sep, os.path.abspath(functools.__file__))
"""Where the ``re`` module and ``functools.lru_cache`` live: frames skipped to find who compiled."""


def _compiled_by(frame: FrameType | None) -> str | None:
    """``module.function`` of the first frame outside ``re`` and ``functools``, when it is turkru's."""
    while frame is not None and frame.f_code.co_filename.startswith(_PLUMBING):
        frame = frame.f_back
    if frame is None or not frame.f_code.co_filename.startswith(_PACKAGE):
        return None
    return f"{frame.f_globals.get('__name__', '?')}.{frame.f_code.co_name}"


def runtime_census() -> list[tuple[str, int, str]]:
    """(source, flags, ``module.function``) of every pattern turkru compiles while it parses and
    merges the texts of benchmarks/reliability_families.py (2 KB of each) and the bundled examples:
    patterns built inside functions (per lexicon, per vocabulary size, or passed to ``re.search`` as
    text), which no global holds. Run it in a fresh process (:func:`runtime_patterns`): caches
    filled before it started would hide their patterns."""
    seen: dict[tuple[str, int], str] = {}
    original = re._compile  # type: ignore[attr-defined]

    def compile_and_note(pattern: Any, flags: Any) -> Any:
        compiled = original(pattern, flags)
        if isinstance(compiled, re.Pattern) and isinstance(compiled.pattern, str):
            where = _compiled_by(sys._getframe(1))
            if where is not None:
                seen.setdefault((compiled.pattern, compiled.flags), where)
        return compiled

    re._compile = compile_and_note  # type: ignore[attr-defined]
    try:
        _warm_up()
    finally:
        re._compile = original  # type: ignore[attr-defined]
    return [(pattern, flags, where) for (pattern, flags), where in seen.items()]


def _warm_up() -> None:
    from reliability_families import FAMILIES

    from turkru import parse_article
    from turkru.chronicle import Chronicle

    examples = Path(__file__).resolve().parent.parent / "examples" / "articles"
    texts = [family(2000) for family in FAMILIES.values()]
    texts += [path.read_text(encoding="utf-8") for path in sorted(examples.glob("*.txt"))]
    articles = [parse_article(text, article_id=f"warm-up-{number}") for number, text in enumerate(texts)]
    Chronicle.from_articles(articles).to_jsonl()


def runtime_patterns() -> list[tuple[str, int, str]]:
    """:func:`runtime_census` run in a new Python process (so no cache is warm)."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--census"],
        capture_output=True, text=True, check=True, timeout=600,
    )  # fmt: skip
    return [(pattern, flags, where) for pattern, flags, where in json.loads(done.stdout)]


def collect(runtime: bool = True) -> dict[tuple[str, int], tuple[re.Pattern[str], str]]:
    """Every distinct compiled pattern in the package, with where one was found (a Lexicon rule's name
    first, when the pattern is one, though a module keeps it in a global too); with *runtime*, also
    the patterns functions compile as they run (:func:`runtime_patterns`), found as ``compiled by
    module.function``."""
    found: dict[tuple[str, int], tuple[re.Pattern[str], str]] = {}
    for place, pattern in _lexicon_patterns():
        found.setdefault((pattern.pattern, pattern.flags), (pattern, place))
    for module in modules():
        for name, value in list(vars(module).items()):
            places: list[tuple[str, object]] = [(f"{module.__name__}.{name}", value)]
            if isinstance(value, type) and value.__module__ == module.__name__:
                places = [(f"{module.__name__}.{name}.{attr}", item) for attr, item in vars(value).items()]
            for place, item in places:
                for pattern in _patterns_in(item):
                    found.setdefault((pattern.pattern, pattern.flags), (pattern, place))
    for source, flags, where in runtime_patterns() if runtime else ():
        found.setdefault((source, flags), (re.compile(source, flags), f"compiled by {where}"))
    return found


_FLAG_NAMES = (re.IGNORECASE, re.MULTILINE, re.DOTALL, re.VERBOSE, re.ASCII)


def key(pattern: re.Pattern[str], place: str) -> str:
    """What names a pattern in ``superlinear.txt`` whatever module holds it: a Lexicon rule by its
    name (``Lexicon.default().pattern('events.named')``), any other pattern by its source and flags
    (``re.compile('\\s+x', re.IGNORECASE)``), so moving code around leaves the list as it is."""
    if place.startswith("Lexicon.default()."):
        return place
    flags = [f"re.{flag.name}" for flag in _FLAG_NAMES if pattern.flags & flag]
    return f"re.compile({pattern.pattern!r}{', ' + ' | '.join(flags) if flags else ''})"


def _walk(parsed: Any) -> Iterator[tuple[Any, Any]]:
    """Every (opcode, argument) of a parsed pattern, nested ones included."""
    for op, arg in parsed:
        yield op, arg
        for part in arg if isinstance(arg, (tuple, list)) else ():
            if isinstance(part, sre_parse.SubPattern):
                yield from _walk(part)
            elif isinstance(part, (tuple, list)):
                for inner in part:
                    if isinstance(inner, sre_parse.SubPattern):
                        yield from _walk(inner)


def _class_chars(items: Any) -> str:
    chars = ""
    for op, arg in items:
        if op is sre_parse.LITERAL:
            chars += chr(arg)
        elif op is sre_parse.RANGE:
            chars += chr(arg[0]) + chr(arg[1])
        elif op is sre_parse.CATEGORY:
            chars += _CATEGORY_CHARS.get(arg, "")
    return chars


def derived(pattern: re.Pattern[str]) -> tuple[set[str], list[str]]:
    """The characters *pattern* names (literals and class members) and its literal words."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    chars: set[str] = set()
    words: list[str] = []
    for op, arg in _walk(parsed):
        if op is sre_parse.LITERAL:
            chars.add(chr(arg))
        elif op is sre_parse.IN:
            chars.update(_class_chars(arg))
        elif op is sre_parse.ANY:
            chars.update("a ")
        elif op is sre_parse.CATEGORY:
            chars.update(_CATEGORY_CHARS.get(arg, ""))
    for sub in [parsed, *(arg for op, arg in _walk(parsed) if isinstance(arg, sre_parse.SubPattern))]:
        words.extend(_literal_runs(sub))
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    unique = list(dict.fromkeys(word.lower() if ignore_case else word for word in words))
    return chars, sorted(unique, key=len, reverse=True)[:_PREFIX_LIMIT]


def _literal_runs(parsed: Any) -> Iterator[str]:
    run = ""
    for op, arg in parsed:
        if op is sre_parse.LITERAL:
            run += chr(arg)
            continue
        if len(run.strip()) >= 2:
            yield run
        run = ""
    if len(run.strip()) >= 2:
        yield run


def inputs(pattern: re.Pattern[str], n: int) -> Iterator[tuple[str, str]]:
    """(label, text of about *n* characters) for each hostile input derived from *pattern*."""
    chars, words = derived(pattern)
    units = sorted(chars | {char + " " for char in chars if char.isalnum()}) + list(UNITS)
    for unit in units:
        run = unit * (n // len(unit))
        yield repr(unit), run
        for word in words:
            yield f"{word!r}+{unit!r}", word + run


class _OverCap(Exception):
    """Raised by the timer when one search runs past the cap."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _OverCap


def search_seconds(pattern: re.Pattern[str], text: str, cap: float = CAP) -> float:
    """CPU seconds to find every match of *pattern* in *text*, as a finditer caller would (inf past *cap*)."""
    previous = signal.signal(signal.SIGVTALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_VIRTUAL, cap)  # CPU seconds too, so a loaded machine stops nothing early
    started = time.thread_time()  # CPU time: other processes on a loaded machine do not count
    try:
        for _ in pattern.finditer(text):
            pass
    except _OverCap:
        return math.inf
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)
    return time.thread_time() - started


def pump(pattern: re.Pattern[str], n: int, max_ratio: float, floor: float) -> tuple[str, float, float] | None:
    """The first super-linear input of *pattern* (label, seconds at n, at 4n), or None when none is."""
    for (label, small), (_, large) in zip(inputs(pattern, n), inputs(pattern, 4 * n), strict=True):
        first = search_seconds(pattern, small)
        if math.isinf(first):
            return label, first, first  # past the cap at the small size already
        if first * _CUBIC < floor:
            continue  # too fast at n for even a cubic growth to reach the floor at 4n
        second = search_seconds(pattern, large)
        if second < floor or second <= max_ratio * first:
            continue
        for _ in range(_REPEATS):  # a growth seen once is measured again: the best times count
            first = min(first, search_seconds(pattern, small))
            second = min(second, search_seconds(pattern, large))
        if second >= floor and second > max_ratio * first:
            return label, first, second
    return None


def super_linear(
    n: int = 400, max_ratio: float = 6.0, floor: float = 0.01
) -> dict[str, tuple[str, str, float, float]]:
    """Each super-linear pattern by :func:`key`: where it was found, its worst input and timings."""
    found = {}
    for pattern, place in collect().values():
        worst = pump(pattern, n, max_ratio, floor)
        if worst is not None:
            found[key(pattern, place)] = (place, *worst)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=400, help="the small input size (default 400)")
    parser.add_argument("--max-ratio", type=float, default=6.0, help="growth allowed from n to 4n (default 6)")
    parser.add_argument("--floor", type=float, default=0.01, help="seconds at 4n below which growth is noise")
    parser.add_argument("--keys", action="store_true", help="print each super-linear pattern's superlinear.txt line")
    parser.add_argument("--census", action="store_true", help="print the patterns compiled at run time (JSON)")
    args = parser.parse_args(argv)
    if args.census:
        print(json.dumps(runtime_census()))
        return 0
    patterns = collect()
    started = time.perf_counter()
    bad = 0
    for pattern, place in patterns.values():
        worst = pump(pattern, args.n, args.max_ratio, args.floor)
        if worst is not None:
            bad += 1
            label, first, second = worst
            if args.keys:
                print(key(pattern, place), flush=True)
            else:
                print(f"{place}: {label[:60]} {first:.4f} s -> {second:.4f} s", flush=True)
    print(f"{bad} of {len(patterns)} patterns super-linear ({time.perf_counter() - started:.1f} s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
