"""A transcript's turns were spoken on its header's day."""

from __future__ import annotations

import re

import attrs

from turkru.extract.document import Sentence
from turkru.extract.event_dates import event_dates
from turkru.lexicon import Lexicon
from turkru.model.dates import PartialDate
from turkru.text._casefold import fold
from turkru.text.timex import Timex

_TRANSCRIPT_OPENING = 8  # the sentences where a page says so


@attrs.frozen
class _TranscriptWords:
    """The lexicon's transcript rules (data/transcripts.json), compiled once per lexicon."""

    says_so: re.Pattern[str]  # "Transcript of ...", "Excerpts from ...", over the folded opening
    recalled: re.Pattern[str]  # "we signed there", "during my visit we accomplished": an earlier occasion

    @classmethod
    def of(cls, lexicon: Lexicon) -> _TranscriptWords:
        return cls(lexicon.folded("transcripts.says_so"), lexicon.pattern("transcripts.recalled"))


def date_transcript(
    sentences: list[Sentence], header: PartialDate | None, lexicon: Lexicon | None = None
) -> list[Sentence]:
    """The turns of a transcript were spoken on its header's day: a speaker's sentence without a
    date of its own carries that day (zero-width, at the sentence's start).

    A page is a transcript when its opening says so, or when it gives the floor to two or more
    labelled speakers. A turn in which the speaker recalls an earlier occasion keeps no date.
    """
    if header is None or header.day is None:
        return sentences
    turns = {sentence.speaker.start for sentence in sentences if sentence.speaker is not None}
    words = (lexicon or Lexicon.default()).derive(_TranscriptWords.of)
    opening = fold(" ".join(sentence.text for sentence in sentences[:_TRANSCRIPT_OPENING]))
    says_so = words.says_so.search(opening) is not None
    if not turns or not (says_so or len(turns) >= 2):
        return sentences
    out = []
    for sentence in sentences:
        recalled = words.recalled.search(sentence.text) is not None
        if sentence.speaker is not None and not sentence.carried and not event_dates(sentence) and not recalled:
            day = Timex(
                start=sentence.start, end=sentence.start, text="", value=header, end_value=None,
                relative=True, sentence=sentence.index,
            )  # fmt: skip
            sentence = attrs.evolve(sentence, carried=(day,))
        out.append(sentence)
    return out
