"""The command line: a thin layer over the library. Only this module prints or exits."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import traceback
from pathlib import Path
from typing import Sequence, TextIO

from . import __version__
from .errors import Diagnostic, InputError, TimelineError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use YYYY-MM-DD)") from None


def parser() -> argparse.ArgumentParser:
    """Build the argument parser (every command has --help)."""
    p = argparse.ArgumentParser(prog="timeline", description="Turn a folder of news articles into a dated-event timeline website.")
    # (with where it runs from: two installs of one version, a checkout's and an older global
    # one, are told apart)
    p.add_argument("--version", action="version",
                   version=f"timeline {__version__} ({Path(__file__).resolve().parent}, Python {sys.version.split()[0]})")
    p.add_argument("--debug", action="store_true", help="show tracebacks for internal errors")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", help="build the site", description="Read the articles, extract their events and write the site.")
    b.add_argument("--source", type=Path, help="folder (or file) of articles (default: the config's source, else seeds/)")
    b.add_argument("--out", type=Path, help="output folder (default: the config's out, else site/)")
    b.add_argument("--config", type=Path, help="config file (default: timeline.toml when present)")
    b.add_argument("--base-url", help="absolute URL of the published site (feed, sitemap, canonical links only)")
    _add_run_options(b)
    b.add_argument("-v", "--verbose", action="count", default=0, help="show each phase and its timings")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    b.add_argument("--no-cache", action="store_true", help="do not read or write the extraction cache")
    b.add_argument("--clean", action="store_true", help="render every page and swap in a whole new output folder")

    e = sub.add_parser("extract", help="print the events of articles", description="Print the events extracted from articles.")
    e.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                   help="article files or folders (default: the config's source, else seeds/)")
    e.add_argument("--config", type=Path, help="config file whose source is read when no PATH is given (default: ./timeline.toml)")
    e.add_argument("--format", choices=("json", "csv", "table"), default="json", help="output format (default: json)")
    e.add_argument("--explain", action="store_true", help="show for each event its expressions, anchors and why it was kept, and the dropped expressions")
    _add_run_options(e)

    t = sub.add_parser("tag", help="print the temporal expressions of a text", description="Run the temporal tagger alone.")
    t.add_argument("file", nargs="?", default="-", metavar="FILE", help="text or article file, or - for standard input (default)")
    t.add_argument("--dct", type=_date_arg, help="document creation time (publication date), YYYY-MM-DD")
    t.add_argument("--jsonl", metavar="FILE", help='read {"id","dct","text"} lines from FILE (- for stdin) and print {"id","timexes"} lines')
    t.add_argument("--explain", action="store_true", help="print rule, anchor and direction per match")
    _add_workflow_commands(sub)
    for cmd in sub.choices.values():  # "timeline build --debug" as well as "timeline --debug build"
        cmd.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return p


def _port_arg(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port (0 to 65535; 0 picks a free one)")
    return port


def _add_run_options(cmd: argparse.ArgumentParser) -> None:
    """--jobs, --executor and --scheduler: where per-article extraction runs."""
    cmd.add_argument("-j", "--jobs", type=int, metavar="N", help="worker processes for extraction (default: one per core; 1: none)")
    cmd.add_argument("--executor", choices=("auto", "serial", "process", "dask"),
                     help="where extraction runs: auto (default), serial, process (local pool) or dask (a Dask cluster)")
    cmd.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (implies --executor dask)")


def _add_workflow_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """init, serve, check and deploy (issue 6)."""
    i = sub.add_parser("init", help="create a new project", description="Create a project that builds at once: timeline.toml, "
                       "an example article, .gitignore and a GitHub Pages workflow.")
    i.add_argument("dir", nargs="?", default=".", type=Path, metavar="DIR", help="the project folder (default: the current one)")
    i.add_argument("--title", help="the site title (default: the folder name)")
    i.add_argument("--force", action="store_true", help="overwrite existing files")

    s = sub.add_parser("serve", help="build, serve and rebuild on change", description="Build the site, serve it locally, "
                       "watch the articles, templates and config, rebuild on change and reload the browser.")
    s.add_argument("--port", type=_port_arg, default=8000, help="port (default: 8000; 0 picks a free one)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    s.add_argument("--config", type=Path, help="config file (default: timeline.toml when present)")
    s.add_argument("--source", type=Path, help="folder (or file) of articles")
    s.add_argument("--out", type=Path, help="output folder")
    s.add_argument("--interval", type=float, default=0.5, help="seconds between checks for changes (default: 0.5)")
    s.add_argument("-v", "--verbose", action="count", default=0, help="log every request")

    c = sub.add_parser("check", help="lint the articles", description="Lint articles: missing or odd dates, undecodable files, "
                       "broken front matter, duplicate ids, articles without events. Prints path:line: level: message.")
    c.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="article files or folders (default: the configured source)")
    c.add_argument("--config", type=Path, help="config file (default: timeline.toml when present)")
    c.add_argument("--strict", action="store_true", help="warnings fail too (exit 1)")
    c.add_argument("--no-events", action="store_true", help="skip the extraction (no 'yields no events' check; faster)")

    d = sub.add_parser("deploy", help="push the built site to the gh-pages branch", description="Commit the built site to a "
                       "gh-pages branch (ghp-import) keeping CNAME and adding .nojekyll, then push it.")
    d.add_argument("--config", type=Path, help="config file (default: timeline.toml when present)")
    d.add_argument("--out", type=Path, help="the built site folder (default: the configured out)")
    d.add_argument("--remote", default="origin", help="git remote (default: origin)")
    d.add_argument("--branch", default="gh-pages", help="branch (default: gh-pages)")
    d.add_argument("--message", "-m", help="commit message")
    d.add_argument("--cname", help="custom domain to write to CNAME (default: keep the site's or the branch's CNAME)")
    d.add_argument("--no-push", action="store_true", help="commit to the branch but do not push")
    d.add_argument("--build", action="store_true", help="build the site first")


def _print_diagnostics(diags: Sequence[Diagnostic], err: TextIO) -> None:
    seen = set()
    for d in diags:
        s = str(d)
        if s not in seen:
            seen.add(s)
            print(s, file=err)


def timex_record(e: object) -> dict[str, object]:
    """The `timeline tag` JSON form of one TimeExpression."""
    return {"start": e.start, "end": e.end, "text": e.text, "type": e.type, "value": e.value, "mod": e.mod}  # type: ignore[attr-defined]


def _explain_line(e: object) -> str:
    g = e  # type: ignore[assignment]
    extra = ""
    if getattr(g, "relation", None):
        extra = f" relation={g.relation} offset={g.offset}"
    return (f"{g.start:>6}-{g.end:<6} {g.type:<8} {g.value:<22} mod={g.mod or '-':<6} "
            f"rule={g.rule or '-'} anchor={g.anchor or '-'} direction={g.direction or '-'}{extra}  {g.text!r}")


def cmd_tag(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .read import decode, split_front_matter, parse_published
    from .tag import tag

    status = EXIT_OK
    if args.jsonl:
        name = args.jsonl
        stream = sys.stdin if name == "-" else None
        try:
            fh = stream or open(name, encoding="utf-8")
        except OSError as e:
            raise InputError(name, None, f"cannot read: {e.strerror or e}") from e
        with fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                        raise ValueError('expected an object with a "text" string')
                    dct = args.dct
                    if rec.get("dct"):
                        dct = dt.date.fromisoformat(str(rec["dct"])[:10])
                except (ValueError, json.JSONDecodeError) as e:
                    print(f"{name}:{n}: error: {e}", file=err)
                    status = EXIT_FAILED
                    continue
                found = tag(rec["text"], dct)
                if args.explain:
                    for x in found:
                        print(f"{rec.get('id')}: {_explain_line(x)}", file=out)
                else:
                    print(json.dumps({"id": rec.get("id"), "timexes": [timex_record(x) for x in found]}, ensure_ascii=False), file=out)
        return status
    if args.file == "-":
        text, ident = sys.stdin.read(), "stdin"
    else:
        p = Path(args.file)
        try:
            data = p.read_bytes()
        except OSError as e:
            raise InputError(args.file, None, f"cannot read: {e.strerror or e}") from e
        text, warnings = decode(args.file, data)
        _print_diagnostics(warnings, err)
        ident = p.stem
        if p.suffix.lower() in (".html", ".htm", ".mhtml", ".mht"):  # a saved page: tag its extracted text (issue 7)
            from .read import read_article

            page = read_article(p, args.file).article
            text = page.body
            if args.dct is None and page.published:
                args.dct = page.published
    dct = args.dct
    meta, body, _ = split_front_matter(args.file, text)
    if meta:
        text = body
        if dct is None and meta.get("date"):
            try:
                dct = parse_published(meta["date"])[0]
            except ValueError as e:
                raise InputError(args.file, 2, f"front matter 'date': {e}") from e
    found = tag(text, dct)
    if args.explain:
        for x in found:
            print(_explain_line(x), file=out)
    else:
        print(json.dumps({"id": ident, "timexes": [timex_record(x) for x in found]}, ensure_ascii=False), file=out)
    return status


def cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .build import extract
    from .export import dumps, events_csv, events_json

    paths = args.paths
    lang = ""
    if not paths or args.config:  # the project's source folder and language, as build and check read them
        from .config import load_config

        config = load_config(args.config)
        paths = paths or [config.source]
        lang = config.language
    if args.jobs is None and args.executor is None and args.scheduler is None:
        result = extract(paths, lang=lang)
    else:
        executor = args.executor or ("dask" if args.scheduler else "auto")
        result = extract(paths, jobs=args.jobs or 0, executor=executor, scheduler=args.scheduler or "", lang=lang)
    _print_diagnostics(result.diagnostics, err)
    tl = result.timeline
    if args.explain:
        print(explain_text(tl), file=out, end="")
    elif args.format == "json":
        print(dumps(events_json(tl)), file=out, end="")
    elif args.format == "csv":
        print(events_csv(tl), file=out, end="")
    else:
        for e in tl.events:
            srcs = ", ".join(sorted({m.article for m in e.mentions}))
            print(f"{e.date.value:<12} {e.status:<8} {e.title}  [{srcs}]", file=out)
    return EXIT_FAILED if result.failed else EXIT_OK


def explain_text(tl: object) -> str:
    """Explain each event (expressions, anchors, reasons) and every dropped expression."""
    lines: list[str] = []
    for e in tl.events:  # type: ignore[attr-defined]
        lines.append(f"EVENT {e.id}  {e.date.value} ({e.date.label}) {e.status}: {e.title}")
        for m in e.mentions:
            lines.append(f"  - {m.article}:{m.start}-{m.end} {m.expr!r} -> {m.date.value} rule={m.rule or '-'} "
                         f"anchor={m.anchor or '-'} kept: {m.reason or '-'}")
    if tl.dropped:  # type: ignore[attr-defined]
        lines.append("DROPPED")
        for d in tl.dropped:  # type: ignore[attr-defined]
            x = d.expression
            lines.append(f"  - {d.article}:{x.start}-{x.end} {x.text!r} {x.type} {x.value}: {d.reason}")
    return "".join(line + "\n" for line in lines)


def cmd_build(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .build import build
    from .config import load_config

    from .progress import make_progress

    executor = args.executor or ("dask" if args.scheduler else None)
    config = load_config(args.config, source=args.source, out=args.out, base_url=args.base_url, jobs=args.jobs,
                         executor=executor, scheduler=args.scheduler, cache=False if args.no_cache else None)
    with make_progress(err, verbose=args.verbose, quiet=args.quiet) as progress:
        result = build(config, progress=progress, incremental=not args.clean)
    _print_diagnostics(result.diagnostics, err)
    if not args.quiet:
        print(build_summary(result), file=err)
    return EXIT_FAILED if result.failed else EXIT_OK


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def build_summary(result: object) -> str:
    """The closing line of a build: events, articles, seconds, output; then pages, warnings, errors."""
    r = result  # type: ignore[assignment]
    tl = r.timeline  # type: ignore[attr-defined]
    n_art = len(tl.articles)
    details = [_plural(r.pages, "page")]
    if getattr(r, "written", r.pages) != r.pages:
        details.append(f"{r.written:,} written")
    if getattr(r, "cached", 0):
        details.append(f"{r.cached:,} cached")
    details.append(_plural(r.warnings, "warning"))
    if r.errors:
        details.append(_plural(r.errors, "error"))
    return (f"Built {len(tl.events)} events from {n_art} article{'s' if n_art != 1 else ''} "
            f"in {r.seconds:.2f} s -> {r.out} ({', '.join(details)})")


def cmd_init(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .scaffold import init

    created = init(args.dir, title=args.title, force=args.force)
    for path in created:
        print(f"created {path}", file=err)
    where = "" if str(args.dir) == "." else f"cd {args.dir} && "
    print(f"Next: {where}timeline build   (or: timeline serve)", file=err)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .config import load_config
    from .serve import serve

    def loader():  # re-read at each rebuild: editing timeline.toml takes effect
        return load_config(args.config, source=args.source, out=args.out)

    load_config(args.config, source=args.source, out=args.out)  # fail early on a bad config

    def log(message: str) -> None:
        print(message, file=err, flush=True)

    serve(loader, host=args.host, port=args.port, interval=args.interval, log=log, verbose=args.verbose,
          config_path=args.config)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .check import check
    from .config import load_config

    if args.paths:
        paths = list(args.paths)
        config = None
        try:
            config = load_config(args.config)
        except TimelineError:
            if args.config:
                raise
    else:
        config = load_config(args.config)
        paths = [config.source]
    report = check(paths, events=not args.no_events, config=config)
    for d in report.diagnostics:
        print(str(d), file=out)
    if report.errors or (args.strict and report.warnings):
        print(f"timeline check: {_plural(report.errors, 'error')}, {_plural(report.warnings, 'warning')} "
              f"in {_plural(report.files, 'file')}", file=err)
        return EXIT_FAILED
    return EXIT_OK


def cmd_deploy(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .config import load_config
    from .deploy import deploy

    config = load_config(args.config, out=args.out)
    if args.build:
        from .build import build

        result = build(config)
        _print_diagnostics(result.diagnostics, err)
        if result.failed:
            print("timeline deploy: the build had errors; not deploying", file=err)
            return EXIT_FAILED
    info = deploy(config.out, remote=args.remote, branch=args.branch, message=args.message, cname=args.cname,
                  push=not args.no_push, repo=config.root)
    print(info, file=err)
    return EXIT_OK


COMMANDS = {"build": cmd_build, "extract": cmd_extract, "tag": cmd_tag,
            "init": cmd_init, "serve": cmd_serve, "check": cmd_check, "deploy": cmd_deploy}


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; return the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    p = parser()
    try:
        args = p.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    if not args.command:
        p.print_help(err)
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args, out, err)
    except InputError as e:
        print(str(e), file=err)
        return EXIT_FAILED
    except TimelineError as e:
        print(f"timeline: error: {e}", file=err)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("timeline: interrupted", file=err)
        return 130
    except Exception as e:  # noqa: BLE001 - the one place internal errors become messages
        if args.debug:
            traceback.print_exc(file=err)
        else:
            print(f"timeline: internal error: {type(e).__name__}: {e} (run with --debug for the traceback)", file=err)
        return EXIT_FAILED


def main_exit() -> None:
    """Console-script entry point."""
    sys.exit(main())
