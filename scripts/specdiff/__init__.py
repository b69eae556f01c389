"""Semantic diff of two OpenAPI documents, classified by the client version bump it needs."""

from specdiff.model import Change, Kind
from specdiff.operations import diff_specs

__all__ = ["Change", "Kind", "diff_specs"]
