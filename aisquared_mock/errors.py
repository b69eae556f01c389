"""Error envelopes of the real server (server-behavior.md §0.5) as one exception type."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.responses import Response

JSON_TYPE = "application/json; charset=utf-8"


class ApiError(Exception):
    """An error answer: raising it anywhere in a handler ends the request with `body`."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(status, body)
        self.status = status
        self.body = body

    def response(self) -> Response:
        return Response(orjson.dumps(self.body), status_code=self.status, media_type=JSON_TYPE)


def render_error(status: int, detail: str, source: dict[str, str] | None = None) -> ApiError:
    """Envelope A: `{"errors":[{"status":n,"title":"Error","detail":...}]}`."""
    item: dict[str, Any] = {"status": status, "title": "Error", "detail": detail}
    if source is not None:
        item["source"] = source
    return ApiError(status, {"errors": [item]})


def bad_request(message: str) -> ApiError:
    """Envelope B: the catch-all for an unexpected error inside the action."""
    detail = f"There was a problem with the request format: {message}"
    item = {
        "status": 400,
        "title": "Bad Request",
        "detail": detail,
        "source": {"pointer": "/request/payload"},
    }
    return ApiError(400, {"errors": [item]})


def contract_failure(errors: dict[str, Any]) -> ApiError:
    """Envelope C: dry-validation errors nested like the input."""
    return ApiError(400, {"errors": errors})


def record_not_found(model: str, record_id: Any, where: str) -> ApiError:
    """Envelope D: Rails' RecordNotFound text, e.g. `Couldn't find Model with 'id'=99 [...]`."""
    return ApiError(404, {"error": f"Couldn't find {model} with 'id'={record_id} [WHERE {where}]"})


def param_missing(key: str) -> ApiError:
    """Envelope E: an empty wrapper object (`{"connector": {}}`)."""
    return ApiError(422, {"error": f"param is missing or the value is empty: {key}"})


REASONS = {
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    413: "Payload Too Large",
    500: "Internal Server Error",
}


def generic(status: int) -> ApiError:
    """Envelope F: Rails' own `{"status": n, "error": "<reason phrase>"}`."""
    return ApiError(status, {"status": status, "error": REASONS.get(status, "Error")})


UNAUTHORIZED = render_error(401, "Unauthorized")
FORBIDDEN = render_error(403, "You are not authorized to do this action")
WORKSPACE_NOT_FOUND = bad_request("Workspace not found")
