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

    def read(self, repo: str, commit: str, path: str, encoding: str = "utf-8") -> str:
        """The file's text; ``encoding`` for a source saved in another charset (Latin-1)."""
        base = self.root / repo.replace("/", "+")
        plain = base / path
        if plain.is_file():
            return plain.read_text(encoding=encoding)
        git = git_dir(base)
        if git.exists():
            out = subprocess.run(
                ["git", f"--git-dir={git}", "show", f"{commit}:{path}"],
                capture_output=True,
                check=False,
            )
            if out.returncode == 0:
                return out.stdout.decode(encoding)
        raise MissingSource(f"{repo}@{commit[:10]}:{path}")


def blob_url(repo: str, commit: str, path: str) -> str:
    """The public address of a source file at its pinned commit."""
    return f"https://github.com/{repo}/blob/{commit}/{path}"


def git_dir(base: Path) -> Path:
    """The git directory of a fetched repository folder (``repo/.git`` or bare ``repo``)."""
    return base / "repo" / ".git" if (base / "repo" / ".git").is_dir() else base / "repo"


def has_commit(base: Path, commit: str) -> bool:
    """Whether the repository folder ``base`` holds ``commit``."""
    out = subprocess.run(
        ["git", f"--git-dir={git_dir(base)}", "cat-file", "-e", f"{commit}^{{commit}}"],
        capture_output=True,
        check=False,
    )
    return out.returncode == 0


def link_mirrors(
    sources: list[tuple[str, str]], mirrors: Path, root: Path
) -> tuple[list[str], list[str]]:
    """Link each fetched repository of ``sources`` from ``mirrors`` into the snapshot ``root``.

    Why: a new machine restores the corpus by fetching ~70 repositories; linking them and
    checking that each holds its pinned commit by hand took a helper most of its time. Plain
    -file sources are left alone. Returns (linked, problems): a problem names a repository
    not fetched yet or fetched without its pinned commit, so a restorer knows what to fetch.
    """
    root.mkdir(parents=True, exist_ok=True)
    linked, problems = [], []
    for repo, commit in sources:
        if commit == "plain files":
            continue
        name = repo.replace("/", "+")
        source = mirrors / name
        if not source.is_dir():
            problems.append(f"not fetched: {repo} (fetch github:{repo})")
            continue
        if not has_commit(source, commit):
            problems.append(f"no commit {commit[:10]} in {source}: fetch github:{repo} again")
            continue
        target = root / name
        if target.is_symlink() or not target.exists():
            target.unlink(missing_ok=True)
            target.symlink_to(source.resolve())
            linked.append(repo)
        else:
            problems.append(f"left alone: {target} is not a link")
    return linked, problems
