#!/usr/bin/env python3
"""Extract facts about AppFlow's ConnectorConfiguration tree from botocore's service model.

The output is the fixture Tests/AFQModelTests/Fixtures/appflow-model-facts.json, against which
AFQModel's tests check the schema derived from the Swift types (the ConnectorConfiguration and
ConnectorDetail trees of the service model, botocore's `appflow/2020-08-23/service-2.json`).

Only facts are written: for each structure reachable from the roots, its members (wire name and
type, in model order) and required members; for each enumeration, its values in model order.
No documentation text is copied. Output is deterministic: sorted keys, fixed indentation.

Usage:
    scripts/extract-service-model.py            # rewrite the fixture
    scripts/extract-service-model.py --check    # exit 1 when the fixture is out of date
    scripts/extract-service-model.py --model PATH --output PATH
"""

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOTS = ["ConnectorConfiguration", "ConnectorDetail"]
SERVICE = "appflow"
API_VERSION = "2020-08-23"
DEFAULT_OUTPUT = (
    Path(__file__).resolve().parent.parent / "Tests" / "AFQModelTests" / "Fixtures" / "appflow-model-facts.json"
)


def botocore_model_path():
    """The installed botocore's service-2.json (plain or gzipped) and botocore's version."""
    import botocore

    folder = Path(botocore.__file__).resolve().parent / "data" / SERVICE / API_VERSION
    for name in ("service-2.json", "service-2.json.gz"):
        candidate = folder / name
        if candidate.exists():
            return candidate, botocore.__version__
    sys.exit(f"no service-2.json(.gz) for {SERVICE} {API_VERSION} under {folder}")


def load_model(path):
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def type_name(shapes, name):
    """A member's type as the fixture spells it: a primitive, a structure or enum name, `list of X`,
    or `map of K to V`."""
    shape = shapes[name]
    kind = shape["type"]
    if kind == "structure":
        return name
    if kind == "string":
        return name if "enum" in shape else "string"
    if kind == "list":
        return "list of " + type_name(shapes, shape["member"]["shape"])
    if kind == "map":
        return "map of {} to {}".format(
            type_name(shapes, shape["key"]["shape"]), type_name(shapes, shape["value"]["shape"])
        )
    return kind  # boolean, integer, long, float, double, timestamp, blob


def reachable(shapes, roots):
    """Every shape name reachable from the roots through members, list elements and map entries."""
    seen = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        shape = shapes[name]
        pending.extend(member["shape"] for member in shape.get("members", {}).values())
        if shape["type"] == "list":
            pending.append(shape["member"]["shape"])
        if shape["type"] == "map":
            pending.extend([shape["key"]["shape"], shape["value"]["shape"]])
    return seen


def extract(model, botocore_version):
    shapes = model["shapes"]
    structures = {}
    enums = {}
    for name in reachable(shapes, ROOTS):
        shape = shapes[name]
        if shape["type"] == "structure":
            structures[name] = {
                "members": [
                    {"name": member_name, "type": type_name(shapes, member["shape"])}
                    for member_name, member in shape.get("members", {}).items()
                ],
                "required": sorted(shape.get("required", [])),
            }
        elif shape["type"] == "string" and "enum" in shape:
            enums[name] = list(shape["enum"])
    return {
        "source": {
            "botocore": botocore_version,
            "service": SERVICE,
            "apiVersion": model["metadata"]["apiVersion"],
        },
        "roots": ROOTS,
        "structures": structures,
        "enums": enums,
    }


def render(facts):
    return json.dumps(facts, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, help="service-2.json(.gz); default: the installed botocore's")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="fixture to write")
    parser.add_argument("--check", action="store_true", help="compare with the fixture instead of writing it")
    arguments = parser.parse_args()

    if arguments.model:
        model_path, version = arguments.model, "unknown"
    else:
        model_path, version = botocore_model_path()
    text = render(extract(load_model(model_path), version))

    if arguments.check:
        current = arguments.output.read_text(encoding="utf-8") if arguments.output.exists() else ""
        if current != text:
            sys.exit(f"{arguments.output} is out of date; run {Path(__file__).name}")
        return
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    arguments.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
