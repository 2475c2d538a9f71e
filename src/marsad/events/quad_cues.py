"""Hand-written sentence cues for the QuadClass classifier, and word stems.

The trigger lexicon codes events; these lists say which *side* of QuadClass a sentence
leans to in the register of statements, reports and resolutions: condemning and
worrying (verbal conflict), welcoming, urging and agreeing (verbal cooperation), force,
arrests and sanctions (material conflict), aid, deployment and implementation (material
cooperation), plus the words that mark speech, agenda boilerplate (irrelevant), modality
and negation. A dense count per list pools synonyms the n-gram features see one by one,
and whether a cue opens the sentence approximates its main predicate ("يدين المجلس ...").
The lists are written for marsad from general Arabic usage, in match form
(:func:`marsad.arabic.normalize`), and matched on every proclitic split of a word.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from marsad.arabic import bare, clitic_splits, normalize, tokenize

__all__ = ["CUE_GROUPS", "LEAD_WORDS", "cue_features", "stem", "stems"]

_CUES = {
    "verbal_conflict": """
        ادان يدين تدين ندين ادين ادانه يشجب شجب نشجب تشجب استنكر يستنكر نستنكر استنكار
        يستهجن استهجن ياسف اسف ناسف اسفه قلق القلق قلقه قلقها قلقهم بقلق يقلق مقلق مقلقه
        يساوره ساور انزعاج منزعج جزع يجزع استياء مستاء يرفض رفض ترفض نرفض رفضه يحذر حذر
        تحذير تحذيرات اتهم يتهم اتهام اتهامات ينتقد انتقد انتقاد انتقادات يهدد هدد تهديد
        تهديدات يندد ندد تنديد مخاوف شواغل احتج احتجاج احتجاجات يطالب طالب مطالبه يشكو شكوي
    """,
    "verbal_coop": """
        يرحب رحب ترحب نرحب ارحب ترحيب ترحيبه يشيد اشاد نشيد تشيد اشاده يثني اثني نثني يقدر
        نقدر تقدير تقديره تقديرها امتنان ممتن ممتنون يشكر شكر نشكر اشكر شكره يويد ايد نويد
        تاييد يدعم ندعم يشجع شجع نشجع تشجيع يناشد ناشد يهيب اهاب يحث حث نحث يدعو دعا ندعو
        دعوه يوصي اوصي توصيه توصيات يلتزم التزام التزامه تعهد يتعهد يوكد اكد نوكد تاكيد
        يعرب اعرب نعرب يتطلع نتطلع اتفق يتفق اتفاق وافق يوافق موافقه تشاور مشاورات حوار
        محادثات مفاوضات اجتماع اجتمع زار زياره يعترف اعترف
    """,
    "material_conflict": """
        قتل يقتل مقتل قتلي قتلوا هجوم هجمات هاجم يهاجم اعتداء اعتداءات غاره غارات قصف يقصف
        تفجير تفجيرات انفجار اعتقال اعتقل اعتقالات احتجاز احتجز محتجزين تعذيب عذب اعدام
        اعدامات اختطاف اختطف خطف اغتصاب عنف العنف اشتباكات اشتباك قتال معارك جزاءات الجزاءات
        عقوبات تجميد حظر حصار تشريد شرد نهب تدمير دمر طرد ترحيل تجنيد جرائم ارهابيه
        الارهابيه ارهاب الارهاب مسلحه المسلحه متمردين المتمردين القوات ميليشيات مليشيات
        اصابه جرحي ضحايا انتهاك انتهاكات
    """,
    "material_coop": """
        مساعده مساعدات المساعده المساعدات قدم يقدم تقديم قدمت تمويل مول يمول تبرع تبرعات منحه
        منح تدريب درب دورات بناء القدرات تعاون يتعاون التعاون تنسيق نسق تبادل نشر نشرت ينشر
        ارسل ايفاد اوفد تنفيذ نفذ ينفذ انشاء انشا اقامه وقع توقيع صدق التصديق انضم انضمام
        الافراج افرج اطلاق سراح تسليم سلم نزع تسريح الادماج اعاده الانتخابات انتخابات اجراء
        عوده اعمار الاعمار تيسير يسر اتاحه وفر توفير تزويد زود
    """,
    "speech": """
        قال يقول قالت صرح تصريح تصريحات اعلن يعلن اعلان بيان البيان اشار يشير ذكر يذكر اوضح
        اضاف شدد يشدد لاحظ يلاحظ نلاحظ لاحظت يري نري راي اعتقد نعتقد ادعي يدعي زعم رسالته
        كلمته
    """,
    # agenda and document boilerplate: sentences about papers, not events
    "procedural": """
        البند جلسته الجلسه جدول الاعمال الوثيقه الوثائق الفقره الفقرات المرفق مرفق تقرير
        التقرير التقارير المذكره مذكره قائمه القائمه الفرع الفصل الماده المواد الحاشيه انظر
        جلسات القرار القرارات
    """,
    "modal": "ينبغي يجب يتعين يمكن قد سوف سيكون لابد ضروري الضروري ضروره",
    "negation": "لا لم لن ليس ليست غير عدم دون بدون",
}
_FORMS = {name: frozenset(normalize(w) for w in words.split()) for name, words in _CUES.items()}
CUE_GROUPS: tuple[str, ...] = tuple(sorted(_FORMS))
LEAD_WORDS = 6  # "opens the sentence": a UN clause's predicate comes in its first words

# light suffix stripping for word features: plural, dual, feminine and pronoun endings
_SUFFIXES = ("هما", "هم", "ها", "ات", "ون", "ين", "ان", "ه")
# verb endings the lists leave out: feminine past قصفت, plural قتلوا / يقتلون, dual
_VERB_ENDINGS = ("ت", "وا", "ون", "ان", "تا")


def _readings(word: str) -> set[str]:
    """The word's stems after each proclitic split, with and without a verb ending."""
    out = set()
    for _, stem_ in clitic_splits(word):
        out.add(stem_)
        for ending in _VERB_ENDINGS:
            if stem_.endswith(ending) and len(stem_) - len(ending) >= 3:
                out.add(stem_[: -len(ending)])
    return out


def cue_features(norms: Sequence[str]) -> np.ndarray:
    """Per sentence: log(1 + count) of each cue group, then 1 if the group has a cue
    among the first :data:`LEAD_WORDS` words (columns in :data:`CUE_GROUPS` order)."""
    width = len(CUE_GROUPS)
    m = np.zeros((len(norms), 2 * width))
    for i, norm in enumerate(norms):
        words = [t.norm for t in tokenize(norm) if t.is_arabic]
        for j, word in enumerate(words):
            readings = _readings(word)
            for g, name in enumerate(CUE_GROUPS):
                if readings & _FORMS[name]:
                    m[i, g] += 1
                    if j < LEAD_WORDS:
                        m[i, width + g] = 1
    m[:, :width] = np.log1p(m[:, :width])
    return m


def stem(word: str) -> str:
    """A match-form word without its proclitics and one common suffix (long words only)."""
    _, s = bare(word)
    if len(s) >= 5:
        for suffix in _SUFFIXES:
            if s.endswith(suffix) and len(s) - len(suffix) >= 3:
                return s[: -len(suffix)]
    return s


def stems(norm: str) -> str:
    """The Arabic words of a match-form sentence as stems, space separated."""
    return " ".join(stem(t.norm) for t in tokenize(norm) if t.is_arabic)
