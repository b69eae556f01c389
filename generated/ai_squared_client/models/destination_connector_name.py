from enum import StrEnum
from typing import Any, ClassVar


class DestinationConnectorName(StrEnum):
    # For type checkers only (an annotation is not a member): the model templates look known
    # values up here directly, which is several times faster than calling the class.
    _value2member_map_: ClassVar[dict[str, "DestinationConnectorName"]]

    AIRTABLE = "Airtable"
    AISDATASTORE = "AISDataStore"
    AMAZONS3 = "AmazonS3"
    DATABRICKSLAKEHOUSE = "DatabricksLakehouse"
    FACEBOOKCUSTOMAUDIENCE = "FacebookCustomAudience"
    GOOGLESHEETS = "GoogleSheets"
    HTTP = "Http"
    HUBSPOT = "Hubspot"
    ITERABLE = "Iterable"
    KLAVIYO = "Klaviyo"
    MAILCHIMP = "Mailchimp"
    MARIADB = "MariaDB"
    MICROSOFTDYNAMICS = "MicrosoftDynamics"
    MICROSOFTEXCEL = "MicrosoftExcel"
    MICROSOFTSQL = "MicrosoftSql"
    ODOO = "Odoo"
    ORACLE = "Oracle"
    PINECONEDB = "PineconeDB"
    POSTGRESQL = "Postgresql"
    QDRANT = "Qdrant"
    SALESFORCECONSUMERGOODSCLOUD = "SalesforceConsumerGoodsCloud"
    SALESFORCECRM = "SalesforceCrm"
    SFTP = "Sftp"
    SLACK = "Slack"
    STRIPE = "Stripe"
    ZENDESK = "Zendesk"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "DestinationConnectorName | None":
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
