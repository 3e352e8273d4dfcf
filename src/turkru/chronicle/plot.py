"""A timeline chart: meetings, visits, sessions and agreements per year, by level.

matplotlib is the optional ``plot`` extra and is imported only when a chart is drawn;
:func:`yearly_counts` gives the same numbers without it, and :func:`left_out` what the
chart does not draw (undated and planned entries), which the chart counts too.
"""

from __future__ import annotations

import importlib
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from turkru.chronicle.entry import ChronicleEntry
from turkru.chronicle.level import Level, OfficeLookup, gazetteer_offices, level_of
from turkru.errors import TurkruError
from turkru.model.records import Agreement, CommissionSession, Meeting, Stage, Status, Visit

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "CHART_KINDS",
    "LEVEL_COLOURS",
    "LeftOut",
    "footnote",
    "happened",
    "left_out",
    "plot_timeline",
    "yearly_counts",
]

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


class LeftOut(NamedTuple):
    """The entries of one kind the chart does not draw: undated (of which ``bounded`` have a
    reported-by day) and planned (announced, not yet held or signed)."""

    undated: int = 0
    bounded: int = 0
    planned: int = 0

    @classmethod
    def total(cls, parts: Iterable[LeftOut]) -> LeftOut:
        """The sum of *parts*, field by field."""
        parts = list(parts)
        return cls(*(sum(part[index] for part in parts) for index in range(len(cls._fields))))


def left_out(
    entries: Iterable[ChronicleEntry], *, include_planned: bool = False, kinds: Sequence[str] = CHART_KINDS
) -> dict[str, LeftOut]:
    """Per kind, the entries :func:`yearly_counts` leaves out: a planned entry counts as planned
    (unless *include_planned*), any other entry without a date as undated."""
    found = {kind: [0, 0, 0] for kind in kinds}
    for entry in entries:
        counts = found.get(entry.kind)
        if counts is None:
            continue
        if not include_planned and not happened(entry):
            counts[2] += 1
        elif entry.date is None:
            counts[0] += 1
            counts[1] += entry.record.reported_by is not None
    return {kind: LeftOut(*counts) for kind, counts in found.items()}


def _panel_title(kind: str, total: int, missing: LeftOut) -> str:
    parts = [f"{missing.undated} undated"] if missing.undated else []
    parts += [f"{missing.planned} planned"] if missing.planned else []
    tail = f"; not drawn: {', '.join(parts)}" if parts else ""
    return f"{_TITLES[kind]} ({total}{tail})"


def footnote(missing: LeftOut, *, include_planned: bool = False) -> str:
    """The chart's note of what it leaves out (empty when it draws everything)."""
    notes = []
    if missing.undated:
        notes.append(
            f"{missing.undated} undated (no event date in the text; {missing.bounded} of them "
            "bounded by the day first reported)"
        )
    if missing.planned and not include_planned:
        notes.append(f"{missing.planned} planned (announced; --include-planned counts them)")
    return "Not drawn: " + "; ".join(notes) + "." if notes else ""


def _format(path: str | os.PathLike[str], canvas_class: Any) -> str:
    """The file format *path* names by its suffix, if matplotlib writes it."""
    formats = sorted(canvas_class.get_supported_filetypes())
    suffix = os.path.splitext(os.fspath(path))[1].lower().lstrip(".")
    if suffix not in formats:
        raise TurkruError(
            f"plot_timeline: {os.fspath(path)!r} does not end in a format matplotlib writes "
            f"(one of {', '.join('.' + name for name in formats)})"
        )
    return suffix


def _axes_of(ax: Any, kinds: Sequence[str]) -> list[Any]:
    if hasattr(ax, "flat"):  # an array of axes, as pyplot.subplots gives
        return _one_each(list(ax.flat), kinds)
    return _one_each(list(ax) if isinstance(ax, (list, tuple)) else [ax], kinds)


def _one_each(axes: list[Any], kinds: Sequence[str]) -> list[Any]:
    if len(axes) != len(kinds):
        raise TurkruError(f"plot_timeline: ax: {len(axes)} axes for {len(kinds)} kinds {list(kinds)!r} (one each)")
    return axes


