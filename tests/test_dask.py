"""turkru.dask on a local cluster of worker processes: the serial chronicle, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from turkru.chronicle import Chronicle
from turkru.extract.pipeline import parse_article

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

from turkru import dask as turkru_dask  # noqa: E402 - after the skips

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def _serial(paths: list[Path]) -> Chronicle:
    return Chronicle.from_articles(parse_article(p.read_text(encoding="utf-8"), article_id=p.stem) for p in paths)


class TestDaskChronicle:
    """A bag of files -> articles -> a chronicle by partition merges and a tree reduction."""

    def test_local_cluster(self) -> None:
        """Three worker processes, several partitions and a tree of merges: the serial chronicle's bytes."""
        paths = sorted(EXAMPLES.glob("*.txt"))
        with distributed.LocalCluster(n_workers=3, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, distributed.Client(cluster):
            built = turkru_dask.chronicle_of_files([str(EXAMPLES)], npartitions=len(paths))
        assert built.to_jsonl() == _serial(paths).to_jsonl()

    @pytest.mark.parametrize("partitions", [1, 2, 4])
    def test_any_partitioning(self, partitions: int) -> None:
        """However the bag is cut and the tree is shaped, the chronicle is the same."""
        paths = sorted(EXAMPLES.glob("*.txt"))
        bag = turkru_dask.texts([str(path) for path in paths], npartitions=partitions)
        built = turkru_dask.chronicle(turkru_dask.articles(bag), split_every=2).compute(scheduler="sync")
        assert built.to_jsonl() == _serial(paths).to_jsonl()
