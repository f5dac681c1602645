"""Build the one-folder bundle (issue 15 item 1), on Linux and on Windows:

    python packaging/build.py [--dist DIR] [--work DIR] [--installer]

runs PyInstaller with packaging/zholdanym.spec into build/ (its work folder)
and dist/ (the bundle: dist/zholdanym/), then prints where the bundle is, its
size and how long the build took.  ``--installer`` (Windows) also compiles
packaging/windows/zholdanym.iss with Inno Setup's ISCC, passing the version
from pyproject.toml.

Needs the build extra:  pip install -e ".[build]"
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "zholdanym.spec"
ISS = ROOT / "packaging" / "windows" / "zholdanym.iss"
NAME = "zholdanym"


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def program(bundle: Path) -> Path:
    return bundle / (f"{NAME}.exe" if os.name == "nt" else NAME)


def iscc() -> str | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.environ.get("LOCALAPPDATA") and str(Path(os.environ["LOCALAPPDATA"]) / "Programs")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def build(dist: Path, work: Path, quiet: bool = False) -> Path:
    """Run PyInstaller; the bundle's folder, or SystemExit with its exit code."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    if quiet:
        command[3:3] = ["--log-level", "WARN"]
    done = subprocess.run(command, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(done.returncode)
    return dist / NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="where the bundle goes (default dist/)")
    parser.add_argument("--work", default=str(ROOT / "build"), help="PyInstaller's work folder (default build/)")
    parser.add_argument("--quiet", action="store_true", help="PyInstaller's warnings only")
    parser.add_argument("--installer", action="store_true",
                        help="Windows: also build the Inno Setup installer (needs ISCC)")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('error: PyInstaller is not installed: pip install -e ".[build]"', file=sys.stderr)
        return 2
    started = time.monotonic()
    bundle = build(Path(args.dist).resolve(), Path(args.work).resolve(), args.quiet)
    seconds = time.monotonic() - started
    exe = program(bundle)
    if not exe.is_file():
        print(f"error: PyInstaller made no {exe}", file=sys.stderr)
        return 1
    print(f"bundle:  {bundle}")
    print(f"program: {exe}  (try: {exe} selftest)")
    print(f"version: {version()}; size: {folder_size(bundle) / 2**20:.0f} MiB; built in {seconds:.0f} s")
    if args.installer:
        compiler = iscc()
        if compiler is None:
            print("error: Inno Setup's ISCC.exe was not found (install Inno Setup 6)", file=sys.stderr)
            return 2
        out = Path(args.dist).resolve()
        done = subprocess.run([compiler, f"/DAppVersion={version()}", f"/DBundleDir={bundle}",
                               f"/O{out}", str(ISS)], cwd=ISS.parent)
        if done.returncode != 0:
            return done.returncode
        print(f"installer: {out / f'zholdanym-{version()}-setup.exe'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
