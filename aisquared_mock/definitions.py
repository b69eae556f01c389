"""Built-in connector definitions (the enabled lists of §2.4), never fetched remotely.

A few definitions carry realistic connection specifications with secret-flagged
properties; the rest share a generic one. Discovery and query results are derived
deterministically from the definition and the connector, never from the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

ICON_BASE = "https://raw.githubusercontent.com/Multiwoven/multiwoven/main/integrations/lib/multiwoven/integrations"
DATA_CATEGORIES = (
    "Data Warehouse",
    "Retail",
    "Data Lake",
    "Database",
    "Marketing Automation",
    "CRM",
    "Ad-Tech",
    "Team Collaboration",
    "Productivity Tools",
    "Payments",
    "File Storage",
    "HTTP",
    "Customer Support",
    "data",
)
AI_CATEGORY = "AI Model"
MASK = "*************"

DW, RD = "Data Warehouse", "Relational Database"
SOURCES: list[tuple[str, str, str | None]] = [
    ("Snowflake", DW, RD),
    ("Redshift", DW, RD),
    ("Bigquery", DW, RD),
    ("Postgresql", DW, RD),
    ("Databricks", DW, RD),
    ("SalesforceConsumerGoodsCloud", "Retail", RD),
    ("AwsAthena", DW, RD),
    ("Clickhouse", DW, RD),
    ("AmazonS3", "Data Lake", RD),
    ("MariaDB", DW, RD),
    ("Oracle", "Database", RD),
    ("DatabricksModel", AI_CATEGORY, "AI_ML Service"),
    ("AwsSagemakerModel", AI_CATEGORY, "AI_ML Service"),
    ("VertexModel", AI_CATEGORY, "AI_ML Service"),
    ("HttpModel", AI_CATEGORY, "AI_ML Service"),
    ("OpenAI", AI_CATEGORY, "LLM"),
    ("Sftp", "File Storage", RD),
    ("WatsonxAi", AI_CATEGORY, "AI_ML Service"),
    ("WatsonxData", DW, RD),
    ("Anthropic", AI_CATEGORY, "LLM"),
    ("AwsBedrockModel", AI_CATEGORY, "LLM"),
    ("GenericOpenAI", AI_CATEGORY, "LLM"),
    ("IntuitQuickBooks", DW, RD),
    ("PineconeDB", "Database", "Vector Database"),
    ("Qdrant", "Database", "Vector Database"),
    ("Firecrawl", DW, "Web Scraper"),
    ("Odoo", "Database", None),
    ("GoogleDrive", "File Storage", None),
    ("Http", DW, RD),
]
DESTINATIONS: list[tuple[str, str]] = [
    ("Klaviyo", "Marketing Automation"),
    ("SalesforceCrm", "CRM"),
    ("FacebookCustomAudience", "Ad-Tech"),
    ("Slack", "Team Collaboration"),
    ("Hubspot", "CRM"),
    ("GoogleSheets", "Productivity Tools"),
    ("Airtable", "Productivity Tools"),
    ("Stripe", "Payments"),
    ("SalesforceConsumerGoodsCloud", "Retail"),
    ("Sftp", "File Storage"),
    ("Postgresql", "Database"),
    ("Zendesk", "Customer Support"),
    ("Http", "HTTP"),
    ("Iterable", "Marketing Automation"),
    ("MariaDB", "Database"),
    ("DatabricksLakehouse", "Database"),
    ("Oracle", "Database"),
    ("MicrosoftExcel", "Database"),
    ("MicrosoftSql", "Database"),
    ("Mailchimp", "Marketing Automation"),
    ("AISDataStore", "Database"),
    ("AmazonS3", "File Storage"),
    ("MicrosoftDynamics", "CRM"),
    ("Qdrant", "Database"),
    ("PineconeDB", "Database"),
    ("Odoo", "Database"),
]


def _secret(title: str) -> dict[str, Any]:
    return {"type": "string", "title": title, "multiwoven_secret": True}


def _text(title: str) -> dict[str, Any]:
    return {"type": "string", "title": title}


def _spec(title: str, required: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": title,
        "type": "object",
        "required": required,
        "properties": properties,
    }


_DB_CREDENTIALS = {
    "type": "object",
    "title": "",
    "required": ["auth_type", "username", "password"],
    "properties": {
        "auth_type": {"type": "string", "default": "username/password", "readOnly": True},
        "username": _text("Username"),
        "password": _secret("Password"),
    },
}
_WAREHOUSE = {
    "credentials": _DB_CREDENTIALS,
    "host": _text("Host"),
    "port": _text("Port"),
    "database": _text("Database"),
    "schema": _text("Schema"),
}
CONNECTION_SPECS: dict[tuple[str, str], dict[str, Any]] = {
    ("source", "Postgresql"): _spec(
        "Postgresql", ["host", "port", "database", "schema"], _WAREHOUSE
    ),
    ("destination", "Postgresql"): _spec(
        "Postgresql", ["host", "port", "database", "schema"], _WAREHOUSE
    ),
    ("source", "Redshift"): _spec("Redshift", ["host", "port", "database", "schema"], _WAREHOUSE),
    ("source", "Snowflake"): _spec(
        "Snowflake",
        ["credentials", "host", "warehouse", "database", "schema"],
        {
            "credentials": _DB_CREDENTIALS,
            "host": _text("Account URL"),
            "warehouse": _text("Warehouse"),
            "database": _text("Database"),
            "schema": _text("Schema"),
        },
    ),
    ("source", "OpenAI"): _spec(
        "OpenAI Endpoint",
        ["api_key", "request_format", "response_format"],
        {
            "url": {
                "type": "string",
                "title": "URL",
                "default": "https://api.openai.com/v1/chat/completions",
            },
            "api_key": _secret("API Key"),
            "is_stream": {"type": "boolean", "title": "Streaming", "default": False},
            "request_format": _text("Request Format"),
            "response_format": _text("Response Format"),
        },
    ),
    ("source", "Anthropic"): _spec("Anthropic", ["api_key"], {"api_key": _secret("API Key")}),
    ("destination", "Klaviyo"): _spec(
        "Klaviyo", ["private_api_key"], {"private_api_key": _secret("Private API Key")}
    ),
    ("destination", "Slack"): _spec(
        "Slack",
        ["api_token", "channel_id"],
        {
            "api_token": {"type": "string", "title": "API Token", "secret": True},
            "channel_id": _text("Channel ID"),
        },
    ),
    ("destination", "Hubspot"): _spec(
        "Hubspot",
        ["credentials"],
        {
            "credentials": {
                "type": "object",
                "required": ["auth_type", "access_token"],
                "properties": {
                    "auth_type": {"type": "string", "default": "api_key"},
                    "access_token": _secret("Access Token"),
                },
            }
        },
    ),
    ("destination", "Stripe"): _spec("Stripe", ["api_key"], {"api_key": _secret("API Key")}),
}


def _generic_spec(name: str) -> dict[str, Any]:
    return _spec(name, ["api_key"], {"api_key": _secret("API Key"), "base_url": _text("Base URL")})


def folder(name: str) -> str:
    """`DatabricksModel` -> `databricks_model`, the integrations library's folder name."""
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text).lower()


