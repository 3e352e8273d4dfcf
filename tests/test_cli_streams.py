"""The command line as a separate process: closed streams, non-UTF-8 locales and signals.

These cases cannot be faked inside the test process (a closed file descriptor, the locale the
interpreter starts with, a real SIGTERM), so each runs ``python -m turkru`` in a subprocess.
"""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ARTICLE = (
    "Aşgabat, 5 May 2024. Sergey Lavrov held talks with his Turkmen counterpart Rashid Meredov "
    "in Aşgabat on Tuesday.\n"
)


def turkru(
    *argv: str, shell_redirect: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m turkru ARGV``, through sh when a redirection such as ``<&-`` is given."""
    command = [sys.executable, "-m", "turkru", *argv]
    if shell_redirect:
        command = ["sh", "-c", f"exec {shlex.join(command)} {shell_redirect}"]
    return subprocess.run(
        command, capture_output=True, env={**os.environ, **(env or {})}, timeout=600, check=False
    )


def one_error_line(stderr: bytes) -> str:
    text = stderr.decode()
    assert "Traceback" not in text
    lines = text.splitlines()
    assert len(lines) == 1, text
    return lines[0]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


class TestClosedStreams:
    """A closed standard stream is one line and exit status 1, never a traceback."""

    @pytest.mark.parametrize("argv", [("extract", "-"), ("merge",), ("timeline",), ("merge", "-")])
    def test_closed_stdin(self, argv: tuple[str, ...]) -> None:
        """extract -, merge and timeline with standard input closed (<&-)."""
        result = turkru(*argv, shell_redirect="<&-")
        assert result.returncode == 1
        assert one_error_line(result.stderr) == "turkru: error: -: standard input is closed"

    @pytest.mark.parametrize("command", ["extract", "merge"])
    def test_closed_stdout(self, command: str, article: Path) -> None:
        """Standard output closed (>&-): one line on standard error."""
        result = turkru(command, str(article), shell_redirect=">&-")
        assert result.returncode == 1
        assert one_error_line(result.stderr) == (
            "turkru: error: standard output is closed (give -o FILE, or leave standard output open)"
        )

    def test_closed_stdout_and_stderr(self, article: Path) -> None:
        """With both closed there is nowhere to write: just the exit status."""
        result = turkru("extract", str(article), shell_redirect=">&- 2>&-")
        assert result.returncode == 1

    def test_closed_stdout_with_output_file(self, article: Path, tmp_path: Path) -> None:
        """With -o FILE a closed standard output does not matter."""
        result = turkru("extract", str(article), "-o", str(tmp_path / "out.jsonl"), shell_redirect=">&-")
        assert result.returncode == 0
        assert "Aşgabat" in (tmp_path / "out.jsonl").read_text(encoding="utf-8")


class TestLocales:
    """Standard output is UTF-8 whatever the locale says, and complete."""

    @pytest.mark.parametrize(
        "env",
        [
            {"LC_ALL": "C", "LANG": "C"},
            {"LC_ALL": "en_US.ISO-8859-1"},
            {"PYTHONIOENCODING": "ascii"},
            {"PYTHONIOENCODING": "latin-1", "LC_ALL": "C"},
            {"PYTHONUTF8": "0", "LC_ALL": "POSIX"},
        ],
    )
    def test_utf8_whatever_the_locale(self, env: dict[str, str], article: Path) -> None:
        """The JSON written under a non-UTF-8 locale is the UTF-8 written under a UTF-8 one."""
        expected = turkru("extract", str(article), env={"LC_ALL": "C.UTF-8"})
        result = turkru("extract", str(article), env=env)
        assert (result.returncode, result.stderr) == (0, b"")
        assert result.stdout == expected.stdout
        assert "Aşgabat" in result.stdout.decode("utf-8")

    def test_table_under_ascii(self, article: Path) -> None:
        """The table (names, places) is written whole under an ASCII stdout encoding too."""
        result = turkru("timeline", str(article), env={"PYTHONIOENCODING": "ascii"})
        assert result.returncode == 0
        assert result.stdout.decode("utf-8").endswith("entries\n")

    def test_error_message_under_ascii(self, tmp_path: Path) -> None:
        """An error naming a non-ASCII path is still one line under an ASCII stderr."""
        result = turkru("extract", str(tmp_path / "Aşgabat.txt"), env={"PYTHONIOENCODING": "ascii"})
        assert result.returncode == 1
        assert one_error_line(result.stderr).endswith("A\\u015fgabat.txt: no such file or directory")


class TestSignals:
    """SIGTERM or SIGHUP during ``-o`` leaves no temporary file and the old output untouched."""

    @pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
    def test_signal_leaves_no_temporary_file(self, signum: int, tmp_path: Path) -> None:
        """Killed mid-run: exit status 128 + the signal, no .turkru-*.tmp, the old file as it was."""
        folder = tmp_path / "in"
        folder.mkdir()
        for number in range(3000):
            (folder / f"a{number:04}.txt").write_text(ARTICLE * 3, encoding="utf-8")
        out_dir = tmp_path / "out"
        out_dir.mkdir()
        target = out_dir / "all.jsonl"
        target.write_text("old\n", encoding="utf-8")
        process = subprocess.Popen(
            [sys.executable, "-m", "turkru", "extract", str(folder), "-o", str(target)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while not any(path.name.startswith(".turkru-") for path in out_dir.iterdir()):
            assert process.poll() is None and time.monotonic() < deadline, "no temporary file appeared"
            time.sleep(0.02)
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=60)
        assert process.returncode == 128 + signum
        assert b"Traceback" not in stderr
        assert [path.name for path in out_dir.iterdir()] == ["all.jsonl"]
        assert target.read_text(encoding="utf-8") == "old\n"
