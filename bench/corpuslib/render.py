"""Just enough of Django, FreeMarker, Handlebars and gettext to fill the source templates.

Each source keeps its own template language; these functions render the
subset those templates use (if/else, for, with, variables with a few filters),
so the wording reaches the corpus exactly as the source wrote it.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Mapping
from typing import Any

from .templating import fill_exact

_TAG = re.compile(r"{%-?\s*(.*?)\s*-?%}", re.S)


def _lookup(ctx: Mapping[str, Any], dotted: str) -> Any:
    value: Any = ctx
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, Mapping) else getattr(value, part, None)
        if value is None:
            return None
    return value


def _filter(value: Any, name: str, arg: str | None) -> Any:
    if name == "default":
        return value if value else (arg or "")
    if name == "upper":
        return str(value).upper()
    if name == "title":
        return str(value).title()
    if name == "pluralizefr" and arg:
        one, _, many = arg.partition(",")
        return many if isinstance(value, list) and len(value) > 1 else one
    if name == "yesno" and arg:
        yes, _, no = arg.partition(",")
        return yes if value else no
    return value


def _expr(ctx: Mapping[str, Any], expr: str) -> Any:
    head, *filters = expr.strip().split("|")
    value = _lookup(ctx, head.strip())
    for f in filters:
        name, _, arg = f.partition(":")
        value = _filter(value, name.strip(), arg.strip().strip('"') if arg else None)
    return value


def django(template: str, ctx: Mapping[str, Any]) -> str:
    """Render the Django template subset of the les-emplois mail templates."""
    out: list[str] = []
    pos = 0
    stack: list[tuple[str, bool]] = []  # (kind, emitting)

    def emitting() -> bool:
        return all(e for _, e in stack)

    scope: dict[str, Any] = dict(ctx)
    loops: list[tuple[int, str, list[Any], int]] = []
    tags = list(_TAG.finditer(template))
    i = 0
    while i < len(tags):
        m = tags[i]
        if emitting():
            out.append(_vars(template[pos : m.start()], scope))
        pos = m.end()
        words = m.group(1).split()
        kw = words[0] if words else ""
        if kw == "if":
            stack.append(
                (
                    "if",
                    bool(_expr(scope, " ".join(words[1:]).replace("not ", "")))
                    ^ (len(words) > 1 and words[1] == "not"),
                )
            )
        elif kw == "else" and stack:
            kind, cond = stack.pop()
            stack.append((kind, not cond))
        elif kw == "endif" and stack:
            stack.pop()
        elif kw == "with":
            name, _, expr = words[1].partition("=")
            scope[name] = _expr(scope, expr)
        elif kw == "for":
            items = list(_expr(scope, words[3]) or [])
            if items:
                scope[words[1]] = items[0]
                loops.append((i, words[1], items, 1))
            else:
                stack.append(("for", False))
        elif kw == "endfor":
            if loops and loops[-1][3] < len(loops[-1][2]):
                start, var, items, k = loops.pop()
                scope[var] = items[k]
                loops.append((start, var, items, k + 1))
                i = start + 1
                pos = tags[start].end()
                continue
            if loops:
                loops.pop()
            elif stack and stack[-1][0] == "for":
                stack.pop()
        i += 1
    if emitting():
        out.append(_vars(template[pos:], scope))
    return "".join(out)


def _vars(text: str, ctx: Mapping[str, Any]) -> str:
    def sub(m: re.Match[str]) -> str:
        value = _expr(ctx, m.group(1))
        return "" if value is None else str(value)

    return re.sub(r"{{\s*(.*?)\s*}}", sub, text)


def freemarker(template: str, ctx: Mapping[str, str]) -> str:
    """Fill ``${NAME!}`` placeholders; drop directives, macros and buttons."""
    text = re.sub(r"<#--.*?-->", "", template, flags=re.S)
    text = re.sub(r"</?#[^>]*>", "", text)
    text = re.sub(
        r'<@ui\.ctaButton[^>]*label="([^"]*)"[^>]*/>',
        r"<p><a href='https://example.org'>\1</a></p>",
        text,
    )
    text = re.sub(r"<@[^>]*/?>", "", text)
    return re.sub(r"\$\{(\w+)!?[^}]*\}", lambda m: ctx.get(m.group(1), ""), text)


def handlebars(
    template: str, ctx: Mapping[str, Any], *, strict: bool = False, escape: bool = False
) -> str:
    """Fill ``{{a.b}}`` and keep the ``{{#if x}}`` blocks whose value is set.

    Lenient (the default): partials are dropped, the two helpers run, an unknown name is empty.
    ``strict``: every other ``{{ expr }}`` (a helper call too) is looked up by its exact text
    and an unknown one raises, so a source whose template changes cannot be half filled.
    ``escape``: ``{{ }}`` values are HTML-escaped as Handlebars does (``{{{ }}}`` stays raw).
    """

    def block(m: re.Match[str]) -> str:
        return m.group(2) if _lookup(ctx, m.group(1)) else ""

    text = template if strict else re.sub(r"{{>[^}]*}}", "", template)
    text = re.sub(r"{{#if\s+([\w.]+)\s*}}(.*?){{/if}}", block, text, flags=re.S)
    if strict:
        raw = {k: str(v) for k, v in ctx.items()}
        text = fill_exact(text, r"\{\{\{\s*(.*?)\s*\}\}\}", raw)
        shown = {k: html_lib.escape(v, quote=True) for k, v in raw.items()} if escape else raw
        text = fill_exact(text, r"\{\{\s*(.*?)\s*\}\}", shown)
        if "{{" in text:
            raise ValueError("unrendered Handlebars")
        return text
    text = re.sub(r"{{\s*(\w+)\s+([\w.]+)[^}]*}}", lambda m: _helper(ctx, m[1], m[2]), text)
    return re.sub(r"{{{?\s*([\w.]+)\s*}?}}", lambda m: str(_lookup(ctx, m.group(1)) or ""), text)


def _helper(ctx: Mapping[str, Any], name: str, arg: str) -> str:
    """The two Handlebars helpers Open Collective's mails use: currency and permalink."""
    if name == "currency":
        return f"${(_lookup(ctx, arg) or 0) / 100:,.2f}"
    if name == "permalink":
        return str(_lookup(ctx, "permalink") or "")
    return ""


def po_entries(text: str) -> dict[str, str]:
    """msgid -> msgstr of a gettext catalogue (plural and context forms ignored)."""
    entries: dict[str, str] = {}
    for m in re.finditer(r'^msgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)', text, flags=re.M):
        key = _po_string(m.group(1))
        entries[key] = _po_string(m.group(2))
    return entries


def _po_string(block: str) -> str:
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', block)
    raw = "".join(parts)
    return raw.replace(r"\n", "\n").replace(r"\"", '"').replace(r"\t", "\t").replace("\\\\", "\\")


def fill_braces(template: str, ctx: Mapping[str, str]) -> str:
    """Fill ``{$name}`` (OJS) placeholders; unknown ones become empty."""
    return re.sub(r"\{\$(\w+)\}", lambda m: ctx.get(m.group(1), ""), template)
