"""The enterprise service behind the detail form: validation, size class, history, archive/delete, duplicates."""

from __future__ import annotations

import unicodedata

import pytest
from fixtures.register_files import codes
from sqlalchemy import select

from nsdesk.errors import KnownError
from nsdesk.models import Change, Enterprise, Support
from nsdesk.services.common.forms import FormError
from nsdesk.services.register import enterprises as svc

DAK_CAM, CAM_THANH, SON_TAY = "23284", "21025", "21340"


def base(**extra):
    fields = {"tax_code": codes(1)[0], "name": "Công ty TNHH An Phát", "kind": "llc", "province_code": "51",
              "commune_code": DAK_CAM}
    fields.update(extra)
    return fields


def test_kind_labels_both_ways():
    assert svc.KIND_LABELS["cooperative"] == "Hợp tác xã"
    for code, label in svc.KIND_LABELS.items():
        assert svc.kind_from_text(label) == code
        assert svc.kind_from_text(label.upper()) == code
    assert set(svc.KIND_LABELS) == {"llc", "jsc", "private", "partnership", "cooperative", "coop_group", "household",
                                    "branch", "other"}
    assert svc.kind_from_text("Công ty TNHH một thành viên") == "llc"
    assert svc.kind_from_text("HKD") == "household"
    assert svc.kind_from_name("Hộ kinh doanh Nguyễn Văn A") == "household"
    assert svc.kind_from_text("Tập đoàn") is None


def test_valid_fields_have_no_messages(session):
    assert svc.validate(session, base(email="a@b.vn", employees="12", revenue="1.500,5", founded_year="2010")) == {}


@pytest.mark.parametrize("field, value, fragment", [
    ("tax_code", "0100233480", "chữ số kiểm tra"),
    ("tax_code", "001085001234", "hộ kinh doanh"),
    ("tax_code", "", "mã số thuế"),
    ("name", "   ", "tên doanh nghiệp"),
    ("email", "lienhe@", "Email"),
    ("employees", "12.5", "số nguyên"),
    ("employees", -3, "số nguyên"),
    ("founded_year", 1850, "Năm thành lập"),
    ("founded_year", 2999, "Năm thành lập"),
    ("revenue", -1, "không âm"),
    ("capital", "nhiều", "không âm"),
    ("kind", "Tập đoàn", "Loại hình"),
    ("commune_code", "99999", "không có trong danh sách"),
    ("sector_code", "ZZ", "VSIC"),
])
def test_each_problem_is_reported_next_to_its_field(session, field, value, fragment):
    errors = svc.validate(session, base(**{field: value}))
    assert list(errors) == [field]
    assert fragment.lower() in errors[field].lower()


def test_household_may_use_a_personal_id_and_commune_must_be_in_the_province(session):
    assert svc.validate(session, base(tax_code="001085001234", kind="household", name="Hộ kinh doanh Lê Văn B")) == {}
    errors = svc.validate(session, base(province_code="01"))  # Hà Nội, but the commune is in Quảng Ngãi
    assert list(errors) == ["commune_code"]


def test_create_derives_size_class_search_text_and_records_history(session):
    ent = svc.create(session, base(sector_code="10", employees=8, revenue=2500, capital=None,
                                   address="12 Lê Lợi"))
    assert ent.size_class == "micro"  # manufacturing: ≤ 10 employees and revenue ≤ 3 billion VND
    trade = svc.create(session, base(tax_code=codes(2)[1], name="Công ty Thương mại Minh Long", sector_code="47",
                                     employees=45, revenue=90_000))
    assert trade.size_class == "small"  # trade: ≤ 50 employees and revenue ≤ 100 billion VND
    hh = svc.create(session, base(tax_code="001085001234", kind="household", name="Hộ kinh doanh Lê Văn B",
                                  employees=3, sector_code="47", revenue=100))
    assert hh.size_class == "household"
    assert ent.name_folded == "cong ty tnhh an phat"
    assert ent.search_folded == f"cong ty tnhh an phat {ent.tax_code} 12 le loi phuong dak cam"
    hist = svc.history(session, ent)
    assert [(h.action, h.officer, h.new_value) for h in hist] == [("create", "Cán bộ Kiểm thử", "Công ty TNHH An Phát")]


def test_uniqueness_of_the_tax_code(session):
    first = svc.create(session, base())
    errors = svc.validate(session, base(tax_code=first.tax_code[:4] + " " + first.tax_code[4:], name="Khác"))
    assert list(errors) == ["tax_code"] and "An Phát" in errors["tax_code"]
    assert svc.validate(session, {"name": "Đổi tên"}, first.id) == {}  # editing itself is fine
    with pytest.raises(FormError) as exc:
        svc.create(session, base(tax_code=first.tax_code))
    assert "tax_code" in exc.value.errors


