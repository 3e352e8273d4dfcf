"""The dateline that opens a story ("ASHGABAT, Turkmenistan, June 25."): its lead sentence, date and city."""

from __future__ import annotations

import re
from collections.abc import Sequence

from turkru.extract.document import Sentence
from turkru.gazetteer import Gazetteer
from turkru.lexicon import Lexicon
from turkru.model.actors import Place
from turkru.model.dates import PartialDate
from turkru.text._dateline import datelines


def find_dateline(
    sentences: Sequence[Sentence], lexicon: Lexicon | None = None
) -> tuple[Sentence | None, PartialDate | None, Place | None]:
    """The lead sentence after a dateline ("ASHGABAT, Turkmenistan, June 25."), its date and city
    (*lexicon*: the calendar names; None, the default)."""
    lead_dateline = datelines(lexicon).lead
    for index, sentence in enumerate(sentences[:4]):
        match = lead_dateline.match(sentence.text)
        if match is None:
            continue
        dated = [t for t in sentence.dated() if t.start - sentence.start <= match.end() + 2]
        places = [m.value for m in sentence.mentions if m.kind == "place" and isinstance(m.value, Place)]
        rest = sentence.text[match.end() :].strip(" .,:-/\u2013\u2014")
        rest = re.sub(r"^(?:/?[A-Z][A-Za-z]+/?\.?\s*)?", "", rest) if len(rest) < 15 else rest
        lead = sentence if len(rest) > 15 else (sentences[index + 1] if index + 1 < len(sentences) else None)
        if not dated and not places:
            continue
        return lead, dated[0].value if dated else None, places[0] if places else None
    return None, None, None


def dateline_line(
    text: str, sentences: list[Sentence], published: PartialDate, gazetteer: Gazetteer, lexicon: Lexicon | None = None
) -> tuple[Sentence | None, PartialDate | None, Place | None]:
    """A "City, 12 February 2025" line alone above the story (cleaning blanks it as a date line):
    the first sentence of the body is its lead, dated by the publication date the line gave
    (*lexicon*: the calendar names; None, the default)."""
    body = [sentence for sentence in sentences if not sentence.headline]
    if not body:
        return None, None, None
    match = datelines(lexicon).line.search(text, 0, body[0].start)
    if match is None:
        return None, None, None
    return body[0], published, gazetteer.place(match.group("city"))
