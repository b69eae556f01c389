"""Mock throughput: our mock vs Prism serving the same spec and the same 100-record page.

Both servers answer ``GET /api/v1/syncs/1/sync_runs/1/sync_records?per_page=100``. Prism
serves the spec with that operation's 200 example replaced by the page our mock returns, so
both send the same bytes. autocannon (pinned in package.json) drives keep-alive connections:
one connection (sequential) and 50 concurrent connections. Each figure is the median of
``--repeats`` runs with its min-max.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx
import yaml

from .servers import free_port, mock_server, serving

ROOT = Path(__file__).resolve().parent.parent
AUTOCANNON = ROOT / "node_modules" / ".bin" / "autocannon"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
PAGE_PATH = "/api/v1/syncs/1/sync_runs/1/sync_records?per_page=100"
RECORDS_PATH = "/api/v1/syncs/{sync_id}/sync_runs/{sync_run_id}/sync_records"
HEADERS = {"Authorization": "Bearer demo-admin-token", "Workspace-Id": "1"}


def spec_serving_page(page: dict[str, Any], dest: Path) -> Path:
    """Write a copy of openapi.yaml whose List Sync Records example is ``page``."""
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    media = spec["paths"][RECORDS_PATH]["get"]["responses"]["200"]["content"]["application/json"]
    media["example"] = page
    dest.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return dest


def load(url: str, connections: int, seconds: float, rate: int | None = None) -> dict[str, float]:
    """One autocannon run: requests/s, p50 and p99 latency in ms, non-2xx count.

    With ``rate`` the connections together offer that many requests per second (open
    load); without it every connection sends its next request as soon as an answer arrives.
    """
    cmd = [str(AUTOCANNON), "-j", "-c", str(connections), "-d", str(seconds)]
    if rate is not None:
        cmd += ["-R", str(rate)]
    for key, value in HEADERS.items():
        cmd += ["-H", f"{key}={value}"]
    out = subprocess.run([*cmd, url], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    return {
        "req_per_s": float(result["requests"]["average"]),
        "p50_ms": float(result["latency"]["p50"]),
        "p99_ms": float(result["latency"]["p99"]),
        "non_2xx": float(result["non2xx"]),
    }


def summarize(samples: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    """Median and min-max of every metric over the repeats."""
    keys = samples[0].keys()
    return {
        k: {
            "median": statistics.median(s[k] for s in samples),
            "min": min(s[k] for s in samples),
            "max": max(s[k] for s in samples),
        }
        for k in keys
    }


MODES: dict[str, tuple[int, int | None]] = {
    "sequential": (1, None),
    "concurrent_50": (50, None),
    "concurrent_50_at_500_rps": (50, 500),
}


def measure(url: str, repeats: int, seconds: float) -> dict[str, Any]:
    """Every mode's figures for one server (after a one-second warm-up)."""
    load(url, 1, 1)
    return {
        mode: summarize([load(url, conns, seconds, rate) for _ in range(repeats)])
        for mode, (conns, rate) in MODES.items()
    }


def run(repeats: int, seconds: float) -> dict[str, Any]:
    """Measure both servers; return the JSON-ready result."""
    results: dict[str, Any] = {}
    with mock_server() as base:
        mock_url = base + PAGE_PATH
        page = httpx.get(mock_url, headers=HEADERS, timeout=10).json()
        assert len(page["data"]) == 100, "the demo run must have 100 records on page 1"
        results["mock"] = measure(mock_url, repeats, seconds)
    prism_port = free_port()
    prism_url = f"http://127.0.0.1:{prism_port}{PAGE_PATH}"
    with tempfile.TemporaryDirectory() as tmp:
        spec = spec_serving_page(page, Path(tmp) / "openapi.yaml")
        prism_cmd = [str(PRISM), "mock", str(spec), "-h", "127.0.0.1", "-p", str(prism_port)]
        prism_cmd += ["-v", "error"]
        with serving(prism_cmd, prism_url):
            served = httpx.get(prism_url, headers=HEADERS, timeout=10).json()
            assert served == page, "Prism must serve the same page"
            results["prism"] = measure(prism_url, repeats, seconds)
    for mode in MODES:
        ours = results["mock"][mode]["req_per_s"]["median"]
        theirs = results["prism"][mode]["req_per_s"]["median"]
        results[f"ratio_{mode}"] = ours / theirs
    results["page_bytes"] = len(json.dumps(page))
    return results


def table(results: dict[str, Any]) -> str:
    """One line per server and mode, then the ratios."""
    lines = []
    for server in ("mock", "prism"):
        for mode in MODES:
            r = results[server][mode]
            lines.append(
                f"{server:<6} {mode:<25} {r['req_per_s']['median']:7.0f} req/s "
                f"[{r['req_per_s']['min']:.0f}-{r['req_per_s']['max']:.0f}]  "
                f"p50 {r['p50_ms']['median']:5.1f} ms  p99 {r['p99_ms']['median']:6.1f} ms "
                f"[{r['p99_ms']['min']:.0f}-{r['p99_ms']['max']:.0f}]"
            )
    ratios = ", ".join(f"{mode} {results[f'ratio_{mode}']:.2f}x" for mode in MODES)
    lines.append(f"mock/prism req/s: {ratios}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "bench-mock.json")
    args = parser.parse_args(argv)
    results = run(args.repeats, args.seconds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
