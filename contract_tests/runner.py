"""Run `st run` in a subprocess and follow its NDJSON events for per-operation progress.

The schemathesis CLI is driven rather than its Python engine: the CLI is the documented,
stable interface (config file, phases, checks, JUnit writer, secret filtering), a
subprocess can be stopped cleanly at the time cap, and the command it prints can be rerun
by hand from reports/schemathesis.toml.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import results
from .config import ROOT, SPEC, TOKEN_VAR, Settings
from .st_hooks import LIVE_ENV, PROTECTED_ENV, WORKSPACE_ENV

POLL_SECONDS = 0.2
GRACE_SECONDS = 20.0


@dataclass
class RunOutcome:
    returncode: int
    timed_out: bool
    seconds: float
    results: results.RunResults
    command: list[str]


def command(settings: Settings, config_path: Path, reports: Path) -> list[str]:
    argv = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config_path), "run"]
    argv += [str(SPEC), "--no-color", "--report", "junit,ndjson"]
    argv += ["--report-junit-path", str(reports / "junit.xml")]
    argv += ["--report-ndjson-path", str(reports / "events.ndjson")]
    if settings.profile.read_only:
        argv += ["--include-method", "GET"]
    if settings.live and settings.writes:
        # check_connection makes the server connect to whatever hosts the generated spec
        # names: not something to point at production.
        argv += ["--exclude-operation-id", "checkConnection"]
    for op in settings.operations:
        argv += ["--include-operation-id", op]
    return argv


def _follow(
    path: Path, offset: int, state: results.RunResults, report: Callable[[str], None]
) -> int:
    """Fold events appended since `offset`; print a line per finished scenario."""
    if not path.exists():
        return offset
    with open(path, encoding="utf-8") as stream:
        stream.seek(offset)
        while True:
            line = stream.readline()
            if not line.endswith("\n"):
                return offset
            offset += len(line.encode("utf-8"))
            name, payload = next(iter(json.loads(line).items()))
            touched = results.fold(state, name, payload)
            phase = payload.get("phase", "")
            if phase == "stateful" and touched:
                failing = sum(1 for entry in touched if entry.failures)
                names = ", ".join(entry.name for entry in touched)
                report(f"  [stateful] scenario through {names}; operations failing: {failing}")
                continue
            for entry in touched:
                mark = "FAIL" if entry.failures else "ok"
                report(
                    f"  [{phase:>8}] {entry.name:<24} {entry.label:<60} "
                    f"cases {entry.cases:>5}  failures {len(entry.failures)}  {mark}"
                )


def run(
    settings: Settings,
    config_path: Path,
    report: Callable[[str], None] = print,
    protected: dict[str, list[int]] | None = None,
) -> RunOutcome:
    """Run schemathesis to completion or the time cap; stream progress through `report`."""
    reports = settings.reports_dir
    ndjson = reports / "events.ndjson"
    ndjson.unlink(missing_ok=True)
    argv = command(settings, config_path, reports)
    env = dict(os.environ)
    env[TOKEN_VAR] = settings.token
    env[WORKSPACE_ENV] = str(settings.workspace_id)
    if protected is not None:
        env[PROTECTED_ENV] = json.dumps(protected)
    env[LIVE_ENV] = "1" if settings.live else "0"
    state = results.RunResults()
    started = time.monotonic()
    timed_out = False
    offset = 0
    with open(reports / "schemathesis.log", "wb") as log:
        process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            while process.poll() is None:
                offset = _follow(ndjson, offset, state, report)
                if not timed_out and time.monotonic() - started > settings.max_seconds:
                    timed_out = True
                    report(f"time cap of {settings.max_seconds:.0f} s reached: stopping")
                    process.send_signal(signal.SIGINT)
                    try:
                        process.wait(timeout=GRACE_SECONDS)
                    except subprocess.TimeoutExpired:
                        process.kill()
                time.sleep(POLL_SECONDS)
        finally:
            if process.poll() is None:
                process.kill()
            process.wait()
    _follow(ndjson, offset, state, report)
    return RunOutcome(process.returncode, timed_out, time.monotonic() - started, state, argv)
