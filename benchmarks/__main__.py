"""``make bench``: every performance figure from one run, each against its target.

Runs the client, mock and pipeline benchmarks one after another (each prints its own table
and JSON), then prints a summary and writes ``reports/bench.json``.
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"
REPEATS = "5"
STEPS: dict[str, list[str]] = {
    "client": ["benchmarks.client_bench", "--repeats", REPEATS],
    "mock": ["benchmarks.mock_bench", "--repeats", REPEATS],
    "pipeline": [
        "benchmarks.pipeline_bench",
        "--generate-repeats",
        REPEATS,
        "--contract-repeats",
        REPEATS,
    ],
}


def run_step(name: str, args: list[str]) -> dict[str, Any]:
    """Run one benchmark module, echoing its output; return the JSON it wrote."""
    out = REPORTS / f"bench-{name}.json"
    print(f"== {name} ==", flush=True)
    subprocess.run([sys.executable, "-m", *args, "--out", str(out)], cwd=ROOT, check=True)
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISS"


def summary_rows(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(row, figure, target, verdict) for every target the project sets."""
    rows: list[tuple[str, str, str, str]] = []
    client = results["client"]
    for comparison in client["per_call"] + client["parse"]:
        name = comparison["candidate"]["name"]
        target = comparison["target"]
        if target is None:
            continue
        rows.append(
            (name, f"{comparison['ratio']:.2f}x", f"<= {target:.2f}x", verdict(comparison["ok"]))
        )
    pages = client["pagination"]
    share = pages["throughput_vs_raw"]
    rows.append(
        (
            f"paginator, {pages['client']['records']:,} records vs raw page loop",
            f"{share:.0%} of raw records/s",
            f">= {pages['target_throughput']:.0%}",
            verdict(share >= pages["target_throughput"]),
        )
    )
    growth = pages["client"]["peak_rss_growth_mb_max"]
    rows.append(
        (
            "paginator peak RSS growth",
            f"{growth:.1f} MB",
            f"< {pages['target_rss_mb']:.0f} MB",
            verdict(growth < pages["target_rss_mb"]),
        )
    )
    mock = results["mock"]
    for mode in ("sequential", "concurrent_50"):
        ratio = mock[f"ratio_{mode}"]
        rows.append(
            (f"mock vs Prism req/s, {mode}", f"{ratio:.2f}x", ">= 2.00x", verdict(ratio >= 2))
        )
    p99 = mock["mock"]["concurrent_50"]["p99_ms"]["median"]
    rows.append(("mock p99, 50 keep-alive clients", f"{p99:.1f} ms", "< 20 ms", verdict(p99 < 20)))
    pipeline = results["pipeline"]
    generate = pipeline["generate"]["median_s"]
    rows.append(("make generate wall time", f"{generate:.2f} s", "-", "-"))
    contract = pipeline["contract_mock_profile"]["median_s"]
    rows.append(
        ("contract suite, mock profile", f"{contract:.1f} s", "<= 120 s", verdict(contract <= 120))
    )
    return rows


def main() -> int:
    REPORTS.mkdir(exist_ok=True)
    started = time.perf_counter()
    results = {name: run_step(name, args) for name, args in STEPS.items()}
    rows = summary_rows(results)
    width = max(len(r[0]) for r in rows)
    print("\n== summary (median of 5 repeats each; details above and in reports/) ==")
    for row, figure, target, ok in rows:
        print(f"{row:<{width}}  {figure:>22}  {target:>10}  {ok}")
    elapsed = time.perf_counter() - started
    print(f"bench wall time {elapsed:.0f} s")
    report = {
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "wall_time_s": elapsed,
        "summary": [
            dict(zip(("row", "figure", "target", "verdict"), r, strict=True)) for r in rows
        ],
        "results": results,
    }
    (REPORTS / "bench.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {REPORTS / 'bench.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
