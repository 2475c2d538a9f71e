"""ner.transformers.v1 with a tiny BERT the test builds (random weights, own vocab)."""

from __future__ import annotations

from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from marsad.entities.recognize.transformers_backend import (  # noqa: E402
    TransformersComponent,
    TransformersRecognizer,
)
from marsad.errors import ConfigError, ModelError  # noqa: E402
from marsad.models import Article  # noqa: E402
from marsad.settings import Settings  # noqa: E402

LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG"]
WORDS = ["قال", "الرئيس", "بشار", "الأسد", "في", "دمشق", "إن", "الجيش", "،", "."]
TEXT = "قال الرئيس بشار الأسد في دمشق إن الجيش تقدم ."


def build_model(tmp: Path) -> Path:
    """A 2-layer BERT with random weights and its own vocabulary, saved to ``tmp``."""
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى"
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS, *letters]
    (tmp / "vocab.txt").write_text("\n".join(dict.fromkeys(vocab)) + "\n", encoding="utf-8")
    tok = transformers.BertTokenizer(str(tmp / "vocab.txt"), do_lower_case=False)
    config = transformers.BertConfig(
        vocab_size=len(tok.vocab), hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=64,
        id2label=dict(enumerate(LABELS)), label2id={v: i for i, v in enumerate(LABELS)},
    )
    torch.manual_seed(0)
    transformers.BertForTokenClassification(config).save_pretrained(tmp)
    tok.save_pretrained(tmp)
    return tmp


def favour(rec: TransformersRecognizer, label: str) -> TransformersRecognizer:
    """Make the classifier always prefer ``label`` (weights 0, bias 1 on it)."""
    with torch.no_grad():
        rec.model.classifier.weight.zero_()
        rec.model.classifier.bias.zero_()
        rec.model.classifier.bias[LABELS.index(label)] = 1.0
    return rec


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_model(tmp_path_factory.mktemp("bert"))


@pytest.fixture(scope="module")
def rec(model_dir: Path) -> TransformersRecognizer:
    return TransformersRecognizer(model_dir)


def test_every_word_labelled_by_first_piece(rec: TransformersRecognizer) -> None:
    mentions = favour(rec, "B-PERS").find(TEXT)
    words = TEXT.split()
    assert len(mentions) == len(words)  # B- on every word: one mention each
    assert {m.label for m in mentions} == {"PER"}  # PERS mapped to marsad's PER
    for m in mentions:
        assert TEXT[m.start : m.end] == m.text
        assert m.source == "ner.transformers.v1"


def test_outside_label_gives_no_mentions(rec: TransformersRecognizer) -> None:
    assert favour(rec, "O").find(TEXT) == []


def test_long_sentences_are_windowed(rec: TransformersRecognizer) -> None:
    favour(rec, "I-LOC")
    rec.max_length = 8
    try:
        words = " ".join([TEXT] * 3)
        assert len(rec.tag(words.split())) == len(words.split())
        # I- continues one chunk: a single LOC over the whole run
        mentions = rec.find(words, [(0, len(words))])
        assert len(mentions) == 1 and mentions[0].label == "LOC"
    finally:
        rec.max_length = 256


def test_component_in_article(model_dir: Path) -> None:
    settings = Settings().replace("entities", transformers_model=str(model_dir))
    comp = TransformersComponent.from_settings(settings)
    favour(comp.recognizer, "B-ORG")
    out = comp(Article(id="a", text=TEXT))
    assert out.mentions and all(m.label == "ORG" for m in out.mentions)


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        TransformersComponent("")
    with pytest.raises(ModelError):
        TransformersRecognizer(tmp_path / "absent")
