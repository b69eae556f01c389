from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConnectorDefinitionsByType")

_KNOWN_KEYS = frozenset(
    (
        "source",
        "destination",
    )
)


@_attrs_define
class ConnectorDefinitionsByType:
    """
    Attributes:
        source (list[ConnectorDefinition]):
        destination (list[ConnectorDefinition]):
    """

    source: list[ConnectorDefinition]
    destination: list[ConnectorDefinition]
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        source = []
        for source_item_data in self.source:
            source_item = source_item_data.to_dict()
            source.append(source_item)

        destination = []
        for destination_item_data in self.destination:
            destination_item = destination_item_data.to_dict()
            destination.append(destination_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "destination": destination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        source = [ConnectorDefinition.from_dict(source_item_data) for source_item_data in d["source"]]

        destination = [
            ConnectorDefinition.from_dict(destination_item_data) for destination_item_data in d["destination"]
        ]

        connector_definitions_by_type = cls(
            source,
            destination,
        )

        if len(d) > 2:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            connector_definitions_by_type.additional_properties = extra
        return connector_definitions_by_type

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


from ..models.connector_definition import ConnectorDefinition  # noqa: E402
