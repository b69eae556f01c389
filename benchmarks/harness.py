"""A small timing harness: run callables N times per repeat, report the median per-call time
with its min-max over the repeats, and ratios against a baseline measured in the same run.

Candidates and baseline are interleaved repeat by repeat, so drift on a busy machine (the
mock server shares the cores) hits both alike. Results are plain dicts, JSON-serializable.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

Clock = Callable[[], float]


@dataclass(frozen=True)
class Timing:
    """Seconds per call: median over the repeats, and the fastest and slowest repeat."""

    name: str
    median: float
    min: float
    max: float
    repeats: int
    number: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Comparison:
    """A candidate against the baseline: ``ratio`` = candidate median / baseline median."""

    candidate: Timing
    baseline: Timing
    ratio: float
    target: float | None

    @property
    def ok(self) -> bool | None:
        """Whether the ratio meets the target (``None`` without a target)."""
        return None if self.target is None else self.ratio <= self.target

    def as_dict(self) -> dict[str, Any]:
        return {
            "candidate": self.candidate.as_dict(),
            "baseline": self.baseline.as_dict(),
            "ratio": self.ratio,
            "target": self.target,
            "ok": self.ok,
        }


def time_once(fn: Callable[[], object], number: int, clock: Clock = time.perf_counter) -> float:
    """Seconds per call over ``number`` consecutive calls."""
    start = clock()
    for _ in range(number):
        fn()
    return (clock() - start) / number


def measure(
    candidates: Mapping[str, Callable[[], object]],
    *,
    number: int,
    repeats: int = 5,
    warmup: int = 1,
    clock: Clock = time.perf_counter,
    disable_gc: bool = False,
) -> dict[str, Timing]:
    """Time every callable ``repeats`` times (``number`` calls each), interleaved.

    The garbage collector stays on unless ``disable_gc`` (what ``timeit`` does by default).
    """
    if repeats < 1 or number < 1:
        raise ValueError("repeats and number must be >= 1")
    for fn in candidates.values():
        for _ in range(warmup):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    was_enabled = gc.isenabled()
    if disable_gc:
        gc.disable()
    try:
        for _ in range(repeats):
            for name, fn in candidates.items():
                samples[name].append(time_once(fn, number, clock))
    finally:
        if was_enabled:
            gc.enable()
    return {
        name: Timing(
            name=name,
            median=statistics.median(values),
            min=min(values),
            max=max(values),
            repeats=repeats,
            number=number,
        )
        for name, values in samples.items()
    }


def compare(
    baseline: str,
    candidates: Mapping[str, Callable[[], object]],
    *,
    number: int,
    repeats: int = 5,
    targets: Mapping[str, float] | None = None,
    clock: Clock = time.perf_counter,
    disable_gc: bool = False,
) -> list[Comparison]:
    """Measure ``candidates`` (which include ``baseline``) and compare each to the baseline."""
    timings = measure(
        candidates, number=number, repeats=repeats, clock=clock, disable_gc=disable_gc
    )
    base = timings[baseline]
    return [
        Comparison(
            candidate=timing,
            baseline=base,
            ratio=timing.median / base.median if base.median else float("inf"),
            target=(targets or {}).get(name),
        )
        for name, timing in timings.items()
        if name != baseline
    ]
