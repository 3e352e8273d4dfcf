"""What a sentence takes from the ones before it: the date and place of "back then", and the
speaker and addressee of a transcript's turn."""

from __future__ import annotations

import re

import attrs

from turkru.extract.document import Sentence, revised
from turkru.extract.event_dates import event_dates
from turkru.extract.places import first_place
from turkru.lexicon import Lexicon
from turkru.model.actors import Place
from turkru.model.dates import Precision
from turkru.text.mentions import Mention
from turkru.text.timex import Timex

_LOOKBACK = 3
_TITLE_OPENING = 4  # a page's opening lines, where its title says whose words it gives
_LABEL = re.compile(r"^(?P<label>(?:(?:[A-Z][\w.'\u2019-]*|of|the)\s+){0,8}[A-Z][\w'\u2019-]+):\s")


@attrs.frozen
class CarryWords:
    """The lexicon's rules for what a sentence takes from the ones before it (data/carry.json)."""

    anaphoric_time: re.Pattern[str]  # "back then", "following the talks": at the sentence's start
    lexicon: Lexicon
    anaphoric_period: re.Pattern[str]  # "over the same period" (folded text; after its cue test)
    told_encounter: re.Pattern[str]  # "The consultations were led by": the encounter told before, on its day
    after_sitting: re.Pattern[str]  # "After the sitting, ...": the sitting told before, on its day
    occasion_noun: re.Pattern[str]  # "the eve of the session": a day told by the sitting, not the sitting's
    after_encounter: re.Pattern[str]  # "following the talks": dated by the talks' own sentence
    encounter: re.Pattern[str]  # the sentence that tells of the talks
    voice_title: re.Pattern[str]  # "Lavrov's remarks and answers": whose words the page gives

    @classmethod
    def of(cls, lexicon: Lexicon) -> CarryWords:
        """The bundle of *lexicon*."""
        return cls(
            anaphoric_time=lexicon.pattern("carry.anaphoric_time"),
            lexicon=lexicon,
            anaphoric_period=lexicon.folded("carry.anaphoric_period"),
            told_encounter=lexicon.pattern("carry.told_encounter"),
            after_sitting=lexicon.pattern("carry.after_sitting"),
            occasion_noun=re.compile(  # over the lower-cased date text
                r"\b(?:" + "|".join(map(re.escape, (*lexicon.words("TOLD_SITTING_NOUN"),
                                                   *lexicon.words("RECENT_ENCOUNTER_NOUN")))) + r")\b"
            ),
            after_encounter=lexicon.pattern("carry.after_encounter"),
            encounter=lexicon.pattern("carry.encounter"),
            voice_title=lexicon.pattern("carry.voice_title"),
        )


def locate(sentences: list[Sentence], lexicon: Lexicon | None = None) -> list[Sentence]:
    """Carry dates into "back then" sentences and transcript speakers into their turns (*lexicon*:
    the words that point back and those around a carried place; None, the default)."""
    words = (lexicon or Lexicon.default()).derive(CarryWords.of)
    out: list[Sentence] = []
    speaker: Mention | None = None
    addressee: Mention | None = None
    voice = _titled_voice(sentences, words)
    for sentence in sentences:
        label = _LABEL.match(sentence.text)
        if voice is not None and label is None and speaker is None and sentence.start > voice.start:
            speaker = voice  # "Lavrov's remarks and answers ...": his words, up to a labelled turn
        if label is not None:
            people = [m for m in sentence.of_kind("person", "office") if m.end - sentence.start <= label.end()]
            if people and (speaker is None or people[-1].value != speaker.value):
                addressee = speaker
            speaker = people[-1] if people else None
            addressee = _vocative(sentence, label.end()) or addressee
        carried: tuple[Timex, ...] = ()
        carried_place: Place | None = None
        if out and not event_dates(sentence) and _points_to_a_day(sentence, words):
            carried = _day_told_before(out[-_LOOKBACK:], words)
        elif out and (words.anaphoric_time.match(sentence.text) or _points_to_period(sentence, words)):
            recent = out[-_LOOKBACK:][::-1]
            if words.after_encounter.match(sentence.text):
                # "following the talks": the talks' own sentence, dated or not, and nothing else
                recent = [s for s in recent if words.encounter.search(s.text)][:1]
            if not event_dates(sentence):
                carried = next((tuple(event_dates(s)) or s.carried for s in recent if event_dates(s) or s.carried), ())
            places = (first_place(s, lexicon=lexicon) or s.carried_place for s in recent)
            carried_place = next((p for p in places if p), None)
        if carried or carried_place or speaker or addressee:
            sentence = revised(
                sentence, carried=carried, carried_place=carried_place, speaker=speaker, addressee=addressee
            )
        out.append(sentence)
    return out


def _told_by_occasion(timex: Timex, words: CarryWords) -> bool:
    """Whether a date is told by the sitting or the talks themselves ("the eve of the session")."""
    return words.occasion_noun.search(timex.text.lower()) is not None


def _points_to_a_day(sentence: Sentence, words: CarryWords) -> bool:
    """Whether the sentence opens on an encounter or a sitting told before ("The consultations were
    led by", "After the sitting,"), which took place on a day."""
    return bool(words.told_encounter.match(sentence.text) or words.after_sitting.match(sentence.text))


def _day_told_before(recent: list[Sentence], words: CarryWords) -> tuple[Timex, ...]:
    """The day-precise event dates of the nearest of *recent* that gives one ("The consultations were
    led by ..." after "... met in Ashgabat on Wednesday"): talks are told by their day, so a year or
    a month told in between ("the next sitting in 2026") is another matter's, and so is a day told
    by the sitting itself ("on the eve of the session")."""
    for before in reversed(recent):
        dated = event_dates(before) or before.carried
        days = tuple(
            t for t in dated
            if t.value is not None and t.value.precision is Precision.DAY and not _told_by_occasion(t, words)
        )
        if days:
            return days
    return ()


def _titled_voice(sentences: list[Sentence], words: CarryWords) -> Mention | None:
    """The person whose words a page gives, by one of its opening lines ("Foreign Minister Sergey
    Lavrov's remarks and answers to media questions"): the name right before the voice words."""
    for sentence in sentences[:_TITLE_OPENING]:
        found = words.voice_title.search(sentence.text)
        if found is None:
            continue
        for mention in sentence.of_kind("person"):
            if mention.end - sentence.start == found.start():
                return mention
    return None


def _points_to_period(sentence: Sentence, words: CarryWords) -> bool:
    """Whether the sentence speaks of "the same period" told before (its cue word tested first)."""
    folded = sentence.folded
    return words.lexicon.has_cue("carry.anaphoric_period", folded) and words.anaphoric_period.search(folded) is not None


_VOCATIVE_REACH = 40  # a name the speaker opens with ("Name: Mr X, ..."): the one spoken to


def _vocative(sentence: Sentence, label_end: int) -> Mention | None:
    """The person a turn opens by addressing, right after the speaker's label."""
    for mention in sentence.of_kind("person", "office"):
        local = mention.start - sentence.start
        if label_end <= local <= label_end + _VOCATIVE_REACH:
            return mention
    return None
