"""Regenerate the client package from openapi.yaml, or check that generated/ is current.

``generate``: build into a fresh temporary folder, then swap it in place of ``generated/``.
``check``: build into a temporary folder and compare the whole tree with ``generated/``;
exit 1 listing every file that differs.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "ai_squared_client"
IGNORED_NAMES = {".ruff_cache", "__pycache__"}


def build(spec: Path, dest: Path) -> None:
    """Run openapi-python-client into ``dest`` and copy the hand-written client layer in."""
    venv_bin = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": venv_bin + os.pathsep + os.environ.get("PATH", "")}
    cmd = [
        os.path.join(venv_bin, "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(ROOT / "generator-config.yml"),
        "--custom-template-path",
        str(ROOT / "templates"),
        "--meta",
        "uv",
        "--output-path",
        str(dest),
        "--fail-on-warning",
    ]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"openapi-python-client failed (exit {result.returncode})")
    layer = ROOT / "client_layer"
    if layer.is_dir():
        shutil.copytree(
            layer, dest / PACKAGE / "sdk", ignore=shutil.ignore_patterns(*IGNORED_NAMES)
        )
    for cache in list(dest.rglob(".ruff_cache")):
        shutil.rmtree(cache)


def tree_differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (content, or present on one side only)."""
    diffs: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        for name in sorted(cmp.left_only):
            if name not in IGNORED_NAMES:
                diffs.append(f"{prefix}{name} (only in the fresh build)")
        for name in sorted(cmp.right_only):
            if name not in IGNORED_NAMES:
                diffs.append(f"{prefix}{name} (only in generated/)")
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        diffs.extend(f"{prefix}{name} (content differs)" for name in sorted(mismatch + errors))
        for name, sub in sorted(cmp.subdirs.items()):
            if name not in IGNORED_NAMES:
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(str(expected), str(actual), ignore=list(IGNORED_NAMES)), "")
    return diffs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["generate", "check"])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--target", type=Path, default=ROOT / "generated")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix=".gen-", dir=ROOT) as tmp:
        fresh = Path(tmp) / "generated"
        build(args.spec, fresh)
        if args.mode == "check":
            if not args.target.is_dir():
                print(f"{args.target} does not exist; run `make generate`.")
                return 1
            diffs = tree_differences(fresh, args.target)
            if diffs:
                print(f"{args.target} is stale; run `make generate`. Differing files:")
                print("\n".join(f"  {d}" for d in diffs))
                return 1
            print(f"{args.target} is up to date.")
            return 0
        old = Path(tmp) / "previous"
        if args.target.exists():
            args.target.rename(old)
        fresh.rename(args.target)
        print(f"Regenerated {args.target} from {args.spec}.")
        return 0


if __name__ == "__main__":
    sys.exit(main())
