"""A large .xlsx is read by the streaming parser: its fast path gives what calamine gives for every cell
form, and the cells the guard leaves to it (``check_workbook(streamed=True)``) are refused by the
stream itself — beyond Excel's grid, over the area budget, too sparse, an endless row, unreadable XML."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import python_calamine as pc
from fixtures import hostile_workbooks as hw
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nsdesk.errors import InputError
from nsdesk.xlsx import guard, open_sheet, stream
from nsdesk.xlsx.stream import XlsxStream

# -- every cell form the fast path reads, against calamine ------------------------------------------

STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
          '<fonts count="2"><font><sz val="11"/></font><font><b/><sz val="11"/></font></fonts>'
          '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
          '<borders count="1"><border/></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '</styleSheet>')
PRESERVE = ' xml:space="preserve"'
SHARED = ["Mã số thuế", "a &amp; b", "  lề  ", "x_x000D_y", "Công ty"]


def _workbook(path: Path, body: str, merges: str = "", dimension: str = "") -> Path:
    """A one-sheet workbook with styles (1: bold, 2 and 3: dates) and shared strings, as Excel lays it out."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", hw.CONTENT_TYPES.replace(
            "</Types>", '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
                        'officedocument.spreadsheetml.styles+xml"/></Types>'))
        zf.writestr("_rels/.rels", hw.RELS)
        zf.writestr("xl/workbook.xml", hw.WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", hw.WORKBOOK_RELS.replace(
            "</Relationships>", '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/'
                                '2006/relationships/styles" Target="styles.xml"/></Relationships>'))
        zf.writestr("xl/styles.xml", STYLES)
        zf.writestr("xl/sharedStrings.xml",
                    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
                    'spreadsheetml/2006/main">' + "".join(
                        f"<si><t{PRESERVE if s != s.strip() else ''}>{s}</t></si>" for s in SHARED)
                    + "</sst>")
        dim = f'<dimension ref="{dimension}"/>' if dimension else ""
        merge = f'<mergeCells count="1">{merges}</mergeCells>' if merges else ""
        zf.writestr("xl/worksheets/sheet1.xml", hw.SHEET_HEAD + dim + f"<sheetData>{body}</sheetData>{merge}</worksheet>")
    return path


def _letters(col: int) -> str:
    out = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


TEXTS = ["Công ty", "a &amp; b &lt;c&gt;", "x_x000D_y", "&#7889;ng", "  lề  ", "\tTab", "1.5", ""]
#: (attributes after r="…", content) of the cell forms spreadsheet writers produce.
FORMS = st.one_of(
    st.sampled_from(TEXTS).map(lambda t: (' t="inlineStr"', f"<is><t>{t}</t></is>")),
    st.sampled_from(TEXTS).map(lambda t: (' t="inlineStr"', f'<is><t xml:space="preserve">{t}</t></is>')),
    st.sampled_from(TEXTS).map(lambda t: (' s="1" t="inlineStr"', f"<is><t>{t}</t></is>")),
    st.tuples(st.sampled_from(["", ' s="1"', ' s="2"', ' s="3"', ' t="n"']),
              st.sampled_from(["652.4", "45000", "0.5", "-3", "-0.25", "1e3", "", "2958466", "1e300"]).map(lambda v: f"<v>{v}</v>")),
    st.tuples(st.sampled_from([' t="s"', ' s="1" t="s"']), st.integers(0, len(SHARED) - 1).map(lambda i: f"<v>{i}</v>")),
    st.sampled_from([(' t="b"', "<v>1</v>"), (' t="b"', "<v>0</v>"), (' t="e"', "<v>#DIV/0!</v>"),
                     (' t="str"', "<v>a &amp; b</v>"), (' t="str"', "<f>A1&amp;B1</f><v>ab</v>"),
                     ("", "<f>SUM(A1:A2)</f><v>3</v>"), (' s="2"', "<f>TODAY()</f><v>45000</v>"),
                     (' s="2"/', None), (' t="inlineStr"', "<is><r><t>Công </t></r><r><rPr><b/></rPr><t>ty</t></r></is>"),
                     ("", None), (' s="1"', "")]),
)


