"""Meetings: talks, receptions, phone calls, video conferences and consultations."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from turkru.extract.cue_words import CueWords, word_filter
from turkru.extract.cues import is_generic, is_planned, topics_of
from turkru.extract.denials import ruled_out
from turkru.extract.document import Document, Sentence
from turkru.extract.event_dates import nearest_date, tells_of_sitting_before
from turkru.extract.participants import Cast, cast_of, speaks_in_first_person
from turkru.extract.people import resolve_person
from turkru.extract.places import first_place
from turkru.extract.pronouns import with_back_references
from turkru.extract.regions import meeting_region
from turkru.extract.sessions import co_chairs_sitting
from turkru.extract.sides import country_of, names_third_party, third_party_at
from turkru.extract.standing_bodies import standing_body
from turkru.lexicon import Lexicon
from turkru.model.actors import BOTH_SIDES, RUSSIA, Party, PartyKind, Person, Place
from turkru.model.dates import PartialDate
from turkru.model.records import Meeting, MeetingMode, Status
from turkru.text.mentions import Mention

_COUNT_GAP = 25  # "negotiations via video link": the count's noun just before a remote trigger
_CONTEXT_REACH = 3  # sentences back where the counterpart of talks told without one may be named
_BETWEEN_REACH = 40  # "an online meeting was held between ...": the encounter's own "between"
_TOLD_OPENING = 12  # "Their negotiations": the encounter noun opening the sentence


@attrs.frozen
class MeetingWords:
    """The lexicon's meeting rules (data/meetings.json), compiled once per lexicon (``lexicon.derive``).
    The trigger patterns run over the folded sentence; the words they match are read from the sentence."""

    remote: tuple[tuple[re.Pattern[str], tuple[str, ...], MeetingMode], ...]  # each with words its matches hold
    called: re.Pattern[str]  # "X called Y": only a person or title right after
    in_person: re.Pattern[str]
    guest_verb: re.Pattern[str]  # "received", "hosted": an encounter only with a guest after it
    not_bilateral: re.Pattern[str]
    meets_a_need: re.Pattern[str]  # "meet" of needs, not of people
    counted: re.Pattern[str]  # "about 40 negotiations": a count of encounters
    attended_by: re.Pattern[str]  # "The meeting was attended by ...": who else sat in, told after it
    repeated: re.Pattern[str]  # after "met": "five times this year"
    with_guest: re.Pattern[str]
    of_visit: re.Pattern[str]
    during_visit_to: re.Pattern[str]  # "talks held during Lavrov's visit to Ashgabat": with the side visited
    encounter_nouns: re.Pattern[str]
    received_guest: re.Pattern[str]
    received_by_host: re.Pattern[str]  # after a passive "was received"
    passive: re.Pattern[str]
    back_reference: re.Pattern[str]
    consultations: re.Pattern[str]
    unnamed_pair: re.Pattern[str]
    between_bodies: re.Pattern[str]  # "between the heads of administrations of <velayat> and <region>"
    between_countries: re.Pattern[str]  # "consultations between Turkmenistan and Russia"
    bodies_of_both: re.Pattern[str]  # "the ministries of Turkmenistan and Russia held consultations"
    paired_adjective: re.Pattern[str]  # "Turkmen-Russian political consultations"
    paired_meeting: re.Pattern[str]  # "a Russian-Turkmen meeting": right before the plain noun
    encounter_noun: re.Pattern[str]  # "meeting": the plain noun a paired adjective qualifies
    and_next: re.Pattern[str]
    formal: re.Pattern[str]  # encounters, not "met with residents"
    headed_by: re.Pattern[str]  # "the delegation was headed by": who led a side
    accompanied_by: re.Pattern[str]  # "X was accompanied by Y": Y took part with X
    in_document_title: re.Pattern[str]  # "a plan of consultations": a document's subject, not an encounter
    with_official: re.Pattern[str]  # "talks with the Turkmen Deputy Minister of Energy": a title, no name
    talks_told: re.Pattern[str]  # "the talks that took place": the story's talks, counterpart named before
    joint_signing: re.Pattern[str]  # "signed", over the folded sentence: with heads of state, a summit
    signing_heads: re.Pattern[str]  # before the signing verb: "President", "the presidents"
    signed_passive: re.Pattern[str]  # right before it: "was signed", whose signers follow
    counterpart_after: re.Pattern[str]  # "talks with": the counterpart named right after
    present_before: re.Pattern[str]  # "arrived", "visit": the counterpart named before was there
    encounter_with: re.Pattern[str]  # right after an encounter word: " with", its own counterpart
    coordinated_encounter: re.Pattern[str]  # before a second one: "... and the talks with"
    told_encounter: re.Pattern[str]  # "The talks in Moscow focused on": the talks told just before
    pair_told_before: re.Pattern[str]  # "The two ministers agreed to meet": the pair named just before
    pair_to_encounter: re.Pattern[str]  # from that pair to the encounter word: its verb
    cues: CueWords

    @classmethod
    def of(cls, lexicon: Lexicon) -> MeetingWords:
        """The bundle of *lexicon*."""
        return cls(
            remote=(
                (lexicon.folded("meetings.phone"), lexicon.cues("meetings.phone"), MeetingMode.PHONE),
                (lexicon.folded("meetings.video"), lexicon.cues("meetings.video"), MeetingMode.VIDEO),
            ),
            called=lexicon.folded("meetings.called"),
            in_person=lexicon.folded("meetings.in_person"),
            guest_verb=lexicon.folded("meetings.guest_verb"),
            not_bilateral=lexicon.pattern("meetings.not_bilateral"),
            meets_a_need=lexicon.folded("meetings.meets_a_need"),
            counted=lexicon.folded("meetings.counted"),
            attended_by=lexicon.pattern("meetings.attended_by"),
            repeated=lexicon.folded("meetings.repeated"),
            with_guest=lexicon.pattern("meetings.with_guest"),
            of_visit=lexicon.pattern("meetings.of_visit"),
            during_visit_to=lexicon.pattern("meetings.during_visit_to"),
            encounter_nouns=lexicon.folded("meetings.encounter_nouns"),
            received_guest=lexicon.pattern("meetings.received_guest"),
            received_by_host=lexicon.pattern("meetings.received_by_host"),
            passive=lexicon.pattern("meetings.passive"),
            back_reference=lexicon.pattern("meetings.back_reference"),
            consultations=lexicon.pattern("meetings.consultations"),
            unnamed_pair=lexicon.pattern("meetings.unnamed_pair"),
            between_bodies=lexicon.pattern("meetings.between_bodies"),
            between_countries=lexicon.pattern("meetings.between_countries"),
            bodies_of_both=lexicon.pattern("meetings.bodies_of_both"),
            paired_adjective=lexicon.pattern("meetings.paired_adjective"),
            paired_meeting=lexicon.pattern("meetings.paired_meeting"),
            encounter_noun=lexicon.folded("meetings.encounter_noun"),
            and_next=lexicon.pattern("meetings.and_next"),
            formal=lexicon.folded("meetings.formal"),
            headed_by=lexicon.pattern("meetings.headed_by"),
            accompanied_by=lexicon.pattern("meetings.accompanied_by"),
            in_document_title=lexicon.folded("meetings.in_document_title"),
            with_official=lexicon.pattern("meetings.with_official"),
            talks_told=lexicon.pattern("meetings.talks_told"),
            joint_signing=lexicon.folded("meetings.joint_signing"),
            signing_heads=lexicon.pattern("meetings.signing_heads"),
            signed_passive=lexicon.pattern("meetings.signed_passive"),
            counterpart_after=lexicon.pattern("meetings.counterpart_after"),
            present_before=lexicon.pattern("meetings.present_before"),
            encounter_with=lexicon.pattern("meetings.encounter_with"),
            coordinated_encounter=lexicon.pattern("meetings.coordinated_encounter"),
            told_encounter=lexicon.pattern("carry.told_encounter"),
            pair_told_before=lexicon.pattern("meetings.pair_told_before"),
            pair_to_encounter=lexicon.pattern("meetings.pair_to_encounter"),
            cues=word_filter(  # every encounter is reported by one of these rules: their cue words, derived
                *lexicon.cues("meetings.phone"), *lexicon.cues("meetings.video"), *lexicon.cues("meetings.in_person"),
                *lexicon.cues("meetings.joint_signing"),
            ),
        )


def _words(document: Document) -> MeetingWords:
    return document.lexicon.derive(MeetingWords.of)


def extract_meetings(document: Document) -> Iterator[Meeting]:
    """Yield one meeting per sentence that reports an encounter between the two sides."""
    words = _words(document)
    occasions: set[str] = set()
    found = False
    body = document.body
    for index, sentence in enumerate(body):
        if sentence.asks or not sentence.has_any(words.cues) or sentence.of_kind("body"):
            continue
        if is_generic(sentence.text, document.lexicon) or standing_body(sentence, document) is not None:
            continue  # a habit, or a sitting of a standing body (a session, not a meeting)
        if co_chairs_sitting(sentence, document):
            continue  # "the commission's co-chairs met": a co-chairs' sitting (a session)
        if tells_of_sitting_before(sentence, body[index - 1] if index > 0 else None, document.lexicon):
            continue  # "The meeting was held on 14 March": the sitting told just before
        if found and words.attended_by.search(sentence.text):
            continue  # "The meeting was attended by the ambassador": who sat in on the one told before
        meeting = _meeting_in(sentence, document, occasions, words)
        if meeting is not None:
            occasions.add(meeting.occasion or "")
            found = True
            following = body[index + 1] if index + 1 < len(body) else None
            meeting = _with_delegation_heads(meeting, sentence, following, document, words)
            for part in _coordinated_parts(meeting, sentence, document, words):
                yield _with_companions(part, following, document, words)
    if not found:
        yield from _headline_meeting(document, words)


def _coordinated_parts(
    meeting: Meeting, sentence: Sentence, document: Document, words: MeetingWords
) -> tuple[Meeting, ...]:
    """One meeting per encounter word of a sentence that gives each its own counterpart ("at our
    meeting with President X and the talks with my Turkmen colleague"): each part's cast with the
    people named before the first word (who met them all), when every part has both sides and their
    casts differ; else the meeting as it is."""
    if meeting.mode is not MeetingMode.IN_PERSON:
        return (meeting,)
    text = sentence.text
    starts = [
        found.start() for found in words.in_person.finditer(sentence.folded)
        if words.encounter_with.match(text, found.end())
    ]
    starts = starts[:1] + [
        start for start in starts[1:] if words.coordinated_encounter.search(text, max(0, start - 20), start)
    ]
    if len(starts) < 2:
        return (meeting,)
    subject = cast_of(sentence, document, meeting.date, window=(0, starts[0]))  # who met both: "Lavrov noted at"
    windows = zip(starts, [*starts[1:], len(text)], strict=True)
    parts: list[tuple[Person, ...]] = []
    for window in windows:
        cast = cast_of(sentence, document, meeting.date, window=window)
        people = tuple(dict.fromkeys((*subject.people, *cast.people)))
        sides = {person.country for person in people if person.country in BOTH_SIDES}
        if sides != BOTH_SIDES or people in parts:
            return (meeting,)
        parts.append(people)
    return tuple(attrs.evolve(meeting, participants=people, roles=()) for people in parts)


def _with_delegation_heads(
    meeting: Meeting, sentence: Sentence, following: Sentence | None, document: Document, words: MeetingWords
) -> Meeting:
    """An encounter of unnamed bodies ("consultations between the foreign ministries") whose next
    sentence names who headed each side ("the Russian delegation was headed by X, the Turkmen one
    by Y") has those heads as its participants, not the ministers its role words would resolve to."""
    if following is None or sentence.of_kind("person", "office") or words.headed_by.search(following.text) is None:
        return meeting  # people named in the encounter's own sentence stay its participants
    cast = cast_of(following, document, meeting.date)
    if {side for side in cast.sides if side in BOTH_SIDES} != BOTH_SIDES:
        return meeting
    return attrs.evolve(
        meeting,
        participants=tuple(p for p, side in zip(cast.people, cast.sides, strict=True) if side in BOTH_SIDES),
        roles=(),
        evidence=meeting.evidence + document.evidence(following),
    )


def _with_companions(meeting: Meeting, following: Sentence | None, document: Document, words: MeetingWords) -> Meeting:
    """An encounter whose next sentence says a participant "was accompanied by" others of the two
    sides ("He was accompanied by Deputy Minister X") has those others as participants too."""
    found = words.accompanied_by.search(following.text) if following is not None else None
    if following is None or found is None or not meeting.participants:
        return meeting
    following = with_back_references(following, document)
    subjects = cast_of(following, document, meeting.date, window=(0, found.start())).people
    if not set(subjects) & set(meeting.participants):
        return meeting  # someone else's companions
    companions = cast_of(following, document, meeting.date, window=(found.end(), len(following.text)))
    added = tuple(
        person for person, side in zip(companions.people, companions.sides, strict=True)
        if side in BOTH_SIDES and person not in meeting.participants
    )
    if not added:
        return meeting
    return attrs.evolve(
        meeting, participants=meeting.participants + added, evidence=meeting.evidence + document.evidence(following)
    )


def _headline_meeting(document: Document, words: MeetingWords) -> Iterator[Meeting]:
    """The encounter a headline reports ("Putin, Berdimuhamedov discuss gas by phone") when the
    body, paraphrasing it ("the two leaders discussed ..."), reports none: undated, as the headline
    gives no date of its own."""
    for sentence in document.sentences:
        if not sentence.headline or sentence.asks or not sentence.has_any(words.cues) or sentence.of_kind("body"):
            continue
        meeting = _meeting_in(sentence, document, set(), words)
        if meeting is not None:
            yield attrs.evolve(meeting, date=None, end_date=None)
            return


def _trigger(sentence: Sentence, words: MeetingWords) -> tuple[re.Match[str], MeetingMode] | None:
    """The words that report the encounter, and its mode (offsets match the sentence text)."""
    folded = sentence.folded
    for pattern, hints, mode in words.remote:
        found = pattern.finditer(folded) if any(word in folded for word in hints) else ()
        match = next((m for m in found if m.group(0) != "called" or _calls_someone(sentence, m, words)), None)
        if match and not _counts_encounters(folded, match, words):
            return match, mode
    for match in words.in_person.finditer(folded):
        tail = sentence.text[match.start() : match.end() + 60]
        if words.not_bilateral.match(tail) is not None or words.meets_a_need.match(sentence.folded, match.start()):
            continue
        if _counts_encounters(folded, match, words) or _in_document_title(folded, match, words):
            continue
        if words.guest_verb.fullmatch(match.group(0)) and not _received_guest(sentence.text, match, words):
            continue
        return match, MeetingMode.IN_PERSON
    return _joint_signing(sentence, words)


def _joint_signing(sentence: Sentence, words: MeetingWords) -> tuple[re.Match[str], MeetingMode] | None:
    """The two sides' heads of state signing together ("President Putin and his Turkmen counterpart
    signed a declaration", "the presidents of Russia and Turkmenistan signed ..."): the signing
    ceremony of an in-person summit. Ministers or company heads may sign apart: not them."""
    found = words.joint_signing.search(sentence.folded)
    if found is None or words.signed_passive.search(sentence.text, max(0, found.start() - 25), found.start()):
        return None
    if words.signing_heads.search(sentence.text, 0, found.start()) is None:
        return None
    subject = [m for m in sentence.of_kind("person", "office", "country") if m.start - sentence.start < found.start()]
    return (found, MeetingMode.IN_PERSON) if {country_of(m) for m in subject} >= BOTH_SIDES else None


def _in_document_title(folded: str, trigger: re.Match[str], words: MeetingWords) -> bool:
    """Whether the encounter word is the subject of a document named just before it ("signed a
    plan of consultations", "a programme of meetings"), not an encounter told."""
    return words.in_document_title.search(folded, max(0, trigger.start() - 40), trigger.start()) is not None


def _tells_consultations(sentence: Sentence, words: MeetingWords) -> bool:
    """Whether the sentence tells of consultations held, not only names a document of them
    ("signed a plan of consultations between the ministries")."""
    return any(
        not _in_document_title(sentence.folded, found, words)
        for found in words.consultations.finditer(sentence.folded)
    )


def _counts_encounters(folded: str, trigger: re.Match[str], words: MeetingWords) -> bool:
    """Whether the encounter words count encounters rather than report one: "about 40 negotiations
    by video link" (the count ends at the trigger or just before it), "have met five times"."""
    if words.repeated.match(folded, trigger.end()) is not None:
        return True
    start = max(0, trigger.start() - _BETWEEN_REACH * 2)
    return any(
        found.end() >= trigger.start() - _COUNT_GAP
        for found in words.counted.finditer(folded, start, trigger.end())
    )


def _visited_side(sentence: Sentence, trigger: re.Match[str], words: MeetingWords) -> str | None:
    """The side whose country or city a meeting's sentence says the visit it took place in went to."""
    if not words.encounter_nouns.fullmatch(trigger.group(0)):
        return None
    found = words.during_visit_to.search(sentence.text)
    if found is None:
        return None
    for mention in sentence.mentions:
        local = mention.start - sentence.start
        if found.end() <= local <= found.end() + 4 and mention.kind in ("country", "place"):
            side = mention.value if mention.kind == "country" else mention.country
            return side if isinstance(side, str) and side in BOTH_SIDES else None
    return None


def _joined_sides(sentence: Sentence, first: Mention, second: Mention, words: MeetingWords) -> frozenset[str] | None:
    """The two sides, when *first* and *second* are joined by "and" and stand for one side each."""
    gap = sentence.text[first.end - sentence.start : second.start - sentence.start]
    sides = frozenset(side for side in map(country_of, (first, second)) if side is not None)
    return sides if words.and_next.fullmatch(gap) is not None and sides == BOTH_SIDES else None


def _between_bodies(
    sentence: Sentence, trigger: re.Match[str], words: MeetingWords
) -> tuple[str, frozenset[str], Party | None] | None:
    """An encounter of two places' bodies, no one named, told right after the encounter word ("a
    meeting was held between the heads of administrations of the Balkan velayat and the Astrakhan
    region") -> the role words, the two sides, a Russian region."""
    found = words.between_bodies.search(sentence.text, trigger.end())
    if found is None or found.start() > trigger.end() + _BETWEEN_REACH:
        return None
    after = sentence.start + found.end()
    places = [m for m in sentence.mentions if m.kind in ("region", "country", "place") and m.start >= after]
    if len(places) < 2 or places[0].start - sentence.start > found.end() + 4:
        return None
    first, second = places[0], places[1]
    sides = _joined_sides(sentence, first, second, words)
    if sides is None:
        return None
    region = next(
        (m.value for m in (first, second) if isinstance(m.value, Party) and m.value.kind is PartyKind.REGION
         and m.value.country == RUSSIA),
        None,
    )
    return str(found.group("role")), sides, region


def _between_countries(
    sentence: Sentence, trigger: re.Match[str], words: MeetingWords
) -> tuple[str, frozenset[str], Party | None] | None:
    """Talks of the two countries, no one named, the countries told right after the talks word
    ("inter-ministerial consultations between Turkmenistan and Russia were held") -> the talks
    word as the role, the two sides."""
    if not words.formal.fullmatch(trigger.group(0)):
        return None
    found = words.between_countries.match(sentence.text, trigger.end())
    if found is None:
        return None
    countries = [m for m in sentence.of_kind("country") if m.start - sentence.start >= found.end()]
    if len(countries) < 2 or countries[0].start - sentence.start != found.end():
        return None
    sides = _joined_sides(sentence, countries[0], countries[1], words)
    if sides is None:
        return None
    return trigger.group(0), sides, None


def _paired_adjective(
    sentence: Sentence, trigger: re.Match[str], words: MeetingWords
) -> tuple[str, frozenset[str], Party | None] | None:
    """Talks the two nationalities, joined, qualify right before the talks word, no one named
    ("Turkmen-Russian political consultations were held", "a Russian-Turkmen meeting") -> the talks
    word as the role, both sides."""
    start = max(0, trigger.start() - _BETWEEN_REACH * 2)
    if words.encounter_noun.fullmatch(trigger.group(0)):
        paired = words.paired_meeting.search(sentence.text, start, trigger.start())  # "a Russian-Turkmen meeting"
    elif words.formal.fullmatch(trigger.group(0)):
        paired = words.paired_adjective.search(sentence.text, start, trigger.start())
    else:
        return None
    return None if paired is None else (trigger.group(0), BOTH_SIDES, None)


def _bodies_of_both(sentence: Sentence, trigger: re.Match[str], words: MeetingWords) -> re.Match[str] | None:
    """The bodies of the two countries as the subject of the talks word that follows them closely
    ("the foreign ministries of Turkmenistan and Russia held consultations"), not a source before a
    comma ("according to the ministries of Turkmenistan and Russia, the agenda of the talks ...")."""
    if not words.formal.fullmatch(trigger.group(0)):
        return None
    found = words.bodies_of_both.search(sentence.text, max(0, trigger.start() - 80), trigger.start())
    if found is None or trigger.start() - found.end() > _BETWEEN_REACH // 2:
        return None
    return None if "," in sentence.text[found.end() : trigger.start()] else found  # a comma: no subject of the talks



def _unnamed_official(
    sentence: Sentence, trigger: re.Match[str], named_sides: set[str], words: MeetingWords
) -> tuple[str, str] | None:
    """The other side's official the encounter is "with", by a title the gazetteer does not know and
    no name ("held talks with the Turkmen Deputy Minister of Energy", "met the Secretary of the
    State Security Council of Turkmenistan") -> the title, its side."""
    found = words.with_official.search(sentence.text, trigger.start(), trigger.end() + _BETWEEN_REACH * 3)
    if found is None or found.start() > trigger.end() + _BETWEEN_REACH:
        return None
    start, end = sentence.start + found.start("role"), sentence.start + found.end("role")
    inside = [m for m in sentence.mentions if start <= m.start and m.end <= end]
    if any(m.kind == "person" for m in inside):
        return None
    sides = {side for m in inside if m.kind in ("country", "place", "region", "company") and (side := country_of(m))}
    if len(sides) != 1 or not sides <= BOTH_SIDES or sides <= named_sides:
        return None
    return found.group("role"), next(iter(sides))


def _roles(
    roles: tuple[str, ...],
    people: tuple[Person, ...],
    unnamed_pair: re.Match[str] | None,
    between: tuple[str, frozenset[str], Party | None] | None,
) -> tuple[str, ...]:
    """The unnamed roles of a meeting: the cast's, and the unnamed pair's when no one is named."""
    if people:
        return roles
    if unnamed_pair is not None:
        return (*roles, unnamed_pair.group(0))
    return (*roles, between[0]) if between is not None else roles


def _calls_someone(sentence: Sentence, match: re.Match[str], words: MeetingWords) -> bool:
    """Whether "called" takes a person ("called Vladimir Putin"), not "called for", "so-called", "called on"."""
    if sentence.text[max(0, match.start() - 3) : match.start()].endswith("-"):
        return False
    for mention in sentence.of_kind("person", "office"):
        local = mention.start - sentence.start
        if local >= match.start():
            return words.called.fullmatch(sentence.folded, match.start(), local) is not None
    return False


def _received_guest(text: str, match: re.Match[str], words: MeetingWords) -> bool:
    """Whether "received" takes a guest: "received the Governor", "was received by the President"."""
    if words.received_guest.match(text, match.end()):
        return True
    passive = words.passive.search(text, max(0, match.start() - 30), match.start()) is not None
    return passive and words.received_by_host.match(text, match.end()) is not None


def _hosted_by_the_other_side(
    sentence: Sentence,
    trigger: re.Match[str],
    mode: MeetingMode,
    place: Place | None,
    named_sides: set[str],
    words: MeetingWords,
) -> bool:
    """Talks of one side's people held in a city of the other side are talks with that side
    ("the Russian minister held talks in Ashgabat"), unless a third party is named."""
    if not words.formal.fullmatch(trigger.group(0)):
        return False
    if mode is not MeetingMode.IN_PERSON or place is None or place.country not in BOTH_SIDES or len(named_sides) != 1:
        return False
    return place.country not in named_sides and not names_third_party(sentence)


def _counterpart_before(
    sentence: Sentence,
    trigger: re.Match[str],
    named_sides: set[str],
    document: Document,
    on: PartialDate | None,
    words: MeetingWords,
) -> Person | None:
    """The other side's person of held talks a sentence tells with one side named and no counterpart
    after the talks word ("For his part, Putin noted the substantial talks that took place"): the
    other side's person named last in the sentences just before, in a sentence that puts them there
    (a visit, an arrival, an encounter), unless a third party is named."""
    if len(named_sides) != 1 or words.talks_told.fullmatch(trigger.group(0)) is None:
        return None
    if words.counterpart_after.match(sentence.text, trigger.end()) is not None or names_third_party(sentence):
        return None
    (side,) = named_sides
    for before in reversed(document.sentences[max(0, sentence.index - _CONTEXT_REACH) : sentence.index]):
        for mention in reversed(before.of_kind("person")):
            person = resolve_person(mention, document, on)
            if person is None or person.country not in BOTH_SIDES or person.country == side:
                continue
            return person if words.present_before.search(before.text) else None  # there, not doing else
    return None


def _cast_told_before(
    sentence: Sentence, document: Document, on: PartialDate | None, reach: int = 1
) -> Cast | None:
    """The people of talks a sentence names none of because it opens on them as told before ("The
    talks in Moscow focused on energy" after "X and his Turkmen counterpart Y agreed on Tuesday ...";
    "The two ministers agreed to meet again"): the cast of the nearest of the *reach* sentences just
    before that names one person of each side, when it names no third party."""
    for before in reversed(document.sentences[max(0, sentence.index - reach) : sentence.index]):
        if before.headline or names_third_party(before):
            return None
        cast = cast_of(before, document, on)
        if set(cast.sides) >= BOTH_SIDES:
            return cast
        if cast.people:
            return None  # someone else named in between
    return None


def _pair_told_before(sentence: Sentence, trigger: re.Match[str], words: MeetingWords) -> bool:
    """Whether the sentence opens on a pair it names no one of, the subject of its encounter ("The
    two ministers agreed to meet again", "Both leaders will meet in Astana")."""
    pair = words.pair_told_before.match(sentence.text, 0, trigger.start())
    if pair is None:
        return False
    return words.pair_to_encounter.fullmatch(sentence.text, pair.end(), trigger.start()) is not None


def _meeting_in(sentence: Sentence, document: Document, occasions: set[str], words: MeetingWords) -> Meeting | None:
    found = _trigger(sentence, words)
    if found is None or ruled_out(sentence.text, found[0].start(), found[0].end(), document.lexicon):
        return None  # none, or one called off, denied or supposed ("the talks were postponed", "If invited, ...")
    sentence = with_back_references(sentence, document)  # "He held talks with ...": the person named before
    match, mode = found
    planned = is_planned(
        sentence.text, match.start(), match.end(), lexicon=document.lexicon, headline=sentence.headline
    )
    timex = nearest_date(sentence, match.start())
    if planned and timex is not None and not timex.text:
        timex = None  # the day a transcript's words were spoken does not date talks still to come
    date = timex.value if timex else None
    cast = cast_of(sentence, document, date)
    if not cast.people and match.start() < _TOLD_OPENING and words.told_encounter.match(sentence.text):
        cast = _cast_told_before(sentence, document, date) or cast  # "The talks in Moscow focused on ..."
    if not cast.people and _pair_told_before(sentence, match, words):
        cast = _cast_told_before(sentence, document, date, _CONTEXT_REACH) or cast  # "The two ministers agreed ..."
    named_sides = {side for side in cast.sides if side in BOTH_SIDES}
    unnamed_pair = words.unnamed_pair.search(sentence.text) or _bodies_of_both(sentence, match, words)
    between = (
        _between_bodies(sentence, match, words)
        or _between_countries(sentence, match, words)
        or _paired_adjective(sentence, match, words)
        if not cast.people and unnamed_pair is None
        else None
    )
    if not cast.people and unnamed_pair is None and between is None:
        return None
    implied_other = (cast.covered & BOTH_SIDES) - named_sides
    if unnamed_pair is not None:
        implied_other = implied_other | BOTH_SIDES  # "Turkmen and Russian officials": both sides, unnamed
    if between is not None:
        implied_other = implied_other | between[1]
    unnamed_official = None
    if len(named_sides) == 1 and not implied_other and cast.people:
        unnamed_official = _unnamed_official(sentence, match, named_sides, words)
        if unnamed_official is not None:
            implied_other = implied_other | {unnamed_official[1]}
    first_person = bool(named_sides) and speaks_in_first_person(
        sentence.text, voiced=sentence.speaker is not None, lexicon=document.lexicon
    )
    guest = words.with_guest.search(sentence.text)
    one_sided_ok = (
        guest is not None
        and bool(planned or words.of_visit.search(sentence.text))
        and not third_party_at(sentence, guest.end() - 1)  # "talks with Kazakh Foreign Minister X"
    )
    occasion = "consultations" if _tells_consultations(sentence, words) else None
    if words.back_reference.search(sentence.text[: match.start()]) and (occasion or "") in occasions:
        one_sided_ok = True  # "the Turkmen side at the consultations was headed by X": a side of a known encounter
    place = first_place(sentence, document.gazetteer, document.lexicon)
    if place is not None and _hosted_by_the_other_side(sentence, match, mode, place, named_sides, words):
        implied_other = implied_other | {place.country or ""}
    visited = _visited_side(sentence, match, words) if mode is MeetingMode.IN_PERSON else None
    if visited is not None and named_sides and visited not in named_sides:
        implied_other = implied_other | {visited}
    if len(named_sides) < 2 and not implied_other and not first_person and not one_sided_ok:
        counterpart = None if planned else _counterpart_before(sentence, match, named_sides, document, date, words)
        if counterpart is None:
            return None
        cast = attrs.evolve(cast, people=(*cast.people, counterpart), sides=(*cast.sides, counterpart.country))
    return Meeting(
        status=Status.PLANNED if planned else Status.HELD,
        date=date,
        end_date=timex.end_value if timex else None,
        place=place,
        mode=mode,
        participants=cast.people,
        roles=_roles(cast.roles, cast.people, unnamed_pair, between)
        + ((unnamed_official[0],) if unnamed_official is not None else ()),
        occasion=occasion,
        topics=topics_of(sentence.text, document.lexicon),
        region=meeting_region(sentence, document, cast.people, date) or (between[2] if between else None),
        evidence=document.evidence(sentence),
    )
