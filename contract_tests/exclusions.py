"""Checks switched off for some operations, each because the check is wrong for this API.

Every entry is narrow (named operations, one check) and carries its reason; the reason is
written into the generated schemathesis.toml and into reports/conformance.md.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Exclusion:
    check: str
    operations: tuple[str, ...]
    reason: str


EXCLUSIONS: tuple[Exclusion, ...] = (
    Exclusion(
        "unsupported_method",
        (),
        "The server routes with Rails: a method a path does not declare answers the generic "
        "404 `{status, error}` (server-behavior 0.1/0.5 F), never 405 with `Allow`.",
    ),
)

# Write operations whose schema-valid requests the server may still refuse for reasons the
# spec cannot express as schema (a connector's connection specification, catalog streams,
# uniqueness, cron syntax, run state, an ai_ml model on a connector without catalog, which the
# server answers with 400). For these `positive_data_acceptance` also accepts the documented
# refusal statuses listed here. Rules the spec can express (enabled connector names per type,
# model primary_key/query/configuration by query type, interval fields) are in openapi.yaml
# as if/then schemas, so createConnector, updateConnector and checkConnection accept no 400.
SEMANTIC_REFUSALS: dict[str, tuple[int, ...]] = {
    "createConnector": (422,),
    "updateConnector": (422,),
    "queryConnectorSource": (400, 422),
    "createModel": (400, 422),
    "updateModel": (400, 422),
    "createCatalog": (400, 422),
    "updateCatalog": (400, 422),
    "createSync": (400, 422),
    "updateSync": (400, 422),
    "triggerSync": (424,),
    "cancelSync": (424,),
}
SEMANTIC_REFUSALS_REASON = (
    "schema-valid but refused by server-side rules the spec documents in prose: connection "
    "specifications, catalog streams, uniqueness, cron syntax, run state, ai_ml models on "
    "connectors without catalog"
)
# One more narrowing lives in st_hooks.filter_failure, because it needs the response body: the
# server's 400 for reading an ai_ml model whose connector has no catalog (server-behavior §3)
# is not counted as a rejected valid request.
