"""Path templates from the specs compiled to regular expressions, matched against the raw request path.

Rules shared by every provider: a trailing slash is optional (no redirect, so POST and DELETE bodies
survive); a provider may declare a suffix (SignalWire's ``.json``) optional; parameters are matched on
the percent-encoded path and decoded afterwards, so an encoded ``/`` inside a conference name works.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Generic, TypeVar
from urllib.parse import unquote

T = TypeVar("T")

_PARAM = re.compile(r"\{([^{}]+)\}")


@dataclasses.dataclass
class Route(Generic[T]):
    """One path (under one mount prefix) and what each HTTP method on it leads to."""

    owner: str  # provider name, or 'emulator'
    prefix: str
    template: str
    regex: re.Pattern[str]
    param_names: tuple[str, ...]
    targets: dict[str, T] = dataclasses.field(default_factory=dict)  # METHOD -> target

    @property
    def allow(self) -> str:
        return ", ".join(sorted(self.targets))


def compile_template(prefix: str, template: str, optional_suffix: str | None) -> tuple[str, tuple[str, ...]]:
    path = template.rstrip("/") or "/"
    suffix = ""
    if optional_suffix and path.endswith(optional_suffix):
        path = path[: -len(optional_suffix)]
        suffix = f"(?:{re.escape(optional_suffix)})?"
    names: list[str] = []
    pattern = [re.escape(prefix)]
    position = 0
    for match in _PARAM.finditer(path):
        pattern.append(re.escape(path[position : match.start()]))
        pattern.append(f"(?P<p{len(names)}>[^/]+?)")
        names.append(match.group(1))
        position = match.end()
    pattern.append(re.escape(path[position:]))
    return "".join(pattern) + suffix + "/?", tuple(names)


def _bucket(path: str) -> tuple[str, int]:
    """First segment and segment count: a request only tries routes of the same shape."""
    segments = path.strip("/").split("/")
    return segments[0], len(segments)


class Router(Generic[T]):
    """Routes bucketed by their first path segment, so a request only tries a handful of patterns."""

    def __init__(self) -> None:
        self._routes: dict[tuple[str, str], Route[T]] = {}
        self._buckets: dict[tuple[str, int], list[Route[T]]] = {}

    def add(
        self,
        owner: str,
        prefix: str,
        template: str,
        method: str,
        target: T,
        *,
        optional_suffix: str | None = None,
    ) -> Route[T]:
        key = (prefix, template)
        route = self._routes.get(key)
        if route is None:
            source, names = compile_template(prefix, template, optional_suffix)
            route = Route(owner, prefix, template, re.compile(source), names)
            self._routes[key] = route
            bucket = self._buckets.setdefault(_bucket(prefix + template), [])
            bucket.append(route)
            # more literal text first: '/Record/Pause/' must win over a parameter that could swallow it
            bucket.sort(key=lambda r: (-len(_PARAM.sub("", r.template)), r.template))
        route.targets[method.upper()] = target
        return route

    def match(self, raw_path: str) -> tuple[Route[T], dict[str, str]] | None:
        for route in self._buckets.get(_bucket(raw_path), ()):
            found = route.regex.fullmatch(raw_path)
            if found is not None:
                params = {name: unquote(found.group(f"p{i}")) for i, name in enumerate(route.param_names)}
                return route, params
        return None

    def routes(self) -> list[Route[T]]:
        return list(self._routes.values())
