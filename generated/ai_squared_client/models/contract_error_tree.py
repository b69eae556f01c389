from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContractErrorTree")


@_attrs_define
class ContractErrorTree:
    """Field name → messages, or → a nested tree for a wrapper object."""

    additional_properties: dict[str, ContractErrorTree | list[str]] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        contract_error_tree = cls()

        if d:
            extra = dict(d)
            additional_properties = {}
            for prop_name, prop_dict in extra.items():

                def _parse_additional_property(data: object) -> ContractErrorTree | list[str]:
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        additional_property_type_0 = cast(list[str], data)

                        return additional_property_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = ContractErrorTree.from_dict(data)

                    return additional_property_type_1

                additional_property = _parse_additional_property(prop_dict)

                additional_properties[prop_name] = additional_property
            contract_error_tree.additional_properties = additional_properties
        return contract_error_tree

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ContractErrorTree | list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ContractErrorTree | list[str]) -> None:
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
