"""The two sides of the relations: which countries a sentence names or implies, third parties."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from turkru.model.actors import RUSSIA, TURKMENISTAN, Party, Person, Place
from turkru.text.mentions import Mention

if TYPE_CHECKING:
    from turkru.extract.document import Sentence

def countries_of(mentions: Iterable[Mention]) -> frozenset[str]:
    """The countries mentions name or belong to (people, offices, places, regions, companies)."""
    found: set[str] = set()
    for mention in mentions:
        if mention.kind == "country" and isinstance(mention.value, str):
            found.add(mention.value)
        elif mention.country:
            found.add(mention.country)
    return frozenset(found)


def country_of(mention: Mention) -> str | None:
    """The country a country, region, place or other mention stands for or belongs to."""
    value = mention.value
    if isinstance(value, str):
        return value
    if isinstance(value, (Party, Place)):
        return value.country
    return mention.country


def sides_in(*sentences: Sentence) -> set[str]:
    """The countries the sentences name or imply (people, offices, places, regions, companies)."""
    found: set[str] = set()
    for sentence in sentences:
        found |= sentence.sides
    return found


def names_third_party(sentence: Sentence) -> bool:
    """Whether a sentence names a third country, its people or places, or an international body."""
    for mention in sentence.mentions:
        if mention.kind == "organisation" and isinstance(mention.value, Party) and mention.value.country is None:
            return True
        country = mention.value if mention.kind == "country" else mention.country
        if mention.kind in ("country", "place", "person") and country and country not in (TURKMENISTAN, RUSSIA):
            return True
    return False


def third_country_just_before(sentence: Sentence, local: int) -> bool:
    """Whether a third country's name or adjective ends right before *local* (sentence-relative),
    only spaces between: "the Russian-Kazakh intergovernmental commission", "a Turkmen-Iranian
    commission" are bodies of another pair of countries."""
    for mention in sentence.mentions:
        end = mention.end - sentence.start
        if mention.kind != "country" or not 0 <= local - end <= 2 or sentence.text[end:local].strip():
            continue
        if isinstance(mention.value, str) and mention.value not in (TURKMENISTAN, RUSSIA):
            return True
    return False


def third_party_at(sentence: Sentence, local: int) -> bool:
    """Whether the mention that starts at *local* (sentence-relative) is of a third country:
    "talks with Kazakh Foreign Minister X", "talks with the Uzbek government"."""
    for mention in sentence.mentions:
        if mention.start - sentence.start == local:
            country = country_of(mention) if mention.kind != "person" else mention.country
            return country is not None and country not in (TURKMENISTAN, RUSSIA)
    return False


def concerns_both_sides(context: Sequence[Sentence], bilateral_article: bool) -> bool:
    """Whether the last of *context* speaks of Turkmenistan and Russia: not of a third country
    alone, and with both sides named near by (speakers included), or, in an article about
    the two, no third country named near by."""
    both = {TURKMENISTAN, RUSSIA}
    own = sides_in(context[-1])
    if own - both and not both <= own:
        return False
    near = sides_in(*context)
    for sentence in context:
        for voice in (sentence.speaker, sentence.addressee):
            if voice is not None and voice.country:
                near.add(voice.country)
    return both <= near or (bilateral_article and not near - both)


def side_of(mention: Mention, person: Person | None) -> str | None:
    """The country a participant belongs to."""
    if person is not None and person.country:
        return person.country
    return mention.country
