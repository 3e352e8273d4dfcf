"""The command line's front door: ``turkru --version`` and ``turkru`` with no command."""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

import pytest

from turkru.cli import build_parser, main, package_version

ROOT = Path(__file__).resolve().parent.parent


class TestVersion:
    def test_prints_the_installed_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``--version`` prints ``turkru X.Y.Z`` from the distribution's metadata and exits 0."""
        with pytest.raises(SystemExit) as stopped:
            main(["--version"])
        assert stopped.value.code == 0
        captured = capsys.readouterr()
        assert (captured.out, captured.err) == (f"turkru {version('turkru')}\n", "")

    def test_metadata_is_the_project_version(self) -> None:
        """The metadata read is the version pyproject.toml declares (the editable install is current)."""
        declared = re.search(r'^version = "([^"]+)"$', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M)
        assert declared is not None
        assert package_version() == declared[1]


class TestNoCommand:
    def test_help_on_stderr_and_usage_status(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """``turkru`` alone prints the whole help to standard error, nothing to standard output, exit 2."""
        monkeypatch.setenv("COLUMNS", "100")
        assert main([]) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err == build_parser().format_help()
        lines = captured.err.splitlines()
        assert lines[0] == "usage: turkru [-h] [--version] COMMAND ..."
        commands = [line.split()[0] for line in lines if line.startswith("    ") and not line.startswith("     ")]
        assert commands == ["extract", "merge", "query", "timeline", "plot", "export", "schema"]

    def test_unknown_command_is_still_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A command that does not exist is argparse's one usage error, exit 2."""
        with pytest.raises(SystemExit) as stopped:
            main(["extrct"])
        assert stopped.value.code == 2
        err = capsys.readouterr().err
        assert err.splitlines()[-1].startswith("turkru: error: argument COMMAND: invalid choice: 'extrct'")
