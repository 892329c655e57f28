"""The read path runs one way: route -> one read module per question -> the one paging module
-> the store, never climbing back up (docs/architecture.md draws it). Pure: parses the code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from kb_service.config import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "kb_service"
PAGING = "pages"
# Leaves the paging module may use: the lists' filter bundle, nothing that asks a question.
PAGING_LEAVES = {"filters"}

# Modules that answer no question themselves: paging, the filters, the records a page keeps.
SHARED = {PAGING, "filters", "records", "text_filter", "named_records"}
# The one question built on another: the timeline's include=statements is the statement list.
BUILT_ON = {("timeline", "statements")}

Graph = dict[str, set[str]]


def imports_of(path: Path, package: str) -> set[str]:
    """Return the modules of `package` (kb_service.read, say) the file imports, by short name."""
    found = set()
    prefix = package + "."
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == package:
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(prefix):
            found.add((node.module or "")[len(prefix) :].split(".")[0])
        elif isinstance(node, ast.Import):
            found |= {
                a.name[len(prefix) :].split(".")[0] for a in node.names if a.name.startswith(prefix)
            }
    return found


def read_graph() -> Graph:
    """Return who imports whom among kb_service/read's modules."""
    files = sorted((PACKAGE / "read").glob("*.py"))
    return {p.stem: imports_of(p, "kb_service.read") for p in files if p.stem != "__init__"}


def cycles(graph: Graph) -> list[list[str]]:
    """Return one import cycle per module that starts one (a module importing itself back)."""
    found = []
    for start in sorted(graph):
        path = [start]
        seen: set[str] = set()
        stack = [iter(sorted(graph.get(start, ())))]
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                stack.pop()
                path.pop()
            elif nxt == start:
                found.append([*path, start])
                break
            elif nxt not in seen and nxt in graph:
                seen.add(nxt)
                path.append(nxt)
                stack.append(iter(sorted(graph[nxt])))
    return found


def paging_climbs(graph: Graph) -> set[str]:
    """Return the read modules the paging module imports besides its leaves."""
    return graph.get(PAGING, set()) - PAGING_LEAVES


def routes_reaching_the_store(api: Path) -> dict[str, set[str]]:
    """Return, per route module, what it uses of the store or the query files directly."""
    found = {}
    for path in sorted(api.glob("*_routes.py")):
        direct = imports_of(path, "kb_service.store")
        text = path.read_text(encoding="utf-8")
        direct |= {word for word in ("Cypher", '.cypher"', "db.read(", "db.write(") if word in text}
        if direct:
            found[path.stem] = direct
    return found


# Where a route may hand the database: a read or write module, or the web layer's own helpers.
HANDS_DATABASE_TO = ("kb_service.read.", "kb_service.write.", "kb_service.api.")


def imported_names(tree: ast.Module) -> dict[str, str]:
    """Return each name a module imports, with where it comes from (kb_service.read.timeline)."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names |= {a.asname or a.name: f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            names |= {a.asname or a.name.split(".")[0]: a.name for a in node.names}
    return names


def is_database(node: ast.expr, bound: set[str]) -> bool:
    """Whether the expression is `database()`, or a name assigned `database()`."""
    if isinstance(node, ast.Call):
        return isinstance(node.func, ast.Name) and node.func.id == "database"
    return isinstance(node, ast.Name) and node.id in bound


def root_name(node: ast.expr) -> str:
    """Return the name an expression starts from: `vocabulary` for `vocabulary.stored`."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else ""


