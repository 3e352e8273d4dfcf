"""An undated visit or meeting dated by the next sentence, which tells of it again ("The visit is
scheduled for 14-15 April")."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from turkru.extract.document import Document, Sentence
from turkru.extract.event_dates import nearest_date
from turkru.lexicon import Lexicon
from turkru.model.records import AnyRecord, Meeting, Visit


@attrs.frozen
class _FollowUpWords:
    """The lexicon's follow-up sentence opening (data/event_dates.json)."""

    opening: re.Pattern[str]  # "The visit is scheduled for", "The talks took place": group visit or meeting
    elsewhen: re.Pattern[str]  # "their previous talks", "earlier": another occasion (data/folding.json)

    @classmethod
    def of(cls, lexicon: Lexicon) -> _FollowUpWords:
        return cls(opening=lexicon.pattern("event_dates.follow_up"), elsewhen=lexicon.pattern("fold.elsewhen"))


def _follow_up(sentence: Sentence, document: Document, words: _FollowUpWords) -> tuple[Sentence, type, int] | None:
    """The next sentence when it opens by telling a visit or meeting again (not another one, "their
    previous talks"), that kind, and where its occurrence verb ends."""
    index = sentence.index + 1
    if index >= len(document.sentences):
        return None
    following = document.sentences[index]
    found = words.opening.match(following.text)
    if following.headline or found is None or words.elsewhen.search(following.text):
        return None  # "Their previous talks were held in 2022": another occasion
    return following, Visit if found["visit"] else Meeting, found.end()


def date_from_follow_up(records: Sequence[AnyRecord], document: Document) -> list[AnyRecord]:
    """An undated visit or meeting takes the date of the next sentence when that sentence opens by
    telling it again and when it takes place ("... will pay a working visit to Moscow. The visit is
    scheduled for 14-15 April."), unless that sentence tells a record of the same kind of its own."""
    words = (document.lexicon or Lexicon.default()).derive(_FollowUpWords.of)
    by_start = {sentence.start: sentence for sentence in document.body}
    told = {(type(r), e.start) for r in records for e in r.evidence[:1]}
    out: list[AnyRecord] = []
    for record in records:
        sentence = by_start.get(record.evidence[0].start) if record.evidence else None
        if record.date is None and isinstance(record, (Visit, Meeting)) and sentence is not None:
            record = _dated_by(record, _follow_up(sentence, document, words), told, document)
        out.append(record)
    return out


def _dated_by(
    record: Visit | Meeting, follow: tuple[Sentence, type, int] | None, told: set[tuple[type, int]], document: Document
) -> Visit | Meeting:
    """*record* dated by the follow-up sentence's own date after its verb, when it tells this kind and no
    record of it of its own."""
    if follow is None or follow[1] is not type(record) or (type(record), follow[0].start) in told:
        return record
    following, _kind, verb_end = follow
    timex = nearest_date(following, verb_end, document.lexicon)
    if timex is None or timex.value is None or timex not in following.timexes:
        return record
    if timex.start - following.start < verb_end:
        return record
    return attrs.evolve(record, date=timex.value, end_date=timex.end_value)
