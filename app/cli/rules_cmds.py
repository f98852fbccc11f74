"""`acrm rules check | import | export | publish | versions | rollback | diff`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.bootstrap import open_services
from app.cli.failures import on_the_server
from app.cli.password import add_password_option, password_source
from app.rules.attributes import AttributeCatalogue
from app.rules.definition import RuleDefinition
from app.services.config import resolve_settings
from app.services.errors import AcrmError
from app.services.rulebook.service import (
    RuleBookError,
    RuleBookService,
    diff_rules,
    read_rules_file,
)

DRAFT = "draft"


def register(subparsers: argparse._SubParsersAction) -> None:
    rules = subparsers.add_parser("rules", help="check, import, publish and compare rule sets")
    actions = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)

    check = actions.add_parser("check", help="validate a rules file (writes nothing)")
    check.add_argument("file", metavar="FILE", type=Path)
    check.set_defaults(handler=run_check)

    load = actions.add_parser(
        "import", help="replace the draft with a rules file (all rules or none); not published"
    )
    load.add_argument("file", metavar="FILE", type=Path)
    load.set_defaults(handler=run_import)

    export = actions.add_parser("export", help="print a version (default: latest) as JSON")
    which = export.add_mutually_exclusive_group()
    which.add_argument("--version", metavar="N", type=int, help="a published version")
    which.add_argument("--draft", action="store_true", help="the working copy")
    export.add_argument("--out", metavar="FILE", type=Path, help="write here instead of stdout")
    export.set_defaults(handler=run_export)

    publish = actions.add_parser("publish", help="publish the draft as the next version")
    publish.add_argument("--note", metavar="TEXT", default="", help="what changed and why")
    add_password_option(publish)
    publish.set_defaults(handler=run_publish)

    versions = actions.add_parser("versions", help="list the published versions")
    versions.set_defaults(handler=run_versions)

    rollback = actions.add_parser("rollback", help="republish an older version as the next one")
    rollback.add_argument("version", metavar="VERSION", type=int)
    rollback.add_argument("--note", metavar="TEXT", default="")
    add_password_option(rollback)
    rollback.set_defaults(handler=run_rollback)

    diff = actions.add_parser(
        "diff", help="compare two versions (default: latest published against the draft)"
    )
    diff.add_argument("old", metavar="A", nargs="?", type=version_ref, help="version or 'draft'")
    diff.add_argument("new", metavar="B", nargs="?", type=version_ref, help="version or 'draft'")
    diff.set_defaults(handler=run_diff)


def version_ref(text: str) -> int | str:
    if text.lower() == DRAFT:
        return DRAFT
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a version number or 'draft'")
    return int(text)


@contextmanager
def _rulebook(args: argparse.Namespace) -> Iterator[RuleBookService]:
    """The rule book for reading and drafting; with a server configured, on its cache (drafts
    are the author's own, versions come from the server by sync)."""
    with open_services(resolve_settings(args.db)) as services:
        yield services.rulebook


def _publishing(
    args: argparse.Namespace, publish: Callable[[RuleBookService], int]
) -> tuple[int, int]:
    """Publish through the composition root: with a server configured the version is made on
    the server in one transaction (the server decides whether this login may), then the
    cache is synced; never a local-only version of something shared."""
    settings = resolve_settings(args.db)
    password = password_source(settings, args.password_stdin)
    with open_services(settings, password=password) as services:
        with on_the_server("not published"):
            version = publish(services.rulebook)
        count = len(services.rulebook.version_rules(version)[1])
        if services.sync is not None:
            _catch_up(services.sync)
    return version, count


def _catch_up(sync) -> None:
    from app.services.sync.errors import ServerUnavailable

    try:
        sync.run_once()
    except ServerUnavailable as error:  # published already: only this cache is behind
        print(f"acrm: published; this desk's cache catches up at the next sync ({error})",
              file=sys.stderr)  # fmt: skip


def _validated(
    path: Path, catalogue: AttributeCatalogue, outcome: str = ""
) -> list[RuleDefinition]:
    """The file's rules, custom attributes typed by `catalogue`; several problems are listed
    one a line, then `outcome`."""
    try:
        return read_rules_file(path, catalogue)
    except RuleBookError as error:
        message = str(error)
        if len(error.problems) > 1:
            lines = "\n".join(f"  {problem}" for problem in error.problems)
            message = f"{path}: {len(error.problems)} rules do not compile:\n{lines}"
        if outcome:
            message += f"\n{outcome}"
        raise RuleBookError(message, error.problems) from None


def run_check(args: argparse.Namespace) -> int:
    # Custom attributes are checked against the columns this database knows (import, sync).
    with _rulebook(args) as book:
        catalogue = book.catalogue()
    rules = _validated(args.file, catalogue)
    print(f"{args.file}: {len(rules)} rules OK")
    _warn_about_whys(args.file, rules)
    return 0


def _warn_about_whys(file: str, rules: list) -> None:
    """A why that says other numbers than its condition is allowed, but worth a second look."""
    from app.rules.why_check import why_mismatches

    for rule in rules:
        for problem in why_mismatches(rule.condition, rule.why):
            print(f"{file}: warning: rule {rule.id!r}: {problem}", file=sys.stderr)


def run_import(args: argparse.Namespace) -> int:
    with _rulebook(args) as book:
        # Validated before any write: a bad file changes nothing.
        rules = _validated(args.file, book.catalogue(), "nothing was imported")
        count = book.replace_draft(rules)
    print(f"{args.file}: {count} rules imported into the draft")
    _warn_about_whys(args.file, rules)
    print("not published yet: run acrm rules publish")
    return 0


def run_export(args: argparse.Namespace) -> int:
    with _rulebook(args) as book:
        document = book.export(args.version, draft=args.draft)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        args.out.write_text(text, encoding="utf-8")
    except OSError as error:
        raise AcrmError(f"{args.out}: cannot write: {error.strerror}") from None
    print(f"{args.out}: {len(document['rules'])} rules written")
    return 0


def run_publish(args: argparse.Namespace) -> int:
    version, count = _publishing(args, lambda book: book.publish(args.note))
    print(f"published version {version} ({count} rules)")
    return 0


def run_versions(args: argparse.Namespace) -> int:
    with _rulebook(args) as book:
        versions = book.versions()
    if not versions:
        print("no rule set has been published yet")
        return 0
    print(f"{'version':>7}  {'published (UTC)':<16}  {'by':<16}  {'rules':>5}  note")
    for info in versions:
        when = info.published_at.strftime("%Y-%m-%d %H:%M")
        note = info.note + (f" (copy of {info.copied_from})" if info.copied_from else "")
        print(
            f"{info.version:>7}  {when:<16}  {info.published_by:<16}  {info.rule_count:>5}  {note}"
        )
        if info.problem:  # written with SQL, not by publish: desks skip it
            print(f"{'':>7}  skipped by desks: {info.problem}")
    return 0


def run_rollback(args: argparse.Namespace) -> int:
    version, count = _publishing(args, lambda book: book.rollback(args.version, args.note))
    print(f"published version {version} ({count} rules), a copy of version {args.version}")
    return 0


def run_diff(args: argparse.Namespace) -> int:
    with _rulebook(args) as book:
        old_ref = args.old if args.old is not None else book.latest_version()
        new_ref = args.new if args.new is not None else DRAFT
        if old_ref is None:
            raise AcrmError("no rule set has been published yet: nothing to compare with")
        old, new = _rules_of(book, old_ref), _rules_of(book, new_ref)
    changes = diff_rules(old, new)
    print(f"{_label(old_ref)} -> {_label(new_ref)}: {len(changes)} rule(s) differ")
    for change in changes:
        sign = {"added": "+", "removed": "-"}.get(change.change, "~")
        print(f"{sign} {change.rule_id} ({change.change})")
        for name, before, after in change.fields:
            print(
                f"    {name}: {json.dumps(before, ensure_ascii=False)}"
                f" -> {json.dumps(after, ensure_ascii=False)}"
            )
    return 0


def _rules_of(book: RuleBookService, ref: int | str) -> list[RuleDefinition]:
    return book.draft() if ref == DRAFT else book.version_rules(int(ref))[1]


def _label(ref: int | str) -> str:
    return DRAFT if ref == DRAFT else f"version {ref}"
