#!/usr/bin/env python3
"""Fills translations into a Qt Linguist .ts file from a JSON dictionary {source: translation}.

    translations/tools/fill_ts.py translations/tavola_th.ts translations/th.json
    translations/tools/fill_ts.py --identity translations/tavola_en.ts

Only messages without a finished translation are touched; --identity copies the English source
text (the English catalogue is complete by definition). Prints what is still missing.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main(argv):
    identity = "--identity" in argv
    args = [a for a in argv if a != "--identity"]
    ts_path = args[0]
    table = {}
    if not identity:
        with open(args[1], encoding="utf-8") as f:
            table = json.load(f)
    tree = ET.parse(ts_path)
    missing = []
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source")
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        numerus = msg.get("numerus") == "yes"
        forms = tr.findall("numerusform")
        finished = tr.get("type") is None and ((tr.text and tr.text.strip()) or any(f.text for f in forms))
        if tr.get("type") not in ("unfinished", None) or finished:
            continue
        if tr.get("type") in ("vanished", "obsolete"):
            continue
        text = source if identity else table.get(source)
        if not text:
            missing.append(source)
            continue
        tr.attrib.pop("type", None)
        if not numerus:
            tr.text = text
            continue
        # Plurals: Thai has one form; English has singular and plural ("%n guest(s)").
        for f in forms:
            tr.remove(f)
        tr.text = None
        values = [text.replace("(s)", ""), text.replace("(s)", "s")] if identity else [text]
        for v in values:
            ET.SubElement(tr, "numerusform").text = v
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, "r+", encoding="utf-8") as f:  # keep the DOCTYPE lupdate writes
        body = f.read()
        if "<!DOCTYPE TS>" not in body:
            body = body.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        f.seek(0)
        f.write(body)
        f.truncate()
    for m in missing:
        print("missing:", m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
