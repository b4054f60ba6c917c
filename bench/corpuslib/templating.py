"""Just enough of EJS, ERB-with-i18n, PHP views and JavaScript template literals to fill the
session-15 sources' mail templates, so their wording reaches the corpus as written.

Each function renders the subset its source uses; an unknown construct raises ValueError
rather than guessing, so a source that changes shape fails loudly at build time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

_SAFE_EXPR = re.compile(r"^[\w.\s\"'=!<>|&?:()\[\],+-]*$")


class Obj(dict[str, Any]):
    """A dict read with JavaScript's dotted access; a missing key is ``None`` (falsy)."""

    def __getattr__(self, name: str) -> Any:
        value = self.get(name)
        return Obj(value) if isinstance(value, dict) and not isinstance(value, Obj) else value


def _py_expr(js: str) -> str:
    """A JavaScript expression of the EJS templates as the equivalent Python expression."""
    if not _SAFE_EXPR.match(js) or "__" in js:
        raise ValueError(f"unsupported EJS expression: {js!r}")
    e = re.sub(r"([\w.]+)\?\.length", r"len(\1 or [])", js)
    e = re.sub(r"([\w.]+)\.length", r"len(\1)", e)
    e = e.replace("===", "==").replace("!==", "!=").replace("&&", " and ").replace("||", " or ")
    e = re.sub(r"!(?!=)", " not ", e)
    ternary = re.fullmatch(r"\s*(.+?)\s*\?\s*(.+?)\s*:\s*(.+?)\s*", e)
    if ternary:
        e = f"({ternary.group(2)} if {ternary.group(1)} else {ternary.group(3)})"
    return e


def ejs(template: str, data: Mapping[str, Any], bare: bool = False) -> str:
    """Render an EJS template (output tags, if/else, forEach) with ``data`` as ``data``; with
    ``bare`` its keys are also plain names (``ejs.render(template, data)``'s locals)."""
    lines = ["def _render(data, out):"]
    if bare:
        lines += [f"    {key} = data[{key!r}]" for key in data if key.isidentifier()]
    depth = 1
    for part in re.split(r"(<%[-=]?.*?%>)", template, flags=re.S):
        pad = "    " * depth
        if not part.startswith("<%"):
            lines.append(f"{pad}out.append({part!r})")
            continue
        code = part[2:-2].strip()
        if code[:1] in "=-":
            lines.append(f"{pad}out.append(str({_py_expr(code[1:].strip())}))")
        elif m := re.fullmatch(r"if\s*\((.*)\)\s*\{", code, re.S):
            lines.append(f"{pad}if {_py_expr(m.group(1))}:")
            lines.append(f"{pad}    pass")
            depth += 1
        elif m := re.fullmatch(r"\}\s*else if\s*\((.*)\)\s*\{", code, re.S):
            lines.append(f"{'    ' * (depth - 1)}elif {_py_expr(m.group(1))}:")
            lines.append(f"{pad}pass")
        elif re.fullmatch(r"\}\s*else\s*\{", code):
            lines.append(f"{'    ' * (depth - 1)}else:")
            lines.append(f"{pad}pass")
        elif m := re.fullmatch(r"([\w.]+)\.forEach\(function\((\w+)\)\s*\{", code):
            lines.append(f"{pad}for {m.group(2)} in {_py_expr(m.group(1))}:")
            lines.append(f"{pad}    pass")
            depth += 1
        elif code in ("}", "})"):
            depth -= 1
        else:
            raise ValueError(f"unsupported EJS tag: {part!r}")
    scope: dict[str, Any] = {"len": len, "str": str}
    exec("\n".join(lines), scope)  # our own translation of checked expressions
    out: list[str] = []
    scope["_render"](Obj(data), out)
    return "".join(out)


