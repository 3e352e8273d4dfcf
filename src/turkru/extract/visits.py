"""Visits: a delegation or an official of one side travelling to the other."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from turkru.extract.addressed import addressed_cues, addressed_visit
from turkru.extract.cue_words import CueWords, word_filter
from turkru.extract.cues import is_generic, is_planned
from turkru.extract.delegations import delegation_head, third_party_delegation
from turkru.extract.denials import ruled_out
from turkru.extract.document import Document, Sentence
from turkru.extract.event_dates import event_dates, nearest_date
from turkru.extract.participants import cast_of, other_side, title_side
from turkru.extract.people import resolve_person
from turkru.extract.places import first_place
from turkru.extract.pronouns import with_back_references
from turkru.extract.receptions import reception_visit, resident_diplomat
from turkru.extract.regions import region_of, visit_region
from turkru.extract.sides import names_third_party, side_of
from turkru.extract.staying import guest_before, staying_host
from turkru.lexicon import Lexicon
from turkru.model.actors import BOTH_SIDES, Party, Person, Place
from turkru.model.dates import PartialDate
from turkru.model.records import Status, Visit
from turkru.text._casefold import span_text
from turkru.text.mentions import Mention
from turkru.text.timex import Timex

_SUBJECT_REACH = 60  # characters after an opening phrase within which its subject is named


@attrs.frozen
class VisitWords:
    """The lexicon's visit rules (data/visits.json), compiled once per lexicon (``lexicon.derive``)."""

    trigger: re.Pattern[str]  # over the folded sentence; the words it matches are read from the sentence
    anaphoric: re.Pattern[str]
    side_headed: re.Pattern[str]  # "the Russian delegation was headed by X": a side of an encounter
    accompanied: re.Pattern[str]  # "X, accompanied by Y, arrived": Y travelled with the head
    programme_subject: re.Pattern[str]  # "the delegation also visited": an item of a visit told before
    during_the: re.Pattern[str]  # "during the visit": the visit as a setting, told before
    attends: re.Pattern[str]  # "took part in the celebrations": a journey to an event
    towards: re.Pattern[str]
    adjective_delegation: re.Pattern[str]
    delegation_of: re.Pattern[str]
    delegation_subject: re.Pattern[str]
    attached_after: re.Pattern[str]
    attached_before: re.Pattern[str]
    after_by: re.Pattern[str]
    visit_type: re.Pattern[str]
    possessive: re.Pattern[str]
    first_person_possessive: re.Pattern[str]
    second_person_subject: re.Pattern[str]
    third_person_possessive: re.Pattern[str]
    reported_pronoun: re.Pattern[str]  # "X confirmed that he would pay a visit": X is the head
    and_between: re.Pattern[str]  # between two heads of one visit: "X and Y will visit"
    repeated: re.Pattern[str]  # "has visited Turkmenistan several times": how often, not one journey
    next_clause: re.Pattern[str]  # ", and", ";", ", while": a clause of its own after a journey
    opening_phrase: re.Pattern[str]  # "During his visit to Moscow, ": a phrase before the subject
    reported_clause: re.Pattern[str]  # "noting that", "said that": what the subject reports
    remote_attendance: re.Pattern[str]  # "took part via video link": no journey
    cues: CueWords

    @classmethod
    def of(cls, lexicon: Lexicon) -> VisitWords:
        """The bundle of *lexicon*."""
        return cls(
            trigger=lexicon.folded("visits.trigger"),
            anaphoric=lexicon.pattern("visits.anaphoric"),
            side_headed=lexicon.pattern("visits.side_headed"),
            accompanied=lexicon.pattern("visits.accompanied"),
            programme_subject=lexicon.pattern("visits.programme_subject"),
            during_the=lexicon.pattern("visits.during_the"),
            attends=lexicon.pattern("visits.attends"),
            towards=lexicon.pattern("visits.towards"),
            adjective_delegation=lexicon.pattern("visits.adjective_delegation"),
            delegation_of=lexicon.pattern("visits.delegation_of"),
            delegation_subject=lexicon.pattern("visits.delegation_subject"),
            attached_after=lexicon.pattern("visits.attached_after"),
            attached_before=lexicon.pattern("visits.attached_before"),
            after_by=lexicon.pattern("visits.after_by"),
            visit_type=lexicon.pattern("visits.visit_type"),
            possessive=lexicon.pattern("visits.possessive"),
            first_person_possessive=lexicon.pattern("visits.first_person_possessive"),
            second_person_subject=lexicon.pattern("visits.second_person_subject"),
            third_person_possessive=lexicon.pattern("visits.third_person_possessive"),
            reported_pronoun=lexicon.pattern("visits.reported_pronoun"),
            and_between=lexicon.pattern("visits.and_between"),
            repeated=lexicon.pattern("visits.repeated"),
            next_clause=lexicon.pattern("visits.next_clause"),
            opening_phrase=lexicon.pattern("visits.opening_phrase"),
            reported_clause=lexicon.pattern("visits.reported_clause"),
            remote_attendance=lexicon.pattern("visits.remote_attendance"),
            cues=word_filter(
                *lexicon.cues("visits.trigger"),
                *lexicon.cues("visits.reception"),
                *addressed_cues(lexicon),
            ),  # what the trigger, a reception or a visit told in the second person needs: derived
        )


