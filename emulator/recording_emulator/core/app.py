"""The ASGI application: routes and validators compiled from the specs at start-up, one request pipeline.

Pipeline for a provider request::

    route (404) -> method (405 + Allow) -> credentials (401) -> body size (413) -> content type (415)
    -> path, query and body coerced and validated against the spec (400 in the provider's shape)
    -> path account == credentials account -> timers due -> handler -> commit -> [test mode: response
    validated against the spec] -> response

Any unexpected exception becomes the provider's 500 body and is logged (and recorded as a problem).

The hot path is a plain ASGI callable (no framework, one coroutine per request): a raw path's route and
its validated path parameters are remembered (validation is a pure function of the path), the answer waits
for the group commit that holds its writes (``Store.commit_waiter``) and is encoded by ``jsonenc``.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import dataclasses
import json
import logging
import re
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any
from urllib.parse import unquote_plus

from starlette.responses import FileResponse

from ..config import EmulatorConfig
from .emulator import Emulator, SpecViolationError
from .errors import DEFAULT_STATUS, ApiError, ErrorDialect, ErrorKind
from .jsonenc import response_bytes
from .media import MEDIA_TYPES
from .operations import CompiledOperation
from .provider import ApiRequest, ApiResponse, Provider
from .routing import Route, Router
from .spec import load_spec

log = logging.getLogger("recording_emulator")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
_JSON_TYPE = (b"content-type", b"application/json")
PATH_CACHE_LIMIT = 4096  # raw paths whose route and validated parameters are remembered


class _ClientGoneError(Exception):
    pass


@dataclasses.dataclass
class MediaRoute:
    provider: Provider[Any]
    regex: re.Pattern[str]


def parse_pairs(text: str) -> list[tuple[str, str]]:
    """``a=1&b=x+y`` -> pairs (what ``parse_qsl(keep_blank_values=True)`` gives, faster on plain text)."""
    if not text:
        return []
    pairs = []
    for part in text.split("&"):
        if not part:
            continue
        key, _, value = part.partition("=")
        if "%" in part or "+" in part:
            key, value = unquote_plus(key), unquote_plus(value)
        pairs.append((key, value))
    return pairs


class EmulatorApp:
    """ASGI callable serving every provider, the media files and the control API on one port."""

    def __init__(self, config: EmulatorConfig, providers: Sequence[Provider[Any]]) -> None:
        self.config = config
        self.emulator = Emulator(config)
        self.providers = {provider.name: provider for provider in providers}
        self.backends: dict[str, Any] = {}
        self.router: Router[CompiledOperation] = Router()
        self.operations: list[CompiledOperation] = []
        self.claims: list[tuple[str, Provider[Any]]] = []
        self.media_routes: list[MediaRoute] = []
        self._auth_fast: dict[str, dict[str, str]] = {}  # provider -> exact Authorization value -> account
        # raw path -> its route and parameters (a resource is usually addressed more than once)
        self._routes: dict[str, tuple[Route[CompiledOperation], dict[str, str]] | None] = {}
        self._ticker: asyncio.Task[None] | None = None
        for provider in providers:
            self._mount(provider)
        self.claims.sort(key=lambda claim: -len(claim[0]))

    # --- start-up ----------------------------------------------------------------------------------

    def _mount(self, provider: Provider[Any]) -> None:
        spec = load_spec(provider.spec_name)
        self.emulator.specs[provider.name] = spec
        backend = provider.backend(self.emulator)
        self.backends[provider.name] = backend
        self.emulator.backends[provider.name] = backend
        prefixes = ([spec.base_path] if provider.mount_base_path else []) + list(provider.extra_prefixes)
        for op in spec.operations():
            compiled_op = CompiledOperation.build(spec, op, provider, backend)
            if compiled_op.handler is None:
                log.warning("%s: no handler for operationId %s", provider.name, op.operation_id)
            self.operations.append(compiled_op)
            for prefix in prefixes:
                self.router.add(
                    provider.name,
                    prefix,
                    op.path,
                    op.method,
                    compiled_op,
                    optional_suffix=provider.optional_suffix,
                )
        for claim in provider.claims:
            self.claims.append((claim, provider))
        if provider.media_path:
            self.media_routes.append(MediaRoute(provider, re.compile(provider.media_path)))
        if provider.auth is not None:
            account, secret = provider.auth.credentials(self.emulator)
            if provider.auth.scheme == "basic":
                token = base64.b64encode(f"{account}:{secret}".encode()).decode("ascii")
                self._auth_fast[provider.name] = {f"Basic {token}": account}
            else:
                self._auth_fast[provider.name] = {f"Bearer {secret}": account}

    def missing_handlers(self) -> list[str]:
        return [f"{op.provider.name}:{op.spec.operation_id}" for op in self.operations if op.handler is None]

    # --- ASGI --------------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                await self._lifespan(receive, send)
            return
        # HTTP, in this one coroutine (each nested one costs on every call and every resumption)
        raw = scope.get("raw_path")
        path = raw.decode("latin-1") if raw else scope["path"]
        method = scope["method"]
        dialect: ErrorDialect | None = None
        current: CompiledOperation | None = None
        try:
            if self.media_routes and method in ("GET", "HEAD") and (media := self._media_match(path)):
                dialect = media[0].errors
                await self._serve_media(scope, receive, send, *media)
                return
            routes = self._routes
            if path in routes:
                found = routes[path]
            else:
                if len(routes) >= PATH_CACHE_LIMIT:
                    routes.clear()
                found = routes[path] = self.router.match(path)
            if found is None:
                owner = self._owner(path)
                if owner is None:
                    await self._send_json(send, 404, {"error": f"no such path: {path}"})
                    return
                dialect = owner.errors
                raise ApiError(ErrorKind.NOT_FOUND, "The requested resource was not found", generic=True)
            route, params = found
            operation = route.targets.get(method)
            if operation is None:
                dialect = self.providers[route.owner].errors
                raise ApiError(
                    ErrorKind.METHOD_NOT_ALLOWED,
                    f"Method {method} not allowed",
                    headers={"allow": route.allow},
                    generic=True,
                )
            dialect = operation.provider.errors
            current = operation
            # the pipeline: its waits (body, store, commit, sending) here, the rest in plain methods
            headers, account = self._start(scope, operation)
            message = await receive()
            if message["type"] == "http.request" and not message.get("more_body"):
                body_bytes = message.get("body", b"")  # the usual case: the whole body in one message
                if len(body_bytes) > self.config.max_body_bytes:
                    raise self._too_large()
            else:
                body_bytes = await self._read_body(receive, message)
            store = self.emulator.store
            if store.busy:
                await store.available()
            request = self._request(scope, route, params, operation, path, headers, account, body_bytes)
            handler = operation.handler
            assert handler is not None  # _request answered 500 otherwise
            outcome = handler(operation.backend, request)
            response = outcome if type(outcome) is ApiResponse else await outcome  # type: ignore[misc]
            waiter = store.commit_waiter()
            if waiter is not None:  # answer only once the state change is committed
                await waiter
            start, content = self._response_start(operation, response)
            await send(start)
            await send({"type": "http.response.body", "body": content})
        except ApiError as error:
            await self._send_error(send, dialect, error, current)
        except _ClientGoneError:
            return
        except Exception as exc:
            log.exception("unexpected error on %s %s", method, path)
            if not isinstance(exc, SpecViolationError):
                self.emulator.problem(f"unexpected {type(exc).__name__} on {method} {path}: {exc}")
            await self._send_error(
                send, dialect, ApiError(ErrorKind.INTERNAL, "Internal server error", generic=True)
            )

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.startup()
                except Exception as exc:  # pragma: no cover - reported to the server
                    log.exception("start-up failed")
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.shutdown()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def startup(self) -> None:
        self.emulator.store.bind(asyncio.get_running_loop())
        await self.emulator.callbacks.start()
        self._ticker = asyncio.create_task(self._tick(), name="timers")

    async def shutdown(self) -> None:
        if self._ticker is not None:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
        await self.emulator.callbacks.stop()
        await self.emulator.store.durable()
        await self.emulator.store.available()
        self.emulator.close()

    async def _tick(self) -> None:
        """Fire due timers (``time_limit``) even when no request comes in."""
        while True:
            await asyncio.sleep(0.2)
            try:
                await self.emulator.store.available()
                self.emulator.run_timers()
            except Exception:
                log.exception("timer failed")

    def _owner(self, path: str) -> Provider[Any] | None:
        for prefix, provider in self.claims:
            if path.startswith(prefix):
                return provider
        return None

    # --- the pipeline ------------------------------------------------------------------------------

    def _start(self, scope: Scope, op: CompiledOperation) -> tuple[dict[str, str], str]:
        """Headers, credentials (401) and the declared body size (413): what comes before the body."""
        headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in scope["headers"]}
        account = self._authenticate(op.provider, headers)
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.config.max_body_bytes:
            raise self._too_large()
        return headers, account

    def _too_large(self) -> ApiError:
        limit = self.config.max_body_bytes
        return ApiError(ErrorKind.PAYLOAD_TOO_LARGE, f"Request body larger than {limit} bytes", generic=True)

    def _request(
        self,
        scope: Scope,
        route: Route[CompiledOperation],
        params: dict[str, str],
        op: CompiledOperation,
        path: str,
        headers: dict[str, str],
        account: str,
        body_bytes: bytes,
    ) -> ApiRequest:
        """Path, query and body coerced and validated (400 in the provider's shape), the account check,
        due timers: the handler's :class:`ApiRequest`."""
        provider = op.provider
        dialect = provider.errors
        valid_paths = op.valid_paths
        known = valid_paths.get(path)
        if known is None:
            known = self._path_values(op, params)
            if len(valid_paths) >= PATH_CACHE_LIMIT:
                valid_paths.clear()
            valid_paths[path] = known
        path_values = dict(known)
        if provider.auth is not None and provider.auth.account_param:
            named = path_values.get(provider.auth.account_param)
            if named is not None and named != account:
                raise ApiError(
                    provider.auth.mismatch,
                    "The account in the path does not match the credentials",
                    generic=True,
                )

        query_string = scope.get("query_string")
        raw_query = parse_pairs(query_string.decode("latin-1")) if query_string else []
        query_values: dict[str, Any] = {}
        if op.query_checks:
            for check in op.query_checks:
                values = [v for k, v in raw_query if k == check.name]
                if not values:
                    if check.required:
                        raise dialect.validation_error("query", check.name, f"{check.name} is required")
                    continue
                value = check.coercion.convert(values)
                error = check.validator.error(value)
                if error is not None:
                    raise dialect.validation_error("query", check.name, f"{check.name}: {error}")
                query_values[check.name] = value

        body = self._parse_body(op, headers, body_bytes)
        if op.handler is None:
            raise ApiError(ErrorKind.INTERNAL, f"{op.spec.operation_id} is not implemented by the emulator")
        emulator = self.emulator
        emulator.run_timers()
        return ApiRequest(
            operation_id=op.spec.operation_id,
            method=op.spec.method,
            account=account,
            path=path_values,
            query=query_values,
            raw_query=raw_query,
            body=body,
            headers=headers,
            base_url=self._base_url(headers),
            mount_prefix=route.prefix,
            now=emulator.clock.now(),
        )

    def _response_start(self, op: CompiledOperation, response: ApiResponse) -> tuple[Message, bytes]:
        """[test mode: the answer checked against the spec] the ``http.response.start`` message and body."""
        if self.config.test_mode:
            self._check_response(op, response)
        status = response.status
        if response.body is None:
            content = b""
            headers_out = [] if status in (204, 304) else [(b"content-length", b"0")]
        else:
            content = response_bytes(response.body)
            headers_out = [(b"content-length", str(len(content)).encode("latin-1")), _JSON_TYPE]
        for name, value in response.headers.items():
            headers_out.append((name.lower().encode("latin-1"), value.encode("latin-1")))
        return {"type": "http.response.start", "status": status, "headers": headers_out}, content

    @staticmethod
    def _path_values(op: CompiledOperation, params: dict[str, str]) -> dict[str, Any]:
        """The path parameters coerced and validated (400 in the provider's shape)."""
        values: dict[str, Any] = {}
        for check in op.path_checks:
            value = check.coercion.convert([params.get(check.name, "")])
            error = check.validator.error(value)
            if error is not None:
                raise op.provider.errors.validation_error("path", check.name, f"{check.name}: {error}")
            values[check.name] = value
        return values

    def _authenticate(self, provider: Provider[Any], headers: dict[str, str]) -> str:
        auth = provider.auth
        if auth is None:
            return ""
        value = headers.get("authorization")
        if value is not None:
            account = self._auth_fast[provider.name].get(value)
            if account is not None:
                return account
            account = self._authenticate_slow(provider, value)
            if account is not None:
                return account
        message = "Authentication credentials were not provided" if value is None else "Authentication failed"
        raise ApiError(ErrorKind.UNAUTHORIZED, message, headers=self._challenge(provider), generic=True)

    def _authenticate_slow(self, provider: Provider[Any], value: str) -> str | None:
        """Tolerate ``basic``/``BEARER`` spelling and stray whitespace."""
        assert provider.auth is not None
        scheme, _, credentials = value.strip().partition(" ")
        account, secret = provider.auth.credentials(self.emulator)
        credentials = credentials.strip()
        if provider.auth.scheme == "basic" and scheme.lower() == "basic":
            try:
                user, _, password = (
                    base64.b64decode(credentials, validate=True).decode("utf-8").partition(":")
                )
            except (ValueError, UnicodeDecodeError):
                return None
            return account if (user, password) == (account, secret) else None
        if provider.auth.scheme == "bearer" and scheme.lower() == "bearer":
            return account if credentials == secret else None
        return None

    @staticmethod
    def _challenge(provider: Provider[Any]) -> dict[str, str]:
        if provider.auth is not None and provider.auth.scheme == "basic":
            return {"www-authenticate": 'Basic realm="recording-emulator"'}
        return {}

    async def _read_body(self, receive: Receive, message: Message) -> bytes:
        """The rest of a body that comes in several messages (``message`` is the first one)."""
        limit = self.config.max_body_bytes
        chunks: list[bytes] = []
        size = 0
        while True:
            if message["type"] == "http.disconnect":
                raise _ClientGoneError
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise ApiError(
                    ErrorKind.PAYLOAD_TOO_LARGE, f"Request body larger than {limit} bytes", generic=True
                )
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
            message = await receive()
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    def _parse_body(self, op: CompiledOperation, headers: dict[str, str], raw: bytes) -> dict[str, Any]:
        provider = op.provider
        dialect = provider.errors
        content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        empty = not raw.strip()
        if op.body_media_type is None:
            if empty or not provider.lenient_bodies:
                return {}
            return self._lenient_body(content_type, raw)
        if empty:
            if op.body_required:
                raise dialect.validation_error("body", None, "A request body is required")
            body: Any = {}
        elif content_type == op.body_media_type == JSON or (
            content_type == JSON and op.body_media_type == FORM and provider.json_for_form
        ):
            body = self._decode_json(dialect, raw)
        elif content_type == op.body_media_type == FORM:
            try:
                pairs = parse_pairs(raw.decode("utf-8"))
            except UnicodeDecodeError:
                raise dialect.validation_error("body", None, "The form body is not valid UTF-8") from None
            assert op.body_coercion is not None
            body = op.body_coercion.convert(pairs)
        else:
            shown = content_type or "none"
            raise ApiError(
                ErrorKind.UNSUPPORTED_MEDIA_TYPE,
                f"Unsupported Content-Type {shown}; expected {op.body_media_type}",
                generic=True,
            )
        assert op.body_validator is not None
        error = op.body_validator.error(body)
        if error is not None:
            field = error.split(":", 1)[0] if ":" in error else None
            raise dialect.validation_error("body", field, error)
        return dict(body)

    @staticmethod
    def _decode_json(dialect: ErrorDialect, raw: bytes) -> dict[str, Any]:
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise dialect.validation_error("body", None, "The request body is not valid JSON") from None
        if not isinstance(body, dict):
            raise dialect.validation_error("body", None, "The request body must be a JSON object")
        return body

    @staticmethod
    def _lenient_body(content_type: str, raw: bytes) -> dict[str, Any]:
        """A body the operation does not declare (Plivo SDKs send ``{"call_uuid": ...}`` on DELETE)."""
        with contextlib.suppress(ValueError, UnicodeDecodeError):
            if content_type == FORM:
                return dict(parse_pairs(raw.decode("utf-8")))
            body = json.loads(raw)
            if isinstance(body, dict):
                return body
        return {}

    def _base_url(self, headers: dict[str, str]) -> str:
        if self.config.public_base_url:
            return self.config.public_base_url.rstrip("/")
        host = headers.get("host")
        return f"http://{host}" if host else self.config.base_url

    def _check_response(self, op: CompiledOperation, response: ApiResponse) -> None:
        documented = op.documented_response(response.status)
        if documented is None:
            self._violation(f"{op.where(response.status)}: status not documented in the spec")
        if response.body is None:
            if documented and any(v is not None for v in documented.values()):
                self._violation(f"{op.where(response.status)}: empty body but the spec documents content")
            return
        validator = (documented or {}).get(JSON)
        if validator is None:
            self._violation(f"{op.where(response.status)}: JSON body but the spec documents no JSON schema")
        else:
            error = validator.error(response.body)
            if error is not None:
                self._violation(f"{op.where(response.status)}: response violates the spec: {error}")

    def _violation(self, message: str) -> None:
        self.emulator.problem(message)
        raise SpecViolationError(message)

    # --- media -------------------------------------------------------------------------------------

    def _media_match(self, path: str) -> tuple[Provider[Any], dict[str, str]] | None:
        for route in self.media_routes:
            found = route.regex.fullmatch(path)
            if found:
                return route.provider, found.groupdict()
        return None

    async def _serve_media(
        self, scope: Scope, receive: Receive, send: Send, provider: Provider[Any], groups: dict[str, str]
    ) -> None:
        backend = self.backends[provider.name]
        await self.emulator.store.available()
        self.emulator.run_timers()
        found = backend.media(groups["account"], groups["id"], self.emulator.clock.now())
        if found is None:
            raise ApiError(ErrorKind.NOT_FOUND, "The requested resource was not found", generic=True)
        duration_ms, channels = found
        file_format = groups.get("ext") or "wav"  # SignalWire: no extension means WAV
        path = await asyncio.to_thread(self.emulator.media.file, file_format, duration_ms, channels)
        response = FileResponse(path, media_type=MEDIA_TYPES[file_format])
        await response(scope, receive, send)

    # --- sending -----------------------------------------------------------------------------------

    async def _send_error(
        self, send: Send, dialect: ErrorDialect | None, error: ApiError, op: CompiledOperation | None = None
    ) -> None:
        if dialect is None:
            status = error.status or DEFAULT_STATUS[error.kind]
            await self._send(send, status, response_bytes({"error": error.message}), JSON, error.headers)
            return
        status = dialect.status(error)
        body = dialect.body(error, status)
        if self.config.test_mode and op is not None:
            self._check_error(op, status, body)
        await self._send(send, status, response_bytes(body), JSON, error.headers)

    def _check_error(self, op: CompiledOperation, status: int, body: Any) -> None:
        """Test mode: a documented error status must come with its documented body shape."""
        documented = op.responses.get(str(status))
        validator = (documented or {}).get(JSON)
        if validator is not None and (error := validator.error(body)) is not None:
            where = f"{op.provider.name} {op.spec.operation_id} -> {status}"
            self.emulator.problem(f"{where}: error body violates the spec: {error}")

    async def _send_json(self, send: Send, status: int, body: Any) -> None:
        await self._send(send, status, response_bytes(body), JSON, {})

    @staticmethod
    async def _send(
        send: Send, status: int, body: bytes, media_type: str | None, extra: dict[str, str]
    ) -> None:
        headers = [] if status in (204, 304) else [(b"content-length", str(len(body)).encode())]
        if media_type is not None:
            headers.append(_JSON_TYPE if media_type == JSON else (b"content-type", media_type.encode()))
        for name, value in extra.items():
            headers.append((name.lower().encode("latin-1"), value.encode("latin-1")))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
