from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogContent")

_KNOWN_KEYS = frozenset(
    (
        "streams",
        "request_rate_limit",
        "request_rate_limit_unit",
        "request_rate_concurrency",
    )
)


@_attrs_define
class CatalogContent:
    """
    Attributes:
        streams (list[CatalogStream]):
        request_rate_limit (int | None | Unset):
        request_rate_limit_unit (None | str | Unset):
        request_rate_concurrency (int | None | Unset):
    """

    streams: list[CatalogStream]
    request_rate_limit: int | None | Unset = UNSET
    request_rate_limit_unit: None | str | Unset = UNSET
    request_rate_concurrency: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        streams = []
        for streams_item_data in self.streams:
            streams_item = streams_item_data.to_dict()
            streams.append(streams_item)

        request_rate_limit: int | None | Unset
        if isinstance(self.request_rate_limit, Unset):
            request_rate_limit = UNSET
        else:
            request_rate_limit = self.request_rate_limit

        request_rate_limit_unit: None | str | Unset
        if isinstance(self.request_rate_limit_unit, Unset):
            request_rate_limit_unit = UNSET
        else:
            request_rate_limit_unit = self.request_rate_limit_unit

        request_rate_concurrency: int | None | Unset
        if isinstance(self.request_rate_concurrency, Unset):
            request_rate_concurrency = UNSET
        else:
            request_rate_concurrency = self.request_rate_concurrency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "streams": streams,
            }
        )
        if request_rate_limit is not UNSET:
            field_dict["request_rate_limit"] = request_rate_limit
        if request_rate_limit_unit is not UNSET:
            field_dict["request_rate_limit_unit"] = request_rate_limit_unit
        if request_rate_concurrency is not UNSET:
            field_dict["request_rate_concurrency"] = request_rate_concurrency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        streams = [CatalogStream.from_dict(streams_item_data) for streams_item_data in d["streams"]]

        request_rate_limit = d.get("request_rate_limit", UNSET)

        request_rate_limit_unit = d.get("request_rate_limit_unit", UNSET)

        request_rate_concurrency = d.get("request_rate_concurrency", UNSET)

        catalog_content = cls(
            streams,
            request_rate_limit,
            request_rate_limit_unit,
            request_rate_concurrency,
        )

        if len(d) > 1:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            catalog_content.additional_properties = extra
        return catalog_content

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


from ..models.catalog_stream import CatalogStream  # noqa: E402
