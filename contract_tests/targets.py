"""Where the suite points: the embedded emulator (started here) or a live sandbox (from the environment).

Either way the result is a set of environment variables (``environment.py``); after this module the
tests cannot tell the two targets apart.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping

import httpx

from . import environment
from .control_api import ControlApi
from .providers import ProviderName
from .provision import provision_emulator

_LISTENING = re.compile(r"listening on (http://\S+)")


@contextlib.contextmanager
def embedded_emulator() -> Iterator[str]:
    """Start ``python -m recording_emulator`` on a free 127.0.0.1 port in a child process; yield its URL.

    A separate process, not a thread: on two cores the emulator and Schemathesis then run in parallel
    instead of sharing one interpreter lock. State lives in a temporary directory removed afterwards.
    """
    with tempfile.TemporaryDirectory(prefix="contract-emulator-") as data_dir:
        command = [
            sys.executable,
            "-m",
            "recording_emulator",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--data-dir",
            data_dir,
            "--durability",
            "normal",
            "--log-level",
            "warning",
        ]
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            yield _wait_until_listening(process)
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)


def _wait_until_listening(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + 30
    output: list[str] = []
    base_url = None
    while base_url is None:
        line = process.stdout.readline()
        output.append(line)
        if not line and process.poll() is not None:
            raise RuntimeError(f"the emulator exited with {process.returncode}:\n{''.join(output)}")
        if found := _LISTENING.search(line):
            base_url = found.group(1)
        if time.monotonic() > deadline:
            raise RuntimeError("the emulator did not print its address within 30 s")
    threading.Thread(target=process.stdout.read, daemon=True).start()  # keep the pipe drained
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(base_url + "/_emulator/health", timeout=2, trust_env=False).status_code == 200:
                return base_url
        time.sleep(0.02)
    raise RuntimeError("the emulator did not answer its health check within 30 s")


def emulator_environment(base_url: str, providers: list[ProviderName]) -> dict[str, str]:
    """Reset the emulator and provision it: the variables a live sandbox would have."""
    control = ControlApi(base_url)
    try:
        control.reset()
    finally:
        control.close()
    return provision_emulator(base_url, providers)


def live_environment(
    providers: list[ProviderName], env: Mapping[str, str] | None = None
) -> tuple[dict[str, str], dict[ProviderName, str]]:
    """The live variables to use, and the providers to skip with the reason (missing variables)."""
    env = os.environ if env is None else env
    chosen: dict[str, str] = {}
    skipped: dict[ProviderName, str] = {}
    for provider in providers:
        missing = environment.missing_variables(provider, env)
        if missing:
            skipped[provider] = (
                "no live credentials: set " + ", ".join(missing) + " (see contract_tests/README.md)"
            )
            continue
        spec = environment.VARIABLES[provider]
        chosen[spec.base_url] = environment.resolve_base_url(provider, env)
    return chosen, skipped
