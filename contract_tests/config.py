"""Settings of a conformance run: environment and command line in, validated settings out.

Any problem found here is a configuration problem: `ConfigError` ends the run with exit 2.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
DEFAULT_SEED = 20240108
DEFAULT_RATE = 2.0  # requests per second against a live API
DEFAULT_MAX_SECONDS = 600.0
DEMO_TOKEN = "demo-admin-token"
DEMO_WORKSPACE = 1
# The variable the token is read from: schemathesis interpolates it, curl lines refer to it.
TOKEN_VAR = "AISQUARED_API_TOKEN"


class ConfigError(Exception):
    """A configuration or connectivity problem (exit 2)."""


@dataclass(frozen=True)
class Profile:
    """How much to generate: examples per operation and phase, and what may be sent."""

    name: str
    fuzzing_examples: int
    stateful_examples: int
    stateful_steps: int
    mode: Literal["positive", "negative", "all"] = "all"
    read_only: bool = False


PROFILES: dict[str, Profile] = {
    # `make test`: every phase, small budgets (about a minute against the mock on 2 cores).
    "ci": Profile("ci", fuzzing_examples=12, stateful_examples=15, stateful_steps=6),
    # `make conformance` against the embedded mock.
    "full": Profile("full", fuzzing_examples=60, stateful_examples=60, stateful_steps=10),
    # A live API, read-only: GET operations only, valid requests only unless negative is asked.
    # About 1,000 requests: 8-9 minutes at the default 2 requests per second.
    "live": Profile(
        "live", fuzzing_examples=20, stateful_examples=10, stateful_steps=6, read_only=True
    ),
    # A live API with writes opted in (dedicated workspace, clean-up afterwards).
    "live-writes": Profile(
        "live-writes", fuzzing_examples=25, stateful_examples=10, stateful_steps=6
    ),
}


@dataclass(frozen=True)
class Settings:
    """Everything a run needs. `base_url` is None when the embedded mock is to be started."""

    base_url: str | None
    token: str
    workspace_id: int
    profile: Profile
    seed: int = DEFAULT_SEED
    reports_dir: Path = ROOT / "reports"
    operations: tuple[str, ...] = ()
    max_examples: int | None = None
    rate: float | None = None
    max_seconds: float = DEFAULT_MAX_SECONDS
    negative: bool = True
    mock_faults: tuple[str, ...] = ()

    @property
    def live(self) -> bool:
        return self.base_url is not None

    @property
    def writes(self) -> bool:
        return not self.profile.read_only


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None
    if value <= 0:
        raise ConfigError(f"{name} must be positive, got {raw!r}")
    return value


def _workspace(env: Mapping[str, str], name: str) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        raise ConfigError(f"{name} is not set (the Workspace-Id every request needs)")
    if not raw.isdigit():
        raise ConfigError(f"{name} must be a numeric workspace id, got {raw!r}")
    return int(raw)


def _flag(env: Mapping[str, str], name: str) -> bool:
    return env.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def from_env(
    env: Mapping[str, str] | None = None,
    *,
    profile: str | None = None,
    seed: int = DEFAULT_SEED,
    reports_dir: Path | None = None,
    operations: tuple[str, ...] = (),
    max_examples: int | None = None,
    mock_faults: tuple[str, ...] = (),
) -> Settings:
    """Validate the environment (AISQUARED_*) and options into `Settings`."""
    env = os.environ if env is None else env
    base_url = env.get("AISQUARED_BASE_URL", "").strip().rstrip("/")
    reports = reports_dir or ROOT / "reports"
    if not base_url:
        name = profile or "full"
        if name not in ("ci", "full"):
            raise ConfigError(
                f"profile {name!r} needs AISQUARED_BASE_URL; the mock runs ci or full"
            )
        return Settings(
            base_url=None,
            token=DEMO_TOKEN,
            workspace_id=DEMO_WORKSPACE,
            profile=PROFILES[name],
            mock_faults=mock_faults,
            seed=seed,
            reports_dir=reports,
            operations=operations,
            max_examples=max_examples,
        )
    if mock_faults:
        raise ConfigError("--mock-fault applies to the embedded mock; unset AISQUARED_BASE_URL")
    if not base_url.startswith(("http://", "https://")):
        raise ConfigError(
            f"AISQUARED_BASE_URL must start with http:// or https://, got {base_url!r}"
        )
    token = env.get(TOKEN_VAR, "").strip()
    if not token:
        raise ConfigError(f"AISQUARED_BASE_URL is set but {TOKEN_VAR} is empty or missing")
    workspace = _workspace(env, "AISQUARED_WORKSPACE_ID")
    writes = _flag(env, "AISQUARED_CONFORMANCE_WRITES")
    if profile not in (None, "live", "live-writes"):
        raise ConfigError(f"profile {profile!r} is for the embedded mock; unset AISQUARED_BASE_URL")
    if writes or profile == "live-writes":
        if not writes:
            raise ConfigError("profile live-writes needs AISQUARED_CONFORMANCE_WRITES=1")
        # Writes only ever go to a workspace named for them, never the default one by accident.
        workspace = _workspace(env, "AISQUARED_CONFORMANCE_WORKSPACE_ID")
    return Settings(
        base_url=base_url,
        token=token,
        workspace_id=workspace,
        profile=PROFILES["live-writes" if writes else "live"],
        rate=_number(env, "AISQUARED_CONFORMANCE_RATE", DEFAULT_RATE),
        max_seconds=_number(env, "AISQUARED_CONFORMANCE_MAX_SECONDS", DEFAULT_MAX_SECONDS),
        negative=_flag(env, "AISQUARED_CONFORMANCE_NEGATIVE"),
        seed=seed,
        reports_dir=reports,
        operations=operations,
        max_examples=max_examples,
    )
