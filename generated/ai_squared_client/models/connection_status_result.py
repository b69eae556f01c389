from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConnectionStatusResult")

_KNOWN_KEYS = frozenset(
    (
        "type",
        "connection_status",
    )
)


@_attrs_define
class ConnectionStatusResult:
    """
    Attributes:
        type_ (Literal['connection_status']):
        connection_status (ConnectionStatusResultConnectionStatus):
    """

    type_: Literal["connection_status"]
    connection_status: ConnectionStatusResultConnectionStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        connection_status = self.connection_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "connection_status": connection_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _type__raw = d["type"]
        if _type__raw != "connection_status":
            raise ValueError(f"type must match const 'connection_status', got '{_type__raw}'")
        type_: Literal["connection_status"] = "connection_status"

        connection_status = ConnectionStatusResultConnectionStatus.from_dict(d["connection_status"])

        connection_status_result = cls(
            type_,
            connection_status,
        )

        if len(d) > 2:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            connection_status_result.additional_properties = extra
        return connection_status_result

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


from ..models.connection_status_result_connection_status import ConnectionStatusResultConnectionStatus  # noqa: E402
