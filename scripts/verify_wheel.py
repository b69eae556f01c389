"""Prove the built wheel installs into a clean virtual environment and imports.

Checks the wheel's file name carries the spec's ``info.version``, installs it (with its
dependencies) into a throw-away venv, imports ``ai_squared_client`` and compares the installed
distribution's version.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
UV = str(Path(sys.executable).parent / "uv")


def spec_version() -> str:
    """``info.version`` of openapi.yaml."""
    with (ROOT / "openapi.yaml").open(encoding="utf-8") as fh:
        return str(yaml.safe_load(fh)["info"]["version"])


def main(dist: str) -> int:
    version = spec_version()
    wheel = Path(dist) / f"ai_squared_client-{version}-py3-none-any.whl"
    if not wheel.is_file():
        found = ", ".join(p.name for p in Path(dist).glob("*.whl")) or "nothing"
        print(f"expected {wheel}, found {found}")
        return 1
    with tempfile.TemporaryDirectory(prefix="wheel-check-") as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([UV, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
        python = str(venv / "bin" / "python")
        subprocess.run(
            [UV, "pip", "install", "--quiet", "--python", python, str(wheel)], check=True
        )
        probe = (
            "import importlib.metadata as m, ai_squared_client as c;"
            "from ai_squared_client import AuthenticatedClient;"
            "print(m.version('ai-squared-client'))"
        )
        out = subprocess.run(
            [python, "-I", "-c", probe], check=True, capture_output=True, text=True, cwd=tmp
        )
    installed = out.stdout.strip()
    if installed != version:
        print(f"installed version {installed} != spec version {version}")
        return 1
    print(f"{wheel.name}: installs into a clean venv and imports (version {installed}).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist"))
