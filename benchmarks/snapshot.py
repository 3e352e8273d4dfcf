"""Byte-for-byte snapshot of what the extractor writes, to prove a refactor changes nothing.

    python benchmarks/snapshot.py --corpus ../shared/corpus --write before.jsonl
    python benchmarks/snapshot.py --corpus ../shared/corpus --check before.jsonl

Parses every corpus article (when a corpus is given) and every bundled example, and writes one
JSON line per article: the whole serialized Article, records, evidence and source included.
``--check`` compares with a saved snapshot and names each article whose output differs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from turkru import parse_article
from turkru.serialize.jsonio import dumps

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def article_paths(corpus: Path | None) -> list[Path]:
    """The corpus articles (when given) then the bundled examples, each list sorted."""
    paths = sorted((corpus / "articles").glob("*.txt")) if corpus else []
    return paths + sorted(EXAMPLES.glob("*.txt"))


def snapshot(paths: list[Path]) -> list[str]:
    """One line per article: its name, a tab, the article's JSON."""
    lines = []
    for path in paths:
        article = parse_article(path.read_text(encoding="utf-8"), article_id=path.stem)
        lines.append(f"{path.parent.parent.name}/{path.name}\t{dumps(article)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="the corpus folder (with articles/)")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, help="write the snapshot to this file")
    action.add_argument("--check", type=Path, help="compare with the snapshot in this file")
    args = parser.parse_args(argv)
    lines = snapshot(article_paths(args.corpus))
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} articles to {args.write}")
        return 0
    saved = args.check.read_text(encoding="utf-8").splitlines()
    before = dict(line.split("\t", 1) for line in saved)
    after = dict(line.split("\t", 1) for line in lines)
    changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
    for name in changed:
        print(f"differs: {name}")
    print(f"{len(after)} articles, {len(changed)} differ from {args.check}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
