"""Shared request mechanics of the facades: timeouts, typed errors, retries, URL quirks.

Retry policy (the same for all three providers):

* Every operation is classified by the facade as *idempotent* (GET, DELETE, and updates that set a
  target state such as pause/resume/stop) or *not* (starting a recording).
* Idempotent operations are retried up to ``max_retries`` times (default 2, so 3 attempts) on
  connection errors, timeouts, and the statuses 408, 429 and 5xx.
* Non-idempotent operations are retried **only** when the request provably never reached the server:
  a failed or timed-out TCP/TLS connect, or no free pool connection (``httpx.ConnectError``,
  ``ConnectTimeout``, ``PoolTimeout``). A read timeout, a dropped connection, a 5xx or a 429 on a
  start request is raised at once: the server may already have started the recording, and a retry
  could start a second one.
* The delay is exponential with jitter (0.5 s, 1 s, 2 s ... capped at 8 s, each minus up to 25 %),
  unless the response carries ``Retry-After`` (seconds or HTTP date) or ``retry-after-ms`` of at most
  60 s, which is then used as is.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any, Protocol, Self, TypeVar, overload

import httpx

from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    status_error_from_response,
)

T = TypeVar("T")
U = TypeVar("U")
R = TypeVar("R", bound="DetailedResponse")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
USER_AGENT = "recording-clients/0.1"

# The request provably never left the client: safe to retry even a non-idempotent operation.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_RETRYABLE_TRANSPORT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def raise_for_status(response: httpx.Response) -> None:
    """httpx response hook: turn every non-2xx answer into the typed :class:`APIStatusError`."""
    if response.is_success:
        return
    response.read()
    raise status_error_from_response(response)


def keep_colons_in_path(request: httpx.Request) -> None:
    """httpx request hook: send ``v3:abc`` as is; the generator percent-encodes it to ``v3%3Aabc``."""
    path, sep, query = request.url.raw_path.partition(b"?")
    if b"%3A" in path:
        request.url = request.url.copy_with(raw_path=path.replace(b"%3A", b":") + sep + query)


def retry_after(response: httpx.Response) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms`` or ``Retry-After``), if usable."""
    headers = response.headers
    try:
        if "retry-after-ms" in headers:
            seconds = float(headers["retry-after-ms"]) / 1000
        elif "retry-after" in headers:
            value = headers["retry-after"]
            try:
                seconds = float(value)
            except ValueError:
                seconds = parsedate_to_datetime(value).timestamp() - time.time()
        else:
            return None
    except (ValueError, TypeError):
        return None
    return seconds if 0 <= seconds <= MAX_RETRY_AFTER else None


def _is_retryable_status(status: int) -> bool:
    return status in (408, 429) or status >= 500


class Retrier:
    """Runs one operation with the retry policy described in the module docstring."""

    def __init__(
        self,
        max_retries: int = DEFAULT_MAX_RETRIES,
        *,
        sleep: Callable[[float], None] = time.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.max_retries = max_retries
        self._sleep = sleep
        self._jitter = jitter

    def delay(self, attempt: int, response: httpx.Response | None) -> float:
        hinted = retry_after(response) if response is not None else None
        if hinted is not None:
            return hinted
        backoff = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
        return backoff * (1 - 0.25 * self._jitter())

    def call(self, operation: Callable[[], T], *, idempotent: bool) -> T:
        attempt = 0
        while True:
            try:
                return operation()
            except APIStatusError as exc:
                if not (idempotent and _is_retryable_status(exc.status_code)) or attempt >= self.max_retries:
                    raise
                wait = self.delay(attempt, exc.response)
            except httpx.TransportError as exc:
                sent = not isinstance(exc, _NOT_SENT)
                retryable = not sent or (idempotent and isinstance(exc, _RETRYABLE_TRANSPORT))
                if not retryable or attempt >= self.max_retries:
                    raise _wrap(exc) from exc
                wait = self.delay(attempt, None)
            self._sleep(wait)
            attempt += 1


def _wrap(exc: httpx.TransportError) -> APIError:
    request = _request_of(exc)
    where = f"{request.method} {request.url}: " if request is not None else ""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{where}request timed out ({type(exc).__name__})", request=request)
    return APIConnectionError(f"{where}{type(exc).__name__}: {exc}", request=request)


def _request_of(exc: httpx.TransportError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:  # httpx raises when the exception carries no request
        return None


class DetailedResponse(Protocol):
    """What every generated ``sync_detailed`` returns (each package has its own ``Response`` class)."""

    @property
    def status_code(self) -> int: ...

    @property
    def parsed(self) -> object: ...


@overload
def expect(response: DetailedResponse, model: type[T]) -> T: ...
@overload
def expect(response: DetailedResponse, model: tuple[type[T], type[U]]) -> T | U: ...
def expect(response: DetailedResponse, model: type[Any] | tuple[type[Any], ...]) -> Any:
    """The parsed body of a 2xx response, checked against the model(s) the spec promises."""
    if not isinstance(response.parsed, model):
        names = " | ".join(m.__name__ for m in (model if isinstance(model, tuple) else (model,)))
        raise APIResponseValidationError(
            f"unexpected {int(response.status_code)} response: expected {names}, "
            f"got {type(response.parsed).__name__}"
        )
    return response.parsed


def httpx_args(
    *,
    auth: httpx.Auth | None,
    transport: httpx.BaseTransport | None,
    colon_hook: bool = False,
) -> dict[str, Any]:
    """``httpx_args`` for the generated ``Client``: auth, typed-error hook, optional transport."""
    request_hooks: list[Callable[[httpx.Request], None]] = [keep_colons_in_path] if colon_hook else []
    args: dict[str, Any] = {"event_hooks": {"request": request_hooks, "response": [raise_for_status]}}
    if auth is not None:
        args["auth"] = auth
    if transport is not None:
        args["transport"] = transport
    return args


def as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


class FacadeBase:
    """Lifecycle and call plumbing shared by the facades.

    Subclasses build the generated ``Client`` (``self._client``) with :func:`httpx_args` and call
    generated ``sync_detailed`` functions through :meth:`_call`, which applies the retry policy.
    """

    _client: Any  # the generated Client / AuthenticatedClient of the provider's package
    _retrier: Retrier

    def _call(self, operation: Callable[[], R], *, idempotent: bool) -> R:
        try:
            return self._retrier.call(operation, idempotent=idempotent)
        except (KeyError, TypeError, ValueError) as exc:  # raised by the generated from_dict/json parsing
            raise APIResponseValidationError(f"response does not match the spec: {exc!r}") from exc

    @property
    def http_client(self) -> httpx.Client:
        """The underlying pooled ``httpx.Client`` (auth, hooks and timeouts already applied)."""
        client: httpx.Client = self._client.get_httpx_client()
        return client

    def close(self) -> None:
        self.http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
