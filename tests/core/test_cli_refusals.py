"""A refused argument prints one short usage line for its verb and a clear message (the flag, the value, what is
allowed), not the verb's whole usage (review of issue 16: compare's usage ran to 25 lines before the message);
exit code 2 as before. Run through main() and through a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from buyer_app.cli.main import main
from buyer_app.cli.parser import clear_message

REPO_ROOT = Path(__file__).resolve().parents[2]

CASES = [
    (
        ["compare", "--vehicle", "48765", "--home-charging", "level3"],
        "buyer-app compare",
        "buyer-app compare: --home-charging: 'level3' is not allowed; allowed: one of level2, level1, none",
    ),
    (
        ["rank", "--top", "x"],
        "buyer-app rank",
        "buyer-app rank: --top: 'x' is not allowed (invalid int value); allowed: a whole number",
    ),
    (["rank", "--fast"], "buyer-app rank", "buyer-app rank: --fast: not an option of `buyer-app rank`"),
    (["fly"], "buyer-app COMMAND", "buyer-app: COMMAND: 'fly' is not allowed; allowed: one of vehicles, compare, rank"),
    (["report", "--vehicle", "48765"], "buyer-app report --pdf OUT.pdf", "buyer-app report: --pdf: missing"),
    (["prices", "import", "a.csv", "--zap"], "buyer-app prices import FILE.csv", "buyer-app prices import: --zap: not an option"),
    (["compare", "--vehicle"], "buyer-app compare", "buyer-app compare: --vehicle: no value given"),
]


@pytest.mark.parametrize(("argv", "usage", "message"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_a_refusal_is_a_short_usage_line_and_a_clear_message(
    capsys: pytest.CaptureFixture[str], argv: list[str], usage: str, message: str
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    out, err = capsys.readouterr()
    assert caught.value.code == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) == 2, err  # not argparse's whole usage
    assert lines[0].startswith(f"usage: {usage}") and "--help" in lines[0]
    assert lines[1].startswith(message), lines[1]


def test_a_message_argparse_words_otherwise_is_kept() -> None:
    assert (
        clear_message("argument --a: not allowed with argument --b", "buyer-app x")
        == "argument --a: not allowed with argument --b"
    )
    assert (
        clear_message("argument --x: invalid float value: 'abc'", "p")
        == "--x: 'abc' is not allowed (invalid float value); allowed: a number"
    )


def test_a_real_process_prints_the_short_refusal() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "buyer_app", "compare", "--vehicle", "48765", "--units", "imperial"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2 and done.stdout == "" and "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1] == "buyer-app compare: --units: 'imperial' is not allowed; allowed: one of us, metric"
    assert len(done.stderr.splitlines()) == 2
