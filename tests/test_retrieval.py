"""Retrieval quality (lexical-only) on realistic questions, and the `search` CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.places import Gazetteer
from assistant.retrieval import Retriever
from tests.conftest import ROOT

QUESTIONS = [json.loads(line) for line in
             (ROOT / "eval" / "datasets" / "retrieval.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]


@pytest.fixture(scope="module")
def retriever(lexical_index):
    return Retriever(lexical_index)


@pytest.fixture(scope="module")
def gazetteer(retriever):
    return Gazetteer.build(p.city for p in retriever.policies())


def test_enough_questions():
    assert len(QUESTIONS) >= 40


@pytest.mark.parametrize("row", QUESTIONS, ids=[r["id"] for r in QUESTIONS])
def test_expected_clause_in_top3_lexical(retriever, gazetteer, row):
    query = row["turns"][-1]
    expect = row["expect"]
    hits = retriever.search(query, k=3, cities=gazetteer.mentions(query) or None)
    found = [(h.policy.city, h.clause.label) for h in hits]
    assert any(label.startswith(expect["clause"]) and expect.get("city", city) == city
               for city, label in found), found
    assert retriever.mode == "lexical"


def test_city_filter_and_hit_fields(retriever):
    hits = retriever.search("海外仓补贴", k=5, cities=["秦皇岛"])
    assert hits and {h.policy.city for h in hits} == {"秦皇岛"}
    top = hits[0].to_dict()
    assert top["clause"] == "六（十二）" and top["doc_number"] == "秦政办字〔2022〕26号"
    assert set(top) >= {"city", "doc_number", "clause", "heading", "score", "ranks"}
    assert top["ranks"] == {"bm25": 1, "dense": None}


def test_nonsense_and_empty_queries_return_nothing(retriever):
    assert retriever.search("", k=3) == []
    assert retriever.search("！！！？？？", k=3) == []
    assert retriever.search("xyzzy plugh", k=3) == []


def test_district_names_map_to_city(gazetteer):
    assert gazetteer.mentions("我们在盐湖区，绛县也有仓库") == ["运城"]
    assert gazetteer.mentions("北戴河新区和昌黎县") == ["秦皇岛"]
    assert gazetteer.mentions("潍坊市和济南") == ["潍坊", "济南"]
    assert gazetteer.other_cities("杭州的跨境电商政策") == ["杭州"]
    # where the firm comes from, beside a corpus city, is the story, not the question's city
    assert gazetteer.other_cities("我们注册在北京，想落户秦皇岛，能拿多少") == []
    assert gazetteer.other_cities("我们总部在杭州，运城有什么补贴") == []
    assert gazetteer.other_cities("杭州和运城的补贴哪个高") == ["杭州"]


def test_a_province_before_a_city_without_policy_is_that_citys(retriever):
    """A province before a city of its own with no policy here is that city's province (山西太原); alone, the corpus
    city standing for it (山西的企业)."""
    places = Gazetteer.build((p.city for p in retriever.policies()),
                             provinces={p.city: p.province for p in retriever.policies()})
    assert places.mentions("山西太原 海外仓补贴") == [] and places.other_cities("山西太原 海外仓补贴") == ["太原"]
    assert places.mentions("山西的企业 海外仓") == ["运城"]
    assert places.mentions("山西运城 海外仓") == ["运城"]



@pytest.mark.parametrize(("text", "others"), [
    # the firm is the other city's, though a corpus city's standard is asked for
    ("石家庄有个企业来问河北的海外仓补贴，我们这儿只有秦皇岛的文件，能按秦皇岛的标准给他算吗", ["石家庄"]),
    ("石家庄的企业问秦皇岛的海外仓补贴能不能拿", ["石家庄"]),
    # a firm that settles in the corpus city is that city's; an institution elsewhere is the story
    ("北京的企业在秦皇岛注册了子公司 海外仓补贴怎么算", []),
    ("太原的一所高校在运城培训", []),
])
def test_firm_of_another_city(gazetteer, text, others):
    assert gazetteer.other_cities(text) == others


def _cli(*args: str, index_dir: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "POLICY_INDEX_DIR": str(index_dir), "POLICY_LEXICAL_ONLY": "1"}
    return subprocess.run([sys.executable, "-m", "assistant", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_cli_search_json(lexical_index):
    result = _cli("search", "运城租了海外仓能补多少", "--k", "2", "--json",
                  index_dir=lexical_index.index_dir)
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert len(hits) == 2 and hits[0]["clause"] == "第五条（三）" and hits[0]["city"] == "运城"
    assert hits[0]["ranks"]["bm25"] == 1


def test_cli_search_text_and_empty(lexical_index):
    result = _cli("search", "潍坊高校微专业", index_dir=lexical_index.index_dir)
    assert result.returncode == 0 and "潍坊 潍政办字〔2021〕63号 八" in result.stdout
    empty = _cli("search", "   ", index_dir=lexical_index.index_dir)
    assert empty.returncode == 2 and "请输入" in empty.stderr and "Traceback" not in empty.stderr


def test_cli_search_batch(lexical_index, tmp_path: Path):
    infile = tmp_path / "q.jsonl"
    rows = [{"id": "a", "turns": ["运城", "那海外仓呢？运城租仓"]}, {"id": "b", "turns": ["秦皇岛O2O体验店"]}]
    infile.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n{broken\n",
                      encoding="utf-8")
    outfile = tmp_path / "r.jsonl"
    result = _cli("search", "--in", str(infile), "--out", str(outfile), "--k", "3",
                  index_dir=lexical_index.index_dir)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in outfile.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in out] == ["a", "b", "line-3"]
    assert out[0]["hits"][0]["clause"] == "第五条（三）"
    assert out[1]["hits"][0]["clause"] == "三（六）"
    assert out[2]["hits"] == [] and "JSON" in out[2]["error"]


def test_cli_without_index_says_so(tmp_path: Path):
    result = _cli("search", "海外仓", index_dir=tmp_path / "none")
    assert result.returncode == 2 and "python -m ingest" in result.stderr
    assert "Traceback" not in result.stderr
