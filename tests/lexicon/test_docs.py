"""docs/lexicon.md: its examples run as written, and its table of slots and rules is the data's."""

from __future__ import annotations

import doctest
import json
import os
import re
from pathlib import Path

from turkru.lexicon import Lexicon

DOC = Path(__file__).resolve().parents[2] / "docs" / "lexicon.md"
TABLE = re.compile(r"(<!-- lexicon-table -->\n).*?(<!-- /lexicon-table -->)", re.DOTALL)


DATA = Path(__file__).resolve().parents[2] / "src" / "turkru" / "lexicon" / "data"


def _shown(phrases: tuple[str, ...], limit: int = 3) -> str:
    head = ", ".join(phrase.replace("|", "\\|") for phrase in phrases[:limit])
    return head + (", ..." if len(phrases) > limit else "")


def file_section(lexicon: Lexicon, path: Path) -> str:
    """The Markdown of one data file: its rules with their cue slots, its slots with their first phrases."""
    data = json.loads(path.read_text(encoding="utf-8"))
    lines = [f"### {path.name}", "", "| rule | cue slots |", "|---|---|"]
    lines += [f"| `{name}` | {', '.join(lexicon.rule(name).cue) or '-'} |" for name in data.get("rules", {})]
    lines += ["", "| slot | first phrases |", "|---|---|"]
    slots = (*data.get("words", {}), *data.get("values", {}))
    lines += [f"| `{slot}` | {_shown(lexicon.words(slot))} |" for slot in slots]
    return "\n".join(lines) + "\n"


def lexicon_table(lexicon: Lexicon) -> str:
    """The sections of every data file, in file-name order."""
    return "\n".join(file_section(lexicon, path) for path in sorted(DATA.glob("*.json")))


def _documented(text: str) -> dict[str, str]:
    """File name -> its section as the document shows it."""
    table = TABLE.search(text)
    assert table is not None, "docs/lexicon.md lost its <!-- lexicon-table --> markers"
    body = text[table.end(1) : table.start(2)]
    sections = re.split(r"\n(?=### )", body)
    return {
        section.split("\n", 1)[0].removeprefix("### "): section.rstrip("\n") + "\n" for section in sections if section
    }


def test_examples() -> None:
    """Every ``>>>`` example in the document gives the output it shows."""
    result = doctest.testfile(str(DOC), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


def test_table_is_the_data() -> None:
    """Every rule and slot the table shows is in the data, in the file it says (a removed or moved
    name fails); names added since the table was written may wait (TURKRU_WRITE_DOCS=1 rewrites it)."""
    text = DOC.read_text(encoding="utf-8")
    if os.environ.get("TURKRU_WRITE_DOCS"):
        text = TABLE.sub(lambda match: match.group(1) + lexicon_table(Lexicon.default()) + match.group(2), text)
        DOC.write_text(text, encoding="utf-8")
    shown = _documented(text)
    assert shown, "the table is empty"
    for name, section in shown.items():
        path = DATA / name
        assert path.is_file(), f"docs/lexicon.md shows {name}, which is no data file"
        data = json.loads(path.read_text(encoding="utf-8"))
        names = {*data.get("rules", {}), *data.get("words", {}), *data.get("values", {})}
        assert set(re.findall(r"^\| `([^`]+)`", section, re.M)) <= names, name
