from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SyncConfigurationsDataConfigurationsCatalogMappingTypes")

_KNOWN_KEYS = frozenset(
    (
        "standard",
        "vector",
        "static",
        "template",
    )
)


@_attrs_define
class SyncConfigurationsDataConfigurationsCatalogMappingTypes:
    """`standard`, `vector` (empty strings), `static` (value types string,
    number, boolean, null) and `template` (variables and filters), each
    entry with a `description` and, for templates, a Liquid `value`.

        Attributes:
            standard (str):
            vector (str):
            static (SyncConfigurationsDataConfigurationsCatalogMappingTypesStatic):
            template (SyncConfigurationsDataConfigurationsCatalogMappingTypesTemplate):
    """

    standard: str
    vector: str
    static: SyncConfigurationsDataConfigurationsCatalogMappingTypesStatic
    template: SyncConfigurationsDataConfigurationsCatalogMappingTypesTemplate
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        standard = self.standard

        vector = self.vector

        static = self.static.to_dict()

        template = self.template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "standard": standard,
                "vector": vector,
                "static": static,
                "template": template,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        standard = d["standard"]

        vector = d["vector"]

        static = SyncConfigurationsDataConfigurationsCatalogMappingTypesStatic.from_dict(d["static"])

        template = SyncConfigurationsDataConfigurationsCatalogMappingTypesTemplate.from_dict(d["template"])

        sync_configurations_data_configurations_catalog_mapping_types = cls(
            standard,
            vector,
            static,
            template,
        )

        if len(d) > 4:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            sync_configurations_data_configurations_catalog_mapping_types.additional_properties = extra
        return sync_configurations_data_configurations_catalog_mapping_types

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


from ..models.sync_configurations_data_configurations_catalog_mapping_types_static import (
    SyncConfigurationsDataConfigurationsCatalogMappingTypesStatic,  # noqa: E402
)
from ..models.sync_configurations_data_configurations_catalog_mapping_types_template import (
    SyncConfigurationsDataConfigurationsCatalogMappingTypesTemplate,  # noqa: E402
)
