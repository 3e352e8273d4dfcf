"""Tests for turkru.text.sentences: sentence spans over cleaned text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from turkru.errors import ParseError
from turkru.text import split_sentences


def sentences(text: str) -> list[str]:
    """The sentences of *text* as strings."""
    return [text[start:end] for start, end in split_sentences(text)]


class TestBoundaries:
    """Where sentences end and where they do not."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("The minister spoke.Talks followed at noon.", ["The minister spoke.", "Talks followed at noon."]),
            ('"It was useful," he said.Trade grew.', ['"It was useful," he said.', "Trade grew."]),
        ],
    )
    def test_lost_space(self, text: str, expected: list[str]) -> None:
        """A full stop glued to the next sentence's capital still ends a sentence."""
        assert sentences(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "\ufffd We met in Sochi, \ufffd the office quotes him. \ufffd We will talk again.",
                ["\ufffd We met in Sochi, \ufffd the office quotes him.", "\ufffd We will talk again."],
            ),
            (
                "The talks ended. \ufffd next year, \ufffd he said.",
                ["The talks ended.", "\ufffd next year, \ufffd he said."],
            ),
        ],
        ids=["before-a-capital", "before-lower-case"],
    )
    def test_a_lost_quote_opens_a_sentence(self, text: str, expected: list[str]) -> None:
        """A replacement character standing alone after a full stop is a mangled opening quote."""
        assert sentences(text) == expected

    def test_a_lost_character_inside_a_word_opens_nothing(self) -> None:
        """A replacement character glued to a word is a lost letter, not a quote."""
        text = "He met Mr. Smith. The caf\ufffd was closed."
        assert sentences(text) == ["He met Mr. Smith.", "The caf\ufffd was closed."]

    @pytest.mark.parametrize("text", ["Troops of the U.S.Army left.", "The site Example.Com reported it."])
    def test_glued_dot_inside_a_name(self, text: str) -> None:
        """A dot inside an acronym or after a capitalised name part is not a lost space."""
        assert sentences(text) == [text]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("The talks ended. A deal was signed.", ["The talks ended.", "A deal was signed."]),
            ("Was it signed? Yes! It was.", ["Was it signed?", "Yes!", "It was."]),
            ('"We agree," he said. "It is good."', ['"We agree," he said.', '"It is good."']),
            ("He said: “It is done.” Then he left.", ["He said: “It is done.”", "Then he left."]),
            ("Output rose by 1.5 percent. Exports grew.", ["Output rose by 1.5 percent.", "Exports grew."]),
            ("Trade reached $1.086bn last year. Imports fell.", ["Trade reached $1.086bn last year.", "Imports fell."]),
            ("The talks ended. 15 documents were signed.", ["The talks ended.", "15 documents were signed."]),
            ("it ended. and then", ["it ended. and then"]),
        ],
    )
    def test_split(self, text: str, expected: list[str]) -> None:
        """Terminal punctuation followed by a capital, digit or quote ends a sentence."""
        assert sentences(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "The delegation arrived in St. Petersburg on Monday.",
            "Mr. Smith and Dr. Jones met Mrs. Brown.",
            "The forum opens on Sept. 5 and closes on Oct. 7.",
            "It ends on Jan. 12, Feb. 3, Aug. 9, Nov. 4 or Dec. 1.",
            "The U.S. and the U.N. sent observers.",
            "A wreath was laid at the monument to A. Pushkin in the city.",
            "The school named after A.S. Pushkin is in Ashgabat.",
            "The children of school No. 5 sang.",
            "Acme Inc. and Beta Co. and Gamma Ltd. signed a contract.",
            "The works of P.I. Tchaikovsky were performed.",
        ],
    )
    def test_no_split_inside_abbreviations(self, text: str) -> None:
        """Abbreviations, initials, dotted acronyms and "No. 5" do not end sentences."""
        assert sentences(text) == [text]

    def test_initial_glued_to_name_ends_sentence(self) -> None:
        """ "V.Hajiyev." at the end of a sentence is a name, not an initial."""
        text = "The talks were led by V.Hajiyev. The sides met again."
        assert sentences(text) == ["The talks were led by V.Hajiyev.", "The sides met again."]


