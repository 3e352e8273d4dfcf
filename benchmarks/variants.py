"""Pass rate of the wording matrix (tests/extract/variants) per kind and dimension.

    python benchmarks/variants.py              # the table
    python benchmarks/variants.py --failures   # and each failing case with what it missed

A case passes when its text yields exactly the facts it expects (see the matrix's _check.py);
the figures ignore the KNOWN_FAILURES (xfail) marks, so they show what the extractor does now.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import defaultdict
from pathlib import Path

MATRIX = Path(__file__).resolve().parent.parent / "tests" / "extract" / "variants"
CASE_MODULES = ("meeting_cases", "visit_cases", "session_cases", "event_cases")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list each failing case")
    parser.add_argument("--stale", action="store_true", help="list passing cases still marked xfail")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(MATRIX))
    check = importlib.import_module("_check")
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for module_name in CASE_MODULES:
        kind = module_name.removesuffix("_cases")
        module = importlib.import_module(module_name)
        for case in module.CASES:
            result = check.outcome(case)
            tally[(kind, case.dimension)][0] += result.passed
            tally[(kind, case.dimension)][1] += 1
            if args.failures and not result.passed:
                print(f"FAIL {kind}/{case.name}: {result.explain()}")
            if args.stale and result.passed and case.name in module.KNOWN_FAILURES:
                print(f"STALE xfail {kind}/{case.name}")
    print(f"{'kind':10} {'dimension':12} {'pass':>5} {'of':>4} {'rate':>6}")
    for kind in (m.removesuffix("_cases") for m in CASE_MODULES):
        rows = sorted((dim, counts) for (k, dim), counts in tally.items() if k == kind)
        for dim, (passed, total) in rows:
            print(f"{kind:10} {dim:12} {passed:5} {total:4} {passed / total:6.2f}")
    passed = sum(p for p, _ in tally.values())
    total = sum(t for _, t in tally.values())
    print(f"{'all':10} {'':12} {passed:5} {total:4} {passed / max(total, 1):6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
