"""Prefect's environment for wparchive: no telemetry, no UI, nothing that reaches the internet.

Import this before ``prefect``: Prefect reads these settings when it is first imported. Values already set in
the environment win (``setdefault``), so a deployment can still point PREFECT_API_URL at its own server.
"""

from __future__ import annotations

import os

QUIET_PREFECT: dict[str, str] = {
    # Both are needed: with either alone Prefect still tried to send telemetry (shared/notes/stack-facts.md).
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # The UI can fetch the collections registry from GitHub; wparchive needs no UI.
    "PREFECT_SERVER_UI_ENABLED": "false",
    "PREFECT_UI_ENABLED": "false",
    # A temporary server's first start overran Prefect's 20 s default once on a 2-core machine.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}

for _key, _value in QUIET_PREFECT.items():
    os.environ.setdefault(_key, _value)
