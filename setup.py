"""Maps the top-level folders server/ and modes/ to the packages nocodo.server and nocodo.modes.

pyproject.toml cannot compute a package list under a renamed root, so this is the only logic here.
"""

from setuptools import find_packages, setup

packages = [
    f"nocodo.{name}"
    for name in find_packages(include=["server", "server.*", "modes", "modes.*"])
    if ".tests" not in name
]
setup(packages=packages)
