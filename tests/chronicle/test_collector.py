"""The merge pauses the cyclic collector and leaves it as it found it."""

from __future__ import annotations

import gc

from turkru.chronicle.merge import collector_paused


def test_the_collector_is_off_inside_and_back_on_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_paused_collector_stays_paused() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_objects_frozen_by_the_caller_stay_frozen() -> None:
    kept = [[index] for index in range(100)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            made = [[index] for index in range(100)]
        assert gc.get_freeze_count() == frozen
        assert made and kept
    finally:
        gc.unfreeze()


def test_cycles_made_inside_are_still_collected() -> None:
    with collector_paused():
        ring: list[object] = []
        ring.append(ring)
        del ring
    assert gc.collect() >= 1
