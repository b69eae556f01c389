from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_type import QueryType
from ..types import UNSET, Unset

_QueryType_member = QueryType._value2member_map_.get


T = TypeVar("T", bound="ModelUpdate")

_KNOWN_KEYS = frozenset(
    (
        "connector_id",
        "name",
        "description",
        "query",
        "query_type",
        "primary_key",
        "configuration",
    )
)


@_attrs_define
class ModelUpdate:
    """
    Attributes:
        connector_id (int | Unset):
        name (str | Unset):
        description (None | str | Unset):
        query (None | str | Unset): Must not end (on any line) with a LIMIT or OFFSET clause.
        query_type (QueryType | Unset): How a model's rows are produced.
        primary_key (None | str | Unset):
        configuration (ModelUpdateConfiguration | Unset):
    """

    connector_id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    query: None | str | Unset = UNSET
    query_type: QueryType | Unset = UNSET
    primary_key: None | str | Unset = UNSET
    configuration: ModelUpdateConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        connector_id = self.connector_id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        query_type: str | Unset = UNSET
        if not isinstance(self.query_type, Unset):
            query_type = self.query_type.value

        primary_key: None | str | Unset
        if isinstance(self.primary_key, Unset):
            primary_key = UNSET
        else:
            primary_key = self.primary_key

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = dict(self.configuration)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if query is not UNSET:
            field_dict["query"] = query
        if query_type is not UNSET:
            field_dict["query_type"] = query_type
        if primary_key is not UNSET:
            field_dict["primary_key"] = primary_key
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        connector_id = d.get("connector_id", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        query = d.get("query", UNSET)

        _query_type = d.get("query_type", UNSET)
        query_type: QueryType | Unset
        if isinstance(_query_type, Unset):
            query_type = UNSET
        else:
            query_type = _QueryType_member(_query_type) or QueryType(_query_type)

        primary_key = d.get("primary_key", UNSET)

        _configuration = d.get("configuration", UNSET)
        configuration: ModelUpdateConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = dict(_configuration)

        model_update = cls(
            connector_id,
            name,
            description,
            query,
            query_type,
            primary_key,
            configuration,
        )

        if len(d) > 0:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            model_update.additional_properties = extra
        return model_update

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


from ..models.model_update_configuration import ModelUpdateConfiguration  # noqa: E402
