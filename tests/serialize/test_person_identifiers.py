"""People carry the gazetteer's verified English Wikipedia title into records and JSON."""

from __future__ import annotations

import json

from turkru import parse_article
from turkru.gazetteer import Gazetteer
from turkru.serialize.jsonio import dumps, loads

CALL = (
    "Turkmen President Serdar Berdimuhamedov held a phone call with Russian President "
    "Vladimir Putin on 9 June 2023."
)


def _people(text: str) -> dict[str, object]:
    article = parse_article(text, article_id="call")
    people = json.loads(dumps(article))["records"][0]["participants"]
    return {person["surname"]: person for person in people}


def test_a_known_title_is_carried_and_round_trips() -> None:
    """The president's title is in the record's JSON and comes back on load."""
    article = parse_article(CALL, article_id="call")
    assert "Serdar Berdimuhamedow" in {p.enwiki_title for p in article.records[0].participants}
    back = loads(dumps(article))
    assert [p.enwiki_title for p in back.records[0].participants] == [
        p.enwiki_title for p in article.records[0].participants
    ]


def test_without_a_verified_title_the_key_is_absent() -> None:
    """A person the gazetteer holds no title for is written without the key, never with a guess."""
    people = _people("Putin and Berdimuhamedov, the Turkmen president, spoke by telephone on 2 May 2024.")
    assert "enwiki_title" not in people["Putin"]


def test_the_title_does_not_change_who_a_person_is() -> None:
    """Equality ignores the title, as it ignores spelling variants."""
    serdar = next(e.person for e in Gazetteer.default().people if e.person.enwiki_title)
    assert serdar == serdar.__class__(surname=serdar.surname, given_names=serdar.given_names, country=serdar.country)
