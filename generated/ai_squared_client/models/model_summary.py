from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_type import QueryType

_QueryType_member = QueryType._value2member_map_.get
_datetime_fromisoformat = datetime.datetime.fromisoformat


T = TypeVar("T", bound="ModelSummary")

_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "description",
        "query",
        "query_type",
        "configuration",
        "primary_key",
        "created_at",
        "updated_at",
        "connector",
    )
)


@_attrs_define
class ModelSummary:
    """A model embedded in a sync.

    Attributes:
        id (int):
        name (str):
        description (None | str):
        query (None | str):
        query_type (None | QueryType):
        configuration (ModelSummaryConfigurationType0 | None):
        primary_key (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        connector (ConnectorSummary): A connector embedded in a model or sync (no `configuration` inside syncs).
    """

    id: int
    name: str
    description: None | str
    query: None | str
    query_type: None | QueryType
    configuration: ModelSummaryConfigurationType0 | None
    primary_key: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    connector: ConnectorSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        query: None | str
        query = self.query

        query_type: None | str
        if isinstance(self.query_type, QueryType):
            query_type = self.query_type.value
        else:
            query_type = self.query_type

        configuration: dict[str, Any] | None
        if isinstance(self.configuration, dict):
            configuration = dict(self.configuration)
        else:
            configuration = self.configuration

        primary_key: None | str
        primary_key = self.primary_key

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        connector = self.connector.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "query": query,
                "query_type": query_type,
                "configuration": configuration,
                "primary_key": primary_key,
                "created_at": created_at,
                "updated_at": updated_at,
                "connector": connector,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        description = d["description"]

        query = d["query"]

        _query_type_raw = d["query_type"]
        query_type: None | QueryType
        if _query_type_raw is None:
            query_type = _query_type_raw
        else:
            if isinstance(_query_type_raw, str):
                try:
                    query_type_type_0 = _QueryType_member(_query_type_raw) or QueryType(_query_type_raw)

                    query_type = query_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    query_type = _query_type_raw
            else:
                query_type = _query_type_raw

        _configuration_raw = d["configuration"]
        configuration: ModelSummaryConfigurationType0 | None
        if _configuration_raw is None:
            configuration = _configuration_raw
        else:
            if isinstance(_configuration_raw, dict):
                try:
                    configuration_type_0 = dict(_configuration_raw)

                    configuration = configuration_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    configuration = _configuration_raw
            else:
                configuration = _configuration_raw

        primary_key = d["primary_key"]

        created_at = _datetime_fromisoformat(d["created_at"])

        updated_at = _datetime_fromisoformat(d["updated_at"])

        connector = ConnectorSummary.from_dict(d["connector"])

        model_summary = cls(
            id,
            name,
            description,
            query,
            query_type,
            configuration,
            primary_key,
            created_at,
            updated_at,
            connector,
        )

        if len(d) > 10:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            model_summary.additional_properties = extra
        return model_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    if not TYPE_CHECKING:  # hidden from type checkers, which would allow any attribute name

        def __getattr__(self, name: str) -> Any:
            """Called only for an unset slot: makes ``additional_properties`` on first access."""
            if name == "additional_properties":
                value: dict[str, Any] = {}
                self.additional_properties = value
                return value
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self)


from ..models.connector_summary import ConnectorSummary  # noqa: E402
from ..models.model_summary_configuration_type_0 import ModelSummaryConfigurationType0  # noqa: E402
