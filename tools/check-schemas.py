#!/usr/bin/env python3
"""Checks content/ and pmo.yaml against schemas/ with an independent JSON Schema implementation.

pmo validate uses networknt's Java validator; this script uses Python's `jsonschema` (draft
2020-12) and PyYAML, so that the schemas are known to mean the same to other tools, such as
editors. Every YAML value is read as text, as pmo reads it.

    pip install jsonschema pyyaml    # or: apt-get install python3-jsonschema python3-yaml
    python3 tools/check-schemas.py [REPO]
"""
import glob
import json
import os
import sys

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

FOLDERS = {
    "programmes": "programme", "anchors": "anchor", "workstreams": "workstream",
    "projects": "project", "roles": "role", "people": "person",
    "organisations": "organisation", "meetings": "meeting", "case-studies": "case-study",
    "references": "reference", "interdependencies": "interdependency",
    "milestones": "milestone", "texts": "text",
}


def front_matter(text):
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---", 4)
    return text[4:end] if end >= 0 else None


def main(repo):
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "schemas")
    schemas = {os.path.basename(f): json.load(open(f, encoding="utf-8"))
               for f in glob.glob(os.path.join(here, "*.schema.json"))}
    registry = Registry().with_resources(
        [(name, Resource.from_contents(s)) for name, s in schemas.items()])
    problems = checked = 0
    for folder, kind in sorted(FOLDERS.items()):
        validator = Draft202012Validator(schemas[kind + ".schema.json"], registry=registry)
        for path in sorted(glob.glob(os.path.join(repo, "content", folder, "*"))):
            if os.path.getsize(path) > 1024 * 1024:
                continue
            try:
                text = open(path, encoding="utf-8").read()
            except UnicodeDecodeError:
                continue
            yaml_text = front_matter(text) if path.endswith(".md") else text
            try:
                data = yaml.load(yaml_text or "", Loader=yaml.BaseLoader) or {}
            except yaml.YAMLError as e:
                problems += 1
                print(f"{os.path.relpath(path, repo)}: not YAML: {e.problem}")
                continue
            checked += 1
            for error in validator.iter_errors(data):
                problems += 1
                where = "/".join(str(p) for p in error.absolute_path)
                print(f"{os.path.relpath(path, repo)}: {where}: {error.message}")
    config = os.path.join(repo, "pmo.yaml")
    if os.path.isfile(config):
        validator = Draft202012Validator(schemas["pmo.schema.json"], registry=registry)
        try:
            data = yaml.load(open(config, encoding="utf-8").read(), Loader=yaml.BaseLoader) or {}
        except yaml.YAMLError as e:
            problems += 1
            print(f"pmo.yaml: not YAML: {e.problem}")
        else:
            checked += 1
            for error in validator.iter_errors(data):
                problems += 1
                where = "/".join(str(p) for p in error.absolute_path)
                print(f"pmo.yaml: {where}: {error.message}")
    print(f"{checked} files checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.getcwd()))
