"""Every kind of output turkru writes validates against ``turkru schema``: articles and records,
chronicle entries (merge, query, timeline), both facts views and the POLECAT export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from turkru.cli import main
from turkru.serialize import json_schema

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
_SCHEMA = json_schema()
_VALIDATOR = jsonschema.Draft202012Validator(_SCHEMA)


def _documents(text: str) -> list[Any]:
    """Every JSON document of *text*: one a line, or pretty-printed ones one after another."""
    decoder = json.JSONDecoder()
    found, at = [], 0
    while True:
        while at < len(text) and text[at].isspace():
            at += 1
        if at == len(text):
            return found
        document, at = decoder.raw_decode(text, at)
        found.append(document)


def _branch(document: Any) -> str:
    """The name of the one top-level branch *document* matches (the schema's oneOf)."""
    names = ["Document", "array of Document", "FactsArticle", "EntryFact", "PolecatEvent"]
    matching = [
        name
        for name, branch in zip(names, _SCHEMA["oneOf"], strict=True)
        if jsonschema.Draft202012Validator({**branch, "$defs": _SCHEMA["$defs"]}).is_valid(document)
    ]
    assert len(matching) == 1, matching
    return matching[0]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example articles and the chronicle merged from them."""
    root = tmp_path_factory.mktemp("outputs")
    shutil.copytree(EXAMPLES, root / "articles")
    assert main(["merge", str(root / "articles"), "-o", str(root / "chronicle.jsonl")]) == 0
    return root


def _output(argv: list[str], capsys: pytest.CaptureFixture[str]) -> list[Any]:
    assert main(argv) == 0, argv
    documents = _documents(capsys.readouterr().out)
    assert documents, argv
    for document in documents:
        _VALIDATOR.validate(document)
    return documents


CASES = [
    (["extract", "{articles}", "--format", "json"], "Document", "article"),
    (["extract", "{articles}", "--format", "jsonl"], "Document", "article"),
    (["extract", "{articles}", "--format", "facts"], "FactsArticle", None),
    (["merge", "{articles}", "--format", "jsonl"], "Document", "chronicle_entry"),
    (["merge", "{articles}", "--format", "json"], "array of Document", "chronicle_entry"),
    (["merge", "{articles}", "--format", "facts"], "EntryFact", None),
    (["timeline", "{chronicle}", "--format", "jsonl"], "Document", "chronicle_entry"),
    (["timeline", "{chronicle}", "--format", "facts"], "EntryFact", None),
    (["query", "meetings", "{chronicle}", "--with", "Lavrov", "--format", "json"], "array of Document", None),
    (["query", "trade", "{chronicle}", "--format", "facts"], "EntryFact", None),
    (["query", "person", "Meredov", "{chronicle}", "--format", "jsonl"], "Document", "chronicle_entry"),
    (["export", "--to", "polecat", "{chronicle}"], "PolecatEvent", None),
]


class TestEveryOutput:
    """Each command's JSON output, in each JSON format, is valid, and of the branch it should be."""

    @pytest.mark.parametrize(("argv", "branch", "kind"), CASES, ids=lambda value: " ".join(value)
                             if isinstance(value, list) else str(value))
    def test_validates(
        self, argv: list[str], branch: str, kind: str | None, folder: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The output validates, each document matching exactly one top-level branch."""
        places = {"articles": str(folder / "articles"), "chronicle": str(folder / "chronicle.jsonl")}
        documents = _output([word.format(**places) for word in argv], capsys)
        assert {_branch(document) for document in documents} == {branch}
        if kind is not None:
            items = [item for doc in documents for item in (doc if isinstance(doc, list) else [doc])]
            assert {item["kind"] for item in items} == {kind}

    def test_every_fact_kind_is_written_somewhere(self, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The examples' facts cover meetings, visits, sessions, agreements and trade: the per-kind
        fact schemas are exercised, not only the envelope."""
        documents = _output(["merge", str(folder / "articles"), "--format", "facts"], capsys)
        assert {"meeting", "visit", "commission_session", "agreement", "trade_flow"} <= {d["kind"] for d in documents}


class TestRejectsViews:
    """Views with a wrong shape do not validate."""

    def _entry(self, folder: Path) -> dict[str, Any]:
        line = (folder / "chronicle.jsonl").read_text(encoding="utf-8").splitlines()[0]
        return dict(json.loads(line))

    def test_entry_with_a_bad_id(self, folder: Path) -> None:
        """An entry id that is not kind-date-digest."""
        entry = self._entry(folder)
        entry["id"] = "entry-42"
        assert not _VALIDATOR.is_valid(entry)

    def test_entry_without_variants(self, folder: Path) -> None:
        """An entry needs at least one variant, and no unknown field."""
        entry = self._entry(folder)
        assert not _VALIDATOR.is_valid({**entry, "variants": []})
        assert not _VALIDATOR.is_valid({**entry, "note": "x"})

    @pytest.mark.parametrize(
        "fact",
        [
            {"id": "meeting-2021-05-07-abc", "kind": "meeting", "status": "held", "date": "2021-05-07",
             "end_date": None, "place": None, "mode": "fax", "participants": [], "roles": [], "topics": [],
             "region": None, "sources": ["a"]},
            {"id": "visit-2021-abc", "kind": "visit", "status": "held", "date": "07.05.2021", "end_date": None,
             "place": None, "delegation_of": "TM", "host": "RU", "head": None, "region": None, "sources": ["a"]},
            {"id": "event-undated-abc", "kind": "event", "status": "signed", "date": None, "end_date": None,
             "place": None, "name": "Forum", "sources": ["a"]},
            {"id": "event-undated-abc", "kind": "event", "status": "held", "date": None, "end_date": None,
             "place": None, "name": "Forum", "sources": []},
        ],
    )
    def test_bad_entry_facts(self, fact: dict[str, Any]) -> None:
        """An unknown mode, a non-ISO date, an event 'signed', a fact with no source."""
        assert not _VALIDATOR.is_valid(fact)

    def test_good_entry_fact(self) -> None:
        """The same event fact, well formed, validates (the rejections above are for their faults)."""
        fact = {"id": "event-undated-abc", "kind": "event", "status": "held", "date": None, "end_date": None,
                "place": None, "name": "Forum", "sources": ["a"]}
        assert _VALIDATOR.is_valid(fact)
        assert _branch(fact) == "EntryFact"

    def test_facts_article_with_an_unknown_kind(self) -> None:
        """An article's facts view with a fact of no known kind."""
        assert _VALIDATOR.is_valid({"article": "a", "published": None, "facts": []})
        assert not _VALIDATOR.is_valid({"article": "a", "published": None, "facts": [{"kind": "rumour"}]})