def _words(document: Document) -> VisitWords:
    return document.lexicon.derive(VisitWords.of)


def extract_visits(document: Document) -> Iterator[Visit]:
    """Yield the visits the sentences report, one per trigger that names a side; a title line
    counts too (a visit told only in the headline), and folds with the body's report of it."""
    words = _words(document)
    told: list[Visit] = []
    for sentence in document.sentences:
        if sentence.asks or not sentence.has_any(words.cues) or is_generic(sentence.text, document.lexicon):
            continue
        sentence = with_back_references(sentence, document)  # "He arrived in ...": the person named before
        matches = words.trigger.finditer(sentence.folded)
        for match in matches:
            visit = _visit_at(sentence, document, match)
            if visit is not None and _programme_item(sentence, match, visit, told, words):
                break  # "the delegation then visited the velayat": part of the visit told before
            if visit is not None and _setting_told_before(sentence, match, visit, told, words):
                break  # "during the visit to Kazan, meetings are planned": the visit told before
            if visit is not None:
                told.append(visit)
                yield visit
                yield from _fellow_travellers(sentence, document, visit)
                returned = _return_journey(sentence, document, match, matches, visit, words)
                if returned is not None:
                    told.append(returned)
                    yield returned
                break
        else:
            received = reception_visit(sentence, document) or addressed_visit(sentence, document)
            if received is not None:
                yield received


def _return_journey(
    sentence: Sentence,
    document: Document,
    first: re.Match[str],
    later: Iterator[re.Match[str]],
    visit: Visit,
    words: VisitWords,
) -> Visit | None:
    """A journey the other way told in a later clause of the same sentence ("X visited Moscow in
    2022, and Y came to Ashgabat in 2017"), with its own head."""
    clause = words.next_clause.search(sentence.text, first.end())  # searched once: linear in the sentence
    if clause is None:
        return None
    for match in later:
        if clause.end() > match.start():
            continue
        other = _visit_at(sentence, document, match)
        if other is not None and other.head is not None and other.delegation_of == visit.host:
            return other
    return None


def _setting_told_before(
    sentence: Sentence, match: re.Match[str], visit: Visit, told: list[Visit], words: VisitWords
) -> bool:
    """Whether "during the visit" names a visit of the same side to the same host told before, as
    the setting of other things (whose tense is not the visit's)."""
    if words.during_the.search(sentence.text[: match.start()]) is None:
        return False
    return any((v.delegation_of, v.host) == (visit.delegation_of, visit.host) for v in told)


def _programme_item(sentence: Sentence, match: re.Match[str], visit: Visit, told: list[Visit], words: VisitWords
                    ) -> bool:
    """Whether a headless visit of "the delegation" ("the delegation also visited the Ahal velayat")
    is a stop on a visit of the same side to the same host told before."""
    if visit.head is not None or words.programme_subject.search(sentence.text[: match.start()]) is None:
        return False
    return any((v.delegation_of, v.host, v.status) == (visit.delegation_of, visit.host, visit.status) for v in told)


