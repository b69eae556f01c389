"""Contains all the data models used in inputs/outputs"""

from .catalog import Catalog
from .catalog_attributes import CatalogAttributes
from .catalog_content import CatalogContent
from .catalog_document import CatalogDocument
from .catalog_request import CatalogRequest
from .catalog_request_catalog import CatalogRequestCatalog
from .catalog_request_catalog_json_schema import CatalogRequestCatalogJsonSchema
from .catalog_stream import CatalogStream
from .catalog_stream_json_schema import CatalogStreamJsonSchema
from .check_connection_request import CheckConnectionRequest
from .check_connection_request_connection_spec import CheckConnectionRequestConnectionSpec
from .connection_status_result import ConnectionStatusResult
from .connection_status_result_connection_status import ConnectionStatusResultConnectionStatus
from .connection_status_result_connection_status_status import ConnectionStatusResultConnectionStatusStatus
from .connector import Connector
from .connector_attributes import ConnectorAttributes
from .connector_attributes_configuration import ConnectorAttributesConfiguration
from .connector_create import ConnectorCreate
from .connector_create_configuration import ConnectorCreateConfiguration
from .connector_definition import ConnectorDefinition
from .connector_definitions_by_type import ConnectorDefinitionsByType
from .connector_document import ConnectorDocument
from .connector_list import ConnectorList
from .connector_spec import ConnectorSpec
from .connector_spec_connection_specification import ConnectorSpecConnectionSpecification
from .connector_spec_connector_query_type import ConnectorSpecConnectorQueryType
from .connector_spec_stream_type import ConnectorSpecStreamType
from .connector_summary import ConnectorSummary
from .connector_summary_configuration import ConnectorSummaryConfiguration
from .connector_type import ConnectorType
from .connector_update import ConnectorUpdate
from .connector_update_configuration import ConnectorUpdateConfiguration
from .contract_error_tree import ContractErrorTree
from .contract_failure import ContractFailure
from .create_connector_request import CreateConnectorRequest
from .create_model_request import CreateModelRequest
from .create_sync_request import CreateSyncRequest
from .destination_connector_name import DestinationConnectorName
from .empty_data import EmptyData
from .error_document import ErrorDocument
from .error_object import ErrorObject
from .error_object_source import ErrorObjectSource
from .list_connectors_category import ListConnectorsCategory
from .list_connectors_sub_category import ListConnectorsSubCategory
from .mapping_type_entry import MappingTypeEntry
from .message_response import MessageResponse
from .model import Model
from .model_attributes import ModelAttributes
from .model_attributes_configuration_type_0 import ModelAttributesConfigurationType0
from .model_create import ModelCreate
from .model_create_configuration import ModelCreateConfiguration
from .model_document import ModelDocument
from .model_list import ModelList
from .model_summary import ModelSummary
from .model_summary_configuration_type_0 import ModelSummaryConfigurationType0
from .model_update import ModelUpdate
from .model_update_configuration import ModelUpdateConfiguration
from .pagination_links import PaginationLinks
from .query_source_request import QuerySourceRequest
from .query_source_result import QuerySourceResult
from .query_source_result_data_item import QuerySourceResultDataItem
from .query_type import QueryType
from .rails_error import RailsError
from .schedule_type import ScheduleType
from .simple_error import SimpleError
from .source_connector_name import SourceConnectorName
from .sync import Sync
from .sync_attributes import SyncAttributes
from .sync_configuration_input_type_0 import SyncConfigurationInputType0
from .sync_configuration_input_type_1_item import SyncConfigurationInputType1Item
from .sync_configuration_type_0 import SyncConfigurationType0
from .sync_configuration_type_1_item import SyncConfigurationType1Item
from .sync_configurations import SyncConfigurations
from .sync_configurations_data import SyncConfigurationsData
from .sync_configurations_data_configurations import SyncConfigurationsDataConfigurations
from .sync_configurations_data_configurations_catalog_mapping_types import (
    SyncConfigurationsDataConfigurationsCatalogMappingTypes,
)
from .sync_configurations_data_configurations_catalog_mapping_types_static import (
    SyncConfigurationsDataConfigurationsCatalogMappingTypesStatic,
)
from .sync_configurations_data_configurations_catalog_mapping_types_template import (
    SyncConfigurationsDataConfigurationsCatalogMappingTypesTemplate,
)
from .sync_configurations_data_configurations_catalog_mapping_types_template_additional_property import (
    SyncConfigurationsDataConfigurationsCatalogMappingTypesTemplateAdditionalProperty,
)
from .sync_create import SyncCreate
from .sync_document import SyncDocument
from .sync_interval_unit import SyncIntervalUnit
from .sync_list import SyncList
from .sync_mode import SyncMode
from .sync_record import SyncRecord
from .sync_record_action import SyncRecordAction
from .sync_record_attributes import SyncRecordAttributes
from .sync_record_attributes_logs_type_0 import SyncRecordAttributesLogsType0
from .sync_record_attributes_record import SyncRecordAttributesRecord
from .sync_record_list import SyncRecordList
from .sync_record_status import SyncRecordStatus
from .sync_run import SyncRun
from .sync_run_attributes import SyncRunAttributes
from .sync_run_document import SyncRunDocument
from .sync_run_list import SyncRunList
from .sync_run_status import SyncRunStatus
from .sync_run_type import SyncRunType
from .sync_status import SyncStatus
from .sync_update import SyncUpdate
from .trigger_sync_request import TriggerSyncRequest
from .trigger_sync_request_schedule_sync import TriggerSyncRequestScheduleSync
from .update_connector_request import UpdateConnectorRequest
from .update_model_request import UpdateModelRequest
from .update_sync_request import UpdateSyncRequest

