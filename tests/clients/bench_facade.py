"""Per-call overhead of the facade against a raw httpx request to the same local server.

    cd tests && ../.venv/bin/python -m clients.bench_facade [N]

Prints one JSON line: mean microseconds per call for raw httpx and for ``PlivoRecordings.get_recording``
(same connection pool settings, same response), and their ratio. Not collected by pytest.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import httpx

from .fixture_server import FixtureServer, Reply
from .spec_examples import example

GENERATED = str(Path(__file__).resolve().parents[2] / "generated")
if GENERATED not in sys.path:  # until the project install exposes generated/
    sys.path.append(GENERATED)

AUTH_ID, TOKEN, REC = "MAXXXXXXXXXXXXXXXXXX", "t", "c2186400-1c8c-11e4-a664-0026b945b52x"


def _mean_us(call: object, n: int) -> float:
    assert callable(call)
    for _ in range(min(200, n)):
        call()
    start = time.perf_counter()
    for _ in range(n):
        call()
    return (time.perf_counter() - start) / n * 1e6


def main(n: int) -> dict[str, float]:
    from recording_clients import PlivoRecordings  # after generated/ is importable

    server = FixtureServer().start()
    server.default = Reply(200, example("plivo", "getRecording", "200"))
    path = f"/v1/Account/{AUTH_ID}/Recording/{REC}/"
    try:
        with (
            httpx.Client(base_url=server.url, auth=(AUTH_ID, TOKEN)) as raw,
            PlivoRecordings(AUTH_ID, TOKEN, base_url=server.url) as facade,
        ):
            raw_us = _mean_us(lambda: raw.get(path).json(), n)
            facade_us = _mean_us(lambda: facade.get_recording(REC), n)
    finally:
        server.stop()
    return {"n": n, "raw_httpx_us": raw_us, "facade_us": facade_us, "ratio": facade_us / raw_us}


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)))
