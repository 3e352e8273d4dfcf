"""Visits implied by a reception: a host of one side receiving a guest of the other."""

from __future__ import annotations

import re

import attrs

from turkru.extract.cue_words import CueWords, word_filter
from turkru.extract.cues import is_planned
from turkru.extract.document import Document, Sentence
from turkru.extract.event_dates import nearest_date
from turkru.extract.people import resolve_person
from turkru.extract.places import first_place
from turkru.extract.regions import held_region, visit_region
from turkru.extract.sides import side_of
from turkru.lexicon import Lexicon
from turkru.model.actors import BOTH_SIDES, Office, Person
from turkru.model.dates import PartialDate
from turkru.model.records import Status, Visit
from turkru.text.mentions import Mention


@attrs.frozen
class ReceptionWords:
    """The lexicon's reception rules (data/visits.json), compiled once per lexicon."""

    reception: re.Pattern[str]  # over the folded sentence
    passive_before: re.Pattern[str]  # over the folded sentence
    by_after: re.Pattern[str]  # over the folded sentence
    gap_after: re.Pattern[str]  # between "received" and the one received: an article and title words
    elsewhere: re.Pattern[str]
    resident_diplomats: tuple[str, ...]  # resident diplomats do not visit
    diplomat_title: re.Pattern[str]
    diplomat_title_words: frozenset[str]  # what may stand between a diplomat's title and the name
    cues: CueWords

    @classmethod
    def of(cls, lexicon: Lexicon) -> ReceptionWords:
        """The bundle of *lexicon*."""
        return cls(
            reception=lexicon.folded("visits.reception"),
            passive_before=lexicon.folded("visits.passive_before"),
            by_after=lexicon.folded("visits.by_after"),
            gap_after=lexicon.pattern("visits.gap_after"),
            elsewhere=lexicon.pattern("visits.elsewhere"),
            resident_diplomats=lexicon.words("RESIDENT_DIPLOMAT"),
            diplomat_title=lexicon.pattern("visits.diplomat_title"),
            diplomat_title_words=frozenset(lexicon.words("DIPLOMAT_TITLE_WORD")),
            cues=word_filter(*lexicon.words("RECEPTION_VERB")),
        )


def reception_visit(sentence: Sentence, document: Document) -> Visit | None:
    """A visit of the guest's side to the host's when a sentence tells of a reception."""
    words = document.lexicon.derive(ReceptionWords.of)
    if not sentence.has_any(words.cues) or words.elsewhere.search(sentence.text):
        return None
    match = words.reception.search(sentence.folded)
    if match is None:
        return None
    timex = nearest_date(sentence, match.start())
    date = timex.value if timex else None
    people = _sided(sentence, document, date)
    before = [item for item in people if item[0].end - sentence.start <= match.start()]
    after = [item for item in people if _follows(sentence, match.end(), item[0], words)]
    passive = words.passive_before.search(sentence.folded, 0, match.start()) is not None
    if passive and words.by_after.match(sentence.folded, match.end()):
        guests, hosts = before[::-1], after
    else:
        hosts, guests = before[::-1], after
    if not hosts:
        return None
    host = hosts[0][2]
    guest = next((item for item in guests if item[2] not in (None, host)), None)
    if guest is None or guest[2] not in BOTH_SIDES or _resident_diplomat(sentence, guest[0], words):
        return None
    place = first_place(sentence, document.gazetteer, document.lexicon)
    if place is not None and place.country != host:
        return None
    planned = is_planned(sentence.text, match.start(), match.end(), lexicon=document.lexicon)
    return Visit(
        status=Status.PLANNED if planned else Status.HELD,
        date=date,
        end_date=timex.end_value if timex else None,
        place=place,
        delegation_of=guest[2],
        host=host,
        head=guest[1],
        region=visit_region(sentence, document, guest[2], host, guest[1], date)
        or held_region(document, host, (hosts[0][1],), date),
        evidence=document.evidence(sentence),
    )


def _follows(sentence: Sentence, end: int, mention: Mention, words: ReceptionWords) -> bool:
    """Whether *mention* is what the verb ending at *end* takes: only an article and title words between."""
    return words.gap_after.fullmatch(sentence.text, end, mention.start - sentence.start) is not None


def _sided(sentence: Sentence, document: Document, on: PartialDate | None) -> list[tuple[Mention, Person, str]]:
    """The people of a sentence resolved to persons of one of the two sides, in text order; a title
    followed by the name of who holds it ("Energy Minister <Given> <Surname>") is that person, not
    the title's usual holder."""
    found: list[tuple[Mention, Person, str]] = []
    cast = sentence.of_kind("person", "office")
    for index, mention in enumerate(cast):
        if index + 1 < len(cast) and sentence.names_holder(mention, cast[index + 1]):
            continue
        person = resolve_person(mention, document, on)
        side = side_of(mention, person) if person is not None else None
        if person is not None and side in BOTH_SIDES:
            found.append((mention, person, side or ""))
    return found


def _resident_diplomat(sentence: Sentence, guest: Mention, words: ReceptionWords) -> bool:
    """Whether the guest is introduced as an ambassador or envoy (they reside, they do not visit)."""
    title = guest.value.title if isinstance(guest.value, Office) else ""
    lead_in = sentence.lower[max(0, guest.start - sentence.start - 60) : guest.start - sentence.start]
    return any(word in title.lower() or word in lead_in for word in words.resident_diplomats)


def resident_diplomat(person: Person, document: Document, on: PartialDate | None) -> bool:
    """Whether *person* holds an ambassador's or envoy's post on the day (or the publication day;
    any day when neither is known): a resident diplomat meets the host side without visiting it."""
    words = document.lexicon.derive(ReceptionWords.of)
    when = on or document.published
    for term in document.gazetteer.terms_of(person):
        title = term.office.title.lower()
        if any(word in title for word in words.resident_diplomats) and (when is None or term.covers(when)):
            return True
    return introduced_as_diplomat(person, document)


_TITLE_REACH = 80  # characters before a name its title may start


def introduced_as_diplomat(person: Person, document: Document) -> bool:
    """Whether the text names *person* with a resident diplomat's title ("Russian Ambassador to
    Turkmenistan Alexander Blokhin"): only title words and capitalised words between title and name."""
    words = document.lexicon.derive(ReceptionWords.of)
    for sentence in document.sentences:
        for mention in sentence.of_kind("person"):
            if not isinstance(mention.value, Person) or mention.value.surname != person.surname:
                continue
            local = mention.start - sentence.start
            before = sentence.text[max(0, local - _TITLE_REACH) : local]
            titles = list(words.diplomat_title.finditer(before))
            if not titles:
                continue
            gap_start = mention.start - len(before) + titles[-1].end()
            others = any(gap_start <= other.start < mention.start for other in sentence.of_kind("person"))
            if not others and _only_title_words(before[titles[-1].end() :], words):
                return True
    return False


def _only_title_words(gap: str, words: ReceptionWords) -> bool:
    """Whether a stretch holds only capitalised words (names, countries) and title words."""
    for phrase in words.diplomat_title_words:
        if " " in phrase:
            gap = re.sub(re.escape(phrase), " ", gap, flags=re.I)
    return all(word[:1].isupper() or word.lower() in words.diplomat_title_words for word in gap.split())
