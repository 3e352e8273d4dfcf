"""Tests for turkru.gazetteer.templates: variant templates and their errors."""

from __future__ import annotations

import pytest

from turkru.gazetteer.templates import MAX_EXPANSIONS, TemplateError, expand


class TestExpand:
    """Groups offer alternatives; empty alternatives make a group optional."""

    def test_plain(self) -> None:
        """A phrase without groups stands for itself, whitespace normalised."""
        assert expand("  Turkmen   leader ") == ("Turkmen leader",)

    def test_alternatives_and_optional(self) -> None:
        """Each group multiplies the phrases; the empty alternative drops the group."""
        assert expand("{Russian|Russia's} {Foreign |}Minister") == (
            "Russian Foreign Minister",
            "Russian Minister",
            "Russia's Foreign Minister",
            "Russia's Minister",
        )

    def test_nested(self) -> None:
        """Groups nest."""
        assert expand("Mejlis{| of {the Milli Gengesh|Turkmenistan}}") == (
            "Mejlis",
            "Mejlis of the Milli Gengesh",
            "Mejlis of Turkmenistan",
        )

    def test_duplicates_removed(self) -> None:
        """Alternatives that produce the same phrase give it once."""
        assert expand("{a|a} b") == ("a b",)

    @pytest.mark.parametrize(
        ("template", "message"),
        [
            ("{Russian|Russia's Minister", "unclosed '{' at offset 0 in \"{Russian|Russia's Minister\""),
            ("Russian} Minister", "unopened '}' at offset 7 in 'Russian} Minister'"),
        ],
    )
    def test_unbalanced(self, template: str, message: str) -> None:
        """Unbalanced braces are refused with the offset of the culprit."""
        with pytest.raises(TemplateError) as caught:
            expand(template)
        assert str(caught.value) == message

    def test_explosion_capped(self) -> None:
        """A template expanding to too many phrases is refused rather than built."""
        with pytest.raises(TemplateError, match=f"more than {MAX_EXPANSIONS}"):
            expand("{a|b}" * 11)
