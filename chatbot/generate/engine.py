"""The in-process llama.cpp engine: one loaded model and one context.

Generation is driven token by token through ``Llama.generate`` rather than
``create_completion``: the latter re-decodes the whole completion on every
token to find stop strings, so its cost per token grows with the reply. Here
each token's bytes are looked up once (cached per token id) and fed to an
incremental UTF-8 decoder, so the cost per token stays flat.
"""

from __future__ import annotations

import ctypes
import itertools
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import llama_cpp

from chatbot.config import DEFAULT_N_CTX, Sampling, Settings
from chatbot.errors import ModelLoadError
from chatbot.generate import hardware, llama_log
from chatbot.generate.controls import quoted
from chatbot.generate.queue import FairLock
from chatbot.generate.template import ChatTemplate
from chatbot.models import gguf_file

if TYPE_CHECKING:
    from chatbot.generate.chat import ChatSession

log = logging.getLogger(__name__)

PREFILL_CHUNK = 128  # prompt tokens evaluated between checks for a stop (about 5% slower than 512)
_FTYPE_NAMES = {
    getattr(llama_cpp, name): name.removeprefix("LLAMA_FTYPE_MOSTLY_")
    for name in dir(llama_cpp)
    if name.startswith("LLAMA_FTYPE_MOSTLY_")
}
_FTYPE_NAMES[llama_cpp.LLAMA_FTYPE_ALL_F32] = "F32"


@dataclass(frozen=True)
class ModelInfo:
    path: str
    name: str
    quantization: str
    n_params: int
    n_ctx: int
    n_ctx_train: int
    threads: int
    n_gpu_layers: int
    synthetic: bool
    engine_url: str | None = None  # a remote engine's address; None for a model in-process

    @property
    def id(self) -> str:
        """What clients call the model: the GGUF's file name without .gguf, or the
        remote engine's own name for it."""
        return self.name if self.engine_url else Path(self.path).stem

    @property
    def label(self) -> str:
        noise = " — synthetic random-weight model: its replies are noise" if self.synthetic else ""
        where = f" at {self.engine_url}" if self.engine_url else f" ({self.quantization})"
        return f"{self.name}{where}{noise}"

    @property
    def context_warning(self) -> str | None:
        """Why the context size is risky, if it is: longer than the model was trained on.

        A synthetic model's weights are random: it has no trained length to exceed.
        """
        if self.synthetic or not 0 < self.n_ctx_train < self.n_ctx:
            return None
        return (
            f"the context ({self.n_ctx} tokens) is longer than the model was trained on "
            f"({self.n_ctx_train}); replies past that point degrade. "
            f"Use --n-ctx {self.n_ctx_train} (or CHATBOT_N_CTX) or less."
        )