class TestLines:
    """Line breaks, blank lines, headlines, bullets and datelines."""

    def test_blank_line_ends_sentence(self) -> None:
        """A blank line ends a sentence even without punctuation."""
        assert sentences("First part\n\nsecond part") == ["First part", "second part"]

    def test_headline_line(self) -> None:
        """A line without punctuation followed by a capitalised line is a headline."""
        text = "Ministers meet in the capital\nThe ministers met on Monday."
        assert sentences(text) == ["Ministers meet in the capital", "The ministers met on Monday."]

    def test_continuation_line(self) -> None:
        """A line broken before a lowercase word continues the sentence."""
        text = "The ministers met on Monday and\ndiscussed trade."
        assert sentences(text) == [text]

    def test_comma_line_end_continues(self) -> None:
        """A line ending with a comma continues into the next."""
        text = "The ministers met on Monday,\nThe Hague being the venue."
        assert sentences(text) == [text]

    def test_bullets(self) -> None:
        """Each bullet item is a sentence."""
        text = "The plan covers:\n • transport;\n • energy;\n • education."
        assert sentences(text) == ["The plan covers:", "• transport;", "• energy;", "• education."]

    def test_hard_wrapped_paragraph(self) -> None:
        """A hard-wrapped paragraph is joined into its real sentences."""
        text = (
            "The ministers of the two countries met in the capital on Monday\n"
            "and discussed cooperation in trade, energy and transport, the\n"
            "ministry said in a statement. They also agreed to meet Again\n"
            "Next year in the other capital city of the two nations."
        )
        assert len(sentences(text)) == 2

    @pytest.mark.parametrize(
        ("line", "dateline"),
        [
            ("MOSCOW, May 31. /AGENCY/. Talks began.", "MOSCOW, May 31. /AGENCY/."),
            ("ASHGABAT. April 4 (Agency) - Talks began.", "ASHGABAT. April 4 (Agency) -"),
            ("BAKU, Azerbaijan, March 31 - Talks began.", "BAKU, Azerbaijan, March 31 -"),
            ("MOSCOW (Agency) - Talks began.", "MOSCOW (Agency) -"),
            ("NEW YORK, June 2, 2020. Talks began.", "NEW YORK, June 2, 2020."),
            ("ASHGABAT, March 13, 2024 (AGENCY). Talks began.", "ASHGABAT, March 13, 2024 (AGENCY)."),
        ],
    )
    def test_dateline_is_its_own_sentence(self, line: str, dateline: str) -> None:
        """A wire dateline at the start of a line is split from the story."""
        assert sentences(line) == [dateline, "Talks began."]

    def test_sign_off_is_its_own_sentence(self) -> None:
        """A "///Agency, date" sign-off after the last sentence stands alone."""
        text = "The ministers agreed. ///Agency, 4 December 2023"
        assert sentences(text) == ["The ministers agreed.", "///Agency, 4 December 2023"]

    def test_blanked_lines_separate(self) -> None:
        """A line of spaces (blanked boilerplate) separates sentences like a blank line."""
        text = "Heading\n        \nThe ministers met."
        assert sentences(text) == ["Heading", "The ministers met."]


class TestSpans:
    """Spans are trimmed, ordered and within bounds."""

    def test_offsets_are_into_the_text(self) -> None:
        """Offsets point into the text passed in, leading spaces skipped."""
        text = "   The talks ended.   A deal was signed.  "
        assert split_sentences(text) == [(3, 19), (22, 40)]

    def test_empty(self) -> None:
        """Empty and blank texts have no sentences."""
        assert split_sentences("") == []
        assert split_sentences(" \n\n \t") == []

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=st.sampled_from(list("ab AB.?!\n,;:\"'”•-0129")), max_size=300))
    def test_property(self, text: str) -> None:
        """Spans are ordered, disjoint, non-empty, trimmed and cover every non-space character."""
        spans = split_sentences(text)
        previous_end = 0
        covered = 0
        for start, end in spans:
            assert previous_end <= start < end <= len(text)
            assert not text[start].isspace() and not text[end - 1].isspace()
            covered += len(text[start:end].replace(" ", "").replace("\n", ""))
            previous_end = end
        assert covered == len(text.replace(" ", "").replace("\n", ""))


class TestErrors:
    """Only text is accepted."""

    def test_not_text(self) -> None:
        """None raises ParseError naming the function and the type."""
        with pytest.raises(ParseError, match="split_sentences: expected text as str, got NoneType"):
            split_sentences(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "The following documents were signed at the end of the visit:\n"
        "- Joint Communique of the two heads of state\n"
        "- Agreement on cooperation in veterinary medicine between the two governments\n"
        "- Memorandum of Understanding between the ministries of health on training",
        "Among the papers the ministers put their names to on Tuesday were these ones:\n"
        "\u2022 a protocol amending the air services agreement of the year 1996\n"
        "\u2022 a memorandum on the exchange of information on customs matters\n"
        "\u2022 a programme of cultural exchanges for the next three years",
    ],
)
def test_a_bulleted_list_is_not_wrapped_prose(text: str) -> None:
    texts = [text[start:end] for start, end in split_sentences(text)]
    assert len(texts) == 4
    assert all("\n" not in piece.strip() for piece in texts)
