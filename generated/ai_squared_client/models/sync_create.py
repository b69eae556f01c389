from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_type import ScheduleType
from ..models.sync_interval_unit import SyncIntervalUnit
from ..models.sync_mode import SyncMode
from ..types import UNSET, Unset

_ScheduleType_member = ScheduleType._value2member_map_.get
_SyncIntervalUnit_member = SyncIntervalUnit._value2member_map_.get
_SyncMode_member = SyncMode._value2member_map_.get


T = TypeVar("T", bound="SyncCreate")

_KNOWN_KEYS = frozenset(
    (
        "destination_id",
        "model_id",
        "schedule_type",
        "sync_mode",
        "stream_name",
        "configuration",
        "source_id",
        "sync_interval",
        "sync_interval_unit",
        "cron_expression",
        "cursor_field",
    )
)


@_attrs_define
class SyncCreate:
    """
    Attributes:
        destination_id (int):
        model_id (int):
        schedule_type (ScheduleType):
        sync_mode (SyncMode):
        stream_name (str): A stream of the destination connector's catalog.
        configuration (list[SyncConfigurationInputType1Item] | SyncConfigurationInputType0): The field mapping (non-
            empty): an object stored as-is, or an array of mapping entries
            of which only `from`, `to`, `mapping_type`, `value`, `value_type`, `template`,
            `field_type`, `hide_embedding` and `embedding_config` are kept.
        source_id (int | Unset): Optional in the request contract but required to save (422 without it).
        sync_interval (int | None | Unset): Required and > 0 when `schedule_type` is `interval`.
        sync_interval_unit (None | SyncIntervalUnit | Unset): Required when `schedule_type` is `interval`.
        cron_expression (None | str | Unset): Required (a valid cron string) when `schedule_type` is `cron_expression`.
        cursor_field (None | str | Unset):
    """

    destination_id: int
    model_id: int
    schedule_type: ScheduleType
    sync_mode: SyncMode
    stream_name: str
    configuration: list[SyncConfigurationInputType1Item] | SyncConfigurationInputType0
    source_id: int | Unset = UNSET
    sync_interval: int | None | Unset = UNSET
    sync_interval_unit: None | SyncIntervalUnit | Unset = UNSET
    cron_expression: None | str | Unset = UNSET
    cursor_field: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        destination_id = self.destination_id

        model_id = self.model_id

        schedule_type = self.schedule_type.value

        sync_mode = self.sync_mode.value

        stream_name = self.stream_name

        configuration: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.configuration, dict):
            configuration = dict(self.configuration)
        else:
            configuration = []
            for componentsschemas_sync_configuration_input_type_1_item_data in self.configuration:
                componentsschemas_sync_configuration_input_type_1_item = dict(
                    componentsschemas_sync_configuration_input_type_1_item_data
                )
                configuration.append(componentsschemas_sync_configuration_input_type_1_item)

        source_id = self.source_id

        sync_interval: int | None | Unset
        if isinstance(self.sync_interval, Unset):
            sync_interval = UNSET
        else:
            sync_interval = self.sync_interval

        sync_interval_unit: None | str | Unset
        if isinstance(self.sync_interval_unit, Unset):
            sync_interval_unit = UNSET
        elif isinstance(self.sync_interval_unit, SyncIntervalUnit):
            sync_interval_unit = self.sync_interval_unit.value
        else:
            sync_interval_unit = self.sync_interval_unit

        cron_expression: None | str | Unset
        if isinstance(self.cron_expression, Unset):
            cron_expression = UNSET
        else:
            cron_expression = self.cron_expression

        cursor_field: None | str | Unset
        if isinstance(self.cursor_field, Unset):
            cursor_field = UNSET
        else:
            cursor_field = self.cursor_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination_id": destination_id,
                "model_id": model_id,
                "schedule_type": schedule_type,
                "sync_mode": sync_mode,
                "stream_name": stream_name,
                "configuration": configuration,
            }
        )
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if sync_interval is not UNSET:
            field_dict["sync_interval"] = sync_interval
        if sync_interval_unit is not UNSET:
            field_dict["sync_interval_unit"] = sync_interval_unit
        if cron_expression is not UNSET:
            field_dict["cron_expression"] = cron_expression
        if cursor_field is not UNSET:
            field_dict["cursor_field"] = cursor_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        destination_id = d["destination_id"]

        model_id = d["model_id"]

        schedule_type = _ScheduleType_member(d["schedule_type"]) or ScheduleType(d["schedule_type"])

        sync_mode = _SyncMode_member(d["sync_mode"]) or SyncMode(d["sync_mode"])

        stream_name = d["stream_name"]

        def _parse_configuration(data: object) -> list[SyncConfigurationInputType1Item] | SyncConfigurationInputType0:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sync_configuration_input_type_0 = dict(data)

                return componentsschemas_sync_configuration_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_sync_configuration_input_type_1 = [
                dict(componentsschemas_sync_configuration_input_type_1_item_data)
                for componentsschemas_sync_configuration_input_type_1_item_data in data
            ]

            return componentsschemas_sync_configuration_input_type_1

        configuration = _parse_configuration(d["configuration"])

        source_id = d.get("source_id", UNSET)

        sync_interval = d.get("sync_interval", UNSET)

        _sync_interval_unit_raw = d.get("sync_interval_unit", UNSET)
        sync_interval_unit: None | SyncIntervalUnit | Unset
        if _sync_interval_unit_raw is None or isinstance(_sync_interval_unit_raw, Unset):
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

        cron_expression = d.get("cron_expression", UNSET)

        cursor_field = d.get("cursor_field", UNSET)

        sync_create = cls(
            destination_id,
            model_id,
            schedule_type,
            sync_mode,
            stream_name,
            configuration,
            source_id,
            sync_interval,
            sync_interval_unit,
            cron_expression,
            cursor_field,
        )

        if len(d) > 6:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            sync_create.additional_properties = extra
        return sync_create

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


from ..models.sync_configuration_input_type_0 import SyncConfigurationInputType0  # noqa: E402
from ..models.sync_configuration_input_type_1_item import SyncConfigurationInputType1Item  # noqa: E402
