"""Exports: flat CSV (pinned), the pandas DataFrame, the timeline chart and its levels."""

from __future__ import annotations

import builtins
import io
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from turkru import Direction, Party, Status, TurkruError
from turkru.chronicle import Chronicle
from turkru.chronicle.level import Level, level_of, office_level
from turkru.chronicle.plot import LeftOut, footnote, left_out, plot_timeline, yearly_counts
from turkru.chronicle.table import render_table
from turkru.serialize.csv import COLUMNS, to_csv

from .reports import TATARSTAN, agreement, event, meeting, session, source, trade, visit

A = source("a", "2021-05-08", "Trend")
B = source("b", "2021-05-09", "TASS")


def _chronicle() -> Chronicle:
    return Chronicle.from_records(
        [
            meeting(A, topics=("trade",)),
            meeting(B, date="2021-05-08"),
            visit(A),
            session(B, chairs=("Overchuk", "Meredov")),
            agreement(A, parties=(Party.of_country("TM"), TATARSTAN), signatories=("Meredov",)),
            trade(
                A,
                direction=Direction.EXPORT,
                exporter="TM",
                importer="RU",
                goods=("natural gas", "oil"),
                amount="5.5",
                unit="bcm",
            ),
            event(B, name='Caspian "Economic" Forum, first', date=None),
        ]
    )


CSV = """\
id,kind,status,date,end_date,date_start,date_end,reported_by,place,region,mode,participants,co_chairs,signator\
ies,delegation_of,host,head,body,session_number,session_format,parties,title,doc_type,count,period,direction,e\
xporter,importer,commodities,amount,unit,more_amounts,change_percent,source_count,sources,outlets,urls,publish\
ed,reprint_count,reprints,reprint_outlets,reprint_urls,evidence,conflicts,place_geonames_id,place_latitude,pla\
ce_longitude,region_iso_3166_2,parties_iso_3166_2,participants_enwiki
agreement-2021-05-07-6ea0b4fe7268,agreement,signed,2021-05-07,,2021-05-07,2021-05-07,2021-05-08,,,,Meredov,,Me\
redov,,,,,,,TM; Republic of Tatarstan,programme of economic cooperation for 2021-2023,programme,,,,,,,,,,,1,a,\
Trend,,2021-05-08,0,,,,span,,,,,,,
commission_session-2021-05-07-acf75cc69e0b,commission_session,held,2021-05-07,,2021-05-07,2021-05-07,2021-05-0\
9,Ashgabat,,,Overchuk; Meredov,Overchuk; Meredov,,,,,intergovernmental_commission,11,session,,,,,,,,,,,,,,1,b,\
TASS,,2021-05-09,0,,,,span,,,,,,,
meeting-2021-05-07-8af6269b0bbe,meeting,held,2021-05-07,,2021-05-07,2021-05-07,2021-05-08,Moscow,,in_person,La\
vrov; Meredov,,,,,,,,,,,,,,,,,,,,,,2,a; b,Trend; TASS,,2021-05-08; 2021-05-09,0,,,,span,date,,,,,,
visit-2021-05-07-a5aad710d4dc,visit,held,2021-05-07,,2021-05-07,2021-05-07,2021-05-08,Moscow,,,,,,TM,RU,Meredo\
v,,,,,,,,,,,,,,,,,1,a,Trend,,2021-05-08,0,,,,span,,,,,,,
trade_flow-2023-995c52ea36ef,trade_flow,held,2023,,2023-01-01,2023-12-31,2021-05-08,,,,,,,,,,,,,,,,,,export,TM\
,RU,natural gas; oil,5.5,bcm,,,1,a,Trend,,2021-05-08,0,,,,span,,,,,,,
event-undated-af6595bb9018,event,held,,,,,2021-05-09,Moscow,,,,,,,,,,,,,"Caspian ""Economic"" Forum, first",,,\
,,,,,,,,,1,b,TASS,,2021-05-09,0,,,,span,,,,,,,
"""


