"""The layout shows the architecture, and stays so: each layer imports only the layers below
it, the model does no I/O, Flask stays in the web layer, and no two modules share a name. Our
modules, functions and parameter lists stay small enough for a newcomer to hold, and package
__init__s only re-export (or wire, for the app and the API). Our browser code (static/,
vendored code aside) keeps files short and declares with const/let; the
workbench is ES modules, each reached from main.js and preloaded by its page."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pytest

from kb_service.config import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "kb_service"
# What each layer may import of kb_service, besides itself (docs/architecture in README).
ALLOWED = {
    "model": set(),
    "store": {"model", "config", "errors", "observability"},
    "curation": {"model", "store", "config", "errors"},
    "read": {"model", "store", "curation", "errors"},
    "write": {"model", "store", "curation", "read", "errors"},
    "api": {"model", "store", "curation", "read", "write", "config", "errors", "observability"},
}
IO_LIBRARIES = {"neo4j", "flask", "flask_smorest", "werkzeug", "urllib", "socket", "subprocess"}


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def imported(path: Path) -> set[str]:
    """Return every module `path` imports, as dotted names."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


def layer_of(dotted: str) -> str | None:
    parts = dotted.split(".")
    return parts[1] if parts[0] == "kb_service" and len(parts) > 1 else None


def test_no_two_modules_share_a_name() -> None:
    names = Counter(p.stem for p in modules() if p.stem != "__init__")
    assert [name for name, count in names.items() if count > 1] == []
    assert len(names) > 40  # the walk found the package


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_each_layer_imports_only_the_layers_below_it(layer: str) -> None:
    wrong = []
    files = list((PACKAGE / layer).rglob("*.py"))
    assert files, layer
    for path in files:
        for name in imported(path):
            other = layer_of(name)
            if other is not None and other != layer and other not in ALLOWED[layer]:
                wrong.append(f"{path.relative_to(PROJECT_ROOT)} imports {name}")
    assert wrong == []


def test_the_model_does_no_io() -> None:
    wrong = [
        f"{path.name} imports {name}"
        for path in (PACKAGE / "model").rglob("*.py")
        for name in imported(path)
        if name.split(".")[0] in IO_LIBRARIES
    ]
    assert wrong == []


def test_flask_stays_in_the_web_layer() -> None:
    outside = [
        str(path.relative_to(PROJECT_ROOT))
        for path in modules()
        if "api" not in path.relative_to(PACKAGE).parts[:1]
        and path != PACKAGE / "__init__.py"  # the app factory wires the web layer
        and any(name.split(".")[0] in ("flask", "flask_smorest") for name in imported(path))
    ]
    assert outside == []


# Pieces a newcomer can hold (STYLE.md rule 11): modules, functions and parameter lists.
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 40
MAX_PARAMETERS = 6  # self and cls aside
# No exceptions left: a piece that outgrows a rule is split, not listed here.
TOO_LONG_MODULES: set[str] = set()
TOO_LONG_FUNCTIONS: set[str] = set()
TOO_MANY_PARAMETERS: set[str] = set()
# Package __init__s re-export; these two wire the application and the API.
WIRING = {"__init__.py", "api/__init__.py"}


