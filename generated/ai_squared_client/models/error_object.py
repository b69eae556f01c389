from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorObject")

_KNOWN_KEYS = frozenset(
    (
        "status",
        "title",
        "detail",
        "source",
    )
)


@_attrs_define
class ErrorObject:
    """One error of an errors array.

    Attributes:
        status (int): The HTTP status, as a JSON integer.
        title (str): `Error`, or `Bad Request` for failures inside the action.
        detail (str): The human-readable message.
        source (ErrorObjectSource | Unset): Where the error comes from: `{"pointer": "/request/payload"}`, or on failed
            saves
            one message per attribute.
    """

    status: int
    title: str
    detail: str
    source: ErrorObjectSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        title = self.title

        detail = self.detail

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = dict(self.source)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "title": title,
                "detail": detail,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = d["status"]

        title = d["title"]

        detail = d["detail"]

        _source = d.get("source", UNSET)
        source: ErrorObjectSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = dict(_source)

        error_object = cls(
            status,
            title,
            detail,
            source,
        )

        if len(d) > 3:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            error_object.additional_properties = extra
        return error_object

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


from ..models.error_object_source import ErrorObjectSource  # noqa: E402