class TestCsv:
    """to_csv: one row per entry, fixed columns, lists joined with '; '."""

    def test_exact_output(self) -> None:
        """The whole CSV text, header and quoting included."""
        assert to_csv(_chronicle()) == CSV

    def test_header(self) -> None:
        """The header is COLUMNS."""
        assert to_csv(Chronicle()) == ",".join(COLUMNS) + "\n"

    def test_file_and_path(self, tmp_path: Path) -> None:
        """Written to an open file or a path, the same text."""
        buffer = io.StringIO()
        to_csv(_chronicle(), buffer)
        assert buffer.getvalue() == CSV
        to_csv(_chronicle(), tmp_path / "out.csv")
        assert (tmp_path / "out.csv").read_text(encoding="utf-8") == CSV

    def test_records_are_merged_first(self) -> None:
        """A list of records is merged before export; the method gives the same text."""
        records = [meeting(A), meeting(B, date="2021-05-08")]
        assert to_csv(records) == Chronicle.from_records(records).to_csv()
        assert to_csv(records).count("\n") == 2

    def test_bad_input(self) -> None:
        """Anything else is a SerializationError naming it."""
        with pytest.raises(TurkruError, match=r"^\$: 42 is not a chronicle, entries or records$"):
            to_csv(42)


class TestTable:
    """render_table: aligned columns, a description per kind, a count line."""

    def test_exact_output(self) -> None:
        """The whole table."""
        assert render_table(_chronicle()) == (
            "date        kind       status  what                                                          "
            "place     reported    sources  conflicts  id\n"
            "2021-05-07  agreement  signed  programme: programme of economic cooperation for 2021-2023    "
            "          2021-05-08  1                   agreement-2021-05-07-6ea0b4fe7268\n"
            "2021-05-07  session    held    intergovernmental commission 11th session: Overchuk, Meredov  "
            "Ashgabat  2021-05-09  1                   commission_session-2021-05-07-acf75cc69e0b\n"
            "2021-05-07  meeting    held    Lavrov, Meredov                                               "
            "Moscow    2021-05-08  2        date       meeting-2021-05-07-8af6269b0bbe\n"
            "2021-05-07  visit      held    TM -> RU: Meredov                                             "
            "Moscow    2021-05-08  1                   visit-2021-05-07-a5aad710d4dc\n"
            "2023        trade      held    export TM -> RU: natural gas, oil (5.5 bcm)                   "
            "          2021-05-08  1                   trade_flow-2023-995c52ea36ef\n"
            'undated     event      held    Caspian "Economic" Forum, first                               '
            "Moscow    2021-05-09  1                   event-undated-af6595bb9018\n"
            "6 entries\n"
        )

    def test_empty(self) -> None:
        """No entries: the header and '0 entries'."""
        assert render_table([]).splitlines()[1] == "0 entries"


def _without(monkeypatch: pytest.MonkeyPatch, module: str) -> None:
    """Make importing *module* fail, as if the extra were not installed."""
    real = builtins.__import__

    def fake(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == module or name.startswith(module + "."):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake)
    monkeypatch.setattr("importlib.import_module", lambda name: fake(name))


