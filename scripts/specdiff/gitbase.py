"""Loading the spec from the work tree and from a git ref."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


class SpecError(RuntimeError):
    """A git ref or spec file that cannot be used."""


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)


def _has_commit(ref: str, cwd: Path) -> bool:
    return _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd).returncode == 0


def default_base(cwd: Path) -> str:
    """The last release tag (``v*``) reachable from HEAD, else ``origin/main``, else ``HEAD``."""
    described = _git(["describe", "--tags", "--abbrev=0", "--match", "v*"], cwd)
    if described.returncode == 0 and described.stdout.strip():
        return described.stdout.strip()
    if _has_commit("origin/main", cwd):
        return "origin/main"
    return "HEAD"


def parse_spec(text: str, origin: str) -> dict[str, Any]:
    """Parse YAML/JSON ``text``; it must be a mapping."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SpecError(f"{origin}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise SpecError(f"{origin}: not an OpenAPI document (top level is not a mapping)")
    return data


def spec_at(ref: str, spec: Path, cwd: Path) -> dict[str, Any] | None:
    """``spec`` as committed at ``ref``; ``None`` when the file (or any commit) does not exist."""
    if not _has_commit(ref, cwd):
        if ref == "HEAD":  # a repository without commits has no base yet
            return None
        raise SpecError(f"unknown git ref {ref!r}")
    relative = spec.resolve().relative_to(cwd.resolve()) if spec.is_absolute() else spec
    shown = _git(["show", f"{ref}:./{relative.as_posix()}"], cwd)
    if shown.returncode != 0:
        if "does not exist" in shown.stderr or "exists on disk, but not in" in shown.stderr:
            return None
        raise SpecError(f"git show {ref}:{relative}: {shown.stderr.strip()}")
    return parse_spec(shown.stdout, f"{ref}:{relative}")


@dataclass(frozen=True)
class SpecPair:
    """The base and work-tree versions of the spec."""

    base_ref: str
    old: dict[str, Any] | None
    new: dict[str, Any]

    @property
    def old_version(self) -> str | None:
        """``info.version`` at the base, if any."""
        return None if self.old is None else _version(self.old)

    @property
    def new_version(self) -> str | None:
        """``info.version`` in the work tree."""
        return _version(self.new)


def _version(spec: dict[str, Any]) -> str | None:
    info = spec.get("info")
    version = info.get("version") if isinstance(info, dict) else None
    return None if version is None else str(version)


def load_pair(spec: Path, base: str | None = None, cwd: Path | None = None) -> SpecPair:
    """Read the work-tree ``spec`` and its version at ``base`` (default: :func:`default_base`)."""
    cwd = cwd or Path.cwd()
    path = spec if spec.is_absolute() else cwd / spec
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"cannot read {spec}: {exc.strerror}") from exc
    ref = base or default_base(cwd)
    return SpecPair(ref, spec_at(ref, spec, cwd), parse_spec(text, str(spec)))
