"""A local, stateful, spec-driven emulator of the Plivo, Telnyx TeXML and SignalWire LaML recording APIs."""

__version__ = "0.1.0"
