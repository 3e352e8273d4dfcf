"""A name after a title that ends in the body, place or country it names takes that side."""

from __future__ import annotations

import pytest

from turkru.gazetteer import Gazetteer
from turkru.text.mentions import find_mentions


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def side_of(text: str, surname: str, gaz: Gazetteer) -> str | None:
    (person,) = [m for m in find_mentions(text, gaz) if m.kind == "person" and surname in m.text]
    return person.country


@pytest.mark.parametrize(
    ("text", "surname", "side"),
    [
        ("Chairman of the Chamber of Commerce and Industry of Turkmenistan Nurmuhammet Amannepesov spoke.",
         "Amannepesov", "TM"),
        ("They were joined by Head of the Khabarovsk Territory Mikhail Degtyarev.", "Degtyarev", "RU"),
    ],
)
def test_title_ending_in_a_body_gives_the_name_its_side(text: str, surname: str, side: str, gaz: Gazetteer) -> None:
    assert side_of(text, surname, gaz) == side


def test_body_without_a_title_word_gives_no_side(gaz: Gazetteer) -> None:
    """No role word before the body: the name is not its holder ("the Chamber ... Nurmuhammet")."""
    text = "The Chamber of Commerce and Industry of Turkmenistan Nurmuhammet Amannepesov spoke."
    assert side_of(text, "Amannepesov", gaz) is None
