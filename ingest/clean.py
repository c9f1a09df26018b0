"""Turn raw policy text into clean paragraphs: ASCII digits, rejoined lines, no page marks.

Kept Chinese punctuation as it is; only full-width digits, letters and the percent sign (a figure's own: "３０％")
become ASCII.
Everything from the 抄送 line on (distribution list, 印发 line) is dropped here, so it can
never reach a clause or a chunk.
"""

from __future__ import annotations

import re
from collections import Counter

_FULLWIDTH_ALNUM = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
    0xFF05: 0x25,  # ％ -> %: "３０％以上" reads 30% as the digits do
    0x3000: 0x20,
}
_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’《》«»〔〕—"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\u00a0]+|[ \t\u00a0]+(?=[{_CJK}])")
_PAGE_MARK = re.compile(r"^(?:[—\-－–―]+\s*\d{1,3}\s*[—\-－–―]+|\d{1,3}|第\s*\d+\s*页.*|-\s*\d+\s*-)$")
_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_CC_LINE = re.compile(r"^抄\s*送\s*[:：]")

NUMERAL = "一二三四五六七八九十百零〇两"
MARKER = re.compile(
    rf"^(?:第[{NUMERAL}]+条|[{NUMERAL}]+、|[（(][{NUMERAL}]+[）)]|\d{{1,2}}[.．、](?!\d)|[（(]\d{{1,2}}[）)])"
)
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\s*((?:19|20)\d{2})\s*[〕\]］)）]\s*(\d{1,4})\s*号")
DATE_LINE = re.compile(r"^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:印发)?$")
# A colon is no paragraph end: hard-wrapped texts break "(牵头单位:" / "市商务局" there.
_TERMINAL = tuple("。.．！!？?；;）)】」』")
_INNER_PUNCT = re.compile(r"[，,。.．、；;：:（）()«»《》“”]")
_SENTENCE_PUNCT = re.compile(r"[，,。.．；;：:]")
_TITLE_END = re.compile(r"(?:通知|意见|措施|办法|方案|决定|规定|细则|公告)$")


def to_ascii_alnum(text: str) -> str:
    """Full-width digits, Latin letters, the percent sign and the ideographic space become ASCII."""
    return text.translate(_FULLWIDTH_ALNUM)


def normalize_line(line: str) -> str:
    """One line: ASCII digits, no markdown decoration, no spaces between Chinese characters."""
    line = to_ascii_alnum(line).strip()
    line = _MD_HEADING.sub("", line)
    line = line.replace("**", "")
    return _SPACE_NEAR_CJK.sub("", line).strip()


def clean_lines(text: str) -> list[str]:
    """Normalized, non-empty lines before rejoining (used for header metadata)."""
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = normalize_line(raw)
        if not line or _PAGE_MARK.match(line) or _RULE.match(line):
            continue
        if _CC_LINE.match(line):
            break
        lines.append(line)
    return lines


def paragraphs(text: str) -> list[str]:
    """Clean paragraphs: lines broken mid-sentence (and across page marks) joined again."""
    lines = clean_lines(text)
    wrap = _wrap_width(lines)
    result: list[str] = []
    last_line = ""
    for line in lines:
        if result and _continues(result[-1], last_line, line, wrap):
            result[-1] += line
        else:
            result.append(line)
        last_line = line
    return result


def _wrap_width(lines: list[str]) -> int | None:
    """The line width of a hard-wrapped text (every line broken at a fixed width), else None."""
    if len(lines) < 20:
        return None
    lengths = Counter(len(line) for line in lines)
    width, count = lengths.most_common(1)[0]
    return width if width <= 60 and count >= 0.3 * len(lines) else None


def is_standalone(line: str) -> bool:
    """Document numbers, dates, titles and bare headings never take a continuation."""
    if DOC_NUMBER.fullmatch(line) or DATE_LINE.match(line) or not _INNER_PUNCT.search(line):
        return True
    if _TITLE_END.search(line) and not _SENTENCE_PUNCT.search(line):
        return True
    marker = MARKER.match(line)
    return bool(marker and len(line) <= 25 and not _SENTENCE_PUNCT.search(line[marker.end():]))


def _continues(paragraph: str, last_line: str, line: str, wrap: int | None) -> bool:
    if MARKER.match(line) or DOC_NUMBER.fullmatch(line) or DATE_LINE.match(line):
        return False
    if is_standalone(paragraph):
        return False
    if not paragraph.endswith(_TERMINAL):
        return True
    # In a hard-wrapped text a full-width line may end on a full stop mid-paragraph.
    return wrap is not None and len(last_line) >= wrap - 1
