from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SyncConfigurationsDataConfigurationsCatalogMappingTypesStatic")


@_attrs_define
class SyncConfigurationsDataConfigurationsCatalogMappingTypesStatic:
    additional_properties: dict[str, MappingTypeEntry] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sync_configurations_data_configurations_catalog_mapping_types_static = cls()

        if d:
            extra = dict(d)
            additional_properties = {}
            for prop_name, prop_dict in extra.items():
                additional_property = MappingTypeEntry.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property
            sync_configurations_data_configurations_catalog_mapping_types_static.additional_properties = (
                additional_properties
            )
        return sync_configurations_data_configurations_catalog_mapping_types_static

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> MappingTypeEntry:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: MappingTypeEntry) -> None:
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


from ..models.mapping_type_entry import MappingTypeEntry  # noqa: E402