@st.composite
def sheets(draw):
    rows = []
    for r in sorted(draw(st.sets(st.integers(1, 12), min_size=1, max_size=6))):
        cols = sorted(draw(st.sets(st.integers(0, 8), min_size=1, max_size=6)))
        cells = []
        for c in cols:
            attrs, content = draw(FORMS)
            ref = f"{_letters(c)}{r}"
            if content is None:  # <c r="B2" s="2"/> or <c r="B2"></c>
                cells.append(f'<c r="{ref}"{attrs}>' if attrs.endswith("/") else f'<c r="{ref}"{attrs}></c>')
            else:
                cells.append(f'<c r="{ref}"{attrs}>{content}</c>')
        spans = draw(st.sampled_from(["", ' spans="1:9"', ' spans="1:9" x14ac:dyDescent="0.25"']))
        rows.append(f'<row r="{r}"{spans}>{"".join(cells)}</row>')
    return "".join(rows)


def _calamine(path):
    book = pc.CalamineWorkbook.from_path(str(path))
    sheet = book.get_sheet_by_name(book.sheet_names[0])
    pad = [""] * (sheet.start or (0, 0))[1]
    return _trimmed(pad + list(r) for r in sheet.iter_rows()), sorted(sheet.merged_cell_ranges or [])


def _trimmed(rows):
    rows = [list(r) for r in rows]
    for r in rows:
        while r and r[-1] == "":
            r.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=sheets())
def test_every_cell_form_reads_as_calamine_reads_it(tmp_path, body):
    """Styles, shared and inline strings, entities and _x000D_, xml:space="preserve", empty cells
    (``<c r="A1" s="2"/>``), formulas with cached values, rich text, Excel's row attributes."""
    path = _workbook(tmp_path / "forms.xlsx", body.replace(' x14ac:dyDescent', ' xmlns:x14ac="urn:x" x14ac:dyDescent'),
                     merges='<mergeCell ref="A1:B2"/>')
    with XlsxStream(path) as s:
        got = _trimmed(s.iter_rows()), sorted(s.merged)
    assert got == _calamine(path)


def test_a_row_of_the_fast_form_with_an_odd_cell_is_read_whole(tmp_path):
    """One cell the fast path does not take (a value in an inline-string cell's <v>) sends its row to the
    general code: the row's other cells are read all the same."""
    body = ('<row r="1"><c r="A1" t="inlineStr"><is><t>MST</t></is></c><c r="B1"><v>2</v></c>'
            '<c r="C1" t="str"><is><t>x</t></is></c><c r="D1" t="s"><v>4</v></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c></row>')
    path = _workbook(tmp_path / "odd.xlsx", body)
    with XlsxStream(path) as s:
        rows = _trimmed(s.iter_rows())
    assert rows[0][:2] == ["MST", 2.0] and rows[0][3] == "Công ty" and rows[1] == ["a"]


# -- what the guard leaves to the stream ------------------------------------------------------------

@pytest.fixture
def streamed(monkeypatch):
    monkeypatch.setenv("NSDESK_STREAM_FROM_BYTES", "1")


def _read(path):
    with open_sheet(path) as s:
        assert isinstance(s, XlsxStream)
        return list(s.iter_rows())


@pytest.mark.parametrize(("name", "limit"), [
    ("cell_beyond_excel_rows", "1.048.576 dòng × 16.384 cột"),
    ("cell_beyond_excel_columns", "1.048.576 dòng × 16.384 cột"),
    ("prefixed_far_cell", "25.165.824 ô"),
    ("cell_Z1048576", "25.165.824 ô"),
    ("cell_XFD2000", "25.165.824 ô"),
    ("sparse_far_rows", "1/8"),
    ("dimension_XFD1048576", "25.165.824 ô"),
    ("cell_40000_chars", "32.767 ký tự"),
])
def test_the_stream_refuses_what_the_guard_left_to_it(name, limit, tmp_path, streamed):
    path = hw.CORPUS[name](tmp_path / f"{name}.xlsx")
    with pytest.raises(InputError) as info:
        _read(path)
    message = str(info.value)
    assert limit in message and path.name in message and "\n" not in message and "bị từ chối" in message


