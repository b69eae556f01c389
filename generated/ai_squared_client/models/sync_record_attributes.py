from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_record_action import SyncRecordAction
from ..models.sync_record_status import SyncRecordStatus

if TYPE_CHECKING:
    from ..models.sync_record_attributes_logs_type_0 import SyncRecordAttributesLogsType0
    from ..models.sync_record_attributes_record import SyncRecordAttributesRecord


T = TypeVar("T", bound="SyncRecordAttributes")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sync_record_attributes_logs_type_0 import SyncRecordAttributesLogsType0  # noqa: PLC0415

        sync_id = self.sync_id

        sync_run_id = self.sync_run_id

        record = self.record.to_dict()

        status = self.status.value

        action = self.action.value

        logs: dict[str, Any] | None
        if isinstance(self.logs, SyncRecordAttributesLogsType0):
            logs = self.logs.to_dict()
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
        from ..models.sync_record_attributes_logs_type_0 import SyncRecordAttributesLogsType0  # noqa: PLC0415
        from ..models.sync_record_attributes_record import SyncRecordAttributesRecord  # noqa: PLC0415

        d = dict(src_dict)
        sync_id = d.pop("sync_id")

        sync_run_id = d.pop("sync_run_id")

        record = SyncRecordAttributesRecord.from_dict(d.pop("record"))

        status = SyncRecordStatus(d.pop("status"))

        action = SyncRecordAction(d.pop("action"))

        def _parse_logs(data: object) -> None | SyncRecordAttributesLogsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logs_type_0 = SyncRecordAttributesLogsType0.from_dict(data)

                return logs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SyncRecordAttributesLogsType0, data)

        logs = _parse_logs(d.pop("logs"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        sync_record_attributes = cls(
            sync_id=sync_id,
            sync_run_id=sync_run_id,
            record=record,
            status=status,
            action=action,
            logs=logs,
            created_at=created_at,
            updated_at=updated_at,
        )

        sync_record_attributes.additional_properties = d
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
