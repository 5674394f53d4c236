"""Apply the W3C Web Annotation test suite's MUST schemas (tests/core/data/w3c) with jsonschema.

The suite was written for Ajv 4 (JSON Schema draft-04) in the browser; see
tests/core/data/w3c/README.txt (source commit, BSD-3-Clause licence and attribution). To get the same verdicts from Python:

- every "$ref" resolves against the local folder (a `referencing.Registry`
  holding every schema under its "id"; retrieving anything else raises, so
  nothing is ever fetched);
- keywords standing beside a "$ref" are checked too: jsonschema's own
  Draft4Validator ignores them (`_legacy_keywords.ignore_ref_siblings`), so
  the validator class here is built with `applicable_validators` that keep
  every keyword, and the "$schema" keys are dropped from the in-memory copies
  so jsonschema never switches back to its stock draft-04 class mid-way;
- 5.0 counts as an integer, as in JavaScript;
- "format" is asserted (Ajv checks formats): "date-time" by RFC 3339,
  "uri" as an absolute RFC 3986 URI.
"""

from __future__ import annotations

import json
import re
from functools import cache
from operator import methodcaller
from pathlib import Path
from typing import Any

from jsonschema import Draft4Validator, FormatChecker, validators
from jsonschema._types import draft4_type_checker
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT4

W3C = Path(__file__).resolve().parent / "data" / "w3c"

# RFC 3986 absolute URI: scheme ":" then only URI characters or %XX escapes.
_URI = re.compile(
    r"[A-Za-z][A-Za-z0-9+.\-]*:(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*"
)


def _is_integer(_checker: Any, instance: Any) -> bool:
    if isinstance(instance, bool):
        return False
    return isinstance(instance, int) or (isinstance(instance, float) and instance.is_integer())


def format_checker() -> FormatChecker:
    checker = FormatChecker(formats=["date-time"])  # RFC 3339 via rfc3339-validator

    @checker.checks("uri")
    def is_uri(value: object) -> bool:
        return not isinstance(value, str) or _URI.fullmatch(value) is not None

    return checker


AjvLikeDraft4 = validators.create(
    meta_schema=Draft4Validator.META_SCHEMA,
    validators=Draft4Validator.VALIDATORS,
    type_checker=draft4_type_checker.redefine("integer", _is_integer),
    format_checker=format_checker(),
    id_of=DRAFT4.id_of,
    applicable_validators=methodcaller("items"),  # $ref siblings are checked too
)


def _without_schema_keys(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_schema_keys(v) for k, v in node.items() if k != "$schema"}
    if isinstance(node, list):
        return [_without_schema_keys(v) for v in node]
    return node


def _refuse(uri: str) -> Resource:
    raise NoSuchResource(ref=uri)


class Musts:
    """The MUST assertions of one suite folder, ready to run on instances."""

    def __init__(self, root: Path = W3C) -> None:
        self.root = root
        self.schemas: dict[str, dict] = {}
        resources = []
        for path in sorted(root.rglob("*.json")):
            contents = _without_schema_keys(json.loads(path.read_text(encoding="utf-8")))
            rel = path.relative_to(root).as_posix()
            self.schemas[rel] = contents
            resource = Resource.from_contents(contents, default_specification=DRAFT4)
            resources.append((contents.get("id") or path.name, resource))
        self.registry = Registry(retrieve=_refuse).with_resources(resources)

    def assertions(self, test_file: str) -> list[str]:
        """The schema paths a .test file lists (all of them 'must', 'valid')."""
        data = json.loads((self.root / test_file).read_text(encoding="utf-8"))
        return list(data["assertions"])

    def validator(self, schema_path: str) -> Any:
        return AjvLikeDraft4(
            self.schemas[schema_path],
            registry=self.registry,
            format_checker=AjvLikeDraft4.FORMAT_CHECKER,
        )

    def failures(self, test_file: str, instance: Any) -> list[str]:
        """'schema: message' for every assertion of `test_file` the instance fails."""
        out = []
        for schema_path in self.assertions(test_file):
            errors = list(self.validator(schema_path).iter_errors(instance))
            if errors:
                best = min(errors, key=lambda e: len(e.path))
                out.append(f"{schema_path}: {best.message[:300]}")
        return out


@cache
def musts() -> Musts:
    return Musts()
