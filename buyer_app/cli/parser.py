"""The command line's parser: argparse, except that a refused argument prints one short usage line for its verb and
a clear message naming the flag, the value and what is allowed, not the verb's whole usage (compare's runs to 25
lines, which pushed the message off a small terminal). The exit code stays argparse's 2."""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

TYPE_WORDS = {"int": "a whole number", "float": "a number"}


def clear_message(message: str, prog: str) -> str:
    """argparse's message in plain words: 'argument --top: invalid int value: 'x'' -> '--top: 'x' is not allowed
    (invalid int value); allowed: a whole number'. A message it does not know is kept as it is."""
    if m := re.fullmatch(r"argument (.+?): invalid choice: ('.*') \(choose from (.*)\)", message):
        allowed = ", ".join(re.findall(r"'([^']*)'", m[3])) or m[3]
        return f"{m[1]}: {m[2]} is not allowed; allowed: one of {allowed}"
    if m := re.fullmatch(r"argument (.+?): invalid (\w+) value: ('.*')", message):
        allowed = TYPE_WORDS.get(m[2], f"a {m[2]} value")
        return f"{m[1]}: {m[3]} is not allowed (invalid {m[2]} value); allowed: {allowed}"
    if m := re.fullmatch(r"argument (.+?): expected one argument", message):
        return f"{m[1]}: no value given; it needs one after it"
    if m := re.fullmatch(r"unrecognized arguments: (.*)", message):
        return f"{m[1]}: not an option of `{prog}`; allowed: the options `{prog} --help` lists"
    if m := re.fullmatch(r"the following arguments are required: (.*)", message):
        return f"{m[1]}: missing; required by `{prog}`"
    return message


class CliParser(argparse.ArgumentParser):
    """An ArgumentParser whose refusals are short (its verbs' parsers are of this class too)."""

    def short_usage(self) -> str:
        """'usage: buyer-app report --pdf OUT.pdf [options]': the positionals and required flags, the rest in --help."""
        parts = [self.prog]
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                parts.append(action.metavar or "{" + ",".join(action.choices) + "}")  # type: ignore[arg-type]
                parts.append("...")
            elif not action.option_strings:
                parts.append(str(action.metavar or action.dest.upper()))
            elif action.required:
                parts.append(f"{action.option_strings[0]} {action.metavar or action.dest.upper()}")
        if any(a.option_strings and not a.required for a in self._actions):
            parts.append("[options]")
        return f"usage: {' '.join(parts)}   (all of them: {self.prog} --help)"

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.short_usage()}\n{self.prog}: {clear_message(message, self.prog)}\n")


def refuse_extras(parser: argparse.ArgumentParser, args: argparse.Namespace, extras: list[str]) -> NoReturn:
    """Refuse arguments no parser took, in the words of the (sub-)verb they were given to (argparse refuses them at
    the top level, with the top level's usage)."""
    verb, deeper = parser, True
    while deeper:
        deeper = False
        for action in verb._actions:
            chosen = getattr(args, action.dest, None) if isinstance(action, argparse._SubParsersAction) else None
            if isinstance(action, argparse._SubParsersAction) and chosen in action.choices:
                verb, deeper = action.choices[chosen], True
                break
    verb.error(f"unrecognized arguments: {' '.join(extras)}")
    sys.exit(2)  # not reached: error() exits
