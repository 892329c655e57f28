"""The seed article, ingested through the real path, holds the facts the article states."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import SEED_SOURCE, SEEDS, curated_ids, cypher

from kb_service.model.text import fold
from kb_service.read.coverage import coverage
from kb_service.store.db import Database

pytestmark = pytest.mark.usefixtures("seeded_db")


def test_lavrov_bayramov_call_is_dated_and_has_both_ministers(seeded_db: Database) -> None:
    rows = cypher(
        seeded_db,
        """
        MATCH (e:Event {id: 'lavrov-bayramov-call-2020-09-27'})-[p:PARTICIPANT]->(a:Actor)
        RETURN e.type AS type, e.plover AS plover, e.date AS date, e.start AS start,
               e.end AS end, e.precision AS precision, collect(a.id) AS actors""",
    )
    assert rows[0]["type"] == "phone-call" and rows[0]["plover"] == "CONSULT"
    assert rows[0]["date"] == "2020-09-27" and rows[0]["precision"] == "day"
    assert rows[0]["start"].to_native() == rows[0]["end"].to_native() == dt.date(2020, 9, 27)
    assert sorted(rows[0]["actors"]) == ["jeyhun-bayramov", "sergey-lavrov"]


def test_earlier_call_is_an_interval_not_an_invented_day(seeded_db: Database) -> None:
    rows = cypher(
        seeded_db,
        """
        MATCH (e:Event {id: 'lavrov-mnatsakanyan-call-2020-09'})-[:PRECEDES]->(later:Event)
        RETURN e.date AS date, e.start AS start, e.end AS end, later.id AS later""",
    )
    assert rows == [
        {
            "date": "../2020-09-27",
            "start": None,
            "end": rows[0]["end"],
            "later": "lavrov-bayramov-call-2020-09-27",
        }
    ]
    assert rows[0]["end"].to_native() == dt.date(2020, 9, 27)


def test_background_dates_keep_their_precision_and_the_report_date(seeded_db: Database) -> None:
    rows = cypher(
        seeded_db,
        """
        MATCH (e:Event) WHERE e.id IN ['karabakh-declares-secession-1988-02',
                                       'karabakh-war-1992-1994', 'minsk-group-negotiations-1992']
        RETURN e.id AS id, e.date AS date, e.precision AS precision, toString(e.start) AS start,
               toString(e.end) AS end, toString(e.first_reported) AS reported ORDER BY id""",
    )
    assert rows == [
        {
            "id": "karabakh-declares-secession-1988-02",
            "date": "1988-02",
            "precision": "month",
            "start": "1988-02-01",
            "end": "1988-02-29",
            "reported": "2020-09-27",
        },
        {
            "id": "karabakh-war-1992-1994",
            "date": "1992/1994",
            "precision": "year",
            "start": "1992-01-01",
            "end": "1994-12-31",
            "reported": "2020-09-27",
        },
        {
            "id": "minsk-group-negotiations-1992",
            "date": "1992/..",
            "precision": "year",
            "start": "1992-01-01",
            "end": None,
            "reported": "2020-09-27",
        },
    ]


def test_defence_ministries_accounts_are_linked_as_contradicting(seeded_db: Database) -> None:
    rows = cypher(
        seeded_db,
        """
        MATCH (a:Statement)-[:CONTRADICTS]-(b:Statement {id:
              'azerbaijan-mod-armenian-fire-on-residential-areas-2020-09-27'})
        MATCH (a)-[:SPOKEN_BY]->(speaker:Actor)
        RETURN a.id AS id, speaker.id AS speaker ORDER BY id""",
    )
    assert rows == [
        {"id": "armenia-mod-air-and-missile-attacks-2020-09-27", "speaker": "armenia-mod"},
        {"id": "yerevan-baku-launched-attack-2020-09-27", "speaker": "armenia"},
    ]


def test_baku_answers_the_mobilisation(seeded_db: Database) -> None:
    rows = cypher(
        seeded_db,
        """
        MATCH (s:Statement)-[:RESPONDS_TO]->(t:Statement)-[:ABOUT]->(e:Event)
        MATCH (s)-[:SPOKEN_BY]->(a:Actor), (s)-[:SAID_IN]->(p:Place)
        RETURN a.id AS speaker, p.id AS place, t.id AS answered, collect(e.type) AS about""",
    )
    assert rows[0]["speaker"] == "azerbaijan" and rows[0]["place"] == "baku"
    assert rows[0]["answered"] == "karabakh-announces-martial-law-and-mobilisation-2020-09-27"
    assert sorted(rows[0]["about"]) == ["martial-law", "mobilisation"]


def test_reporting_chain_of_lavrovs_concern(seeded_db: Database) -> None:
    rows = cypher(
        seeded_db,
        """
        MATCH (s:Statement {id: 'lavrov-concern-shelling-2020-09-27'})-[r:REPORTED_VIA]->(a)
        RETURN a.id AS reporter ORDER BY r.position""",
    )
    assert [r["reporter"] for r in rows] == ["russia-mfa", "novosti", "rt-arabic"]


def test_minsk_group_co_chairs_since_1992(seeded_db: Database) -> None:
    rows = cypher(
        seeded_db,
        """
        MATCH (r:Relation {type: 'co-chair-of'})-[:OBJECT]->(:Actor {id: 'osce-minsk-group'})
        MATCH (r)-[:SUBJECT]->(chair:Actor)
        RETURN chair.id AS chair, r.date AS date ORDER BY chair""",
    )
    assert rows == [{"chair": c, "date": "1992/.."} for c in ("france", "russia", "united-states")]


def test_territorial_control_lost_1992_to_1994(seeded_db: Database) -> None:
    rows = cypher(
        seeded_db,
        """
        MATCH (:Actor {id: 'azerbaijan'})<-[:SUBJECT]-(r:Relation {type: 'lost-control-of'})
              -[:OBJECT]->(p:Place)
        RETURN p.id AS place, r.date AS date ORDER BY place""",
    )
    assert rows == [
        {"place": "nagorno-karabakh", "date": "1992/1994"},
        {"place": "seven-adjacent-districts", "date": "1992/1994"},
    ]


def test_every_assertion_has_verbatim_evidence(seeded_db: Database) -> None:
    rows = cypher(
        seeded_db,
        """
        MATCH (a) WHERE a:Event OR a:Statement OR a:Relation
        OPTIONAL MATCH (a)-[e:EVIDENCED_BY]->(p:Passage)
        RETURN a.id AS id, collect([e.quote, p.text]) AS evidence""",
    )
    loaded = curated_ids(SEEDS)
    assert {row["id"] for row in rows} == loaded["Event"] | loaded["Statement"] | loaded["Relation"]
    for row in rows:
        assert row["evidence"], row["id"]
        for quote, passage in row["evidence"]:
            assert fold(quote) in fold(passage), row["id"]


def test_every_actor_and_place_is_named_in_three_languages(seeded_db: Database) -> None:
    rows = cypher(
        seeded_db,
        """
        MATCH (n) WHERE n:Actor OR n:Place OR n:Conflict
        RETURN n.id AS id, n.name_ar AS ar, n.name_en AS en, n.name_ru AS ru""",
    )
    loaded = curated_ids(SEEDS)
    assert {row["id"] for row in rows} == loaded["Actor"] | loaded["Place"] | loaded["Conflict"]
    assert all(row["ar"] and row["en"] and row["ru"] for row in rows)


def test_every_passage_with_content_is_cited(seeded_db: Database) -> None:
    assert coverage(seeded_db, SEED_SOURCE) == []
    uncited = cypher(
        seeded_db,
        """
        MATCH (p:Passage {source_id: $source}) WHERE NOT EXISTS { (p)<-[:EVIDENCED_BY]-() }
        RETURN p.number AS number ORDER BY number""",
        source=SEED_SOURCE,
    )
    assert [r["number"] for r in uncited] == [1, 18, 19]  # navigation, footer, photo credit


def test_the_source_keeps_the_original_text(seeded_db: Database) -> None:
    rows = cypher(
        seeded_db,
        """
        MATCH (s:Source {id: $id})-[:HAS_PASSAGE]->(p) RETURN s.publisher AS publisher,
        s.published AS published, s.language AS language, count(p) AS passages""",
        id=SEED_SOURCE,
    )
    assert rows == [
        {"publisher": "RT Arabic", "published": "2020-09-27", "language": "ar", "passages": 20}
    ]


@pytest.mark.parametrize("query", ["لافروف", "Lavrov", "Лавров", "لافْرُوف", "سيرغى"])
def test_full_text_finds_lavrov_in_every_language(seeded_db: Database, query: str) -> None:
    rows = cypher(
        seeded_db,
        """
        CALL () {
          CALL db.index.fulltext.queryNodes('search_ar', $q) YIELD node RETURN node
          UNION
          CALL db.index.fulltext.queryNodes('search_en', $q) YIELD node RETURN node
          UNION
          CALL db.index.fulltext.queryNodes('search_ru', $q) YIELD node RETURN node
        }
        RETURN collect(node.id) AS ids""",
        q=query,
    )
    assert "sergey-lavrov" in rows[0]["ids"]
