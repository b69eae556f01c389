from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_type import QueryType
from ..types import UNSET, Unset

_QueryType_member = QueryType._value2member_map_.get


T = TypeVar("T", bound="ModelCreate")

_KNOWN_KEYS = frozenset(
    (
        "connector_id",
        "name",
        "query_type",
        "description",
        "query",
        "primary_key",
        "configuration",
    )
)


@_attrs_define
class ModelCreate:
    """
    Attributes:
        connector_id (int):
        name (str):
        query_type (QueryType): How a model's rows are produced.
        description (None | str | Unset):
        query (None | str | Unset): Required for raw_sql, dbt and soql; must not end with LIMIT or OFFSET.
        primary_key (None | str | Unset): Required (non-blank) unless `query_type` is `unstructured`.
        configuration (ModelCreateConfiguration | Unset): Required for dynamic_sql, ai_ml, unstructured and
            vector_search.
    """

    connector_id: int
    name: str
    query_type: QueryType
    description: None | str | Unset = UNSET
    query: None | str | Unset = UNSET
    primary_key: None | str | Unset = UNSET
    configuration: ModelCreateConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        connector_id = self.connector_id

        name = self.name

        query_type = self.query_type.value

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
        field_dict.update(
            {
                "connector_id": connector_id,
                "name": name,
                "query_type": query_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if query is not UNSET:
            field_dict["query"] = query
        if primary_key is not UNSET:
            field_dict["primary_key"] = primary_key
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        connector_id = d["connector_id"]

        name = d["name"]

        query_type = _QueryType_member(d["query_type"]) or QueryType(d["query_type"])

        description = d.get("description", UNSET)

        query = d.get("query", UNSET)

        primary_key = d.get("primary_key", UNSET)

        _configuration = d.get("configuration", UNSET)
        configuration: ModelCreateConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = dict(_configuration)

        model_create = cls(
            connector_id,
            name,
            query_type,
            description,
            query,
            primary_key,
            configuration,
        )

        if len(d) > 3:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            model_create.additional_properties = extra
        return model_create

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


from ..models.model_create_configuration import ModelCreateConfiguration  # noqa: E402
