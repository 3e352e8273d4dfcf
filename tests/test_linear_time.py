"""Linear time by test: every compiled pattern pumped with hostile text, and the issue-12 input families.

Both tests compare running times (the growth from n to 4n characters, not absolute speed), so
they are marked ``timing`` and ``slow``; a floor keeps noise on tiny timings from counting.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import subprocess
import sys

import pytest
from tests.scripts import BENCHMARKS, load_benchmark

pump = load_benchmark("pattern_pump")


def _known_debt() -> set[str]:
    lines = (BENCHMARKS / "superlinear.txt").read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


class TestCollect:
    """The patterns are found by introspection, wherever they live."""

    def test_module_globals_classes_and_lexicon(self) -> None:
        """Module-level patterns, patterns in containers, class attributes and the Lexicon's rules are all found."""
        from turkru.lexicon import Lexicon

        clean = importlib.import_module("turkru.text.clean")

        found = {key: place for key, (_, place) in pump.collect().items()}
        assert (clean._HTML_TAG.pattern, clean._HTML_TAG.flags) in found
        lexicon = Lexicon.default()
        for name in lexicon.rule_names():
            compiled = lexicon.pattern(name)
            assert (compiled.pattern, compiled.flags) in found, name
        assert len(found) > 300

    def test_patterns_compiled_at_run_time(self) -> None:
        """Patterns that functions build as they run (per vocabulary, per tag name) are pumped too."""
        places = {key: place for key, (_, place) in pump.collect().items()}
        assert places[(r"</script\s*>", re.IGNORECASE | re.UNICODE)] == "compiled by turkru.text.clean._raw_blocks"
        assert any(place == "compiled by turkru.lexicon._vocabulary.__init__" for place in places.values())

    def test_run_time_census_keeps_only_the_package_own(self) -> None:
        """A pattern compiled outside turkru (here, by this test) is not the package's."""
        assert pump._compiled_by(sys._getframe()) is None
        census = pump.runtime_patterns()
        assert census and all(where.startswith("turkru.") for _, _, where in census)

    def test_nested_and_class_patterns(self) -> None:
        """A pattern in a tuple, a dict or an object's attributes counts too."""

        class Holder:
            def __init__(self) -> None:
                self.inner = re.compile("b+")

        values = [re.compile("a"), (re.compile("c"),), {"k": re.compile("d")}, [Holder()]]
        assert sorted(p.pattern for value in values for p in pump._patterns_in(value)) == ["a", "b+", "c", "d"]

    def test_keys_name_the_pattern_not_where_it_lives(self) -> None:
        """A Lexicon rule is keyed by its name even when a module keeps it too; another pattern by its
        source and flags, so the same pattern held anywhere else has the same key."""
        from turkru.lexicon import Lexicon

        named = Lexicon.default().pattern("events.named")
        places = {key: place for key, (_, place) in pump.collect().items()}
        assert places[(named.pattern, named.flags)] == "Lexicon.default().pattern('events.named')"
        pattern = re.compile(r"\s+of\b", re.IGNORECASE)
        assert (
            pump.key(pattern, "turkru.a._X")
            == pump.key(pattern, "turkru.b.Y.z")
            == ("re.compile('\\\\s+of\\\\b', re.IGNORECASE)")
        )
        assert pump.key(named, "Lexicon.default().pattern('events.named')") == (
            "Lexicon.default().pattern('events.named')"
        )

    def test_every_listed_debt_is_a_pattern_of_the_package(self) -> None:
        """Each line of superlinear.txt names a pattern that exists (a stale line is a test failure)."""
        keys = {pump.key(pattern, place) for pattern, place in pump.collect().values()}
        assert _known_debt() - keys == set()

    def test_inputs_derived_from_the_pattern(self) -> None:
        """Runs of the pattern's own characters, after its literal words."""
        labels = {label for label, _ in pump.inputs(re.compile(r"agreement\s+on\s*[,;]"), 40)}
        assert {"'\\t'", "';'", "'agreement'+'\\t'", "'U.S.'"} <= labels


