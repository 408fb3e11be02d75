"""A client library for accessing Telnyx TeXML call recordings"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
