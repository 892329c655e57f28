"""Mutation testing of the pure code: run mutmut over some modules, then write the score.

    python -m bench.mutation                       # every module [tool.mutmut] names
    python -m bench.mutation kb_service/model kb_service/read/pages.py   # a subset
    python -m bench.mutation --report-only kb_service/model   # recount the last run's results

mutmut (the `mutation` extra) copies the project into mutants/, mutates the modules that
[tool.mutmut] in pyproject.toml names and runs each mutant against the pure tests only
(tests/pure_selection.py). Results are kept in mutants/ between runs: a mutant whose function
did not change is not run again. The report, bench/results/mutation.json, counts per module
the mutants killed, survived, not covered by any pure test, and timed out, and lists each
survivor as file:line with the changed line (docs/testing.md).

Equivalent mutants, which no input can tell from the code, are listed with the reason in
bench/mutation_equivalents.yaml after review. The report keeps two scores: the raw one
(killed over the mutants a test ran) and the adjusted one (killed over the mutants a test ran
less the reviewed equivalents), the one the aim of 85% is about. KB_MUTATION_CHILDREN (1 unless
set; `make mutation CHILDREN=2`) is the number of mutants mutmut runs at once.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from kb_service.config import PROJECT_ROOT

DEFAULT_MODULES = (
    "kb_service/model",
    "kb_service/curation",
    "kb_service/read/pages.py",
    "kb_service/read/records.py",
)
REPORT = PROJECT_ROOT / "bench" / "results" / "mutation.json"
EQUIVALENTS = PROJECT_ROOT / "bench" / "mutation_equivalents.yaml"
# mutmut's exit codes of a mutant's test run, as outcomes (mutmut.stats.status_by_exit_code).
OUTCOMES: dict[int | None, str] = {
    1: "killed",
    3: "killed",
    0: "survived",
    5: "no_tests",
    33: "no_tests",
    36: "timeout",
}
OUTCOMES.update({-24: "timeout", 24: "timeout", 152: "timeout", 255: "timeout"})


def files_of(modules: list[str]) -> list[Path]:
    """Return the Python files of these modules (files or folders), relative to the root."""
    found: list[Path] = []
    for module in modules:
        path = PROJECT_ROOT / module
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return [p.relative_to(PROJECT_ROOT) for p in found if "__pycache__" not in p.parts]


def glob_of(path: Path) -> str:
    """Return the mutmut name pattern of every mutant of one file."""
    dotted = ".".join(path.with_suffix("").parts)
    return dotted.removesuffix(".__init__") + ".*"


def run_mutmut(files: list[Path]) -> int:
    """Run mutmut over the mutants of these files, KB_MUTATION_CHILDREN (default 1) at once;
    return its exit code."""
    children = os.environ.get("KB_MUTATION_CHILDREN") or "1"
    command = [sys.executable, "-m", "mutmut", "run", "--max-children", children]
    command += [glob_of(p) for p in files]
    return subprocess.run(command, cwd=PROJECT_ROOT, check=False).returncode


def reviewed_equivalents() -> dict[str, str]:
    """Return the reviewed equivalent mutants: mutmut's name of each, and why no input tells it
    from the code."""
    if not EQUIVALENTS.exists():
        return {}
    return {str(k): str(v) for k, v in (yaml.safe_load(EQUIVALENTS.read_text()) or {}).items()}


def scores(counts: Counter[str]) -> dict[str, float | None]:
    """Return, from the counts by outcome, the raw score (killed, or timed out, over the mutants
    a test ran) and the adjusted one (the same less the reviewed equivalents), in percent."""
    killed = counts["killed"] + counts["timeout"]
    honest = killed + counts["survived"]
    checked = honest + counts["equivalent"]
    return {
        "score_raw": round(100 * killed / checked, 1) if checked else None,
        "score": round(100 * killed / honest, 1) if honest else None,
    }


def changed_line(mutant: str, path: Path, source: str) -> tuple[int, str]:
    """Return the line of the source file a mutant changes, and that line as mutated."""
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    diff = get_diff_for_mutant(mutant, path=path).splitlines()
    removed = next((line[1:] for line in diff if line.startswith("-") and line[1:2] != "-"), "")
    added = next((line[1:] for line in diff if line.startswith("+") and line[1:2] != "+"), "")
    function = mutant.rpartition(".")[2].split("__mutmut_")[0].split("ǁ")[-1].removeprefix("x_")
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == function:
            for number in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                if lines[number - 1].strip() == removed.strip():
                    return number, added.strip()
    return 0, added.strip()


def module_report(path: Path, equivalents: dict[str, str]) -> dict[str, Any]:
    """Count one file's mutants by outcome, the survivors reviewed as equivalent apart, and
    list the other survivors (and any mutant reviewed as equivalent that a test kills)."""
    meta_path = PROJECT_ROOT / "mutants" / f"{path}.meta"
    if not meta_path.exists():
        return {"mutants": 0}
    codes: dict[str, int | None] = json.loads(meta_path.read_text())["exit_code_by_key"]
    counts = Counter(OUTCOMES.get(code, "not_checked") for code in codes.values())
    source = (PROJECT_ROOT / path).read_text(encoding="utf-8")
    survivors, killed_equivalents = [], []
    for mutant, code in sorted(codes.items()):
        if OUTCOMES.get(code) == "survived" and mutant in equivalents:
            counts["equivalent"] += 1
        elif OUTCOMES.get(code) == "survived":
            number, text = changed_line(mutant, path, source)
            survivors.append({"at": f"{path}:{number}", "mutant": mutant, "line": text})
        elif mutant in equivalents:
            killed_equivalents.append(mutant)
    counts["survived"] -= counts["equivalent"]
    figures: dict[str, Any] = {"mutants": len(codes), **dict(counts), **scores(counts)}
    if killed_equivalents:
        figures["killed_though_reviewed_equivalent"] = killed_equivalents
    return {**figures, "survivors": survivors}


def totals(modules: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Add up the modules' counts; the raw score is killed (or timed out) over those a test
    ran, the adjusted score the same less the reviewed equivalents."""
    summed: Counter[str] = Counter()
    for figures in modules.values():
        summed.update({k: v for k, v in figures.items() if isinstance(v, int)})
    return {**summed, **scores(summed)}


