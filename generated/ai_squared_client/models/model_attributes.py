from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_type import QueryType

if TYPE_CHECKING:
    from ..models.connector_summary import ConnectorSummary
    from ..models.model_attributes_configuration_type_0 import ModelAttributesConfigurationType0


T = TypeVar("T", bound="ModelAttributes")


@_attrs_define
class ModelAttributes:
    """
    Attributes:
        name (str):
        description (None | str):
        query (None | str):
        query_type (None | QueryType):
        configuration (ModelAttributesConfigurationType0 | None): For `ai_ml` models `json_schema` comes from the
            connector's catalog.
        primary_key (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        connector (ConnectorSummary): A connector embedded in a model or sync (no `configuration` inside syncs).
    """

    name: str
    description: None | str
    query: None | str
    query_type: None | QueryType
    configuration: ModelAttributesConfigurationType0 | None
    primary_key: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    connector: ConnectorSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_attributes_configuration_type_0 import ModelAttributesConfigurationType0  # noqa: PLC0415

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
        if isinstance(self.configuration, ModelAttributesConfigurationType0):
            configuration = self.configuration.to_dict()
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
        from ..models.connector_summary import ConnectorSummary  # noqa: PLC0415
        from ..models.model_attributes_configuration_type_0 import ModelAttributesConfigurationType0  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_query(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        query = _parse_query(d.pop("query"))

        def _parse_query_type(data: object) -> None | QueryType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                query_type_type_0 = QueryType(data)

                return query_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QueryType, data)

        query_type = _parse_query_type(d.pop("query_type"))

        def _parse_configuration(data: object) -> ModelAttributesConfigurationType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_0 = ModelAttributesConfigurationType0.from_dict(data)

                return configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelAttributesConfigurationType0 | None, data)

        configuration = _parse_configuration(d.pop("configuration"))

        def _parse_primary_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        primary_key = _parse_primary_key(d.pop("primary_key"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        connector = ConnectorSummary.from_dict(d.pop("connector"))

        model_attributes = cls(
            name=name,
            description=description,
            query=query,
            query_type=query_type,
            configuration=configuration,
            primary_key=primary_key,
            created_at=created_at,
            updated_at=updated_at,
            connector=connector,
        )

        model_attributes.additional_properties = d
        return model_attributes

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
