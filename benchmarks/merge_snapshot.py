"""Byte-for-byte snapshot of what the merge writes, to prove a faster merge changes nothing.

    python benchmarks/merge_snapshot.py --corpus ../shared/corpus --sizes 10000 100000 --write before.txt
    python benchmarks/merge_snapshot.py --corpus ../shared/corpus --sizes 10000 100000 --check before.txt

Merges the records of the development articles (the corpus without the set-aside ones, when a
corpus is given) and synthetic report sets of each size (benchmarks/synthetic.py, seeded), and
keeps, per chronicle, the SHA-256 of each entry's JSON Lines line beside its id, and of the whole
file. ``--check`` compares with a saved snapshot and names the first entry that differs. The
merge's CPU time of each set is printed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import Generator

from turkru import parse_article
from turkru.chronicle import Chronicle
from turkru.model.records import AnyRecord

HOLDOUT = Path(__file__).resolve().parent / "holdout.txt"


def _read_names(path: Path) -> set[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line and not line.startswith("#")}


def corpus_records(corpus: Path) -> list[AnyRecord]:
    """The records of every development article (set-aside ones left out)."""
    hidden = _read_names(HOLDOUT)
    records: list[AnyRecord] = []
    for path in sorted((corpus / "articles").glob("*.txt")):
        if path.stem not in hidden:
            records.extend(parse_article(path.read_text(encoding="utf-8"), article_id=path.stem).records)
    return records


def digest_lines(name: str, records: list[AnyRecord]) -> list[str]:
    """The snapshot lines of one set: a header with the file's digest, then one per entry."""
    start = time.process_time()
    chronicle = Chronicle.from_records(records)
    cpu = time.process_time() - start
    print(f"{name}: {len(records):,} reports -> {len(chronicle):,} entries, merge {cpu:.1f} s CPU", flush=True)
    lines = chronicle.to_jsonl().splitlines()
    whole = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    body = [f"{name}\t{json.loads(line)['id']}\t{hashlib.sha256(line.encode('utf-8')).hexdigest()}" for line in lines]
    return [f"# {name}\t{len(lines)}\t{whole}", *body]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="the corpus folder (with articles/)")
    parser.add_argument("--sizes", type=int, nargs="*", default=[10**4], help="synthetic set sizes")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, help="write the snapshot to this file")
    action.add_argument("--check", type=Path, help="compare with the snapshot in this file")
    args = parser.parse_args(argv)
    lines: list[str] = []
    if args.corpus:
        lines += digest_lines("corpus", corpus_records(args.corpus))
    for size in args.sizes:
        lines += digest_lines(f"synthetic-{size}", list(Generator(seed=7).reports(size)))
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} lines to {args.write}")
        return 0
    saved = args.check.read_text(encoding="utf-8").splitlines()
    wanted = {line.split("\t")[0] for line in lines if line.startswith("# ")}
    saved = [line for line in saved if _set_of(line) in wanted]
    for number, (old, new) in enumerate(zip(saved, lines, strict=False)):
        if old != new:
            print(f"line {number + 1} differs:\n  before: {old}\n  after:  {new}")
            return 1
    if len(saved) != len(lines):
        print(f"{len(saved)} lines before, {len(lines)} after")
        return 1
    print(f"identical: {len(lines)} lines")
    return 0


def _set_of(line: str) -> str:
    name = line.split("\t")[0]
    return name if name.startswith("# ") else "# " + name


if __name__ == "__main__":
    sys.exit(main())
