"""Robustness to rewrites that change no fact: each article scored as written and as rewritten.

    python benchmarks/perturb.py --corpus ../shared/corpus                       # every rewrite, dev articles
    python benchmarks/perturb.py --corpus ../shared/corpus --only nbsp --show    # one rewrite, with the changed facts
    python benchmarks/perturb.py --probes tests/probes10 --scorer ../shared/corpus/score.py

A CheckList-style invariance test of the rules. Each rewrite (``REWRITES``) changes how an article
says something, never what it says: the order of day and month, typography, a country's long name,
a boilerplate block, hard-wrapped lines, non-breaking spaces, a title before or after the country,
surnames and cities in other spellings, "per cent", wire-style month names, ordinals in words, a
Title Case headline, a capital dateline, "Turkmenistan's President", straight quotes, paragraphs
without blank lines between them or a blank line after every line, dotted dates, weekdays beside
dates, titles in lower case, a byline and photo caption, an inline "Read also" link, a page footer
of tags, share buttons, comments and copyright; synonyms of the verbs of talks, signing and trade
figures ("had talks", "hosted", "inked", "bilateral trade ... totalled").
The same gold scores the article before and after, so a drop is a fragility of the rules. The
set-aside quarter (benchmarks/holdout.txt) and a folder's blind set (``BLIND.txt``) are never read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

from evaluate import add_folder_arguments, all_names, hidden_names, run_scorer

from turkru import parse_article, to_facts

Rewrite = Callable[[str], str]

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
_DAYS = r"(\d{1,2})(?:(\s?[-\u2013]\s?| to )(\d{1,2}))?"  # a day or a span of days: "3-4", "21 to 24"
_DAY_MONTH = re.compile(rf"(?<![\d\-\u2013]){_DAYS} ({_MONTHS})\b(,? (\d{{4}}))?")
_MONTH_DAY = re.compile(rf"\b({_MONTHS}) {_DAYS}\b(?![:\-\u2013])(,? (\d{{4}}))?")


def _days(first: str, dash: str | None, last: str | None) -> str:
    return first if last is None else f"{first}{dash}{last}"


def month_first(text: str) -> str:
    """'14 May 2021' -> 'May 14, 2021'; '3-4 April' -> 'April 3-4'."""
    return _DAY_MONTH.sub(lambda m: f"{m[4]} {_days(m[1], m[2], m[3])}" + (f", {m[6]}" if m[6] else ""), text)


def day_first(text: str) -> str:
    """'May 14, 2021' -> '14 May 2021'; 'October 16-17, 2024' -> '16-17 October 2024'."""
    return _MONTH_DAY.sub(lambda m: f"{_days(m[2], m[3], m[4])} {m[1]}" + (f" {m[6]}" if m[6] else ""), text)


def curly_typography(text: str) -> str:
    """Straight quotes and apostrophes curled, spaced hyphens made en dashes."""
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    quotes = iter(("\u201c", "\u201d") * text.count('"'))
    text = re.sub('"', lambda _: next(quotes), text)
    return text.replace(" - ", " \u2013 ")


_RUSSIA = re.compile(r"(?<![\w\-\u2013\u2014])Russia\b(?![\-\u2013\u2014]\w)")


def long_country_name(text: str) -> str:
    """'Russia' -> 'the Russian Federation' (not in compounds such as 'Turkmenistan-Russia')."""
    def name(match: re.Match[str]) -> str:
        if text[max(0, match.start() - 4):match.start()].lower() == "the ":
            return "Russian Federation"
        before = text[max(0, match.start() - 2):match.start()]
        starts = not before.strip() or before.rstrip()[-1:] in ".!?\n"
        return "The Russian Federation" if starts else "the Russian Federation"
    return _RUSSIA.sub(name, text)


_RELATED = """

Related news

Turkmen and Russian deputy ministers discuss cooperation in the gas sector
12.03.2015

Russian delegation to take part in an exhibition of industry in Ashgabat
04.03.2015

