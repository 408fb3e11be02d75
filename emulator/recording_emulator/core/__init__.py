"""Provider-agnostic mechanics: specs, validation, routing, store, clock, callbacks, media, the ASGI app."""
