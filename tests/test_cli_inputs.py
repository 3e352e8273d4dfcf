"""The command line against its promises on inputs and output files: a bad input never costs the good ones.

Each unreadable, undecodable, non-regular or out-of-tree input is one line on standard error; the
others are processed and written; the exit status is 1 when any failed; ``--strict`` stops at the first.
"""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from pathlib import Path

import pytest

from test_cli import CALL, TALKS, Capsys, feed_stdin, run, write
from turkru.chronicle import Chronicle
from turkru.cli import main
from turkru.serialize import dumps, dumps_jsonl, loads_jsonl


def error_lines(err: str) -> list[str]:
    assert "Traceback" not in err
    return err.splitlines()


def articles(out: str) -> list[str]:
    return [json.loads(line)["article"] for line in out.splitlines()]


class TestKeepGoing:
    """extract and merge read past bad inputs."""

    def test_extract_good_bad_good(self, tmp_path: Path, capsys: Capsys) -> None:
        """extract good1 bad good2: both good ones written, the bad one named with why, exit 1."""
        good1, good2 = write(tmp_path, "good1.txt", CALL), write(tmp_path, "good2.txt", TALKS)
        bad = write(tmp_path, "bad.txt", b"talks \xff")
        status, out, err = run(capsys, "extract", str(good1), str(bad), str(good2), "--format", "facts")
        assert status == 1
        assert articles(out) == ["good1", "good2"]
        assert error_lines(err) == [f"turkru: error: {bad}: not UTF-8 text (undecodable byte 0xff at offset 6)"]

    def test_every_bad_input_is_one_line(self, tmp_path: Path, capsys: Capsys) -> None:
        """Missing, undecodable and non-regular inputs: one line each (inputs that cannot be opened first)."""
        good = write(tmp_path, "good.txt", CALL)
        missing, bad = tmp_path / "missing.txt", write(tmp_path, "bad.txt", b"\xfe")
        status, out, err = run(capsys, "extract", str(missing), str(good), str(bad), "/dev/null", "--format", "facts")
        assert status == 1
        assert articles(out) == ["good"]
        assert error_lines(err) == [
            f"turkru: error: {missing}: no such file or directory",
            "turkru: error: /dev/null: a device, not a regular file",
            f"turkru: error: {bad}: not UTF-8 text (undecodable byte 0xfe at offset 0)",
        ]

    def test_strict_stops_at_the_first(self, tmp_path: Path, capsys: Capsys) -> None:
        """--strict: the run stops at the first bad input; later inputs are not read."""
        good1, good2 = write(tmp_path, "good1.txt", CALL), write(tmp_path, "good2.txt", TALKS)
        bad = write(tmp_path, "bad.txt", b"\xff")
        status, out, err = run(capsys, "extract", "--strict", str(good1), str(bad), str(good2), "--format", "facts")
        assert status == 1
        assert articles(out) == ["good1"]
        assert len(error_lines(err)) == 1

    def test_merge_writes_the_good_ones(self, tmp_path: Path, capsys: Capsys) -> None:
        """merge good bad: the chronicle of the good input is written, the bad one named, exit 1."""
        good = write(tmp_path, "good.txt", CALL)
        bad = write(tmp_path, "bad.jsonl", '{"kind": "visit"}\n')
        status, out, err = run(capsys, "merge", str(good), str(bad))
        assert status == 1
        assert len(loads_jsonl_entries(out)) == 1
        assert error_lines(err) == [
            f"turkru: error: {bad}: line 1: $.schema_version: required field missing (expected 1)"
        ]

    def test_merge_strict_writes_nothing(self, tmp_path: Path, capsys: Capsys) -> None:
        """merge --strict good bad: nothing is written."""
        good = write(tmp_path, "good.txt", CALL)
        bad = write(tmp_path, "bad.json", "{")
        status, out, _ = run(capsys, "merge", "--strict", str(good), str(bad))
        assert (status, out) == (1, "")

    def test_export_reads_through_the_reader(self, tmp_path: Path, capsys: Capsys) -> None:
        """export good bad: the good input is exported, the bad one named, exit 1; --strict writes nothing."""
        good = write(tmp_path, "good.txt", CALL)
        bad = write(tmp_path, "bad.json", "{")
        status, out, err = run(capsys, "export", "--to", "polecat", str(good), str(bad))
        assert status == 1
        assert out.strip() and len(error_lines(err)) == 1 and str(bad) in err
        assert run(capsys, "export", "--to", "polecat", "--strict", str(good), str(bad))[:2] == (1, "")

    def test_folder_problems_reported_good_files_read(self, tmp_path: Path, capsys: Capsys) -> None:
        """In a folder, a broken link, an outside link and a FIFO are each one line; the file is read."""
        folder = tmp_path / "in"
        write(folder, "a.txt", CALL)
        (folder / "broken.txt").symlink_to("gone.txt")
        (folder / "passwd.txt").symlink_to("/etc/passwd")
        os.mkfifo(folder / "pipe.txt")
        status, out, err = run(capsys, "extract", str(folder), "--format", "facts")
        assert status == 1
        assert articles(out) == ["a"]
        assert error_lines(err) == [
            f"turkru: error: {folder / 'broken.txt'}: broken symbolic link (to gone.txt), skipped",
            f"turkru: error: {folder / 'passwd.txt'}: symbolic link to /etc/passwd, outside the folder, not followed",
            f"turkru: error: {folder / 'pipe.txt'}: a named pipe, not a regular file, skipped",
        ]

    def test_all_good_exits_zero(self, tmp_path: Path, capsys: Capsys) -> None:
        """With no bad input the exit status is 0 and standard error is empty."""
        status, _, err = run(capsys, "extract", str(write(tmp_path, "a.txt", CALL)))
        assert (status, err) == (0, "")


