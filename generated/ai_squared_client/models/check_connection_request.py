from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connector_type import ConnectorType

_ConnectorType_member = ConnectorType._value2member_map_.get


T = TypeVar("T", bound="CheckConnectionRequest")

_KNOWN_KEYS = frozenset(
    (
        "type",
        "name",
        "connection_spec",
    )
)


@_attrs_define
class CheckConnectionRequest:
    """
    Attributes:
        type_ (ConnectorType): Whether a connector reads (source) or writes (destination).
        name (str): An enabled connector definition of that type.
        connection_spec (CheckConnectionRequestConnectionSpec):
    """

    type_: ConnectorType
    name: str
    connection_spec: CheckConnectionRequestConnectionSpec
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        connection_spec = dict(self.connection_spec)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "connection_spec": connection_spec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = _ConnectorType_member(d["type"]) or ConnectorType(d["type"])

        name = d["name"]

        connection_spec = dict(d["connection_spec"])

        check_connection_request = cls(
            type_,
            name,
            connection_spec,
        )

        if len(d) > 3:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            check_connection_request.additional_properties = extra
        return check_connection_request

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


from ..models.check_connection_request_connection_spec import CheckConnectionRequestConnectionSpec  # noqa: E402
