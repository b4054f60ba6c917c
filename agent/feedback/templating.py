"""The Jinja2 environment shared by drafts and the digest.

User templates (``feedback.templates_dir``) shadow the bundled ones by name, so
a user can override one file without copying the rest. HTML templates are
autoescaped: everything that comes from a mail is untrusted. Undefined
variables are errors, so a typo in a user template fails at start-up
(:func:`agent.service.doctor.check_templates`) instead of producing a half-empty
email at send time.
"""

from __future__ import annotations

import functools
import hashlib
import weakref
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from agent import files
from agent.errors import TemplateError

BUNDLED = Path(__file__).resolve().parents[1] / "templates"
_MAX_KEPT = 200  # compiled templates kept on disk: the bundled ones and a user's, with room


class _CompiledOnce(jinja2.BytecodeCache):
    """Compiled templates shared by every environment of this process, and kept across runs.

    An environment lives for one scan, import or check, and each compiled every template
    it used again: ``rebound scan`` checks them all at start-up, then compiled the
    feedback templates a second time for its first draft (~0.1 s of CPU), and the
    daemon on every wake-up that drafts. Compiling all of them at a scan's start-up was
    ~0.25 s of its CPU, every run: the code is also kept in one private file of the cache
    folder (:func:`code_file`), read on first use and rewritten when a template was
    compiled. Jinja keys an entry by the template's name and file and checks its
    source's checksum (and its own bytecode version and Python's), so an edited template
    is compiled afresh; one entry per template file, replaced when its source changes.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] | None = None

    def _known(self) -> dict[str, bytes]:
        if self._code is None:
            self._code = files.read_kept(code_file())
        return self._code

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._known().get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = bucket.bytecode_to_string()
        files.keep(
            self._known(),
            bucket.key,
            code,
            limit=_MAX_KEPT,
            path=code_file(),
            family="templates-*.code",
        )


@functools.cache
def code_file() -> Path:
    """The kept code's file, named by what the code depends on besides each template's
    source: this module (the environment's options) and Jinja's version."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(jinja2.__version__.encode())
    return files.cache_folder() / f"templates-{digest.hexdigest()[:16]}.code"


_COMPILED = _CompiledOnce()


def environment(templates_dir: str = "") -> jinja2.Environment:
    search = [templates_dir] if templates_dir else []
    search.append(str(BUNDLED))
    return SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(search),
        autoescape=jinja2.select_autoescape(["html", "htm", "html.j2"], default=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=_COMPILED,  # every environment is made here, with the same options
    )


_NAMES: weakref.WeakKeyDictionary[jinja2.Environment, frozenset[str]] = weakref.WeakKeyDictionary()


def template_names(env: jinja2.Environment) -> frozenset[str]:
    """Every template name ``env`` can load, listed once per environment.

    ``list_templates`` walks the template folders on disk (~0.2 ms), and each draft
    asks twice (its languages, its template). An environment lives for one scan,
    import or check, so a template added meanwhile is seen by the next one.
    """
    names = _NAMES.get(env)
    if names is None:
        names = _NAMES[env] = frozenset(env.list_templates())
    return names


def render(env: jinja2.Environment, name: str, **context: Any) -> str:
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateNotFound:
        raise TemplateError(f"template {name!r} not found in {_where(env)}") from None
    except jinja2.TemplateError as exc:
        raise TemplateError(f"template {name!r}: {exc}") from None


def _where(env: jinja2.Environment) -> str:
    loader = env.loader
    if isinstance(loader, jinja2.FileSystemLoader):
        return ", ".join(str(p) for p in loader.searchpath)
    return "the template folders"  # pragma: no cover
