"""Sessions of the standing bodies: the intergovernmental commission, councils, groups."""

from __future__ import annotations

import re
from collections.abc import Iterator

from turkru.extract.cues import is_planned
from turkru.extract.document import Document, Sentence
from turkru.extract.event_dates import nearest_date
from turkru.extract.participants import cast_of
from turkru.extract.places import first_place
from turkru.model.records import BodyKind, Commission, CommissionSession, SessionFormat, Status

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}
_BEFORE_BODY = re.compile(
    r"\b(?P<noun>meetings?|sessions?|sittings?)\s+of\s+(?:the\s+)?(?:co-chairs\s+of\s+(?:the\s+)?)?"
    r"(?:[\w'\u2019-]+\s+){0,3}$",
    re.I,
)
_AFTER_BODY = re.compile(
    r"^[^.;]{0,40}?\b(?:met|meets|will\s+meet|convened|held\s+(?:a|its)\s+(?:\w+\s+)?(?:meeting|session))\b"
    r"|^\W*co-chairs\s+(?:met|considered|discussed|held|reviewed)"
    r"|^[^.;]{0,80}?\b(?:its|their)\s+(?:next|regular|upcoming|\w+)?\s*(?:meeting|session|sitting)",
    re.I,
)
_ORDINAL = re.compile(
    r"\b(?P<ord>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+(?:regular\s+)?(?:meeting|session|sitting)",
    re.I,
)
_CO_CHAIRS_MEETING = re.compile(
    r"\b(?:meeting|talks|videoconferenc\w*)\b[^.;]{0,60}?\bbetween\s+(?:the\s+)?co-chairs|\bmeeting\s+of\s+(?:the\s+)?co-chairs|\bco-chairs'?\s+(?:meeting|met|considered|discussed|held)"
    r"|\bco-chairs\s+of\b[^.;]{0,160}?\b(?:met|held\s+a\s+meeting|considered|discussed)\b",
    re.I,
)
# Co-chairs named before the body, the sitting said elsewhere in the sentence: "a meeting by
# videoconference took place between the co-chairs of the Commission".
_CO_CHAIRS_OF = re.compile(r"\bco-chairs\s+of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}$", re.I)
_SITTING_WORD = re.compile(r"\b(?:meeting|met|talks|videoconferenc\w*|video\s+conference|session|sitting)\b", re.I)
# A commission of the two governments for another field than the economy ("... in the field of
# science and higher education"): a body of its own.
_OTHER_FIELD = re.compile(
    r"\s*(?:of\s+(?:[\w-]+\s+){1,4}?)?(?P<field>in\s+the\s+(?:field|sphere|area)s?\s+of\s+(?!econom|trade)"
    r"(?:[\w,-]+\s+){0,5}?[\w-]+|on\s+(?!econom|trade)(?:[\w,-]+\s+){0,4}?cooperation)"
    r"(?=\s+(?:was|were|is|are|will|has|have|held|met|took)\b|[.,;])",
    re.I,
)
_WORKING = re.compile(r"\bworking\s+meeting", re.I)
_CO_CHAIR = re.compile(r"\bco-chair", re.I)


def extract_sessions(document: Document) -> Iterator[CommissionSession]:
    """Yield a session for each standing body a sentence reports meeting (or to meet)."""
    for sentence in document.body:
        for mention in sentence.of_kind("body"):
            if not isinstance(mention.value, BodyKind):
                continue
            local_start = mention.start - sentence.start
            local_end = mention.end - sentence.start
            before = sentence.text[max(0, local_start - 160) : local_start]
            trigger = (
                _BEFORE_BODY.search(before) or _conjoined(sentence, local_start) or _co_chairs_met(sentence, before)
            )
            if trigger is None and _AFTER_BODY.search(sentence.text[local_end:]) is None:
                continue
            body, name = mention.value, mention.text
            other = _OTHER_FIELD.match(sentence.text, local_end)
            if body is BodyKind.INTERGOVERNMENTAL_COMMISSION and other is not None:
                body, name = BodyKind.OTHER, sentence.text[local_start : other.end("field")]
            yield _session(sentence, document, body, name, local_start)


def _co_chairs_met(sentence: Sentence, before: str) -> re.Match[str] | None:
    """The body's co-chairs right before it, in a sentence that reports a sitting."""
    if _CO_CHAIRS_OF.search(before) is None:
        return None
    return _SITTING_WORD.search(sentence.text)


def _conjoined(sentence: Sentence, local_start: int) -> re.Match[str] | None:
    """A body joined to an earlier one ("meetings of the commission and its group")."""
    before = sentence.text[:local_start]
    if re.search(r"\band\s+(?:its|the)\s+$", before, re.I):
        return _BEFORE_BODY.search(before[: before.rfind(" and ")] + " ") or re.search(
            r"\bmeetings\s+of\b", before, re.I
        )
    return None


def _session(
    sentence: Sentence, document: Document, body: BodyKind, name: str, local: int
) -> CommissionSession:
    text = sentence.text
    ordinal = _ORDINAL.search(text)
    number = None
    if ordinal:
        word = ordinal.group("ord").lower()
        number = _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    if _CO_CHAIRS_MEETING.search(text):
        session_format = SessionFormat.CO_CHAIRS_MEETING
    elif _WORKING.search(text):
        session_format = SessionFormat.WORKING_MEETING
    else:
        session_format = SessionFormat.SESSION
    planned = is_planned(text, max(0, local - 160), local + len(name))
    timex = nearest_date(sentence, local)
    date = timex.value if timex else None
    co_chairs = cast_of(sentence, document, date).people if _CO_CHAIR.search(text) else ()
    return CommissionSession(
        status=Status.PLANNED if planned else Status.HELD,
        date=date,
        end_date=timex.end_value if timex else None,
        place=first_place(sentence),
        commission=Commission(body=body, name=name),
        session_number=number,
        format=session_format,
        co_chairs=co_chairs,
        evidence=document.evidence(sentence),
    )
