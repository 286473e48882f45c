"""The services' texts for translators: every `say(...)` / `say_plural(...)` of the domain, the
services, the store and the drivers, kept in resources/translations/frontdesk_services_<lang>.ts.

pyside6-lupdate cannot do this part: it files a `say` alias but not a plural one, and
update-translations.sh runs it with -no-obsolete, so it would drop what it does not see. This
script reads the code with Python's own parser instead, adds new texts as unfinished, drops texts
the code no longer has and keeps the translations already made. The window looks them up under
the context "services" (frontdesk/ui/service_words.py).

    python installer/service_translations.py        # refresh every frontdesk_services_*.ts
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SCANNED = ("frontdesk/domain", "frontdesk/services", "frontdesk/store", "frontdesk/ui", "drivers")
CONTEXT = "services"
ERROR_BASES = {"FrontDeskError", "InvalidInput", "NotFound", "Conflict", "Unavailable"}


@dataclass(frozen=True)
class Text:
    """One text to translate: the English template, and its plural template for a numerus text."""

    source: str
    plural: str | None = None

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.source, self.plural)


@dataclass(frozen=True)
class Found:
    texts: list[Text]
    problems: list[str]  # a text a person would read that no translation can reach


def _python_files(root: Path) -> list[Path]:
    return sorted(p for top in SCANNED for p in (root / top).rglob("*.py"))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """FrontDeskError and every class that inherits from it, by name, across the scanned code."""
    names = set(ERROR_BASES)
    classes = [n for tree in trees.values() for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for cls in classes:
            if cls.name not in names and any(_name(b) in names for b in cls.bases):
                names.add(cls.name)
                grew = True
    return names


def find_texts(root: Path = ROOT) -> Found:
    """The texts in the code, in the order they appear, and the shown texts left unwrapped."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in _python_files(root)}
    errors = _error_classes(trees)
    texts: dict[tuple[str, str | None], Text] = {}
    problems: list[str] = []
    for path, tree in trees.items():
        where = path.relative_to(root)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in ("say", "say_plural"):
                wanted = 1 if _name(node.func) == "say" else 2
                literals = [_literal(a) for a in node.args[:wanted]]
                if len(literals) < wanted or None in literals:
                    problems.append(f"{where}:{node.lineno}: {_name(node.func)} without literal text")
                    continue
                text = Text(literals[0] or "", literals[1] if wanted == 2 else None)
                texts.setdefault(text.key, text)
            elif isinstance(node, ast.Call) and _name(node.func) in errors:
                shown = [*node.args[:2], *(k.value for k in node.keywords if k.arg in ("title", "hint"))]
                problems += [f"{where}:{node.lineno}: {_name(node.func)}(...) text not in say()"] * sum(
                    _shown_plainly(arg) for arg in shown
                )
            elif isinstance(node, ast.ClassDef) and node.name in errors:
                problems += [f"{where}:{node.lineno}: {node.name}: {p}" for p in _unwrapped_in_class(node)]
    return Found(list(texts.values()), problems)


def _shown_plainly(node: ast.expr | None) -> bool:
    return node is not None and (isinstance(node, ast.JoinedStr) or _literal(node) is not None)


def _unwrapped_in_class(cls: ast.ClassDef) -> list[str]:
    """An error class's title or hint (as attribute or given to __init__) that is a bare string."""
    out = []
    for stmt in cls.body:
        target = stmt.targets[0] if isinstance(stmt, ast.Assign) else getattr(stmt, "target", None)
        named = isinstance(target, ast.Name) and target.id in ("title", "hint")
        if named and _shown_plainly(getattr(stmt, "value", None)):
            out.append(f"{getattr(target, 'id', '')} not in say()")
    for call in ast.walk(cls):
        if isinstance(call, ast.Call) and _name(call.func) == "__init__":
            shown = [*call.args[:2], *(k.value for k in call.keywords if k.arg in ("title", "hint"))]
            out += ["__init__ text not in say()" for arg in shown if _shown_plainly(arg)]
    return out


Translation = tuple[list[str], bool]  # the forms (one, or one per plural form) and whether finished


def read_ts(path: Path) -> dict[tuple[str, str | None], Translation]:
    """The services' messages of a .ts: (source, plural) -> (forms, finished)."""
    out: dict[tuple[str, str | None], Translation] = {}
    if not path.exists():
        return out
    for context in ET.parse(path).getroot().iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            plural = message.findtext("comment") if message.get("numerus") == "yes" else None
            forms: list[str] = []
            finished = translation is not None and translation.get("type") is None
            if translation is not None:
                numerus = translation.findall("numerusform")
                forms = [f.text or "" for f in numerus] if numerus else [translation.text or ""]
            out[(message.findtext("source") or "", plural)] = (forms, finished and all(forms))
    return out


def write_ts(path: Path, language: str, texts: list[Text], plural_forms: int = 2) -> None:
    """Write the .ts for `texts`, keeping what `path` already translates."""
    known = read_ts(path)
    ts = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(ts, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text in texts:
        forms, finished = known.get(text.key, ([], False))
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text.source
        if text.plural is not None:
            message.set("numerus", "yes")
            ET.SubElement(message, "comment").text = text.plural
        translation = ET.SubElement(message, "translation")
        if not finished:
            translation.set("type", "unfinished")
        if text.plural is not None:
            for i in range(plural_forms):
                ET.SubElement(translation, "numerusform").text = forms[i] if i < len(forms) else ""
        else:
            translation.text = forms[0] if forms else ""
    ET.indent(ts, space="    ")
    body = ET.tostring(ts, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def main() -> int:
    found = find_texts()
    for problem in found.problems:
        print(f"warning: {problem}", file=sys.stderr)
    for gui in sorted(TRANSLATIONS.glob("frontdesk_*.ts")):
        if gui.stem.startswith("frontdesk_services_"):
            continue
        language = gui.stem.removeprefix("frontdesk_")
        target = TRANSLATIONS / f"frontdesk_services_{language}.ts"
        write_ts(target, language, found.texts)
        missing = sum(1 for t in found.texts if not read_ts(target)[t.key][1])
        print(f"{target.relative_to(ROOT)}: {len(found.texts)} texts, {missing} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
