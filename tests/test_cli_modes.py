"""Every output file, text or SQLite store, is created with the user's umask (an existing one keeps its mode)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from turkru.cli import main

CALL = "Vladimir Putin and Serdar Berdimuhamedov held a telephone conversation on 5 September 2024.\n"

COMMANDS = {
    "extract.jsonl": ["extract"],
    "merge.jsonl": ["merge"],
    "merge.sqlite": ["merge"],
    "timeline.csv": ["timeline", "--format", "csv"],
    "query.tsv": ["query", "meetings", "--format", "tsv"],
}


def _run(tmp_path: Path, name: str) -> Path:
    article = tmp_path / "call.txt"
    article.write_text(CALL, encoding="utf-8")
    output = tmp_path / name
    command = COMMANDS[name]
    assert main([*command, str(article), "-o", str(output)]) == 0
    return output


@pytest.mark.parametrize("name", list(COMMANDS))
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_output_respects_the_umask(tmp_path: Path, name: str, umask: int, mode: int) -> None:
    """A new output gets 0666 less the umask, as a file any other program writes would."""
    previous = os.umask(umask)
    try:
        output = _run(tmp_path, name)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(output.stat().st_mode) == mode
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".turkru-")] == []


def test_replaced_store_keeps_its_mode(tmp_path: Path) -> None:
    """Writing a store over an existing one keeps the permissions the user gave it."""
    store = _run(tmp_path, "merge.sqlite")
    store.chmod(0o640)
    previous = os.umask(0o077)
    try:
        _run(tmp_path, "merge.sqlite")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(store.stat().st_mode) == 0o640
    assert store.read_bytes().startswith(b"SQLite format 3")
