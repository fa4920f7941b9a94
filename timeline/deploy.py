"""`timeline deploy`: commit the built site to a gh-pages branch with ghp-import and push it.

The branch gets exactly the site's files, plus ``.nojekyll`` (GitHub Pages must not run
Jekyll) and a ``CNAME``: the site's own, else ``--cname``, else the one already on the branch,
so a custom domain set in the repository settings survives every deploy.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path
from typing import Iterator

from .errors import BuildError


@contextlib.contextmanager
def _cwd(path: Path) -> Iterator[None]:
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)


def branch_cname(repo: Path, remote: str, branch: str) -> str | None:
    """The CNAME already published on ``remote``/``branch`` (or the local branch), if any."""
    for ref in (f"{remote}/{branch}", branch):
        got = _git(repo, "show", f"{ref}:CNAME")
        if got.returncode == 0 and got.stdout.strip():
            return got.stdout.strip()
    return None


def deploy(site: Path, *, remote: str = "origin", branch: str = "gh-pages", message: str | None = None,
           cname: str | None = None, push: bool = True, repo: Path | None = None) -> str:
    """Commit ``site`` to ``branch`` of the git repository at ``repo`` and push it to ``remote``.

    Returns a one-line description of what was done.

    Raises:
        BuildError: when the site is not built, ``repo`` is not a git repository, ghp-import is
            missing, or git fails (the message says which).
    """
    try:
        import ghp_import
    except ImportError as err:
        raise BuildError("timeline deploy needs ghp-import: pip install ghp-import") from err
    from . import __version__

    site = Path(site).absolute()
    repo = Path(repo or ".").absolute()
    if not (site / "index.html").is_file():
        raise BuildError(f"no built site in {site} (no index.html); run `timeline build` first, or pass --build")
    top = _git(repo, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise BuildError(f"{repo} is not in a git repository: {top.stderr.strip() or 'git rev-parse failed'}")
    toplevel = Path(top.stdout.strip())
    if push and _git(toplevel, "remote", "get-url", remote).returncode != 0:
        raise BuildError(f"no git remote {remote!r}; add one (git remote add {remote} URL) or use --no-push")
    if push:
        _git(toplevel, "fetch", "--quiet", remote, f"+refs/heads/{branch}:refs/remotes/{remote}/{branch}")
    keep = None
    if not (site / "CNAME").is_file():
        keep = cname or branch_cname(toplevel, remote, branch)
    elif cname:
        keep = cname
    head = _git(toplevel, "rev-parse", "--short", "HEAD").stdout.strip() or "no commit"
    mesg = message or f"Deploy timeline site from {head} (timeline {__version__})"
    try:
        with _cwd(toplevel):
            ghp_import.ghp_import(str(site), mesg=mesg, remote=remote, branch=branch, push=push, nojekyll=True,
                                  cname=keep, force=False, no_history=False)
    except ghp_import.GhpError as err:
        raise BuildError(f"ghp-import failed: {getattr(err, 'message', err)}") from err
    except subprocess.CalledProcessError as err:
        raise BuildError(f"git {' '.join(map(str, err.cmd[1:]))} failed (exit {err.returncode}); is the remote "
                         f"reachable and {branch!r} not protected?") from err
    where = f"pushed to {remote}/{branch}" if push else f"committed to {branch} (not pushed)"
    return f"Deployed {site} -> {where}" + (f" (CNAME {keep})" if keep else "")
