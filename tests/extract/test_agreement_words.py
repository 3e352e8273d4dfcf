"""The agreement patterns come from the injected lexicon: one SIGN_VERB slot, taught by data alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from turkru import parse_article
from turkru.cli import main
from turkru.extract.agreement_words import agreement_words
from turkru.lexicon import Lexicon
from turkru.model.records import Agreement, Stage

ROOT = Path(__file__).resolve().parent.parent.parent
EXTRA = ROOT / "examples" / "lexicon-extra.json"
SENTENCE = "Turkmenistan and Russia initialled an agreement on fisheries on 3 March 2024."


def stages(text: str, lexicon: Lexicon | None = None) -> list[Stage]:
    """The stages of the agreements parse_article finds in *text* with *lexicon*."""
    return [r.status for r in parse_article(text, lexicon=lexicon).records if isinstance(r, Agreement)]


class TestTaughtSigningVerb:
    def test_initialled_is_not_a_signing_by_default(self) -> None:
        """By default 'initialled' is a step before signing: the agreement is planned, not signed."""
        assert stages(SENTENCE) == [Stage.PLANNED]

    def test_the_extra_file_teaches_it(self) -> None:
        """examples/lexicon-extra.json adds 'initialled' to SIGN_VERB: the same sentence yields a signed agreement."""
        assert stages(SENTENCE, Lexicon.from_file(EXTRA)) == [Stage.SIGNED]

    def test_every_signing_pattern_reads_the_slot(self) -> None:
        """A variant: a verb taught in data reaches the passive and the bare-verb patterns too."""
        extra = Lexicon.from_data({"words": {"SIGN_VERB": ["countersign{|ed}"]}})
        passive = "Turkmenistan and Russia met; a protocol on customs was countersigned in Ashgabat."
        planned = "Turkmenistan and Russia will countersign a memorandum on tourism."
        assert stages(passive, extra) == [Stage.SIGNED]
        assert stages(planned, extra) == [Stage.PLANNED]
        assert stages(passive) == []

    def test_patterns_are_built_once_per_lexicon(self) -> None:
        """The compiled bundle is derived once per lexicon and follows the injected one."""
        extra = Lexicon.from_file(EXTRA)
        assert agreement_words(extra) is agreement_words(extra)
        assert agreement_words(extra).just_signed.search("they initialled an ")
        assert not agreement_words().just_signed.search("they initialled an ")


class TestTaughtDocumentNoun:
    """A document noun is a data edit: one phrase in the slot of its type reaches the extractor and its pre-filter."""

    def types(self, text: str, lexicon: Lexicon | None = None) -> list[tuple[str, str | None]]:
        records = parse_article(text, lexicon=lexicon).records
        return [(r.doc_type.value, r.title) for r in records if isinstance(r, Agreement)]

    def test_charter_is_no_document_by_default(self) -> None:
        """Without the data edit a 'charter' is not read as a document."""
        assert self.types("Turkmenistan and Russia signed a charter on energy cooperation on 3 March 2024.") == []

    def test_charter_taught_as_a_treaty(self) -> None:
        """'charter' in TREATY_NOUN: the signed charter is a treaty, titled as written."""
        extra = Lexicon.from_data({"words": {"TREATY_NOUN": ["charter{|s}"]}})
        text = "Turkmenistan and Russia signed a charter on energy cooperation on 3 March 2024."
        assert self.types(text, extra) == [("treaty", "charter on energy cooperation")]

    def test_a_variant_counted_in_words(self) -> None:
        """A differently worded variant: a plural of the taught noun, counted in words, is a batch of that type."""
        extra = Lexicon.from_data({"words": {"CONTRACT_NOUN": ["covenant{|s}"]}})
        text = "Russian and Turkmen firms concluded three covenants on the supply of grain in Moscow on 4 May 2023."
        words = agreement_words(extra)
        assert "covenant" in words.doc_cues.words
        assert [r.doc_type.value for r in parse_article(text, lexicon=extra).records if isinstance(r, Agreement)] == [
            "contract"
        ]


class TestCommandLine:
    def run(self, capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, object]]:
        """The agreement facts `turkru extract --format facts` prints for *argv*."""
        assert main(["extract", *argv, "--format", "facts"]) == 0
        facts = json.loads(capsys.readouterr().out)["facts"]
        return [fact for fact in facts if fact["kind"] == "agreement"]

    def test_with_and_without_the_extra_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`turkru extract --lexicon examples/lexicon-extra.json` finds the signing; without it, none is signed."""
        article = tmp_path / "fisheries.txt"
        article.write_text(SENTENCE + "\n", encoding="utf-8")
        taught = self.run(capsys, str(article), "--lexicon", str(EXTRA))
        default = self.run(capsys, str(article))
        assert [fact["status"] for fact in taught] == ["signed"]
        assert "signed" not in [fact["status"] for fact in default]
