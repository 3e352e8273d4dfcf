"""A title followed by a name, with the office's country or region between ("the Governor of the
Astrakhan region of the Russian Federation Igor Zarubin"), is that person's: the gazetteer's
usual holder is not added beside him. And a guest named after his title is the guest of the
reception, so he is on a visit."""

from __future__ import annotations

import pytest

import turkru

DATELINE = "Ashgabat, 26 September 2023\n\n"


def facts(sentence: str) -> list[dict[str, object]]:
    found = turkru.to_facts(turkru.parse_article(DATELINE + sentence + "\n"))["facts"]
    assert isinstance(found, list)
    return found


@pytest.mark.parametrize(("sentence", "guest"), [
    ("On 25 September the President of Turkmenistan Serdar Berdimuhamedov received the Governor of the Astrakhan "
     "region of the Russian Federation Pavel Zarubin.", "Zarubin"),
    ("On Monday President Serdar Berdimuhamedov received the Head of the Republic of Tatarstan of the Russian "
     "Federation Timur Galiev.", "Galiev"),
])
def test_the_name_after_a_title_and_its_country_holds_the_title(sentence: str, guest: str) -> None:
    found = facts(sentence)
    assert [f["participants"] for f in found if f["kind"] == "meeting"] == [["Berdimuhamedov", guest]]
    assert [(f["delegation_of"], f["head"]) for f in found if f["kind"] == "visit"] == [("RU", guest)]


def test_a_guest_named_after_his_title_is_on_a_visit() -> None:
    found = facts("On Monday President Serdar Berdimuhamedov received the Governor of the Astrakhan region "
                  "Igor Babushkin.")
    assert [(f["delegation_of"], f["host"], f["head"]) for f in found if f["kind"] == "visit"] == [
        ("RU", "TM", "Babushkin")]