def loads_jsonl_entries(text: str) -> list[object]:
    return [json.loads(line) for line in text.splitlines()]


class TestStdinFormats:
    """Standard input is sniffed (JSON object, JSON array, JSON Lines or text); --input-format overrides."""

    @pytest.fixture
    def article_json(self) -> str:
        from turkru import parse_article

        return dumps(parse_article(CALL, article_id="call"), indent=2)

    def test_pretty_object(self, article_json: str, monkeypatch: pytest.MonkeyPatch, capsys: Capsys) -> None:
        """A pretty-printed JSON article on stdin is read as JSON, not taken for article text."""
        feed_stdin(monkeypatch, article_json.encode())
        status, out, err = run(capsys, "merge")
        assert (status, err) == (0, "")
        assert len(out.splitlines()) == 1

    def test_array(self, article_json: str, monkeypatch: pytest.MonkeyPatch, capsys: Capsys) -> None:
        """A JSON array of articles or records on stdin is read as JSON."""
        feed_stdin(monkeypatch, f"[{article_json}]".encode())
        status, out, _ = run(capsys, "merge")
        assert status == 0
        assert len(out.splitlines()) == 1

    def test_jsonl(self, monkeypatch: pytest.MonkeyPatch, capsys: Capsys) -> None:
        """JSON Lines of a chronicle on stdin are read as JSON Lines."""
        from turkru import parse_article

        chronicle = Chronicle.from_articles([parse_article(CALL, article_id="call")]).to_jsonl()
        feed_stdin(monkeypatch, chronicle.encode())
        status, out, _ = run(capsys, "merge")
        assert (status, out) == (0, chronicle)

    def test_text(self, monkeypatch: pytest.MonkeyPatch, capsys: Capsys) -> None:
        """Anything else on stdin is article text."""
        feed_stdin(monkeypatch, CALL.encode())
        status, out, _ = run(capsys, "merge")
        assert status == 0
        assert '"kind": "chronicle_entry"' in out

    def test_override(self, monkeypatch: pytest.MonkeyPatch, capsys: Capsys) -> None:
        """--input-format text reads a bracketed text as text though it starts like JSON."""
        feed_stdin(monkeypatch, ("[Updated] " + CALL).encode())
        status, out, _ = run(capsys, "merge", "--input-format", "text")
        assert status == 0
        assert '"kind": "chronicle_entry"' in out
        feed_stdin(monkeypatch, ("[Updated] " + CALL).encode())
        status, out, err = run(capsys, "merge")
        assert (status, out) == (1, "")
        assert error_lines(err)[0].startswith("turkru: error: -: invalid JSON: ")

    def test_chronicle_jsonl_named_txt(self, tmp_path: Path, capsys: Capsys) -> None:
        """A chronicle saved as *.txt is read as the chronicle it holds, not as an empty article."""
        from turkru import parse_article

        chronicle = Chronicle.from_articles([parse_article(CALL, article_id="call")]).to_jsonl()
        path = write(tmp_path, "chronicle.txt", chronicle)
        status, out, _ = run(capsys, "merge", str(path))
        assert (status, out) == (0, chronicle)

    def test_records_jsonl_given_format(self, tmp_path: Path, capsys: Capsys) -> None:
        """--input-format jsonl reads a file of any name as JSON Lines."""
        from turkru import parse_article

        records = dumps_jsonl(parse_article(CALL, article_id="call").records)
        path = write(tmp_path, "records.data", records)
        status, out, _ = run(capsys, "merge", "--input-format", "jsonl", str(path))
        assert status == 0
        assert len(out.splitlines()) == len(loads_jsonl(records))


