from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_record_action import SyncRecordAction
from ..models.sync_record_status import SyncRecordStatus

_SyncRecordAction_member = SyncRecordAction._value2member_map_.get
_SyncRecordStatus_member = SyncRecordStatus._value2member_map_.get
_datetime_fromisoformat = datetime.datetime.fromisoformat


T = TypeVar("T", bound="SyncRecordAttributes")

_KNOWN_KEYS = frozenset(
    (
        "sync_id",
        "sync_run_id",
        "record",
        "status",
        "action",
        "logs",
        "created_at",
        "updated_at",
    )
)


@_attrs_define
class SyncRecordAttributes:
    """
    Attributes:
        sync_id (int):
        sync_run_id (int):
        record (SyncRecordAttributesRecord): The source row as extracted; keys and value types follow the model.
        status (SyncRecordStatus):
        action (SyncRecordAction):
        logs (None | SyncRecordAttributesLogsType0): The destination's log for this record (e.g. request and response),
            for records
            written one at a time; null for batch writes. Not limited to failures.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    sync_id: int
    sync_run_id: int
    record: SyncRecordAttributesRecord
    status: SyncRecordStatus
    action: SyncRecordAction
    logs: None | SyncRecordAttributesLogsType0
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        sync_id = self.sync_id

        sync_run_id = self.sync_run_id

        record = dict(self.record)

        status = self.status.value

        action = self.action.value

        logs: dict[str, Any] | None
        if isinstance(self.logs, dict):
            logs = dict(self.logs)
        else:
            logs = self.logs

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sync_id": sync_id,
                "sync_run_id": sync_run_id,
                "record": record,
                "status": status,
                "action": action,
                "logs": logs,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sync_id = d["sync_id"]

        sync_run_id = d["sync_run_id"]

        record = dict(d["record"])

        status = _SyncRecordStatus_member(d["status"]) or SyncRecordStatus(d["status"])

        action = _SyncRecordAction_member(d["action"]) or SyncRecordAction(d["action"])

        _logs_raw = d["logs"]
        logs: None | SyncRecordAttributesLogsType0
        if _logs_raw is None:
            logs = _logs_raw
        else:
            if isinstance(_logs_raw, dict):
                try:
                    logs_type_0 = dict(_logs_raw)

                    logs = logs_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    logs = _logs_raw
            else:
                logs = _logs_raw

        created_at = _datetime_fromisoformat(d["created_at"])

        updated_at = _datetime_fromisoformat(d["updated_at"])

        sync_record_attributes = cls(
            sync_id,
            sync_run_id,
            record,
            status,
            action,
            logs,
            created_at,
            updated_at,
        )

        if len(d) > 8:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            sync_record_attributes.additional_properties = extra
        return sync_record_attributes

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


from ..models.sync_record_attributes_logs_type_0 import SyncRecordAttributesLogsType0  # noqa: E402
from ..models.sync_record_attributes_record import SyncRecordAttributesRecord  # noqa: E402