@dataclass(frozen=True)
class Definition:
    name: str
    connector_type: str
    category: str
    sub_category: str | None
    document: dict[str, Any]

    @property
    def connection_specification(self) -> dict[str, Any]:
        spec: dict[str, Any] = self.document["connector_spec"]["connection_specification"]
        return spec

    @property
    def icon(self) -> str:
        return str(self.document["icon"])


def _query_type(name: str, category: str, sub_category: str | None) -> str:
    if sub_category == "Vector Database":
        return "vector_search"
    if category == AI_CATEGORY:
        return "ai_ml"
    if name.startswith("Salesforce"):
        return "soql"
    return "raw_sql"


def _build(name: str, kind: str, category: str, sub_category: str | None) -> Definition:
    slug = folder(name)
    doc_kind = "sources" if kind == "source" else "destinations"
    connector_spec: dict[str, Any] = {
        "documentation_url": f"https://docs.squared.ai/guides/{doc_kind}/{slug}",
        "connection_specification": CONNECTION_SPECS.get((kind, name)) or _generic_spec(name),
        "supports_normalization": False,
        "supports_dbt": False,
        "stream_type": "dynamic" if kind == "source" else "static",
    }
    if kind == "destination":
        connector_spec["supported_destination_sync_modes"] = ["insert", "update"]
    else:
        connector_spec["connector_query_type"] = _query_type(name, category, sub_category)
    doc: dict[str, Any] = {
        "name": name,
        "title": re.sub(r"([a-z])([A-Z])", r"\1 \2", name),
        "connector_type": kind,
        "category": category,
    }
    if sub_category is not None:
        doc["sub_category"] = sub_category
    doc.update(
        {
            "documentation_url": f"https://docs.squared.ai/guides/{doc_kind}/{slug}",
            "github_issue_label": f"{kind}-{slug.replace('_', '-')}",
            "icon": f"{ICON_BASE}/{kind}/{slug}/icon.svg",
            "license": "MIT",
            "release_stage": "alpha",
            "support_level": "community",
            "tags": ["language:ruby", "multiwoven"],
            "connector_spec": connector_spec,
        }
    )
    return Definition(name, kind, category, sub_category, doc)


