"""Helpers for the emulator tests: per-provider HTTP clients and spec checks of callback payloads."""

from __future__ import annotations

import base64
import functools
import uuid
from typing import Any

import httpx
import jsonschema
from recording_emulator.core.spec import load_spec
from recording_emulator.core.validation import ObjectCoercion
from recording_emulator.testing import Emulator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

FORM = {"content-type": "application/x-www-form-urlencoded"}


def unique(prefix: str = "/cb") -> str:
    return f"{prefix}/{uuid.uuid4().hex}"


@functools.cache
def _validator(spec: str, schema: str) -> jsonschema.Draft202012Validator:
    document = load_spec(spec).document
    resource: Resource[Any] = DRAFT202012.create_resource(document)
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
    return jsonschema.Draft202012Validator(
        {"$ref": f"urn:spec#/components/schemas/{schema}"},
        registry=registry,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def schema_errors(spec: str, schema: str, instance: Any) -> list[str]:
    """Validate with the reference ``jsonschema`` (independent of the emulator's own validators)."""
    validator = _validator(spec, schema)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(instance)]


def assert_form_payload(spec: str, schema: str, form: dict[str, str]) -> None:
    """A form-encoded callback, coerced the way a receiver reads it, is valid against its schema."""
    loaded = load_spec(spec)
    typed = ObjectCoercion(loaded, loaded.schema(schema)).convert(form.items())
    errors = schema_errors(spec, schema, typed)
    assert not errors, f"{schema} payload {form} violates the spec: {errors}"


def assert_response(spec: str, schema: str, body: Any) -> None:
    errors = schema_errors(spec, schema, body)
    assert not errors, f"{schema}: {errors}"


class Plivo:
    def __init__(self, emu: Emulator) -> None:
        account = emu.accounts["plivo"]
        self.emu = emu
        self.auth_id = account["auth_id"]
        self.auth_token = account["auth_token"]
        self.http = httpx.Client(
            base_url=emu.url(f"/v1/Account/{self.auth_id}"),
            auth=(self.auth_id, self.auth_token),
            trust_env=False,
            timeout=10,
        )

    def call(self) -> str:
        return self.emu.new_call("plivo")


class Telnyx:
    def __init__(self, emu: Emulator) -> None:
        account = emu.accounts["telnyx"]
        self.emu = emu
        self.account_sid = account["account_sid"]
        self.public_key = account["public_key"]
        self.headers = {"Authorization": f"Bearer {account['api_key']}"}
        self.http = httpx.Client(
            base_url=emu.url(f"/v2/texml/Accounts/{self.account_sid}"),
            headers=self.headers,
            trust_env=False,
            timeout=10,
        )

    def call(self) -> str:
        return self.emu.new_call("telnyx")


class SignalWire:
    def __init__(self, emu: Emulator, prefix: str = "/api/laml/2010-04-01") -> None:
        account = emu.accounts["signalwire"]
        self.emu = emu
        self.project_id = account["project_id"]
        self.signing_key = account["signing_key"]
        self.auth = (self.project_id, account["api_token"])
        self.prefix = prefix
        self.http = httpx.Client(
            base_url=emu.url(f"{prefix}/Accounts/{self.project_id}"),
            auth=self.auth,
            trust_env=False,
            timeout=10,
        )

    def call(self) -> str:
        return self.emu.new_call("signalwire")


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
