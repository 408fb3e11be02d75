"""``recording-emulator`` / ``python -m recording_emulator``: serve all three providers on one port."""

from __future__ import annotations

import argparse
import contextlib
import logging
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import uvicorn

from . import __version__
from .app import create_app
from .config import EmulatorConfig, config_from_env
from .core.emulator import telnyx_keys

DEFAULT_DATA_DIR = ".emulator-data"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="recording-emulator",
        description="Local, stateful emulator of the Plivo, Telnyx TeXML and SignalWire LaML recording APIs.",
    )
    p.add_argument("--host", default=None, help="interface to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="port (default 8080; 0 picks a free one)")
    p.add_argument(
        "--data-dir", type=Path, default=None, help=f"state directory (default ./{DEFAULT_DATA_DIR})"
    )
    p.add_argument("--public-base-url", default=None, help="base of URLs in responses and callbacks")
    p.add_argument("--test-mode", action="store_true", default=None, help="validate responses and callbacks")
    p.add_argument("--clock", choices=["real", "manual"], default=None, help="emulator clock mode")
    p.add_argument(
        "--allow-callback-host",
        action="append",
        default=None,
        metavar="HOST",
        help="host callbacks may target besides loopback (repeatable; '*' allows any)",
    )
    p.add_argument(
        "--durability",
        choices=["full", "normal"],
        default=None,
        help="SQLite synchronous mode: 'normal' (default) survives kill -9, 'full' also an OS crash",
    )
    p.add_argument("--access-log", action="store_true", default=None, help="log every request")
    p.add_argument("--log-level", default="info", help="logging level (default info)")
    for name in (
        "plivo-auth-id",
        "plivo-auth-token",
        "telnyx-account-sid",
        "telnyx-api-key",
        "signalwire-project-id",
        "signalwire-api-token",
        "signalwire-signing-key",
    ):
        p.add_argument(f"--{name}", default=None, help=f"override the default {name.replace('-', ' ')}")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def config_from_args(args: argparse.Namespace) -> EmulatorConfig:
    values: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "data_dir": args.data_dir,
        "public_base_url": args.public_base_url,
        "test_mode": args.test_mode,
        "clock": args.clock,
        "durability": args.durability,
        "access_log": args.access_log,
        "callback_allow_hosts": tuple(args.allow_callback_host) if args.allow_callback_host else None,
    }
    for name in (
        "plivo_auth_id",
        "plivo_auth_token",
        "telnyx_account_sid",
        "telnyx_api_key",
        "signalwire_project_id",
        "signalwire_api_token",
        "signalwire_signing_key",
    ):
        values[name] = getattr(args, name)
    config = config_from_env(**values)
    if config.data_dir is None:
        config = config.replace(data_dir=Path(DEFAULT_DATA_DIR))
    return config


def banner(config: EmulatorConfig, port: int) -> str:
    base = config.public_base_url or f"http://{config.host}:{port}"
    c = config.credentials
    public_key = telnyx_keys(c.telnyx_private_key_seed).public_key_b64
    return "\n".join(
        [
            f"recording-emulator {__version__} listening on {base}  (state in {config.data_dir})",
            f"  Plivo       {base}/v1/Account/{c.plivo_auth_id}/",
            f"              auth_id={c.plivo_auth_id} auth_token={c.plivo_auth_token}",
            f"  Telnyx      {base}/v2   (TELNYX_BASE_URL)",
            f"              account_sid={c.telnyx_account_sid} api_key={c.telnyx_api_key}",
            f"              public_key={public_key}",
            f"  SignalWire  {base}/api/laml/2010-04-01   (also {base}/2010-04-01)",
            f"              project_id={c.signalwire_project_id} api_token={c.signalwire_api_token}",
            f"              signing_key={c.signalwire_signing_key}",
            f"  Control     {base}/_emulator/   (specs/emulator.yaml)",
        ]
    )


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.setblocking(False)
    return sock


def server_for(config: EmulatorConfig, log_level: str = "warning") -> uvicorn.Server:
    app = create_app(config)
    return uvicorn.Server(
        uvicorn.Config(
            app,
            lifespan="on",
            access_log=config.access_log,
            log_level=log_level,
            timeout_graceful_shutdown=5,
            # the app reads neither the client address nor the scheme: no X-Forwarded-* middleware
            proxy_headers=False,
        )
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    config = config_from_args(args)
    sock = bind(config.host, config.port)
    port = int(sock.getsockname()[1])
    config = config.replace(port=port)
    server = server_for(config, args.log_level.lower())
    print(banner(config, port), flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.run(sockets=[sock])
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
