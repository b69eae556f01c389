from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConnectorList")

_KNOWN_KEYS = frozenset(
    (
        "data",
        "links",
    )
)


@_attrs_define
class ConnectorList:
    """
    Attributes:
        data (list[Connector]):
        links (PaginationLinks): Absolute links built from the request's scheme and host, query keys sorted. `first`
            and `last` are always set (`last` is page 1 for an empty list); `prev` is null on
            page 1; `next` is null on the last page.
    """

    data: list[Connector]
    links: PaginationLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = [Connector.from_dict(data_item_data) for data_item_data in d["data"]]

        links = PaginationLinks.from_dict(d["links"])

        connector_list = cls(
            data,
            links,
        )

        if len(d) > 2:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            connector_list.additional_properties = extra
        return connector_list

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


from ..models.connector import Connector  # noqa: E402
from ..models.pagination_links import PaginationLinks  # noqa: E402
