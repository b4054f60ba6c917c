"""Read a source file from a snapshot folder: plain files or a bare git mirror.

``SNAPSHOT_DIR/<owner>+<name>/`` holds either the repository's files at their
paths (what the search tool's read_file gave) or a git directory ``repo/`` (what
its fetch leaves, as in ``/work/.mirror``). A recipe pins the commit it was
written against; a plain-file source is taken as that commit.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


class MissingSource(Exception):
    """The snapshot folder lacks a repository or file a recipe needs."""


class Snapshot:
    """Files of public repositories, by repository, commit and path."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def has(self, repo: str) -> bool:
        return (self.root / repo.replace("/", "+")).exists()

    def read(self, repo: str, commit: str, path: str) -> str:
        base = self.root / repo.replace("/", "+")
        plain = base / path
        if plain.is_file():
            return plain.read_text(encoding="utf-8")
        git = base / "repo" / ".git" if (base / "repo" / ".git").is_dir() else base / "repo"
        if git.exists():
            out = subprocess.run(
                ["git", f"--git-dir={git}", "show", f"{commit}:{path}"],
                capture_output=True,
                check=False,
            )
            if out.returncode == 0:
                return out.stdout.decode("utf-8")
        raise MissingSource(f"{repo}@{commit[:10]}:{path}")


def blob_url(repo: str, commit: str, path: str) -> str:
    """The public address of a source file at its pinned commit."""
    return f"https://github.com/{repo}/blob/{commit}/{path}"
