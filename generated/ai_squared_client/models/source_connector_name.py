from enum import StrEnum
from typing import Any, ClassVar


class SourceConnectorName(StrEnum):
    # For type checkers only (an annotation is not a member): the model templates look known
    # values up here directly, which is several times faster than calling the class.
    _value2member_map_: ClassVar[dict[str, "SourceConnectorName"]]

    AMAZONS3 = "AmazonS3"
    ANTHROPIC = "Anthropic"
    AWSATHENA = "AwsAthena"
    AWSBEDROCKMODEL = "AwsBedrockModel"
    AWSSAGEMAKERMODEL = "AwsSagemakerModel"
    BIGQUERY = "Bigquery"
    CLICKHOUSE = "Clickhouse"
    DATABRICKS = "Databricks"
    DATABRICKSMODEL = "DatabricksModel"
    FIRECRAWL = "Firecrawl"
    GENERICOPENAI = "GenericOpenAI"
    GOOGLEDRIVE = "GoogleDrive"
    HTTP = "Http"
    HTTPMODEL = "HttpModel"
    INTUITQUICKBOOKS = "IntuitQuickBooks"
    MARIADB = "MariaDB"
    ODOO = "Odoo"
    OPENAI = "OpenAI"
    ORACLE = "Oracle"
    PINECONEDB = "PineconeDB"
    POSTGRESQL = "Postgresql"
    QDRANT = "Qdrant"
    REDSHIFT = "Redshift"
    SALESFORCECONSUMERGOODSCLOUD = "SalesforceConsumerGoodsCloud"
    SFTP = "Sftp"
    SNOWFLAKE = "Snowflake"
    VERTEXMODEL = "VertexModel"
    WATSONXAI = "WatsonxAi"
    WATSONXDATA = "WatsonxData"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SourceConnectorName | None":
        """Accept a value unknown to this client version as an ``UNKNOWN`` pseudo-member."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_unknown(self) -> bool:
        """True when the server sent a value this client version does not list."""
        return self._name_ == "UNKNOWN"
