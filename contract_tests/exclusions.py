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

# Write operations whose schema-valid requests the server may still refuse for reasons no
# schema can express (names of enabled connector definitions, a connector's connection
# specification, catalog streams, uniqueness, schedule-dependent fields, run state). For these
# `positive_data_acceptance` also accepts the documented refusal statuses listed here.
SEMANTIC_REFUSALS: dict[str, tuple[int, ...]] = {
    "createConnector": (400, 422),
    "updateConnector": (400, 422),
    "queryConnectorSource": (400, 422),
    "checkConnection": (400,),
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
    "schema-valid but refused by server-side rules the spec documents in prose: definition "
    "names, connection specifications, catalog streams, uniqueness, schedule fields, run state"
)