def plot_timeline(
    chronicle: Iterable[ChronicleEntry],
    path: str | os.PathLike[str] | None = None,
    *,
    ax: Any = None,
    offices: OfficeLookup | None = None,
    include_planned: bool = False,
    title: str = "Turkmenistan-Russia relations: events per year by level",
    kinds: Sequence[str] = CHART_KINDS,
) -> Figure:
    """Draw events per year, stacked by level, and return the matplotlib ``Figure``.

    One panel per kind (meetings, visits, commission sessions, agreements), one bar per
    year, each bar split into head of state, head of government, minister and other.
    Levels come from *offices* (default: the default gazetteer's terms of office) and from
    the roles the records name. Only events that happened are counted unless
    *include_planned*; each panel's title counts the undated and planned entries left out,
    and a footnote under the chart sums them (how many undated ones have a reported-by day).

    *path*, when given, is written in the format its suffix names (any matplotlib writes:
    ``.png``, ``.svg``, ``.pdf``, ...). *ax* draws into existing axes instead of a new figure
    (one ``Axes`` per kind, e.g. ``kinds=["meeting"], ax=ax``); the figure is theirs.
    """
    unknown = [kind for kind in kinds if kind not in CHART_KINDS]
    if unknown or not kinds:
        raise TurkruError(f"plot_timeline: kinds {list(kinds)!r} are not among {list(CHART_KINDS)!r}")
    figure_class, canvas_class = _matplotlib()
    suffix = None if path is None else _format(path, canvas_class)
    axes = None if ax is None else _axes_of(ax, kinds)
    entries = list(chronicle)
    lookup = offices if offices is not None else _default_offices()
    counts = yearly_counts(entries, offices=lookup, include_planned=include_planned)
    counts = {kind: counts[kind] for kind in kinds}
    missing = left_out(entries, include_planned=include_planned, kinds=kinds)
    years = _years(counts)
    figure: Figure
    if axes is None:
        size = (max(7.0, 0.45 * len(years) + 2.5), 2.4 + 1.9 * len(kinds))
        figure = figure_class(figsize=size, layout="constrained")
        canvas_class(figure)
        axes = list(figure.subplots(len(kinds), 1, sharex=True, squeeze=False)[:, 0])
        figure.suptitle(title, fontsize=12)
    else:
        figure = axes[0].figure
    for axis, kind in zip(axes, kinds, strict=True):
        _draw_panel(axis, counts[kind], years)
        axis.set_title(_panel_title(kind, _total(counts[kind]), missing[kind]), loc="left", fontsize=10)
    axes[-1].set_xticks(years)
    axes[-1].tick_params(axis="x", labelrotation=90 if len(years) > 14 else 0)
    axes[0].legend(loc="upper left", ncols=4, fontsize=8, frameon=False, bbox_to_anchor=(0, 1.32))
    note = footnote(LeftOut.total(missing.values()), include_planned=include_planned)
    if note:
        axes[-1].set_xlabel(note, fontsize=8, loc="left")
    if path is not None and suffix is not None:
        try:
            figure.savefig(os.fspath(path), format=suffix)
        except OSError as error:
            raise TurkruError(f"plot_timeline: cannot write {os.fspath(path)!r} ({error.strerror})") from None
    return figure


def _total(per_year: dict[int, Counter[Level]]) -> int:
    return sum(sum(levels.values()) for levels in per_year.values())


def _draw_panel(axis: Any, per_year: dict[int, Counter[Level]], years: list[int]) -> None:
    """One kind's bars, stacked by level."""
    bottom = [0] * len(years)
    for level in Level:
        heights = [per_year.get(year, Counter())[level] for year in years]
        axis.bar(years, heights, bottom=bottom, color=LEVEL_COLOURS[level], label=level.label, width=0.8)
        bottom = [low + high for low, high in zip(bottom, heights, strict=True)]
    axis.set_ylabel("count")
    axis.yaxis.get_major_locator().set_params(integer=True)
    axis.spines[["top", "right"]].set_visible(False)
    axis.set_ylim(0, max([*bottom, 1]) * 1.15)
