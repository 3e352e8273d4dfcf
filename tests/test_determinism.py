"""Determinism as a separate process: hash seeds, time zones, locales and input order change nothing.

Each case runs ``python -m turkru merge`` over the bundled example articles in a fresh
interpreter (the hash seed, the time zone and the locale are fixed at start-up, so they cannot be
faked inside the test process) and compares its bytes with a reference run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
REFERENCE = {"PYTHONHASHSEED": "0", "TZ": "UTC", "LC_ALL": "C.UTF-8"}


def merged(env: dict[str, str], *, reverse: bool = False) -> bytes:
    """The chronicle (JSON Lines) of the example articles, merged under *env*."""
    paths = sorted(str(path) for path in EXAMPLES.glob("*.txt"))
    command = [sys.executable, "-m", "turkru", "merge", *(reversed(paths) if reverse else paths)]
    done = subprocess.run(
        command, capture_output=True, env={**os.environ, **REFERENCE, **env}, timeout=600, check=False
    )
    assert (done.returncode, done.stderr) == (0, b""), done.stderr.decode(errors="replace")
    return done.stdout


@pytest.fixture(scope="module")
def reference() -> bytes:
    """The reference run's output (hash seed 0, UTC, the C.UTF-8 locale)."""
    output = merged({})
    assert output.count(b"\n") >= 3
    return output


@pytest.mark.slow
class TestDeterminism:
    """The same bytes out, whatever the process's environment or the order of its inputs."""

    @pytest.mark.parametrize(
        "env",
        [
            {"PYTHONHASHSEED": "1"},
            {"PYTHONHASHSEED": "4294967295"},
            {"PYTHONHASHSEED": "random"},
            {"TZ": "Pacific/Kiritimati"},
            {"TZ": "America/Los_Angeles"},
            {"LC_ALL": "C", "LANG": "C"},
            {"LC_ALL": "", "LANG": "tr_TR.UTF-8"},
        ],
        ids=lambda env: ",".join(f"{key}={value}" for key, value in env.items()),
    )
    def test_environment(self, env: dict[str, str], reference: bytes) -> None:
        """A hash seed, a time zone or a locale of its own gives the reference bytes."""
        assert merged(env) == reference

    def test_input_order(self, reference: bytes) -> None:
        """The inputs in the reverse order give the same chronicle."""
        assert merged({"PYTHONHASHSEED": "2"}, reverse=True) == reference
