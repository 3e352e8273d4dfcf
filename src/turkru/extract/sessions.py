"""Sessions of the standing bodies: the intergovernmental commission, councils, groups."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from turkru.extract.called_off import called_off
from turkru.extract.cue_words import CueWords, word_filter
from turkru.extract.cues import is_planned
from turkru.extract.document import Document, Sentence
from turkru.extract.event_dates import nearest_date, tells_of_sitting_before
from turkru.extract.participants import cast_of
from turkru.extract.places import first_place
from turkru.extract.sides import third_country_just_before
from turkru.extract.standing_bodies import standing_body
from turkru.lexicon import Lexicon
from turkru.model.records import BodyKind, Commission, CommissionSession, SessionFormat, Status
from turkru.text._numbers import ordinal as ordinal_number
from turkru.text.memo import per_text


@attrs.frozen
class SessionWords:
    """The lexicon's sitting rules (data/sessions.json), compiled once per lexicon (``lexicon.derive``)."""

    before_body: re.Pattern[str]
    after_body: re.Pattern[str]
    conjoined: re.Pattern[str]
    meetings_of: re.Pattern[str]
    ordinal: re.Pattern[str]
    co_chairs_meeting: re.Pattern[str]
    # Co-chairs named before the body, the sitting said elsewhere in the sentence: "a meeting by
    # videoconference took place between the co-chairs of the Commission".
    co_chairs_of: re.Pattern[str]
    sitting_word: re.Pattern[str]
    # A commission of the two governments for another field than the economy ("... in the field of
    # science and higher education"): a body of its own.
    other_field: re.Pattern[str]
    working: re.Pattern[str]
    co_chair: re.Pattern[str]
    counted: re.Pattern[str]  # "12 sessions of the commission have been held": a count, not a sitting
    habitual: re.Pattern[str]  # "raised at regular meetings of the commission": sittings in general
    back_to_body: re.Pattern[str]  # "the next meeting of the commission": the body named before
    back_possessive: re.Pattern[str]  # "the Commission's next session"
    back_co_chairs: re.Pattern[str]  # "the commission's co-chairs, X and Y, met": a co-chairs' sitting
    back_cues: CueWords

    @classmethod
    def of(cls, lexicon: Lexicon) -> SessionWords:
        """The bundle of *lexicon*."""
        return cls(
            before_body=lexicon.pattern("sessions.before_body"),
            after_body=lexicon.pattern("sessions.after_body"),
            conjoined=lexicon.pattern("sessions.conjoined"),
            meetings_of=lexicon.pattern("sessions.meetings_of"),
            ordinal=lexicon.pattern("sessions.ordinal"),
            co_chairs_meeting=lexicon.pattern("sessions.co_chairs_meeting"),
            co_chairs_of=lexicon.pattern("sessions.co_chairs_of"),
            sitting_word=lexicon.pattern("sessions.sitting_word"),
            other_field=lexicon.pattern("sessions.other_field"),
            working=lexicon.pattern("sessions.working"),
            co_chair=lexicon.pattern("sessions.co_chair"),
            counted=lexicon.pattern("sessions.counted"),
            habitual=lexicon.pattern("sessions.habitual"),
            back_to_body=lexicon.pattern("sessions.back_to_body"),
            back_possessive=lexicon.pattern("sessions.back_possessive"),
            back_co_chairs=lexicon.pattern("sessions.back_co_chairs"),
            back_cues=word_filter(*lexicon.words("BACK_BODY_NOUN")),
        )


def extract_sessions(document: Document) -> Iterator[CommissionSession]:
    """Yield a session for each standing body a sentence reports meeting (or to meet): those the
    gazetteer names, and a region's body with the other side (``standing_body``)."""
    words = document.lexicon.derive(SessionWords.of)
    named: BodyKind | None = None  # the last body named so far, for "the next meeting of the commission"
    earlier: set[BodyKind] = set()  # every body named so far: "the commission" after a group was named
    for sentence in document.body:
        bodies = sentence.of_kind("body")
        for kind in () if bodies else _back_kinds(named, earlier):
            found = _back_to_body(sentence, kind, words)
            if found is not None:
                noun = found.group("noun") or found.groupdict().get("noun2") or ""
                yield _session(sentence, document, kind, noun, found.start(), words)
                break
        for mention in bodies:
            if not isinstance(mention.value, BodyKind):
                continue
            local_start = mention.start - sentence.start
            local_end = mention.end - sentence.start
            if third_country_just_before(sentence, local_start):
                named = None  # "the Russian-Kazakh intergovernmental commission": another pair's body
                continue
            before = sentence.text[max(0, local_start - 160) : local_start]
            trigger = (
                words.before_body.search(before)
                or _conjoined(sentence, local_start, words)
                or _co_chairs_met(sentence, before, words)
            )
            if isinstance(mention.value, BodyKind):
                named = mention.value
                earlier.add(named)
            if trigger is None and words.after_body.search(sentence.text[local_end:]) is None:
                continue
            if words.counted.search(before) or words.habitual.search(before):
                continue  # "has held 12 sessions of ...", "raised at meetings of ...": no one sitting told
            if called_off(sentence.text, local_end, document.lexicon):
                continue  # "the meeting of the commission planned for May was postponed": no sitting
            body, name = mention.value, mention.text
            other = words.other_field.match(sentence.text, local_end)
            if body is BodyKind.INTERGOVERNMENTAL_COMMISSION and other is not None:
                body, name = BodyKind.OTHER, sentence.text[local_start : other.end("field")]
            yield _session(sentence, document, body, name, local_start, words)
        standing = standing_body(sentence, document)
        if standing is not None:
            yield _session(sentence, document, BodyKind.OTHER, standing.name, standing.start, words)