def main(argv: list[str]) -> int:
    """Run mutmut over the modules named (or all), then write and print the report; modules
    measured by an earlier run keep their figures in it."""
    report_only = "--report-only" in argv  # recount mutants/ (after a review), run nothing
    argv = [arg for arg in argv if arg != "--report-only"]
    files = files_of(argv or list(DEFAULT_MODULES))
    code = 0 if report_only else run_mutmut(files)
    if code != 0:
        print(f"mutmut exited with {code}", file=sys.stderr)
    equivalents = reviewed_equivalents()
    measured = {str(p): module_report(p, equivalents) for p in files}
    measured = {name: figures for name, figures in measured.items() if figures["mutants"]}
    previous = json.loads(REPORT.read_text())["modules"] if REPORT.exists() else {}
    # a module measured before that no longer exists (moved or merged) leaves the report
    previous = {
        name: figures for name, figures in previous.items() if (PROJECT_ROOT / name).exists()
    }
    modules = dict(sorted({**previous, **measured}.items()))
    result = {"tool": "mutmut 3.8.1", "tests": "tests/pure_selection.py", **totals(modules)}
    result["equivalents"] = str(EQUIVALENTS.relative_to(PROJECT_ROOT))
    REPORT.write_text(
        json.dumps({**result, "modules": modules}, indent=1, ensure_ascii=False) + "\n"
    )
    for name, figures in measured.items():
        print(summary_line(name, figures))
    print(summary_line("this run", totals(measured)))
    return code


def summary_line(name: str, figures: dict[str, Any]) -> str:
    """Return one module's (or a total's) counts and scores as a line of text."""
    return (
        f"{name}: {figures.get('killed', 0)} killed, {figures.get('survived', 0)} survived, "
        f"{figures.get('equivalent', 0)} equivalent, {figures.get('no_tests', 0)} untested; "
        f"score {figures['score']}% of the non-equivalent mutants a pure test runs "
        f"(raw {figures['score_raw']}%)"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