def _host(sentence: Sentence, match: re.Match[str], words: VisitWords) -> tuple[str | None, Place | None]:
    """The country (and city) the visit goes to: the first place or country after the trigger."""
    after = match.end()
    for mention in sentence.mentions:
        local = mention.start - sentence.start
        if local < after or local > after + 90 or mention.kind not in ("place", "country", "region"):
            continue
        between = sentence.text[match.start() : local]
        if not words.towards.search(between):
            continue
        if mention.kind == "place" and isinstance(mention.value, Place):
            return mention.value.country, mention.value
        if mention.kind == "country" and isinstance(mention.value, str):
            return mention.value, None
        if isinstance(mention.value, Party):
            return mention.value.country, None
    return None, None


def _head(sentence: Sentence, document: Document, match: re.Match[str], host: str | None, on: PartialDate | None
          ) -> Person | None:
    """The person the trigger is about: "visit of X", "X's visit", "X arrived", "delegation led by X"."""
    words = _words(document)
    start, end = match.start(), match.end()
    text = sentence.text
    candidates: list[tuple[int, Mention]] = []
    people = sentence.of_kind("person", "office")
    led_by = sentence.folded[start:end].endswith(" by")  # "delegation led by X": X right after the trigger
    aside = _companions_before(text, start, words)
    for index, mention in enumerate(people):
        local, local_end = mention.start - sentence.start, mention.end - sentence.start
        gap = text[end:local] if local >= end else ""
        if aside[0] <= local < aside[1]:
            continue  # who came with the head, not the head
        skipped = aside[1] - aside[0] if local_end <= aside[0] else 0  # the aside between the name and the trigger
        before = text[local_end : aside[0]] + text[aside[1] : start] if skipped else text[local_end:start]
        if local >= end and (words.attached_after.fullmatch(gap) or (led_by and words.after_by.fullmatch(gap))):
            candidates.append((local - end, mention))
            follower = people[index + 1] if index + 1 < len(people) else None
            if follower is not None and sentence.names_holder(mention, follower):
                candidates.append((local - end, follower))
        elif local_end <= start and words.attached_before.fullmatch(before):
            candidates.append((start - local_end - skipped, mention))
    for _, mention in sorted(candidates, key=lambda item: item[0]):
        person = resolve_person(mention, document, on)
        side = side_of(mention, person) if person is not None else None
        if person is not None and side is None and "," not in _gap(sentence, mention, start, end):
            side = title_side(sentence, mention, document)  # a titled name the gazetteer does not know
        if person is not None and side in BOTH_SIDES and side != host:
            return person
    return None


def _gap(sentence: Sentence, mention: Mention, start: int, end: int) -> str:
    """The text between a mention and the trigger at ``start:end`` (local offsets), either side."""
    local, local_end = mention.start - sentence.start, mention.end - sentence.start
    return sentence.text[local_end:start] if local_end <= start else sentence.text[end:local]


def _head_side(sentence: Sentence, document: Document, head: Person) -> str | None:
    """The side of a head the gazetteer does not know, from the title the sentence names them with
    ("the Governor of the Orenburg region <Given> <Surname>")."""
    for mention in sentence.of_kind("person"):
        if mention.value == head:
            return title_side(sentence, mention, document)
    return None


def _companions_before(text: str, start: int, words: VisitWords) -> tuple[int, int]:
    """The span of an aside naming the head's companions that ends right before *start*
    ("X, accompanied by Y, arrived"), or an empty span."""
    found = next(reversed(list(words.accompanied.finditer(text, 0, start))), None)
    if found is None or text[found.end() : start].strip():
        return (start, start)
    return found.start(), found.end()


def _owner(sentence: Sentence, document: Document, before: int, host: str | None, on: PartialDate | None
           ) -> Person | None:
    """Whose "his visit" it is: the nearest person of a side, other than the host's, named earlier in the
    sentence; in a clause the subject reports ("X congratulated Y, noting that ... his last visit"),
    the subject, named first."""
    cast = [m for m in sentence.of_kind("person", "office") if m.end - sentence.start <= before]
    words = _words(document)
    if cast and words.reported_clause.search(sentence.text, cast[0].end - sentence.start, before):
        cast = cast[:1]
    for mention in reversed(cast):
        person = resolve_person(mention, document, on)
        side = side_of(mention, person) if person is not None else None
        if person is not None and side in BOTH_SIDES and side != host:
            return person
    return None


