#!/usr/bin/env python3
"""Validates a JSON document against a JSON Schema with the jsonschema library (Debian's
python3-jsonschema). Prints one line per error and exits 1 when there is any.

usage: validate_json_schema.py SCHEMA INSTANCE
"""
import json
import sys

import jsonschema


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        instance = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    errors = sorted(validator.iter_errors(instance), key=lambda e: [str(p) for p in e.path])
    for error in errors:
        print("/" + "/".join(str(p) for p in error.path) + ": " + error.message)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
