"""Regenerate the JSON Schema files: python -m extractor.schemas [DIR]"""

import sys
from pathlib import Path

from extractor.schemas.exports import SCHEMA_DIR, write_all

for path in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else SCHEMA_DIR):
    print(path)
