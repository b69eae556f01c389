"""Present on a model's connector only; secrets masked.

A free-form JSON object, parsed as a plain ``dict[str, Any]`` (a copy of the source mapping).
"""

from typing import Any, TypeAlias

ConnectorSummaryConfiguration: TypeAlias = dict[str, Any]
