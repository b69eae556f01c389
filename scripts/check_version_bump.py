"""Fail unless info.version went up as far as the spec changes since a git ref require.

Breaking changes need a major bump, additions at least a minor one, any other change at least
a patch; an unchanged spec needs none. ``--tag vX.Y.Z`` instead checks that a release tag
matches info.version. Exit 1 on failure, 2 when the inputs cannot be read.
"""

from __future__ import annotations

import argparse
import sys

from specdiff.bumpcheck import check_bump
from specdiff.cli import add_common_arguments, load_or_exit
from specdiff.gitbase import SpecError, parse_spec


def check_tag(args: argparse.Namespace) -> int:
    """Compare ``--tag`` with ``v`` + info.version of the work-tree spec."""
    try:
        spec = parse_spec(args.spec.read_text(encoding="utf-8"), str(args.spec))
    except (OSError, SpecError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    expected = f"v{(spec.get('info') or {}).get('version', '')}"
    if args.tag != expected:
        print(
            f"tag {args.tag} does not match info.version of {args.spec} (expected tag {expected})"
        )
        return 1
    print(f"tag {args.tag} matches info.version")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add_common_arguments(parser)
    parser.add_argument("--tag", help="only check that this release tag equals v + info.version")
    args = parser.parse_args(argv)
    if args.tag:
        return check_tag(args)
    pair = load_or_exit(args)
    verdict = check_bump(pair.old, pair.new)
    stream = sys.stdout if verdict.ok else sys.stderr
    print(
        f"version rule (base {pair.base_ref}): {'ok' if verdict.ok else 'FAILED'}",
        file=stream,
    )
    for line in verdict.lines:
        print(line, file=stream)
    return 0 if verdict.ok else 1


if __name__ == "__main__":
    sys.exit(main())