def _cataphoric_owner(
    sentence: Sentence, document: Document, match: re.Match[str], host: str | None, on: PartialDate | None,
    words: VisitWords,
) -> Person | None:
    """Whose "his visit" it is when the sentence opens with it ("During his visit to Moscow, X met
    Y"): the first person of a side other than the host's named right after the opening phrase."""
    opening = words.opening_phrase.match(sentence.text)
    if opening is None or opening.end() < match.end():
        return None
    cast = sentence.of_kind("person", "office")
    for index, mention in enumerate(cast):
        local = mention.start - sentence.start
        if local < opening.end():
            continue
        if local > opening.end() + _SUBJECT_REACH:
            return None
        if index + 1 < len(cast) and sentence.names_holder(mention, cast[index + 1]):
            continue  # the title before the name: the name says who
        person = resolve_person(mention, document, on)
        side = side_of(mention, person) if person is not None else None
        if person is not None and side in BOTH_SIDES and side != host:
            return person
        return None
    return None


def _fellow_travellers(sentence: Sentence, document: Document, visit: Visit) -> Iterator[Visit]:
    """One visit more for each person named with the head before the trigger ("X and Y will pay a visit")."""
    words = _words(document)
    if visit.head is None:
        return
    people = sentence.of_kind("person", "office")
    heads = [i for i, mention in enumerate(people) if resolve_person(mention, document, visit.date) == visit.head]
    if not heads:
        return
    first = heads[0]
    if first > 0 and sentence.names_holder(people[first - 1], people[first]):
        first -= 1  # the head's title before the name
    while first > 0 and words.and_between.search(sentence.text[: people[first].start - sentence.start]):
        partner = people[first - 1]
        gap = sentence.text[partner.end - sentence.start : people[first].start - sentence.start]
        if not words.and_between.fullmatch(gap):
            return
        person = resolve_person(partner, document, visit.date)
        if person is None or side_of(partner, person) != visit.delegation_of or person == visit.head:
            return
        region = region_of(sentence, document, visit.delegation_of, (person,), visit.date)
        yield attrs.evolve(visit, head=person, region=region)
        first -= 1
        if first > 0 and sentence.names_holder(people[first - 1], people[first]):
            first -= 1


def _visit_at(sentence: Sentence, document: Document, match: re.Match[str]) -> Visit | None:
    words = _words(document)
    if _repeated(sentence.text, match.start(), match.end(), words):
        return None
    if ruled_out(sentence.text, match.start(), match.end(), document.lexicon):
        return None  # "the visit was postponed", "will not travel to", "If invited, X would visit"
    before = sentence.text[: match.start()]
    trigger = sentence.text[match.start() : match.end()].lower()
    spoken = sentence.speaker is not None and words.first_person_possessive.search(before) is not None
    host, place = _host(sentence, match, words)
    clause = -1
    if host is None:
        host, place, clause = staying_host(sentence, document, match.start())  # "who is in Ashgabat on a visit"
    if host is None and "delegation" in trigger:
        # "represented in Ashgabat by a delegation headed by X"
        place = first_place(sentence, document.gazetteer, document.lexicon)
        host = place.country if place is not None else None
    timex = nearest_date(sentence, match.start())
    if timex is None and words.attends.search(sentence.text):
        timex = _event_date_before(sentence, document)  # dated by the event it came to attend
    date = timex.value if timex else None
    head = _head(sentence, document, match, host, date)
    if head is None:  # "X, who is in Ashgabat on a visit"; "the delegation headed by X arrived"
        head = guest_before(sentence, document, clause, host, date) if clause >= 0 else delegation_head(
            sentence, document, host, date
        )
    if head is None and words.third_person_possessive.search(before):
        head = _owner(sentence, document, match.start(), host, date) or _cataphoric_owner(
            sentence, document, match, host, date, words
        )
    if head is None and words.reported_pronoun.search(before):
        head = _owner(sentence, document, match.start(), host, date)  # "X confirmed that he would visit"
    if head is None and (words.anaphoric.search(before) or words.possessive.search(before)) and not spoken:
        return None
    if head is None and sentence.speaker is not None and words.first_person_possessive.search(before):
        head = resolve_person(sentence.speaker, document, date)
    if head is None and sentence.addressee is not None and words.second_person_subject.search(before):
        head = resolve_person(sentence.addressee, document, date)  # "you visited Moscow": the one spoken to
    if head is None and trigger.startswith("welcome"):
        cast = cast_of(sentence, document, date)
        guests = [p for p, side in zip(cast.people, cast.sides, strict=True) if side in BOTH_SIDES and side != host]
        head = guests[0] if guests else None
    delegation_of = _delegation_side(sentence, document) or (head.country if head else None)
    if delegation_of is None and head is not None:
        delegation_of = _head_side(sentence, document, head)
    if host is None and match.group("travel"):
        return None  # "came to power", "went to the polls": a journey names where it goes
    if match.group("attend") and not _attended_in_person(sentence, document, head, date, words):
        return None
    if host is None and words.side_headed.search(sentence.text):
        place = _place_told_before(sentence, document)  # who headed a side of talks told before
        host = place.country if place is not None else None
        if host is not None and host == _delegation_side(sentence, document):
            return None  # the side at home: no journey
        if host is not None and timex is None:
            timex = _event_date_before(sentence, document)  # dated by the talks told before
            date = timex.value if timex else None
    if host is None and names_third_party(sentence):
        return None  # bound for a third country or a multilateral meeting, not for the other side
    if host is None:
        host = other_side(delegation_of)
    if delegation_of is None and ("delegation" in trigger or words.delegation_subject.search(before)):
        guest = other_side(host)  # None for "the delegation" a third country's guest brought, told before
        delegation_of = None if head is None and third_party_delegation(sentence, document, guest) else guest
    if delegation_of not in BOTH_SIDES or host not in BOTH_SIDES or delegation_of == host:
        return None
    if head is not None and head.country not in (None, delegation_of):
        head = None
    planned = is_planned(
        sentence.text, match.start(), match.end(), lexicon=document.lexicon, headline=sentence.headline
    )
    typed = words.visit_type.search(sentence.text)
    kind = (span_text(sentence.text, match, "type") or (typed.group(1) if typed else "")).lower()
    return Visit(
        status=Status.PLANNED if planned else Status.HELD,
        date=date,
        end_date=timex.end_value if timex else None,
        place=place,
        delegation_of=delegation_of,
        host=host,
        head=head,
        region=visit_region(sentence, document, delegation_of, host, head, date),
        visit_type=kind if kind in ("official", "working", "state") else None,
        evidence=document.evidence(sentence),
    )


