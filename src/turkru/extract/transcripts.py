"""A transcript's turns were spoken on its header's day: the one home of what a transcript page is
and which day it speaks on (:func:`transcript_day`), read by the sentences' dating here and by the
dating of the meetings its speakers report (turkru.extract.consolidate.date_transcript)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from turkru.extract.document import Sentence, revised
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


def transcript_day(
    sentences: Sequence[Sentence], header: PartialDate | None, lexicon: Lexicon | None = None
) -> PartialDate | None:
    """The day a page's turns were spoken on: its header's day (*header*, the dateline's date or
    else the publication date) when the page is a transcript, else None.

    A page is a transcript when it gives the floor to labelled speakers and its opening says it
    records what was said, or when two or more speakers take the floor.
    """
    if header is None or header.day is None:
        return None
    turns = {sentence.speaker.start for sentence in sentences if sentence.speaker is not None}
    if not turns:
        return None
    if len(turns) >= 2:
        return header
    words = (lexicon or Lexicon.default()).derive(_TranscriptWords.of)
    opening = fold(" ".join(sentence.text for sentence in sentences[:_TRANSCRIPT_OPENING]))
    return header if words.says_so.search(opening) is not None else None


def date_transcript(
    sentences: list[Sentence], header: PartialDate | None, lexicon: Lexicon | None = None
) -> list[Sentence]:
    """The turns of a transcript were spoken on its header's day (:func:`transcript_day`): a
    speaker's sentence without a date of its own carries that day (zero-width, at the sentence's
    start). A turn in which the speaker recalls an earlier occasion keeps no date.
    """
    day = transcript_day(sentences, header, lexicon)
    if day is None:
        return sentences
    words = (lexicon or Lexicon.default()).derive(_TranscriptWords.of)
    out = []
    for sentence in sentences:
        recalled = words.recalled.search(sentence.text) is not None
        if sentence.speaker is not None and not sentence.carried and not event_dates(sentence) and not recalled:
            carried = Timex(
                start=sentence.start, end=sentence.start, text="", value=day, end_value=None,
                relative=True, sentence=sentence.index,
            )  # fmt: skip
            sentence = revised(sentence, carried=(carried,))
        out.append(sentence)
    return out
