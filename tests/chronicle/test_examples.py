"""examples/analysis.py runs on the bundled example articles and writes what it says."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from turkru import Chronicle

SCRIPT = Path(__file__).resolve().parents[2] / "examples" / "analysis.py"


class TestAnalysisScript:
    """The guide's walk-through as a script."""

    def test_runs(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """It prints counts and answers, and writes the chronicle, the CSV and (maybe) the chart."""
        spec = importlib.util.spec_from_file_location("analysis", SCRIPT)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["analysis"] = module
        spec.loader.exec_module(module)
        assert module.main(["--out", str(tmp_path)]) == 0
        printed = capsys.readouterr().out
        count = len(list((SCRIPT.parent / "articles").glob("*.txt")))
        assert re.match(rf"{count} articles, \d+ records, \d+ events\n", printed)
        assert "# Agreements between Turkmenistan and Russia" in printed
        chronicle = Chronicle.from_jsonl((tmp_path / "chronicle.jsonl").read_text(encoding="utf-8"))
        assert len(chronicle) > 0
        assert (tmp_path / "chronicle.csv").read_text(encoding="utf-8").startswith("id,kind,status,date,")
        chart = tmp_path / "timeline.png"
        assert chart.exists() or "no chart: plot_timeline needs matplotlib" in printed
