"""Names in queries: every spelling the gazetteer knows finds the person; unknown names are errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from turkru import Party, PartyKind, QueryError
from turkru.chronicle import Chronicle
from turkru.chronicle.names import did_you_mean
from turkru.cli import main
from turkru.serialize import dumps_jsonl

from .reports import TATARSTAN, agreement, meeting, source, visit

A, B, C = source("a", "2021-05-08"), source("b", "2022-03-02"), source("c", "2023-01-10")

CHRONICLE = Chronicle.from_records(
    [
        meeting(A, date="2021-05-07", people=("Sergey Lavrov", "Rashid Meredov")),
        meeting(B, date="2022-03-01", people=("Sergei Lavrov", "Meredow"), place="Ashgabat"),
        meeting(C, date="2023-01-09", people=("Ivan Lavrov", "Zorinov"), place="Kazan"),
        visit(C, date="2023-01-09", by="RU", to="TM", head="Minnikhanov", region=TATARSTAN),
        agreement(C, date="2023-01-09", parties=(Party(name="Kazan Helicopters", kind=PartyKind.COMPANY,
                                                       country="RU"), Party.of_country("TM"))),
    ]
)


def _days(entries: object) -> list[str]:
    return [str(entry.date) for entry in entries]  # type: ignore[attr-defined]


class TestPeople:
    """Any spelling the gazetteer knows, given names included, finds the same person."""

    @pytest.mark.parametrize("name", ["Sergei Lavrov", "Sergey Lavrov", "Lavrov", "S. Lavrov", "Lavrow"])
    def test_lavrov(self, name: str) -> None:
        """Sergey Lavrov's meetings, whichever spelling the query or the record uses; not Ivan Lavrov's."""
        assert _days(CHRONICLE.person(name)) == ["2021-05-07", "2022-03-01"]
        assert _days(CHRONICLE.meetings(with_=name)) == ["2021-05-07", "2022-03-01"]

    @pytest.mark.parametrize("name", ["Rasit Meredow", "Rashid Meredov", "Meredow", "R. Meredov"])
    def test_meredov(self, name: str) -> None:
        """A given-name variant and a surname variant together."""
        assert _days(CHRONICLE.meetings(with_=[name, "Sergei Lavrov"])) == ["2021-05-07", "2022-03-01"]

    def test_known_to_the_chronicle_only(self) -> None:
        """A name the gazetteer lacks but the records use is found, given names and all."""
        assert _days(CHRONICLE.person("Zorinov")) == ["2023-01-09"]
        assert _days(CHRONICLE.person("Ivan Lavrov")) == ["2023-01-09"]

    def test_unknown_person(self) -> None:
        """A misspelt surname names the closest known one."""
        with pytest.raises(QueryError) as caught:
            CHRONICLE.person("Lavrv")
        assert str(caught.value) == (
            "name: 'Lavrv' is not a person the gazetteer or the chronicle knows; "
            "did you mean 'Lavrov'?"
        )

    def test_unknown_given_name(self) -> None:
        """A known surname with given names nobody has is an error too, suggesting the bearers."""
        with pytest.raises(QueryError) as caught:
            list(CHRONICLE.meetings(with_=["Meredov", "Pyotr Lavrov"]))
        assert str(caught.value) == (
            "with_[1]: 'Pyotr Lavrov' is not a person the gazetteer or the chronicle knows; "
            "did you mean 'Sergey Lavrov', 'Sergei Lavrov' or 'Ivan Lavrov'?"
        )


class TestParties:
    """Countries, regions, companies and places by any name the gazetteer or the records know."""

    def test_region_and_country_words(self) -> None:
        """'Tatarstan', 'Republic of Tatarstan' and 'Turkmen' are sides; 'RF' is Russia."""
        assert _days(CHRONICLE.visits(by="Tatarstan", to="Turkmen")) == ["2023-01-09"]
        assert _days(CHRONICLE.visits(by="Republic of Tatarstan")) == ["2023-01-09"]
        assert _days(CHRONICLE.visits(by="RF")) == ["2023-01-09"]

    def test_chronicle_party(self) -> None:
        """A company only the records name is found by a word of its name."""
        assert _days(CHRONICLE.agreements_between("Kazan Helicopters", "TM")) == ["2023-01-09"]

    @pytest.mark.parametrize(
        ("call", "message"),
        [
            (
                lambda c: c.visits(by="Tatarstn"),
                "by: 'Tatarstn' is not a country, region, organisation or place the gazetteer or the "
                "chronicle knows; did you mean 'Tatarstan'?",
            ),
            (
                lambda c: c.agreements_between("TM", "Qqxxzzq"),
                "b: 'Qqxxzzq' is not a country, region, organisation or place the gazetteer or the "
                "chronicle knows (no known name is close)",
            ),
            (
                lambda c: c.meetings(between=("TM", "QX")),
                "between[1]: 'QX' is not a country, region, organisation or place the gazetteer or the "
                "chronicle knows (no known name is close)",
            ),
        ],
    )
    def test_unknown(self, call: object, message: str) -> None:
        """An unknown party is a QueryError at the call, with the closest known names."""
        with pytest.raises(QueryError) as caught:
            call(CHRONICLE)  # type: ignore[operator]
        assert str(caught.value) == message


class TestDidYouMean:
    """The suggestion suffix."""

    def test_several(self) -> None:
        """Up to three names, the closest first, joined with 'or'."""
        assert did_you_mean("Meredov", ["Meredow", "Meredova", "Meredov", "Putin"]) == (
            "; did you mean 'Meredov', 'Meredova' or 'Meredow'?"
        )

    def test_spellings_shown_once(self) -> None:
        """Several spellings of one name are suggested once, as the name to show."""
        pairs = [("Tatarstan Republic", "Tatarstan"), ("Republic of Tatarstan", "Tatarstan"), "Tatarstan"]
        assert did_you_mean("Tatarstn Republic", pairs) == "; did you mean 'Tatarstan'?"

    def test_first(self) -> None:
        """Names given as first come before the close ones, however far they are."""
        assert did_you_mean("Pyotr Lavrov", ["Pyotr Lavrova"], first=["Sergey Lavrov"]) == (
            "; did you mean 'Sergey Lavrov' or 'Pyotr Lavrova'?"
        )

    def test_case_blind(self) -> None:
        """Case does not count, and the known spelling is shown."""
        assert did_you_mean("lavrov", ["Lavrov"]) == "; did you mean 'Lavrov'?"

    def test_none(self) -> None:
        """Nothing close: a note instead of a question."""
        assert did_you_mean("Lavrov", ["Ashgabat"]) == " (no known name is close)"


class TestCommandLine:
    """An unknown name is one line on standard error and exit status 1."""

    def test_unknown_name(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`turkru query person Lavrv` and `query visits --by Narnia` say what is wrong."""
        path = tmp_path / "chronicle.jsonl"
        path.write_text(dumps_jsonl(list(CHRONICLE.reports())), encoding="utf-8")
        assert main(["query", "person", "Lavrv", str(path)]) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err == (
            "turkru: error: name: 'Lavrv' is not a person the gazetteer or the chronicle knows; "
            "did you mean 'Lavrov'?\n"
        )
        assert main(["query", "visits", "--by", "Qqxxzzq", str(path)]) == 1
        assert capsys.readouterr().err == (
            "turkru: error: by: 'Qqxxzzq' is not a country, region, organisation or place the gazetteer "
            "or the chronicle knows (no known name is close)\n"
        )

    def test_any_spelling(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`turkru query person "Sergei Lavrov"` lists Sergey Lavrov's meetings."""
        path = tmp_path / "chronicle.jsonl"
        path.write_text(dumps_jsonl(list(CHRONICLE.reports())), encoding="utf-8")
        assert main(["query", "person", "Sergei Lavrov", str(path), "--format", "csv"]) == 0
        rows = capsys.readouterr().out.splitlines()
        assert [row.split(",")[3] for row in rows[1:]] == ["2021-05-07", "2022-03-01"]
