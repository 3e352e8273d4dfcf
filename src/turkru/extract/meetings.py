"""Meetings: talks, receptions, phone calls, video conferences and consultations."""

from __future__ import annotations

import re
from collections.abc import Iterator

from turkru.extract.cue_words import word_filter
from turkru.extract.cues import is_generic, is_planned, topics_of
from turkru.extract.document import Document, Sentence
from turkru.extract.event_dates import nearest_date
from turkru.extract.participants import cast_of, speaks_in_first_person
from turkru.extract.places import first_place
from turkru.extract.sides import names_third_party
from turkru.model.actors import SIDES, Place
from turkru.model.records import Meeting, MeetingMode, Status

# The trigger patterns run over the folded sentence (see turkru.text._casefold): lower case, no IGNORECASE.
_PHONE = re.compile(
    r"\b(?:tele)?phone\s+(?:conversations?|calls?|talks?|contacts?|exchange|dialogue)|\btelephonic\b|\bphoned\b"
    r"|\b(?:by|via|on|over)\s+(?:the\s+)?(?:tele)?phone\b|\bcalled\b"
)
_CALLED = re.compile(r"called\s+(?:up\s+)?(?:the\s+)?$")  # "X called Y": only a person or title right after
_VIDEO = re.compile(
    r"\bvideo[\s-]?(?:conference|link|call|format)|\bvideoconference|\bvirtual\s+meeting|\bonline\s+(?:meeting|talks)"
    r"|\bvia\s+video"
)
_REMOTE = (  # each with words one of which its matches hold
    (_PHONE, ("phone", "called"), MeetingMode.PHONE),
    (_VIDEO, ("video", "virtual", "online"), MeetingMode.VIDEO),
)
_IN_PERSON = re.compile(
    r"\b(?:met|meet|meets|meeting|talks|negotiations|rec(?:ei|ie)ved|rec(?:ei|ie)ves|reception|consultations|discussions"
    r"|conversation|audience|spoke\s+with|spoken\s+with|tete-a-tete|one-on-one|signing\s+ceremony)\b"
)
_NOT_BILATERAL = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?(?:Council|Group|Foreign\s+Ministers|heads\s+of|Heads|Commission|Intergovernmental"
    r"|CIS|SCO|Caspian|Organi[sz]ation|Shanghai|Collective|Eurasian|participants|leaders|ministers|BRICS|UN\b)"
    r"|\b(?:summit|forum|session)\b",
    re.I,
)
# "Meet" of needs, not of people: "meet the expectations", "will meet growing demand".
_MEETS_A_NEED = re.compile(
    r"meet\w*\s+(?:[a-z-]+\s+){0,3}?(?:expectations|needs|demands?|requirements|standards|deadlines?|challenges"
    r"|targets|goals|criteria|obligations|interests|conditions|norms)\b"
)
_WITH_GUEST = re.compile(r"\b(?:with|between)\s+(?:the\s+)?[A-Z]")
_OF_VISIT = re.compile(
    r"\b(?:during|as\s+part\s+of|within\s+the\s+framework\s+of)\s+(?:the|this|his|her)\s+visit\b", re.I
)
_RECEIVED_GUEST = re.compile(r"\s+(?!by\b|from\b|with\b)(?:the\s+)?[A-Z]")
_RECEIVED_BY_HOST = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")  # after a passive "was received"
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+\s+)?$")
_BACK_REFERENCE = re.compile(r"\b(?:at|during|in\s+the\s+course\s+of)\s+the\s+$", re.I)
_CONSULTATIONS = re.compile(r"\bconsultations\b", re.I)
_UNNAMED_PAIR = re.compile(
    r"\b(?:Turkmen\s+and\s+Russian|Russian\s+and\s+Turkmen)\s+(?:[a-z]+\s+){0,2}"
    r"(?:diplomats|officials|ministers|experts|delegations|leaders|presidents|parliamentarians|representatives)\b"
)
_CUE_WORDS = word_filter(
    "met", "meet", "talk", "negotiat", "rec", "consultation", "discussion", "conversation", "audience", "spoke",
    "tete-a-tete", "one-on-one", "signing ceremony", "phone", "called", "video", "virtual", "online",
)


def extract_meetings(document: Document) -> Iterator[Meeting]:
    """Yield one meeting per sentence that reports an encounter between the two sides."""
    occasions: set[str] = set()
    for sentence in document.body:
        if not sentence.has_any(_CUE_WORDS) or sentence.of_kind("body") or is_generic(sentence.text):
            continue
        meeting = _meeting_in(sentence, document, occasions)
        if meeting is not None:
            occasions.add(meeting.occasion or "")
            yield meeting


