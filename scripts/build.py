#!/usr/bin/env python3
"""Builds the WebAssembly package as wasm-pack.toml says, and checks its size.

    scripts/build.py build        wasm-pack build of each module + wasm-opt + terser on the glue, then assets
    scripts/build.py assets       only the [lazy] copies and wraps (no Rust build)
    scripts/build.py size         print gzip sizes as shipped; fail when over budget
    scripts/build.py offline      write the demo's offline file list (also part of build)
    scripts/build.py dist DIR     copy the shippable files into DIR
"""
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def profile():
    with open(os.path.join(ROOT, "wasm-pack.toml"), "rb") as f:
        return tomllib.load(f)


def run(command):
    print("+ " + " ".join(command), file=sys.stderr, flush=True)
    subprocess.run(command, cwd=ROOT, check=True)


def build(config):
    b = config["build"]
    for module in b["modules"]:
        run([
            "wasm-pack", "build", "--mode", "no-install",
            "--target", b["target"], f"--{b['profile']}",
            "--out-dir", b["out_dir"], "--out-name", module["out_name"],
            "--no-pack", "--", *module["cargo_args"],
        ])
        opt = config["wasm-opt"]
        if opt["enabled"]:
            wasm = os.path.join(b["out_dir"], module["out_name"] + "_bg.wasm")
            wasm_opt = os.path.join("www", "node_modules", ".bin", "wasm-opt")
            run([wasm_opt, *opt["flags"], wasm, "-o", wasm])
    for path in config["minify"]["in_place"]:
        data = minified(config, path)
        with open(os.path.join(ROOT, path), "wb") as f:
            f.write(data)
    assets(config)
    offline(config)


def assets(config):
    """The [lazy] data files and vendor scripts next to the wasm."""
    for copy in config["lazy"]["copies"]:
        os.makedirs(os.path.dirname(os.path.join(ROOT, copy["to"])), exist_ok=True)
        shutil.copyfile(os.path.join(ROOT, copy["from"]), os.path.join(ROOT, copy["to"]))
    esbuild = os.path.join("www", "node_modules", ".bin", "esbuild")
    for wrap in config["lazy"]["wraps"]:
        # The CommonJS module's exports become the ES module's default export.
        entry = f"export {{ default }} from {'./' + wrap['from']!r};"
        print(f"+ esbuild {wrap['from']} -> {wrap['to']}", file=sys.stderr, flush=True)
        subprocess.run(
            [esbuild, "--bundle", "--format=esm", "--minify", "--legal-comments=inline", f"--outfile={wrap['to']}"],
            cwd=ROOT, check=True, input=entry.encode(),
        )


def offline(config):
    """The files the demo's service worker precaches, and a version from
    their bytes: a build that changes any of them changes the list's bytes,
    which makes the browser install the worker again with a new cache."""
    files = [
        *config["budget"]["files"], *config["font"]["files"], *config["lazy"]["files"],
        *config["offline"]["pages"],
    ]
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.encode("utf-8") + b"\0")
        with open(os.path.join(ROOT, path), "rb") as f:
            digest.update(hashlib.sha256(f.read()).digest())
    # Paths relative to the worker, which lives in www/; "./" is the demo too.
    listed = ["./", *(os.path.relpath(path, "www") for path in files)]
    table = {"version": digest.hexdigest()[:16], "files": listed}
    with open(os.path.join(ROOT, config["offline"]["list"]), "w", encoding="utf-8") as f:
        f.write("// Written by scripts/build.py: what www/offline-worker.js precaches.\n")
        f.write(f"self.ARAH_OFFLINE = {json.dumps(table, indent=1)};\n")


def minified(config, path):
    if path.endswith(".css"):
        with open(os.path.join(ROOT, path), encoding="utf-8") as f:
            return minified_css(f.read(), path).encode("utf-8")
    terser = os.path.join(ROOT, "www", "node_modules", ".bin", "terser")
    return subprocess.run(
        [terser, path, *config["minify"]["flags"]],
        cwd=ROOT, check=True, capture_output=True,
    ).stdout


def minified_css(css, path):
    """Comments and the whitespace around { } ; , : dropped. Safe only where
    no quoted string holds those characters, which is checked."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    for quoted in re.finditer(r""""[^"\n]*"|'[^'\n]*'""", css):
        if re.search(r"[{};,:]|\s\s", quoted.group()):
            sys.exit(f"minify: {path} has a quoted string the CSS minifier would change")
    css = re.sub(r"\s+", " ", css)
    css = re.sub(r"\s*([{};,])\s*", r"\1", css)
    css = re.sub(r":\s+", ":", css)
    return css.replace(";}", "}").strip()


def shipped_bytes(config, path):
    """The file as `dist` ships it."""
    if path in config["minify"]["on_dist"]:
        return minified(config, path)
    with open(os.path.join(ROOT, path), "rb") as f:
        return f.read()


def gzip_size(data):
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def size(config):
    budget = config["budget"]
    total = 0
    for path in budget["files"]:
        n = gzip_size(shipped_bytes(config, path))
        total += n
        print(f"{n:>9} B  {path}")
    limit = budget["gzip_bytes"]
    print(f"{total:>9} B  total gzip -9 (budget {limit} B, {100 * total / limit:.1f}%)")
    for path in config["font"]["files"][:1]:
        print(f"{gzip_size(shipped_bytes(config, path)):>9} B  {path} (the cloud's font, with the first cloud)")
    for path in config["lazy"]["files"]:
        print(f"{gzip_size(shipped_bytes(config, path)):>9} B  {path} (loaded only when needed)")
    if total > limit:
        sys.exit(f"size: the widget is {total - limit} bytes over its budget")


def dist(config, target):
    out = os.path.join(ROOT, target)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    shipped = [*config["budget"]["files"], *config["font"]["files"], *config["lazy"]["files"]]
    for path in [*shipped, *config["dist"]["extra_files"]]:
        # The widget imports ./pkg/arah.js, so dist keeps that layout.
        relative = os.path.relpath(path, "www")
        os.makedirs(os.path.dirname(os.path.join(out, relative)), exist_ok=True)
        with open(os.path.join(out, relative), "wb") as f:
            f.write(shipped_bytes(config, path))
        print(f"dist: {relative}")


def main():
    config = profile()
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    if command == "build":
        build(config)
    elif command == "offline":
        offline(config)
    elif command == "assets":
        assets(config)
    elif command == "size":
        size(config)
    elif command == "dist" and len(sys.argv) == 3:
        dist(config, sys.argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
