from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaginationLinks")

_KNOWN_KEYS = frozenset(
    (
        "self",
        "first",
        "prev",
        "next",
        "last",
    )
)


@_attrs_define
class PaginationLinks:
    """Absolute links built from the request's scheme and host, query keys sorted. `first`
    and `last` are always set (`last` is page 1 for an empty list); `prev` is null on
    page 1; `next` is null on the last page.

        Attributes:
            self_ (str): The request's own query re-encoded (may end in a bare `?`).
            first (str):
            prev (None | str):
            next_ (None | str):
            last (str):
    """

    self_: str
    first: str
    prev: None | str
    next_: None | str
    last: str
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        first = self.first

        prev: None | str
        prev = self.prev

        next_: None | str
        next_ = self.next_

        last = self.last

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
                "first": first,
                "prev": prev,
                "next": next_,
                "last": last,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self_ = d["self"]

        first = d["first"]

        prev = d["prev"]

        next_ = d["next"]

        last = d["last"]

        pagination_links = cls(
            self_,
            first,
            prev,
            next_,
            last,
        )

        if len(d) > 5:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            pagination_links.additional_properties = extra
        return pagination_links

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
