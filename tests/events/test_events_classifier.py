"""The shipped QuadClass classifier (trained on the UN set; labels in the files' numbering)."""

import pytest

from marsad.events.classifier import QuadClassifier, load_quad_classifier
from marsad.events.ontology import UN_FILE_TO_QUAD

SENTENCES = [  # written for marsad, one per quad
    ("قصفت الطائرات الحربية القرية وقتلت عشرة مدنيين وجرحت آخرين.", 4),
    ("يرحب مجلس الأمن بالتعاون البناء بين الحكومة والبعثة ويشيد بجهودها.", 1),
    ("وأدان المجلس بشدة الهجمات وطالب الأطراف بوقفها فورا.", 3),
    ("قدمت الدول المانحة مساعدات غذائية وطبية للاجئين في المخيمات.", 2),
]


def test_shipped_model_predicts_each_quad():
    model = load_quad_classifier()
    if model is None:
        pytest.skip("no shipped model")
    labels = model.predict([s for s, _ in SENTENCES])
    assert all(0 <= x <= 4 for x in labels)
    assert [UN_FILE_TO_QUAD.get(x) for x in labels] == [q for _, q in SENTENCES]
    assert model.meta.get("cv_macro_f1", 0) > 0.45


def test_fit_save_load_round_trip(tmp_path):
    texts = [s for s, _ in SENTENCES] * 3
    labels = [1, 4, 3, 2] * 3
    model = QuadClassifier().fit(texts, labels)
    path = tmp_path / "m.joblib"
    model.save(path)
    again = QuadClassifier.load(path)
    assert again.predict(texts[:4]) == model.predict(texts[:4])
