"""The one TLS policy of Rebound's IMAP and SMTP connections: certificates always verified."""

from __future__ import annotations

import ssl

from agent.errors import ConnectError


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    """Verification on, always; an extra CA bundle may be added (self-signed servers)."""
    ctx = ssl.create_default_context()
    if ca_file:
        try:
            ctx.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise ConnectError(f"cannot load CA file {ca_file}: {exc}") from exc
    return ctx


def untrusted(where: str, exc: ssl.SSLCertVerificationError, account: str) -> ConnectError:
    """The one wording for a certificate that failed verification, naming the setting to fix."""
    return ConnectError(
        f"{where}: TLS certificate not trusted ({exc.verify_message}); "
        f"set {account}.ca_file for a self-signed server"
    )