def functions(source: str) -> list[tuple[str, int, int]]:
    """Return (name, lines, parameters) of every function in `source`, nested ones too."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args
            named = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
            count = sum(1 for a in named if a is not None and a.arg not in ("self", "cls"))
            lines = (node.end_lineno or node.lineno) - node.lineno + 1
            found.append((node.name, lines, count))
    return found


def oversized(sources: dict[str, str]) -> dict[str, set[str]]:
    """Return, by rule, the modules and functions of `sources` ({path: text}) over a limit."""
    over: dict[str, set[str]] = {"modules": set(), "functions": set(), "parameters": set()}
    for path, source in sources.items():
        if len(source.splitlines()) > MAX_MODULE_LINES:
            over["modules"].add(path)
        for name, lines, count in functions(source):
            if lines > MAX_FUNCTION_LINES:
                over["functions"].add(f"{path}:{name}")
            if count > MAX_PARAMETERS:
                over["parameters"].add(f"{path}:{name}")
    return over


def logic_in(source: str) -> list[str]:
    """Return what a package __init__ defines besides imports, __all__ and its docstring."""
    tree = ast.parse(source)
    body = tree.body[1:] if ast.get_docstring(tree) is not None else tree.body
    return [
        type(node).__name__
        for node in body
        if not isinstance(node, ast.Import | ast.ImportFrom)
        and not (
            isinstance(node, ast.Assign)
            and [getattr(t, "id", None) for t in node.targets] == ["__all__"]
        )
    ]


def our_sources() -> dict[str, str]:
    return {str(path.relative_to(PACKAGE)): path.read_text(encoding="utf-8") for path in modules()}


def test_modules_functions_and_parameter_lists_stay_small() -> None:
    sources = our_sources()
    over = oversized(sources)
    assert over["modules"] == TOO_LONG_MODULES
    assert over["functions"] == TOO_LONG_FUNCTIONS
    assert over["parameters"] == TOO_MANY_PARAMETERS
    assert "curation/drafting/source_draft.py" in sources  # the walk found the package


def test_each_size_rule_finds_an_oversized_piece() -> None:
    long_body = "".join(f"    x{i} = {i}\n" for i in range(MAX_FUNCTION_LINES))
    source = f"def long():\n{long_body}\n\ndef wide(self, a, b, c, d, e, f, g): ...\n"
    fitting = "def fits(self, a, b, c, d, e, f):\n" + "    pass\n" * (MAX_FUNCTION_LINES - 1)
    over = oversized({"big.py": source + "\n" * MAX_MODULE_LINES, "small.py": fitting})
    assert over == {
        "modules": {"big.py"},
        "functions": {"big.py:long"},
        "parameters": {"big.py:wide"},
    }


def test_package_inits_only_re_export() -> None:
    inits = {
        path: source
        for path, source in our_sources().items()
        if path.endswith("__init__.py") and path not in WIRING
    }
    assert {path: logic_in(source) for path, source in inits.items() if logic_in(source)} == {}
    assert "curation/drafting/__init__.py" in inits
    assert logic_in('"""A package."""\nfrom a import b\n__all__ = ["b"]\n') == []
    assert logic_in("from a import b\n\ndef draft() -> None: ...\nX = 1\n") == [
        "FunctionDef",
        "Assign",
    ]


# The browser code follows the same rules: files a newcomer can hold, ES modules named for what
# they own, `const`/`let`. Vendored code (static/vendor) is not ours.
STATIC = PACKAGE / "static"
CURATE = STATIC / "curate"
MAX_SCRIPT_LINES = 300
# The embeds' classic scripts, still written with `var`: strike each off once it is converted.
STILL_VAR = {"embed/common.js", "embed/dashboard.js", "embed/map.js", "embed/timeline.js",
             "embed/timeline_view.js"}  # fmt: skip
VAR = re.compile(r"(?<![\w$.])var\s+[\w$\[{]")
IMPORT = re.compile(r'^import \{([^}]*)\} from "\./([\w.]+)";', re.MULTILINE)
EXPORT = re.compile(r"^export (?:async )?(?:function|const|let|class) ([\w$]+)", re.MULTILINE)


def our_scripts() -> dict[str, str]:
    return {
        str(path.relative_to(STATIC)): path.read_text(encoding="utf-8")
        for path in sorted(STATIC.rglob("*.js"))
        if path.relative_to(STATIC).parts[0] != "vendor"
    }


def test_no_script_of_ours_is_over_300_lines() -> None:
    scripts = our_scripts()
    lines = {name: len(text.splitlines()) for name, text in scripts.items()}
    assert {name: n for name, n in lines.items() if n > MAX_SCRIPT_LINES} == {}
    assert "curate/main.js" in scripts and "embed/map.js" in scripts  # the walk found them


def test_our_scripts_declare_with_const_and_let() -> None:
    with_var = {name for name, text in our_scripts().items() if VAR.search(text)}
    assert with_var == STILL_VAR


def test_the_workbench_is_es_modules_without_globals() -> None:
    for name, text in our_scripts().items():
        if name.startswith("curate/"):
            assert name == "curate/main.js" or EXPORT.search(text), f"{name} exports nothing"
            assert not re.search(r"\bwindow\.\w+\s*=[^=]", text), f"{name} sets a global"
            assert '"use strict"' not in text, f"{name}: a module is strict already"


def module_graph() -> dict[str, list[tuple[str, str]]]:
    """Return each workbench module's imports: (the name imported, the module it comes from)."""
    graph = {}
    for path in sorted(CURATE.glob("*.js")):
        text = path.read_text(encoding="utf-8")
        graph[path.name] = [
            (name.strip(), module)
            for names, module in IMPORT.findall(text)
            for name in names.split(",")
            if name.strip()
        ]
    return graph


def test_every_workbench_import_is_exported() -> None:
    graph = module_graph()
    exported = {
        path.name: set(EXPORT.findall(path.read_text(encoding="utf-8")))
        for path in CURATE.glob("*.js")
    }
    missing = [
        f"{module} imports {name} from {source}"
        for module, imports in graph.items()
        for name, source in imports
        if name not in exported.get(source, set())
    ]
    assert missing == []


def test_every_workbench_module_is_reached_from_main_and_preloaded() -> None:
    graph = module_graph()
    reached, todo = set(), ["main.js"]
    while todo:
        module = todo.pop()
        if module not in reached:
            reached.add(module)
            todo.extend(source for _, source in graph.get(module, []))
    assert reached == set(graph)  # no module is left out, none is missing
    template = (PACKAGE / "templates" / "curate.html").read_text(encoding="utf-8")
    listed = re.search(r"\{% set modules = (\[.*?\]) %\}", template)
    assert listed is not None
    preloaded = {f"{name}.js" for name in ast.literal_eval(listed.group(1))}
    assert preloaded == reached - {"main.js"}
