"""`python -m contract_tests`: does the API honour openapi.yaml?

Exit 0: it conforms. 1: it deviates (failures listed). 2: configuration or connectivity
problem (one-line reason on stderr).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import api_client, cleanup, live_discovery, report, runner, scratch_data, st_config
from .config import DEFAULT_SEED, PROFILES, ROOT, ConfigError, Settings, from_env
from .mock_process import running_mock
from .toml_writer import dumps

EXIT_OK, EXIT_DEVIATES, EXIT_CONFIG = 0, 1, 2


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m contract_tests", description=__doc__)
    parser.add_argument("--profile", choices=sorted(PROFILES), help="default: full (mock), live")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--reports", type=Path, help="report folder (default: reports/)")
    parser.add_argument("--operation", action="append", default=[], help="operationId to test")
    parser.add_argument("--max-examples", type=int, help="cases per operation and phase")
    parser.add_argument(
        "--mock-fault", action="append", default=[], help="start the embedded mock with a fault"
    )
    return parser.parse_args(argv)


@contextmanager
def target(settings: Settings) -> Iterator[tuple[str, str]]:
    """(base URL, description): the live API, or the embedded mock started for this run."""
    if settings.base_url is not None:
        yield settings.base_url, f"{settings.base_url} (workspace {settings.workspace_id})"
        return
    faults = f", faults {', '.join(settings.mock_faults)}" if settings.mock_faults else ""
    log = settings.reports_dir / "mock.log"
    with running_mock(settings.mock_faults, log_path=log) as url:
        yield url, f"embedded mock at {url} (demo data{faults})"


def verdict(outcome: runner.RunOutcome) -> tuple[int, str]:
    found = outcome.results
    if found.failure_count:
        return EXIT_DEVIATES, f"DEVIATES: {found.failure_count} failures"
    if found.statuses and set(found.statuses) == {401}:
        return EXIT_CONFIG, "every request answered 401: the token is not accepted"
    if not found.case_count:
        return EXIT_CONFIG, f"schemathesis ran no cases (exit {outcome.returncode}); see the log"
    if outcome.returncode != 0 and not outcome.timed_out:
        first = found.errors[0] if found.errors else "see reports/schemathesis.log"
        return EXIT_CONFIG, f"schemathesis could not complete the run: {first}"
    if outcome.timed_out:
        return EXIT_OK, "CONFORMS so far (time cap reached before the run completed)"
    return EXIT_OK, "CONFORMS"


def conformance(settings: Settings) -> int:
    reports = settings.reports_dir
    reports.mkdir(parents=True, exist_ok=True)
    with target(settings) as (base_url, description):
        print(f"conformance: {description}, profile {settings.profile.name}", flush=True)
        client = api_client.make_client(base_url, settings.token, settings.workspace_id)
        api_client.preflight(client, settings.workspace_id)
        ids = live_discovery.discover(client)
        print(f"conformance: known ids: {ids.describe()}", flush=True)
        scratch = scratch_data.ScratchIds()
        if not settings.live:
            scratch = scratch_data.create_for_mock(client)
        config_path = reports / "schemathesis.toml"
        config_path.write_text(dumps(st_config.build(settings, base_url, ids, scratch)))
        protected = None
        if settings.live and settings.writes:
            protected = live_discovery.existing_records(client)
            counts = ", ".join(f"{len(v)} {k}" for k, v in protected.items())
            print(f"conformance: writes leave the workspace's {counts} alone", flush=True)
        outcome = None
        try:
            outcome = runner.run(
                settings, config_path, lambda line: print(line, flush=True), protected
            )
        finally:
            if settings.live and settings.writes and outcome is not None:
                cleanup.delete_created(client, outcome.results.created, print)
    code, text = verdict(outcome)
    print()
    print(report.table(outcome.results, settings))
    print()
    document = report.markdown(outcome.results, settings, text, description, outcome.seconds)
    (reports / "conformance.md").write_text(document, encoding="utf-8")
    print(f"conformance: {text} ({outcome.seconds:.0f} s; reports in {reports}/)")
    if code == EXIT_CONFIG:
        print(f"conformance: error: {text}", file=sys.stderr)
    return code


def record_exit(reports: Path, code: int) -> int:
    """Write reports/exit-code: `make` turns any failing recipe into its own exit 2."""
    reports.mkdir(parents=True, exist_ok=True)
    (reports / "exit-code").write_text(f"{code}\n", encoding="utf-8")
    return code


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    return record_exit(args.reports or ROOT / "reports", _run(args))


def _run(args: argparse.Namespace) -> int:
    try:
        settings = from_env(
            profile=args.profile,
            seed=args.seed,
            reports_dir=args.reports,
            operations=tuple(args.operation),
            max_examples=args.max_examples,
            mock_faults=tuple(args.mock_fault),
        )
        return conformance(settings)
    except ConfigError as exc:
        print(f"conformance: error: {exc}", file=sys.stderr)
        return EXIT_CONFIG


if __name__ == "__main__":
    sys.exit(main())
