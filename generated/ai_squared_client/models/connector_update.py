from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connector_type import ConnectorType
from ..types import UNSET, Unset

_ConnectorType_member = ConnectorType._value2member_map_.get


T = TypeVar("T", bound="ConnectorUpdate")

_KNOWN_KEYS = frozenset(
    (
        "name",
        "connector_type",
        "connector_name",
        "configuration",
        "description",
        "workspace_id",
    )
)


@_attrs_define
class ConnectorUpdate:
    """
    Attributes:
        name (str | Unset):
        connector_type (ConnectorType | Unset): Whether a connector reads (source) or writes (destination).
        connector_name (str | Unset): Checked against the enabled definitions only when `connector_type` is sent too.
        configuration (ConnectorUpdateConfiguration | Unset):
        description (None | str | Unset):
        workspace_id (int | Unset): Moves the connector to this (existing) workspace.
    """

    name: str | Unset = UNSET
    connector_type: ConnectorType | Unset = UNSET
    connector_name: str | Unset = UNSET
    configuration: ConnectorUpdateConfiguration | Unset = UNSET
    description: None | str | Unset = UNSET
    workspace_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        connector_type: str | Unset = UNSET
        if not isinstance(self.connector_type, Unset):
            connector_type = self.connector_type.value

        connector_name = self.connector_name

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = dict(self.configuration)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if connector_type is not UNSET:
            field_dict["connector_type"] = connector_type
        if connector_name is not UNSET:
            field_dict["connector_name"] = connector_name
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if description is not UNSET:
            field_dict["description"] = description
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        _connector_type = d.get("connector_type", UNSET)
        connector_type: ConnectorType | Unset
        if isinstance(_connector_type, Unset):
            connector_type = UNSET
        else:
            connector_type = _ConnectorType_member(_connector_type) or ConnectorType(_connector_type)

        connector_name = d.get("connector_name", UNSET)

        _configuration = d.get("configuration", UNSET)
        configuration: ConnectorUpdateConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = dict(_configuration)

        description = d.get("description", UNSET)

        workspace_id = d.get("workspace_id", UNSET)

        connector_update = cls(
            name,
            connector_type,
            connector_name,
            configuration,
            description,
            workspace_id,
        )

        if len(d) > 0:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            connector_update.additional_properties = extra
        return connector_update

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


from ..models.connector_update_configuration import ConnectorUpdateConfiguration  # noqa: E402
