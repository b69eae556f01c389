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


T = TypeVar("T", bound="SyncUpdate")

_KNOWN_KEYS = frozenset(
    (
        "source_id",
        "destination_id",
        "model_id",
        "schedule_type",
        "sync_mode",
        "stream_name",
        "configuration",
        "sync_interval",
        "sync_interval_unit",
        "cron_expression",
    )
)


@_attrs_define
class SyncUpdate:
    """
    Attributes:
        source_id (int | Unset):
        destination_id (int | Unset):
        model_id (int | Unset):
        schedule_type (ScheduleType | Unset):
        sync_mode (SyncMode | Unset):
        stream_name (str | Unset):
        configuration (list[SyncConfigurationInputType1Item] | SyncConfigurationInputType0 | Unset): The field mapping
            (non-empty): an object stored as-is, or an array of mapping entries
            of which only `from`, `to`, `mapping_type`, `value`, `value_type`, `template`,
            `field_type`, `hide_embedding` and `embedding_config` are kept.
        sync_interval (int | None | Unset):
        sync_interval_unit (None | SyncIntervalUnit | Unset):
        cron_expression (None | str | Unset):
    """

    source_id: int | Unset = UNSET
    destination_id: int | Unset = UNSET
    model_id: int | Unset = UNSET
    schedule_type: ScheduleType | Unset = UNSET
    sync_mode: SyncMode | Unset = UNSET
    stream_name: str | Unset = UNSET
    configuration: list[SyncConfigurationInputType1Item] | SyncConfigurationInputType0 | Unset = UNSET
    sync_interval: int | None | Unset = UNSET
    sync_interval_unit: None | SyncIntervalUnit | Unset = UNSET
    cron_expression: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        destination_id = self.destination_id

        model_id = self.model_id

        schedule_type: str | Unset = UNSET
        if not isinstance(self.schedule_type, Unset):
            schedule_type = self.schedule_type.value

        sync_mode: str | Unset = UNSET
        if not isinstance(self.sync_mode, Unset):
            sync_mode = self.sync_mode.value

        stream_name = self.stream_name

        configuration: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, dict):
            configuration = dict(self.configuration)
        else:
            configuration = []
            for componentsschemas_sync_configuration_input_type_1_item_data in self.configuration:
                componentsschemas_sync_configuration_input_type_1_item = dict(
                    componentsschemas_sync_configuration_input_type_1_item_data
                )
                configuration.append(componentsschemas_sync_configuration_input_type_1_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if destination_id is not UNSET:
            field_dict["destination_id"] = destination_id
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if schedule_type is not UNSET:
            field_dict["schedule_type"] = schedule_type
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if stream_name is not UNSET:
            field_dict["stream_name"] = stream_name
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if sync_interval is not UNSET:
            field_dict["sync_interval"] = sync_interval
        if sync_interval_unit is not UNSET:
            field_dict["sync_interval_unit"] = sync_interval_unit
        if cron_expression is not UNSET:
            field_dict["cron_expression"] = cron_expression

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        source_id = d.get("source_id", UNSET)

        destination_id = d.get("destination_id", UNSET)

        model_id = d.get("model_id", UNSET)

        _schedule_type = d.get("schedule_type", UNSET)
        schedule_type: ScheduleType | Unset
        if isinstance(_schedule_type, Unset):
            schedule_type = UNSET
        else:
            schedule_type = _ScheduleType_member(_schedule_type) or ScheduleType(_schedule_type)

        _sync_mode = d.get("sync_mode", UNSET)
        sync_mode: SyncMode | Unset
        if isinstance(_sync_mode, Unset):
            sync_mode = UNSET
        else:
            sync_mode = _SyncMode_member(_sync_mode) or SyncMode(_sync_mode)

        stream_name = d.get("stream_name", UNSET)

        _configuration_raw = d.get("configuration", UNSET)
        configuration: list[SyncConfigurationInputType1Item] | SyncConfigurationInputType0 | Unset
        if isinstance(_configuration_raw, Unset):
            configuration = _configuration_raw
        else:

            def _parse_configuration(
                data: object,
            ) -> list[SyncConfigurationInputType1Item] | SyncConfigurationInputType0 | Unset:
                if isinstance(data, Unset):
                    return data
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

            configuration = _parse_configuration(_configuration_raw)

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

        sync_update = cls(
            source_id,
            destination_id,
            model_id,
            schedule_type,
            sync_mode,
            stream_name,
            configuration,
            sync_interval,
            sync_interval_unit,
            cron_expression,
        )

        if len(d) > 0:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            sync_update.additional_properties = extra
        return sync_update

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
