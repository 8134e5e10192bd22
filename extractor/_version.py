"""The installed package's version, recorded in every result (``meta.extractor_version``).

Its own module so that the pipeline can stamp it without importing the package root.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("extractor")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
