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
