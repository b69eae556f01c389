"""Required for dynamic_sql, ai_ml, unstructured and vector_search.

A free-form JSON object, parsed as a plain ``dict[str, Any]`` (a copy of the source mapping).
"""

from typing import Any, TypeAlias

ModelCreateConfiguration: TypeAlias = dict[str, Any]
