"""``rebound completion bash|zsh|fish``: shell completion generated from the parser.

shtab writes static scripts from the argparse parser itself, so completion
always matches the commands, and a <Tab> costs no Python start-up (unlike
argcomplete, which runs the program on every <Tab>). Paths complete as files.
"""

from __future__ import annotations

import argparse

import shtab


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script for ``shell``."""
    for action in parser._actions:
        if action.dest == "config":
            action.complete = shtab.FILE  # type: ignore[attr-defined]
    text = shtab.complete(parser, shell=shell)
    return text if text.endswith("\n") else text + "\n"
