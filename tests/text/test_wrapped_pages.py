"""Hard-wrapped pages (mailed releases, wire copy) say what the same page says unwrapped: their
paragraphs are read whole, a name or a title broken across two lines included, while headlines,
stamps and lists of headlines keep their own lines."""

from __future__ import annotations

import textwrap

import pytest

import turkru
from turkru.text._wrapped import join_wrapped_lines

RELEASE = [
    "Turkmen president receives governor of Astrakhan region",
    "Ashgabat, 12 October 2023",
    "On Thursday President of Turkmenistan Serdar Berdimuhamedov received the governor of the "
    "Astrakhan region of Russia Igor Babushkin, who is in Ashgabat on a working visit at the head "
    "of a delegation of regional officials and shipbuilders.",
    "The sides discussed freight across the Caspian Sea, the building of river and sea vessels and "
    "new ferry lines between the ports of Turkmenbashi and Olya.",
    "Trade between the region and Turkmenistan grew by a quarter in 2022, the governor said.",
]
CALL = [
    "Moscow, 3 March 2024",
    "Russian Foreign Minister Sergei Lavrov and Turkmen Foreign Minister Rashid Meredov held a "
    "telephone conversation on Saturday, the ministry said in a statement.",
    "They talked about the agenda of the coming meeting of the intergovernmental commission and "
    "about gas, transport and education.",
]


def facts(paragraphs: list[str], width: int | None) -> dict[str, object]:
    lines = paragraphs if width is None else [textwrap.fill(p, width) for p in paragraphs]
    return turkru.to_facts(turkru.parse_article("\n\n".join(lines) + "\n", article_id="wrapped"))


@pytest.mark.parametrize(("paragraphs", "width"), [(RELEASE, 72), (RELEASE, 64), (CALL, 70), (CALL, 58)])
def test_a_hard_wrapped_page_yields_the_facts_of_the_page_unwrapped(paragraphs: list[str], width: int) -> None:
    plain = facts(paragraphs, None)
    assert plain["facts"]
    assert facts(paragraphs, width) == plain


def test_headlines_of_like_length_stay_lines() -> None:
    listing = ("Read also\n"
               "Turkmen and Russian ministers meet to discuss the gas trade in Moscow\n"
               "Delegation of Kazan businessmen arrives in Ashgabat for an exhibition\n"
               "Caspian ports agree on a ferry timetable for the winter navigation\n")
    page = "\n\n".join(textwrap.fill(p, 72) for p in RELEASE) + "\n\n" + listing
    joined = join_wrapped_lines(page)
    assert len(joined) == len(page)
    assert joined.endswith(listing)
    assert "received the governor of the Astrakhan region" in joined  # the story is joined


def test_a_stamp_inside_a_wrapped_paragraph_stays_its_own_line() -> None:
    body = textwrap.fill(RELEASE[2], 70)
    page = f"{body}\n\n12.10.2023 14:05\n{textwrap.fill(RELEASE[3], 70)}\n"
    assert "\n12.10.2023 14:05\n" in join_wrapped_lines(page)


def test_a_page_of_whole_paragraphs_is_left_as_it_is() -> None:
    page = "\n\n".join(RELEASE) + "\n"
    assert join_wrapped_lines(page) is page