def yaml_scalar(text: str, dotted: str) -> str:
    """The scalar at ``dotted`` (``en.a.b``) of a Rails locale file: plain, quoted or ``>-``."""
    indent, lines, i = -1, text.splitlines(), 0
    for key in dotted.split("."):
        pat = re.compile(rf"^( *){re.escape(key)}:(.*)$")
        while i < len(lines):
            m = pat.match(lines[i])
            i += 1
            if m and len(m.group(1)) > indent:
                indent, rest = len(m.group(1)), m.group(2).strip()
                break
        else:
            raise ValueError(f"no key {dotted}")
    if rest in (">-", ">", "|"):
        block = []
        while i < len(lines) and (
            not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent
        ):
            block.append(lines[i].strip())
            i += 1
        return " ".join(b for b in block if b)
    return rest[1:-1] if rest[:1] in "\"'" else rest


def rails_t(template: str, values: Mapping[str, str]) -> str:
    """Fill Rails' ``%{name}`` interpolations."""
    return re.sub(r"%\{(\w+)\}", lambda m: values[m.group(1)], template)


def js_literal(source: str, start: str) -> str:
    """The body of the JavaScript template literal that follows ``start`` in ``source``."""
    at = source.index(start)
    open_ = source.index("`", at)
    close = open_ + 1
    while source[close] != "`" or source[close - 1] == "\\":
        close += 1
    return source[open_ + 1 : close]


def fill_js(literal: str, values: Mapping[str, str]) -> str:
    """Replace each ``${expr}`` of a template literal by ``values[expr]`` (all must be given)."""

    def sub(m: re.Match[str]) -> str:
        expr = m.group(1).strip()
        if expr not in values:
            raise ValueError(f"no value for ${{{expr}}}")
        return values[expr]

    return re.sub(r"\$\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}", sub, literal)


def exact_value(values: Mapping[str, str]) -> Callable[[str], str]:
    """An expression's value by its exact text (a ``render_blade`` lookup, say); an unknown one
    raises, so a template that changes cannot be half filled."""

    def value(expr: str) -> str:
        if expr not in values:
            raise ValueError(f"no value for {expr!r}")
        return values[expr]

    return value


def fill_exact(template: str, pattern: str, values: Mapping[str, str]) -> str:
    """Replace each match of ``pattern`` by ``values`` of its first group, its whitespace folded;
    a placeholder without a value raises, so a template that changes cannot be half filled."""

    def sub(m: re.Match[str]) -> str:
        key = " ".join(m.group(1).split())
        if key not in values:
            raise ValueError(f"no value for {m.group(0)!r}")
        return values[key]

    return re.sub(pattern, sub, template)


def js_function(source: str, name: str, keyword: str = "async function") -> str:
    """The source of the JavaScript/TypeScript function ``keyword name(``, up to the next
    line starting with ``keyword`` (the next function of its kind) or the end: the text a
    recipe reads its mail from."""
    at = source.index(f"{keyword} {name}(")
    end = source.find(f"\n{keyword} ", at + 1)
    return source[at : end if end != -1 else len(source)]


def blade_branches(lines: Iterable[str], flags: Mapping[str, bool]) -> Iterator[str]:
    """The lines of a Blade view that its ``@if (cond)`` / ``@isset (cond)`` … ``@else`` …
    ``@endif`` / ``@endisset`` blocks keep (nested), each condition's text (stripped) looked up
    in ``flags``; an unknown one raises. The directive lines themselves are not yielded."""
    keep = [True]
    for line in lines:
        s = line.strip()
        cond = re.match(r"@(?:if|isset)\s*\((.*)\)\s*$", s)
        if cond:
            key = cond.group(1).strip()
            if key not in flags:
                raise ValueError(f"unsupported condition: {key}")
            keep.append(keep[-1] and flags[key])
        elif s.startswith("@else"):
            keep[-1] = keep[-2] and not keep[-1]
        elif s.startswith(("@endif", "@endisset")):
            keep.pop()
        elif keep[-1]:
            yield line
