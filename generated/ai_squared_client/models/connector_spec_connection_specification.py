"""A JSON Schema of the connector's `configuration`; secret fields are flagged.

A free-form JSON object, parsed as a plain ``dict[str, Any]`` (a copy of the source mapping).
"""

from typing import Any, TypeAlias

ConnectorSpecConnectionSpecification: TypeAlias = dict[str, Any]
