"""Parsing time of the adversarial input families of issue 12, in seconds per MB at growing sizes.

    python benchmarks/reliability_families.py [--sizes 100 400 1000] [--family Q7-space ...]
                                              [--max-per-mb 3] [--max-ratio 6] [--cap 60] [--against-prose]
                                              [--retimes 2]

Each family is one kind of hostile text (an unclosed ``<script>``, a long digit run in a trade
sentence, a thousand agreements, ...) built to the size asked. The script prints the CPU seconds
per MB of ``parse_article`` at each size and the growth from the first size to each later one
(time ratio over size ratio: 1 is linear, 4 is quadratic at a 4x step). It exits 1 when a family
exceeds ``--max-per-mb`` at a size from 400 KB up, or grows more than ``--max-ratio`` times the
size ratio would allow, or runs past ``--cap`` seconds. With ``--against-prose`` the per-MB limit
is scaled by how much slower than on a quiet machine ordinary prose (:func:`baseline`) parses just
before each family, so a loaded machine does not fail a family that is only as slow as everything
else on it. A family that fails is measured again up to ``--retimes`` times, keeping the least time
at each size, so one stray pause on a shared machine does not fail it. The texts are our own words.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Callable, Iterator
from itertools import count
from types import FrameType

from words import made_up_word

from turkru import Gazetteer, parse_article

LEAD = "Ashgabat, 3 March 2025 (TDH). Turkmenistan and Russia discussed cooperation.\n\n"
"""A plain opening line, so each family's text sits in an ordinary dated story."""

COMMODITIES = ("wheat", "cotton", "timber", "sugar", "fertilizer", "steel", "gas", "oil")
TOPICS = ("culture", "education", "sport", "energy", "transport", "health", "science", "tourism")
CITIES = ("Moscow", "Ashgabat", "Kazan", "Turkmenbashi", "Mary", "Astrakhan", "Sochi", "Balkanabat")
CAPITALISED = ("Alpha", "Bravo", "Delta", "Echo", "Golf", "Hotel", "India", "Kilo", "Lima", "Oscar")


def _repeat(unit: Callable[[int], str], size: int, head: str = LEAD, tail: str = "") -> str:
    """*head*, then ``unit(0)``, ``unit(1)`` ... until the text has about *size* characters, then *tail*."""
    parts = [head]
    length = len(head) + len(tail)
    for index in count():
        if length >= size:
            break
        piece = unit(index)
        parts.append(piece)
        length += len(piece)
    parts.append(tail)
    return "".join(parts)


