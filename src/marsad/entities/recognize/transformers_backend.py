"""``ner.transformers.v1``: a local transformers token-classification model (optional).

Loads a model directory the user has (a CAMeLBERT or AraBERT NER fine-tune, say) with
``local_files_only=True``: nothing is ever downloaded. Needs the optional extra
``marsad[transformers]`` (transformers + torch). Words are marsad tokens; each word
is split into the model's word pieces and labelled by its first piece; long sentences
are cut into windows that fit the model. Labels are read from the model's
``id2label`` (BIO with PERS/PER, LOC, ORG, MISC, GPE...; PERS becomes PER).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

from marsad.arabic import Token
from marsad.entities.recognize.combine import sentence_tokens
from marsad.entities.recognize.crf import LABELS
from marsad.errors import ConfigError, ModelError
from marsad.eval.ner import chunks
from marsad.models import Article, Mention
from marsad.pipeline import Component
from marsad.settings import Settings

__all__ = ["TransformersComponent", "TransformersRecognizer"]

log = logging.getLogger(__name__)

NAME = "ner.transformers.v1"


def _import() -> tuple[Any, Any]:
    try:
        import torch
        import transformers
    except ImportError as e:
        raise ConfigError(
            "ner.transformers.v1 needs the optional extra: pip install 'marsad[transformers]'"
        ) from e
    return transformers, torch


class TransformersRecognizer:
    """A token-classification model directory, run on CPU (or ``device``)."""

    def __init__(
        self, model_dir: str | Path, *, device: str = "cpu", batch_size: int = 16,
        max_length: int = 256,
    ) -> None:
        transformers, torch = _import()
        path = Path(model_dir)
        if not path.is_dir():
            raise ModelError(f"transformers model directory not found: {path}")
        try:
            self.tokenizer = transformers.AutoTokenizer.from_pretrained(
                str(path), local_files_only=True)
            self.model = transformers.AutoModelForTokenClassification.from_pretrained(
                str(path), local_files_only=True)
        except (OSError, ValueError) as e:
            raise ModelError(f"{path}: cannot load a token-classification model: {e}") from e
        self.model.eval()
        self.model.to(device)
        self.device = device
        self.batch_size = batch_size
        self.max_length = max_length
        self.id2label = {int(k): v for k, v in self.model.config.id2label.items()}
        self._torch = torch

    def _pieces(self, words: Sequence[str]) -> list[list[int]]:
        out = []
        for w in words:
            ids = self.tokenizer.convert_tokens_to_ids(self.tokenizer.tokenize(w))
            out.append(ids or [self.tokenizer.unk_token_id])
        return out

    def _windows(self, pieces: list[list[int]]) -> list[tuple[int, int]]:
        """Word ranges whose pieces fit in one model input (two places for CLS/SEP)."""
        budget = self.max_length - 2
        spans, start, used = [], 0, 0
        for i, p in enumerate(pieces):
            n = min(len(p), budget)
            if used + n > budget and i > start:
                spans.append((start, i))
                start, used = i, 0
            used += n
        if start < len(pieces):
            spans.append((start, len(pieces)))
        return spans

    def tag(self, words: Sequence[str]) -> list[str]:
        """One BIO label per word."""
        if not words:
            return []
        pieces = self._pieces(words)
        tags: list[str] = []
        for start, end in self._windows(pieces):
            tags.extend(self._tag_window(pieces[start:end]))
        return tags

    def _tag_window(self, pieces: list[list[int]]) -> list[str]:
        tok = self.tokenizer
        budget = self.max_length - 2
        ids: list[int] = []
        firsts: list[int] = []
        for p in pieces:
            firsts.append(len(ids) + 1)  # +1: the CLS piece
            ids.extend(p[: max(1, budget - len(ids))])
        input_ids = [tok.cls_token_id, *ids[:budget], tok.sep_token_id]
        torch = self._torch
        with torch.no_grad():
            tensor = torch.tensor([input_ids], device=self.device)
            logits = self.model(input_ids=tensor, attention_mask=torch.ones_like(tensor)).logits
        best = logits[0].argmax(-1).tolist()
        return [self.id2label.get(best[min(f, len(best) - 1)], "O") for f in firsts]

    def find_in_tokens(self, text: str, tokens: Sequence[Token]) -> list[Mention]:
        tags = self.tag([t.text for t in tokens])
        out = []
        for start, end, typ in chunks(tags):
            s, e = tokens[start].start, tokens[end - 1].end
            out.append(Mention(s, e, LABELS.get(typ, typ), text[s:e], NAME))
        return out

    def find(self, text: str, sentences: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
        out: list[Mention] = []
        for tokens in sentence_tokens(text, sentences):
            out.extend(self.find_in_tokens(text, tokens))
        return out


class TransformersComponent(Component):
    """``ner.transformers.v1``: requires text, assigns mentions; loads on first use."""

    name = NAME
    requires = ("text",)
    assigns = ("mentions",)

    def __init__(self, model_dir: str, **options: Any) -> None:
        if not model_dir:
            raise ConfigError(
                "ner.transformers.v1 needs a local model directory: set "
                "[entities] transformers_model (or MARSAD_ENTITIES__TRANSFORMERS_MODEL)"
            )
        self.model_dir = model_dir
        self.options = options

    @classmethod
    def from_settings(cls, settings: Settings) -> TransformersComponent:
        return cls(settings.entities.transformers_model)

    @cached_property
    def recognizer(self) -> TransformersRecognizer:
        return TransformersRecognizer(self.model_dir, **self.options)

    def find(self, text: str, sentences: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
        return self.recognizer.find(text, sentences)

    def __call__(self, article: Article) -> Article:
        found = self.recognizer.find(article.text, article.sentences or None)
        return article.replace(mentions=tuple(found))
