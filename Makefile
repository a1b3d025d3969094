# cesr-mapper: two commands, `make demo` and `make test`, on a fresh machine.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_OUT := out/demo

.PHONY: setup system demo test bench fuzz clean

setup: system $(STAMP)

# System packages: Tesseract for OCR, poppler-utils for PDF tools.
system:
	@if ! command -v tesseract >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1 || \
	    ! tesseract --list-langs 2>/dev/null | grep -qx osd; then \
	  echo "installing tesseract-ocr (with orientation data) and poppler-utils with apt-get"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd poppler-utils >/dev/null; \
	fi

$(STAMP): pyproject.toml setup.py requirements.lock constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -r requirements.lock
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	@# the int8 ONNX export of the embedding model (the default runtime), made offline from the verified weights,
	@# beside them; if it cannot be made the install goes on and each command runs on PyTorch int8 with a warning
	$(BIN)/python -c "from pipeline.embed import prepare_onnx; prepare_onnx(beside_weights=True)" || \
	  echo "warning: the ONNX export of the embedding model was not made; cesr will run it on PyTorch int8 (slower) and say why"
	@touch $(STAMP)

demo: setup
	@mkdir -p $(DEMO_OUT)
	$(BIN)/cesr suggest corpora/sample --curriculum rcem-2021 --applicant "Amara Okafor" \
	  --out $(DEMO_OUT)/suggestions.jsonl
	$(BIN)/cesr summary $(DEMO_OUT)/suggestions.jsonl --curriculum rcem-2021 --chart $(DEMO_OUT)/coverage.png

# Chromium for the browser tests: Playwright drives Debian's chromium (never a browser download).
.PHONY: browser
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "installing chromium with apt-get (for the browser tests)"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-liberation >/dev/null; \
	fi

test: setup browser
	$(BIN)/python -m pytest -q

# Benchmarks run on demand (never in CI); each rewrites its own section of benchmarks/RESULTS.md.
bench: setup
	$(BIN)/python benchmarks/taxonomy_bench.py
	$(BIN)/python benchmarks/ingest_bench.py
	$(BIN)/python benchmarks/e2e_bench.py --n 10000 --stateless-n 10000 --float32-n 400 --baseline-n 200 --add 100

# Coverage-guided fuzzing of the readers (atheris), on demand, never in make test: each harness in tests/fuzz/
# runs for FUZZ_SECONDS, seeded from the project's own files; an input over FUZZ_TIMEOUT seconds is a hang,
# over FUZZ_RSS_MB of memory a blow-up. Logs, corpora and findings in out/fuzz/; results in benchmarks/FUZZING.md.
FUZZ_SECONDS   ?= 120
FUZZ_TIMEOUT   ?= 60
FUZZ_RSS_MB    ?= 3072
FUZZ_HARNESSES ?= pdf image docx email text curriculum
fuzz: setup
	@mkdir -p out/fuzz
	@status=0; for h in $(FUZZ_HARNESSES); do \
	  echo "fuzzing $$h for $(FUZZ_SECONDS) s (log: out/fuzz/$$h.log)"; \
	  $(BIN)/python tests/fuzz/fuzz_$$h.py -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) \
	    -rss_limit_mb=$(FUZZ_RSS_MB) > out/fuzz/$$h.log 2>&1 || status=1; \
	done; \
	$(BIN)/python tests/fuzz/summary.py out/fuzz || status=1; exit $$status

clean:
	rm -rf out .pytest_cache
