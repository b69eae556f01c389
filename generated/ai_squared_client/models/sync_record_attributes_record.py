"""The source row as extracted; keys and value types follow the model.

A free-form JSON object, parsed as a plain ``dict[str, Any]`` (a copy of the source mapping).
"""

from typing import Any, TypeAlias

SyncRecordAttributesRecord: TypeAlias = dict[str, Any]
