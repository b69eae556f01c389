from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_object_source import ErrorObjectSource


T = TypeVar("T", bound="ErrorObject")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        title = self.title

        detail = self.detail

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

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
        from ..models.error_object_source import ErrorObjectSource  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        title = d.pop("title")

        detail = d.pop("detail")

        _source = d.pop("source", UNSET)
        source: ErrorObjectSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ErrorObjectSource.from_dict(_source)

        error_object = cls(
            status=status,
            title=title,
            detail=detail,
            source=source,
        )

        error_object.additional_properties = d
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
