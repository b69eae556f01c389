from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_type import ScheduleType
from ..models.sync_interval_unit import SyncIntervalUnit
from ..models.sync_mode import SyncMode
from ..models.sync_status import SyncStatus

if TYPE_CHECKING:
    from ..models.connector_summary import ConnectorSummary
    from ..models.model_summary import ModelSummary
    from ..models.sync_configuration_type_0 import SyncConfigurationType0
    from ..models.sync_configuration_type_1_item import SyncConfigurationType1Item


T = TypeVar("T", bound="SyncAttributes")


@_attrs_define
class SyncAttributes:
    """
    Attributes:
        source_id (int):
        destination_id (int):
        model_id (int):
        configuration (list[SyncConfigurationType1Item] | SyncConfigurationType0): The field mapping, as stored (an
            object, or an array of mapping entries).
        schedule_type (ScheduleType):
        sync_mode (None | SyncMode):
        sync_interval (int | None):
        sync_interval_unit (None | SyncIntervalUnit):
        cron_expression (None | str):
        stream_name (str):
        status (SyncStatus): New syncs start `pending`.
        cursor_field (None | str):
        current_cursor_field (None | str):
        updated_at (datetime.datetime):
        created_at (datetime.datetime):
        source (ConnectorSummary): A connector embedded in a model or sync (no `configuration` inside syncs).
        destination (ConnectorSummary): A connector embedded in a model or sync (no `configuration` inside syncs).
        model (ModelSummary): A model embedded in a sync.
    """

    source_id: int
    destination_id: int
    model_id: int
    configuration: list[SyncConfigurationType1Item] | SyncConfigurationType0
    schedule_type: ScheduleType
    sync_mode: None | SyncMode
    sync_interval: int | None
    sync_interval_unit: None | SyncIntervalUnit
    cron_expression: None | str
    stream_name: str
    status: SyncStatus
    cursor_field: None | str
    current_cursor_field: None | str
    updated_at: datetime.datetime
    created_at: datetime.datetime
    source: ConnectorSummary
    destination: ConnectorSummary
    model: ModelSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sync_configuration_type_0 import SyncConfigurationType0  # noqa: PLC0415

        source_id = self.source_id

        destination_id = self.destination_id

        model_id = self.model_id

        configuration: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.configuration, SyncConfigurationType0):
            configuration = self.configuration.to_dict()
        else:
            configuration = []
            for componentsschemas_sync_configuration_type_1_item_data in self.configuration:
                componentsschemas_sync_configuration_type_1_item = (
                    componentsschemas_sync_configuration_type_1_item_data.to_dict()
                )
                configuration.append(componentsschemas_sync_configuration_type_1_item)

        schedule_type = self.schedule_type.value

        sync_mode: None | str
        if isinstance(self.sync_mode, SyncMode):
            sync_mode = self.sync_mode.value
        else:
            sync_mode = self.sync_mode

        sync_interval: int | None
        sync_interval = self.sync_interval

        sync_interval_unit: None | str
        if isinstance(self.sync_interval_unit, SyncIntervalUnit):
            sync_interval_unit = self.sync_interval_unit.value
        else:
            sync_interval_unit = self.sync_interval_unit

        cron_expression: None | str
        cron_expression = self.cron_expression

        stream_name = self.stream_name

        status = self.status.value

        cursor_field: None | str
        cursor_field = self.cursor_field

        current_cursor_field: None | str
        current_cursor_field = self.current_cursor_field

        updated_at = self.updated_at.isoformat()

        created_at = self.created_at.isoformat()

        source = self.source.to_dict()

        destination = self.destination.to_dict()

        model = self.model.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_id": source_id,
                "destination_id": destination_id,
                "model_id": model_id,
                "configuration": configuration,
                "schedule_type": schedule_type,
                "sync_mode": sync_mode,
                "sync_interval": sync_interval,
                "sync_interval_unit": sync_interval_unit,
                "cron_expression": cron_expression,
                "stream_name": stream_name,
                "status": status,
                "cursor_field": cursor_field,
                "current_cursor_field": current_cursor_field,
                "updated_at": updated_at,
                "created_at": created_at,
                "source": source,
                "destination": destination,
                "model": model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connector_summary import ConnectorSummary  # noqa: PLC0415
        from ..models.model_summary import ModelSummary  # noqa: PLC0415
        from ..models.sync_configuration_type_0 import SyncConfigurationType0  # noqa: PLC0415
        from ..models.sync_configuration_type_1_item import SyncConfigurationType1Item  # noqa: PLC0415

        d = dict(src_dict)
        source_id = d.pop("source_id")

        destination_id = d.pop("destination_id")

        model_id = d.pop("model_id")

        def _parse_configuration(data: object) -> list[SyncConfigurationType1Item] | SyncConfigurationType0:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sync_configuration_type_0 = SyncConfigurationType0.from_dict(data)

                return componentsschemas_sync_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_sync_configuration_type_1 = []
            _componentsschemas_sync_configuration_type_1 = data
            for componentsschemas_sync_configuration_type_1_item_data in _componentsschemas_sync_configuration_type_1:
                componentsschemas_sync_configuration_type_1_item = SyncConfigurationType1Item.from_dict(
                    componentsschemas_sync_configuration_type_1_item_data
                )

                componentsschemas_sync_configuration_type_1.append(componentsschemas_sync_configuration_type_1_item)

            return componentsschemas_sync_configuration_type_1

        configuration = _parse_configuration(d.pop("configuration"))

        schedule_type = ScheduleType(d.pop("schedule_type"))

        def _parse_sync_mode(data: object) -> None | SyncMode:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sync_mode_type_0 = SyncMode(data)

                return sync_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SyncMode, data)

        sync_mode = _parse_sync_mode(d.pop("sync_mode"))

        def _parse_sync_interval(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sync_interval = _parse_sync_interval(d.pop("sync_interval"))

        def _parse_sync_interval_unit(data: object) -> None | SyncIntervalUnit:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sync_interval_unit_type_0 = SyncIntervalUnit(data)

                return sync_interval_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SyncIntervalUnit, data)

        sync_interval_unit = _parse_sync_interval_unit(d.pop("sync_interval_unit"))

        def _parse_cron_expression(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cron_expression = _parse_cron_expression(d.pop("cron_expression"))

        stream_name = d.pop("stream_name")

        status = SyncStatus(d.pop("status"))

        def _parse_cursor_field(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cursor_field = _parse_cursor_field(d.pop("cursor_field"))

        def _parse_current_cursor_field(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        current_cursor_field = _parse_current_cursor_field(d.pop("current_cursor_field"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        source = ConnectorSummary.from_dict(d.pop("source"))

        destination = ConnectorSummary.from_dict(d.pop("destination"))

        model = ModelSummary.from_dict(d.pop("model"))

        sync_attributes = cls(
            source_id=source_id,
            destination_id=destination_id,
            model_id=model_id,
            configuration=configuration,
            schedule_type=schedule_type,
            sync_mode=sync_mode,
            sync_interval=sync_interval,
            sync_interval_unit=sync_interval_unit,
            cron_expression=cron_expression,
            stream_name=stream_name,
            status=status,
            cursor_field=cursor_field,
            current_cursor_field=current_cursor_field,
            updated_at=updated_at,
            created_at=created_at,
            source=source,
            destination=destination,
            model=model,
        )

        sync_attributes.additional_properties = d
        return sync_attributes

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
