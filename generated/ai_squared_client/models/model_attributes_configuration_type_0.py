"""For `ai_ml` models `json_schema` comes from the connector's catalog.

A free-form JSON object, parsed as a plain ``dict[str, Any]`` (a copy of the source mapping).
"""

from typing import Any, TypeAlias

ModelAttributesConfigurationType0: TypeAlias = dict[str, Any]
