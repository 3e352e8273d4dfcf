"""Source metadata beside plain-text articles: front matter lines and a sidecar table."""

from __future__ import annotations

from pathlib import Path

import pytest

from turkru.errors import ParseError
from turkru.sources import SourceInfo, read_front_matter, read_source_table

BODY = "Sergey Lavrov held talks with Rashid Meredov in Ashgabat on 14 March 2024.\n"


class TestFrontMatter:
    def test_read_and_blanked(self) -> None:
        """The three keys are read; the block becomes spaces and line breaks, the same length."""
        head = "---\nurl: https://news.example/a\noutlet: Example News\npublished: 2024-03-15\n---\n"
        info, text = read_front_matter(head + BODY, "a.txt")
        assert info == SourceInfo(url="https://news.example/a", outlet="Example News", published="2024-03-15")
        assert len(text) == len(head + BODY)
        assert text[len(head) :] == BODY
        assert text[: len(head)] == "   \n" + " " * 27 + "\n" + " " * 20 + "\n" + " " * 21 + "\n   \n"

    def test_other_keys_ignored_case_and_spaces(self) -> None:
        """Keys in any case, other keys allowed; a key with no value gives nothing."""
        head = "---\r\nTitle: Talks in Ashgabat\r\nOutlet:   Wire Service  \r\nurl:\r\n---\r\n"
        info, text = read_front_matter(head + BODY)
        assert info == SourceInfo(outlet="Wire Service")
        assert text.endswith(BODY) and len(text) == len(head + BODY)
        assert text[: len(head)].strip() == ""

    @pytest.mark.parametrize(
        "text",
        [
            BODY,
            "---\n" + BODY,  # never closed
            "---\nurl: x\nThis is a sentence, not a key.\n---\n" + BODY,  # not key: value lines
            " ---\nurl: x\n---\n" + BODY,  # the fence must open the file
            "Intro\n---\nurl: x\n---\n" + BODY,
        ],
    )
    def test_not_front_matter(self, text: str) -> None:
        """Text without a well-formed block at its very start is read as it is."""
        assert read_front_matter(text) == (SourceInfo(), text)

    def test_bad_date_is_located(self) -> None:
        """A published value that is not a day names the file and the line."""
        with pytest.raises(ParseError) as raised:
            read_front_matter("---\noutlet: X\npublished: March 2024\n---\n" + BODY, "a.txt")
        assert str(raised.value).startswith("a.txt: line 3: published: ")

    def test_key_twice(self) -> None:
        """A key given twice is an error naming both lines."""
        with pytest.raises(ParseError, match=r"^a.txt: line 3: url: given twice \(first on line 2\)$"):
            read_front_matter("---\nurl: a\nurl: b\n---\n" + BODY, "a.txt")


def _table(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


class TestSourceTable:
    def test_csv_by_path_relative_to_the_table(self, tmp_path: Path) -> None:
        """Rows are found by the article's real path; empty cells are not given."""
        table = _table(
            tmp_path,
            "sources.csv",
            "file,url,outlet,published\narticles/a.txt,https://x.example/a,X News,2024-03-15\narticles/b.txt,,Y,\n",
        )
        sources = read_source_table(str(table))
        assert sources.lookup(str(tmp_path / "articles" / "a.txt")) == SourceInfo(
            url="https://x.example/a", outlet="X News", published="2024-03-15"
        )
        assert sources.lookup(str(tmp_path / "articles" / ".." / "articles" / "b.txt")) == SourceInfo(outlet="Y")
        assert sources.lookup(str(tmp_path / "c.txt")) == SourceInfo()

    def test_tsv_any_column_order(self, tmp_path: Path) -> None:
        """A .tsv (or a header with tabs) is tab-separated; columns in any order, some left out."""
        table = _table(tmp_path, "meta.tsv", "outlet\tfile\nTrend\ta.txt\n")
        assert read_source_table(str(table)).lookup(str(tmp_path / "a.txt")) == SourceInfo(outlet="Trend")

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("file,url\na.txt,x\nb.txt,y,z\n", "line 3: 3 cells, the header has 2"),
            ("file,published\na.txt,2024-13-01\n", "line 2: published: "),
            (
                "file,author\na.txt,me\n",
                "line 1: column 2: 'author' is not one of 'file', 'url', 'outlet', 'published'",
            ),
            ("url,outlet\nx,y\n", "line 1: no 'file' column (the header is url,outlet)"),
            ("file,url\na.txt,x\n./a.txt,y\n", "line 3: file: './a.txt' listed twice (first on line 2)"),
            ("file,url\n,x\n", "line 2: file: empty"),
            ("", "empty (expected a header: file,url,outlet,published)"),
        ],
    )
    def test_bad_rows_are_located(self, tmp_path: Path, text: str, message: str) -> None:
        """Each problem is a ParseError naming the table, the line and the column."""
        table = _table(tmp_path, "sources.csv", text)
        with pytest.raises(ParseError) as raised:
            read_source_table(str(table))
        assert str(raised.value).startswith(f"{table}: {message}")

    def test_missing_table(self, tmp_path: Path) -> None:
        """A table that cannot be read says so."""
        with pytest.raises(ParseError, match=r"nowhere.csv: cannot read \(No such file or directory\)"):
            read_source_table(str(tmp_path / "nowhere.csv"))
