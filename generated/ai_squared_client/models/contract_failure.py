from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContractFailure")

_KNOWN_KEYS = frozenset(("errors",))


@_attrs_define
class ContractFailure:
    """A request-contract failure: `errors` mirrors the input, each failing field holding a
    list of messages, nested under its wrapper object (e.g. `sync`).

        Attributes:
            errors (ContractErrorTree): Field name → messages, or → a nested tree for a wrapper object.
    """

    errors: ContractErrorTree
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        errors = ContractErrorTree.from_dict(d["errors"])

        contract_failure = cls(
            errors,
        )

        if len(d) > 1:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            contract_failure.additional_properties = extra
        return contract_failure

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


from ..models.contract_error_tree import ContractErrorTree  # noqa: E402
