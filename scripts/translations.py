#!/usr/bin/env python3
"""Helps a translator work through a Qt .ts file outside Qt Linguist.

  scripts/translations.py export translations/identity-explorer_de.ts OUT.json [--chunks N]
      writes the unfinished messages as JSON ([{"context","source","comment","numerus"}]),
      optionally split into N files OUT.0.json ... for several translators.
  scripts/translations.py import translations/identity-explorer_de.ts IN.json [IN2.json ...]
      fills in translations from JSON files of the same shape with "translation" (a string, or a
      list of plural forms for numerus messages) and marks them finished.
  scripts/translations.py stats translations/identity-explorer_de.ts
  scripts/translations.py fill-from translations/identity-explorer_de.ts OTHER.ts [OTHER2.ts ...]
      fills the unfinished messages from finished ones of the same context, source and comment in
      other copies of the file (e.g. each side of a merge: `git show BRANCH:translations/...`).

Refresh the .ts from the sources first: cmake --build build --target update_translations
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def messages(root):
    for ctx in root.findall("context"):
        name = ctx.findtext("name")
        for msg in ctx.findall("message"):
            yield name, msg


def unfinished(msg):
    tr = msg.find("translation")
    if tr is None:
        return True
    if tr.get("type") in ("vanished", "obsolete"):
        return False
    if tr.get("type") == "unfinished":
        return True
    if msg.get("numerus") == "yes":
        return any(not (f.text or "").strip() for f in tr.findall("numerusform")) or not tr.findall("numerusform")
    return not (tr.text or "").strip()


def save(tree, path):
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")


def cmd_export(ts, out, chunks=1):
    _, root = load(ts)
    items = []
    for ctx, msg in messages(root):
        if unfinished(msg):
            items.append({
                "context": ctx,
                "source": msg.findtext("source"),
                "comment": msg.findtext("comment") or msg.findtext("extracomment") or "",
                "numerus": msg.get("numerus") == "yes",
            })
    if chunks <= 1:
        json.dump(items, open(out, "w"), ensure_ascii=False, indent=1)
        print(f"{len(items)} unfinished messages -> {out}")
        return
    size = (len(items) + chunks - 1) // chunks
    base = out[:-5] if out.endswith(".json") else out
    for i in range(chunks):
        part = items[i * size:(i + 1) * size]
        json.dump(part, open(f"{base}.{i}.json", "w"), ensure_ascii=False, indent=1)
        print(f"{len(part)} messages -> {base}.{i}.json")


def cmd_import(ts, inputs):
    tree, root = load(ts)
    table = {}
    for path in inputs:
        for item in json.load(open(path)):
            if item.get("translation"):
                table[(item["context"], item["source"], item.get("comment") or "")] = item["translation"]
    filled = 0
    for ctx, msg in messages(root):
        comment = msg.findtext("comment") or msg.findtext("extracomment") or ""
        key = (ctx, msg.findtext("source"), comment)
        if key not in table:
            continue
        value = table[key]
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        tr.attrib.pop("type", None)
        for child in list(tr):
            tr.remove(child)
        if msg.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value if isinstance(value, str) else value[0]
        filled += 1
    save(tree, ts)
    print(f"filled {filled} translations")


def cmd_fill_from(ts, others):
    table = {}
    for path in others:
        _, root = load(path)
        for ctx, msg in messages(root):
            if unfinished(msg):
                continue
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("vanished", "obsolete"):
                continue
            comment = msg.findtext("comment") or msg.findtext("extracomment") or ""
            if msg.get("numerus") == "yes":
                value = [f.text or "" for f in tr.findall("numerusform")]
            else:
                value = tr.text or ""
            table[(ctx, msg.findtext("source"), comment)] = value
    tree, root = load(ts)
    filled = 0
    for ctx, msg in messages(root):
        if not unfinished(msg):
            continue
        comment = msg.findtext("comment") or msg.findtext("extracomment") or ""
        value = table.get((ctx, msg.findtext("source"), comment))
        if value is None:
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        tr.attrib.pop("type", None)
        for child in list(tr):
            tr.remove(child)
        if isinstance(value, list):
            tr.text = None
            for form in value:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value
        filled += 1
    save(tree, ts)
    print(f"filled {filled} translations from {len(others)} file(s)")


def cmd_stats(ts):
    _, root = load(ts)
    total = todo = 0
    for _, msg in messages(root):
        total += 1
        todo += unfinished(msg)
    print(f"{total} messages, {todo} unfinished")
    return 1 if todo else 0


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    cmd, ts = argv[1], argv[2]
    if cmd == "export":
        chunks = int(argv[argv.index("--chunks") + 1]) if "--chunks" in argv else 1
        cmd_export(ts, argv[3], chunks)
    elif cmd == "import":
        cmd_import(ts, argv[3:])
    elif cmd == "fill-from":
        cmd_fill_from(ts, argv[3:])
    elif cmd == "stats":
        return cmd_stats(ts)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
