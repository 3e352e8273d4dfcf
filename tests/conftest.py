"""Shared fixtures: the development corpus, found beside the project or via TURKRU_CORPUS."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The machine is shared: drawing examples may be slow under load, which is not a failure of the
# code (speed is measured by benchmarks/, not by unit tests).
settings.register_profile("shared-machine", suppress_health_check=[HealthCheck.too_slow], deadline=None)
settings.load_profile("shared-machine")

ROOT = Path(__file__).resolve().parent.parent


def corpus_dir() -> Path | None:
    """The development corpus folder, or None when this checkout has none."""
    configured = os.environ.get("TURKRU_CORPUS")
    candidate = Path(configured) if configured else ROOT.parent / "shared" / "corpus"
    return candidate if (candidate / "articles").is_dir() else None


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The corpus folder; skips the test when it is absent (fails in CI, which has it)."""
    found = corpus_dir()
    if found is None:
        if os.environ.get("TURKRU_REQUIRE_CORPUS"):
            pytest.fail("TURKRU_REQUIRE_CORPUS is set but the development corpus was not found")
        pytest.skip("development corpus (../shared/corpus) not present in this checkout")
    return found


@pytest.fixture(autouse=True)
def _no_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables printed in tests are not fitted to the width of the terminal pytest runs in
    (an exported ``COLUMNS``); the tests of fitting set it themselves."""
    monkeypatch.delenv("COLUMNS", raising=False)
