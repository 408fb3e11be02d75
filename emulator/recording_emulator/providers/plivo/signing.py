"""``X-Plivo-Signature-V3`` (+ ``-Ma-V3`` and the nonce) on every callback attempt (plivo.md §6)."""

from __future__ import annotations

from recording_clients.signatures import plivo_v3_signature

from ...core.callbacks import OutgoingRequest, Signer
from ...core.ids import plivo_nonce
from ...core.records import Delivery


def plivo_signer(auth_token: str) -> Signer:
    def sign(delivery: Delivery, request: OutgoingRequest) -> dict[str, str]:
        nonce = plivo_nonce()
        signature = plivo_v3_signature(request.method, request.signed_url, nonce, auth_token, request.params)
        # one account: the owning account is the main account, so both headers carry the same value
        return {
            "X-Plivo-Signature-V3": signature,
            "X-Plivo-Signature-Ma-V3": signature,
            "X-Plivo-Signature-V3-Nonce": nonce,
        }

    return sign
