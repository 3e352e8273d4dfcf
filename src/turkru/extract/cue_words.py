"""The cue-word registry: cheap pre-filters an extractor asks before reading a sentence closely.

Every filter's words join the one vocabulary of :mod:`turkru.lexicon._vocabulary` (the rules'
gates put theirs there too); a sentence is read for all of them in one pass, when the document
is built or the first time a filter asks, and the answer is kept as bits.
"""

from __future__ import annotations

import attrs

from turkru.lexicon._vocabulary import VOCABULARY


@attrs.frozen
class CueWords:
    """Lower-case words, any of which a sentence must contain for an extractor to read it closely.

    ``known`` is how many words the shared vocabulary held once these were added: a sentence
    read for at least that many words has looked for all of them.
    """

    words: frozenset[str]
    known: int
    mask: int = 0
    """One bit per word, at the word's place in the shared vocabulary."""


def word_filter(*words: str) -> CueWords:
    """A cheap pre-filter: any of the lower-case *words* anywhere in a sentence (see :meth:`Sentence.has_any`)."""
    mask = VOCABULARY.add(words)
    return CueWords(words=frozenset(words), known=VOCABULARY.size, mask=mask)


@attrs.define
class CueMemo:
    """The cue words a sentence contains, out of the first ``known`` words of the vocabulary
    (filled when the document is built or on the first question, redone if a filter made since asks)."""

    known: int = -1
    found: int = 0
    """The bits of the vocabulary words the sentence contains (see :attr:`CueWords.mask`)."""

    def contains(self, folded: str, cues: CueWords) -> bool:
        """Whether the folded text *folded* (the memo's sentence) contains any word of *cues*."""
        if self.known < cues.known:  # not read yet, or not for the words of a filter made since
            self.known, self.found = VOCABULARY.read(folded)
        return bool(self.found & cues.mask)