def _back_kinds(named: BodyKind | None, earlier: set[BodyKind]) -> list[BodyKind]:
    """The bodies a bare "the commission" may stand for: the last one named, then the others
    named before it (each noun names one kind, so at most one of them matches)."""
    first = [] if named is None else [named]
    return first + sorted(earlier - set(first), key=lambda kind: kind.value)


def _back_to_body(sentence: Sentence, named: BodyKind, words: SessionWords) -> re.Match[str] | None:
    """A sitting of "the commission" (or "the council", "the group") with no name of its own, the
    body of that noun named earlier in the article: "the next meeting of the commission"."""
    if not sentence.has_any(words.back_cues) or named is BodyKind.OTHER:
        return None
    for pattern in (words.back_to_body, words.back_possessive):
        for found in pattern.finditer(sentence.text):
            if found.group(named.value) is not None:
                return found
    return _back_co_chairs(sentence, named, words)


def _back_co_chairs(sentence: Sentence, named: BodyKind, words: SessionWords) -> re.Match[str] | None:
    """The co-chairs of "the commission" named earlier, in a sentence that reports them sitting
    ("The commission's co-chairs, X and Y, met in Moscow")."""
    if words.sitting_word.search(sentence.text) is None:
        return None
    for found in words.back_co_chairs.finditer(sentence.text):
        if found.group(named.value) is not None or found.group(f"{named.value}2") is not None:
            return found
    return None


def co_chairs_sitting(sentence: Sentence, document: Document) -> bool:
    """Whether *sentence* reports a sitting of the co-chairs of a body named in an earlier sentence
    (a commission session, not a meeting of its co-chairs)."""
    words = document.lexicon.derive(SessionWords.of)
    if "co-chairs" not in sentence.lower:
        return False
    return any(
        first < sentence.index and _back_co_chairs(sentence, body, words) is not None
        for body, first in _first_named(document.sentences).items()
    )


@per_text(4)
def _first_named(sentences: tuple[Sentence, ...]) -> dict[BodyKind, int]:
    """The index of the first sentence naming each standing body (read once per document)."""
    first: dict[BodyKind, int] = {}
    for sentence in sentences:
        for mention in sentence.of_kind("body"):
            if isinstance(mention.value, BodyKind):
                first.setdefault(mention.value, sentence.index)
    return first


def _co_chairs_met(sentence: Sentence, before: str, words: SessionWords) -> re.Match[str] | None:
    """The body's co-chairs right before it, in a sentence that reports a sitting."""
    if words.co_chairs_of.search(before) is None:
        return None
    return words.sitting_word.search(sentence.text)


def _conjoined(sentence: Sentence, local_start: int, words: SessionWords) -> re.Match[str] | None:
    """A body joined to an earlier one ("meetings of the commission and its group")."""
    before = sentence.text[:local_start]
    if words.conjoined.search(before):
        return words.before_body.search(before[: before.rfind(" and ")] + " ") or words.meetings_of.search(before)
    return None


def _session(
    sentence: Sentence, document: Document, body: BodyKind, name: str, local: int, words: SessionWords
) -> CommissionSession:
    text = sentence.text
    ordinal = words.ordinal.search(text)
    number = None
    if ordinal:
        word = ordinal.group("ord").lower()
        number = ordinal_number(word, document.lexicon) or int(re.sub(r"\D", "", word))
    if words.co_chairs_meeting.search(text):
        session_format = SessionFormat.CO_CHAIRS_MEETING
    elif words.working.search(text):
        session_format = SessionFormat.WORKING_MEETING
    else:
        session_format = SessionFormat.SESSION
    planned = is_planned(text, max(0, local - 160), local + len(name), lexicon=document.lexicon)
    timex = nearest_date(sentence, local)
    told = [sentence]
    following = _told_next(sentence, document)
    if timex is None and following is not None:
        timex = nearest_date(following, 0, document.lexicon)  # "... The meeting was held on 14 March"
        told.append(following)
    date = timex.value if timex else None
    co_chairs = cast_of(sentence, document, date).people if words.co_chair.search(text) else ()
    if not co_chairs and following is not None and words.co_chair.search(following.text):
        co_chairs = cast_of(following, document, date).people
    return CommissionSession(
        status=Status.PLANNED if planned else Status.HELD,
        date=date,
        end_date=timex.end_value if timex else None,
        place=first_place(sentence, lexicon=document.lexicon),
        commission=Commission(body=body, name=name),
        session_number=number,
        format=session_format,
        co_chairs=co_chairs,
        evidence=document.evidence(*told),
    )


def _told_next(sentence: Sentence, document: Document) -> Sentence | None:
    """The next sentence when it goes on about this sitting ("The meeting was held on 14 March")."""
    index = sentence.index + 1
    following = document.sentences[index] if index < len(document.sentences) else None
    if following is None or not tells_of_sitting_before(following, sentence, document.lexicon):
        return None
    return following
