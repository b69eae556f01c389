"""Classify every change to openapi.yaml since a git ref as breaking, added, changed or docs.

Run as ``make spec-diff BASE=<ref>``. Prints a table (or ``--json``) and exits 0 whatever the
diff holds; exit 2 means the inputs could not be read.
"""

from __future__ import annotations

import argparse
import sys

from specdiff.cli import add_common_arguments, load_or_exit
from specdiff.operations import diff_specs
from specdiff.render import as_json, table


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add_common_arguments(parser)
    parser.add_argument(
        "--json", action="store_true", help="print a JSON report instead of the table"
    )
    args = parser.parse_args(argv)
    pair = load_or_exit(args)
    changes = diff_specs(pair.old, pair.new)
    print(as_json(pair, changes) if args.json else table(pair, changes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
