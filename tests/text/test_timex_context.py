"""Years from the story's own words: attributive years and "this year" without a publication date."""

from __future__ import annotations

from turkru.model.dates import PartialDate
from turkru.text.sentences import split_sentences
from turkru.text.timex import Timex, find_timexes


def _timexes(text: str, published: PartialDate | None = None) -> list[Timex]:
    return find_timexes(text, split_sentences(text), published)


def _values(text: str, published: PartialDate | None = None) -> dict[str, str | None]:
    return {t.text: (t.value.isoformat() if t.value else None) for t in _timexes(text, published)}


class TestAttributiveYear:
    def test_year_before_a_document_noun(self) -> None:
        """'a 2021 memorandum': the year dates the document it modifies."""
        assert _values("The fund relies on a 2021 memorandum between the two ministries.") == {"2021": "2021"}

    def test_variant_with_the_and_a_compound(self) -> None:
        """'the 1997 fisheries treaty' (another determiner, another noun) is read too."""
        assert _values("Both sides still apply the 1997 fisheries treaty.") == {"1997": "1997"}

    def test_a_quantity_is_not_a_year(self) -> None:
        """'the 2000 tonnes' is a quantity, not a year."""
        assert _values("The port shipped the 2000 tonnes of cotton.") == {}

    def test_a_bare_number_without_a_noun_is_not_read(self) -> None:
        """A determiner and a number ending the clause ('the 1990.') is not taken as a year."""
        assert _values("The count reached the 1990.") == {}


class TestThisYearWithoutPublication:
    def test_month_this_year_takes_the_last_written_year(self) -> None:
        """Without a publication date, 'in March this year' takes the year the story wrote before it."""
        text = "The forum opened in Kazan in June 2022. A delegation had come to Ashgabat in March this year."
        assert _values(text)["March this year"] == "2022-03"

    def test_variant_with_last_year(self) -> None:
        """'in October last year' counts back from that written year."""
        text = "Trade grew in 2024, the ministry said. Talks were held in October last year."
        assert _values(text)["October last year"] == "2023-10"

    def test_no_written_year_stays_unresolved(self) -> None:
        """With no publication date and no year written before it, the month stays unresolved."""
        assert _values("A delegation came to Ashgabat in March this year.")["March this year"] is None

    def test_publication_date_still_wins(self) -> None:
        """With a publication date, 'this year' is the publication's year, whatever the story wrote."""
        text = "The forum opened in June 2022. A delegation came in March this year."
        assert _values(text, PartialDate(2024, 5, 1))["March this year"] == "2024-03"
