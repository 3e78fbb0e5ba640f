"""Undoing the last import: what it created goes, what it updated comes back; refused (nothing
changed) once a later change touched the same records."""

from __future__ import annotations

import json

import pytest
from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx
from pilot_helpers import make_enterprise, measure
from sqlalchemy import func, select, update

from nsdesk.cli import main
from nsdesk.errors import InputError
from nsdesk.models import Change, Enterprise, Measurement, Support
from nsdesk.services.pilots import importing, supports, undo
from nsdesk.services.register import enterprises
from nsdesk.services.register.importing import pipeline as importer

pytestmark = pytest.mark.db


def count(db, model) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def register(db, path):
    with db.sessions.begin() as s:
        return importer.import_file(s, path)


def undo_last(db):
    with db.sessions.begin() as s:
        return undo.undo_last_import(s)


def by_code(db, code) -> Enterprise:
    with db.sessions() as s:
        return s.scalars(select(Enterprise).where(Enterprise.tax_code == code)).one()


def test_undo_removes_created_and_restores_updated_enterprises(db, tmp_path):
    c = codes(3)
    register(db, write_xlsx(tmp_path / "a.xlsx", [STANDARD_HEADER, row(c[0], "Công ty A", employees=10)]))
    second = register(db, write_xlsx(tmp_path / "b.xlsx", [
        STANDARD_HEADER, row(c[0], "Công ty A", employees=25, phone="0905000111"), row(c[1], "Công ty B"),
        row(c[2], "Công ty C")]))
    assert (second.created, second.updated) == (2, 1)
    result = undo_last(db)
    assert result.source == "b.xlsx"
    assert result.deleted == {"enterprise": 2} and result.restored == {"enterprise": 1}
    assert count(db, Enterprise) == 1
    a = by_code(db, c[0])
    assert (a.employees, a.phone) == (10, None)
    # the one before is next
    result = undo_last(db)
    assert result.source == "a.xlsx" and count(db, Enterprise) == 0
    with pytest.raises(InputError, match="Chưa có lần nhập"):
        undo_last(db)


def test_undo_is_refused_after_a_later_change(db, tmp_path):
    c = codes(2)
    register(db, write_xlsx(tmp_path / "a.xlsx", [STANDARD_HEADER, row(c[0], "Công ty A"), row(c[1], "Công ty B")]))
    with db.sessions.begin() as s:
        enterprises.update(s, by_code(db, c[1]).id, {"phone": "0905999888"})
    with pytest.raises(InputError, match="đã được sửa sau đó") as err:
        undo_last(db)
    assert err.value.hint
    assert count(db, Enterprise) == 2 and by_code(db, c[1]).phone == "0905999888"


def test_undo_is_refused_when_a_lượt_was_recorded_for_an_imported_enterprise(db, tmp_path):
    c = codes(1)
    register(db, write_xlsx(tmp_path / "a.xlsx", [STANDARD_HEADER, row(c[0], "Công ty A")]))
    with db.sessions.begin() as s:
        supports.create_support(s, {"enterprise": c[0], "types": ["training"], "start_date": "2024-02-01"})
    with pytest.raises(InputError, match="lượt hỗ trợ"):
        undo_last(db)
    assert count(db, Enterprise) == 1


def test_undo_supports_and_measurements_imports(db, tmp_path):
    c = codes(1)
    with db.sessions.begin() as s:
        make_enterprise(s, c[0])
    luot = write_xlsx(tmp_path / "luot.xlsx", [["MST", "Công cụ", "Ngày bắt đầu", "Trạng thái"],
                                               [c[0], "5S", "01/02/2024", "Đang thực hiện"]])
    with db.sessions.begin() as s:
        importing.import_file(s, "supports", luot)
    data = write_xlsx(tmp_path / "so_lieu.xlsx", [
        ["MST", "Công cụ", "Chỉ tiêu", "Trước/Sau", "Ngày đo", "Giá trị"],
        [c[0], "5S", "workers", "Trước", "01/01/2024", 20], [c[0], "5S", "value_added", "Trước", "01/01/2024", 2000]])
    with db.sessions.begin() as s:
        assert importing.import_file(s, "measurements", data).created == 2
    assert count(db, Measurement) == 3  # with the computed labour productivity
    assert undo_last(db).deleted == {"measurement": 2}
    assert count(db, Measurement) == 0  # the computed value went with its inputs
    # a value typed by hand for the imported lượt: the lượt import cannot be undone any more
    with db.sessions.begin() as s:
        (sid,) = s.scalars(select(Support.uuid)).all()
        m_uuid = measure(s, metric="defect_rate", phase="before", value=3, on="2024-01-05",
                         support=supports.find_support(s, sid)).uuid
    with pytest.raises(InputError, match="số liệu đo"):
        undo_last(db)
    with db.sessions.begin() as s:
        from nsdesk.services.pilots import measurements

        measurements.delete_measurement(s, m_uuid)
    # the status changed by a second import comes back
    with db.sessions.begin() as s:
        importing.import_file(s, "supports", write_xlsx(tmp_path / "b.xlsx", [
            ["MST", "Công cụ", "Ngày bắt đầu", "Trạng thái"], [c[0], "5S", "01/02/2024", "Hoàn thành"]]))
    assert undo_last(db).restored == {"support": 1}
    with db.sessions() as s:
        assert s.scalars(select(Support.status)).one() == "in_progress"
    assert undo_last(db).deleted == {"support": 1} and count(db, Support) == 0