def database_handed_out(api: Path) -> dict[str, set[str]]:
    """Return, per route module, the functions it hands the database that come from outside
    kb_service.read, kb_service.write and kb_service.api (curation code, say)."""
    found = {}
    for path in sorted(api.glob("*_routes.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = imported_names(tree)
        bound = {  # the names assigned `database()`: db = database()
            target.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign) and is_database(node.value, set())
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        callees = set()
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            origin = names.get(root_name(call.func))  # None: the module's own, or a builtin
            arguments = [*call.args, *(k.value for k in call.keywords)]
            if (
                origin
                and not origin.startswith(HANDS_DATABASE_TO)
                and any(is_database(a, bound) for a in arguments)
            ):
                callees.add(ast.unparse(call.func))
        if callees:
            found[path.stem] = callees
    return found


def test_the_paging_module_imports_no_question() -> None:
    graph = read_graph()
    assert PAGING in graph and "timeline" in graph  # the walk found the modules
    assert paging_climbs(graph) == set()


def test_no_two_read_modules_import_each_other() -> None:
    assert cycles(read_graph()) == []


def questions_on_questions(graph: Graph) -> set[tuple[str, str]]:
    """Return the (question, question it imports) pairs, and any shared module importing one."""
    return {(m, other) for m, used in graph.items() for other in used if other not in SHARED}


def test_questions_share_paging_not_each_other() -> None:
    graph = read_graph()
    for question in ("timeline", "statements", "timeline_counts", "entities"):
        assert PAGING in graph[question], question
    assert questions_on_questions(graph) == BUILT_ON


def test_route_modules_call_read_modules_never_the_store() -> None:
    routes = sorted((PACKAGE / "api").glob("*_routes.py"))
    assert len(routes) > 5
    assert any("read" in imports_of(p, "kb_service") for p in routes)
    assert routes_reaching_the_store(PACKAGE / "api") == {}


def test_route_modules_hand_the_database_to_read_and_write_modules_only() -> None:
    assert database_handed_out(PACKAGE / "api") == {}


def drawn_edges(text: str) -> set[tuple[str, str]]:
    """Return the plain `a --> b` arrows of the mermaid drawing under "The read path"."""
    drawing = text.split("### The read path", 1)[1].split("```mermaid", 1)[1].split("```", 1)[0]
    return set(re.findall(r"^\s*(\w+) --> (\w+)\s*$", drawing, re.MULTILINE))


def test_the_drawing_in_the_architecture_is_the_code() -> None:
    text = (PROJECT_ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    code = {(m, other) for m, used in read_graph().items() for other in used}
    assert drawn_edges(text) == code


def test_the_checkers_catch_a_climb_a_cycle_and_a_route_at_the_store(tmp_path: Path) -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [
        ["a", "b", "c", "a"],
        ["b", "c", "a", "b"],
        ["c", "a", "b", "c"],
    ]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []
    assert paging_climbs({PAGING: {"filters", "timeline"}}) == {"timeline"}
    assert paging_climbs({PAGING: {"filters"}}) == set()
    graph = {"timeline": {PAGING, "statements"}, "search": {"timeline"}, "records": {"search"}}
    pairs = {("timeline", "statements"), ("search", "timeline"), ("records", "search")}
    assert questions_on_questions(graph) == pairs
    (tmp_path / "x_routes.py").write_text("from kb_service.store.db import Database\n")
    (tmp_path / "y_routes.py").write_text('rows = db.read("read/x")\n')
    (tmp_path / "z_routes.py").write_text("from kb_service.read import timeline\n")
    assert routes_reaching_the_store(tmp_path) == {"x_routes": {"db"}, "y_routes": {"db.read("}}
    assert imports_of(tmp_path / "z_routes.py", "kb_service.read") == {"timeline"}
    drawing = "### The read path\n```mermaid\n  a --> b\n  r[x] --> c\n```\n  d --> e\n"
    assert drawn_edges(drawing) == {("a", "b")}


def test_the_checker_catches_a_route_handing_the_database_to_curation(tmp_path: Path) -> None:
    head = "from kb_service.api.request_context import database\n"
    (tmp_path / "a_routes.py").write_text(
        head + "from kb_service.curation import vocabulary\n"
        "def f():\n    db = database()\n    return vocabulary.stored(db).listing()\n"
    )
    (tmp_path / "b_routes.py").write_text(
        head + "from kb_service.curation.vocabulary import stored as s\n"
        "def f():\n    return s(reader=database())\n"
    )
    (tmp_path / "c_routes.py").write_text(
        head + "from kb_service.read import entities\nfrom kb_service.write import retraction\n"
        "from kb_service.curation import vocabulary\n"
        "def local(db):\n    return db\n"
        "def f():\n    db = database()\n    vocabulary.base()\n    local(db)\n"
        "    retraction.retract(database(), 'x')\n    return entities.record(db, 'actor', 'x')\n"
    )
    assert database_handed_out(tmp_path) == {"a_routes": {"vocabulary.stored"}, "b_routes": {"s"}}