def test_the_guard_leaves_the_cells_of_a_streamed_sheet_to_the_stream(tmp_path):
    """Sizes, compression, text runs and the declared dimension stay the guard's; row numbers,
    references and counts are the stream's."""
    sparse = hw.sparse_far_rows(tmp_path / "sparse.xlsx")
    with pytest.raises(InputError):
        guard.check_workbook(sparse)
    guard.check_workbook(sparse, streamed=True)
    for name in ("zip_bomb_sheet_300MB", "cell_3_5_million_chars", "dimension_beyond_excel"):
        with pytest.raises(InputError):
            guard.check_workbook(hw.CORPUS[name](tmp_path / f"{name}.xlsx"), streamed=True)


@pytest.mark.parametrize("row", [
    '<row r="1048577"><c r="A1048577" t="inlineStr"><is><t>x</t></is></c></row>',
    '<row r="999999999999"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>',
    '<row r="3"><c r="XFE3" t="inlineStr"><is><t>x</t></is></c></row>',
    '<row r="3"><c r="ZZZZ3" t="inlineStr"><is><t>x</t></is></c></row>',
    '<row r="3"><c r="XFD3"><v>1</v></c><c><v>2</v></c></row>',  # a cell after XFD, without a reference
    '<row r="3">' + '<c t="inlineStr"><is><t>x</t></is></c>' * 16_385 + "</row>",
    '<row r="3"><c r="XFE3"><f>1+1</f><v>2</v></c></row>',
])
def test_a_cell_beyond_excels_grid_is_refused_before_anything_is_padded(row, tmp_path, streamed):
    path = hw.xlsx(tmp_path / "far.xlsx", hw.HEADER + row)
    with pytest.raises(InputError, match="1.048.576 dòng × 16.384 cột") as info:
        _read(path)
    assert path.name in str(info.value)


def test_rows_the_area_budget_cannot_hold_are_refused_before_they_are_padded(tmp_path, streamed):
    """25 columns (Y) down to row 1,048,576 is over 24 × 1,048,576 cells: refused when that row
    comes, before a million empty rows are made."""
    path = hw.xlsx(tmp_path / "wide.xlsx", hw.HEADER + hw.row(1_048_576, hw.cell("Y1048576", "x")))
    with open_sheet(path) as s:
        rows = s.iter_rows()
        assert next(rows)[:2] == ["Mã số thuế", "Tên doanh nghiệp"]
        with pytest.raises(InputError, match="25.165.824 ô"):
            next(rows)


def test_a_row_with_no_end_is_refused(tmp_path, streamed, monkeypatch):
    from nsdesk.xlsx import stream_rows

    monkeypatch.setattr(stream, "MAX_ROW_BYTES", 4096)
    monkeypatch.setattr(stream_rows, "MAX_ROW_BYTES", 4096)
    row = '<row r="2">' + hw.cell("A2", "x" * 100) * 100  # no </row>, no </sheetData>
    path = tmp_path / "endless.xlsx"
    hw.xlsx(path, hw.HEADER + row)
    data = path.read_bytes()  # the builder closed the sheet: cut the closing tags out again
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(b"</sheetData></worksheet>", b"")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, b in parts.items():
            zf.writestr(n, b)
    assert data != path.read_bytes()
    with pytest.raises(InputError, match="một dòng của bảng dài hơn") as info:
        _read(path)
    assert path.name in str(info.value)


@pytest.mark.parametrize("row", [
    hw.HEADER.encode() + b'<row r="abc"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>',
    hw.HEADER.encode() + b'<row r="' + b"9" * 5000 + b'"><c r="A2"><v>1</v></c></row>',
    hw.HEADER.encode() + b'<row r="2"><c r="A2" t="inlineStr"><is><t>x\xff\xfe</t></is></c></row>',  # not UTF-8
    b'<x:row r="2"><x:c r="A2"><x:v>1</x:c></x:row>',  # tags that do not match (expat refuses them)
])
def test_unreadable_xml_is_refused_in_one_line(row, tmp_path, streamed):
    path = tmp_path / "broken.xlsx"
    hw.xlsx(path, lambda fh: fh.write(row))
    with pytest.raises(InputError) as info:
        _read(path)
    assert path.name in str(info.value) and "\n" not in str(info.value)


