"""The production image holds everything the installed service imports.

Docker is not available where the tests run, so the Dockerfile is checked
against the package list: every module and package that `pip install .`
installs (pyproject's setuptools section) must be COPY'd into the image, and
every top-level module the service imports must be in that list.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _installed() -> set[str]:
    setup = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    return set(setup["py-modules"]) | set(setup["packages"])


def _copied() -> set[str]:
    copied: set[str] = set()
    for line in (ROOT / "Dockerfile").read_text().splitlines():
        words = line.split()
        if words[:1] == ["COPY"]:
            copied.update(Path(source).stem for source in words[1:-1])
    return copied


def _top_level_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_the_image_copies_every_installed_module():
    missing = _installed() - _copied()
    assert not missing, f"Dockerfile does not COPY {sorted(missing)}"


def test_every_local_import_of_the_service_is_installed():
    installed = _installed()
    local = {p.stem for p in ROOT.glob("*.py")} | {
        p.name for p in ROOT.iterdir() if (p / "__init__.py").exists()
    }
    sources = [ROOT / f"{name}.py" for name in installed if (ROOT / f"{name}.py").exists()]
    for package in installed:
        sources.extend((ROOT / package).glob("**/*.py"))
    imported_local = set().union(*(_top_level_imports(p) for p in sources)) & local
    assert imported_local <= installed, sorted(imported_local - installed)