Trade between the two countries grew by a fifth last year, ministry says
27.02.2015
"""


def related_news_block(text: str) -> str:
    """A related-news list (headlines that name meetings, visits and trade) after the article."""
    return text.rstrip("\n") + "\n" + _RELATED


_MENU = "Home\nNews\nPolitics\nEconomy\nSociety\nCulture\nSport\nSearch\n\n"


_SCRAPER_HEADER = re.compile(r"\A\s*date \d{4}-\d\d-\d\d\b")  # the corpus's envelope, not the page


def site_menu(text: str) -> str:
    """A site's navigation menu, one item a line, before the article (after a scraper's header)."""
    header = _SCRAPER_HEADER.match(text)
    cut = header.end() if header else 0
    return text[:cut] + ("\n" if cut else "") + _MENU + text[cut:].lstrip(" ")


def hard_wrap(text: str) -> str:
    """Every long line wrapped at 72 columns, as mailed and some scraped texts are."""
    lines = text.split("\n")
    return "\n".join(textwrap.fill(line, 72) if len(line) > 80 else line for line in lines)


_SPACE_BY_NUMBER = re.compile(r"(?<=\d) (?=[A-Za-z$%])|(?<=[A-Za-z$]) (?=\d)")


def non_breaking_spaces(text: str) -> str:
    """The spaces beside numbers made non-breaking, as pages often write dates and sums."""
    return _SPACE_BY_NUMBER.sub("\u00a0", text)


_TITLE_OF = re.compile(r"\b(President|Prime Minister|Foreign Minister) of "
                       r"(Turkmenistan|Russia|the Russian Federation)\b")
_ADJECTIVE = {"Turkmenistan": "Turkmen", "Russia": "Russian", "the Russian Federation": "Russian"}


def title_after_country(text: str) -> str:
    """'President of Turkmenistan X' -> 'Turkmen President X'."""
    return _TITLE_OF.sub(lambda m: f"{_ADJECTIVE[m[2]]} {m[1]}", text)


def windows_line_ends(text: str) -> str:
    """Every line ended by CR LF."""
    return text.replace("\n", "\r\n")


_DOLLARS = re.compile(r"(?<!US )(?<!US)\$ ?(\d+(?:[.,]\d+)?) ?(billion|million|bn|mln)\b")


def dollars_after(text: str) -> str:
    """'$1.5 billion' -> '1.5 billion US dollars'."""
    return _DOLLARS.sub(r"\1 \2 US dollars", text)


_SURNAME_OV = re.compile(r"\b([A-Z][a-z]{3,}(?:ov|ev))(a?)\b")


def turkmen_latin_surnames(text: str) -> str:
    """Surnames in -ov/-ev spelt as Turkmen Latin writes them: 'Meredov' -> 'Meredow'."""
    return _SURNAME_OV.sub(lambda m: m[1][:-1] + "w" + m[2], text)


_OLD_PLACE_NAMES = {"Ashgabat": "Ashkhabad", "Turkmenbashi": "Turkmenbashy", "Saint Petersburg": "St. Petersburg",
                    "St Petersburg": "St. Petersburg"}
_PLACE = re.compile(r"\b(?:" + "|".join(_OLD_PLACE_NAMES) + r")\b")


def other_place_spellings(text: str) -> str:
    """Cities in another common spelling: 'Ashkhabad', 'Turkmenbashy', 'St. Petersburg'."""
    return _PLACE.sub(lambda m: _OLD_PLACE_NAMES[m[0]], text)


_PERCENT = re.compile(r"(?<=\d) ?(?:per ?cent|%)")


def percent_words(text: str) -> str:
    """'12%' and '12 percent' -> '12 per cent'."""
    return _PERCENT.sub(" per cent", text)


_SHORT_MONTHS = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.",
                 "October": "Oct.", "November": "Nov.", "December": "Dec."}
_DATED_MONTH = re.compile(r"\b(January|February|August|September|October|November|December)(?= \d{1,2}\b)|"
                          r"(?<=\d )(January|February|August|September|October|November|December)\b")


def short_month_names(text: str) -> str:
    """Month names beside a day shortened as wires write them: 'Sept. 5', '5 Dec.'."""
    return _DATED_MONTH.sub(lambda m: _SHORT_MONTHS[m[1] or m[2]], text)


_ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth", "twentieth"]
_ORDINAL = re.compile(r"\b(?<!\d)(1[0-9]|20|[1-9])(?:st|nd|rd|th)\b(?= (?:meeting|session|sitting|round|[A-Z]))")


def ordinal_words(text: str) -> str:
    """'the 11th meeting' -> 'the eleventh meeting' (not in dates: '11th of May' stays)."""
    return _ORDINAL.sub(lambda m: _ORDINAL_WORDS[int(m[1]) - 1], text)


_SMALL_WORDS = frozenset(["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
                         "the", "to", "with"])


def title_case_headline(text: str) -> str:
    """The first line that reads as a headline (at most 15 words, no full stop) in Title Case."""
    header = _SCRAPER_HEADER.match(text)
    if header is not None:
        rest = text[header.end():].split("\n", 1)
        return text[:header.end()] + rest[0] + ("\n" + title_case_headline(rest[1]) if len(rest) > 1 else "")
    lines = text.split("\n")
    for index, line in enumerate(lines):
        words = line.split()
        if not words:
            continue
        if len(words) <= 15 and not line.rstrip().endswith((".", ":")) and any(w[:1].islower() for w in words):
            lines[index] = " ".join(w if w in _SMALL_WORDS and n else w[:1].upper() + w[1:]
                                    for n, w in enumerate(words))
            return "\n".join(lines)
    return text


_DATELINE_CITY = re.compile(r"^(\s*)(Ashgabat|Moscow|Kazan|Astrakhan|Ufa|Sochi)(?=[,.] )", re.MULTILINE)


def capital_dateline(text: str) -> str:
    """A dateline's city in capitals, as wires write it: 'ASHGABAT, 4 May'."""
    return _DATELINE_CITY.sub(lambda m: m[1] + m[2].upper(), text)


