"""`acrm analytics refresh` (fit the models, store a new version) and `acrm analytics show`.

With a shared server configured both work ON THE SERVER as the signed-in person: only an
administrator's login may write analytics there (the server's grants say so); the desks
receive the new version and its scores through sync.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

from app.bootstrap import open_services
from app.cli.password import add_password_option, password_source
from app.services.analytics.errors import AnalyticsInputError, RefreshCancelled
from app.services.analytics.service import fitting_available
from app.services.analytics.steps import STEPS
from app.services.analytics.store import ModelSummary
from app.services.centre_time import day_start, zone_info
from app.services.config import resolve_settings
from app.services.errors import AcrmError, ValidationError

EARLIEST = datetime(1970, 1, 2, tzinfo=UTC)


def register(subparsers: argparse._SubParsersAction) -> None:
    analytics = subparsers.add_parser(
        "analytics", help="customer value, activity, churn, segments and product affinity"
    )
    commands = analytics.add_subparsers(dest="analytics_command", metavar="ACTION", required=True)
    refresh = commands.add_parser("refresh", help="fit the models and store a new version")
    refresh.add_argument(
        "--at", metavar="ISO",
        help="as of this moment: a date is midnight opening it in the centre's time zone, a "
        "time without a zone is the centre's (default: now)",
    )  # fmt: skip
    refresh.add_argument("--json", action="store_true", help="print the fitted parameters")
    _login_options(refresh)
    refresh.set_defaults(handler=run_refresh)
    show = commands.add_parser("show", help="the version in force: parameters, diagnostics")
    show.add_argument("--json", action="store_true", help="one JSON document for scripts")
    _login_options(show)
    show.set_defaults(handler=run_show)


def _login_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--server", metavar="URL", help="server URL (default: the configuration)")
    parser.add_argument("--login", metavar="LOGIN", help="database login (default: configured)")
    add_password_option(parser)


def run_refresh(args: argparse.Namespace) -> int:
    settings = resolve_settings(args.db, args.login, server_url=args.server)
    as_of = parse_at(args.at, settings) if args.at else None
    password = password_source(settings, args.password_stdin)
    with open_services(settings, password=password) as services:
        analytics = services.analytics
        if not fitting_available():
            raise AcrmError(_refusal(False, settings.agent_login))
        # Asked of the server (a refused login or an unreachable server is said as such).
        if analytics.on_server and not analytics.server_admin():
            raise AcrmError(_refusal(True, settings.agent_login))
        try:
            with _cancel_on_ctrl_c() as cancelled:
                result = analytics.refresh(as_of, progress=_progress, cancelled=cancelled)
        except (AnalyticsInputError, RefreshCancelled) as error:
            _end_line()
            return _failed(error, analytics.latest())
    _end_line()
    if args.json:
        print(json.dumps(result.parameters, indent=2, ensure_ascii=False))
    else:
        print(f"analytics version {result.version} as of {result.as_of.isoformat()}: "
              f"{result.customers} customers in {result.timings['total']:.1f} s")  # fmt: skip
        print(summary(result.parameters))
    return 0


def run_show(args: argparse.Namespace) -> int:
    settings = resolve_settings(args.db, args.login, server_url=args.server)
    password = password_source(settings, args.password_stdin)
    with open_services(settings, password=password) as services:
        model = services.analytics.latest()
    if args.json:
        print(json.dumps(as_json(model), indent=2, ensure_ascii=False))
    elif model is None:
        print("no analytics yet: run `acrm analytics refresh`")
    else:
        print(f"analytics version {model.version} as of {model.as_of.isoformat()}, computed "
              f"{model.computed_at.isoformat()} by {model.computed_by}: "
              f"{model.customers} customers")  # fmt: skip
        print(summary(model.parameters))
    return 0


def parse_at(text: str, settings) -> datetime:
    """--at: an ISO date (midnight opening it, centre's zone) or date-time (naive: centre's)."""
    zone = settings.calling_hours.time_zone
    try:
        if len(text.strip()) == 10:
            moment = day_start(date.fromisoformat(text.strip()), zone)
        else:
            moment = datetime.fromisoformat(text.strip())
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=zone_info(zone))
    except ValueError:
        raise ValidationError("--at", f"{text!r} is not an ISO date or date-time") from None
    if moment < EARLIEST or moment > datetime.now(UTC) + timedelta(days=1):
        raise ValidationError("--at", f"{text!r} is in the future or before 1970")
    return moment.astimezone(UTC)


def summary(parameters: dict) -> str:
    bg, gg = parameters.get("bgnbd", {}), parameters.get("gamma_gamma") or {}
    churn = parameters.get("churn", {})
    shape = (f"p={bg.get('p') or 0:.4g} (homogeneous drop-out: a, b -> infinity, the same "
             "drop-out probability p for every customer)" if bg.get("limit")
             else f"a={bg.get('a') or 0:.4g} b={bg.get('b') or 0:.4g}")  # fmt: skip
    lines = [
        f"  BG/NBD (weeks): r={bg.get('r', 0):.4g} alpha={bg.get('alpha', 0):.4g} "
        f"{shape} on {bg.get('customers')} customers",
        f"  Gamma-Gamma: p={gg.get('p', 0):.4g} q={gg.get('q', 0):.4g} v={gg.get('v', 0):.4g}",
        f"  churn: {churn.get('method')}"
        + (f" on {churn.get('label')!r}, AUC {churn['auc']:.3f} (held out {churn.get('holdout')})"
           if churn.get("auc") is not None else ""),
        f"  affinity rules: {len(parameters.get('affinity', {}).get('rules', []))}",
    ]  # fmt: skip
    return "\n".join(lines)


def as_json(model: ModelSummary | None) -> dict | None:
    if model is None:
        return None
    return {
        "version": model.version,
        "as_of": model.as_of.isoformat(),
        "computed_at": model.computed_at.isoformat(),
        "computed_by": model.computed_by,
        "customers": model.customers,
        "parameters": model.parameters,
        "diagnostics": model.diagnostics,
    }


def _progress(step: str, done: int, total: int) -> None:
    """One line rewritten in place on a terminal; a line per step otherwise (logs, pipes)."""
    number = STEPS.index(step) + 1 if step in STEPS else 0
    line = f"analytics refresh: {number}/{len(STEPS)} {step}"
    if sys.stderr.isatty():
        share = f" {done * 100 // total}%" if total > 1 else ""
        print(f"\r{line}{share}\x1b[K", end="", file=sys.stderr, flush=True)
    elif done == 0:
        print(line, file=sys.stderr, flush=True)


def _end_line() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)


def _failed(error: BaseException, previous: ModelSummary | None) -> int:
    stays = (f"version {previous.version} (as of {previous.as_of.isoformat()}) stays in force"
             if previous else "there is still no model version")  # fmt: skip
    if isinstance(error, RefreshCancelled):
        print(f"acrm: analytics refresh cancelled; nothing was written, {stays}", file=sys.stderr)
        return 130
    print(f"acrm: error: analytics refresh: {error}; nothing was written, {stays}",
          file=sys.stderr)  # fmt: skip
    return 2


def _refusal(on_server: bool, login: str) -> str:
    if on_server:
        return (f"analytics refresh: {login} is not an administrator; on the shared server only "
                "an administrator's login refreshes analytics")  # fmt: skip
    return (
        "analytics refresh: this program ships without the fitting libraries (SciPy); "
        "the server computes analytics (an administrator's `acrm analytics refresh`)"
    )


@contextmanager
def _cancel_on_ctrl_c() -> Iterator:
    """The first Ctrl+C asks the refresh to stop at its next check (nothing is written); a
    second one interrupts at once (the transaction is rolled back all the same)."""
    pressed: list[bool] = []

    def handler(signum, frame) -> None:
        if pressed:
            raise KeyboardInterrupt
        pressed.append(True)
        print("\nanalytics refresh: cancelling…", file=sys.stderr, flush=True)

    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread: no signal handling there
        yield lambda: False
        return
    try:
        yield lambda: bool(pressed)
    finally:
        signal.signal(signal.SIGINT, previous)
