"""Settings valid against the definition's `connection_specification`.

A free-form JSON object, parsed as a plain ``dict[str, Any]`` (a copy of the source mapping).
"""

from typing import Any, TypeAlias

ConnectorCreateConfiguration: TypeAlias = dict[str, Any]