_ADJECTIVE_TITLE = re.compile(r"\b(?:[Tt]he )?(Turkmen|Russian) (President|Foreign Minister|Prime Minister|leader)\b")
_POSSESSIVE = {"Turkmen": "Turkmenistan\u2019s", "Russian": "Russia\u2019s"}


def possessive_country(text: str) -> str:
    """'Turkmen President' -> 'Turkmenistan's President'; 'Russian Foreign Minister' -> 'Russia's ...'."""
    return _ADJECTIVE_TITLE.sub(lambda m: f"{_POSSESSIVE[m[1]]} {m[2]}", text)  # "the" goes: "Russia's President"


def straight_typography(text: str) -> str:
    """Curly quotes and apostrophes made straight."""
    return text.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}))


def single_line_breaks(text: str) -> str:
    """Paragraphs one a line, with no blank line between them (as many scrapers write them)."""
    return re.sub(r"\n(?:[ \t]*\n)+", "\n", text)


def blank_line_between_lines(text: str) -> str:
    """A blank line after every line."""
    return re.sub(r"\n(?:[ \t]*\n)*", "\n\n", text)


_MONTH_NUMBER = {name: number for number, name in enumerate(_MONTHS.split("|"), start=1)}
_FULL_DATE = re.compile(rf"(?<![\d\-\u2013])(\d{{1,2}}) ({_MONTHS}),? (\d{{4}})\b")


def numeric_dates(text: str) -> str:
    """'14 May 2021' -> '14.05.2021', as CIS outlets write dates."""
    return _FULL_DATE.sub(lambda m: f"{int(m[1]):02d}.{_MONTH_NUMBER[m[2]]:02d}.{m[3]}", text)


def weekday_dates(text: str) -> str:
    """'on 14 May 2021' -> 'on Friday, 14 May 2021' (the weekday the day fell on)."""
    def named(match: re.Match[str]) -> str:
        try:
            day = dt.date(int(match[3]), _MONTH_NUMBER[match[2]], int(match[1]))
        except ValueError:
            return match[0]
        return f"{day.strftime('%A')}, {match[0]}"
    return re.sub(rf"(?<=\b[Oo]n )(\d{{1,2}}) ({_MONTHS}),? (\d{{4}})\b", named, text)


