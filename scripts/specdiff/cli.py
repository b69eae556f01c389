"""Command-line options shared by the spec scripts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from specdiff.gitbase import SpecError, SpecPair, load_pair


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    """``--base`` and ``--spec``."""
    parser.add_argument(
        "--base",
        default=None,
        help="git ref to compare with (default: the last v* tag reachable from HEAD,"
        " else origin/main, else HEAD)",
    )
    parser.add_argument(
        "--spec",
        type=Path,
        default=Path("openapi.yaml"),
        help="spec file (default: %(default)s)",
    )


def load_or_exit(args: argparse.Namespace) -> SpecPair:
    """Load the spec pair, or print the problem and exit with status 2."""
    try:
        return load_pair(args.spec, args.base or None)
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2) from exc
