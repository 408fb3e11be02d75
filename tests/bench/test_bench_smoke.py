"""Keep the benchmark harness from rotting: one tiny load step, the response parser and the report.

No timing is asserted (the machines are noisy); the figures live in ``python -m bench``.
"""

from __future__ import annotations

import datetime

from bench import loadgen, report
from bench.servers import floor_server, workdir


def test_one_tiny_load_step_against_the_floor() -> None:
    with workdir() as work, floor_server(work) as floor:
        request = loadgen.request(
            "POST", "/v1/Account/MA/Call/x/Record/", {"Content-Type": "application/json"}, b"{}"
        )
        spec = loadgen.LoadSpec(port=floor.port, requests=[request], connections=2, warmup=0.1, duration=0.3)
        result = loadgen.run(spec)
    assert result.requests > 0
    assert result.statuses == {"200": result.requests}
    assert result.errors == 0
    assert result.p50_ms <= result.p99_ms


def test_response_parser_handles_lengths_chunks_and_empty_bodies() -> None:
    assert loadgen._response_end(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}") == (200, 40)
    assert loadgen._response_end(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{") is None
    chunked = b"HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
    assert loadgen._response_end(chunked) == (201, len(chunked))
    assert loadgen._response_end(b"HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1") == (204, 27)


def test_report_marks_targets() -> None:
    rows = [
        report.Row("1. Throughput", "emulator vs Prism", "2 vs 1 req/s", 2.0, ">= 2x", True),
        report.Row("2. Client overhead", "facade vs httpx", "3 vs 2 µs", 1.5, "<= 1.2x", False),
        report.Row("4. Codegen", "full", "1.00 s"),
    ]
    text = report.document(
        rows, report.Settings(quick=True), ["CPU: test"], datetime.datetime.now(datetime.UTC), 1
    )
    assert "| PASS |" in text and "| **MISS** |" in text and "1 target(s) missed" in text
    assert "2.00x" in text and "1.50x" in text