_TITLE_WORDS = re.compile(r"(?<=[a-z,] )(President|Prime Minister|Foreign Minister|Minister|Ambassador|Governor|"
                          r"Chairman|Deputy Prime Minister|Deputy Minister)\b")


def lowercase_titles(text: str) -> str:
    """Titles inside a sentence in lower case, as AP style writes them: 'Turkmen president Serdar ...'."""
    return _TITLE_WORDS.sub(lambda m: m[0].lower(), text)


def _after_paragraph(text: str, count: int, insert: str) -> str:
    """*insert* (its own paragraph) after the *count*-th paragraph of *text* (or at its end)."""
    breaks = [m.end() for m in re.finditer(r"\n[ \t]*\n", text)]
    at = breaks[count - 1] if len(breaks) >= count else len(text)
    return text[:at] + insert + "\n\n" + text[at:]


def byline_and_caption(text: str) -> str:
    """A byline and a photo caption naming an office after the headline."""
    return _after_paragraph(text, 1, "By Staff Correspondent\n\nPhoto: press service of the President of Turkmenistan")


def inline_read_also(text: str) -> str:
    """A "Read also" link to another story between the second and third paragraphs."""
    return _after_paragraph(text, 2, "Read also: Russian and Turkmen ministers discuss new gas supply routes")


def page_footer(text: str) -> str:
    """Tags, share buttons, a comment prompt and a copyright line after the story."""
    return text.rstrip("\n") + ("\n\nTags: Turkmenistan, Russia, gas, trade, visit\n\nShare: Facebook Twitter Telegram"
                                 "\n\nComments (0)\nAdd a comment\n\n\u00a9 2015 News Agency. All rights reserved.\n")


def _swaps(table: dict[str, str]) -> Rewrite:
    """A rewrite putting each key's synonym (the value) for it; keys are patterns of whole words."""
    patterns = [(re.compile(rf"\b{key}"), value) for key, value in table.items()]

    def swapped(text: str) -> str:
        for pattern, value in patterns:
            text = pattern.sub(value, text)
        return text
    return swapped


_TALK_SYNONYMS = {r"held talks\b": "had talks", r"met with\b": "met", r"held a meeting\b": "had a meeting",
                  r"held negotiations\b": "conducted negotiations",
                  r"had a telephone conversation\b": "spoke by telephone",
                  r"telephone conversation\b": "phone call", r"received\b": "hosted"}
_SIGN_SYNONYMS = {r"signed\b": "inked"}  # "signing ceremony" stays: no one writes "inking ceremony"
_TRADE_SYNONYMS = {r"trade turnover\b": "bilateral trade", r"amounted to\b": "totalled",
                   r"increased by(?= \d)": "rose by", r"reached(?= (?:US)?\$| \d)": "stood at",
                   r"grew by(?= \d)": "went up by"}


_HEADS_OF_STATE = ("president", "prime_minister", "national_leader", "chairman_halk", "chairman_cabinet_tm")
_INVENTED_PARTS = {  # invented surnames, roots by suffixes: one of its own for each person renamed
    "TM": (("Amandurdy", "Orazgeldi", "Hojaberdi", "Charygeldi", "Tachmyrady", "Bayramnazar", "Gurbandurdy", "Nuryagdy",
            "Atayevli", "Kakabay", "Yazmyrady", "Rejepgeldi"), ("yev", "yewov", "nov", "mov", "lyyev")),
    "RU": (("Verkhovts", "Lagutk", "Perepyolk", "Zarubayk", "Sokolnik", "Bystrits", "Zhuravin", "Tikhomirn",
            "Belozyork", "Krasnoshch", "Rybnikovs", "Gromoviy", "Dubrovk", "Snegirk", "Polevichk", "Kurganik"),
           ("ev", "in", "enko", "ovsky", "ikov", "yants")),
}


