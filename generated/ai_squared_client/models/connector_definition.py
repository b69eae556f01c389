from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connector_type import ConnectorType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connector_spec import ConnectorSpec


T = TypeVar("T", bound="ConnectorDefinition")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        from ..models.connector_spec import ConnectorSpec  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        title = d.pop("title")

        connector_type = ConnectorType(d.pop("connector_type"))

        category = d.pop("category")

        documentation_url = d.pop("documentation_url")

        github_issue_label = d.pop("github_issue_label")

        icon = d.pop("icon")

        license_ = d.pop("license")

        release_stage = d.pop("release_stage")

        support_level = d.pop("support_level")

        tags = cast(list[str], d.pop("tags"))

        connector_spec = ConnectorSpec.from_dict(d.pop("connector_spec"))

        sub_category = d.pop("sub_category", UNSET)

        connector_definition = cls(
            name=name,
            title=title,
            connector_type=connector_type,
            category=category,
            documentation_url=documentation_url,
            github_issue_label=github_issue_label,
            icon=icon,
            license_=license_,
            release_stage=release_stage,
            support_level=support_level,
            tags=tags,
            connector_spec=connector_spec,
            sub_category=sub_category,
        )

        connector_definition.additional_properties = d
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