def test_a_prefixed_sheet_beyond_excels_rows_is_refused(tmp_path, streamed):
    body = hw.HEADER.replace("<row", "<x:row").replace("</row>", "</x:row>").replace("<c ", "<x:c ").replace(
        "</c>", "</x:c>").replace("<is>", "<x:is>").replace("</is>", "</x:is>").replace("<t>", "<x:t>").replace(
        "</t>", "</x:t>")
    body += '<x:row r="2000000"><x:c r="A2000000"><x:v>1</x:v></x:c></x:row>'
    path = hw.xlsx(tmp_path / "prefixed.xlsx", body.replace("<x:row", '<x:row xmlns:x="urn:x"'))
    with pytest.raises(InputError, match="1.048.576 dòng"):
        _read(path)


# -- the merged ranges come from the guard's pass --------------------------------------------------

def test_the_merged_ranges_come_from_the_guards_pass(tmp_path, streamed, monkeypatch):
    merges = '<mergeCell ref="A1:F1"/><mergeCell ref="B3:B5"/><mergeCell ref="C7:D9"/>'
    body = hw.HEADER + hw.row(3, hw.cell("B3", "Gộp")) + hw.row(9, hw.cell("D9", "x"))
    path = _workbook(tmp_path / "merged.xlsx", body, merges=merges)
    report = guard.check_workbook(path, streamed=True)
    assert report.merges["xl/worksheets/sheet1.xml"] == ["A1:F1", "B3:B5", "C7:D9"]

    def no_second_pass(self):
        raise AssertionError("the sheet was read again for its merged ranges")

    with XlsxStream(path) as lazy:
        expected = sorted(lazy.merged)
    monkeypatch.setattr(XlsxStream, "_read_merges", no_second_pass)
    with open_sheet(path) as s:
        assert sorted(s.merged) == expected == _calamine(path)[1]


# -- shared strings: plain ones split out, the rest read by expat -----------------------------------

import io  # noqa: E402

SST_ITEMS = st.sampled_from([
    "<si><t>Công ty</t></si>", '<si><t xml:space="preserve">  lề  </t></si>', "<si><t>  lề  </t></si>",
    "<si><t>a &amp; b &lt;c&gt; &#7889;</t></si>", "<si><t>&#32;x&#32;</t></si>", "<si><t>x_x000D_y</t></si>",
    "<si><t>a\r\nb</t></si>", "<si><t></t></si>", "<si><t/></si>", "<si/>",
    "<si><r><t>Công </t></r><r><rPr><b/></rPr><t>ty</t></r></si>",
    '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>',
    "<si>\n  <t>indented</t>\n</si>",
])


def _expat_only(xml: bytes) -> list[str]:
    out = stream.SharedStrings()
    out._expat().Parse(xml, True)
    return [out[i] for i in range(len(out))]


@settings(max_examples=60, deadline=None)
@given(items=st.lists(SST_ITEMS, min_size=1, max_size=30), chunk=st.sampled_from([5, 17, 64, 1 << 20]),
       prefix=st.booleans())
def test_shared_strings_read_as_expat_reads_them(items, chunk, prefix):
    """Whatever the items and wherever a chunk ends (in a tag, in a UTF-8 character)."""
    body = "".join(items)
    if prefix:
        body = body.replace("<", "<x:").replace("<x:/", "</x:")
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<{"x:" if prefix else ""}sst xmlns{":x" if prefix else ""}="http://schemas.openxmlformats.org/'
           f'spreadsheetml/2006/main">{body}</{"x:" if prefix else ""}sst>').encode()
    old = stream.CHUNK
    stream.CHUNK = chunk
    try:
        fast = stream.SharedStrings.read(io.BytesIO(xml))
    finally:
        stream.CHUNK = old
    assert [fast[i] for i in range(len(fast))] == _expat_only(xml)


def test_shared_strings_read_as_calamine_reads_them(tmp_path):
    items = ["<si><t>Công ty</t></si>", '<si><t xml:space="preserve">  lề  </t></si>', "<si><t>  lề  </t></si>",
             "<si><t>a &amp; b</t></si>", "<si><t>x_x000D_y</t></si>", "<si><r><t>Công </t></r><r><t>ty</t></r></si>",
             '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>']
    body = "".join(hw.row(i + 1, f'<c r="A{i + 1}" t="s"><v>{i}</v></c>') for i in range(len(items)))
    path = hw.xlsx(tmp_path / "sst.xlsx", body, shared="".join(items))
    with XlsxStream(path) as s:
        assert _trimmed(s.iter_rows()) == _calamine(path)[0]
