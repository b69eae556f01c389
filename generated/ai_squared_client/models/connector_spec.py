from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connector_spec_connector_query_type import ConnectorSpecConnectorQueryType
from ..models.connector_spec_stream_type import ConnectorSpecStreamType
from ..types import UNSET, Unset

_ConnectorSpecConnectorQueryType_member = ConnectorSpecConnectorQueryType._value2member_map_.get
_ConnectorSpecStreamType_member = ConnectorSpecStreamType._value2member_map_.get


T = TypeVar("T", bound="ConnectorSpec")

_KNOWN_KEYS = frozenset(
    (
        "documentation_url",
        "connection_specification",
        "supports_normalization",
        "supports_dbt",
        "stream_type",
        "changelog_url",
        "supported_destination_sync_modes",
        "connector_query_type",
    )
)


@_attrs_define
class ConnectorSpec:
    """
    Attributes:
        documentation_url (str):
        connection_specification (ConnectorSpecConnectionSpecification): A JSON Schema of the connector's
            `configuration`; secret fields are flagged.
        supports_normalization (bool):
        supports_dbt (bool):
        stream_type (ConnectorSpecStreamType):
        changelog_url (str | Unset):
        supported_destination_sync_modes (list[str] | Unset):
        connector_query_type (ConnectorSpecConnectorQueryType | Unset):
    """

    documentation_url: str
    connection_specification: ConnectorSpecConnectionSpecification
    supports_normalization: bool
    supports_dbt: bool
    stream_type: ConnectorSpecStreamType
    changelog_url: str | Unset = UNSET
    supported_destination_sync_modes: list[str] | Unset = UNSET
    connector_query_type: ConnectorSpecConnectorQueryType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        documentation_url = self.documentation_url

        connection_specification = dict(self.connection_specification)

        supports_normalization = self.supports_normalization

        supports_dbt = self.supports_dbt

        stream_type = self.stream_type.value

        changelog_url = self.changelog_url

        supported_destination_sync_modes: list[str] | Unset = UNSET
        if not isinstance(self.supported_destination_sync_modes, Unset):
            supported_destination_sync_modes = self.supported_destination_sync_modes

        connector_query_type: str | Unset = UNSET
        if not isinstance(self.connector_query_type, Unset):
            connector_query_type = self.connector_query_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentation_url": documentation_url,
                "connection_specification": connection_specification,
                "supports_normalization": supports_normalization,
                "supports_dbt": supports_dbt,
                "stream_type": stream_type,
            }
        )
        if changelog_url is not UNSET:
            field_dict["changelog_url"] = changelog_url
        if supported_destination_sync_modes is not UNSET:
            field_dict["supported_destination_sync_modes"] = supported_destination_sync_modes
        if connector_query_type is not UNSET:
            field_dict["connector_query_type"] = connector_query_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        documentation_url = d["documentation_url"]

        connection_specification = dict(d["connection_specification"])

        supports_normalization = d["supports_normalization"]

        supports_dbt = d["supports_dbt"]

        stream_type = _ConnectorSpecStreamType_member(d["stream_type"]) or ConnectorSpecStreamType(d["stream_type"])

        changelog_url = d.get("changelog_url", UNSET)

        supported_destination_sync_modes = cast(list[str], d.get("supported_destination_sync_modes", UNSET))

        _connector_query_type = d.get("connector_query_type", UNSET)
        connector_query_type: ConnectorSpecConnectorQueryType | Unset
        if isinstance(_connector_query_type, Unset):
            connector_query_type = UNSET
        else:
            connector_query_type = _ConnectorSpecConnectorQueryType_member(
                _connector_query_type
            ) or ConnectorSpecConnectorQueryType(_connector_query_type)

        connector_spec = cls(
            documentation_url,
            connection_specification,
            supports_normalization,
            supports_dbt,
            stream_type,
            changelog_url,
            supported_destination_sync_modes,
            connector_query_type,
        )

        if len(d) > 5:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            connector_spec.additional_properties = extra
        return connector_spec

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


from ..models.connector_spec_connection_specification import ConnectorSpecConnectionSpecification  # noqa: E402
