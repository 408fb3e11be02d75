"""The console entry point: options, the banner with base URLs and credentials."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from recording_emulator.cli import banner, config_from_args, parser
from recording_emulator.config import config_from_env


def test_banner_lists_every_provider_and_credential() -> None:
    config = config_from_args(
        parser().parse_args(["--port", "9999", "--plivo-auth-id", "MAABCDEFGHIJKLMNOPQR"])
    )
    text = banner(config, 9999)
    assert "http://127.0.0.1:9999/v1/Account/MAABCDEFGHIJKLMNOPQR/" in text
    assert "http://127.0.0.1:9999/v2" in text and "http://127.0.0.1:9999/api/laml/2010-04-01" in text
    assert "/2010-04-01" in text and "public_key=" in text and "signing_key=PSK_" in text
    assert config.data_dir == Path(".emulator-data")


def test_options_and_environment() -> None:
    env = {"RECORDING_EMULATOR_TELNYX_API_KEY": "KEY_from_env", "RECORDING_EMULATOR_CALLBACK_RETRIES": "5"}
    config = config_from_env(env, clock="manual")
    assert config.credentials.telnyx_api_key == "KEY_from_env" and config.clock == "manual"
    assert config.callback_retries == 5
    args = parser().parse_args(
        ["--clock", "manual", "--allow-callback-host", "hooks.example.com", "--test-mode"]
    )
    from_args = config_from_args(args)
    assert from_args.callback_allow_hosts == ("hooks.example.com",) and from_args.test_mode


def test_module_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "recording_emulator", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0 and "--data-dir" in result.stdout
