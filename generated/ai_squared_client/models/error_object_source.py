"""Where the error comes from: `{"pointer": "/request/payload"}`, or on failed saves
one message per attribute.

A free-form JSON object, parsed as a plain ``dict[str, Any]`` (a copy of the source mapping).
"""

from typing import Any, TypeAlias

ErrorObjectSource: TypeAlias = dict[str, Any]