class TestDataFrame:
    """to_dataframe: the CSV columns plus year, typed; a clear error without pandas."""

    def test_frame(self) -> None:
        """One row per entry, nullable integer counts, a year column."""
        pytest.importorskip("pandas")
        frame = _chronicle().to_dataframe()
        assert list(frame.columns) == [*COLUMNS, "year"]
        assert len(frame) == 6
        assert frame["source_count"].tolist() == [1, 1, 2, 1, 1, 1]
        assert str(frame["session_number"].dtype) == "Int64"
        assert frame["year"].tolist()[:5] == [2021, 2021, 2021, 2021, 2023]
        assert frame.groupby("kind").size().to_dict()["meeting"] == 1

    def test_without_pandas(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without pandas: a TurkruError saying how to install it."""
        _without(monkeypatch, "pandas")
        with pytest.raises(TurkruError) as caught:
            _chronicle().to_dataframe()
        assert str(caught.value) == (
            "to_dataframe needs pandas, which is not installed: pip install 'turkru[pandas]'"
        )


class TestLevels:
    """office_level and level_of: head of state, head of government, minister, other."""

    @pytest.mark.parametrize(
        ("title", "level"),
        [
            ("President of Turkmenistan", Level.HEAD_OF_STATE),
            ("President of the Russian Federation", Level.HEAD_OF_STATE),
            ("Prime Minister of Russia", Level.HEAD_OF_GOVERNMENT),
            ("Chairman of the Government of the Russian Federation", Level.HEAD_OF_GOVERNMENT),
            ("Deputy Prime Minister", Level.MINISTER),
            ("Deputy Chairman of the Cabinet of Ministers of Turkmenistan", Level.MINISTER),
            ("Minister of Foreign Affairs", Level.MINISTER),
            ("Deputy Minister of Foreign Affairs", Level.OTHER),
            ("President of Gazprom", Level.OTHER),
            ("Press Secretary of the President of Russia", Level.OTHER),
            ("Prime Minister of Tatarstan", Level.OTHER),
            ("Chairman of the Cabinet of Ministers of Turkmenistan", Level.HEAD_OF_GOVERNMENT),
            ("Foreign Minister of Russia", Level.MINISTER),
            ("Deputy Foreign Minister", Level.OTHER),
            ("Governor of Vladimir oblast", Level.OTHER),
        ],
    )
    def test_office_level(self, title: str, level: Level) -> None:
        """Titles map to levels by their words."""
        assert office_level(title) is level

    def test_highest_participant(self) -> None:
        """An entry's level is its most senior participant's, by the office lookup and roles."""
        offices = {"putin": ["President of Russia"], "lavrov": ["Minister of Foreign Affairs of Russia"]}
        entry = Chronicle.from_records([meeting(A, people=("Putin", "Lavrov"))]).entries[0]
        assert level_of(entry, lambda person, _day: offices.get(person.key, [])) is Level.HEAD_OF_STATE
        assert level_of(entry) is Level.OTHER
        with_role = Chronicle.from_records(
            [meeting(A, people=(), roles=("Prime Minister of Russia",))]
        ).entries[0]
        assert level_of(with_role) is Level.HEAD_OF_GOVERNMENT


def _offices(person: Any, _day: Any) -> list[str]:
    return {"putin": ["President of Russia"], "meredov": ["Minister of Foreign Affairs"]}.get(person.key, [])


class TestChart:
    """yearly_counts and plot_timeline."""

    def _chronicle(self) -> Chronicle:
        return Chronicle.from_records(
            [
                meeting(A, date="2021-05-07", people=("Putin", "Berdimuhamedov")),
                meeting(B, date="2022-03-01"),
                meeting(B, date="2022-03-02", status=Status.PLANNED),
                visit(A, date="2021-05-07"),
                session(B, date="2020-10"),
                agreement(A, date="2021-05-07"),
                agreement(B, date=None),
            ]
        )

    def test_counts(self) -> None:
        """Per kind, year and level; planned and undated entries left out; a summit's documents
        take the summit's level."""
        counts = yearly_counts(self._chronicle(), offices=_offices)
        assert counts == {
            "meeting": {2021: Counter({Level.HEAD_OF_STATE: 1}), 2022: Counter({Level.MINISTER: 1})},
            "visit": {2021: Counter({Level.MINISTER: 1})},
            "commission_session": {2020: Counter({Level.OTHER: 1})},
            "agreement": {2021: Counter({Level.HEAD_OF_STATE: 1})},
        }
        planned = yearly_counts(self._chronicle(), offices=_offices, include_planned=True)
        assert sum(planned["meeting"][2022].values()) == 2

    @pytest.mark.parametrize("suffix", [".png", ".svg"])
    def test_draws(self, tmp_path: Path, suffix: str) -> None:
        """A PNG or an SVG file is written."""
        pytest.importorskip("matplotlib")
        path = tmp_path / f"chart{suffix}"
        plot_timeline(self._chronicle(), path, offices=_offices)
        data = path.read_bytes()
        assert data.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in data[:500]

    def test_any_format_matplotlib_writes(self, tmp_path: Path) -> None:
        """A .pdf is written as a PDF, by its suffix."""
        pytest.importorskip("matplotlib")
        path = tmp_path / "chart.pdf"
        plot_timeline(self._chronicle(), path, offices=_offices)
        assert path.read_bytes().startswith(b"%PDF")

    def test_bad_suffix(self, tmp_path: Path) -> None:
        """A suffix matplotlib cannot write is named, with the formats it can; nothing is written."""
        pytest.importorskip("matplotlib")
        message = r"chart\.docx' does not end in a format matplotlib writes \(one of .*\.png"
        with pytest.raises(TurkruError, match=message):
            plot_timeline(self._chronicle(), tmp_path / "chart.docx")
        assert not (tmp_path / "chart.docx").exists()

    def test_returns_the_figure(self, tmp_path: Path) -> None:
        """Without a path: the Figure, for a notebook, and no file."""
        pytest.importorskip("matplotlib")
        from matplotlib.figure import Figure

        figure = Chronicle.plot_timeline(self._chronicle(), offices=_offices)
        assert isinstance(figure, Figure)
        assert len(figure.axes) == 4
        assert list(tmp_path.iterdir()) == []

    def _with_undated(self) -> Chronicle:
        """The chart's chronicle and a document no article dates (bounded by B's publication)."""
        return self._chronicle().add(agreement(B, date=None, title="memorandum on sport"))

    def test_left_out(self) -> None:
        """Per kind, the planned and the undated entries (and how many of those have a bound)."""
        missing = left_out(self._with_undated())
        assert missing["meeting"] == LeftOut(planned=1)
        assert missing["agreement"] == LeftOut(undated=1, bounded=1)
        assert missing["visit"] == missing["commission_session"] == LeftOut()
        assert left_out(self._with_undated(), include_planned=True)["meeting"] == LeftOut()

    def test_left_out_without_a_bound(self) -> None:
        """An undated visit from an article with no publication date is undated and unbounded."""
        chronicle = Chronicle.from_records([visit(source("n"), date=None), visit(A, date="2020-02-02")])
        assert left_out(chronicle)["visit"] == LeftOut(undated=1, bounded=0)

    def test_footnote_text(self) -> None:
        """The note sums what is left out; nothing left out, no note."""
        assert footnote(LeftOut(undated=3, bounded=2, planned=4)) == (
            "Not drawn: 3 undated (no event date in the text; 2 of them bounded by the day first reported); "
            "4 planned (announced; --include-planned counts them)."
        )
        assert footnote(LeftOut(undated=1, bounded=1)) == (
            "Not drawn: 1 undated (no event date in the text; 1 of them bounded by the day first reported)."
        )
        assert footnote(LeftOut()) == ""

    def test_chart_counts_what_it_leaves_out(self) -> None:
        """Panel titles and the footnote under the last panel count the undated and planned entries."""
        pytest.importorskip("matplotlib")
        figure = plot_timeline(self._with_undated(), offices=_offices)
        titles = [axis.get_title(loc="left") for axis in figure.axes]
        assert titles == [
            "Meetings (2; not drawn: 1 planned)",
            "Visits (1)",
            "Commission sessions (1)",
            "Agreements (1; not drawn: 1 undated)",
        ]
        assert figure.axes[-1].get_xlabel() == footnote(LeftOut(undated=1, bounded=1, planned=1))

    def test_into_given_axes(self) -> None:
        """ax= draws into the caller's axes, one per kind, and returns their figure."""
        pytest.importorskip("matplotlib")
        from matplotlib.figure import Figure

        mine = Figure()
        axis = mine.subplots()
        figure = plot_timeline(self._chronicle(), ax=axis, kinds=["meeting"], offices=_offices)
        assert figure is mine
        assert sum(patch.get_height() for patch in axis.patches) == 2
        with pytest.raises(TurkruError, match=r"ax: 1 axes for 2 kinds \['meeting', 'visit'\] \(one each\)$"):
            plot_timeline(self._chronicle(), ax=axis, kinds=["meeting", "visit"])

    def test_nothing_to_draw(self, tmp_path: Path) -> None:
        """An empty chronicle is an error, not an empty picture."""
        pytest.importorskip("matplotlib")
        with pytest.raises(TurkruError) as caught:
            plot_timeline(Chronicle(), tmp_path / "chart.png")
        assert str(caught.value) == "plot_timeline: no dated meeting, visit, session or agreement to draw"

    def test_without_matplotlib(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """Without matplotlib: a TurkruError saying how to install it."""
        _without(monkeypatch, "matplotlib")
        with pytest.raises(TurkruError) as caught:
            plot_timeline(self._chronicle(), tmp_path / "chart.png")
        assert str(caught.value) == (
            "plot_timeline needs matplotlib, which is not installed: pip install 'turkru[plot]'"
        )
