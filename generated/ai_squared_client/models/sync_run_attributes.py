from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_run_status import SyncRunStatus
from ..models.sync_run_type import SyncRunType

_SyncRunStatus_member = SyncRunStatus._value2member_map_.get
_SyncRunType_member = SyncRunType._value2member_map_.get
_datetime_fromisoformat = datetime.datetime.fromisoformat


T = TypeVar("T", bound="SyncRunAttributes")

_KNOWN_KEYS = frozenset(
    (
        "sync_id",
        "status",
        "sync_run_type",
        "started_at",
        "finished_at",
        "duration",
        "total_query_rows",
        "total_rows",
        "successful_rows",
        "failed_rows",
        "skipped_rows",
        "error",
        "created_at",
        "updated_at",
    )
)


@_attrs_define
class SyncRunAttributes:
    """
    Attributes:
        sync_id (int):
        status (SyncRunStatus):
        sync_run_type (SyncRunType):
        started_at (datetime.datetime | None):
        finished_at (datetime.datetime | None):
        duration (float | None): Seconds from `started_at` to `finished_at`, when both are set.
        total_query_rows (int | None):
        total_rows (int | None):
        successful_rows (int | None):
        failed_rows (int | None):
        skipped_rows (int):
        error (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    sync_id: int
    status: SyncRunStatus
    sync_run_type: SyncRunType
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    duration: float | None
    total_query_rows: int | None
    total_rows: int | None
    successful_rows: int | None
    failed_rows: int | None
    skipped_rows: int
    error: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        sync_id = self.sync_id

        status = self.status.value

        sync_run_type = self.sync_run_type.value

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        duration: float | None
        duration = self.duration

        total_query_rows: int | None
        total_query_rows = self.total_query_rows

        total_rows: int | None
        total_rows = self.total_rows

        successful_rows: int | None
        successful_rows = self.successful_rows

        failed_rows: int | None
        failed_rows = self.failed_rows

        skipped_rows = self.skipped_rows

        error: None | str
        error = self.error

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sync_id": sync_id,
                "status": status,
                "sync_run_type": sync_run_type,
                "started_at": started_at,
                "finished_at": finished_at,
                "duration": duration,
                "total_query_rows": total_query_rows,
                "total_rows": total_rows,
                "successful_rows": successful_rows,
                "failed_rows": failed_rows,
                "skipped_rows": skipped_rows,
                "error": error,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sync_id = d["sync_id"]

        status = _SyncRunStatus_member(d["status"]) or SyncRunStatus(d["status"])

        sync_run_type = _SyncRunType_member(d["sync_run_type"]) or SyncRunType(d["sync_run_type"])

        _started_at_raw = d["started_at"]
        started_at: datetime.datetime | None
        if _started_at_raw is None:
            started_at = _started_at_raw
        else:
            if isinstance(_started_at_raw, str):
                try:
                    started_at_type_0 = _datetime_fromisoformat(_started_at_raw)

                    started_at = started_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    started_at = _started_at_raw
            else:
                started_at = _started_at_raw

        _finished_at_raw = d["finished_at"]
        finished_at: datetime.datetime | None
        if _finished_at_raw is None:
            finished_at = _finished_at_raw
        else:
            if isinstance(_finished_at_raw, str):
                try:
                    finished_at_type_0 = _datetime_fromisoformat(_finished_at_raw)

                    finished_at = finished_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    finished_at = _finished_at_raw
            else:
                finished_at = _finished_at_raw

        duration = d["duration"]

        total_query_rows = d["total_query_rows"]

        total_rows = d["total_rows"]

        successful_rows = d["successful_rows"]

        failed_rows = d["failed_rows"]

        skipped_rows = d["skipped_rows"]

        error = d["error"]

        created_at = _datetime_fromisoformat(d["created_at"])

        updated_at = _datetime_fromisoformat(d["updated_at"])

        sync_run_attributes = cls(
            sync_id,
            status,
            sync_run_type,
            started_at,
            finished_at,
            duration,
            total_query_rows,
            total_rows,
            successful_rows,
            failed_rows,
            skipped_rows,
            error,
            created_at,
            updated_at,
        )

        if len(d) > 14:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            sync_run_attributes.additional_properties = extra
        return sync_run_attributes

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
