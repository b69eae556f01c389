from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SyncRecord")

_KNOWN_KEYS = frozenset(
    (
        "id",
        "type",
        "attributes",
    )
)


@_attrs_define
class SyncRecord:
    """
    Attributes:
        id (str):
        type_ (Literal['sync_records']):
        attributes (SyncRecordAttributes):
    """

    id: str
    type_: Literal["sync_records"]
    attributes: SyncRecordAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        _type__raw = d["type"]
        if _type__raw != "sync_records":
            raise ValueError(f"type must match const 'sync_records', got '{_type__raw}'")
        type_: Literal["sync_records"] = "sync_records"

        attributes = SyncRecordAttributes.from_dict(d["attributes"])

        sync_record = cls(
            id,
            type_,
            attributes,
        )

        if len(d) > 3:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            sync_record.additional_properties = extra
        return sync_record

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


from ..models.sync_record_attributes import SyncRecordAttributes  # noqa: E402
