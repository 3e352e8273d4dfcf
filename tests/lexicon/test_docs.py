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


def _shown(phrases: tuple[str, ...], limit: int = 6) -> str:
    head = ", ".join(phrase.replace("|", "\\|") for phrase in phrases[:limit])
    return head + (f", ... ({len(phrases)} phrases)" if len(phrases) > limit else "")


def lexicon_table(lexicon: Lexicon) -> str:
    """Markdown tables per data file: its rules (cue slots, first example), then its slots."""
    lines: list[str] = []
    for path in sorted(DATA.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        lines += [f"### {path.name}", "", data.get("description", ""), ""]
        lines += ["| rule | cue slots | first example |", "|---|---|---|"]
        for name in data.get("rules", {}):
            rule = lexicon.rule(name)
            example = rule.examples[0] if rule.examples else "-"
            lines.append(f"| `{name}` | {', '.join(rule.cue) or '-'} | {example} |")
        lines += ["", "| slot | phrases |", "|---|---|"]
        for slot in (*data.get("words", {}), *data.get("values", {})):
            lines.append(f"| `{slot}` | {_shown(lexicon.words(slot))} |")
        lines.append("")
    return "\n".join(lines)


def test_examples() -> None:
    """Every ``>>>`` example in the document gives the output it shows."""
    result = doctest.testfile(str(DOC), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


def test_table_is_the_data() -> None:
    """The table of slots and rules is generated from the package data (TURKRU_WRITE_DOCS=1 rewrites it)."""
    text = DOC.read_text(encoding="utf-8")
    wanted = TABLE.sub(lambda match: match.group(1) + lexicon_table(Lexicon.default()) + "\n" + match.group(2), text)
    if os.environ.get("TURKRU_WRITE_DOCS"):
        DOC.write_text(wanted, encoding="utf-8")
    assert text == wanted
