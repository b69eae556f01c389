from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connector_type import ConnectorType
from ..types import UNSET, Unset

_ConnectorType_member = ConnectorType._value2member_map_.get
_datetime_fromisoformat = datetime.datetime.fromisoformat


T = TypeVar("T", bound="ConnectorSummary")

_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "description",
        "connector_type",
        "workspace_id",
        "created_at",
        "updated_at",
        "connector_name",
        "icon",
        "configuration",
    )
)


@_attrs_define
class ConnectorSummary:
    """A connector embedded in a model or sync (no `configuration` inside syncs).

    Attributes:
        id (int):
        name (str):
        description (None | str):
        connector_type (ConnectorType): Whether a connector reads (source) or writes (destination).
        workspace_id (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        connector_name (str):
        icon (str):
        configuration (ConnectorSummaryConfiguration | Unset): Present on a model's connector only; secrets masked.
    """

    id: int
    name: str
    description: None | str
    connector_type: ConnectorType
    workspace_id: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    connector_name: str
    icon: str
    configuration: ConnectorSummaryConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        connector_type = self.connector_type.value

        workspace_id = self.workspace_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        connector_name = self.connector_name

        icon = self.icon

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = dict(self.configuration)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "connector_type": connector_type,
                "workspace_id": workspace_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "connector_name": connector_name,
                "icon": icon,
            }
        )
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        description = d["description"]

        connector_type = _ConnectorType_member(d["connector_type"]) or ConnectorType(d["connector_type"])

        workspace_id = d["workspace_id"]

        created_at = _datetime_fromisoformat(d["created_at"])

        updated_at = _datetime_fromisoformat(d["updated_at"])

        connector_name = d["connector_name"]

        icon = d["icon"]

        _configuration = d.get("configuration", UNSET)
        configuration: ConnectorSummaryConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = dict(_configuration)

        connector_summary = cls(
            id,
            name,
            description,
            connector_type,
            workspace_id,
            created_at,
            updated_at,
            connector_name,
            icon,
            configuration,
        )

        if len(d) > 9:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            connector_summary.additional_properties = extra
        return connector_summary

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


from ..models.connector_summary_configuration import ConnectorSummaryConfiguration  # noqa: E402
