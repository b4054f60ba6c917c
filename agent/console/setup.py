"""First steps: ``rebound init``, ``config path``, ``config check``, ``db path``.

``init`` writes the bundled, commented ``config.example.toml`` to the default
path, so a new user starts from the documented file rather than from an error.
On a terminal it asks for the few values nobody else can know (name, address,
time zone, mail servers); without one it asks nothing and writes the example.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from agent import config as config_mod
from agent.errors import UsageError

Ask = Callable[[str, str], str]


def example_text() -> str:
    """The commented example config, as shipped in the package."""
    return resources.files("agent").joinpath("data/config.example.toml").read_text("utf-8")


def target_path(explicit: str | None) -> Path:
    """Where ``init`` writes: --config, else $REBOUND_CONFIG, else the per-user default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("REBOUND_CONFIG")
    if env:
        return Path(env).expanduser()
    return config_mod.default_paths()[0]


def _local_zone() -> str:
    """The machine's IANA time zone name, if it says."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if "/" in tz:
        return tz
    link = Path("/etc/localtime")
    if link.is_symlink():
        return str(link.resolve()).split("zoneinfo/")[-1]
    return "UTC"


# (section, key, question); the defaults come from the example file itself.
QUESTIONS = (
    ("owner", "name", "Your name (signs the requests)"),
    ("owner", "email", "Your email address"),
    ("owner", "timezone", "Your time zone"),
    ("imap", "host", "IMAP server"),
    ("imap", "username", "IMAP user name"),
    ("smtp", "host", "SMTP server"),
    ("smtp", "username", "SMTP user name"),
)


def _set(text: str, section: str, key: str, value: str) -> str:
    """Replace one ``key = "…"`` inside ``[section]``, keeping its comment."""
    head = re.search(rf"^\[{section}\]$", text, re.MULTILINE)
    if head is None:
        return text
    rest = text[head.end() :]
    line = re.search(rf'^({key}\s*=\s*)"[^"\n]*"', rest, re.MULTILINE)
    if line is None:
        return text
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    start = head.end() + line.start()
    return text[:start] + line.group(1) + quoted + text[head.end() + line.end() :]


def _current(text: str, section: str, key: str) -> str:
    head = re.search(rf"^\[{section}\]$", text, re.MULTILINE)
    line = re.search(rf'^{key}\s*=\s*"([^"\n]*)"', text[head.end() :] if head else "", re.M)
    return line.group(1) if line else ""


def fill_in(text: str, ask: Ask) -> str:
    """Ask the questions (Enter keeps the shown default) and put the answers in."""
    for section, key, question in QUESTIONS:
        default = _current(text, section, key)
        if (section, key) == ("owner", "timezone"):
            default = _local_zone()
        if key == "username":
            default = _current(text, "owner", "email") or default
        answer = ask(question, default).strip() or default
        text = _set(text, section, key, answer)
    return text


def _ask_stdin(question: str, default: str) -> str:
    return input(f"{question} [{default}]: ")


def write_config(
    explicit: str | None,
    *,
    interactive: bool | None = None,
    ask: Ask = _ask_stdin,
    dry_run: bool = False,
) -> Path:
    """``rebound init``: write the example (filled in on a terminal); never overwrite."""
    path = target_path(explicit)
    if path.exists():
        raise UsageError(
            f"{path} already exists; edit it, check it with `rebound config check`, "
            "or move it away to start again"
        )
    if dry_run:
        return path
    text = example_text()
    if interactive is None:
        interactive = sys.stdin.isatty() and sys.stdout.isatty()
    if interactive:
        text = fill_in(text, ask)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    return path