def _trigger(sentence: Sentence) -> tuple[re.Match[str], MeetingMode] | None:
    """The words that report the encounter, and its mode (offsets match the sentence text)."""
    folded = sentence.folded
    for pattern, words, mode in _REMOTE:
        found = pattern.finditer(folded) if any(word in folded for word in words) else ()
        match = next((m for m in found if m.group(0) != "called" or _calls_someone(sentence, m)), None)
        if match:
            return match, mode
    for match in _IN_PERSON.finditer(folded):
        tail = sentence.text[match.start() : match.end() + 60]
        if _NOT_BILATERAL.match(tail) is not None or _MEETS_A_NEED.match(sentence.folded, match.start()):
            continue
        if match.group(0).startswith("rec") and not _received_guest(sentence.text, match):
            continue
        return match, MeetingMode.IN_PERSON
    return None


def _calls_someone(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether "called" takes a person ("called Vladimir Putin"), not "called for", "so-called", "called on"."""
    if sentence.text[max(0, match.start() - 3) : match.start()].endswith("-"):
        return False
    for mention in sentence.of_kind("person", "office"):
        local = mention.start - sentence.start
        if local >= match.start():
            return _CALLED.fullmatch(sentence.folded, match.start(), local) is not None
    return False


def _received_guest(text: str, match: re.Match[str]) -> bool:
    """Whether "received" takes a guest: "received the Governor", "was received by the President"."""
    if _RECEIVED_GUEST.match(text, match.end()):
        return True
    passive = _PASSIVE.search(text, max(0, match.start() - 30), match.start()) is not None
    return passive and _RECEIVED_BY_HOST.match(text, match.end()) is not None


_FORMAL = re.compile(r"talks|negotiations|consultations")  # encounters, not "met with residents"


def _hosted_by_the_other_side(
    sentence: Sentence, trigger: re.Match[str], mode: MeetingMode, place: Place | None, named_sides: set[str]
) -> bool:
    """Talks of one side's people held in a city of the other side are talks with that side
    ("the Russian minister held talks in Ashgabat"), unless a third party is named."""
    if not _FORMAL.fullmatch(trigger.group(0)):
        return False
    if mode is not MeetingMode.IN_PERSON or place is None or place.country not in SIDES or len(named_sides) != 1:
        return False
    return place.country not in named_sides and not names_third_party(sentence)


def _meeting_in(sentence: Sentence, document: Document, occasions: set[str]) -> Meeting | None:
    found = _trigger(sentence)
    if found is None:
        return None
    match, mode = found
    planned = is_planned(sentence.text, match.start(), match.end())
    timex = nearest_date(sentence, match.start())
    date = timex.value if timex else None
    cast = cast_of(sentence, document, date)
    named_sides = {side for side in cast.sides if side in SIDES}
    unnamed_pair = _UNNAMED_PAIR.search(sentence.text)
    if not cast.people and unnamed_pair is None:
        return None
    implied_other = cast.covered.intersection(SIDES) - named_sides
    first_person = bool(named_sides) and speaks_in_first_person(sentence.text, voiced=sentence.speaker is not None)
    one_sided_ok = _WITH_GUEST.search(sentence.text) is not None and (planned or _OF_VISIT.search(sentence.text))
    occasion = "consultations" if _CONSULTATIONS.search(sentence.text) else None
    if _BACK_REFERENCE.search(sentence.text[: match.start()]) and (occasion or "") in occasions:
        one_sided_ok = True  # "the Turkmen side at the consultations was headed by X": a side of a known encounter
    place = first_place(sentence, document.gazetteer)
    if place is not None and _hosted_by_the_other_side(sentence, match, mode, place, named_sides):
        implied_other = implied_other | {place.country or ""}
    if len(named_sides) < 2 and not implied_other and not first_person and not one_sided_ok:
        return None
    return Meeting(
        status=Status.PLANNED if planned else Status.HELD,
        date=date,
        end_date=timex.end_value if timex else None,
        place=place,
        mode=mode,
        participants=cast.people,
        roles=cast.roles if cast.people or unnamed_pair is None else (*cast.roles, unnamed_pair.group(0)),
        occasion=occasion,
        topics=topics_of(sentence.text),
        evidence=document.evidence(sentence),
    )
