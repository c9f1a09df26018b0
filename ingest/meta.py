"""Policy metadata from the text (document number, issuer, city, title, dates) and its sidecar.

A sidecar `<file stem>.meta.yaml` next to a policy file overrides what the text says, for
the things the text does not say reliably (validity, 秦皇岛's issue date). A new file with
no sidecar still gets everything the text states.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import yaml

import prompts
from ingest.clean import DATE_LINE, DOC_NUMBER, MARKER, is_standalone
from ingest.errors import IngestError

PROVINCES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
    "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)
_ISSUER = re.compile(r"^(.{2,12}?(?:市|省|自治州|州|盟|地区|县|区)人民政府(?:办公室|办公厅)?)(?:文件)?$")
_CITY = re.compile(r"^(.{2,8}?)(?:市|自治州|州|盟|地区)人民政府")
_PROVINCE = re.compile(rf"({'|'.join(PROVINCES)})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)")
_CN_DATE = r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日"
_EFFECTIVE = re.compile(rf"自{_CN_DATE}起(?:施行|执行|实施)")
_EFFECTIVE_ON_ISSUE = re.compile(r"自(?:印发|发布)之日起(?:施行|执行|实施)")
_VALID_UNTIL = re.compile(rf"有效期(?:至|到){_CN_DATE}")
_VALID_YEARS = re.compile(r"有效期(\d{1,2}|[一二三四五])年")
_AWARDS_FROM = re.compile(rf"(?:奖补|奖励|补助)时间从{_CN_DATE}(?:开始|起)")
_SIDECAR_KEYS = {"city", "province", "title", "doc_number", "issuer", "issue_date",
                 "effective_from", "valid_until", "awards_counted_from", "notes"}
_DATE_KEYS = {"issue_date", "effective_from", "valid_until", "awards_counted_from"}
HEADER_SCAN_LINES = 12


def _date(match: re.Match[str] | None, offset: int = 1) -> date | None:
    if not match:
        return None
    year, month, day = (int(match.group(offset + i)) for i in range(3))
    try:
        return date(year, month, day)
    except ValueError:
        return None


def normalize_doc_number(text: str) -> str:
    """`潍政办字[2021]63号` and spaced forms -> `潍政办字〔2021〕63号`."""
    match = DOC_NUMBER.search(text)
    if not match:
        return text.strip()
    prefix = re.sub(r"[〔\[［(（].*$", "", match.group(0)).strip()
    return f"{prefix}〔{match.group(1)}〕{match.group(2)}号"


def parse_metadata(lines: list[str], full_text: str) -> dict[str, object]:
    """What the text itself states; keys missing from the result are unknown."""
    found: dict[str, object] = {}
    head = lines[:HEADER_SCAN_LINES]
    for line in head:
        if "doc_number" not in found and DOC_NUMBER.fullmatch(line):
            found["doc_number"] = normalize_doc_number(line)
        issuer = _ISSUER.match(line)
        if issuer and "issuer" not in found:
            found["issuer"] = issuer.group(1)
    if "doc_number" not in found:
        match = DOC_NUMBER.search("\n".join(head))
        if match:
            found["doc_number"] = normalize_doc_number(match.group(0))
    title = _find_title(head, str(found.get("issuer", "")))
    if title:
        found["title"] = title
    city_source = str(found.get("issuer", "")) or title or ""
    city = _CITY.match(city_source)
    if city:
        found["city"] = city.group(1)
    province = _PROVINCE.search(full_text)
    if province:
        found["province"] = province.group(1)
    for line in lines:
        match = DATE_LINE.match(line)
        if match and not line.endswith("印发"):
            found["issue_date"] = _date(match)
            break
    if "doc_number" in found:
        found["issue_year"] = int(DOC_NUMBER.search(str(found["doc_number"])).group(1))
    effective = _date(_EFFECTIVE.search(full_text))
    if effective:
        found["effective_from"] = effective
    elif _EFFECTIVE_ON_ISSUE.search(full_text) and found.get("issue_date"):
        found["effective_from"] = found["issue_date"]
    until = _date(_VALID_UNTIL.search(full_text))
    years = _VALID_YEARS.search(full_text)
    if until:
        found["valid_until"] = until
    elif years and found.get("effective_from"):
        count = "一二三四五".find(years.group(1)) + 1 or int(years.group(1))
        start: date = found["effective_from"]  # type: ignore[assignment]
        found["valid_until"] = start.replace(year=start.year + count) - timedelta(days=1)
    awards = _date(_AWARDS_FROM.search(full_text))
    if awards:
        found["awards_counted_from"] = awards
    return found


def _find_title(head: list[str], issuer: str) -> str | None:
    for line in head:
        if DOC_NUMBER.fullmatch(line) or DATE_LINE.match(line) or MARKER.match(line):
            continue
        if is_standalone(line) and ("关于" in line or re.search(r"(通知|意见|措施|办法|方案)$", line)):
            if _ISSUER.match(line):
                continue
            title = line[len(issuer):] if issuer and line.startswith(issuer) else line
            return title.strip() or None
    return None


def load_sidecar(policy_path: Path) -> dict[str, object]:
    """The sidecar's values (dates parsed); {} when there is none."""
    sidecar = policy_path.with_name(policy_path.stem + ".meta.yaml")
    if not sidecar.exists():
        return {}
    try:
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise IngestError(prompts.text("ingest", "file_errors.sidecar_syntax", name=sidecar.name, error=exc)) from exc
    if not isinstance(data, dict):
        raise IngestError(prompts.text("ingest", "file_errors.sidecar_not_mapping", name=sidecar.name))
    unknown = set(data) - _SIDECAR_KEYS
    if unknown:
        raise IngestError(prompts.text("ingest", "file_errors.sidecar_unknown", name=sidecar.name,
                                       keys=sorted(unknown)))
    for key in _DATE_KEYS & set(data):
        value = data[key]
        if value is None or isinstance(value, date):
            continue
        try:
            data[key] = date.fromisoformat(str(value))
        except ValueError as exc:
            raise IngestError(prompts.text("ingest", "file_errors.sidecar_date", name=sidecar.name, key=key,
                                           value=value)) from exc
    return data
