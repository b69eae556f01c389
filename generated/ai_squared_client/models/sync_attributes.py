from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_type import ScheduleType
from ..models.sync_interval_unit import SyncIntervalUnit
from ..models.sync_mode import SyncMode
from ..models.sync_status import SyncStatus

_ScheduleType_member = ScheduleType._value2member_map_.get
_SyncIntervalUnit_member = SyncIntervalUnit._value2member_map_.get
_SyncMode_member = SyncMode._value2member_map_.get
_SyncStatus_member = SyncStatus._value2member_map_.get
_datetime_fromisoformat = datetime.datetime.fromisoformat


T = TypeVar("T", bound="SyncAttributes")

_KNOWN_KEYS = frozenset(
    (
        "source_id",
        "destination_id",
        "model_id",
        "configuration",
        "schedule_type",
        "sync_mode",
        "sync_interval",
        "sync_interval_unit",
        "cron_expression",
        "stream_name",
        "status",
        "cursor_field",
        "current_cursor_field",
        "updated_at",
        "created_at",
        "source",
        "destination",
        "model",
    )
)


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
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        destination_id = self.destination_id

        model_id = self.model_id

        configuration: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.configuration, dict):
            configuration = dict(self.configuration)
        else:
            configuration = []
            for componentsschemas_sync_configuration_type_1_item_data in self.configuration:
                componentsschemas_sync_configuration_type_1_item = dict(
                    componentsschemas_sync_configuration_type_1_item_data
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
        d = src_dict
        source_id = d["source_id"]

        destination_id = d["destination_id"]

        model_id = d["model_id"]

        def _parse_configuration(data: object) -> list[SyncConfigurationType1Item] | SyncConfigurationType0:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sync_configuration_type_0 = dict(data)

                return componentsschemas_sync_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_sync_configuration_type_1 = [
                dict(componentsschemas_sync_configuration_type_1_item_data)
                for componentsschemas_sync_configuration_type_1_item_data in data
            ]

            return componentsschemas_sync_configuration_type_1

        configuration = _parse_configuration(d["configuration"])

        schedule_type = _ScheduleType_member(d["schedule_type"]) or ScheduleType(d["schedule_type"])

        _sync_mode_raw = d["sync_mode"]
        sync_mode: None | SyncMode
        if _sync_mode_raw is None:
            sync_mode = _sync_mode_raw
        else:
            if isinstance(_sync_mode_raw, str):
                try:
                    sync_mode_type_0 = _SyncMode_member(_sync_mode_raw) or SyncMode(_sync_mode_raw)

                    sync_mode = sync_mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    sync_mode = _sync_mode_raw
            else:
                sync_mode = _sync_mode_raw

        sync_interval = d["sync_interval"]

        _sync_interval_unit_raw = d["sync_interval_unit"]
        sync_interval_unit: None | SyncIntervalUnit
        if _sync_interval_unit_raw is None:
            sync_interval_unit = _sync_interval_unit_raw
        else:
            if isinstance(_sync_interval_unit_raw, str):
                try:
                    sync_interval_unit_type_0 = _SyncIntervalUnit_member(_sync_interval_unit_raw) or SyncIntervalUnit(
                        _sync_interval_unit_raw
                    )

                    sync_interval_unit = sync_interval_unit_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    sync_interval_unit = _sync_interval_unit_raw
            else:
                sync_interval_unit = _sync_interval_unit_raw

        cron_expression = d["cron_expression"]

        stream_name = d["stream_name"]

        status = _SyncStatus_member(d["status"]) or SyncStatus(d["status"])

        cursor_field = d["cursor_field"]

        current_cursor_field = d["current_cursor_field"]

        updated_at = _datetime_fromisoformat(d["updated_at"])

        created_at = _datetime_fromisoformat(d["created_at"])

        source = ConnectorSummary.from_dict(d["source"])

        destination = ConnectorSummary.from_dict(d["destination"])

        model = ModelSummary.from_dict(d["model"])

        sync_attributes = cls(
            source_id,
            destination_id,
            model_id,
            configuration,
            schedule_type,
            sync_mode,
            sync_interval,
            sync_interval_unit,
            cron_expression,
            stream_name,
            status,
            cursor_field,
            current_cursor_field,
            updated_at,
            created_at,
            source,
            destination,
            model,
        )

        if len(d) > 18:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            sync_attributes.additional_properties = extra
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

    if not TYPE_CHECKING:  # hidden from type checkers, which would allow any attribute name

        def __getattr__(self, name: str) -> Any:
            """Called only for an unset slot: makes ``additional_properties`` on first access."""
            if name == "additional_properties":
                value: dict[str, Any] = {}
                self.additional_properties = value
                return value
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self)


from ..models.connector_summary import ConnectorSummary  # noqa: E402
from ..models.model_summary import ModelSummary  # noqa: E402
from ..models.sync_configuration_type_0 import SyncConfigurationType0  # noqa: E402
from ..models.sync_configuration_type_1_item import SyncConfigurationType1Item  # noqa: E402
