"""benchmarks/perturb.py: each rewrite changes how a text says something, never what it says."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.scripts import load_benchmark

perturb = load_benchmark("perturb")


def test_day_and_month_swap_both_ways() -> None:
    assert perturb.month_first("Talks on 14 May 2021 and on 3 June.") == "Talks on May 14, 2021 and on June 3."
    assert perturb.day_first("Talks on May 14, 2021 and on June 3.") == "Talks on 14 May 2021 and on 3 June."
    assert perturb.day_first("At May 14:30") == "At May 14:30"  # a clock is not a day
    assert perturb.month_first("a visit on 3-4 April 2024") == "a visit on April 3-4, 2024"
    assert perturb.month_first("from 21 to 24 April") == "from April 21 to 24"
    assert perturb.day_first("from June 18 to 21, 2019") == "from 18 to 21 June 2019"
    assert perturb.day_first("On October 16\u201317, 2024, ...") == "On 16\u201317 October 2024, ..."


def test_the_long_country_name_leaves_compounds_alone() -> None:
    text = "Russia and Turkmenistan met. Trade with Russia grew; Turkmen-Russian and Turkmenistan-Russia ties."
    assert perturb.long_country_name(text) == (
        "The Russian Federation and Turkmenistan met. Trade with the Russian Federation grew; "
        "Turkmen-Russian and Turkmenistan-Russia ties.")


def test_titles_and_sums_are_said_the_other_way() -> None:
    assert perturb.title_after_country("President of Turkmenistan Serdar Berdimuhamedov") == (
        "Turkmen President Serdar Berdimuhamedov")
    assert perturb.dollars_after("trade of $1.5 billion and $ 300 mln") == (
        "trade of 1.5 billion US dollars and 300 mln US dollars")


def test_spaces_lines_and_quotes_keep_the_words() -> None:
    text = 'He said "yes" - it\'s done on 4 May.\n' + "word " * 30 + "\n"
    plain = str.maketrans({"\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-"})
    for rewrite in (perturb.curly_typography, perturb.hard_wrap, perturb.non_breaking_spaces,
                    perturb.windows_line_ends):
        assert rewrite(text) != text
        assert rewrite(text).translate(plain).split() == text.split()  # split() takes any white space


@pytest.mark.parametrize("name", ["related_news_block", "site_menu"])
def test_boilerplate_is_added_around_the_article(name: str) -> None:
    text = "Ashgabat, 4 May 2024\n\nThe ministers met."
    assert text in getattr(perturb, name)(text)


def test_a_menu_goes_after_the_scraper_header() -> None:
    assert perturb.site_menu(" date 2024-05-04 Ashgabat, 4 May.").startswith(" date 2024-05-04\nHome\n")


def test_it_never_reads_the_set_aside_quarter(corpus: Path) -> None:
    evaluate = load_benchmark("evaluate")
    hidden = evaluate.read_names(evaluate.HOLDOUT)
    assert hidden and not hidden & set(perturb.readable_names(corpus))


def test_officials_are_renamed_and_heads_of_state_kept() -> None:
    text = "Foreign Minister Rashid Meredov met Sergey Lavrov; President Vladimir Putin received them."
    renamed = perturb.unknown_officials(text)
    assert "Meredov" not in renamed and "Lavrov" not in renamed and "Putin" in renamed
    assert perturb.known_officials(renamed) == text
    gold = '{"participants": ["Meredov", "Lavrov"]}'
    assert perturb.known_officials(perturb.unknown_officials(gold)) == gold
