from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_status_result_connection_status_status import ConnectionStatusResultConnectionStatusStatus
from ..types import UNSET, Unset

_ConnectionStatusResultConnectionStatusStatus_member = (
    ConnectionStatusResultConnectionStatusStatus._value2member_map_.get
)


T = TypeVar("T", bound="ConnectionStatusResultConnectionStatus")

_KNOWN_KEYS = frozenset(
    (
        "status",
        "message",
    )
)


@_attrs_define
class ConnectionStatusResultConnectionStatus:
    """
    Attributes:
        status (ConnectionStatusResultConnectionStatusStatus):
        message (str | Unset): Why the connection failed.
    """

    status: ConnectionStatusResultConnectionStatusStatus
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = _ConnectionStatusResultConnectionStatusStatus_member(
            d["status"]
        ) or ConnectionStatusResultConnectionStatusStatus(d["status"])

        message = d.get("message", UNSET)

        connection_status_result_connection_status = cls(
            status,
            message,
        )

        if len(d) > 1:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            connection_status_result_connection_status.additional_properties = extra
        return connection_status_result_connection_status

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
