"""The packages' public names are imported when first used, and a query command imports no extractor."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from turkru.errors import TurkruError

LAZY_PACKAGES = ("turkru", "turkru.text", "turkru.serialize")


def _type_checking_names(package: str) -> dict[str, str]:
    """The names the package's ``if TYPE_CHECKING:`` block imports, with their modules."""
    path = Path(importlib.import_module(package).__file__ or "")
    names: dict[str, str] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom)
                names.update({alias.name: statement.module or "" for alias in statement.names})
    return names


@pytest.mark.parametrize("package", LAZY_PACKAGES)
def test_every_public_name_resolves_to_its_home(package: str) -> None:
    module = importlib.import_module(package)
    for name in module.__all__:
        if name not in module._HOMES:
            continue
        home = importlib.import_module(module._HOMES[name])
        assert getattr(module, name) is getattr(home, name)


@pytest.mark.parametrize("package", LAZY_PACKAGES)
def test_type_checkers_see_the_same_names_and_homes(package: str) -> None:
    module = importlib.import_module(package)
    assert _type_checking_names(package) == module._HOMES
    eager = set(module.__all__) - set(module._HOMES)
    assert all(name in vars(module) for name in eager)


@pytest.mark.parametrize("package", LAZY_PACKAGES)
def test_an_unknown_name_is_an_attribute_error(package: str) -> None:
    module = importlib.import_module(package)
    with pytest.raises(AttributeError, match="no_such_name"):
        module.no_such_name  # noqa: B018
    assert "__all__" in dir(module) and set(module._HOMES) <= set(dir(module))


def test_the_command_line_imports_the_extractor_only_for_commands_that_parse() -> None:
    probe = (
        "import sys, turkru.cli, turkru; "
        "heavy = ('turkru.extract.pipeline', 'turkru.chronicle.plot', 'turkru.interop.coding'); "
        "print(sorted(name for name in heavy if name in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_every_export_format_names_a_function_that_exists() -> None:
    from turkru.serialize.eventdata import EXPORTS, exporter

    assert all(callable(exporter(name)) for name in EXPORTS)
    with pytest.raises(TurkruError, match="'gdelt' is not one of 'polecat'"):
        exporter("gdelt")
