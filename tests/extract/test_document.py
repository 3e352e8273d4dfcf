"""Tests for turkru.extract.document: sentences and their cue words."""

from __future__ import annotations

from turkru.extract.cue_words import word_filter
from turkru.extract.document import Sentence


def _sentence(text: str) -> Sentence:
    return Sentence(index=0, start=0, end=len(text), text=text, mentions=(), timexes=())


class TestWordFilter:
    def test_any_word_anywhere(self) -> None:
        """A filter passes a sentence holding any of its words, inside longer words too."""
        cues = word_filter("negotiat", "phone")
        assert _sentence("NEGOTIATIONS went on.").has_any(cues)
        assert _sentence("They spoke by telephone.").has_any(cues)
        assert not _sentence("They spoke at length.").has_any(cues)

    def test_overlapping_words(self) -> None:
        """Words that overlap in the text, or start where a longer one starts, are all found."""
        longer, shorter, inside = word_filter("meeting of"), word_filter("meet"), word_filter("tin")
        sentence = _sentence("The meeting of ministers.")
        assert sentence.has_any(longer) and sentence.has_any(shorter) and sentence.has_any(inside)
        assert not _sentence("The meeting ended.").has_any(longer)

    def test_words_are_read_in_the_folded_sentence(self) -> None:
        """A filter reads the sentence as a case-blind rule does: the dotted capital I is an i."""
        assert _sentence("Talks in \u0130stanbul.").has_any(word_filter("istanbul"))
        assert _sentence("The \u017fTATE visit.").has_any(word_filter("state"))

    def test_filter_made_after_the_sentence(self) -> None:
        """A sentence built before a filter existed still answers for that filter."""
        sentence = _sentence("A caravanserai was restored.")
        assert sentence.has_any(word_filter("caravanserai"))
        assert not sentence.has_any(word_filter("mausoleum"))

    def test_piece_by_piece_equals_one_scan(self) -> None:
        """Reading the sentence piece by piece (each distinct piece once) finds what one scan of
        the whole sentence finds, words with a space in them and repeated pieces included."""
        from turkru.lexicon._vocabulary import VOCABULARY

        word_filter("talks with", "talk", "ith", "with")
        for text in (
            "talks with the minister, talks with\tthe envoy",
            "the talks\nwith partners went on; talking with them",
            "withheld: nothing with-in reach",
            "",
        ):
            assert VOCABULARY.find(text) == VOCABULARY.scan(text)
        assert {"talks with", "talk", "with", "ith"} <= VOCABULARY.find("the talks with partners")
        assert "talks with" not in VOCABULARY.find("the talks, with partners")


class TestRevised:
    """``revised`` copies a sentence with new mentions, dates or flags as ``attrs.evolve`` would."""

    @staticmethod
    def _named(text: str) -> Sentence:
        from turkru.extract.pipeline import build_document
        from turkru.gazetteer import Gazetteer
        from turkru.model.provenance import Source

        document = build_document(text, Source(article_id="revised"), None, Gazetteer.default())
        return document.sentences[0]

    def test_new_mentions_give_new_sides(self) -> None:
        """Mentions taken from a sentence naming both countries leave the copy with the sides of
        what is left, like a sentence built with those mentions."""
        import attrs

        from turkru.extract.document import revised

        sentence = self._named("Turkmenistan and Russia signed a protocol in Ashgabat.")
        assert {"TM", "RU"} <= sentence.sides
        kept = tuple(m for m in sentence.mentions if m.value != "RU")
        copy = revised(sentence, mentions=kept)
        assert copy == attrs.evolve(sentence, mentions=kept)
        assert copy.sides == attrs.evolve(sentence, mentions=kept).sides
        assert "RU" not in copy.sides and "TM" in copy.sides
        assert copy.mentions == kept and sentence.mentions != kept

    def test_flag_change_keeps_what_the_text_decides(self) -> None:
        """Marking a question as a title line keeps its text's forms and its being a question,
        and the copy reads its cue words afresh; its text or place cannot be changed this way."""
        import pytest

        from turkru.extract.document import revised

        sentence = _sentence("Will the \u0130stanbul TALKS resume?")
        sentence.keep_words()
        copy = revised(sentence, headline=True)
        assert copy.headline and not sentence.headline
        assert (copy.text, copy.lower, copy.folded, copy.asks) == (
            sentence.text, sentence.lower, sentence.folded, True
        )
        assert copy.has_any(word_filter("istanbul")) and not copy.has_any(word_filter("moscow"))
        for change in ({"text": "Other."}, {"start": 3}, {"lower": "x"}, {"colour": "red"}):
            with pytest.raises(TypeError):
                revised(sentence, **change)


class TestBody:
    def test_body_leaves_out_the_opening_titles(self) -> None:
        """The document's body is every sentence after the opening title lines, picked once."""
        from turkru.extract.pipeline import build_document
        from turkru.gazetteer import Gazetteer
        from turkru.model.provenance import Source

        text = "Ministers Meet In Ashgabat\n\nThe ministers met on Monday. They signed a plan."
        document = build_document(text, Source(article_id="body"), None, Gazetteer.default())
        assert document.sentences[0].headline
        assert document.body == tuple(s for s in document.sentences if not s.headline)
        assert len(document.body) == len(document.sentences) - 1
        assert document.body is document.body

    def test_all_prose_is_all_body(self) -> None:
        """An article opening with a sentence of prose has no title line: its body is all of it."""
        from turkru.extract.pipeline import build_document
        from turkru.gazetteer import Gazetteer
        from turkru.model.provenance import Source

        text = "The ministers met on Monday in Moscow. They signed a plan."
        document = build_document(text, Source(article_id="body"), None, Gazetteer.default())
        assert document.body == document.sentences and len(document.body) == 2
