"""What a provider module plugs into the core: its spec, mount points, auth, error dialect and handlers.

Handlers are plain functions named after their spec ``operationId`` and registered with
``@handlers("operationId")``. They receive the provider's backend (state and rules, no HTTP) and a
parsed, validated :class:`ApiRequest`, and return an :class:`ApiResponse`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .errors import ApiError, ErrorDialect, ErrorKind

if TYPE_CHECKING:
    from .emulator import Emulator

B = TypeVar("B")


@dataclasses.dataclass
class ApiRequest:
    operation_id: str
    method: str
    account: str  # the authenticated account ('' for the control API)
    path: dict[str, Any]
    query: dict[str, Any]
    raw_query: list[tuple[str, str]]
    body: dict[str, Any]
    headers: Mapping[str, str]
    base_url: str  # e.g. 'http://127.0.0.1:8080' (for absolute URLs in responses)
    mount_prefix: str  # the prefix the request came in under ('/2010-04-01' or '/api/laml/2010-04-01')
    now: float  # emulator clock at the start of the request

    def param(self, name: str, default: Any = None) -> Any:
        """A parameter from the body, else the query string (Plivo accepts DELETE params in either)."""
        if name in self.body:
            return self.body[name]
        return self.query.get(name, default)


@dataclasses.dataclass
class ApiResponse:
    status: int
    body: Any = None  # JSON-serialisable, or None for an empty body
    headers: dict[str, str] = dataclasses.field(default_factory=dict)


Handler = Callable[[B, ApiRequest], ApiResponse | Awaitable[ApiResponse]]


class HandlerRegistry(Generic[B]):
    """Handlers of one spec keyed by ``operationId``."""

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.handlers: dict[str, Handler[B]] = {}

    def __call__(self, operation_id: str) -> Callable[[Handler[B]], Handler[B]]:
        def register(function: Handler[B]) -> Handler[B]:
            if operation_id in self.handlers:
                raise ValueError(f"{self.owner}: two handlers for {operation_id}")
            self.handlers[operation_id] = function
            return function

        return register


@dataclasses.dataclass(frozen=True)
class Authenticator:
    """HTTP Basic or Bearer against one account; the path's account parameter must name that account."""

    scheme: str  # 'basic' | 'bearer'
    account_param: str | None  # path parameter holding the account id
    mismatch: ErrorKind  # what the provider answers when the path names another account
    credentials: Callable[[Emulator], tuple[str, str]]  # -> (account id, secret); basic: (user, password)


@dataclasses.dataclass(frozen=True)
class Provider(Generic[B]):
    name: str  # 'plivo' | 'telnyx' | 'signalwire' | 'emulator'
    spec_name: str  # file stem in specs/
    claims: tuple[str, ...]  # path prefixes whose unknown paths get this provider's 404
    errors: ErrorDialect
    handlers: HandlerRegistry[B]
    backend: Callable[[Emulator], B]
    auth: Authenticator | None = None
    extra_prefixes: tuple[str, ...] = ()  # mounted besides the path of servers[0].url
    optional_suffix: str | None = None  # e.g. '.json' for SignalWire
    json_for_form: bool = False  # accept JSON where the spec declares a form body (Telnyx SDK)
    lenient_bodies: bool = False  # parse a JSON body on operations that declare none (Plivo DELETE)
    media_path: str | None = None  # regex with groups account, id, ext for finished recordings
    mount_base_path: bool = True  # mount at the path of servers[0].url


def unauthorized(message: str) -> ApiError:
    return ApiError(ErrorKind.UNAUTHORIZED, message)
