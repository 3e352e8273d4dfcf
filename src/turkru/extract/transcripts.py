"""A transcript's turns were spoken on its header's day."""

from __future__ import annotations

import re

import attrs

from turkru.extract.document import Sentence
from turkru.extract.event_dates import event_dates
from turkru.model.dates import PartialDate
from turkru.text._casefold import fold
from turkru.text.timex import Timex

# Words by which a page says it records what was said ("Transcript of the beginning of the meeting").
TRANSCRIPT_WORDS = ("transcript", "excerpts from", "verbatim", "press statements", "statements for the press")
_TRANSCRIPT_OPENING = 8  # the sentences where a page says so
# Past forms that tell a speaker recalls an earlier occasion ("we signed there", "during my
# visit we accomplished"): such a turn is not dated by the transcript's day.
IRREGULAR_PAST = (
    "met", "held", "took", "made", "had", "was", "were", "did", "gave", "saw", "came", "went", "spoke", "sent",
    "built", "began", "brought", "paid", "agreed",
)  # fmt: skip
_RECALLED = re.compile(
    r"\b(?:we|i|you|they|he|she|it|our\s+\w+|the\s+\w+)\s+(?:\w+ly\s+)?(?:\w+ed|"
    + "|".join(IRREGULAR_PAST)
    + r")\b|\b(?:last|ago|earlier|previous|previously|then|there)\b",
    re.I,
)


def date_transcript(sentences: list[Sentence], header: PartialDate | None) -> list[Sentence]:
    """The turns of a transcript were spoken on its header's day: a speaker's sentence without a
    date of its own carries that day (zero-width, at the sentence's start).

    A page is a transcript when its opening says so, or when it gives the floor to two or more
    labelled speakers.
    """
    if header is None or header.day is None:
        return sentences
    turns = {sentence.speaker.start for sentence in sentences if sentence.speaker is not None}
    opening = fold(" ".join(sentence.text for sentence in sentences[:_TRANSCRIPT_OPENING]))
    says_so = any(word in opening for word in TRANSCRIPT_WORDS)
    if not turns or not (says_so or len(turns) >= 2):
        return sentences
    out = []
    for sentence in sentences:
        recalled = _RECALLED.search(sentence.text) is not None
        if sentence.speaker is not None and not sentence.carried and not event_dates(sentence) and not recalled:
            day = Timex(
                start=sentence.start, end=sentence.start, text="", value=header, end_value=None,
                relative=True, sentence=sentence.index,
            )  # fmt: skip
            sentence = attrs.evolve(sentence, carried=(day,))
        out.append(sentence)
    return out
