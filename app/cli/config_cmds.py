"""`acrm config show [--json]`: the effective configuration, each key's value, source and lock."""

from __future__ import annotations

import argparse
import json

from app.services.config import resolve_settings
from app.services.config_layers import EffectiveConfig, Entry, shown_text, shown_value


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "config",
        help="show the effective configuration (site file, user file, environment)",
        description="The configuration this desk runs with: the administrator's site file "
        "under the user's file, the environment over both except for keys the site locks.",
    )
    commands = parser.add_subparsers(dest="config_command", metavar="COMMAND", required=True)
    show = commands.add_parser(
        "show",
        help="each key with its value, source (site, user, env, default) and lock",
        description="Print every setting with its value, where it comes from and whether the "
        "administrator locked it. Nothing secret is printed; a bad file is named (exit 2).",
    )
    show.add_argument("--json", action="store_true", help="print one JSON object")
    show.set_defaults(handler=run_show)


def as_json(config: EffectiveConfig) -> dict[str, dict[str, object]]:
    return {
        key: {"value": shown_value(entry.value), "source": entry.source, "locked": entry.locked}
        for key, entry in config.entries.items()
    }


def as_table(config: EffectiveConfig) -> list[str]:
    rows = [("KEY", "VALUE", "SOURCE", "LOCKED", "FROM")]
    rows += [
        (key, _text(entry), entry.source, "locked" if entry.locked else "", entry.where)
        for key, entry in config.entries.items()
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    lines.append("")
    lines.append(f"site file: {config.site}{'' if config.site.exists() else ' (none)'}")
    lines.append(f"user file: {config.user}{'' if config.user.exists() else ' (none)'}")
    lines += [f"note: {notice}" for notice in config.notices]
    return lines


def _text(entry: Entry) -> str:
    return '""' if entry.value == "" else shown_text(entry.value)  # visibly empty text


def run_show(args: argparse.Namespace) -> int:
    # The whole resolution, so a value only the merged files get wrong fails here as well.
    config = resolve_settings(args.db).configuration
    assert config is not None
    if args.json:
        print(json.dumps(as_json(config), ensure_ascii=False, indent=2))
    else:
        print("\n".join(as_table(config)))
    return 0