def _padding(size: int, head: str, tail: str, fill: str) -> str:
    """*head* + *fill* repeated to about *size* characters + *tail*."""
    room = max(0, size - len(head) - len(tail))
    return head + (fill * (room // len(fill) + 1))[:room] + tail


def _digits(size: int) -> str:
    return _padding(size, LEAD + "Trade between Turkmenistan and Russia rose to $", " million in 2024.", "7")


def _word(index: int, words: tuple[str, ...]) -> str:
    return words[index % len(words)] + ("" if index < len(words) else f"-{index}")


PROSE = (
    "Rashid Meredov, the Turkmen foreign minister, held talks with Sergey Lavrov in Moscow on {day} May. "
    "The ministers discussed trade, energy and transport, and agreed to meet again in autumn.\n"
    "Trade between the two countries grew by {day} percent in the first quarter, the ministry said.\n"
    "A delegation from Kazan visited Ashgabat and signed a memorandum on cooperation in education.\n"
)
"""Ordinary news prose in our own words: the baseline each family is compared with."""


def baseline(size: int) -> str:
    """Plain prose of about *size* characters: what the machine's speed is judged by."""
    return _repeat(lambda i: PROSE.format(day=i % 28 + 1), size)


FAMILIES: dict[str, Callable[[int], str]] = {
    "Q1-script": lambda size: _repeat(lambda i: f"<script>var a{i} = 1; ", size, "<p>" + LEAD),
    "Q1-style": lambda size: _repeat(lambda i: f"<style>p{{margin:{i}px}} ", size, "<p>" + LEAD),
    "Q1-comment": lambda size: _repeat(lambda i: f"<!-- note {i} ", size, "<p>" + LEAD),
    "Q2-digits": _digits,
    "Q3-amounts": lambda size: _repeat(
        lambda i: f", ${i % 97 + 1}.{i % 9} million",
        size,
        LEAD + "Trade between Turkmenistan and Russia reached $1.1 million",
        " in 2024.",
    ),
    "Q4-agreements": lambda size: _repeat(
        lambda i: f"Turkmenistan and Russia signed an agreement on cooperation in {_word(i, TOPICS)} number {i}.\n",
        size,
    ),
    "Q4-titles": lambda size: _repeat(
        lambda i: f"Turkmenistan and Russia signed an agreement on the {made_up_word(i)} industry.\n", size
    ),
    "Q5-clauses": lambda size: _repeat(
        lambda i: f"Russia exported {_word(i, COMMODITIES)} worth ${i % 90 + 1} million to Turkmenistan, and ",
        size,
        LEAD + "In 2024 trade grew: ",
        "exports of gas rose.",
    ),
    "Q6-mentions": lambda size: _repeat(
        lambda i: f"a memorandum on {_word(i, TOPICS)}, ",
        size,
        LEAD + "Turkmenistan and Russia signed an agreement, ",
        "and a protocol.",
    ),
    "Q6-titles": lambda size: _repeat(
        lambda i: f"a memorandum on the {made_up_word(i)} industry, ",
        size,
        LEAD + "Turkmenistan and Russia signed an agreement, ",
        "and a protocol.",
    ),  # thousands of distinct documents in one sentence: each record once read its whole sentence
    "Q7-tabs": lambda size: _padding(size, LEAD + "The sides signed an agreement on", "cooperation.", "\t"),
    "Q7-nbsp": lambda size: _padding(size, LEAD + "The sides signed an agreement on", "cooperation.", "\u00a0"),
    "Q7-script": lambda size: _padding(
        size, LEAD + "The sides signed an agreement on <script>", "</script> cooperation.", "x = 1; "
    ),
    "Q8-visits": lambda size: _repeat(
        lambda i: f"visited {_word(i, CITIES)}, ",
        size,
        LEAD + "Meredov, the Turkmen foreign minister, ",
        "and then returned home.",
    ),
    "Q9-capitals": lambda size: _repeat(
        lambda i: f"{_word(i, CAPITALISED).capitalize()} ",
        size,
        LEAD + "The Turkmen-Russian Business Forum ",
        "opened in Ashgabat.",
    ),
    "Q10-tabs": lambda size: _padding(size, LEAD + "The sides discussed", " trade.", "\t"),
    "dateline-US": lambda size: _padding(size, "", " - Russia and Turkmenistan met.", "U.S. "),
}
"""Each family's text of about the given number of characters."""


class OverCap(Exception):
    """Raised when one parse runs past the time cap."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise OverCap


def seconds(text: str, gazetteer: Gazetteer, cap: float) -> float | None:
    """CPU seconds of one parse of *text*, or None when it runs past *cap* CPU seconds."""
    previous = signal.signal(signal.SIGVTALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_VIRTUAL, cap)
    try:
        started = time.process_time()
        parse_article(text, gazetteer=gazetteer)
        return time.process_time() - started
    except OverCap:
        return None
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def measure(name: str, sizes: list[int], gazetteer: Gazetteer, cap: float) -> Iterator[tuple[int, float | None]]:
    """(size in bytes, seconds or None) for family *name* at each size (the best of two runs below
    1 MB), stopping after a timeout."""
    for size in sizes:
        runs = 2 if size < 1_000_000 else 1  # the best of two below 1 MB: one stray pause skews a ratio
        spent = seconds(FAMILIES[name](size), gazetteer, cap)
        for _ in range(runs - 1):  # a text built anew: no cache of the first run's strings helps
            again = seconds(FAMILIES[name](size), gazetteer, cap) if spent is not None else None
            spent = min(spent, again) if spent is not None and again is not None else spent
        yield size, spent
        if spent is None:
            return


QUIET_PROSE_PER_MB = 3.8
"""CPU seconds per MB of :func:`baseline` prose on the development machine: the least of the runs
measured on 2026-12-02 (3.8-4.2 at load averages of 3 to 7, so CPU time barely follows the load).
Up to this speed the families are held to the plain ``--max-per-mb``; a slower machine scales it."""


def slowdown(gazetteer: Gazetteer, cap: float) -> float:
    """How much slower than :data:`QUIET_PROSE_PER_MB` the machine parses ordinary prose right now
    (1 when not slower): the best of two parses of 100 KB."""
    size = 100_000
    spent = [seconds(baseline(size), gazetteer, cap) or cap for _ in range(2)]
    return max(1.0, min(spent) / (size / 1e6) / QUIET_PROSE_PER_MB)


Timings = list[tuple[int, float | None]]
"""(size in bytes, CPU seconds or None after a timeout) of one family."""


def best_of(first: Timings, again: Timings) -> Timings:
    """The least time at each size of two measurements of one family; a size counts as timed out
    (None) only when neither measurement timed it."""
    sizes = [size for size, _ in max(first, again, key=len)]
    one, other = dict(first), dict(again)
    timed = ([t for t in (one.get(size), other.get(size)) if t is not None] for size in sizes)
    return [(size, min(times) if times else None) for size, times in zip(sizes, timed, strict=True)]


def judge(results: Timings, max_per_mb: float, max_ratio: float) -> list[str]:
    """What is wrong with one family's figures (empty when nothing)."""
    problems = []
    first_size, first = results[0]
    for size, spent in results:
        if spent is None:
            problems.append(f"over the time cap at {size // 1000} KB")
            continue
        per_mb = spent / (size / 1e6)
        if size >= 400_000 and per_mb > max_per_mb:
            problems.append(f"{per_mb:.2f} s/MB at {size // 1000} KB (limit {max_per_mb})")
        if size > first_size and first is not None and first >= 0.05:
            allowed = max_ratio / 4 * (size / first_size)
            if spent / first > allowed:
                problems.append(f"{spent / first:.1f}x the time for {size / first_size:.0f}x the size")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400, 1000], help="sizes in KB")
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES), help="only these (repeatable)")
    parser.add_argument("--max-per-mb", type=float, default=3.0, help="seconds per MB allowed from 400 KB up")
    parser.add_argument(
        "--max-ratio", type=float, default=6.0, help="time growth allowed for a 4x size step (in proportion for others)"
    )
    parser.add_argument("--cap", type=float, default=60.0, help="CPU seconds before one parse is given up")
    parser.add_argument(
        "--retimes",
        type=int,
        default=2,
        help="times a family that fails is measured again, keeping the least time at each size, "
        "before it counts as failed (one stray pause on a shared machine skews a single run)",
    )
    parser.add_argument(
        "--against-prose",
        action="store_true",
        help="scale --max-per-mb by how much slower than on a quiet machine ordinary prose parses now, "
        "measured before each family (for a loaded machine)",
    )
    args = parser.parse_args(argv)
    sizes = [kb * 1000 for kb in args.sizes]
    gazetteer = Gazetteer.default()
    parse_article(LEAD, gazetteer=gazetteer)  # warm the caches
    print(f"{'family':<15}" + "".join(f"{kb:>9} KB" for kb in args.sizes) + "   (CPU s/MB)")
    failures = 0
    for name in args.family or list(FAMILIES):
        factor = slowdown(gazetteer, args.cap) if args.against_prose else 1.0
        results = list(measure(name, sizes, gazetteer, args.cap))
        cells = [f"{'> cap':>12}" if spent is None else f"{spent / (size / 1e6):>12.2f}" for size, spent in results]
        problems = judge(results, args.max_per_mb * factor, args.max_ratio)
        for _ in range(args.retimes if problems else 0):
            results = best_of(results, list(measure(name, sizes, gazetteer, args.cap)))
            problems = judge(results, args.max_per_mb * factor, args.max_ratio)
            if not problems:
                break
        failures += bool(problems)
        scaled = f"   (limit {args.max_per_mb * factor:.1f} s/MB: prose {factor:.2f}x slower than quiet)"
        verdict = "   FAIL: " + "; ".join(problems) if problems else ""
        print(f"{name:<15}" + "".join(cells) + (scaled if args.against_prose else "") + verdict, flush=True)
    print(f"{failures} of {len(args.family or FAMILIES)} families failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
