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


def build_model(tmp: Path, favour: str) -> Path:
    """A 2-layer BERT whose classifier always prefers ``favour`` (weights 0, bias 1)."""
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
    model = transformers.BertForTokenClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.zero_()
        model.classifier.bias[LABELS.index(favour)] = 1.0
    model.save_pretrained(tmp)
    tok.save_pretrained(tmp)
    return tmp


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = {}
    for favour in ("B-PERS", "O", "I-LOC", "B-ORG"):
        out[favour] = build_model(tmp_path_factory.mktemp(favour), favour)
    return out


def test_every_word_labelled_by_first_piece(models: dict[str, Path]) -> None:
    rec = TransformersRecognizer(models["B-PERS"])
    mentions = rec.find(TEXT)
    words = TEXT.split()
    assert len(mentions) == len(words)  # B- on every word: one mention each
    assert {m.label for m in mentions} == {"PER"}  # PERS mapped to marsad's PER
    for m in mentions:
        assert TEXT[m.start : m.end] == m.text
        assert m.source == "ner.transformers.v1"


def test_outside_label_gives_no_mentions(models: dict[str, Path]) -> None:
    rec = TransformersRecognizer(models["O"])
    assert rec.find(TEXT) == []


def test_long_sentences_are_windowed(models: dict[str, Path]) -> None:
    rec = TransformersRecognizer(models["I-LOC"], max_length=8)
    words = (TEXT + " ") * 6
    tags = rec.tag(words.split())
    assert len(tags) == len(words.split())
    # I- continues one chunk: a single LOC over the whole run
    mentions = rec.find(words.strip(), [(0, len(words.strip()))])
    assert len(mentions) == 1 and mentions[0].label == "LOC"


def test_component_in_article(models: dict[str, Path]) -> None:
    model_dir = models["B-ORG"]
    settings = Settings().replace("entities", transformers_model=str(model_dir))
    comp = TransformersComponent.from_settings(settings)
    out = comp(Article(id="a", text=TEXT))
    assert out.mentions and all(m.label == "ORG" for m in out.mentions)


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        TransformersComponent("")
    with pytest.raises(ModelError):
        TransformersRecognizer(tmp_path / "absent")
