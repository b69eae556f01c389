"""`python -m aisquared_mock --host 127.0.0.1 --port 4010 [--db PATH] ...`"""

from __future__ import annotations

import argparse
import sys

import uvicorn

from .app import create_app
from .faults import FAULTS
from .fixtures import FixtureError
from .routing import DEFAULT_SPEC, SpecBindingError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m aisquared_mock", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=4010)
    parser.add_argument(
        "--db", default=":memory:", help="SQLite file (state survives restarts) or :memory:"
    )
    parser.add_argument(
        "--fixtures", default=None, help="YAML/JSON dataset (default: the demo dataset)"
    )
    parser.add_argument(
        "--run-step-seconds", type=float, default=0.5, help="time per sync-run state step"
    )
    parser.add_argument(
        "--fault", action="append", default=[], choices=sorted(FAULTS), help="inject drift"
    )
    parser.add_argument("--spec", default=str(DEFAULT_SPEC), help="the OpenAPI document to bind")
    parser.add_argument("--log-level", default="warning")
    args = parser.parse_args(argv)
    try:
        app = create_app(
            db=args.db,
            fixtures=args.fixtures,
            run_step_seconds=args.run_step_seconds,
            faults=args.fault,
            spec=args.spec,
        )
    except (FixtureError, SpecBindingError, ValueError) as exc:
        print(f"aisquared_mock: {exc}", file=sys.stderr)
        return 2
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        loop="uvloop",
        http="httptools",
        log_level=args.log_level,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
