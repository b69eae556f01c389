"""benchmarks/__main__.py: the summary compares each figure with its target."""

from __future__ import annotations

from typing import Any

from benchmarks.__main__ import summary_rows


def comparison(name: str, ratio: float, target: float | None) -> dict[str, Any]:
    ok = None if target is None else ratio <= target
    return {"candidate": {"name": name}, "ratio": ratio, "target": target, "ok": ok}


def results(mock_ratio: float, p99: float, contract_s: float) -> dict[str, Any]:
    return {
        "client": {
            "per_call": [comparison("call()", 1.05, 1.10), comparison("raw", 1.0, None)],
            "parse": [comparison("from_dict", 2.3, 2.0)],
            "pagination": {
                "client": {"records": 100_000, "peak_rss_growth_mb_max": 12.0},
                "throughput_vs_raw": 0.9,
                "target_throughput": 0.8,
                "target_rss_mb": 50.0,
            },
        },
        "mock": {
            "ratio_sequential": mock_ratio,
            "ratio_concurrent_50": mock_ratio,
            "mock": {"concurrent_50": {"p99_ms": {"median": p99}}},
        },
        "pipeline": {
            "generate": {"median_s": 2.5},
            "contract_mock_profile": {"median_s": contract_s},
        },
    }


def test_each_target_gets_a_verdict() -> None:
    rows = {
        row: (figure, verdict) for row, figure, _, verdict in summary_rows(results(2.5, 30, 20))
    }

    assert rows["call()"] == ("1.05x", "ok")
    assert rows["from_dict"] == ("2.30x", "MISS")
    assert "raw" not in rows  # baselines carry no target
    assert rows["paginator peak RSS growth"] == ("12.0 MB", "ok")
    assert rows["mock vs Prism req/s, sequential"] == ("2.50x", "ok")
    assert rows["mock p99, 50 keep-alive clients"] == ("30.0 ms", "MISS")
    assert rows["contract suite, mock profile"] == ("20.0 s", "ok")


def test_misses_are_reported_on_the_other_side_of_each_target() -> None:
    rows = {row: verdict for row, _, _, verdict in summary_rows(results(1.5, 10, 130))}

    assert rows["mock vs Prism req/s, concurrent_50"] == "MISS"
    assert rows["mock p99, 50 keep-alive clients"] == "ok"
    assert rows["contract suite, mock profile"] == "MISS"