def test_cli_undo_json(sqlite_file, tmp_path, capsys):
    c = codes(1)
    path = write_xlsx(tmp_path / "a.xlsx", [STANDARD_HEADER, row(c[0], "Công ty A")])
    main(["--db", str(sqlite_file), "import", "enterprises", str(path), "--json"])
    capsys.readouterr()
    assert main(["--db", str(sqlite_file), "import", "undo", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["file"], out["deleted"], out["restored"]) == ("a.xlsx", {"enterprise": 1}, {})
    assert main(["--db", str(sqlite_file), "import", "undo"]) == 2
    assert "Chưa có lần nhập" in capsys.readouterr().err


def import_measurements(db, tmp_path, code, name="so_lieu.xlsx"):
    data = write_xlsx(tmp_path / name, [
        ["MST", "Chỉ tiêu", "Trước/Sau", "Ngày đo", "Giá trị"],
        [code, "workers", "Trước", "01/01/2024", 20], [code, "value_added", "Trước", "01/01/2024", 2000],
        [code, "workers", "Sau", "31/12/2024", 22]])
    with db.sessions.begin() as s:
        return importing.import_file(s, "measurements", data)


def test_created_measurements_carry_the_import_and_the_history_names_them_once(db, tmp_path):
    c = codes(1)
    with db.sessions.begin() as s:
        make_enterprise(s, c[0])
    result = import_measurements(db, tmp_path, c[0])
    assert result.created == 3
    with db.sessions() as s:
        batches = s.execute(select(Measurement.import_batch, func.count()).group_by(Measurement.import_batch)).all()
        assert dict(batches) == {result.batch: 3, None: 1}  # the computed productivity is not the file's
        rows = s.execute(select(Change.entity, Change.field, Change.new_value).where(Change.batch == result.batch)).all()
        assert rows == [("measurement", undo.BATCH_FIELD, "so_lieu.xlsx")]
        last = undo.last_import(s)
    assert (last.batch, last.source, last.records) == (result.batch, "so_lieu.xlsx", 3)


def test_undo_of_measurements_is_refused_after_one_was_edited(db, tmp_path):
    c = codes(1)
    with db.sessions.begin() as s:
        make_enterprise(s, c[0])
    import_measurements(db, tmp_path, c[0])
    with db.sessions.begin() as s:
        from nsdesk.services.pilots import measurements

        m = s.scalars(select(Measurement).where(Measurement.phase == "after")).one()
        measurements.update_measurement(s, m, {"value": 23})
    with pytest.raises(InputError, match="đã được sửa sau đó"):
        undo_last(db)
    assert count(db, Measurement) == 4


def test_an_import_recorded_record_by_record_still_undoes(db, tmp_path):
    """Imports written before the records carried their import (one history row per record)."""
    c = codes(1)
    with db.sessions.begin() as s:
        make_enterprise(s, c[0])
    result = import_measurements(db, tmp_path, c[0])
    with db.sessions.begin() as s:  # the shape of the history those imports left
        entry = s.scalars(select(Change).where(Change.batch == result.batch)).one()
        uuids = s.scalars(select(Measurement.uuid).where(Measurement.import_batch == result.batch)).all()
        for u in uuids:
            s.add(Change(at=entry.at, officer=entry.officer, entity="measurement", entity_uuid=u, action="import",
                         field=None, new_value="so_lieu.xlsx", batch=result.batch))
        s.delete(entry)
        s.execute(update(Measurement).values(import_batch=None))
    with db.sessions() as s:
        assert undo.last_import(s).records == 3
    assert undo_last(db).deleted == {"measurement": 3}
    assert count(db, Measurement) == 0