class Engine:
    """A loaded GGUF. Thread-safe: callers take ``engine.lock`` around a generation."""

    def __init__(self, path: Path, settings: Settings) -> None:
        llama_log.install()
        gguf_file.check(path)
        threads = settings.threads or hardware.physical_cores()
        n_gpu_layers = (
            settings.n_gpu_layers
            if settings.n_gpu_layers is not None
            else hardware.default_gpu_layers()
        )
        if not hardware.gpu_offload_supported():
            n_gpu_layers = 0  # a CPU build: -1 or 999 offload nothing, and say so
        # Unset, the context is DEFAULT_N_CTX, or the model's own where that is shorter.
        trained = gguf_file.trained_context(path) if settings.n_ctx is None else None
        n_ctx = settings.n_ctx or min(DEFAULT_N_CTX, trained or DEFAULT_N_CTX)
        llama_log.recent_problems(clear=True)
        try:
            self.llama = llama_cpp.Llama(
                model_path=str(path),
                n_ctx=n_ctx,
                n_batch=min(512, n_ctx),
                n_threads=threads,
                n_threads_batch=threads,
                n_gpu_layers=n_gpu_layers,
                seed=llama_cpp.LLAMA_DEFAULT_SEED if settings.seed < 0 else settings.seed,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            detail = "; ".join(llama_log.recent_problems()[-3:]) or str(exc)
            if "unknown model architecture" in detail:
                fix = (
                    "This build of llama.cpp cannot run that architecture; use a Qwen GGUF "
                    "(`chatbot models list`), or point --model at another GGUF."
                )
            elif "CLIP" in detail or "mmproj" in detail:
                fix = (
                    "It is a vision projector (mmproj), which goes with a model, not a model: "
                    "point --model at the repository's language model GGUF."
                )
            else:
                fix = (
                    "The file may be truncated or corrupt: download it again, or point --model "
                    "at another GGUF."
                )
            raise ModelLoadError(f"llama.cpp cannot load {path}: {detail}. {fix}") from exc
        self.path = path
        self.lock = FairLock()
        # A seed set, each reply takes the next one: llama-cpp-python seeds a new
        # sampler with the same seed at every generate, so Regenerate, or a retry
        # whose prompt is the same, would sample the same reply again. The run as a
        # whole stays reproducible (and seed 0 is 0, where Llama(seed=0) is random).
        self._seeds = itertools.count(settings.seed) if settings.seed >= 0 else None
        self._vocab = llama_cpp.llama_model_get_vocab(self.llama.model)
        self._pieces: dict[int, bytes] = {}
        self._piece_buf = ctypes.create_string_buffer(256)
        self._controls = self._control_texts()
        meta = self.llama.metadata
        self.template = ChatTemplate.from_metadata(
            meta,
            bos=self.token_text(self.llama.token_bos()),
            eos=self.token_text(self.llama.token_eos()),
        )
        ftype = llama_cpp.llama_model_ftype(self.llama.model)
        name = meta.get("general.name") or path.stem
        self.info = ModelInfo(
            path=str(path),
            name=name,
            quantization=_FTYPE_NAMES.get(ftype, f"ftype {ftype}"),
            n_params=int(llama_cpp.llama_model_n_params(self.llama.model)),
            n_ctx=self.llama.n_ctx(),
            n_ctx_train=int(llama_cpp.llama_model_n_ctx_train(self.llama.model)),
            threads=threads,
            n_gpu_layers=n_gpu_layers,
            synthetic="random weights" in name,
        )

    def health(self) -> str | None:
        """Always None: the model is loaded in this process for as long as it runs."""
        return None

    @property
    def supports_thinking(self) -> bool:
        """Whether the model's template has Qwen3's thinking switch."""
        return self.template.supports_thinking

    def chat(
        self, system: str | None = None, *, sampling: Sampling | None = None, thinking: bool = False
    ) -> ChatSession:
        """A new conversation on this model."""
        from chatbot.generate.chat import ChatSession

        return ChatSession(self, system, sampling=sampling, thinking=thinking)

    # -- tokens ---------------------------------------------------------------

    def tokenize(self, text: str) -> list[int]:
        """Tokens of ``text``; special tokens written in it (``<|im_start|>``) are parsed."""
        # Lone surrogates (undecodable input bytes, JSON "\udcff") cannot be encoded: they
        # become "?" rather than an exception in the middle of a turn.
        data = text.encode("utf-8", errors="replace")
        return self.llama.tokenize(data, add_bos=False, special=True)

    def _control_texts(self) -> re.Pattern[str] | None:
        """The texts of the vocabulary's control tokens (``<|im_end|>``), longest first."""
        texts = set()
        for token in range(llama_cpp.llama_vocab_n_tokens(self._vocab)):
            if (
                llama_cpp.llama_vocab_get_attr(self._vocab, token)
                & llama_cpp.LLAMA_TOKEN_ATTR_CONTROL
            ):
                text = self.token_text(token)
                if len(text) > 1 and not text.isspace():
                    texts.add(text)
        if not texts:
            return None
        return re.compile("|".join(re.escape(t) for t in sorted(texts, key=len, reverse=True)))

    def quote(self, text: str) -> str:
        """``text`` from a user, a caller or a persona, with the vocabulary's control
        tokens written in it (``<|im_end|>``) made plain text (see :mod:`.controls`)."""
        return quoted(text, self._controls)

    def piece(self, token: int) -> bytes:
        """The bytes one token adds to the visible text (control tokens add none)."""
        cached = self._pieces.get(token)
        if cached is None:
            n = llama_cpp.llama_token_to_piece(self._vocab, token, self._piece_buf, 256, 0, False)
            cached = self._piece_buf.raw[: max(n, 0)]
            self._pieces[token] = cached
        return cached

    def token_text(self, token: int) -> str:
        if token < 0:
            return ""
        n = llama_cpp.llama_token_to_piece(self._vocab, token, self._piece_buf, 256, 0, True)
        return self._piece_buf.raw[: max(n, 0)].decode("utf-8", errors="replace")

    def is_end(self, token: int) -> bool:
        """End of generation: ``<|im_end|>``, ``<|endoftext|>`` or any other EOG token."""
        return bool(llama_cpp.llama_vocab_is_eog(self._vocab, token))

    # -- generation -----------------------------------------------------------

    def evaluated_tokens(self) -> int:
        """Tokens llama.cpp has evaluated in this context so far (prompt and decode)."""
        llama_cpp.llama_synchronize(self.llama.ctx)  # a decode may still be running
        perf = llama_cpp.llama_perf_context(self.llama.ctx)
        return int(perf.n_p_eval + perf.n_eval)

    @property
    def cached_tokens(self) -> list[int]:
        return [int(t) for t in self.llama._input_ids]

    @property
    def prefill_chunk(self) -> int:
        """Prompt tokens evaluated between checks for a stop: ``PREFILL_CHUNK`` on a
        CPU; a whole batch with every layer on a GPU, which takes well under a second."""
        layers = self.info.n_gpu_layers
        offloaded = layers < 0 or layers >= llama_cpp.llama_model_n_layer(self.llama.model)
        return self.llama.n_batch if offloaded else PREFILL_CHUNK

    def _prefill(self, prompt: list[int], cancelled: Callable[[], bool]) -> bool:
        """Evaluate ``prompt`` but its last token, :attr:`prefill_chunk` tokens at a
        time, and whether it was not ``cancelled()`` meanwhile.

        llama-cpp-python's ``generate`` evaluates a whole prompt before it yields,
        which on a CPU can take minutes: a Stop or a client gone would wait for
        it, and so would everyone in line. Evaluated here, a stop waits for one
        chunk at most; ``generate`` then finds all but the last token in the
        context and evaluates only that (what was evaluated stays for the next
        prompt that shares it).
        """
        llama, end = self.llama, len(prompt) - 1
        same = 0
        for held, token in zip(llama._input_ids, prompt[:end], strict=False):
            if held != token:
                break
            same += 1
        if end - same <= self.prefill_chunk:
            return not cancelled()
        if same < llama.n_tokens and not llama._ctx.kv_cache_seq_rm(-1, same, -1):
            # A recurrent or hybrid model's memory cannot be cut back to a prefix:
            # start over, as llama-cpp-python's generate does then.
            llama.reset()
            same = 0
        llama.n_tokens = same
        chunk = self.prefill_chunk
        for start in range(same, end, chunk):
            if cancelled():
                return False
            llama.eval(prompt[start : min(end, start + chunk)])
        return not cancelled()

    def generate(
        self,
        prompt: list[int],
        sampling: Sampling,
        *,
        cancelled: Callable[[], bool] = lambda: False,
        grammar: Any = None,
    ) -> Iterator[int]:
        """Tokens sampled after ``prompt``, at most ``sampling.max_tokens``, ending before EOG.

        The caller must hold ``self.lock``. Tokens of ``prompt`` that match what
        the context already holds are reused, not evaluated again. Closing the
        iterator, or ``cancelled()`` turning true, stops within one token.
        """
        room = self.llama.n_ctx() - len(prompt)
        limit = min(sampling.max_tokens, room)
        if limit <= 0 or not self._prefill(prompt, cancelled):
            return
        if self._seeds is not None:
            self.llama.set_seed(next(self._seeds))
        stream = self.llama.generate(
            prompt,
            top_k=sampling.top_k,
            top_p=sampling.top_p,
            min_p=sampling.min_p,
            temp=sampling.temperature,
            repeat_penalty=sampling.repeat_penalty,
            grammar=grammar,
        )
        try:
            for count, token in enumerate(stream, start=1):
                if self.is_end(token):
                    return
                yield token
                # Checked before resuming llama.cpp, so a stop costs no further token.
                if count >= limit or cancelled():
                    return
        finally:
            stream.close()
