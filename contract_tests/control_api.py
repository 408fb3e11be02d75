"""A small client of the emulator's control API (``specs/emulator.yaml``), used only to set up and settle.

Tests never call it: it creates the live resources a live sandbox would already have (calls, a
conference, a multiparty call), ends them so recordings finish, and drains the callback queue.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx


@dataclasses.dataclass(frozen=True)
class Room:
    name: str
    uuid: str


class ControlApi:
    def __init__(self, base_url: str, *, timeout: float = 30.0) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(base_url=self.base_url + "/_emulator", timeout=timeout, trust_env=False)

    def close(self) -> None:
        self._http.close()

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self._http.request(method, path, **kwargs)
        response.raise_for_status()
        return response.json() if response.content else None

    def accounts(self) -> dict[str, dict[str, str]]:
        result: dict[str, dict[str, str]] = self._json("GET", "/accounts")
        return result

    def reset(self) -> None:
        self._json("POST", "/reset")

    def create_call(self, provider: str) -> str:
        return str(self._json("POST", "/calls", json={"provider": provider})["call_id"])

    def hang_up(self, call_id: str) -> None:
        """End a call; a call that already ended (400) or is unknown (404) is fine."""
        response = self._http.delete(f"/calls/{call_id}")
        if response.status_code not in (204, 400, 404):
            response.raise_for_status()

    def create_conference(self, name: str) -> Room:
        body = self._json("POST", "/conferences", json={"name": name})
        return Room(body["name"], body["uuid"])

    def end_conference(self, name: str) -> None:
        response = self._http.delete(f"/conferences/{name}")
        if response.status_code not in (204, 404):
            response.raise_for_status()

    def create_mpc(self, name: str) -> Room:
        body = self._json("POST", "/mpcs", json={"name": name})
        return Room(body["name"], body["uuid"])

    def end_mpc(self, uuid: str) -> None:
        response = self._http.delete(f"/mpcs/{uuid}")
        if response.status_code not in (204, 404):
            response.raise_for_status()

    def advance_clock(self, seconds: float) -> None:
        self._json("POST", "/clock/advance", json={"seconds": seconds})

    def flush_callbacks(self, timeout: float = 20.0) -> bool:
        """Wait until the emulator has no callback pending or in flight; ``False`` on timeout."""
        response = self._http.post("/callbacks/flush", json={"timeout": timeout}, timeout=timeout + 10)
        return response.status_code == 200

    def deliveries(self, provider: str | None = None) -> list[dict[str, Any]]:
        params = {"provider": provider} if provider else None
        result: list[dict[str, Any]] = self._json("GET", "/callbacks", params=params)["deliveries"]
        return result

    def problems(self) -> list[str]:
        result: list[str] = self._json("GET", "/problems")["problems"]
        return result