def _invented(side: str) -> list[str]:
    roots, suffixes = _INVENTED_PARTS[side]
    return [root + suffix for suffix in suffixes for root in roots]


def _officials() -> dict[str, str]:
    """Every spelling of the surname of each official in the gazetteer who never headed a state or
    government, with the invented surname that stands for it (one per person, by side)."""
    data = Path(__file__).resolve().parent.parent / "src" / "turkru" / "gazetteer" / "data"
    people = json.loads((data / "people.json").read_text(encoding="utf-8"))["people"]
    terms = json.loads((data / "offices.json").read_text(encoding="utf-8"))["terms"]
    heads = {term["person"] for term in terms if term["office"].startswith(_HEADS_OF_STATE)}
    famous = {person["surname"] for person in people if person["id"] in heads}
    renamed: dict[str, str] = {}
    unused = {side: iter(_invented(side)) for side in _INVENTED_PARTS}
    for person in people:
        side = person.get("country")
        if person["id"] in heads or person["surname"] in famous or side not in unused:
            continue
        invented = next(unused[side]) + ("a" if person["surname"].endswith("a") else "")
        for spelling in (person["surname"], *person.get("variants", ())):
            renamed.setdefault(spelling, invented)
    return renamed


_RENAMED = _officials()
_BACK = {invented: spelling for spelling, invented in reversed(_RENAMED.items())}  # the gazetteer's own spelling
_INVENTED_SURNAME = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _BACK), key=len, reverse=True)) + r")\b")
_SURNAME = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _RENAMED), key=len, reverse=True)) + r")\b")


def unknown_officials(text: str) -> str:
    """Ministers, ambassadors, governors and other officials under surnames the gazetteer does not know
    (the gold is renamed alike): the people of tomorrow's article."""
    return _SURNAME.sub(lambda m: _RENAMED[m[0]], text)


def known_officials(text: str) -> str:
    """:func:`unknown_officials` undone: the invented surnames back to the gazetteer's."""
    return _INVENTED_SURNAME.sub(lambda m: _BACK[m[0]], text)


GOLD_REWRITES: dict[str, tuple[Rewrite, Rewrite]] = {"unknown-people": (unknown_officials, known_officials)}
"""Rewrites that rename what the gold names: the gold's text is rewritten alike before scoring (the
second function undoes it, to show the facts that changed beyond the names)."""


REWRITES: dict[str, Rewrite] = {
    "month-first": month_first,
    "day-first": day_first,
    "typography": curly_typography,
    "long-country": long_country_name,
    "related-news": related_news_block,
    "site-menu": site_menu,
    "hard-wrap": hard_wrap,
    "nbsp": non_breaking_spaces,
    "title-after": title_after_country,
    "crlf": windows_line_ends,
    "dollars-after": dollars_after,
    "surnames-ow": turkmen_latin_surnames,
    "place-spellings": other_place_spellings,
    "per-cent": percent_words,
    "short-months": short_month_names,
    "ordinal-words": ordinal_words,
    "title-case": title_case_headline,
    "caps-dateline": capital_dateline,
    "possessive": possessive_country,
    "straight-quotes": straight_typography,
    "single-breaks": single_line_breaks,
    "double-breaks": blank_line_between_lines,
    "numeric-dates": numeric_dates,
    "weekday-dates": weekday_dates,
    "lower-titles": lowercase_titles,
    "byline-caption": byline_and_caption,
    "read-also": inline_read_also,
    "footer": page_footer,
    "talk-verbs": _swaps(_TALK_SYNONYMS),
    "sign-verbs": _swaps(_SIGN_SYNONYMS),
    "trade-words": _swaps(_TRADE_SYNONYMS),
    "unknown-people": unknown_officials,
}


def facts_of(name: str, text: str) -> dict[str, object]:
    """The facts object the extractor writes for *text*."""
    return to_facts(parse_article(text, article_id=name))


def headline(figures: dict[str, object]) -> tuple[float, int, int, int]:
    """(micro-F1, tp, fp, fn) over the headline kinds."""
    micro = figures["micro_headline"]
    assert isinstance(micro, dict)
    return float(micro["f1"]), int(micro["tp"]), int(micro["fp"]), int(micro["fn"])


