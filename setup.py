"""Package discovery only; all metadata is in pyproject.toml.

schemas/ and prompts/ sit at the top of the repository (they are data a user edits) but install
as extractor.schemas and extractor.prompts; automatic discovery cannot see that mapping, so the
package list is built here.
"""

from setuptools import find_packages, setup

setup(packages=find_packages(include=["extractor", "extractor.*"]) + ["extractor.schemas", "extractor.prompts"])
