from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connector_type import ConnectorType
from ..types import UNSET, Unset

_ConnectorType_member = ConnectorType._value2member_map_.get


T = TypeVar("T", bound="ConnectorDefinition")

_KNOWN_KEYS = frozenset(
    (
        "name",
        "title",
        "connector_type",
        "category",
        "documentation_url",
        "github_issue_label",
        "icon",
        "license",
        "release_stage",
        "support_level",
        "tags",
        "connector_spec",
        "sub_category",
    )
)


@_attrs_define
class ConnectorDefinition:
    """
    Attributes:
        name (str):
        title (str):
        connector_type (ConnectorType): Whether a connector reads (source) or writes (destination).
        category (str): e.g. `Data Warehouse`, `AI Model`, `CRM`.
        documentation_url (str):
        github_issue_label (str):
        icon (str):
        license_ (str):
        release_stage (str):
        support_level (str):
        tags (list[str]):
        connector_spec (ConnectorSpec):
        sub_category (str | Unset): e.g. `Relational Database`, `LLM` (sources only, mostly).
    """

    name: str
    title: str
    connector_type: ConnectorType
    category: str
    documentation_url: str
    github_issue_label: str
    icon: str
    license_: str
    release_stage: str
    support_level: str
    tags: list[str]
    connector_spec: ConnectorSpec
    sub_category: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title = self.title

        connector_type = self.connector_type.value

        category = self.category

        documentation_url = self.documentation_url

        github_issue_label = self.github_issue_label

        icon = self.icon

        license_ = self.license_

        release_stage = self.release_stage

        support_level = self.support_level

        tags = self.tags

        connector_spec = self.connector_spec.to_dict()

        sub_category = self.sub_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "title": title,
                "connector_type": connector_type,
                "category": category,
                "documentation_url": documentation_url,
                "github_issue_label": github_issue_label,
                "icon": icon,
                "license": license_,
                "release_stage": release_stage,
                "support_level": support_level,
                "tags": tags,
                "connector_spec": connector_spec,
            }
        )
        if sub_category is not UNSET:
            field_dict["sub_category"] = sub_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        title = d["title"]

        connector_type = _ConnectorType_member(d["connector_type"]) or ConnectorType(d["connector_type"])

        category = d["category"]

        documentation_url = d["documentation_url"]

        github_issue_label = d["github_issue_label"]

        icon = d["icon"]

        license_ = d["license"]

        release_stage = d["release_stage"]

        support_level = d["support_level"]

        tags = cast(list[str], d["tags"])

        connector_spec = ConnectorSpec.from_dict(d["connector_spec"])

        sub_category = d.get("sub_category", UNSET)

        connector_definition = cls(
            name,
            title,
            connector_type,
            category,
            documentation_url,
            github_issue_label,
            icon,
            license_,
            release_stage,
            support_level,
            tags,
            connector_spec,
            sub_category,
        )

        if len(d) > 12:
            extra = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            connector_definition.additional_properties = extra
        return connector_definition

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


from ..models.connector_spec import ConnectorSpec  # noqa: E402