def _repeated(text: str, start: int, end: int, words: VisitWords) -> bool:
    """Whether the journey is told as a habit or a count ("has visited Moscow several times",
    "repeatedly came to Ashgabat"), not as one visit."""
    return words.repeated.search(text, max(0, start - 15), min(len(text), end + 50)) is not None


def _attended_in_person(
    sentence: Sentence, document: Document, head: Person | None, on: PartialDate | None, words: VisitWords
) -> bool:
    """Whether taking part in something in the other side's city is a journey there: a named head
    who is no resident diplomat, not taking part from afar ("via video link")."""
    if head is None or words.remote_attendance.search(sentence.text):
        return False
    return not resident_diplomat(head, document, on)


def _event_date_before(sentence: Sentence, document: Document) -> Timex | None:
    """The one date of the body sentence just before *sentence* ("the inauguration in Kazan on 25
    March ... A delegation took part in the celebrations"), if it gives exactly one."""
    before = document.sentences[sentence.index - 1] if sentence.index > 0 else None
    if before is None or before.headline or sentence.headline:
        return None
    dates = event_dates(before)
    return dates[0] if dates and len({t.value for t in dates}) == 1 else None


def _place_told_before(sentence: Sentence, document: Document) -> Place | None:
    """The city of the sentence just before *sentence* (where the encounter it speaks of was held)."""
    before = [s for s in document.body if s.end <= sentence.start]
    return first_place(before[-1], document.gazetteer, document.lexicon) if before else None


def _delegation_side(sentence: Sentence, document: Document) -> str | None:
    """The side a delegation comes from: "a Turkmen delegation", "delegation of/from <country, city or region>"."""
    words = _words(document)
    adjective = words.adjective_delegation.search(sentence.text)
    if adjective is not None:
        return document.gazetteer.country(adjective.group("adj"))
    found = words.delegation_of.search(sentence.text)
    if found is None:
        return None
    for mention in sentence.mentions:
        local = mention.start - sentence.start
        if found.end() <= local <= found.end() + 4 and mention.kind in ("country", "place", "region"):
            value = mention.value
            if isinstance(value, str):
                return value
            if isinstance(value, (Place, Party)):
                return value.country
    return None


