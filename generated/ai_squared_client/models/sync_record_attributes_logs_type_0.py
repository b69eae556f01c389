"""The destination's log for this record (e.g. request and response), for records
written one at a time; null for batch writes. Not limited to failures.

A free-form JSON object, parsed as a plain ``dict[str, Any]`` (a copy of the source mapping).
"""

from typing import Any, TypeAlias

SyncRecordAttributesLogsType0: TypeAlias = dict[str, Any]