DEFINITIONS: dict[str, list[Definition]] = {
    "source": [_build(n, "source", c, s) for n, c, s in SOURCES],
    "destination": [_build(n, "destination", c, None) for n, c in DESTINATIONS],
}
_BY_NAME: dict[tuple[str, str], Definition] = {
    (kind, d.name): d for kind, defs in DEFINITIONS.items() for d in defs
}


def find(kind: str, name: str) -> Definition | None:
    """Exact (case-sensitive) lookup, as the enabled-name contract rule does."""
    return _BY_NAME.get((kind, name))


def find_ci(kind: str, name: str) -> Definition | None:
    lowered = name.lower()
    for d in DEFINITIONS.get(kind, []):
        if d.name.lower() == lowered:
            return d
    return None


def category_matches(category_filter: str, category: str) -> bool:
    if category_filter == "data":
        return category in DATA_CATEGORIES
    if category_filter == "ai_ml":
        return category == AI_CATEGORY
    return category == category_filter


def secret_paths(schema: dict[str, Any]) -> dict[str, Any]:
    """A tree of the secret-flagged property names of a connection specification."""
    tree: dict[str, Any] = {}
    for key, prop in (schema.get("properties") or {}).items():
        if not isinstance(prop, dict):
            continue
        if prop.get("multiwoven_secret") or prop.get("secret"):
            tree[key] = True
        elif prop.get("properties"):
            sub = secret_paths(prop)
            if sub:
                tree[key] = sub
    return tree


def mask(value: Any, secrets: dict[str, Any]) -> Any:
    """Replace every secret property by `*************` at any depth."""
    if isinstance(value, list):
        return [mask(v, secrets) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, item in value.items():
        rule = secrets.get(key)
        if rule is True:
            out[key] = MASK
        elif isinstance(rule, dict):
            out[key] = mask(item, rule)
        else:
            out[key] = item
    return out


def missing_required(schema: dict[str, Any], value: Any, prefix: str = "") -> list[str]:
    """Required keys of `schema` absent from `value`, at any depth (dotted names)."""
    if not isinstance(value, dict):
        return [prefix.rstrip(".") or "connection_spec"]
    missing: list[str] = []
    for key in schema.get("required") or []:
        if key not in value or value[key] in (None, ""):
            missing.append(prefix + key)
    for key, prop in (schema.get("properties") or {}).items():
        if isinstance(prop, dict) and prop.get("required") and isinstance(value.get(key), dict):
            missing.extend(missing_required(prop, value[key], f"{prefix}{key}."))
    return missing


def derived_categories(
    connector_type: str, connector_name: str, configuration: Any
) -> tuple[str, str]:
    """Category and sub-category a save derives from the definition (§1)."""
    definition = find(connector_type, connector_name)
    category = definition.category if definition else "data"
    sub = (definition.sub_category if definition else None) or "database"
    if isinstance(configuration, dict) and configuration.get("data_type") == "vector":
        sub = "Vector Database"
    return category, sub