def test_update_records_each_changed_field_and_ignores_equivalent_text(session):
    ent = svc.create(session, base(employees=10, sector_code="10", revenue=2000))
    assert svc.update(session, ent, {"name": unicodedata.normalize("NFD", "Công ty  TNHH An Phát ")}) == []
    changed = svc.update(session, ent.id, {"employees": "150", "commune_code": CAM_THANH})
    assert sorted(changed) == ["commune_code", "employees"]
    assert ent.size_class == "medium" and "cam thanh" in ent.search_folded
    hist = {h.field: (h.old_value, h.new_value, h.officer, h.action) for h in svc.history(session, ent) if h.field}
    assert hist == {"employees": ("10", "150", "Cán bộ Kiểm thử", "update"),
                    "commune_code": (DAK_CAM, CAM_THANH, "Cán bộ Kiểm thử", "update")}
    with pytest.raises(FormError) as exc:
        svc.update(session, ent, {"email": "sai"})
    assert list(exc.value.errors) == ["email"]
    assert session.get(Enterprise, ent.id).email is None


def test_archive_then_delete_rules(session):
    ent = svc.create(session, base())
    assert svc.archive(session, ent) is True and ent.archived
    assert svc.archive(session, ent) is False
    assert svc.archive(session, ent, archived=False) is True and not ent.archived
    session.add(Support(enterprise_id=ent.id, status="completed"))
    session.flush()
    with pytest.raises(KnownError) as exc:
        svc.delete(session, ent)
    assert "lượt hỗ trợ" in exc.value.message and "lưu trữ" in exc.value.hint
    assert session.get(Enterprise, ent.id) is not None

    other = svc.create(session, base(tax_code=codes(2)[1], name="Công ty Xóa Được"))
    uuid = other.uuid
    svc.delete(session, other)
    assert session.scalar(select(Enterprise).where(Enterprise.uuid == uuid)) is None
    actions = session.scalars(select(Change.action).where(Change.entity_uuid == uuid).order_by(Change.id)).all()
    assert actions == ["create", "delete"]
    archived = session.scalars(select(Change).where(Change.entity_uuid == ent.uuid, Change.action == "archive")).all()
    assert [(c.old_value, c.new_value) for c in archived] == [("0", "1"), ("1", "0")]


def test_possible_duplicates_are_pointed_out(session):
    parent = svc.create(session, base(tax_code="0312687878", name="Công ty TNHH Minh Long"))
    svc.create(session, base(tax_code=codes(1)[0], name="Công ty TNHH Hưng Thịnh Phát", commune_code=DAK_CAM))
    svc.create(session, base(tax_code=codes(2)[1], name="Công ty TNHH Sao Mai", commune_code=SON_TAY))

    dups = svc.find_duplicates(session, {"tax_code": "0312687878-002", "name": "Chi nhánh Minh Long",
                                         "commune_code": CAM_THANH})
    assert [(d.enterprise_id, d.reason) for d in dups] == [(parent.id, "tax_code_family")]

    dups = svc.find_duplicates(session, {"tax_code": codes(3)[2], "name": "Cty TNHH Hung Thinh Phat",
                                         "commune_code": DAK_CAM})
    assert [(d.name, d.reason) for d in dups] == [("Công ty TNHH Hưng Thịnh Phát", "similar_name")]
    assert svc.find_duplicates(session, {"tax_code": codes(3)[2], "name": "Công ty TNHH Hưng Thịnh Phát",
                                         "commune_code": CAM_THANH}) == []  # another commune
    assert svc.find_duplicates(session, {"tax_code": codes(3)[2], "name": "Công ty TNHH An Khang",
                                         "commune_code": DAK_CAM}) == []
    assert svc.find_duplicates(session, {}, parent.id) == []  # a record is not its own duplicate


def test_search_text_is_the_folded_join():
    assert svc.search_text("Hợp tác xã Đăk Cấm", "0100233488", "12  Lê Lợi", "Phường Đăk Cấm") == \
        "hop tac xa dak cam 0100233488 12 le loi phuong dak cam"
    assert svc.search_text("Công ty A", None, "", None) == "cong ty a"


def test_editing_asks_about_duplicates_only_when_the_code_or_name_changed(session):
    parent = svc.create(session, base(tax_code="0312687878", name="Công ty TNHH Minh Long", commune_code=DAK_CAM))
    svc.create(session, base(tax_code="0312687878-001", name="Chi nhánh Công ty TNHH Minh Long"))
    svc.create(session, base(tax_code=codes(1)[0], name="Công ty TNHH Minh Long Phát", commune_code=DAK_CAM))
    # An unrelated edit of the parent company (its workers, its address): no question.
    assert svc.find_duplicates(session, {"employees": 55, "address": "12 Lê Lợi"}, parent.id) == []
    # A changed name is compared with similar names; a changed code with its family.
    renamed = svc.find_duplicates(session, {"name": "Công ty TNHH Minh Long Phat"}, parent.id)
    assert [d.reason for d in renamed] == ["similar_name"]
    recoded = svc.find_duplicates(session, {"tax_code": "0312687878-002"}, parent.id)
    assert {d.reason for d in recoded} == {"tax_code_family"}