class TestOutputFile:
    """-o: never an input, symbolic links kept, the umask respected."""

    def test_output_is_an_input(self, tmp_path: Path, capsys: Capsys) -> None:
        """-o naming an input is refused up front; the input is untouched."""
        path = write(tmp_path, "call.txt", CALL)
        status, _, err = run(capsys, "extract", str(path), "-o", str(path))
        assert status == 1
        assert error_lines(err) == [
            f"turkru: error: {path}: is also an input and would be overwritten (choose another -o file)"
        ]
        assert path.read_text(encoding="utf-8") == CALL

    def test_output_is_an_input_through_a_link(self, tmp_path: Path, capsys: Capsys) -> None:
        """A link to an input is the input."""
        path = write(tmp_path, "call.txt", CALL)
        (tmp_path / "link.jsonl").symlink_to(path)
        status, _, _ = run(capsys, "extract", str(path), "-o", str(tmp_path / "link.jsonl"))
        assert status == 1
        assert path.read_text(encoding="utf-8") == CALL

    def test_output_inside_an_input_folder(self, tmp_path: Path, capsys: Capsys) -> None:
        """An existing file in an input folder would be read and replaced: refused unless merged into."""
        write(tmp_path, "call.txt", CALL)
        target = write(tmp_path, "timeline.jsonl", "")
        status, _, err = run(capsys, "timeline", str(tmp_path), "--format", "jsonl", "-o", str(target))
        assert status == 1
        assert error_lines(err) == [
            f"turkru: error: {target}: is also an input and would be overwritten (choose another -o file)"
        ]

    def test_merge_grows_a_chronicle_in_place(self, tmp_path: Path, capsys: Capsys) -> None:
        """merge chronicle.jsonl new/ -o chronicle.jsonl: the chronicle grows (its output holds its input)."""
        new = tmp_path / "new"
        write(new, "talks.txt", TALKS)
        chronicle = tmp_path / "chronicle.jsonl"
        assert run(capsys, "merge", str(write(tmp_path, "call.txt", CALL)), "-o", str(chronicle))[0] == 0
        before = len(chronicle.read_text(encoding="utf-8").splitlines())
        status, _, _ = run(capsys, "merge", str(chronicle), str(new), "-o", str(chronicle))
        assert status == 0
        assert len(chronicle.read_text(encoding="utf-8").splitlines()) > before

    def test_merge_in_place_kept_when_an_input_fails(self, tmp_path: Path, capsys: Capsys) -> None:
        """Growing in place with a bad input: the chronicle is left as it was, and the run says so."""
        chronicle = tmp_path / "chronicle.jsonl"
        assert run(capsys, "merge", str(write(tmp_path, "call.txt", CALL)), "-o", str(chronicle))[0] == 0
        before = chronicle.read_text(encoding="utf-8")
        bad = write(tmp_path, "bad.txt", b"\xff")
        status, _, err = run(capsys, "merge", str(chronicle), str(bad), "-o", str(chronicle))
        assert status == 1
        assert chronicle.read_text(encoding="utf-8") == before
        assert error_lines(err)[-1] == (
            f"turkru: error: {chronicle}: left as it was, since it is also an input and another input failed"
        )

    def test_merge_table_onto_an_input_refused(self, tmp_path: Path, capsys: Capsys) -> None:
        """merge --format table onto its input would lose the chronicle: refused."""
        chronicle = tmp_path / "chronicle.jsonl"
        assert run(capsys, "merge", str(write(tmp_path, "call.txt", CALL)), "-o", str(chronicle))[0] == 0
        status, _, _ = run(capsys, "merge", str(chronicle), "--format", "table", "-o", str(chronicle))
        assert status == 1

    def test_symlink_target_replaced_link_kept(self, tmp_path: Path, capsys: Capsys) -> None:
        """-o onto a symbolic link writes its target and keeps the link."""
        path = write(tmp_path, "call.txt", CALL)
        real = write(tmp_path / "store", "facts.jsonl", "old\n")
        link = tmp_path / "latest.jsonl"
        link.symlink_to(real)
        status, _, _ = run(capsys, "extract", str(path), "--format", "facts", "-o", str(link))
        assert status == 0
        assert link.is_symlink() and link.resolve() == real
        assert articles(real.read_text(encoding="utf-8")) == ["call"]
        assert sorted(p.name for p in real.parent.iterdir()) == ["facts.jsonl"]

    @pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
    def test_new_file_respects_the_umask(self, tmp_path: Path, capsys: Capsys, umask: int, mode: int) -> None:
        """A new output file gets 0666 less the umask, as any program's would."""
        path = write(tmp_path, "call.txt", CALL)
        previous = os.umask(umask)
        try:
            status, _, _ = run(capsys, "extract", str(path), "-o", str(tmp_path / "out.jsonl"))
        finally:
            os.umask(previous)
        assert status == 0
        assert stat.S_IMODE((tmp_path / "out.jsonl").stat().st_mode) == mode

    def test_existing_file_keeps_its_mode(self, tmp_path: Path, capsys: Capsys) -> None:
        """Replacing a file keeps the permissions it had."""
        path = write(tmp_path, "call.txt", CALL)
        target = write(tmp_path, "out.jsonl", "old\n")
        target.chmod(0o640)
        status, _, _ = run(capsys, "extract", str(path), "-o", str(target))
        assert status == 0
        assert stat.S_IMODE(target.stat().st_mode) == 0o640

    def test_nothing_read_keeps_the_old_file(self, tmp_path: Path, capsys: Capsys) -> None:
        """When every input fails, the output file is left as it was."""
        target = write(tmp_path, "out.jsonl", "old\n")
        status, _, _ = run(capsys, "merge", str(tmp_path / "missing.jsonl"), "-o", str(target))
        assert status == 1
        assert target.read_text(encoding="utf-8") == "old\n"


