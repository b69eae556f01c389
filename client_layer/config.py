"""Client settings: defaults, environment variables and the User-Agent string."""

from __future__ import annotations

import os
import platform
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

from .errors import ConfigurationError

DEFAULT_BASE_URL = "https://api.squared.ai"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
ENV_BASE_URL = "AISQUARED_BASE_URL"
ENV_TOKEN = "AISQUARED_API_TOKEN"
ENV_WORKSPACE_ID = "AISQUARED_WORKSPACE_ID"


@dataclass(frozen=True, slots=True)
class EnvSettings:
    """What :func:`settings_from_env` found."""

    base_url: str
    token: str
    workspace_id: int | None


def settings_from_env(environ: Mapping[str, str] | None = None) -> EnvSettings:
    """Read ``AISQUARED_BASE_URL``, ``AISQUARED_API_TOKEN`` and ``AISQUARED_WORKSPACE_ID``."""
    env = os.environ if environ is None else environ
    token = env.get(ENV_TOKEN, "").strip()
    if not token:
        raise ConfigurationError(
            f"{ENV_TOKEN} is not set: export it with an AI Squared API token "
            "(or pass token= to the client)"
        )
    raw_workspace = env.get(ENV_WORKSPACE_ID, "").strip()
    workspace_id: int | None = None
    if raw_workspace:
        if not raw_workspace.isdigit():
            raise ConfigurationError(f"{ENV_WORKSPACE_ID} must be an integer workspace id")
        workspace_id = int(raw_workspace)
    base_url = env.get(ENV_BASE_URL, "").strip() or DEFAULT_BASE_URL
    return EnvSettings(base_url=base_url, token=token, workspace_id=workspace_id)


def user_agent(version: str) -> str:
    """``ai-squared-client/<version> python/<version> httpx/<version>``."""
    return (
        f"ai-squared-client/{version} python/{platform.python_version()} httpx/{httpx.__version__}"
    )
