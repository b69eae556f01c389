"""Client benchmarks against the mock on loopback (``python -m benchmarks.client_bench``).

Rows: per-call time of the convenience style (``call()``) and of ``sync_detailed`` vs a raw
``httpx.Client.get().json()`` on the same endpoint with keep-alive; parsing a 100-record page
vs ``json.loads``; iterating 100k sync records vs a raw page loop (records/s, and peak RSS
growth measured in a subprocess with psutil). Prints a table and writes
``reports/bench-client.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import yaml
from ai_squared_client import AISquared, AuthenticatedClient
from ai_squared_client.api.sync_records import list_sync_records
from ai_squared_client.api.sync_runs import get_sync_run
from ai_squared_client.models import SyncRecordList

from .harness import Comparison, compare
from .servers import mock_server

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "demo-admin-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Workspace-Id": "1"}
RECORDS_PATH = "/api/v1/syncs/1/sync_runs/1/sync_records"
BIG_TOTAL = 100_000
PAGE_SIZE = 1000
TARGET_CALL = 1.10
TARGET_PARSE = 2.0
TARGET_THROUGHPUT = 0.80
TARGET_RSS_MB = 50.0


def big_fixtures(directory: Path, total: int) -> Path:
    """The demo dataset with ``total`` generated records on sync 1 / run 1."""
    source = ROOT / "aisquared_mock" / "demo_fixtures.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    for run in data["sync_runs"]:
        if run.get("id") == 1:
            run["generate_records"] = total
    path = directory / "bench_fixtures.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def per_call_rows(url: str, number: int, repeats: int) -> list[Comparison]:
    """``call()`` and ``sync_detailed`` vs raw httpx, for one record and a 25-record page."""
    raw = httpx.Client(base_url=url, headers=HEADERS)
    sdk = AISquared(TOKEN, workspace_id=1, base_url=url)
    detailed_client = AuthenticatedClient(base_url=url, token=TOKEN)
    rows: list[Comparison] = []
    run_path = "/api/v1/syncs/1/sync_runs/1"
    rows += compare(
        "raw httpx GET sync run",
        {
            "raw httpx GET sync run": lambda: raw.get(run_path).json(),
            "call() getSyncRun": lambda: get_sync_run.call(1, 1, client=sdk),
            "sync_detailed() getSyncRun": lambda: get_sync_run.sync_detailed(
                1, 1, client=detailed_client, workspace_id=1
            ),
        },
        number=number,
        repeats=repeats,
        targets={"call() getSyncRun": TARGET_CALL, "sync_detailed() getSyncRun": TARGET_CALL},
    )
    rows += compare(
        "raw httpx GET 25 records",
        {
            "raw httpx GET 25 records": lambda: raw.get(
                RECORDS_PATH, params={"per_page": 25}
            ).json(),
            "call() listSyncRecords 25": lambda: list_sync_records.call(
                1, 1, client=sdk, per_page=25
            ),
            "sync_detailed() listSyncRecords 25": lambda: list_sync_records.sync_detailed(
                1, 1, client=detailed_client, per_page=25, workspace_id=1
            ),
        },
        number=number,
        repeats=repeats,
        targets={
            "call() listSyncRecords 25": TARGET_CALL,
            "sync_detailed() listSyncRecords 25": TARGET_CALL,
        },
    )
    raw.close()
    sdk.close()
    return rows


def parse_rows(url: str, number: int, repeats: int) -> list[Comparison]:
    """``SyncRecordList.from_dict(json.loads(page))`` vs ``json.loads(page)``, 100 records."""
    content = httpx.get(url + RECORDS_PATH, params={"per_page": 100}, headers=HEADERS).content
    rows: list[Comparison] = []
    for gc_label, disable_gc in (("gc on", False), ("gc off, as timeit", True)):
        base = f"json.loads 100 records ({gc_label})"
        name = f"+ from_dict ({gc_label})"
        rows += compare(
            base,
            {
                base: lambda: json.loads(content),
                name: lambda: SyncRecordList.from_dict(json.loads(content)),
            },
            number=number,
            repeats=repeats,
            targets={name: TARGET_PARSE},
            disable_gc=disable_gc,
        )
    return rows


def pagination_worker(mode: str, url: str) -> dict[str, Any]:
    """Run in a subprocess: iterate every record, sampling RSS after each page."""
    import psutil

    proc = psutil.Process()
    sdk = AISquared(TOKEN, workspace_id=1, base_url=url)
    raw = httpx.Client(base_url=url, headers=HEADERS)
    baseline = proc.memory_info().rss
    peak = baseline
    count = 0
    start = time.perf_counter()
    if mode == "client":
        records = list_sync_records.iterate(1, 1, client=sdk, per_page=PAGE_SIZE)
        for count, _record in enumerate(records, start=1):
            if count % PAGE_SIZE == 0:
                peak = max(peak, proc.memory_info().rss)
    else:
        next_url: str | None = f"{RECORDS_PATH}?page=1&per_page={PAGE_SIZE}"
        while next_url:
            doc = raw.get(next_url).json()
            for _record in doc["data"]:
                count += 1
            next_url = doc["links"]["next"] if doc["data"] else None
            peak = max(peak, proc.memory_info().rss)
    elapsed = time.perf_counter() - start
    return {
        "mode": mode,
        "records": count,
        "seconds": elapsed,
        "records_per_s": count / elapsed,
        "peak_rss_growth_mb": (peak - baseline) / 2**20,
    }


def run_worker(mode: str, url: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.client_bench", "--worker", mode, "--url", url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def pagination_rows(url: str, repeats: int) -> dict[str, Any]:
    """Median records/s of each mode over ``repeats`` alternating subprocess runs."""
    runs: dict[str, list[dict[str, Any]]] = {"raw": [], "client": []}
    for _ in range(repeats):
        for mode in ("raw", "client"):
            runs[mode].append(run_worker(mode, url))

    def summary(mode: str) -> dict[str, Any]:
        rates = sorted(r["records_per_s"] for r in runs[mode])
        return {
            "records": runs[mode][0]["records"],
            "records_per_s_median": rates[len(rates) // 2],
            "records_per_s_min": rates[0],
            "records_per_s_max": rates[-1],
            "peak_rss_growth_mb_max": max(r["peak_rss_growth_mb"] for r in runs[mode]),
        }

    raw, client = summary("raw"), summary("client")
    share = client["records_per_s_median"] / raw["records_per_s_median"]
    return {
        "raw": raw,
        "client": client,
        "throughput_vs_raw": share,
        "target_throughput": TARGET_THROUGHPUT,
        "target_rss_mb": TARGET_RSS_MB,
        "ok": share >= TARGET_THROUGHPUT and client["peak_rss_growth_mb_max"] < TARGET_RSS_MB,
    }


def table(comparisons: list[Comparison], pages: dict[str, Any]) -> str:
    lines = [
        f"{'row':38} {'median':>10} {'min-max':>21} {'baseline':>10} {'ratio':>6} {'target':>7}",
    ]
    for c in comparisons:
        t = c.candidate
        lines.append(
            f"{t.name:38} {t.median * 1e6:8.1f}us {t.min * 1e6:9.1f}-{t.max * 1e6:9.1f}us "
            f"{c.baseline.median * 1e6:8.1f}us {c.ratio:6.2f} "
            f"{'<=' + format(c.target, '.2f') if c.target else '':>7} "
            f"{'ok' if c.ok else 'MISS'}"
        )
    raw, client = pages["raw"], pages["client"]
    lines.append(
        f"pagination {client['records']} records: client {client['records_per_s_median']:,.0f}/s"
        f" vs raw {raw['records_per_s_median']:,.0f}/s = {pages['throughput_vs_raw']:.0%}"
        f" (target >= {TARGET_THROUGHPUT:.0%}); peak RSS growth"
        f" {client['peak_rss_growth_mb_max']:.1f} MB (raw {raw['peak_rss_growth_mb_max']:.1f} MB,"
        f" target < {TARGET_RSS_MB:.0f} MB) {'ok' if pages['ok'] else 'MISS'}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--worker", choices=["raw", "client"], help=argparse.SUPPRESS)
    parser.add_argument("--url", help="use a running mock (pagination then pages what it has)")
    parser.add_argument("--number", type=int, default=300, help="calls per repeat")
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--records", type=int, default=BIG_TOTAL)
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "bench-client.json")
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(pagination_worker(args.worker, args.url)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fixtures = big_fixtures(Path(tmp), args.records)
        with mock_server(fixtures) as url:
            calls = per_call_rows(url, args.number, args.repeats)
            parse = parse_rows(url, args.number, args.repeats)
            pages = pagination_rows(url, args.repeats)
    report = {
        "machine": {
            "python": platform.python_version(),
            "httpx": httpx.__version__,
            "cpus": os.cpu_count(),
        },
        "per_call": [c.as_dict() for c in calls],
        "parse": [c.as_dict() for c in parse],
        "pagination": pages,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(table(calls + parse, pages))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
