"""``--gazetteer FILE`` and ``--lexicon FILE`` on every command that parses articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from turkru.cli import build_parser, main

Capsys = pytest.CaptureFixture[str]

TALKS = "Rashid Meredov held talks with Ivan Inventov in Ashgabat on 3 March 2024.\n"
INVENTED_PERSON = {
    "people": [{"id": "ivan_inventov", "surname": "Inventov", "given_names": "Ivan", "country": "RU"}],
}
OUTLET_LINE = "Brought to you by the Invented Steppe Courier"
OUTLET_LEXICON = {"words": {"CHROME_LINE": ["brought to you by the invented steppe courier"]}}
PARSING_COMMANDS = (
    ["extract", "a.txt"],
    ["merge", "a.txt"],
    ["timeline", "a.txt"],
    ["query", "meetings", "a.txt"],
    ["query", "person", "Lavrov", "a.txt"],
    ["plot", "a.txt", "-o", "chart.png"],
    ["export", "--to", "cameo", "a.txt"],
)


def _write(folder: Path, name: str, content: object) -> str:
    path = folder / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


def _run(capsys: Capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("argv", PARSING_COMMANDS, ids=lambda argv: " ".join(argv[:2]))
def test_every_parsing_command_takes_both(argv: list[str]) -> None:
    """Each command that may parse article text accepts repeatable --gazetteer and --lexicon."""
    args = build_parser().parse_args([*argv, "--gazetteer", "g.json", "--lexicon", "l1.json", "--lexicon", "l2.json"])
    assert (args.gazetteer, args.lexicon) == (["g.json"], ["l1.json", "l2.json"])


def test_gazetteer_file_teaches_a_person(tmp_path: Path, capsys: Capsys) -> None:
    """A person only the extra gazetteer knows makes the talks a meeting of two known people."""
    article = _write(tmp_path, "talks.txt", TALKS)
    gazetteer = _write(tmp_path, "people.json", INVENTED_PERSON)
    _, without, _ = _run(capsys, "extract", "--format", "facts", article)
    status, with_it, err = _run(capsys, "extract", "--format", "facts", "--gazetteer", gazetteer, article)
    assert json.loads(without)["facts"] == []
    meeting = json.loads(with_it)["facts"][0]
    assert (status, err, meeting["kind"], meeting["participants"]) == (0, "", "meeting", ["Meredov", "Inventov"])


def test_lexicon_file_blanks_an_outlet_line(tmp_path: Path, capsys: Capsys) -> None:
    """A boilerplate line added in an extra lexicon leaves the article's text, for extract and merge."""
    article = _write(tmp_path, "page.txt", f"{TALKS}{OUTLET_LINE}\n")
    lexicon = _write(tmp_path, "outlet.json", OUTLET_LEXICON)
    assert OUTLET_LINE in _run(capsys, "extract", article)[1]
    status, out, err = _run(capsys, "extract", "--lexicon", lexicon, article)
    assert (status, err) == (0, "") and OUTLET_LINE not in out and "Meredov" in out


@pytest.mark.parametrize("command", [["extract"], ["merge"], ["timeline"], ["export", "--to", "polecat"]])
def test_bad_lexicon_is_one_line(command: list[str], tmp_path: Path, capsys: Capsys) -> None:
    """Bad lexicon data stops the command before any article: one line naming file, entry and field."""
    article = _write(tmp_path, "talks.txt", TALKS)
    lexicon = _write(tmp_path, "bad.json", {"rules": {"layout.extra": {"pattern": "{NO_SUCH_SLOT}"}}})
    status, out, err = _run(capsys, *command, "--lexicon", lexicon, article)
    assert (status, out) == (1, "")
    assert err == f"turkru: error: {lexicon}: rules: 'layout.extra': pattern: unknown slot {{NO_SUCH_SLOT}}\n"


def test_bad_lexicon_field(tmp_path: Path, capsys: Capsys) -> None:
    """A wrong field type is named with its entry and index."""
    article = _write(tmp_path, "talks.txt", TALKS)
    lexicon = _write(tmp_path, "bad.json", {"words": {"CHROME_LINE": ["fine", 7]}})
    assert _run(capsys, "extract", "--lexicon", lexicon, article) == (
        1,
        "",
        f"turkru: error: {lexicon}: words: 'CHROME_LINE'[1]: 7 is not a non-empty string\n",
    )


def test_bad_gazetteer_is_one_line(tmp_path: Path, capsys: Capsys) -> None:
    """Bad gazetteer data: one line naming the file, the entry and the field."""
    article = _write(tmp_path, "talks.txt", TALKS)
    gazetteer = _write(tmp_path, "bad.json", {"people": [{"id": "x_y", "surname": 3}]})
    status, out, err = _run(capsys, "merge", "--gazetteer", gazetteer, article)
    assert (status, out) == (1, "")
    assert err.startswith(f"turkru: error: {gazetteer}: people[0] ('x_y'): surname: ") and err.count("\n") == 1


def test_unreadable_lexicon_file(tmp_path: Path, capsys: Capsys) -> None:
    """A lexicon file that does not exist is named."""
    article = _write(tmp_path, "talks.txt", TALKS)
    missing = tmp_path / "none.json"
    status, out, err = _run(capsys, "extract", "--lexicon", str(missing), article)
    assert (status, out) == (1, "")
    assert err.startswith(f"turkru: error: {missing}: cannot read lexicon data (") and err.count("\n") == 1
