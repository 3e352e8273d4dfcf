"""Tests for turkru.gazetteer.templates: variant templates and their errors."""

from __future__ import annotations

import pytest

from turkru.gazetteer.templates import MAX_DEPTH, MAX_EXPANSIONS, MAX_GROUPS, MAX_LENGTH, TemplateError, expand


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


class TestSizeLimits:
    """Templates too long, with too many groups or nested too deeply are refused, never recursed into."""

    @pytest.mark.parametrize(
        ("template", "limit"),
        [
            ("{a}" * (MAX_GROUPS + 1), f"more than {MAX_GROUPS} '{{...}}' groups"),
            ("{" * 2000 + "a" + "}" * 2000, f"longer than {MAX_LENGTH} characters"),
            ("{" * (MAX_DEPTH + 1) + "a" + "}" * (MAX_DEPTH + 1), f"nests groups more than {MAX_DEPTH} deep"),
            ("a" * (MAX_LENGTH + 1), f"longer than {MAX_LENGTH} characters"),
        ],
    )
    def test_refused(self, template: str, limit: str) -> None:
        """Each limit is a TemplateError quoting the start of the template and naming the limit."""
        with pytest.raises(TemplateError) as caught:
            expand(template)
        assert str(caught.value).endswith(limit)
        assert str(caught.value).startswith(repr(template[:57] + "...") if len(template) > 60 else repr(template))

    def test_at_the_limits(self) -> None:
        """A template exactly at the group and depth limits still expands."""
        assert expand("{a}" * MAX_GROUPS) == ("a" * MAX_GROUPS,)
        assert expand("{" * MAX_DEPTH + "a" + "}" * MAX_DEPTH) == ("a",)
