"""Validates a 360Giving package against the schemas beside this script, offline.

Prints {"valid": true} or {"valid": false, "errors": ["<path>: <message>", ...]}.
"""
import json
import os
import re
import sys

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))

# RFC 3339, section 5.6: a full date, "T", a time with seconds and an offset or Z.
DATE_TIME = re.compile(
    r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?"
    r"([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$")


def main(path):
    with open(os.path.join(HERE, "360-giving-package-schema.json"), encoding="utf-8") as f:
        package = json.load(f)
    with open(os.path.join(HERE, "360-giving-schema.json"), encoding="utf-8") as f:
        grant = json.load(f)
    store = {grant["$id"]: grant, grant["$id"].replace("1.4.3", "1.4.2"): grant}
    resolver = jsonschema.RefResolver("", package, store=store)
    checker = jsonschema.FormatChecker(formats=())
    checker.checks("date-time")(lambda text: not isinstance(text, str) or bool(DATE_TIME.match(text)))
    validator = jsonschema.Draft202012Validator(package, resolver=resolver, format_checker=checker)
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    errors = ["/".join(str(part) for part in error.absolute_path) + ": " + error.message
              for error in validator.iter_errors(document)]
    print(json.dumps({"valid": not errors, "errors": errors}))


if __name__ == "__main__":
    main(sys.argv[1])