class TestStreams:
    """Closed standard streams are one line, never an AttributeError."""

    def test_closed_stdin(self, monkeypatch: pytest.MonkeyPatch, capsys: Capsys) -> None:
        """extract - with standard input closed."""
        monkeypatch.setattr(sys, "stdin", None)
        status, out, err = run(capsys, "extract", "-")
        assert (status, out) == (1, "")
        assert error_lines(err) == ["turkru: error: -: standard input is closed"]

    @pytest.mark.parametrize("command", ["merge", "timeline"])
    def test_closed_stdin_chronicle(self, command: str, monkeypatch: pytest.MonkeyPatch, capsys: Capsys) -> None:
        """merge and timeline with no path and standard input closed."""
        monkeypatch.setattr(sys, "stdin", None)
        status, _, err = run(capsys, command)
        assert status == 1
        assert error_lines(err) == ["turkru: error: -: standard input is closed"]

    def test_closed_stdout(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Standard output closed: one line on standard error, exit 1."""
        err = io.StringIO()
        monkeypatch.setattr(sys, "stdout", None)
        monkeypatch.setattr(sys, "stderr", err)
        assert main(["extract", str(write(tmp_path, "a.txt", CALL))]) == 1
        assert err.getvalue() == (
            "turkru: error: standard output is closed (give -o FILE, or leave standard output open)\n"
        )
