"""benchmarks/harness.py on tiny inputs with a fake clock."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable

import pytest

from benchmarks.harness import compare, measure


def test_measure_counts_calls_and_reports_median_min_max() -> None:
    calls: list[int] = []

    timings = measure({"f": lambda: calls.append(1)}, number=3, repeats=5, warmup=2)

    assert len(calls) == 2 + 3 * 5
    t = timings["f"]
    assert (t.repeats, t.number) == (5, 3)
    assert t.min <= t.median <= t.max


def test_compare_ratio_against_the_baseline_and_json() -> None:
    current: list[str] = []
    costs = {"raw": 1.0, "client": 1.5}

    def run(name: str) -> Callable[[], None]:
        def fn() -> None:
            current[:] = [name]

        return fn

    clock_values = iter([0.0, 1.0, 0.0, 1.5] * 20)
    rows = compare(
        "raw",
        {"raw": run("raw"), "client": run("client")},
        number=1,
        repeats=5,
        targets={"client": 1.1},
        clock=lambda: next(clock_values),
    )

    (row,) = rows
    assert row.ratio == pytest.approx(costs["client"] / costs["raw"])
    assert row.ok is False
    assert json.loads(json.dumps(row.as_dict()))["candidate"]["name"] == "client"


def test_measure_rejects_empty_runs() -> None:
    with pytest.raises(ValueError):
        measure({"f": lambda: None}, number=0)


def test_gc_state_is_restored() -> None:
    measure({"f": lambda: None}, number=1, repeats=1, disable_gc=True)

    assert gc.isenabled()
