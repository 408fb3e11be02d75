"""Schemathesis contract tests of the three recording specs, against the embedded emulator or a live sandbox.

Run ``python -m contract_tests --help``; the same ``schemathesis.toml`` and hooks also drive the bare
``schemathesis run`` CLI (see ``contract_tests/README.md``).
"""