def scored(folder: Path, facts: dict[str, dict[str, object]], scorer: Path | None,
           gold_rewrite: Rewrite | None = None) -> dict[str, object]:
    """The scorer's figures for *facts* (by article) against the gold of those articles (its JSON text
    rewritten by *gold_rewrite*, for a rewrite that renames what the gold names)."""
    with tempfile.TemporaryDirectory() as work:
        predictions = Path(work) / "predictions.jsonl"
        predictions.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts.values()),
                               encoding="utf-8")
        gold = Path(work) / "gold"
        gold.mkdir()
        for name in facts:
            text = (folder / "gold" / f"{name}.json").read_text(encoding="utf-8")
            (gold / f"{name}.json").write_text(gold_rewrite(text) if gold_rewrite else text, encoding="utf-8")
        return run_scorer(folder, gold, predictions, scorer)[1]


def readable_names(folder: Path) -> list[str]:
    """The articles this script may read: all but the set-aside quarter and the blind set."""
    return sorted(all_names(folder) - hidden_names(folder))


def changed_facts(before: dict[str, object], after: dict[str, object]) -> list[str]:
    """Lines for the facts only one of the two outputs holds."""
    def keyed(facts: dict[str, object]) -> set[str]:
        records = facts["facts"]
        assert isinstance(records, list)
        return {json.dumps(fact, sort_keys=True, ensure_ascii=False) for fact in records}
    old, new = keyed(before), keyed(after)
    dates = [] if before["published"] == after["published"] else [
        f"  published {before['published']} -> {after['published']}"]
    return dates + [f"  - {fact}" for fact in sorted(old - new)] + [f"  + {fact}" for fact in sorted(new - old)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_folder_arguments(parser)
    parser.add_argument("--only", nargs="*", choices=sorted(REWRITES), help="these rewrites only")
    parser.add_argument("--show", action="store_true", help="print the facts each rewrite changed")
    args = parser.parse_args(argv)
    folder: Path = args.corpus or args.probes
    texts = {name: (folder / "articles" / f"{name}.txt").read_text(encoding="utf-8")
             for name in readable_names(folder)}
    baseline = {name: facts_of(name, text) for name, text in texts.items()}
    print(f"{len(texts)} articles; F1 and tp/fp/fn over the articles each rewrite changes")
    print(f"{'rewrite':15} {'changed':>7} {'F1 before':>9} {'after':>6} {'tp':>5} {'fp':>5} {'fn':>5}"
          "  facts changed in")
    for rewrite_name in args.only or REWRITES:
        rewrite = REWRITES[rewrite_name]
        rewritten = {name: rewrite(text) for name, text in texts.items()}
        changed = sorted(name for name in texts if rewritten[name] != texts[name])
        if not changed:
            print(f"{rewrite_name:15} {0:>7}")
            continue
        after = {name: facts_of(name, rewritten[name]) for name in changed}
        gold_rewrite, undo = GOLD_REWRITES.get(rewrite_name, (None, None))
        f1_before, tp0, fp0, fn0 = headline(scored(folder, {n: baseline[n] for n in changed}, args.scorer))
        f1_after, tp1, fp1, fn1 = headline(scored(folder, after, args.scorer, gold_rewrite))
        if undo is not None:
            after = {name: json.loads(undo(json.dumps(facts, ensure_ascii=False))) for name, facts in after.items()}
        moved = [name for name in changed if changed_facts(baseline[name], after[name])]
        print(f"{rewrite_name:15} {len(changed):>7} {f1_before:>9.3f} {f1_after:>6.3f} "
              f"{tp1 - tp0:>+5} {fp1 - fp0:>+5} {fn1 - fn0:>+5}  {len(moved)}: {' '.join(moved[:8])}"
              + (" ..." if len(moved) > 8 else ""))
        if args.show:
            for name in moved:
                print(f" {name}")
                print("\n".join(changed_facts(baseline[name], after[name])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
