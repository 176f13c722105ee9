#!/usr/bin/env python3
"""Builds the npm package `arah` from what `make dist` wrote.

    scripts/package.py DIST OUT    DIST's files, npm/'s types, manifest and
                                   licences, and a package.json, into OUT

`npm pack OUT` then makes the tarball. The version and description are
Cargo.toml's, so the package and the crate never disagree.
"""
import json
import os
import shutil
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# dist/arah.html is the single file for readers without a server; an app
# that installs the package imports the modules, so it stays out.
NOT_PACKAGED = {"arah.html"}
# Written by hand in npm/: the types of the two entry points, the Custom
# Elements Manifest and the licence notices, copied as they are.
HAND_WRITTEN = {
    "arah.d.ts": "arah.d.ts",
    "arah-widget.d.ts": "arah-widget.d.ts",
    "custom-elements.json": "custom-elements.json",
    "LICENSE": "LICENSE",
    "id-roots-LICENSE.txt": "pkg/id-roots-LICENSE.txt",
}


def crate():
    with open(os.path.join(ROOT, "Cargo.toml"), "rb") as f:
        return tomllib.load(f)["package"]


def manifest(package, shipped):
    return {
        "name": "arah",
        "version": package["version"],
        "description": package["description"],
        # The code (and the strategy lexicons, the root lexicon's derivation)
        # is MIT; the cloud's font, pkg/arah-sans.woff2, is under the OFL.
        "license": f"({package['license']} AND OFL-1.1)",
        "type": "module",
        "exports": {
            ".": {"types": "./arah.d.ts", "default": "./arah.js"},
            "./widget": {"types": "./arah-widget.d.ts", "default": "./arah-widget.js"},
            # For a page that preloads the widget's stylesheets; the widget
            # itself links them into its shadow root.
            "./widget.css": "./arah-widget.css",
            "./strategy.css": "./arah-strategy.css",
            "./custom-elements.json": "./custom-elements.json",
            "./package.json": "./package.json",
        },
        "types": "./arah.d.ts",
        # Every file `dist` ships (lazily loaded ones too, whatever later
        # lands under pkg/), so nothing the widget fetches is left behind.
        "files": sorted(shipped),
        # Importing arah-widget.js defines <arah-widget>, so a bundler must
        # keep it even when nothing it exports is used; the stylesheets are
        # kept for a page that imports them. arah.js and the rest define
        # nothing when imported.
        "sideEffects": ["./arah-widget.js", "*.css"],
        "customElements": "custom-elements.json",
        "keywords": ["word-cloud", "text-analysis", "keyness", "kwic", "webassembly", "web-component", "indonesian"],
    }


def package(dist, out):
    if not os.path.isfile(os.path.join(dist, "arah-widget.js")):
        sys.exit(f"package: {dist} has no arah-widget.js; run `make dist` first")
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(dist, out, ignore=lambda folder, names: NOT_PACKAGED & set(names) if folder == dist else ())
    shipped = set(os.listdir(dist)) - NOT_PACKAGED
    for source, target in HAND_WRITTEN.items():
        shutil.copyfile(os.path.join(ROOT, "npm", source), os.path.join(out, target))
        shipped.add(target.split("/")[0])
    with open(os.path.join(out, "package.json"), "w", encoding="utf-8") as f:
        json.dump(manifest(crate(), shipped), f, indent=2)
        f.write("\n")
    print(f"package: {out}")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    package(sys.argv[1], sys.argv[2])


if __name__ == "__main__":
    main()
