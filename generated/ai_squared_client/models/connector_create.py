from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connector_type import ConnectorType
from ..types import UNSET, Unset

_ConnectorType_member = ConnectorType._value2member_map_.get


T = TypeVar("T", bound="ConnectorCreate")

_KNOWN_KEYS = frozenset(
    (
        "name",
        "connector_type",
        "connector_name",
        "configuration",
        "description",
    )
)


@_attrs_define
class ConnectorCreate:
    """
    Attributes:
        name (str): Unique per connector type within the workspace.
        connector_type (ConnectorType): Whether a connector reads (source) or writes (destination).
        connector_name (str): An enabled connector definition of that type (case-sensitive), e.g. `Postgresql`; see
            SourceConnectorName and DestinationConnectorName.
        configuration (ConnectorCreateConfiguration): Settings valid against the definition's
            `connection_specification`.
        description (None | str | Unset):
    """

    name: str
    connector_type: ConnectorType
    connector_name: str
    configuration: ConnectorCreateConfiguration
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        connector_type = self.connector_type.value

        connector_name = self.connector_name

        configuration = dict(self.configuration)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "connector_type": connector_type,
                "connector_name": connector_name,
                "configuration": configuration,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        connector_type = _ConnectorType_member(d["connector_type"]) or ConnectorType(d["connector_type"])

        connector_name = d["connector_name"]

        configuration = dict(d["configuration"])

        description = d.get("description", UNSET)

        connector_create = cls(
            name,
            connector_type,
            connector_name,
            configuration,
            description,
        )

        if len(d) > 4:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            connector_create.additional_properties = extra
        return connector_create

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


from ..models.connector_create_configuration import ConnectorCreateConfiguration  # noqa: E402
