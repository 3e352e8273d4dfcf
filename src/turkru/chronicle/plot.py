"""A timeline chart: meetings, visits, sessions and agreements per year, by level.

matplotlib is the optional ``plot`` extra and is imported only when a chart is drawn;
:func:`yearly_counts` gives the same numbers without it.
"""

from __future__ import annotations

import importlib
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from turkru.chronicle.entry import ChronicleEntry
from turkru.chronicle.level import Level, OfficeLookup, gazetteer_offices, level_of
from turkru.errors import TurkruError
from turkru.model.records import Agreement, CommissionSession, Meeting, Stage, Status, Visit

__all__ = ["CHART_KINDS", "LEVEL_COLOURS", "happened", "plot_timeline", "yearly_counts"]

CHART_KINDS: tuple[str, ...] = (Meeting.KIND, Visit.KIND, CommissionSession.KIND, Agreement.KIND)
"""The kinds drawn, one panel each, top to bottom."""

_TITLES = {
    Meeting.KIND: "Meetings",
    Visit.KIND: "Visits",
    CommissionSession.KIND: "Commission sessions",
    Agreement.KIND: "Agreements",
}

LEVEL_COLOURS: dict[Level, str] = {
    Level.HEAD_OF_STATE: "#8c1c13",
    Level.HEAD_OF_GOVERNMENT: "#d1603d",
    Level.MINISTER: "#e9b44c",
    Level.OTHER: "#9aa5b1",
}
"""Bar colours by level, darkest for the most senior."""


def happened(entry: ChronicleEntry) -> bool:
    """Whether the entry reports something done (held; signed or later), not announced."""
    status = entry.record.status
    return status is Status.HELD or (isinstance(status, Stage) and status is not Stage.PLANNED)


def _summit_levels(entries: Iterable[ChronicleEntry], offices: OfficeLookup | None) -> dict[str, Level]:
    """The highest level of the meetings and visits on each day (for agreements signed there)."""
    found: dict[str, Level] = {}
    for entry in entries:
        date = entry.date
        if entry.kind in (Meeting.KIND, Visit.KIND) and date is not None and date.day is not None:
            level = level_of(entry, offices)
            known = found.get(date.isoformat())
            found[date.isoformat()] = level if known is None else min(level, known, key=list(Level).index)
    return found


def yearly_counts(
    entries: Iterable[ChronicleEntry],
    *,
    offices: OfficeLookup | None = None,
    include_planned: bool = False,
) -> dict[str, dict[int, Counter[Level]]]:
    """Entries per kind, per year (of the first day of their date), per level; undated left out.

    An agreement whose signatories say nothing of its level takes the level of the
    meetings and visits held on the day it was signed.
    """
    entries = list(entries)
    summits = _summit_levels(entries, offices)
    counts: dict[str, dict[int, Counter[Level]]] = {kind: {} for kind in CHART_KINDS}
    for entry in entries:
        date = entry.date
        if entry.kind not in counts or date is None:
            continue
        if not include_planned and not happened(entry):
            continue
        level = level_of(entry, offices)
        if level is Level.OTHER and entry.kind == Agreement.KIND and date.day is not None:
            level = summits.get(date.isoformat(), level)
        counts[entry.kind].setdefault(date.year, Counter())[level] += 1
    return counts


def _matplotlib() -> tuple[Any, Any]:
    try:
        figure = importlib.import_module("matplotlib.figure")
        backend = importlib.import_module("matplotlib.backends.backend_agg")
    except ImportError:
        raise TurkruError(
            "plot_timeline needs matplotlib, which is not installed: pip install 'turkru[plot]'"
        ) from None
    return figure.Figure, backend.FigureCanvasAgg


def _years(counts: dict[str, dict[int, Counter[Level]]]) -> list[int]:
    years = [year for per_year in counts.values() for year in per_year]
    if not years:
        raise TurkruError("plot_timeline: no dated meeting, visit, session or agreement to draw")
    return list(range(min(years), max(years) + 1))


def _default_offices() -> OfficeLookup | None:
    try:
        gazetteer = importlib.import_module("turkru.gazetteer").Gazetteer.default()
    except (ImportError, AttributeError, TurkruError):
        return None
    return gazetteer_offices(gazetteer)


def plot_timeline(
    chronicle: Iterable[ChronicleEntry],
    path: str | os.PathLike[str],
    *,
    offices: OfficeLookup | None = None,
    include_planned: bool = False,
    title: str = "Turkmenistan-Russia relations: events per year by level",
    kinds: Sequence[str] = CHART_KINDS,
) -> None:
    """Draw a PNG or SVG (by *path*'s suffix) of events per year, stacked by level.

    One panel per kind (meetings, visits, commission sessions, agreements), one bar per
    year, each bar split into head of state, head of government, minister and other.
    Levels come from *offices* (default: the default gazetteer's terms of office) and from
    the roles the records name. Only events that happened are counted unless
    *include_planned*.
    """
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    if suffix not in (".png", ".svg"):
        raise TurkruError(f"plot_timeline: {os.fspath(path)!r} is not a .png or .svg path")
    unknown = [kind for kind in kinds if kind not in CHART_KINDS]
    if unknown or not kinds:
        raise TurkruError(f"plot_timeline: kinds {list(kinds)!r} are not among {list(CHART_KINDS)!r}")
    figure_class, canvas_class = _matplotlib()
    lookup = offices if offices is not None else _default_offices()
    counts = yearly_counts(chronicle, offices=lookup, include_planned=include_planned)
    counts = {kind: counts[kind] for kind in kinds}
    years = _years(counts)
    size = (max(7.0, 0.45 * len(years) + 2.5), 2.0 + 1.9 * len(kinds))
    figure = figure_class(figsize=size, layout="constrained")
    canvas_class(figure)
    axes = figure.subplots(len(kinds), 1, sharex=True, squeeze=False)[:, 0]
    for axis, kind in zip(axes, kinds, strict=True):
        bottom = [0] * len(years)
        for level in Level:
            heights = [counts[kind].get(year, Counter())[level] for year in years]
            axis.bar(years, heights, bottom=bottom, color=LEVEL_COLOURS[level], label=level.label, width=0.8)
            bottom = [low + high for low, high in zip(bottom, heights, strict=True)]
        total = sum(bottom)
        axis.set_title(f"{_TITLES[kind]} ({total})", loc="left", fontsize=10)
        axis.set_ylabel("count")
        axis.yaxis.get_major_locator().set_params(integer=True)
        axis.spines[["top", "right"]].set_visible(False)
        axis.set_ylim(0, max([*bottom, 1]) * 1.15)
    axes[-1].set_xticks(years)
    axes[-1].tick_params(axis="x", labelrotation=90 if len(years) > 14 else 0)
    axes[0].legend(loc="upper left", ncols=4, fontsize=8, frameon=False, bbox_to_anchor=(0, 1.32))
    figure.suptitle(title, fontsize=12)
    try:
        figure.savefig(os.fspath(path), format=suffix[1:])
    except OSError as error:
        raise TurkruError(f"plot_timeline: cannot write {os.fspath(path)!r} ({error.strerror})") from None
