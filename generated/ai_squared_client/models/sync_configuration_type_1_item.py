"""A free-form JSON object, parsed as a plain ``dict[str, Any]`` (a copy of the source mapping)."""

from typing import Any, TypeAlias

SyncConfigurationType1Item: TypeAlias = dict[str, Any]
