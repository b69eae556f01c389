"""Write the ``## <version> — <date>`` section of CHANGELOG.md from the diff against a git ref.

The section goes below the title, above older sections (newest first); running again for the
same version replaces it.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from specdiff.changelog import render_section, upsert_section
from specdiff.cli import add_common_arguments, load_or_exit
from specdiff.operations import diff_specs


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add_common_arguments(parser)
    parser.add_argument(
        "--changelog",
        type=Path,
        default=Path("CHANGELOG.md"),
        help="default: %(default)s",
    )
    parser.add_argument("--version", dest="version", help="section version (default: info.version)")
    parser.add_argument("--date", help="section date (default: today, UTC, YYYY-MM-DD)")
    args = parser.parse_args(argv)
    pair = load_or_exit(args)
    version = args.version or pair.new_version
    if not version:
        print(
            "error: no --version given and the spec has no info.version",
            file=sys.stderr,
        )
        return 2
    date = args.date or datetime.datetime.now(datetime.UTC).date().isoformat()
    section = render_section(version, date, diff_specs(pair.old, pair.new))
    text = args.changelog.read_text(encoding="utf-8") if args.changelog.exists() else ""
    args.changelog.write_text(upsert_section(text, version, section), encoding="utf-8")
    print(f"wrote the {version} section of {args.changelog} (changes since {pair.base_ref})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