__all__ = (
    "Catalog",
    "CatalogAttributes",
    "CatalogContent",
    "CatalogDocument",
    "CatalogRequest",
    "CatalogRequestCatalog",
    "CatalogRequestCatalogJsonSchema",
    "CatalogStream",
    "CatalogStreamJsonSchema",
    "CheckConnectionRequest",
    "CheckConnectionRequestConnectionSpec",
    "ConnectionStatusResult",
    "ConnectionStatusResultConnectionStatus",
    "ConnectionStatusResultConnectionStatusStatus",
    "Connector",
    "ConnectorAttributes",
    "ConnectorAttributesConfiguration",
    "ConnectorCreate",
    "ConnectorCreateConfiguration",
    "ConnectorDefinition",
    "ConnectorDefinitionsByType",
    "ConnectorDocument",
    "ConnectorList",
    "ConnectorSpec",
    "ConnectorSpecConnectionSpecification",
    "ConnectorSpecConnectorQueryType",
    "ConnectorSpecStreamType",
    "ConnectorSummary",
    "ConnectorSummaryConfiguration",
    "ConnectorType",
    "ConnectorUpdate",
    "ConnectorUpdateConfiguration",
    "ContractErrorTree",
    "ContractFailure",
    "CreateConnectorRequest",
    "CreateModelRequest",
    "CreateSyncRequest",
    "DestinationConnectorName",
    "EmptyData",
    "ErrorDocument",
    "ErrorObject",
    "ErrorObjectSource",
    "ListConnectorsCategory",
    "ListConnectorsSubCategory",
    "MappingTypeEntry",
    "MessageResponse",
    "Model",
    "ModelAttributes",
    "ModelAttributesConfigurationType0",
    "ModelCreate",
    "ModelCreateConfiguration",
    "ModelDocument",
    "ModelList",
    "ModelSummary",
    "ModelSummaryConfigurationType0",
    "ModelUpdate",
    "ModelUpdateConfiguration",
    "PaginationLinks",
    "QuerySourceRequest",
    "QuerySourceResult",
    "QuerySourceResultDataItem",
    "QueryType",
    "RailsError",
    "ScheduleType",
    "SimpleError",
    "SourceConnectorName",
    "Sync",
    "SyncAttributes",
    "SyncConfigurationInputType0",
    "SyncConfigurationInputType1Item",
    "SyncConfigurations",
    "SyncConfigurationsData",
    "SyncConfigurationsDataConfigurations",
    "SyncConfigurationsDataConfigurationsCatalogMappingTypes",
    "SyncConfigurationsDataConfigurationsCatalogMappingTypesStatic",
    "SyncConfigurationsDataConfigurationsCatalogMappingTypesTemplate",
    "SyncConfigurationsDataConfigurationsCatalogMappingTypesTemplateAdditionalProperty",
    "SyncConfigurationType0",
    "SyncConfigurationType1Item",
    "SyncCreate",
    "SyncDocument",
    "SyncIntervalUnit",
    "SyncList",
    "SyncMode",
    "SyncRecord",
    "SyncRecordAction",
    "SyncRecordAttributes",
    "SyncRecordAttributesLogsType0",
    "SyncRecordAttributesRecord",
    "SyncRecordList",
    "SyncRecordStatus",
    "SyncRun",
    "SyncRunAttributes",
    "SyncRunDocument",
    "SyncRunList",
    "SyncRunStatus",
    "SyncRunType",
    "SyncStatus",
    "SyncUpdate",
    "TriggerSyncRequest",
    "TriggerSyncRequestScheduleSync",
    "UpdateConnectorRequest",
    "UpdateModelRequest",
    "UpdateSyncRequest",
)
