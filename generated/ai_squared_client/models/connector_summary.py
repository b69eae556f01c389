from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connector_type import ConnectorType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connector_summary_configuration import ConnectorSummaryConfiguration


T = TypeVar("T", bound="ConnectorSummary")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
            configuration = self.configuration.to_dict()

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
        from ..models.connector_summary_configuration import ConnectorSummaryConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        connector_type = ConnectorType(d.pop("connector_type"))

        workspace_id = d.pop("workspace_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        connector_name = d.pop("connector_name")

        icon = d.pop("icon")

        _configuration = d.pop("configuration", UNSET)
        configuration: ConnectorSummaryConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = ConnectorSummaryConfiguration.from_dict(_configuration)

        connector_summary = cls(
            id=id,
            name=name,
            description=description,
            connector_type=connector_type,
            workspace_id=workspace_id,
            created_at=created_at,
            updated_at=updated_at,
            connector_name=connector_name,
            icon=icon,
            configuration=configuration,
        )

        connector_summary.additional_properties = d
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
