"""A list of documents signed goes on across a line that names a document only by a bare name
("Joint Statement ...;"), in two layouts (session 10, probe set 2)."""

from __future__ import annotations

import pytest

from turkru import parse_article
from turkru.model.records import Agreement, DocType, Stage

LEAD = "Vladimir Putin held talks in Moscow with the President of Turkmenistan Serdar Berdimuhamedov.\n\n"


def signed(text: str) -> list[Agreement]:
    records = parse_article(LEAD + text, published="2025-05-27").records
    return [r for r in records if isinstance(r, Agreement) and r.status is Stage.SIGNED]


@pytest.mark.parametrize(
    "text",
    [
        "After the talks the following documents were signed:\n\n"
        "Joint Statement of the President of the Russian Federation and the President of Turkmenistan;\n\n"
        "Agreement between the Government of the Russian Federation and the Cabinet of Ministers of "
        "Turkmenistan on cooperation in veterinary medicine;\n\n"
        "Memorandum of Understanding between the ministries of health on training of doctors.",
        "A package of documents was signed at the end of the visit:\n"
        "- Joint Communique of the two heads of state\n"
        "- Agreement on cooperation in veterinary medicine between the two governments\n"
        "- Memorandum of Understanding between the ministries of health on training of doctors",
    ],
)
def test_the_list_goes_on_after_a_bare_name(text: str) -> None:
    titles = {(a.doc_type, a.title) for a in signed(text) if a.title}
    assert any(t == DocType.AGREEMENT and "veterinary" in (title or "") for t, title in titles)
    assert any(t == DocType.MEMORANDUM and "doctors" in (title or "") for t, title in titles)


@pytest.mark.parametrize(
    "text",
    [
        "The presidents adopted a Joint Statement. The agreement on veterinary medicine was not ready.",
        "In a joint statement the sides welcomed the growth of trade. An agreement on veterinary medicine "
        "is still being drafted.",
    ],
)
def test_a_bare_name_outside_a_list_signs_nothing_more(text: str) -> None:
    assert not any("veterinary" in (a.title or "") for a in signed(text))
