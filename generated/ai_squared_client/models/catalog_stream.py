from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogStream")

_KNOWN_KEYS = frozenset(
    (
        "name",
        "json_schema",
        "url",
        "batch_support",
        "batch_size",
        "request_method",
        "supported_sync_modes",
    )
)


@_attrs_define
class CatalogStream:
    """
    Attributes:
        name (str):
        json_schema (CatalogStreamJsonSchema):
        url (str | Unset):
        batch_support (bool | Unset):
        batch_size (int | Unset):
        request_method (str | Unset):
        supported_sync_modes (list[str] | Unset):
    """

    name: str
    json_schema: CatalogStreamJsonSchema
    url: str | Unset = UNSET
    batch_support: bool | Unset = UNSET
    batch_size: int | Unset = UNSET
    request_method: str | Unset = UNSET
    supported_sync_modes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        json_schema = dict(self.json_schema)

        url = self.url

        batch_support = self.batch_support

        batch_size = self.batch_size

        request_method = self.request_method

        supported_sync_modes: list[str] | Unset = UNSET
        if not isinstance(self.supported_sync_modes, Unset):
            supported_sync_modes = self.supported_sync_modes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "json_schema": json_schema,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if batch_support is not UNSET:
            field_dict["batch_support"] = batch_support
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if request_method is not UNSET:
            field_dict["request_method"] = request_method
        if supported_sync_modes is not UNSET:
            field_dict["supported_sync_modes"] = supported_sync_modes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        json_schema = dict(d["json_schema"])

        url = d.get("url", UNSET)

        batch_support = d.get("batch_support", UNSET)

        batch_size = d.get("batch_size", UNSET)

        request_method = d.get("request_method", UNSET)

        supported_sync_modes = cast(list[str], d.get("supported_sync_modes", UNSET))

        catalog_stream = cls(
            name,
            json_schema,
            url,
            batch_support,
            batch_size,
            request_method,
            supported_sync_modes,
        )

        if len(d) > 2:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            catalog_stream.additional_properties = extra
        return catalog_stream

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


from ..models.catalog_stream_json_schema import CatalogStreamJsonSchema  # noqa: E402