@pytest.mark.slow
@pytest.mark.timing
class TestPump:
    """No compiled pattern grows faster than linearly, but those listed as issue 12's debt."""

    def test_growth_limit_tells_quadratic_from_a_bounded_window(self) -> None:
        """At the test's 7x limit a run tried from each of its characters is caught, a run capped at
        160 characters is not (a 1 ms floor, so the quadratic one's few milliseconds count)."""
        assert pump.pump(re.compile(r"\s+x"), 400, 7.0, 0.001) is not None
        assert pump.pump(re.compile(r"\s{0,160}x"), 400, 7.0, 0.001) is None

    def test_no_new_super_linear_pattern(self) -> None:
        """Every pattern at n and 4n characters of each hostile input: growth over 7x fails (floor 20 ms).

        A quadratic pattern grows 10-16x from n to 4n at these sizes; a pattern with a bounded
        window near n (a 160-character run at n = 400) grows up to about 5x, and a noisy shared
        machine once read such a one as 6.3x. The benchmark keeps its defaults (6x over 10 ms)."""
        found = pump.super_linear(max_ratio=7.0, floor=0.02)
        new = {key: worst for key, worst in found.items() if key not in _known_debt()}
        assert not new, "super-linear (fix it; see docs/reliability.md):\n" + "\n".join(
            f"{place}: {label} {first:.4f} s -> {second:.4f} s\n  {key}"
            for key, (place, label, first, second) in new.items()
        )


@pytest.mark.slow
@pytest.mark.timing
class TestFamilies:
    """The issue's input families, each at 100 KB, 400 KB and 1 MB, by the benchmark script."""

    FIXED = (
        "Q1-script", "Q1-style", "Q1-comment", "Q2-digits", "Q3-amounts", "Q4-agreements", "Q4-titles",
        "Q5-clauses", "Q6-mentions", "Q6-titles", "Q7-tabs", "Q7-nbsp", "Q7-script", "Q8-visits", "Q9-capitals",
        "Q10-tabs", "dateline-US",
    )  # fmt: skip

    @staticmethod
    def _run(families: tuple[str, ...], *options: str) -> subprocess.CompletedProcess[str]:
        script = str(BENCHMARKS / "reliability_families.py")
        args = [sys.executable, script, "--sizes", "100", "400", "1000", "--cap", "30"]
        for family in families:
            args += ["--family", family]
        done = subprocess.run([*args, *options], capture_output=True, text=True, timeout=600, check=False)
        if done.returncode != 0:  # a timing on a shared machine: a real regression fails twice running
            done = subprocess.run([*args, *options], capture_output=True, text=True, timeout=600, check=False)
        return done

    def test_fixed_families_linear_and_under_3_s_per_mb(self) -> None:
        """Every family stays linear and well under a runaway limit of 4.5 s per MB (exit 0 of the
        script), the limit scaled by how much slower than on a quiet machine ordinary prose parses at
        the time. The 3 s/MB target is the benchmark's default and is checked by running it
        (docs/reliability.md): a timed test cannot hold a target to a tenth on a shared machine."""
        done = self._run(self.FIXED, "--against-prose", "--max-per-mb", "4.5")
        assert done.returncode == 0, done.stdout + done.stderr

    def test_every_family_is_tested(self) -> None:
        """No family of the benchmark is left out of the timed test above."""
        families = load_benchmark("reliability_families").FAMILIES
        assert sorted(families) == sorted(self.FIXED)


class TestRetimes:
    """A family that fails is measured again and judged on the least time at each size."""

    families = load_benchmark("reliability_families")

    def test_least_time_at_each_size_is_kept(self) -> None:
        first = [(100_000, 0.2), (400_000, 0.9), (1_000_000, 3.7)]
        again = [(100_000, 0.25), (400_000, 0.8), (1_000_000, 2.2)]
        assert self.families.best_of(first, again) == [(100_000, 0.2), (400_000, 0.8), (1_000_000, 2.2)]

    def test_a_timeout_counts_only_when_both_runs_time_out(self) -> None:
        stopped = [(100_000, 0.3), (400_000, None)]
        finished = [(100_000, 0.4), (400_000, 1.1), (1_000_000, 2.9)]
        assert self.families.best_of(stopped, finished) == [(100_000, 0.3), (400_000, 1.1), (1_000_000, 2.9)]
        assert self.families.best_of(stopped, stopped) == stopped

    def test_a_stray_pause_at_one_size_no_longer_fails_the_growth_check(self) -> None:
        paused = [(100_000, 0.2), (400_000, 0.85), (1_000_000, 3.6)]  # 18x for 10x
        quiet = [(100_000, 0.21), (400_000, 0.84), (1_000_000, 2.2)]
        assert self.families.judge(paused, 4.5, 6.0)
        assert not self.families.judge(self.families.best_of(paused, quiet), 4.5, 6.0)

    def test_a_quadratic_family_still_fails_after_retiming(self) -> None:
        quadratic = [(100_000, 0.2), (400_000, 3.2), (1_000_000, 20.0)]
        also = [(100_000, 0.21), (400_000, 3.1), (1_000_000, 19.5)]
        assert self.families.judge(self.families.best_of(quadratic, also), 100.0, 6.0)
