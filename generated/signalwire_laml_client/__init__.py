"""A client library for accessing SignalWire Compatibility (LaML / cXML) API - call recordings"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
