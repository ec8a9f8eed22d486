"""The command line: its parser, and running a verb with every refused input turned into a message and exit 2.
Which face opens (the window when no verb is given) is decided above this layer, in `buyer_app.entry`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from buyer_app import __version__
from buyer_app.cli.parser import CliParser, refuse_extras
from buyer_app.core.errors import ImportRefused, InputError, UnknownVehicle
from buyer_app.text.currency import amounts_in
from buyer_app.text.translate import ENGLISH, available_languages, language_from_locale, use_language

NO_DISPLAY_MESSAGE = (
    "buyer-app: no graphical display is available (neither DISPLAY nor WAYLAND_DISPLAY is set), so the "
    "window cannot open. Everything the app computes is also on the command line: `buyer-app vehicles "
    "search TEXT` finds vehicles and their ids, `buyer-app compare --vehicle ID --vehicle ID` compares "
    "them year by year, `buyer-app rank` ranks the whole database for your household, and `buyer-app db "
    "info` describes the data; add --help to any of them. To run the window without a screen (for "
    "tests), set QT_QPA_PLATFORM=offscreen."
)


def build_parser() -> argparse.ArgumentParser:
    from buyer_app.cli import (
        compare_cmd,
        db_cmd,
        fields_cmd,
        incentives_cmd,
        prices_cmd,
        rank_cmd,
        report_cmd,
        scenarios_cmd,
        tariffs_cmd,
        vehicles_cmd,
    )

    parser = CliParser(
        prog="buyer-app",
        description="Vehicle Buyer: what an electric car, a plug-in hybrid, a hybrid or a gasoline car really "
        "costs your household. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"buyer-app {__version__}")
    parser.add_argument(
        "--smoke", action="store_true", help="open the window with a sample household, compute, paint, and exit (a self-test)"
    )
    parser.add_argument(
        "--lang",
        choices=available_languages(),
        help="the language of the text, the PDF and the window (default: the system's, from LC_ALL / LC_MESSAGES / "
        "LANG; English when it has no translation); JSON is the same in every language",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (
        vehicles_cmd,
        compare_cmd,
        rank_cmd,
        prices_cmd,
        report_cmd,
        scenarios_cmd,
        db_cmd,
        fields_cmd,
        incentives_cmd,
        tariffs_cmd,
    ):
        module.add_parser(sub)
    _lang_after_the_verb(sub)
    return parser


def _lang_after_the_verb(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Let --lang follow the verb too (`buyer-app compare ... --lang zh_CN`), in every verb and sub-verb; SUPPRESS
    keeps a verb's parser from overwriting a --lang given before the verb."""
    for verb in set(sub.choices.values()):
        verb.add_argument("--lang", choices=available_languages(), default=argparse.SUPPRESS, help="as before the verb")
        for action in verb._actions:
            if isinstance(action, argparse._SubParsersAction):
                _lang_after_the_verb(action)


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def output_language(args: argparse.Namespace) -> str:
    """The language of this run: --lang, else the system's; always English for JSON, a contract whose words (reasons,
    sources, notes) scripts compare."""
    if getattr(args, "json", False):
        return ENGLISH
    return str(args.lang) if args.lang else language_from_locale()


def main(argv: Sequence[str] | None = None, open_window: Callable[[bool], int] | None = None) -> int:
    """Run a verb of `argv`. Without a verb, `open_window(smoke)` opens the window (given by `buyer_app.entry`,
    as the command line does not import the window); without it, the usage is printed."""
    words = list(sys.argv[1:] if argv is None else argv)
    # the window alone (no verb) skips the parser: building it imports every verb, and with them pandas
    window_only = open_window is not None and words in ([], ["--smoke"])
    parser: argparse.ArgumentParser | None = None
    if window_only:
        args = argparse.Namespace(command=None, smoke=bool(words), lang=None)
    else:
        parser = build_parser()
        args, extras = parser.parse_known_args(words)
        if extras:
            refuse_extras(parser, args, extras)
    use_language(output_language(args), given=bool(args.lang))
    try:
        if args.command is None:
            if open_window is None:
                assert parser is not None
                parser.print_usage(sys.stderr)
                return 2
            if not has_display():
                print(NO_DISPLAY_MESSAGE, file=sys.stderr)
                return 1
            return open_window(args.smoke)
        with amounts_in("USD"):  # a verb of another market sets its own currency for its words, for this run only
            return int(args.func(args))
    except InputError as exc:
        head = f"{exc.context}: " if exc.context else ""
        print(f"buyer-app: {head}invalid input", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem.describe()}", file=sys.stderr)
        return 2
    except UnknownVehicle as exc:
        print(
            f"buyer-app: vehicle id {', '.join(map(str, exc.ids))} is not in the active database; "
            "find ids with `buyer-app vehicles search TEXT`",
            file=sys.stderr,
        )
        return 2
    except ImportRefused as exc:
        print(f"buyer-app: import refused, the active database is unchanged: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
