"""Pipeline wall times: ``make generate`` (into a temporary folder) and the contract suite's
mock profile. Each figure is the median of its repeats with min-max."""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd: list[str]) -> float:
    """Wall seconds of one successful run of ``cmd``."""
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def summary(samples: list[float]) -> dict[str, Any]:
    return {
        "median_s": statistics.median(samples),
        "min_s": min(samples),
        "max_s": max(samples),
        "repeats": len(samples),
    }


def run(generate_repeats: int, contract_repeats: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        target = str(Path(tmp) / "generated")
        generate = [sys.executable, "scripts/generate.py", "generate", "--target", target]
        gen = [timed(generate) for _ in range(generate_repeats)]
    with tempfile.TemporaryDirectory() as reports:
        contract = [sys.executable, "-m", "contract_tests", "--profile", "ci", "--reports", reports]
        suite = [timed(contract) for _ in range(contract_repeats)]
    return {"generate": summary(gen), "contract_mock_profile": summary(suite)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--generate-repeats", type=int, default=5)
    parser.add_argument("--contract-repeats", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "bench-pipeline.json")
    args = parser.parse_args(argv)
    results = run(args.generate_repeats, args.contract_repeats)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    for name, r in results.items():
        print(
            f"{name:<22} {r['median_s']:7.2f} s [{r['min_s']:.2f}-{r['max_s']:.2f}] "
            f"({r['repeats']} runs)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
