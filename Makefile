# The README's commands. Each creates .venv when it is missing and installs
# into it. llama-cpp-python ships only as source; its wheel is built once per
# machine (about 9 minutes on 2 cores) into a cache folder keyed by version and
# build flags, and every later install takes it from there.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

LLAMA_VERSION := 0.3.36
# A portable x86-64 CPU build. -march=native (llama.cpp's default) emits AMX
# instructions on Xeons whose hypervisor does not enable AMX, which then die
# with SIGILL at the first matrix multiply. For a GPU build, e.g.:
#   make run LLAMA_CMAKE_ARGS="-DGGML_CUDA=on"
# The flags .venv was last installed with are kept in it, so later commands
# without them keep that build (make clean goes back to the CPU one).
CPU_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON
LLAMA_CMAKE_ARGS ?= $(or $(shell cat $(VENV)/.llama-cmake-args 2>/dev/null),$(CPU_CMAKE_ARGS))
LLAMA_TAG := $(shell printf '%s' "$(LLAMA_CMAKE_ARGS)" | sha256sum | cut -c1-12)
WHEELS ?= $(HOME)/.cache/chatbot/wheels/llama-cpp-python-$(LLAMA_VERSION)-$(LLAMA_TAG)
# One stamp per build: other flags (a GPU build after a CPU one) install their
# wheel over the one in .venv, which pip would otherwise keep as "satisfied".
STAMP := $(VENV)/.installed-$(LLAMA_TAG)

.PHONY: run test bench lint typecheck pytest clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(WHEELS)/.built: | $(BIN)/python
	@echo "Building llama-cpp-python $(LLAMA_VERSION) once for this machine (several minutes)..."
	mkdir -p $(WHEELS)
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip wheel --quiet --no-cache-dir --no-deps \
		-w $(WHEELS) llama-cpp-python==$(LLAMA_VERSION)
	touch $@

$(STAMP): pyproject.toml $(WHEELS)/.built | $(BIN)/python
	rm -f $(VENV)/.installed*
	printf '%s\n' "$(LLAMA_CMAKE_ARGS)" > $(VENV)/.llama-cmake-args
	$(BIN)/pip install --quiet --force-reinstall --no-deps --no-index --find-links $(WHEELS) \
		llama-cpp-python==$(LLAMA_VERSION)
	$(BIN)/pip install --quiet --find-links $(WHEELS) --only-binary llama-cpp-python \
		llama-cpp-python==$(LLAMA_VERSION) -e '.[test]'
	touch $@

run: $(STAMP)
	$(BIN)/chatbot run

test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check chatbot personas prompts ui tests
	$(BIN)/ruff format --check chatbot personas prompts ui tests

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/chatbot bench --json

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
