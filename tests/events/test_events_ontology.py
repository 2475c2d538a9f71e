from marsad.events.ontology import QUAD_TO_UN, QUAD_TO_UN_FILE, UN_TO_QUAD, load_ontology

PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}


def test_sixteen_categories_with_design_quads():
    onto = load_ontology()
    assert set(onto.categories) == PLOVER
    assert {c for c in PLOVER if onto.quad(c) == 1} == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}
    assert {c for c in PLOVER if onto.quad(c) == 2} == {"COOPERATE", "AID", "RETREAT"}
    assert {c for c in PLOVER if onto.quad(c) == 3} == {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}
    assert {c for c in PLOVER if onto.quad(c) == 4} == {
        "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"
    }
    assert set(onto.category("CONSULT").modes) >= {"visit", "third-party", "multilateral", "phone"}


def test_cameo_goldstein_and_mapping():
    onto = load_ontology()
    assert len(onto.cameo) > 150
    assert onto.goldstein("042") == 1.9
    assert onto.goldstein("195") == -10.0
    assert onto.goldstein("1831") == -10.0
    assert onto.goldstein("0571") == 8.0  # unknown child falls back to its parent 057
    assert onto.plover_of("042") == ("CONSULT", "visit")
    assert onto.plover_of("141") == ("PROTEST", "demo")
    assert onto.plover_of("173") == ("COERCE", "arrest")
    assert onto.cameo_of("CONSULT", "visit") == "042"
    # Goldstein sign follows the quad: cooperation is positive, material conflict negative
    for code in onto.cameo.values():
        quad = onto.quad(code.plover)
        if quad == 4:
            assert code.goldstein < 0, code


def test_un_quad_numbering_round_trip():
    assert QUAD_TO_UN == {1: 3, 2: 4, 3: 1, 4: 2}
    assert all(UN_TO_QUAD[QUAD_TO_UN[q]] == q for q in (1, 2, 3, 4))
    assert QUAD_TO_UN_FILE == {1: 4, 2: 2, 3: 3, 4: 1}  # the label files: alphabetical
