"""One package per provider (Plivo) or family (Twilio-style: Telnyx TeXML and SignalWire LaML).

Each follows the moto layout: ``errors`` (the provider's error body), ``models`` (state and rules, no
HTTP), ``handlers`` (parse and serialise, one function per spec operationId), ``payloads`` (callbacks).
"""
