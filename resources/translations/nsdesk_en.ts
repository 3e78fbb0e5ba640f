<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
    <context>
        <name>about</name>
        <message>
            <location filename="../../nsdesk/ui/about.py" line="22" />
            <source>(chưa mở)</source>
            <translation>(not open)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/about.py" line="21" />
            <source>Cơ sở dữ liệu: {database}</source>
            <translation>Database: {database}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/about.py" line="23" />
            <source>Giao diện: Qt for Python (PySide6) {version}</source>
            <translation>Interface: Qt for Python (PySide6) {version}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/about.py" line="33" />
            <source>Giới thiệu nsdesk</source>
            <translation>About nsdesk</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/about.py" line="19" />
            <source>Theo dõi dự án điểm nâng cao năng suất doanh nghiệp theo Quyết định 36/QĐ-TTg của Thủ tướng Chính phủ.</source>
            <translation>Tracks enterprise productivity pilot projects under the Prime Minister's Decision 36/QĐ-TTg.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/about.py" line="38" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>activities</name>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="84" />
            <source>Không có kế hoạch «{value}»; chọn một kế hoạch đã tạo.</source>
            <translation>There is no plan "{value}"; choose a plan that has been created.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="105" />
            <source>Không tìm thấy doanh nghiệp {ids}; hãy chọn lại doanh nghiệp tham gia.</source>
            <translation>Enterprise(s) {ids} not found; choose the participating enterprises again.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="157" />
            <source>Không tìm thấy hoạt động số {id}; có thể nó đã bị xóa.</source>
            <translation>Activity no. {id} was not found; it may have been deleted.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="68" />
            <source>Không tìm thấy xã/phường «{value}» trong tỉnh của đơn vị; hãy nhập đúng tên (ví dụ Phường Đăk Cấm) hoặc mã.</source>
            <translation>Commune "{value}" was not found in the office's province; type the exact name (e.g. Phường Đăk Cấm) or the code.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="124" />
            <source>Ngày thực hiện phải trong khoảng 1990–2100.</source>
            <translation>The date held must be between 1990 and 2100.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="158" />
            <source>Tải lại danh sách hoạt động.</source>
            <translation>Reload the list of activities.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="134" />
            <source>ghi chú</source>
            <translation>notes</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="118" />
            <source>loại hoạt động</source>
            <translation>activity type</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="122" />
            <source>ngày thực hiện</source>
            <translation>date held</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="128" />
            <source>số lượng</source>
            <translation>quantity</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="120" />
            <source>tên hoạt động</source>
            <translation>activity name</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="126" />
            <source>đơn vị chủ trì</source>
            <translation>lead unit</translation>
        </message>
    </context>
    <context>
        <name>archive</name>
        <message>
            <location filename="../../nsdesk/ui/register/archive.py" line="21" />
            <source>Doanh nghiệp sẽ ẩn khỏi danh sách và không được đếm nữa; thông tin, lượt hỗ trợ và chỉ số của nó vẫn được giữ nguyên.
Muốn đưa trở lại: trong trang Doanh nghiệp, đánh dấu «Cả DN đã lưu trữ», chọn doanh nghiệp rồi bấm «Khôi phục».</source>
            <translation>The enterprise will be hidden from the list and no longer counted; its details, support rounds and metrics are kept.
To bring it back: on the Enterprises page, tick «Include archived», select the enterprise and click «Restore».</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/archive.py" line="27" />
            <source>Không lưu trữ</source>
            <translation>Do not archive</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/archive.py" line="25" />
            <source>Lưu trữ</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/archive.py" line="18" />
            <source>Lưu trữ doanh nghiệp</source>
            <translation>Archive enterprise</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/archive.py" line="17" />
            <source>Lưu trữ doanh nghiệp này?</source>
            <translation>Archive this enterprise?</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/archive.py" line="16" />
            <source>Lưu trữ doanh nghiệp «{name}»?</source>
            <translation>Archive the enterprise «{name}»?</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <location filename="../../nsdesk/commands/safety.py" line="117" />
            <source>Bản sao lưu gần nhất: {path} — khôi phục bằng "nsdesk restore {path}".</source>
            <translation>Latest backup: {path} — restore it with "nsdesk restore {path}".</translation>
        </message>
        <message>
            <location filename="../../nsdesk/commands/safety.py" line="40" />
            <source>Chỉ sao lưu, khôi phục được cơ sở dữ liệu dạng tệp (SQLite).</source>
            <translation>Only file databases (SQLite) can be backed up and restored.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/commands/safety.py" line="113" />
            <source>Cơ sở dữ liệu {where} BỊ HỎNG:</source>
            <translation>Database {where} IS DAMAGED:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/commands/safety.py" line="110" />
            <source>Cơ sở dữ liệu {where} nguyên vẹn: không có trang hỏng, mọi tham chiếu đều hợp lệ.</source>
            <translation>Database {where} is sound: no damaged pages, every reference is valid.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/backups.py" line="227" />
            <source>Hãy cập nhật nsdesk lên phiên bản mới nhất.</source>
            <translation>Please update nsdesk to the latest version.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/commands/safety.py" line="58" />
            <source>Không ghi bản sao lưu vào {path}: chỉ ghi vào một tệp mới hoặc một bản sao lưu cũ, trong một thư mục có thật.</source>
            <translation>Not writing a backup to {path}: only a new file or an earlier backup, in a folder that exists.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/backups.py" line="208" />
            <source>Không tìm thấy tệp {path}.</source>
            <translation>File {path} not found.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/backups.py" line="239" />
            <source>Tệp sao lưu chính là cơ sở dữ liệu đang dùng.</source>
            <translation>The backup file is the database in use.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/commands/safety.py" line="61" />
            <source>Tệp sao lưu không được trùng với cơ sở dữ liệu: {path}.</source>
            <translation>The backup file must not be the database itself: {path}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/backups.py" line="211" />
            <source>Tệp {path} bị hỏng, không dùng để khôi phục được ({problem}).</source>
            <translation>{path} is damaged and cannot be restored from ({problem}).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/backups.py" line="221" />
            <source>Tệp {path} không phải cơ sở dữ liệu nsdesk.</source>
            <translation>{path} is not an nsdesk database.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/backups.py" line="226" />
            <source>Tệp {path} được tạo bởi phiên bản nsdesk mới hơn hoặc không phải của nsdesk.</source>
            <translation>{path} was made by a newer nsdesk or is not an nsdesk file.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/commands/safety.py" line="41" />
            <source>Với máy chủ PostgreSQL, hãy dùng pg_dump / pg_restore.</source>
            <translation>For a PostgreSQL server, use pg_dump / pg_restore.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/commands/safety.py" line="84" />
            <source>Đã khôi phục từ {file}; bản trước khi khôi phục được lưu ở {before}.</source>
            <translation>Restored from {file}; the database as it was before is saved in {before}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/commands/safety.py" line="68" />
            <source>Đã sao lưu vào {path}.</source>
            <translation>Backed up to {path}.</translation>
        </message>
    </context>
    <context>
        <name>backups</name>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="109" />
            <source>&amp;Khôi phục…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="110" />
            <source>&amp;Mở thư mục</source>
            <translation>&amp;Open folder</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="108" />
            <source>&amp;Sao lưu ngay</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="174" />
            <source>Chưa có bản sao lưu nào. Bấm «Sao lưu ngay» để tạo bản đầu tiên.</source>
            <translation>No backups yet. Click «Back up now» to make the first one.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="135" />
            <source>Chỉ sao lưu được cơ sở dữ liệu dạng tệp (SQLite). Với máy chủ PostgreSQL, hãy nhờ quản trị viên sao lưu bằng pg_dump.</source>
            <translation>Only file databases (SQLite) can be backed up here. For a PostgreSQL server, ask the administrator to back it up with pg_dump.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="140" />
            <source>Các bản sao lưu nằm trong thư mục {folder}. nsdesk tự sao lưu trước khi nhập dữ liệu và trước khi nâng cấp; giữ {n} bản gần nhất và một bản cho mỗi tuần, mỗi tháng.</source>
            <translation>Backups are kept in the folder {folder}. nsdesk backs up by itself before imports and upgrades; it keeps the latest {n} and one per week and per month.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="162" />
            <source>Hỏng: {problem}</source>
            <translation>Damaged: {problem}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="92" />
            <source>Kiểm tra</source>
            <translation>Check</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="91" />
            <source>Kích thước</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="92" />
            <source>Lý do</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="83" />
            <source>Sao lưu</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="52" />
            <source>Sao lưu theo yêu cầu</source>
            <translation>Backup on request</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="59" />
            <source>Sao lưu tự động</source>
            <translation>Automatic backup</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="91" />
            <source>Thời điểm</source>
            <translation>Made at</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="56" />
            <source>Trước khi khôi phục</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="54" />
            <source>Trước khi nhập dữ liệu</source>
            <translation>Before an import</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="58" />
            <source>Trước khi nâng cấp cơ sở dữ liệu</source>
            <translation>Before a database upgrade</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="162" />
            <source>Tốt</source>
            <translation>Good</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="66" />
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="65" />
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="173" />
            <source>{n} bản sao lưu.</source>
            <translation>{n} backups.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="212" />
            <source>Đang sao lưu…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="151" />
            <source>Đang đọc và kiểm tra các bản sao lưu…</source>
            <translation>Reading and checking the backups…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="206" />
            <source>Đã sao lưu vào {name}.</source>
            <translation>Backed up to {name}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/backups_dialog.py" line="111" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>bulk</name>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="293" />
            <source>"{value}" không phải là số; ghi như 1.234,5.</source>
            <translation>"{value}" is not a number; write it like 1.234,5.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="121" />
            <source>&amp;Ghi các lượt hỗ trợ</source>
            <translation>&amp;Record the supports</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="271" />
            <source>Chỉ tiêu:</source>
            <translation>Metric:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="127" />
            <source>Công cụ:</source>
            <translation>Tools:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="237" />
            <source>Doanh nghiệp</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="128" />
            <source>Dự án điểm (mã):</source>
            <translation>Pilot project (code):</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="132" />
            <source>Ghi chú:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="78" />
            <source>Ghi một lượt hỗ trợ cho nhiều doanh nghiệp</source>
            <translation>Record one support for many enterprises</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="82" />
            <source>Hoặc dán mã số thuế của các doanh nghiệp (mỗi dòng một mã)…</source>
            <translation>Or paste the enterprises' tax codes (one per line)…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="175" />
            <source>Không tìm thấy trong sổ: {codes}.</source>
            <translation>Not found in the register: {codes}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="126" />
            <source>Loại hỗ trợ:</source>
            <translation>Support types:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="94" />
            <source>Mã công cụ, cách nhau bằng dấu phẩy: 5S, KAIZEN</source>
            <translation>Tool codes separated by commas: 5S, KAIZEN</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="237" />
            <source>Mã số thuế</source>
            <translation>Tax code</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="274" />
            <source>Nguồn:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="129" />
            <source>Ngày bắt đầu:</source>
            <translation>Start date:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="130" />
            <source>Ngày kết thúc:</source>
            <translation>End date:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="326" />
            <source>Ngày đo phải dạng dd/mm/yyyy.</source>
            <translation>Dates must be written dd/mm/yyyy.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="273" />
            <source>Ngày đo sau:</source>
            <translation>Date measured after:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="272" />
            <source>Ngày đo trước:</source>
            <translation>Date measured before:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="222" />
            <source>Nhập số liệu trước/sau cho nhiều doanh nghiệp</source>
            <translation>Enter before/after values for many enterprises</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="237" />
            <source>Sau</source>
            <translation>After</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="166" />
            <source>Sẽ tạo &lt;b&gt;{n}&lt;/b&gt; lượt hỗ trợ (mỗi doanh nghiệp một lượt).</source>
            <translation>Will create &lt;b&gt;{n}&lt;/b&gt; supports (one per enterprise).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="106" />
            <source>Theo ngày (tự xác định)</source>
            <translation>By the dates (automatic)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="237" />
            <source>Trước</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="170" />
            <source>Trạng thái theo ngày: {status}.</source>
            <translation>Status from the dates: {status}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="131" />
            <source>Trạng thái:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="173" />
            <source>{n} doanh nghiệp đã có lượt này, bỏ qua.</source>
            <translation>{n} enterprises already have this support and are skipped.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/bulk_dialogs.py" line="79" />
            <source>Đã chọn {n} doanh nghiệp trong sổ.</source>
            <translation>{n} enterprises selected in the register.</translation>
        </message>
    </context>
    <context>
        <name>charts</name>
        <message>
            <location filename="../../nsdesk/ui/widgets/charts.py" line="294" />
            <source>Bấm vào biểu đồ rồi cuộn chuột (hoặc giữ Ctrl và cuộn) để phóng to; «Xem toàn bộ» để trở lại.</source>
            <translation>Click the chart then scroll (or hold Ctrl and scroll) to zoom; «Show all» to go back.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/widgets/charts.py" line="42" />
            <source>Chưa có số liệu để vẽ.</source>
            <translation>No data to plot yet.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/widgets/charts.py" line="275" />
            <source>Hãy chọn thư mục khác có quyền ghi.</source>
            <translation>Choose another folder you can write to.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/widgets/charts.py" line="274" />
            <source>Không ghi được ảnh vào "{path}".</source>
            <translation>Cannot save the image to "{path}".</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/widgets/charts.py" line="267" />
            <source>Lưu biểu đồ thành ảnh</source>
            <translation>Save chart as image</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/widgets/charts.py" line="48" />
            <source>Lưu ảnh…</source>
            <translation>Save image…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/widgets/charts.py" line="204" />
            <source>Mức cải thiện ({unit})</source>
            <translation>Improvement ({unit})</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/widgets/charts.py" line="292" />
            <source>Xem toàn bộ</source>
            <translation>Show all</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/widgets/charts.py" line="269" />
            <source>Ảnh PNG (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../nsdesk/commands/_common.py" line="26" />
            <source>Chưa có cơ sở dữ liệu tại {path}.</source>
            <translation>There is no database at {path}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/commands/_common.py" line="27" />
            <source>Chạy "nsdesk init" trước.</source>
            <translation>Run "nsdesk init" first.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/commands/_common.py" line="42" />
            <source>Đã sao lưu cơ sở dữ liệu cũ vào {path} trước khi nâng cấp.</source>
            <translation>Backed up the old database to {path} before upgrading.</translation>
        </message>
    </context>
    <context>
        <name>conflict</name>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="76" />
            <source>Chỉ tiêu này</source>
            <translation>This target</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/enterprises.py" line="240" />
            <source>Doanh nghiệp này</source>
            <translation>This enterprise</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/projects.py" line="159" />
            <source>Dự án điểm này</source>
            <translation>This pilot project</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="319" />
            <source>Lượt hỗ trợ này</source>
            <translation>This support</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/concurrency.py" line="35" />
            <source>Mở lại để xem bản mới nhất rồi sửa lại.</source>
            <translation>Open it again to see the latest version, then make your changes again.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/concurrency.py" line="33" />
            <source>{what} vừa được người khác lưu (phiên bản {theirs}) trong lúc bạn sửa phiên bản {mine}; thay đổi của bạn chưa được lưu.</source>
            <translation>{what} was just saved by someone else (version {theirs}) while you were editing version {mine}; your changes were not saved.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/concurrency.py" line="30" />
            <source>{what} đã bị người khác xóa trong lúc bạn sửa; thay đổi của bạn chưa được lưu.</source>
            <translation>{what} was deleted by someone else while you were editing it; your changes were not saved.</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <location filename="../../nsdesk/ui/crash.py" line="66" />
            <source>Hãy kiểm tra lại việc vừa làm. Bấm "Sao chép chi tiết" và gửi nội dung cho người hỗ trợ kỹ thuật, kèm tệp nhật ký nếu được hỏi.</source>
            <translation>Please check what you just did. Click "Copy details" and send the text to technical support, with the log file if asked.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/crash.py" line="72" />
            <source>Không ghi được tệp nhật ký.</source>
            <translation>The log file could not be written.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/crash.py" line="81" />
            <source>Sao chép chi tiết</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/crash.py" line="71" />
            <source>Tệp nhật ký: {path}</source>
            <translation>Log file: {path}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/crash.py" line="100" />
            <source>Đã sao chép</source>
            <translation>Copied</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/crash.py" line="61" />
            <source>Đã xảy ra lỗi không mong muốn trong nsdesk.</source>
            <translation>An unexpected error occurred in nsdesk.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/crash.py" line="85" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>dashboard</name>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="218" />
            <source>Chưa có kế hoạch nào. Vào «Kế hoạch &amp; chỉ tiêu» để tạo kế hoạch từ mẫu.</source>
            <translation>No plans yet. Go to "Plans &amp; targets" to create a plan from a template.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="395" />
            <source>Chưa có số liệu trước ngày {day}: kỳ tính bắt đầu {start}.</source>
            <translation>No figures before {day}: the counting period starts {start}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="145" />
            <source>Chủ trì</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="152" />
            <source>Chứng nhận hết hạn trong 90 ngày</source>
            <translation>Certificates expiring within 90 days</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="319" />
            <source>Chứng nhận hết hạn trong 90 ngày ({n})</source>
            <translation>Certificates expiring within 90 days ({n})</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="148" />
            <source>Doanh nghiệp</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="145" />
            <source>Hạn</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="148" />
            <source>Hết hạn</source>
            <translation>Expires</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="223" />
            <source>Kế hoạch này chưa có chỉ tiêu.</source>
            <translation>This plan has no targets yet.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="110" />
            <source>Kế hoạch:</source>
            <translation>Plan:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="392" />
            <source>Kỳ tính {start} – {end}. Đường nét đứt: mức cần đạt theo tiến độ tuyến tính (số liệu thống kê: mức chỉ tiêu).</source>
            <translation>Counting period {start} – {end}. Dashed line: the level expected at a linear pace (statistics: the target level).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="363" />
            <source>Lộ trình chỉ tiêu</source>
            <translation>Target path</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="145" />
            <source>Nhiệm vụ</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="150" />
            <source>Nhiệm vụ quá hạn</source>
            <translation>Overdue tasks</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="308" />
            <source>Nhiệm vụ quá hạn ({n})</source>
            <translation>Overdue tasks ({n})</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="145" />
            <source>Số</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="148" />
            <source>Số chứng nhận</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="366" />
            <source>Thực hiện</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Thực hiện lũy kế</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="132" />
            <source>Thực hiện lũy kế so với lộ trình chỉ tiêu</source>
            <translation>Cumulative results against the target path</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="123" />
            <source>Tiến độ các chỉ tiêu</source>
            <translation>Progress of targets</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="113" />
            <source>Tính đến ngày:</source>
            <translation>As of:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="58" />
            <source>vượt chỉ tiêu</source>
            <translation>exceeds target</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/dashboard.py" line="120" />
            <source>Đang tải tiến độ…</source>
            <translation>Loading progress…</translation>
        </message>
    </context>
    <context>
        <name>db</name>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="83" />
            <source>Bản sao lưu gần nhất: {backup} — khôi phục bằng "nsdesk restore {backup}".</source>
            <translation>Latest backup: {backup} — restore it with "nsdesk restore {backup}".</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="170" />
            <source>Chép tệp sang một thư mục bạn có quyền ghi rồi mở lại.</source>
            <translation>Copy the file to a folder you may write to, then open it again.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="120" />
            <source>Chép tệp sang một thư mục bạn có quyền ghi.</source>
            <translation>Copy the file to a folder you can write to.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/db.py" line="115" />
            <source>Chưa cài trình điều khiển PostgreSQL ({error}).</source>
            <translation>The PostgreSQL driver is not installed ({error}).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="232" />
            <source>Chọn một tệp khác hoặc một tệp mới.</source>
            <translation>Choose another file or a new one.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/db.py" line="116" />
            <source>Cài gói nsdesk[postgresql].</source>
            <translation>Install the nsdesk[postgresql] package.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="197" />
            <source>Cơ sở dữ liệu có bản ghi tham chiếu tới dữ liệu không còn tồn tại; chưa nâng cấp, dữ liệu giữ nguyên.</source>
            <translation>The database has records that refer to data that no longer exists; it was not upgraded and nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="169" />
            <source>Cơ sở dữ liệu {where} cần nâng cấp nhưng chỉ mở được ở chế độ chỉ đọc.</source>
            <translation>Database {where} needs an upgrade but can only be opened read-only.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="107" />
            <source>Cơ sở dữ liệu đang bị khóa bởi một chương trình khác: {where}.</source>
            <translation>The database is locked by another program: {where}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="225" />
            <source>Cơ sở dữ liệu được tạo bởi phiên bản nsdesk mới hơn (phiên bản lược đồ {rev}).</source>
            <translation>The database was created by a newer version of nsdesk (schema revision {rev}).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="115" />
            <source>Giải phóng dung lượng ổ đĩa rồi thử lại.</source>
            <translation>Free some disk space, then try again.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/db.py" line="105" />
            <source>Hãy chọn một thư mục có thật.</source>
            <translation>Choose a folder that exists.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="226" />
            <source>Hãy cập nhật nsdesk lên phiên bản mới nhất.</source>
            <translation>Update nsdesk to the latest version.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="135" />
            <source>Không dùng được cơ sở dữ liệu {where}: {error}</source>
            <translation>Cannot use the database {where}: {error}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="119" />
            <source>Không ghi được vào cơ sở dữ liệu (chỉ đọc): {where}.</source>
            <translation>Cannot write to the database (read-only): {where}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="129" />
            <source>Không kết nối được máy chủ PostgreSQL: {where}.</source>
            <translation>Cannot connect to the PostgreSQL server: {where}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="124" />
            <source>Không mở được tệp cơ sở dữ liệu: {where}.</source>
            <translation>Cannot open the database file: {where}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="125" />
            <source>Kiểm tra đường dẫn và quyền truy cập thư mục.</source>
            <translation>Check the path and the folder permissions.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="130" />
            <source>Kiểm tra địa chỉ máy chủ, tên đăng nhập và mật khẩu.</source>
            <translation>Check the server address, user name and password.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="199" />
            <source>Mở bản sao lưu gần nhất trong thư mục backups hoặc liên hệ bộ phận kỹ thuật.</source>
            <translation>Open the latest backup in the backups folder, or contact technical support.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="85" />
            <source>Mở một bản sao lưu (thư mục backups bên cạnh tệp) hoặc chọn tệp khác.</source>
            <translation>Open a backup (the backups folder next to the file) or choose another file.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/db.py" line="104" />
            <source>Thư mục chứa cơ sở dữ liệu không tồn tại: {path}</source>
            <translation>The database folder does not exist: {path}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="87" />
            <source>Tệp không phải là cơ sở dữ liệu nsdesk hoặc đã bị hỏng: {where}.</source>
            <translation>The file is not an nsdesk database or is damaged: {where}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="231" />
            <source>Tệp này không phải cơ sở dữ liệu nsdesk: {where}.</source>
            <translation>This file is not an nsdesk database: {where}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="108" />
            <source>Đóng các cửa sổ nsdesk khác rồi thử lại.</source>
            <translation>Close the other nsdesk windows and try again.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/schema.py" line="114" />
            <source>Ổ đĩa đã đầy, không ghi được vào cơ sở dữ liệu {where}; dữ liệu giữ nguyên như trước.</source>
            <translation>The disk is full, could not write to the database {where}; the data is as it was.</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <location filename="../../nsdesk/services/demo/generate.py" line="143" />
            <source>Chưa chọn tỉnh/thành phố của đơn vị.</source>
            <translation>The office's province has not been chosen.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/demo/generate.py" line="144" />
            <source>Chạy: nsdesk init --province "Quảng Ngãi" trước.</source>
            <translation>Run: nsdesk init --province "Quảng Ngãi" first.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/demo/generate.py" line="137" />
            <source>Cơ sở dữ liệu này đã có {n} doanh nghiệp thật; không trộn dữ liệu mẫu vào.</source>
            <translation>This database already has {n} real enterprises; sample data is not mixed in.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/demo/generate.py" line="138" />
            <source>Dùng một tệp cơ sở dữ liệu riêng cho dữ liệu mẫu (--db demo.sqlite).</source>
            <translation>Use a separate database file for sample data (--db demo.sqlite).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/demo/generate.py" line="129" />
            <source>Số doanh nghiệp mẫu phải lớn hơn hoặc bằng 0.</source>
            <translation>The number of sample enterprises must be 0 or more.</translation>
        </message>
    </context>
    <context>
        <name>enterprise</name>
        <message>
            <location filename="../../nsdesk/services/register/enterprises.py" line="72" />
            <source>Có {n} ô cần sửa: {first}</source>
            <translation>{n} cells need fixing: {first}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/enterprises.py" line="345" />
            <source>Cùng mã số thuế gốc {parent} với "{name}" ({code}).</source>
            <translation>Same parent tax code {parent} as "{name}" ({code}).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/fields.py" line="206" />
            <source>Email "{value}" không đúng dạng địa chỉ thư (ví dụ ten@congty.vn).</source>
            <translation>Email "{value}" is not a valid address (e.g. name@company.vn).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/enterprises.py" line="292" />
            <source>Hãy lưu trữ doanh nghiệp thay vì xóa.</source>
            <translation>Archive the enterprise instead of deleting it.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/enterprises.py" line="155" />
            <source>Hãy nhập mã số thuế (10 số, hoặc 10 số-3 số cho chi nhánh).</source>
            <translation>Enter the tax code (10 digits, or 10 digits-3 digits for a branch).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/enterprises.py" line="127" />
            <source>Hãy nhập tên doanh nghiệp.</source>
            <translation>Enter the enterprise name.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/enterprises.py" line="298" />
            <source>Không thể xóa "{name}": doanh nghiệp còn số liệu đo lường hoặc hoạt động gắn với nó.</source>
            <translation>Cannot delete "{name}": measurements or activities are still linked to this enterprise.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/enterprises.py" line="290" />
            <source>Không thể xóa "{name}": doanh nghiệp đã có {n} lượt hỗ trợ được ghi nhận.</source>
            <translation>Cannot delete "{name}": {n} supports have been recorded for this enterprise.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/enterprises.py" line="238" />
            <source>Không tìm thấy doanh nghiệp này (có thể đã bị xóa).</source>
            <translation>This enterprise was not found (it may have been deleted).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/enterprises.py" line="103" />
            <source>Loại hình "{value}" không có trong danh sách ({labels}).</source>
            <translation>Type "{value}" is not in the list ({labels}).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/enterprises.py" line="160" />
            <source>Mã số thuế {code} đã được đăng ký cho "{name}".</source>
            <translation>Tax code {code} is already registered for "{name}".</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/enterprises.py" line="163" />
            <source>Ngành "{code}" không có trong danh mục VSIC.</source>
            <translation>Sector "{code}" is not in the VSIC classification.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/fields.py" line="232" />
            <source>Năm thành lập {year} không hợp lý: phải từ 1900 đến {now}.</source>
            <translation>Founding year {year} is not plausible: it must be between 1900 and {now}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/enterprises.py" line="175" />
            <source>Phường/xã "{code}" không có trong danh sách sau sáp nhập.</source>
            <translation>Commune/ward "{code}" is not in the post-merger list.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/enterprises.py" line="359" />
            <source>Tên rất giống "{name}" ({code}) cùng phường/xã.</source>
            <translation>Name very similar to "{name}" ({code}) in the same commune.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/enterprises.py" line="169" />
            <source>Tỉnh/thành phố "{code}" không có trong danh sách.</source>
            <translation>Province "{code}" is not in the list.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/enterprises.py" line="178" />
            <source>{commune} không thuộc tỉnh/thành phố đã chọn.</source>
            <translation>{commune} is not in the chosen province.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/fields.py" line="192" />
            <source>{label} phải là số không âm, tính bằng triệu đồng (đang là "{value}").</source>
            <translation>{label} must be a non-negative number, in million VND (it is "{value}").</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/fields.py" line="151" />
            <source>{label} phải là số nguyên không âm (đang là "{value}").</source>
            <translation>{label} must be a whole number, not negative (it is "{value}").</translation>
        </message>
    </context>
    <context>
        <name>enterprise_form</name>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="113" />
            <source>&amp;Email</source>
            <translation>E&amp;mail</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="113" />
            <source>&amp;Hiệp hội</source>
            <translation>&amp;Association</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="113" />
            <source>&amp;Loại hình</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="113" />
            <source>&amp;Năm thành lập</source>
            <translation>&amp;Founding year</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="113" />
            <source>&amp;Tên doanh nghiệp</source>
            <translation>Enterprise &amp;name</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="113" />
            <source>&amp;Xã/phường</source>
            <translation>&amp;Commune/ward</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="249" />
            <source>(chưa chọn)</source>
            <translation>(not chosen)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="155" />
            <source>Chưa có thay đổi nào được ghi lại cho doanh nghiệp này.</source>
            <translation>No changes have been recorded for this enterprise yet.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="437" />
            <source>Chưa lưu.</source>
            <translation>Not saved.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="65" />
            <source>Chưa lưu: hãy sửa các ô được đánh dấu đỏ.</source>
            <translation>Not saved: fix the cells marked in red.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="422" />
            <source>Có thể bị trùng</source>
            <translation>Possible duplicate</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="423" />
            <source>Doanh nghiệp này có thể trùng với doanh nghiệp đã có:</source>
            <translation>This enterprise may duplicate an existing one:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="286" />
            <source>Doanh nghiệp này đang được lưu trữ.</source>
            <translation>This enterprise is archived.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="113" />
            <source>Doanh th&amp;u năm (triệu đồng)</source>
            <translation>Annual re&amp;venue (million VND)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="136" />
            <source>Ghi &amp;chú</source>
            <translation>Not&amp;es</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="147" />
            <source>Giá trị cũ</source>
            <translation>Old value</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="147" />
            <source>Giá trị mới</source>
            <translation>New value</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="167" />
            <source>Hỗ trợ &amp;&amp; chỉ số</source>
            <translation>Supports &amp;&amp; metrics</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="174" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="282" />
            <source>Khôi phục</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="498" />
            <source>Không xóa</source>
            <translation>Don't delete</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="172" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="175" />
            <source>Lưu t&amp;rữ</source>
            <translation>Arc&amp;hive</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="161" />
            <source>Lịch sử tha&amp;y đổi</source>
            <translation>Change histor&amp;y</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="297" />
            <source>Lịch sử tha&amp;y đổi ({n})</source>
            <translation>Change histor&amp;y ({n})</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="113" />
            <source>Mã &amp;số thuế</source>
            <translation>Ta&amp;x code</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="113" />
            <source>N&amp;gành (VSIC)</source>
            <translation>&amp;Sector (VSIC)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="147" />
            <source>Người thực hiện</source>
            <translation>Changed by</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="113" />
            <source>Người đăng &amp;ký</source>
            <translation>Registered &amp;by</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="113" />
            <source>Người đại &amp;diện</source>
            <translation>&amp;Representative</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="496" />
            <source>Nếu chỉ muốn ẩn doanh nghiệp khỏi danh sách, hãy dùng Lưu trữ.</source>
            <translation>To just hide the enterprise from the list, use Archive.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="147" />
            <source>Nội dung</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="379" />
            <source>Quy mô theo Nghị định 80/2021/NĐ-CP: &lt;b&gt;{size}&lt;/b&gt;</source>
            <translation>Size under Decree 80/2021/NĐ-CP: &lt;b&gt;{size}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="113" />
            <source>Số lao động (có &amp;BHXH)</source>
            <translation>Emp&amp;loyees (with social insurance)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="92" />
            <source>Sửa thông tin doanh nghiệp</source>
            <translation>Edit enterprise details</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="91" />
            <source>Thêm doanh nghiệp</source>
            <translation>Add enterprise</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="143" />
            <source>Thông t&amp;in</source>
            <translation>&amp;General</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="147" />
            <source>Thời điểm</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="113" />
            <source>Tỉnh/thành &amp;phố</source>
            <translation>&amp;Province</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="113" />
            <source>Tổng nguồn &amp;vốn (triệu đồng)</source>
            <translation>Total cap&amp;ital (million VND)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="428" />
            <source>Vẫn lưu</source>
            <translation>Save anyway</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="427" />
            <source>Vẫn lưu?</source>
            <translation>Save anyway?</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="429" />
            <source>Xem lại</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="497" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="492" />
            <source>Xóa doanh nghiệp</source>
            <translation>Delete enterprise</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="506" />
            <source>Xóa dữ liệu cá nhân</source>
            <translation>Erase personal data</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="177" />
            <source>Xóa dữ liệu cá nhân…</source>
            <translation>Erase personal data…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="493" />
            <source>Xóa hẳn doanh nghiệp này khỏi sổ? Thao tác không hoàn tác được.</source>
            <translation>Delete this enterprise from the register for good? This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="507" />
            <source>Xóa họ tên, điện thoại và email của người đại diện? Các giá trị cũ trong lịch sử thay đổi và trong các bản sao lưu cũng bị xóa; thao tác không hoàn tác được.</source>
            <translation>Erase the representative's name, phone and email? Their old values in the change history and in the backups are erased too; this cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="179" />
            <source>Xóa họ tên, điện thoại, email của người đại diện, cả trong lịch sử thay đổi và các bản sao lưu</source>
            <translation>Erase the representative's name, phone and email, in the change history and the backups too</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="176" />
            <source>Xóa…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="381" />
            <source>cần ngành, số lao động và doanh thu hoặc nguồn vốn</source>
            <translation>needs sector, employees and revenue or capital</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="383" />
            <source>hộ kinh doanh không thuộc diện doanh nghiệp nhỏ và vừa</source>
            <translation>household businesses are not SMEs</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="385" />
            <source>nhóm nông, lâm, thủy sản; công nghiệp và xây dựng</source>
            <translation>agriculture, forestry, fishery; industry and construction group</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="386" />
            <source>nhóm thương mại và dịch vụ</source>
            <translation>trade and services group</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="401" />
            <source>Đang kiểm tra…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="443" />
            <source>Đang lưu…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="169" />
            <source>Đang tải…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="113" />
            <source>Điện th&amp;oại</source>
            <translation>Ph&amp;one</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="113" />
            <source>Đị&amp;a chỉ</source>
            <translation>A&amp;ddress</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <location filename="../../nsdesk/reports/register_export.py" line="83" />
            <source>DANH SÁCH DOANH NGHIỆP</source>
            <translation>LIST OF ENTERPRISES</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/table.py" line="39" />
            <source>Không ghi được tệp {path}: {error}</source>
            <translation>Cannot write {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/layout.py" line="68" />
            <source>Ngày xuất: {date}</source>
            <translation>Export date: {date}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/table.py" line="48" />
            <source>Thư mục {folder} không tồn tại.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/layout.py" line="70" />
            <source>Trang</source>
            <translation>Page</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/table.py" line="40" />
            <source>Đóng tệp nếu đang mở trong Excel, hoặc chọn thư mục khác.</source>
            <translation>Close the file if it is open in Excel, or choose another folder.</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="65" />
            <source>Chỉ khôi phục được cơ sở dữ liệu dạng tệp (SQLite).</source>
            <translation>Only a file database (SQLite) can be restored.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="50" />
            <source>Chỉ sao lưu được cơ sở dữ liệu dạng tệp (SQLite).</source>
            <translation>Only file databases (SQLite) can be backed up here.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="70" />
            <source>Chọn bản sao lưu để khôi phục</source>
            <translation>Choose the backup to restore</translation>
        </message>
        <message>
            <location filename="../../nsdesk/files.py" line="175" />
            <source>Chọn một thư mục bạn có quyền ghi.</source>
            <translation>Choose a folder you may write to.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/files.py" line="102" />
            <source>Chọn một tên tệp .xlsx khác.</source>
            <translation>Choose another .xlsx file name.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/files.py" line="107" />
            <source>Chọn một tên tệp khác.</source>
            <translation>Choose another file name.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="112" />
            <source>Cơ sở dữ liệu hiện tại giữ nguyên.</source>
            <translation>The current database is unchanged.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="32" />
            <source>Dùng "Mở cơ sở dữ liệu…" để mở tệp này, hoặc đặt một tên mới.</source>
            <translation>Use "Open database…" to open this file, or choose a new name.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/files.py" line="94" />
            <source>Ghi rõ tên tệp, ví dụ {example}.</source>
            <translation>Give a file name, for example {example}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/files.py" line="172" />
            <source>Giải phóng dung lượng hoặc chọn ổ đĩa khác rồi thử lại.</source>
            <translation>Free some space or choose another disk, then try again.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="82" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="81" />
            <source>Khôi phục</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="74" />
            <source>Khôi phục từ bản sao lưu</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <location filename="../../nsdesk/files.py" line="90" />
            <source>Không ghi đè lên cơ sở dữ liệu đang mở: {path}.</source>
            <translation>Not overwriting the open database: {path}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/files.py" line="101" />
            <source>Không ghi đè lên tệp cơ sở dữ liệu {name}.</source>
            <translation>Not overwriting the database file {name}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/files.py" line="180" />
            <source>Không ghi được tệp {path}: {reason}; tệp cũ (nếu có) vẫn giữ nguyên.</source>
            <translation>Could not write {path}: {reason}; the earlier file (if any) is unchanged.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="20" />
            <source>Mở cơ sở dữ liệu</source>
            <translation>Open database</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="75" />
            <source>Thay cơ sở dữ liệu đang mở bằng bản sao lưu "{name}"?</source>
            <translation>Replace the open database with the backup "{name}"?</translation>
        </message>
        <message>
            <location filename="../../nsdesk/files.py" line="96" />
            <source>Thư mục {folder} không tồn tại.</source>
            <translation>Folder {folder} does not exist.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="27" />
            <source>Tạo cơ sở dữ liệu mới</source>
            <translation>Create a new database</translation>
        </message>
        <message>
            <location filename="../../nsdesk/files.py" line="97" />
            <source>Tạo thư mục trước hoặc chọn thư mục khác.</source>
            <translation>Create the folder first or choose another one.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/files.py" line="105" />
            <source>Tệp {name} đã có và không phải tệp Excel (.xlsx); nsdesk không ghi đè lên nó.</source>
            <translation>{name} already exists and is not an Excel file (.xlsx); nsdesk does not overwrite it.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="31" />
            <source>Tệp {path} đã có sẵn, nsdesk không ghi đè lên nó.</source>
            <translation>The file {path} already exists; nsdesk does not overwrite it.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="66" />
            <source>Với máy chủ PostgreSQL, hãy nhờ quản trị viên khôi phục bằng pg_restore.</source>
            <translation>For a PostgreSQL server, ask the administrator to restore with pg_restore.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="51" />
            <source>Với máy chủ PostgreSQL, hãy nhờ quản trị viên sao lưu bằng pg_dump.</source>
            <translation>For a PostgreSQL server, ask the administrator to back it up with pg_dump.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/files.py" line="174" />
            <source>không có quyền ghi vào thư mục này</source>
            <translation>no permission to write in this folder</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="78" />
            <source>nsdesk sẽ sao lưu cơ sở dữ liệu hiện tại trước, kiểm tra bản sao lưu rồi mới dùng nó. Những gì nhập sau thời điểm sao lưu sẽ không còn trong tệp đang mở (vẫn nằm trong bản sao lưu vừa tạo).</source>
            <translation>nsdesk first backs up the current database, then checks the backup before using it. What was entered after the backup was made will no longer be in the open file (it stays in the backup just made).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/files.py" line="93" />
            <source>{path} là một thư mục, không phải tệp.</source>
            <translation>{path} is a folder, not a file.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="118" />
            <source>Đang khôi phục…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="56" />
            <source>Đang sao lưu…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="102" />
            <source>Đã khôi phục từ {name}; bản sao lưu của tệp trước đó: {saved}</source>
            <translation>Restored from {name}; backup of the previous file: {saved}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="54" />
            <source>Đã sao lưu cơ sở dữ liệu vào:</source>
            <translation>The database was backed up to:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/file_actions.py" line="53" />
            <source>Đã sao lưu vào {path}</source>
            <translation>Backed up to {path}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/files.py" line="178" />
            <source>Đóng tệp nếu đang mở trong Excel, hoặc chọn thư mục khác.</source>
            <translation>Close the file if it is open in Excel, or choose another folder.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/files.py" line="171" />
            <source>ổ đĩa đã đầy</source>
            <translation>the disk is full</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <location filename="../../nsdesk/ui/widgets/dialogs.py" line="160" />
            <source>Bỏ các thay đổi chưa lưu?</source>
            <translation>Discard unsaved changes?</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/widgets/dialogs.py" line="165" />
            <source>Bỏ thay đổi</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="45" />
            <source>Hãy nhập {label} (dd/mm/yyyy).</source>
            <translation>Enter the {label} (dd/mm/yyyy).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="31" />
            <source>Hãy nhập {label}.</source>
            <translation>Enter the {label}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/widgets/dialogs.py" line="163" />
            <source>Những gì vừa nhập trong biểu mẫu này sẽ mất. Chọn «Tiếp tục sửa» để quay lại và bấm «Lưu».</source>
            <translation>What you entered in this form will be lost. Choose «Keep editing» to go back and click «Save».</translation>
        </message>
        <message>
            <source>Sửa các trường được nêu rồi lưu lại; chưa có gì được ghi.</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../nsdesk/ui/widgets/dialogs.py" line="167" />
            <source>Tiếp tục sửa</source>
            <translation>Keep editing</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="60" />
            <source>từ {n} trở lên</source>
            <translation>of at least {n}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="33" />
            <source>{label} dài quá {n} ký tự; hãy rút gọn.</source>
            <translation>{label} is longer than {n} characters; shorten it.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="82" />
            <source>{label} {value:g} nằm ngoài khoảng cho phép {lo} đến {hi}.</source>
            <translation>{label} {value:g} is outside the allowed range {lo} to {hi}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="95" />
            <source>{label} «{value}» không hợp lệ; chọn một trong: {choices}.</source>
            <translation>{label} "{value}" is not valid; choose one of: {choices}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="41" />
            <source>{label} «{value}» không phải là ngày hợp lệ; hãy nhập theo dạng dd/mm/yyyy.</source>
            <translation>{label} "{value}" is not a valid date; use the form dd/mm/yyyy.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="72" />
            <source>{label} «{value}» không phải là số; hãy nhập ví dụ 7,5.</source>
            <translation>{label} "{value}" is not a number; enter e.g. 7.5.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="61" />
            <source>{label} «{value}» phải là số nguyên {limits}.</source>
            <translation>{label} "{value}" must be a whole number {limits}.</translation>
        </message>
    </context>
    <context>
        <name>guard</name>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="92" />
            <source>Mở tệp bằng Excel, chỉ giữ lại bảng danh sách, lưu lại dưới dạng .xlsx rồi thử lại.</source>
            <translation>Open the file in Excel, keep only the list, save it as .xlsx and try again.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="90" />
            <source>Tệp {name} bị từ chối: {reason} (giới hạn: {limit}); không đọc, không ghi gì.</source>
            <translation>{name} refused: {reason} (limit: {limit}); nothing read, nothing written.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="381" />
            <source>bảng {n}</source>
            <translation>table {n}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="265" />
            <source>có ô dài hơn {n} ký tự</source>
            <translation>a cell is longer than {n} characters</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="435" />
            <source>giải nén ra {size}</source>
            <translation>it unpacks to {size}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="157" />
            <source>một dòng của bảng dài hơn {size}</source>
            <translation>a table row is longer than {size}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="397" />
            <source>một dòng của bảng không có thẻ đóng</source>
            <translation>a table row has no closing tag</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="184" />
            <source>phần {part}</source>
            <translation>part {part}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="448" />
            <source>phần {part} giải nén ra {size}</source>
            <translation>part {part} unpacks to {size}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="189" />
            <source>phần {part} nén quá mức (tỷ lệ trên {ratio}:1, dấu hiệu "bom nén")</source>
            <translation>part {part} is compressed too much (over {ratio}:1, the mark of a "zip bomb")</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="277" />
            <source>trang "{sheet}" có hơn {n} vùng ô gộp</source>
            <translation>sheet "{sheet}" has more than {n} merged ranges</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="142" />
            <source>trang tính {sheet} có ô ở xa ({cell}) nhưng chỉ {cells} ô có dữ liệu</source>
            <translation>sheet {sheet} has a far-away cell ({cell}) but only {cells} cells with data</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="133" />
            <source>trang tính {sheet} vượt quá số dòng/cột của Excel ({rows} dòng × {cols} cột)</source>
            <translation>sheet {sheet} goes beyond Excel's rows/columns ({rows} rows × {cols} columns)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="425" />
            <source>tệp lớn {size}</source>
            <translation>the file is {size}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="431" />
            <source>tệp nén chứa {n} phần</source>
            <translation>the archive holds {n} parts</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="191" />
            <source>tỷ lệ nén {ratio}:1</source>
            <translation>compression ratio {ratio}:1</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="138" />
            <source>vùng dữ liệu của trang tính {sheet} quá lớn (đến ô {cell}: {area} ô)</source>
            <translation>the data area of sheet {sheet} is too large (up to cell {cell}: {area} cells)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="387" />
            <source>vùng dữ liệu của {sheet} quá lớn ({area} ô)</source>
            <translation>the data area of {sheet} is too large ({area} cells)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="144" />
            <source>vùng trên {floor} ô phải có dữ liệu ở ít nhất 1/{k} số ô</source>
            <translation>an area above {floor} cells must have data in at least 1/{k} of its cells</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="140" />
            <source>{cells} ô, tức {rows} dòng × 24 cột</source>
            <translation>{cells} cells, i.e. {rows} rows × 24 columns</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="266" />
            <source>{n} ký tự một ô, như Excel</source>
            <translation>{n} characters per cell, as in Excel</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="432" />
            <source>{n} phần</source>
            <translation>{n} parts</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="278" />
            <source>{n} vùng ô gộp một trang</source>
            <translation>{n} merged ranges per sheet</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="393" />
            <source>{n} ô tạo thêm bằng lặp lại</source>
            <translation>{n} cells added by repeats</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="135" />
            <source>{rows} dòng × {cols} cột</source>
            <translation>{rows} rows × {cols} columns</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="383" />
            <source>{sheet} có {rows} dòng × {cols} cột sau khi mở rộng các ô lặp lại</source>
            <translation>{sheet} has {rows} rows × {cols} columns once its repeated cells are expanded</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="391" />
            <source>{sheet} dùng số lần lặp lại để tạo thêm {n} ô</source>
            <translation>{sheet} uses repeat counts to add {n} cells</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="185" />
            <source>{which} giải nén ra hơn {size}</source>
            <translation>{which} unpacks to more than {size}</translation>
        </message>
    </context>
    <context>
        <name>help</name>
        <message>
            <location filename="../../nsdesk/ui/help.py" line="46" />
            <source>Hướng dẫn sử dụng</source>
            <translation>User guide</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/help.py" line="60" />
            <source>Không có mục nào chứa các từ đã gõ.</source>
            <translation>No section contains the words typed.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/help.py" line="53" />
            <source>Tìm trong hướng dẫn (ví dụ: xuất Excel, khôi phục)…</source>
            <translation>Search the guide (e.g. xuất Excel, khôi phục)…</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <location filename="../../nsdesk/services/register/importing/rows.py" line="504" />
            <source> Đã bỏ qua giá trị này.</source>
            <translation> This value was skipped.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/rows.py" line="305" />
            <source>"{name}" ứng với nhiều phường/xã của {province} (hãy viết đúng dấu)</source>
            <translation>"{name}" matches several communes of {province} (write it with the correct accents)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/rows.py" line="327" />
            <source>"{old}" (cũ) nay thuộc một trong các phường/xã: {candidates}; đã nhập với phường/xã để trống, hãy chọn phường/xã mới.</source>
            <translation>"{old}" (former) is now part of one of these communes: {candidates}; imported with no commune, choose the new commune.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/rows.py" line="309" />
            <source>; đã nhập với phường/xã để trống.</source>
            <translation>; imported with the commune left empty.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/rows.py" line="293" />
            <source>Chưa chọn tỉnh/thành phố của đơn vị nên không đối chiếu được phường/xã "{name}"; đã nhập với phường/xã để trống.</source>
            <translation>The office's province is not set, so commune "{name}" could not be matched; imported with the commune left empty.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/reader.py" line="125" />
            <source>Các trang tính có trong tệp: {names}.</source>
            <translation>Sheets in the file: {names}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/kinds.py" line="207" />
            <source>Có {n} lượt hỗ trợ khớp ({what}); hãy ghi thêm dự án, công cụ hoặc ngày bắt đầu để chỉ rõ một lượt.</source>
            <translation>{n} supports match ({what}); add the project, tool or start date to name exactly one.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/rows.py" line="318" />
            <source>Công cụ đã ngừng sử dụng, không ghi cho lượt hỗ trợ: {values}.</source>
            <translation>Retired tools cannot be given to a support: {values}.</translation>
        </message>
        <message>
            <source>Doanh nghiệp có lượt hỗ trợ được tính ở {old}; tệp ghi {new}. Đã giữ {old} (dùng --accept-moves để chuyển).</source>
            <translation type="vanished">The enterprise has supports counted in {old}; the file says {new}. {old} was kept (use --accept-moves to move it).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/pipeline.py" line="336" />
            <source>Doanh nghiệp có lượt hỗ trợ được tính ở {old}; tệp ghi {new}. Đã giữ {old}; muốn chuyển thì nhập lại và cho phép chuyển phường/xã.</source>
            <translation>The enterprise has counted support in {old}; the file says {new}. {old} was kept; to move it, import again and allow commune moves.</translation>
        </message>
        <message>
            <source>Doanh nghiệp có lượt hỗ trợ được tính ở {old}; đã chuyển sang {new} theo --accept-moves.</source>
            <translation type="vanished">The enterprise has supports counted in {old}; moved to {new} as --accept-moves asks.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/pipeline.py" line="339" />
            <source>Doanh nghiệp có lượt hỗ trợ được tính ở {old}; đã chuyển sang {new} vì đã cho phép chuyển phường/xã.</source>
            <translation>The enterprise has counted support in {old}; moved to {new} because commune moves were allowed.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/rows.py" line="271" />
            <source>Doanh nghiệp có mã số thuế {code}{name} chưa có trong sổ; hãy nhập doanh nghiệp vào sổ trước.</source>
            <translation>The enterprise with tax code {code}{name} is not in the register; add it to the register first.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/kinds.py" line="206" />
            <source>Doanh nghiệp không có lượt hỗ trợ nào khớp ({what}).</source>
            <translation>The enterprise has no support matching ({what}).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/pipeline.py" line="301" />
            <source>Dòng tiêu đề cần có ít nhất cột "Mã số thuế" (MST) và "Tên doanh nghiệp".</source>
            <translation>The header row needs at least the columns "Mã số thuế" (tax code, MST) and "Tên doanh nghiệp" (enterprise name).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/preview.py" line="75" />
            <source>Dòng tiêu đề cần có ít nhất cột "Mã số thuế" (MST); có thể dùng tệp mẫu.</source>
            <translation>The header row needs at least a "Mã số thuế" (tax code) column; the blank template has one.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/result.py" line="69" />
            <source>Dùng tệp mẫu (nút "Tải mẫu") hoặc chọn cột khi xem trước.</source>
            <translation>Use the blank template (the "Tải mẫu" button) or choose the columns in the preview.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/kinds.py" line="74" />
            <source>Ghi "Trước" (số liệu cơ sở) hoặc "Sau" (sau hỗ trợ) ở cột trước/sau (đang là "{value}").</source>
            <translation>Write "Trước" (baseline) or "Sau" (after support) in the before/after column (it is "{value}").</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/pipeline.py" line="326" />
            <source>Giữ nguyên {label} "{old}": ô trong tệp ghi "{new}" là bản bị cắt ngắn.</source>
            <translation>Kept {label} "{old}": the file's "{new}" is a truncated copy.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/pipeline.py" line="326" />
            <source>Giữ nguyên {label} "{old}": ô trong tệp ghi "{new}" là bản mất dấu tiếng Việt.</source>
            <translation>Kept {label} "{old}": the file's "{new}" is the same text without Vietnamese accents.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/pipeline.py" line="326" />
            <source>Giữ nguyên {label} "{old}": ô trong tệp để trống.</source>
            <translation>Kept {label} "{old}": the cell in the file is empty.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/kinds.py" line="102" />
            <source>Hãy ghi loại hỗ trợ (ví dụ Đào tạo, Tư vấn) hoặc công cụ của lượt.</source>
            <translation>Give the support type (e.g. Đào tạo, Tư vấn) or the support's tools.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/kinds.py" line="173" />
            <source>Không có chỉ tiêu "{value}" trong danh mục (ghi mã như workers hoặc tên chỉ tiêu; trang "Danh mục" của tệp mẫu liệt kê đủ).</source>
            <translation>No indicator "{value}" in the catalogue (write a code such as workers or the indicator's name; the template's "Danh mục" sheet lists them all).</translation>
        </message>
        <message>
            <source>Không có chỉ tiêu "{value}" trong danh mục.</source>
            <translation type="vanished">There is no metric "{value}" in the catalogue.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/kinds.py" line="170" />
            <source>Không có chỉ tiêu "{value}" trong danh mục; có phải: {names}?</source>
            <translation>No indicator "{value}" in the catalogue; did you mean: {names}?</translation>
        </message>
        <message>
            <source>Không có trong danh mục công cụ: {values} (ghi mã như ISO9001, 5S hoặc tên công cụ).</source>
            <translation type="vanished">Not in the tool catalogue: {values} (write a code such as ISO9001, 5S or the tool's name).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/rows.py" line="315" />
            <source>Không có trong danh mục công cụ: {values} (ghi mã như ISO9001, 5S hoặc tên công cụ; trang "Danh mục" của tệp mẫu liệt kê đủ).</source>
            <translation>Not in the tool catalogue: {values} (write a code such as ISO9001, 5S or the tool's name; the template's "Danh mục" sheet lists them all).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/kinds.py" line="99" />
            <source>Không ghi loại hỗ trợ; lượt có công cụ nên được ghi là "{label}".</source>
            <translation>No support type given; a support with tools is recorded as "{label}".</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/rows.py" line="453" />
            <source>Không nhận ra loại hình "{value}"; loại hình được suy ra từ tên (hoặc để "Khác").</source>
            <translation>Type "{value}" was not recognised; the type is inferred from the name (or set to "Other").</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/rows.py" line="523" />
            <source>Không nhận ra ngành "{value}" (ghi mã VSIC như C, 10, 1079 hoặc tên ngành); đã bỏ qua.</source>
            <translation>Sector "{value}" not recognised (write a VSIC code such as C, 10, 1079 or the sector's name); ignored.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/preview.py" line="73" />
            <source>Không tìm thấy dòng tiêu đề trong trang "{sheet}" của tệp {path}.</source>
            <translation>No header row was found in sheet "{sheet}" of {path}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/rows.py" line="288" />
            <source>Không tìm thấy dự án điểm "{value}" (mã hoặc tên dự án); hãy tạo dự án trước hoặc để trống.</source>
            <translation>Pilot project "{value}" not found (project code or name); create the project first or leave it empty.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/rows.py" line="307" />
            <source>Không tìm thấy phường/xã "{name}" trong danh sách sau sáp nhập của {province}</source>
            <translation>Commune "{name}" was not found in the post-merger list of {province}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/reader.py" line="145" />
            <source>Không tìm thấy tệp {path}.</source>
            <translation>File {path} was not found.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/reader.py" line="187" />
            <source>Không đọc được trang tính trong tệp {path}: {error}</source>
            <translation>Cannot read the sheet in {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="460" />
            <source>Không đọc được tệp {path}: không phải tệp Excel (.xlsx, .xls, .ods) hoặc tệp bị hỏng.</source>
            <translation>Cannot read {path}: it is not an Excel file (.xlsx, .xls, .ods) or it is damaged.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/reader.py" line="146" />
            <source>Kiểm tra lại đường dẫn và tên tệp.</source>
            <translation>Check the path and the file name.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/kinds.py" line="54" />
            <source>Loại hỗ trợ không hợp lệ: {values}; ghi một trong: {choices}.</source>
            <translation>Invalid support type: {values}; write one of: {choices}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/kinds.py" line="121" />
            <source>Lượt hỗ trợ đã hoàn thành cần có ngày bắt đầu.</source>
            <translation>A completed support needs a start date.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/guard.py" line="462" />
            <source>Mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại.</source>
            <translation>Open the file in Excel, save it as .xlsx and try again.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/kinds.py" line="111" />
            <source>Ngày hết hạn giấy chứng nhận phải sau ngày cấp.</source>
            <translation>The certificate's expiry date must be after its issue date.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/kinds.py" line="109" />
            <source>Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.</source>
            <translation>The end date must be on or after the start date.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/kinds.py" line="165" />
            <source>Thiếu chỉ tiêu (ghi mã như workers hoặc tên chỉ tiêu).</source>
            <translation>The metric is missing (write a code such as workers or the metric's name).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/kinds.py" line="84" />
            <source>Thiếu giá trị đo.</source>
            <translation>The measured value is missing.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/rows.py" line="347" />
            <source>Thiếu mã số thuế của doanh nghiệp.</source>
            <translation>The enterprise's tax code is missing.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="189" />
            <source>Thiếu tên doanh nghiệp.</source>
            <translation>The enterprise name is missing.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/result.py" line="68" />
            <source>Trang "{sheet}" thiếu cột {cols}.</source>
            <translation>Sheet "{sheet}" lacks the column(s) {cols}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/kinds.py" line="65" />
            <source>Trạng thái "{value}" không hợp lệ; ghi một trong: {choices}.</source>
            <translation>Status "{value}" is not valid; write one of: {choices}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/reader.py" line="124" />
            <source>Tệp {path} không có trang tính "{sheet}".</source>
            <translation>The file {path} has no sheet "{sheet}".</translation>
        </message>
        <message>
            <location filename="../../nsdesk/xlsx/reader.py" line="171" />
            <source>Tệp {path} không có trang tính nào.</source>
            <translation>The file {path} has no sheets.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/rows.py" line="373" />
            <source>{label} "{value}" chỉ có tháng và năm; đã đọc là {day}.</source>
            <translation>{label} "{value}" gives only the month and year; read as {day}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/rows.py" line="376" />
            <source>{label} "{value}" không đọc được; ghi ngày dạng dd/mm/yyyy (ví dụ 15/03/2025), hoặc ít nhất tháng/năm (03/2025).</source>
            <translation>{label} "{value}" cannot be read; write the date as dd/mm/yyyy (e.g. 15/03/2025), or at least month/year (03/2025).</translation>
        </message>
        <message>
            <source>{label} "{value}" không đọc được; ghi ngày dạng dd/mm/yyyy (ví dụ 15/03/2025).</source>
            <translation type="vanished">{label} "{value}" cannot be read; write the date as dd/mm/yyyy (e.g. 15/03/2025).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/rows.py" line="261" />
            <source>{label} dài quá {n} ký tự.</source>
            <translation>{label} is longer than {n} characters.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/numbers.py" line="107" />
            <source>{label} phải là một số (đang là "{value}").</source>
            <translation>{label} must be a number (it is "{value}").</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/preview.py" line="123" />
            <source>{name} được tính tự động từ các chỉ tiêu khác; cột này không được nhập.</source>
            <translation>{name} is worked out from other indicators; this column is not imported.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/kinds.py" line="177" />
            <source>{name} được tính tự động, không nhập trực tiếp; hãy nhập các chỉ tiêu dùng để tính ra nó.</source>
            <translation>{name} is computed, not typed; import the metrics it is computed from.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/rows.py" line="323" />
            <source>{old} (cũ) → {new}: đã nhập theo phường/xã sau sắp xếp đơn vị hành chính từ 01/7/2025.</source>
            <translation>{old} (former) → {new}: imported under the commune that took it over on 1 July 2025.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/kinds.py" line="119" />
            <source>Đã ghi ngày của giấy chứng nhận thì hãy ghi cả số giấy chứng nhận.</source>
            <translation>A certificate date is given: give the certificate's number too.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/problems.py" line="92" />
            <source>Đã hủy lưu các dòng bị từ chối; không có tệp nào được ghi.</source>
            <translation>Saving the rejected rows was cancelled; no file was written.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/pipeline.py" line="84" />
            <source>Đã hủy nhập danh sách; cơ sở dữ liệu không thay đổi.</source>
            <translation>Import cancelled; the database was not changed.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/numbers.py" line="27" />
            <source>Đã đọc "{text}" là {value}; hãy kiểm tra lại nếu chưa đúng.</source>
            <translation>Read "{text}" as {value}; check it if that is wrong.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/importing/rows.py" line="320" />
            <source>Đã đọc "{value}" là công cụ {code}.</source>
            <translation>Read "{value}" as the tool {code}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/importing/pipeline.py" line="160" />
            <source>Đặt tiêu đề cột là "Mã số thuế" và "Tên doanh nghiệp" (hoặc MST, Tên DN), hoặc chọn cột khi xem trước.</source>
            <translation>Name the column headers "Mã số thuế" and "Tên doanh nghiệp" (or MST, Tên DN), or pick the columns in the preview.</translation>
        </message>
    </context>
    <context>
        <name>import_wizard</name>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="73" />
            <source>&amp;Chọn tệp…</source>
            <translation>&amp;Choose file…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="286" />
            <source>&amp;Dừng nhập</source>
            <translation>S&amp;top import</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="296" />
            <source>&amp;Hoàn tác lần nhập này</source>
            <translation>&amp;Undo this import</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="292" />
            <source>&amp;Lưu các dòng bị từ chối ra Excel…</source>
            <translation>&amp;Save the rejected rows to Excel…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="161" />
            <source>&amp;Nhập</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="447" />
            <source>&amp;Tiếp &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="450" />
            <source>&amp;Xong</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_mapping.py" line="101" />
            <source>(không lấy)</source>
            <translation>(not used)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="448" />
            <source>&lt; &amp;Quay lại</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="361" />
            <source>Bản sao lưu trước khi nhập: {path}</source>
            <translation>Backup made before the import: {path}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_mapping.py" line="111" />
            <source>Bảng dạng ngang, mỗi cột một chỉ tiêu (mỗi ô có số là một số liệu): {columns}.</source>
            <translation>A wide sheet, one indicator a column (each cell with a number is one measurement): {columns}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="230" />
            <source>Bị từ chối: &lt;b&gt;{r}&lt;/b&gt; dòng · Cảnh báo: &lt;b&gt;{w}&lt;/b&gt;</source>
            <translation>Rejected: &lt;b&gt;{r}&lt;/b&gt; rows · Warnings: &lt;b&gt;{w}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_mapping.py" line="59" />
            <source>Cho phép chuyển phường/xã</source>
            <translation>Allow moving to another commune</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="158" />
            <source>Chưa có gì được ghi. Dòng bị từ chối sẽ không được nhập; các dòng khác vẫn được nhập.</source>
            <translation>Nothing has been saved yet. Rejected rows will not be imported; the other rows will.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="249" />
            <source>Chỉ hiện {shown} trong số {n} vấn đề; sau khi nhập có thể lưu mọi dòng bị từ chối ra Excel.</source>
            <translation>Showing {shown} of {n} problems; after importing you can save all rejected rows to Excel.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_mapping.py" line="55" />
            <source>Chỉ điền các trường còn trống của doanh nghiệp đã có</source>
            <translation>Only fill the empty fields of enterprises already registered</translation>
        </message>
        <message>
            <source>Chọn danh sách doanh nghiệp</source>
            <translation type="vanished">Choose the list of enterprises</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="64" />
            <source>Chọn tệp Excel</source>
            <translation>Choose an Excel file</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="100" />
            <source>Chọn tệp Excel để nhập</source>
            <translation>Choose the Excel file to import</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="378" />
            <source>Cơ sở dữ liệu không thay đổi gì.</source>
            <translation>The database was not changed.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="282" />
            <source>Cả tệp được ghi trong một lần: nếu dừng giữa chừng, cơ sở dữ liệu giữ nguyên như trước.</source>
            <translation>The whole file is written in one go: if stopped halfway, the database stays as it was.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="255" />
            <source>Cảnh báo</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_mapping.py" line="154" />
            <source>Cần chọn cột cho: {fields}.</source>
            <translation>Choose a column for: {fields}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="167" />
            <source>Cột</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_mapping.py" line="39" />
            <source>Cột trong tệp</source>
            <translation>Columns in the file</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="66" />
            <source>Danh sách doanh nghiệp của hiệp hội (.xlsx, .xls, .ods).</source>
            <translation>The association's list of enterprises (.xlsx, .xls, .ods).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="67" />
            <source>Danh sách lượt hỗ trợ: mỗi dòng một doanh nghiệp được hỗ trợ một lần.</source>
            <translation>A list of supports: one row per enterprise supported once.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="178" />
            <source>Doanh nghiệp</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <source>Doanh thu (triệu đồng)</source>
            <translation type="vanished">Revenue (million VND)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="167" />
            <source>Dòng</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Email</source>
            <translation type="vanished">Email</translation>
        </message>
        <message>
            <source>Ghi chú</source>
            <translation type="vanished">Notes</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="449" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_mapping.py" line="61" />
            <source>Khi tệp ghi phường/xã khác cho một doanh nghiệp đã có lượt hỗ trợ được tính ở đây, chuyển doanh nghiệp sang phường/xã đó. Không đánh dấu: giữ phường/xã đang lưu và báo trong phần cảnh báo.</source>
            <translation>When the file gives another commune for an enterprise whose support records are counted here, move the enterprise to that commune. Unticked: keep the stored commune and say so among the warnings.</translation>
        </message>
        <message>
            <source>Không có gì cần ghi: thêm mới {c}, cập nhật {u}, không đổi {k} doanh nghiệp.</source>
            <translation type="vanished">Nothing to write: {c} added, {u} updated, {k} enterprises unchanged.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="353" />
            <source>Không có gì cần ghi: thêm mới {c}, cập nhật {u}, không đổi {k} {what}.</source>
            <translation>Nothing to write: {c} new, {u} updated, {k} unchanged {what}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_mapping.py" line="57" />
            <source>Không thay giá trị đã lưu; chỉ bổ sung thông tin còn thiếu.</source>
            <translation>Stored values are never replaced; only missing information is added.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_mapping.py" line="40" />
            <source>Kiểm tra mỗi thông tin được lấy từ cột nào; sửa nếu chưa đúng.</source>
            <translation>Check which column each item is taken from; correct it if wrong.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="167" />
            <source>Loại</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Loại hình</source>
            <translation type="vanished">Type</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="405" />
            <source>Lưu các dòng bị từ chối</source>
            <translation>Save the rejected rows</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="77" />
            <source>Lưu tệp Excel mẫu (đúng tiêu đề cột) để điền rồi nhập.</source>
            <translation>Save a blank Excel template (with the right column headings) to fill in and import.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="106" />
            <source>Lưu tệp mẫu</source>
            <translation>Save the template</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="235" />
            <source>Lượt lặp lại trong tệp (cùng doanh nghiệp, dự án, công cụ, ngày bắt đầu; lấy dòng sau): dòng {rows}</source>
            <translation>Support record repeated in the file (same enterprise, project, tools, start date; the later row is used): rows {rows}</translation>
        </message>
        <message>
            <source>Mã số thuế</source>
            <translation type="vanished">Tax code</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="234" />
            <source>Mã số thuế lặp lại trong tệp (lấy dòng sau): dòng {rows}</source>
            <translation>Tax code repeated in the file (the later row is used): rows {rows}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_mapping.py" line="156" />
            <source>Một cột được chọn cho nhiều thông tin: {fields}.</source>
            <translation>One column is chosen for several items: {fields}.</translation>
        </message>
        <message>
            <source>Người đại diện</source>
            <translation type="vanished">Representative</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="440" />
            <source>Nhập danh sách doanh nghiệp từ Excel</source>
            <translation>Import enterprises from Excel</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="281" />
            <source>Nhập dữ liệu</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="380" />
            <source>Nhập không thành công; cơ sở dữ liệu không thay đổi gì.</source>
            <translation>The import failed; the database was not changed.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="441" />
            <source>Nhập lượt hỗ trợ từ Excel</source>
            <translation>Import supports from Excel</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="442" />
            <source>Nhập số liệu đo trước/sau từ Excel</source>
            <translation>Import before/after measurements from Excel</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="182" />
            <source>Những gì sẽ thay đổi ở doanh nghiệp đã có:</source>
            <translation>What will change in enterprises already registered:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="167" />
            <source>Nội dung</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Phường/Xã</source>
            <translation type="vanished">Commune/ward</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="178" />
            <source>Sẽ thành</source>
            <translation>Will be</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="225" />
            <source>Sẽ thêm mới &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>Will add &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Số lao động</source>
            <translation type="vanished">Employees</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="237" />
            <source>Số liệu lặp lại trong tệp (cùng doanh nghiệp, lượt, chỉ số, trước/sau, ngày; lấy dòng sau): dòng {rows}</source>
            <translation>Measurement repeated in the file (same enterprise, support record, indicator, before/after, date; the later row is used): rows {rows}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="68" />
            <source>Số liệu đo trước/sau hỗ trợ: mỗi dòng một giá trị của một chỉ tiêu.</source>
            <translation>Before/after measurements: one row per value of one metric.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="178" />
            <source>Thông tin</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="134" />
            <source>Trang "{sheet}": dòng tiêu đề là dòng {row}; {n} cột được nhận ra.</source>
            <translation>Sheet "{sheet}": the header row is row {row}; {n} columns recognised.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="94" />
            <source>Trang tín&amp;h:</source>
            <translation>S&amp;heet:</translation>
        </message>
        <message>
            <source>Tên doanh nghiệp</source>
            <translation type="vanished">Enterprise name</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="75" />
            <source>Tải &amp;mẫu…</source>
            <translation>Blank te&amp;mplate…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="91" />
            <source>Tệ&amp;p:</source>
            <translation>Fi&amp;le:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="101" />
            <source>Tệp Excel (*.xlsx *.xlsm *.xls *.ods)</source>
            <translation>Excel files (*.xlsx *.xlsm *.xls *.ods)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="107" />
            <source>Tệp Excel (*.xlsx)</source>
            <translation>Excel files (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_mapping.py" line="95" />
            <source>Tệp {file}, trang "{sheet}": dòng tiêu đề là dòng {row}.</source>
            <translation>File {file}, sheet "{sheet}": the header row is row {row}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="255" />
            <source>Từ chối</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_mapping.py" line="88" />
            <source>Vài dòng đầu của tệp:</source>
            <translation>First rows of the file:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="157" />
            <source>Xem trước</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="226" />
            <source>cập nhật &lt;b&gt;{n}&lt;/b&gt;</source>
            <translation>update &lt;b&gt;{n}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="348" />
            <source>doanh nghiệp</source>
            <translation>enterprises</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="220" />
            <source>không đổi &lt;b&gt;{n}&lt;/b&gt; doanh nghiệp</source>
            <translation>leave &lt;b&gt;{n}&lt;/b&gt; enterprises unchanged</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="221" />
            <source>không đổi &lt;b&gt;{n}&lt;/b&gt; lượt hỗ trợ</source>
            <translation>&lt;b&gt;{n}&lt;/b&gt; supports unchanged</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="222" />
            <source>không đổi &lt;b&gt;{n}&lt;/b&gt; số liệu</source>
            <translation>&lt;b&gt;{n}&lt;/b&gt; values unchanged</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="348" />
            <source>lượt hỗ trợ</source>
            <translation>supports</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_mapping.py" line="110" />
            <source>sau</source>
            <translation>after</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="349" />
            <source>số liệu</source>
            <translation>values</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_mapping.py" line="110" />
            <source>trước</source>
            <translation>before</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="358" />
            <source>{n} dòng bị từ chối, không được nhập.</source>
            <translation>{n} rows were rejected and not imported.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="332" />
            <source>Đang dừng…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="203" />
            <source>Đang kiểm tra từng dòng…</source>
            <translation>Checking each row…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="178" />
            <source>Đang lưu</source>
            <translation>Stored</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="419" />
            <source>Đang lưu các dòng bị từ chối…</source>
            <translation>Saving the rejected rows…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="322" />
            <source>Đang nhập… (đã sao lưu cơ sở dữ liệu trước khi ghi)</source>
            <translation>Importing… (the database was backed up before writing)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="122" />
            <source>Đang đọc tệp…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>Điện thoại</source>
            <translation type="vanished">Phone</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="375" />
            <source>Đã dừng nhập. Cơ sở dữ liệu không thay đổi gì.</source>
            <translation>Import stopped. The database was not changed.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="114" />
            <source>Đã lưu tệp mẫu vào {path}; điền từ dòng 2 (xóa dòng ví dụ) rồi chọn tệp để nhập.</source>
            <translation>Template saved to {path}; fill it in from row 2 (delete the example row), then choose it to import.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="420" />
            <source>Đã lưu {n} dòng bị từ chối vào {path} (cột "Lỗi" ghi cần sửa gì).</source>
            <translation>Saved {n} rejected rows to {path} (the "Lỗi" column says what to fix).</translation>
        </message>
        <message>
            <source>Đã nhập xong: thêm mới {c}, cập nhật {u}, không đổi {k} doanh nghiệp.</source>
            <translation type="vanished">Import finished: {c} added, {u} updated, {k} enterprises unchanged.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/import_wizard.py" line="351" />
            <source>Đã nhập xong: thêm mới {c}, cập nhật {u}, không đổi {k} {what}.</source>
            <translation>Import finished: {c} new, {u} updated, {k} unchanged {what}.</translation>
        </message>
        <message>
            <source>Địa chỉ</source>
            <translation type="vanished">Address</translation>
        </message>
    </context>
    <context>
        <name>indicators</name>
        <message>
            <location filename="../../nsdesk/services/plans/indicators.py" line="41" />
            <source>Hãy chọn tỉnh/thành phố (hoặc xã/phường) của số liệu.</source>
            <translation>Choose the province (or commune) the figure is for.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/indicators.py" line="103" />
            <source>Không tìm thấy số liệu số {id}; có thể nó đã bị xóa.</source>
            <translation>Figure no. {id} was not found; it may have been deleted.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/indicators.py" line="49" />
            <source>Không tìm thấy tỉnh/thành phố «{value}»; hãy nhập đúng tên (ví dụ Quảng Ngãi) hoặc mã.</source>
            <translation>Province "{value}" was not found; type the exact name (e.g. Quảng Ngãi) or the code.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/indicators.py" line="57" />
            <source>chỉ số</source>
            <translation>indicator</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/indicators.py" line="61" />
            <source>giá trị</source>
            <translation>value</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/indicators.py" line="62" />
            <source>nguồn số liệu (ví dụ Niên giám thống kê 2024, Cục Thống kê)</source>
            <translation>data source (e.g. Statistical Yearbook 2024, Statistics Office)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/indicators.py" line="59" />
            <source>năm</source>
            <translation>year</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="92" />
            <source>Bình quân hằng năm</source>
            <translation>Yearly average</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="48" />
            <source>Chuyên gia năng suất được chứng nhận</source>
            <translation>Certified productivity expert</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="100" />
            <source>Chuyển giao công nghệ, đổi mới sáng tạo</source>
            <translation>Technology transfer, innovation</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="100" />
            <source>Chuyển đổi số</source>
            <translation>Digital transformation</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="39" />
            <source>Chưa triển khai</source>
            <translation>Not started</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="48" />
            <source>Chương trình đào tạo về năng suất</source>
            <translation>Productivity training programme</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="100" />
            <source>Chứng nhận sản phẩm, hàng hóa, hệ thống</source>
            <translation>Certification of products, goods, systems</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="48" />
            <source>Câu lạc bộ năng suất</source>
            <translation>Productivity club</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="48" />
            <source>Câu lạc bộ năng suất sinh viên</source>
            <translation>Student productivity club</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="135" />
            <source>Công cụ</source>
            <translation>Tool</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/tools.py" line="43" />
            <source>Công cụ cải tiến năng suất</source>
            <translation>Productivity improvement tools</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/tools.py" line="43" />
            <source>Công nghệ, chuyển đổi số</source>
            <translation>Technology, digital transformation</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="48" />
            <source>Cơ quan nhà nước áp dụng ISO 9001</source>
            <translation>Government agency applying ISO 9001</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="135" />
            <source>Dự án điểm</source>
            <translation>Pilot project</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/projects.py" line="60" />
            <source>Hoàn thành</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="92" />
            <source>Hoạt động</source>
            <translation>Activities</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="48" />
            <source>Hoạt động khác</source>
            <translation>Other activity</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="48" />
            <source>Hội thảo, tập huấn</source>
            <translation>Workshop, training session</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="39" />
            <source>Hủy bỏ</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="92" />
            <source>Khoảng (≈)</source>
            <translation>About (≈)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="100" />
            <source>Khác</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="96" />
            <source>Kế hoạch</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="135" />
            <source>Ngành (VSIC cấp 1)</source>
            <translation>Sector (VSIC level 1)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/tools.py" line="43" />
            <source>Năng suất xanh, bền vững</source>
            <translation>Green, sustainable productivity</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="44" />
            <source>Sau hỗ trợ</source>
            <translation>After support</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="92" />
            <source>Số doanh nghiệp</source>
            <translation>Number of enterprises</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="92" />
            <source>Số liệu thống kê</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="92" />
            <source>Số lượt hỗ trợ</source>
            <translation>Number of supports</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/tools.py" line="43" />
            <source>Sở hữu trí tuệ</source>
            <translation>Intellectual property</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/tools.py" line="43" />
            <source>Thực hành tốt</source>
            <translation>Good practices</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/tools.py" line="43" />
            <source>Tiêu chuẩn hệ thống quản lý</source>
            <translation>Management system standards</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/activities.py" line="48" />
            <source>Truyền thông về năng suất</source>
            <translation>Productivity communication</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="92" />
            <source>Trên (&gt;)</source>
            <translation>Above (&gt;)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="44" />
            <source>Trước hỗ trợ (cơ sở)</source>
            <translation>Before support (baseline)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="100" />
            <source>Tư vấn</source>
            <translation>Consulting</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="39" />
            <source>Tạm dừng, lùi thời hạn</source>
            <translation>On hold, deadline postponed</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/indicators.py" line="35" />
            <source>Tốc độ tăng năng suất lao động (%/năm)</source>
            <translation>Labour productivity growth (%/year)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="92" />
            <source>Từ … đến …</source>
            <translation>From … to …</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/indicators.py" line="35" />
            <source>Tỷ trọng đóng góp của TFP vào tăng trưởng (%)</source>
            <translation>Contribution of TFP to growth (%)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="100" />
            <source>Xây dựng, áp dụng hệ thống quản lý, công cụ cải tiến</source>
            <translation>Management systems, improvement tools</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="135" />
            <source>Xã/phường</source>
            <translation>Commune/ward</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/checks.py" line="92" />
            <source>Ít nhất (≥)</source>
            <translation>At least (≥)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/projects.py" line="60" />
            <source>Đang thực hiện</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="100" />
            <source>Đào tạo</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="39" />
            <source>Đã hoàn thành</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/projects.py" line="60" />
            <source>Đã hủy</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/projects.py" line="60" />
            <source>Đã phê duyệt</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="100" />
            <source>Đăng ký bảo hộ sở hữu trí tuệ</source>
            <translation>Intellectual property registration</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/projects.py" line="60" />
            <source>Đề xuất</source>
            <translation>Proposed</translation>
        </message>
    </context>
    <context>
        <name>limits</name>
        <message>
            <location filename="../../nsdesk/services/common/limits.py" line="45" />
            <source>Quá dài: {n} ký tự, tối đa {limit} ký tự; hãy rút gọn.</source>
            <translation>Too long: {n} characters, at most {limit}; please shorten it.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="150" />
            <source>&amp;Cài đặt</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="187" />
            <source>&amp;Giới thiệu nsdesk</source>
            <translation>&amp;About nsdesk</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="184" />
            <source>&amp;Hướng dẫn sử dụng</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="143" />
            <source>&amp;Khôi phục từ bản sao lưu…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="140" />
            <source>&amp;Mở cơ sở dữ liệu…</source>
            <translation>&amp;Open database…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="153" />
            <source>&amp;Ngôn ngữ</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="176" />
            <source>&amp;Nhận báo cáo…</source>
            <translation>&amp;Receive reports…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="142" />
            <source>&amp;Sao lưu ngay</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="178" />
            <source>&amp;Sổ nhận báo cáo…</source>
            <translation>&amp;Submissions register…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="141" />
            <source>&amp;Tạo cơ sở dữ liệu mới…</source>
            <translation>&amp;New database…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="138" />
            <source>&amp;Tệp</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="226" />
            <source>CSDL: không mở được {where}</source>
            <translation>Database: cannot open {where}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="199" />
            <source>CSDL: {where}</source>
            <translation>Database: {where}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="81" />
            <source>CSDL: đang mở…</source>
            <translation>Database: opening…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="144" />
            <source>Các &amp;bản sao lưu…</source>
            <translation>&amp;Backups…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="177" />
            <source>Danh sách &amp;khác biệt…</source>
            <translation>&amp;Conflict list…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="299" />
            <source>Ngôn ngữ mới sẽ được dùng từ lần mở nsdesk tiếp theo.</source>
            <translation>The new language is used from the next time nsdesk starts.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="148" />
            <source>T&amp;hoát</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="151" />
            <source>Thông tin &amp;đơn vị…</source>
            <translation>&amp;Office details…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="183" />
            <source>Trợ &amp;giúp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="175" />
            <source>Tổng &amp;hợp</source>
            <translation>&amp;Consolidation</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="171" />
            <source>{page} ({keys})</source>
            <translation>{page} ({keys})</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/context.py" line="105" />
            <source>Đang mở cơ sở dữ liệu… Lần đầu mở bằng phiên bản mới, nsdesk sao lưu rồi nâng cấp tệp; việc này có thể mất vài chục giây với sổ rất lớn.</source>
            <translation>Opening the database… The first time a new version of nsdesk opens it, the file is backed up and then upgraded; with a very large register this can take a few tens of seconds.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="163" />
            <source>Đi &amp;tới</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="207" />
            <source>Đã nâng cấp cơ sở dữ liệu; bản sao lưu: {path}</source>
            <translation>The database was upgraded; backup: {path}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="237" />
            <source>Đơn vị: chưa thiết lập</source>
            <translation>Office: not set up</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/main_window.py" line="237" />
            <source>Đơn vị: {office}</source>
            <translation>Office: {office}</translation>
        </message>
    </context>
    <context>
        <name>measurements</name>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="248" />
            <source> và </source>
            <translation> and </translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/bulk.py" line="178" />
            <source>Dòng {row}, cột {column}</source>
            <translation>Row {row}, column {column}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="89" />
            <source>Giá trị nhỏ hơn mức tối thiểu {min}.</source>
            <translation>The value is below the minimum {min}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="101" />
            <source>Giá trị sau còn dưới 1/10 giá trị trước ({a} → {b}).</source>
            <translation>The later value is less than 1/10 of the earlier one ({a} → {b}).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="98" />
            <source>Giá trị sau gấp hơn 10 lần giá trị trước ({a} → {b}).</source>
            <translation>The later value is more than 10 times the earlier one ({a} → {b}).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="92" />
            <source>Giá trị vượt mức tối đa {max} {unit}.</source>
            <translation>The value exceeds the maximum {max} {unit}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="87" />
            <source>Giá trị âm không thể có với chỉ tiêu này.</source>
            <translation>This metric cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="234" />
            <source>Hãy chọn doanh nghiệp hoặc lượt hỗ trợ của số liệu.</source>
            <translation>Choose the enterprise or the support the figure belongs to.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/bulk.py" line="159" />
            <source>Hãy chọn một chỉ tiêu nhập được (không phải chỉ tiêu tính tự động).</source>
            <translation>Choose a metric that can be typed (not a computed one).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="243" />
            <source>Hãy chọn một chỉ tiêu trong danh mục.</source>
            <translation>Choose a metric from the catalogue.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="244" />
            <source>Không có chỉ tiêu "{code}" trong danh mục.</source>
            <translation>There is no metric "{code}" in the catalogue.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="232" />
            <source>Không tìm thấy doanh nghiệp "{ref}".</source>
            <translation>Enterprise "{ref}" was not found.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="229" />
            <source>Không tìm thấy lượt hỗ trợ "{ref}".</source>
            <translation>Support "{ref}" was not found.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="274" />
            <source>Không tìm thấy số liệu đo "{ref}".</source>
            <translation>Measurement "{ref}" was not found.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="236" />
            <source>Lượt hỗ trợ đã chọn thuộc doanh nghiệp khác.</source>
            <translation>The chosen support belongs to another enterprise.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="104" />
            <source>Ngày đo sau ({b}) sớm hơn ngày đo trước ({a}).</source>
            <translation>The later measurement date ({b}) is before the earlier one ({a}).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/bulk.py" line="179" />
            <source>Sau</source>
            <translation>After</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="294" />
            <source>Số liệu này được tính tự động; hãy sửa các số liệu dùng để tính ra nó.</source>
            <translation>This figure is calculated automatically; edit the figures it is calculated from.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="311" />
            <source>Số liệu này được tính tự động; hãy xóa một trong các số liệu dùng để tính ra nó.</source>
            <translation>This figure is calculated automatically; delete one of the figures it is calculated from.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/bulk.py" line="179" />
            <source>Trước</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="381" />
            <source>Tính tự động: {a} ÷ {b}</source>
            <translation>Calculated: {a} ÷ {b}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/measurements.py" line="247" />
            <source>{name} được tính tự động, không nhập trực tiếp; hãy nhập {parts}.</source>
            <translation>{name} is calculated automatically and cannot be entered directly; enter {parts}.</translation>
        </message>
    </context>
    <context>
        <name>metrics</name>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="38" />
            <source>&amp;Doanh nghiệp</source>
            <translation>&amp;Enterprise</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="79" />
            <source>&amp;Giá trị</source>
            <translation>&amp;Value</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="47" />
            <source>&amp;Kỳ số liệu</source>
            <translation>Data pe&amp;riod</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="41" />
            <source>&amp;Lượt hỗ trợ</source>
            <translation>&amp;Support</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="46" />
            <source>&amp;Ngày đo</source>
            <translation>Measured &amp;on</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="144" />
            <source>&amp;Nhóm theo:</source>
            <translation>&amp;Group by:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="45" />
            <source>&amp;Thời điểm đo</source>
            <translation>&amp;Phase</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="68" />
            <source>(không nhập)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="40" />
            <source>(số liệu chung của doanh nghiệp, không gắn lượt)</source>
            <translation>(general figures of the enterprise, not tied to a support)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="65" />
            <source>&lt;b&gt;Chỉ tiêu khác&lt;/b&gt; (không bắt buộc)</source>
            <translation>&lt;b&gt;Other metrics&lt;/b&gt; (optional)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="50" />
            <source>&lt;b&gt;{name}&lt;/b&gt; — tính tự động = {a} ÷ {b}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; — calculated = {a} ÷ {b}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="61" />
            <source>= Năng suất lao động ({unit})</source>
            <translation>= Labour productivity ({unit})</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="74" />
            <source>C&amp;hỉ tiêu</source>
            <translation>&amp;Metric</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="144" />
            <source>C&amp;hỉ tiêu:</source>
            <translation>&amp;Metric:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="235" />
            <source>Chưa có số liệu nào. Bấm «Nhập số liệu…» để ghi số liệu trước và sau hỗ trợ của một doanh nghiệp (giá trị tăng thêm, số lao động …).</source>
            <translation>No readings yet. Click "Enter readings…" to record an enterprise's figures before and after support (value added, workers …).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="92" />
            <source>Chỉ số liệu cần xem lại</source>
            <translation>Only figures needing review</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="109" />
            <source>Chỉ tiêu</source>
            <translation>Metric</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="257" />
            <source>Cải thiện tính theo chiều tốt của chỉ tiêu (tỷ lệ lỗi giảm là cải thiện); số liệu cần xem lại không được tính.</source>
            <translation>Improvement follows each metric's good direction (a falling defect rate is an improvement); figures needing review are not counted.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="109" />
            <source>Cần xem lại</source>
            <translation>Needs review</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="109" />
            <source>Doanh nghiệp</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="109" />
            <source>Dự án</source>
            <translation>Project</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="109" />
            <source>Giá trị</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="228" />
            <source>Hiện {k} trên {n} giá trị đo</source>
            <translation>Showing {k} of {n} measured values</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="149" />
            <source>Hãy nhập ít nhất một giá trị (giá trị tăng thêm, số lao động hoặc một chỉ tiêu khác).</source>
            <translation>Enter at least one value (value added, employees or another metric).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="233" />
            <source>Không có số liệu nào khớp bộ lọc. Xóa ô tìm kiếm, khoảng ngày hoặc bỏ đánh dấu «Chỉ số liệu cần xem lại».</source>
            <translation>No readings match the filters. Clear the search or the dates, or untick "Only readings to review".</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="293" />
            <source>Không xóa</source>
            <translation>Don't delete</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="109" />
            <source>Kỳ</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="109" />
            <source>Mã số thuế</source>
            <translation>Tax code</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="140" />
            <source>Mọi chỉ tiêu</source>
            <translation>All metrics</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="260" />
            <source>Mức cải thiện của từng doanh nghiệp theo công cụ — {m} (chấm: một cặp trước/sau; vạch đỏ: trung vị)</source>
            <translation>Improvement of each enterprise by tool — {m} (dot: one before/after pair; red bar: median)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="48" />
            <source>Ng&amp;uồn, minh chứng</source>
            <translation>So&amp;urce, evidence</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="109" />
            <source>Nguồn</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="109" />
            <source>Ngày đo</source>
            <translation>Measured on</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="101" />
            <source>Ngày đo từ</source>
            <translation>Measured from</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="153" />
            <source>Nhóm</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="31" />
            <source>Nhập số liệu đo trước/sau</source>
            <translation>Enter before/after measurements</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="89" />
            <source>Nhập số liệu…</source>
            <translation>Enter figures…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="91" />
            <source>Nhập từ Excel…</source>
            <translation>Import from Excel…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="153" />
            <source>Số cặp trước/sau</source>
            <translation>Before/after pairs</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="153" />
            <source>Số doanh nghiệp</source>
            <translation>Enterprises</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="158" />
            <source>Số doanh nghiệp áp dụng theo công cụ (lượt đang thực hiện hoặc hoàn thành)</source>
            <translation>Enterprises applying, by tool (supports in progress or completed)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="160" />
            <source>Số doanh nghiệp áp dụng theo ngành (VSIC cấp 1)</source>
            <translation>Enterprises applying, by sector (VSIC level 1)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="153" />
            <source>Số giá trị đo</source>
            <translation>Measured values</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="67" />
            <source>Số liệu đo</source>
            <translation>Measurements</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="109" />
            <source>Thời điểm</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="153" />
            <source>Trung bình cải thiện</source>
            <translation>Mean improvement</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="153" />
            <source>Trung vị cải thiện</source>
            <translation>Median improvement</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="68" />
            <source>Tổng hợp &amp;&amp; biểu đồ</source>
            <translation>Summary &amp;&amp; charts</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="292" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="291" />
            <source>Xóa giá trị đo đã chọn?</source>
            <translation>Delete the selected measured value?</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="290" />
            <source>Xóa số liệu</source>
            <translation>Delete figure</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="90" />
            <source>Xóa số liệu…</source>
            <translation>Delete figure…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="24" />
            <source>cao hơn là tốt hơn</source>
            <translation>higher is better</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="24" />
            <source>thấp hơn là tốt hơn</source>
            <translation>lower is better</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="47" />
            <source>ví dụ năm 2024, quý I/2025</source>
            <translation>e.g. year 2024, Q1/2025</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="230" />
            <source>{f} giá trị cần xem lại (tô vàng)</source>
            <translation>needing review (in yellow): {f}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="227" />
            <source>{n} giá trị đo</source>
            <translation>{n} measured values</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="282" />
            <source>Đã lưu {n} giá trị.</source>
            <translation>Saved {n} values.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="279" />
            <source>Đã lưu. Số liệu cần xem lại: {f}</source>
            <translation>Saved. Figures needing review: {f}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metrics_page.py" line="109" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/metric_dialogs.py" line="132" />
            <source>Đơn vị: {unit}; {direction}.</source>
            <translation>Unit: {unit}; {direction}.</translation>
        </message>
    </context>
    <context>
        <name>office</name>
        <message>
            <location filename="../../nsdesk/services/common/office.py" line="92" />
            <source>Gõ tên (ví dụ "Quảng Ngãi") hoặc mã (ví dụ 51).</source>
            <translation>Type the name (e.g. "Quảng Ngãi") or the code (e.g. 51).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/office.py" line="107" />
            <source>Gõ đúng tên đầy đủ (ví dụ "Phường Đăk Cấm") hoặc mã xã/phường.</source>
            <translation>Type the full name (e.g. "Phường Đăk Cấm") or the commune code.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/office.py" line="100" />
            <source>Hãy chọn tỉnh/thành phố trước khi chọn xã/phường.</source>
            <translation>Choose the province before the commune.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/office.py" line="130" />
            <source>Không có thiết lập báo cáo «{key}».</source>
            <translation>There is no report setting “{key}”.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/office.py" line="90" />
            <source>Không tìm thấy tỉnh/thành phố "{name}" trong danh sách 34 tỉnh, thành phố sau sáp nhập.</source>
            <translation>Province "{name}" is not among the 34 provinces after the 2025 merger.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/office.py" line="104" />
            <source>Không tìm thấy xã/phường "{name}" thuộc {province}.</source>
            <translation>Commune "{name}" was not found in {province}.</translation>
        </message>
    </context>
    <context>
        <name>ops</name>
        <message>
            <source>Dữ liệu chưa được thay đổi. Hãy gửi nội dung chi tiết bên dưới cho người hỗ trợ kỹ thuật.</source>
            <translation type="vanished">Your data was not changed. Please send the details below to technical support.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/ops.py" line="197" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Đã xảy ra lỗi không mong muốn trong nsdesk.</source>
            <translation type="vanished">An unexpected error occurred in nsdesk.</translation>
        </message>
    </context>
    <context>
        <name>overview</name>
        <message>
            <location filename="../../nsdesk/ui/overview/page.py" line="155" />
            <source>(chưa thiết lập)</source>
            <translation>(not set up)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/page.py" line="73" />
            <source>Cán bộ phụ trách:</source>
            <translation>Officer in charge:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/page.py" line="74" />
            <source>Cơ sở dữ liệu:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/page.py" line="25" />
            <source>Doanh nghiệp</source>
            <translation>Enterprises</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/page.py" line="27" />
            <source>Dự án điểm</source>
            <translation>Pilot projects</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/page.py" line="28" />
            <source>Kế hoạch</source>
            <translation>Plans</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/page.py" line="26" />
            <source>Lượt hỗ trợ</source>
            <translation>Supports</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/page.py" line="70" />
            <source>Tỉnh/thành phố:</source>
            <translation>Province:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/page.py" line="71" />
            <source>Xã/phường:</source>
            <translation>Commune/ward:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/page.py" line="164" />
            <source>không tính {n} đã lưu trữ</source>
            <translation>{n} archived not counted</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/page.py" line="103" />
            <source>Đang mở cơ sở dữ liệu…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/page.py" line="60" />
            <source>Đơn vị</source>
            <translation>Office</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/page.py" line="72" />
            <source>Đơn vị cũ:</source>
            <translation>Former unit:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/overview/page.py" line="165" />
            <source>đang theo dõi</source>
            <translation>being followed</translation>
        </message>
    </context>
    <context>
        <name>pages</name>
        <message>
            <location filename="../../nsdesk/ui/pages.py" line="32" />
            <source>Báo cáo</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pages.py" line="30" />
            <source>Chỉ số năng suất</source>
            <translation>Productivity metrics</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pages.py" line="27" />
            <source>Doanh nghiệp</source>
            <translation>Enterprises</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pages.py" line="28" />
            <source>Dự án điểm</source>
            <translation>Pilot projects</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pages.py" line="29" />
            <source>Hỗ trợ &amp; công cụ</source>
            <translation>Supports &amp; tools</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pages.py" line="31" />
            <source>Kế hoạch &amp; chỉ tiêu</source>
            <translation>Plans &amp; targets</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pages.py" line="26" />
            <source>Tổng quan</source>
            <translation>Overview</translation>
        </message>
    </context>
    <context>
        <name>personal</name>
        <message>
            <location filename="../../nsdesk/services/register/personal.py" line="37" />
            <source>Không tìm thấy doanh nghiệp {which}.</source>
            <translation>Enterprise {which} not found.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/commands/safety.py" line="138" />
            <source>Đã xóa dữ liệu cá nhân của doanh nghiệp {code}: {fields} trường, {history} mục lịch sử, {backups} bản sao lưu.</source>
            <translation>Erased the personal data of enterprise {code}: {fields} fields, {history} history entries, {backups} backups.</translation>
        </message>
    </context>
    <context>
        <name>picker</name>
        <message>
            <location filename="../../nsdesk/ui/widgets/picker.py" line="135" />
            <source>Chưa chọn mục nào.</source>
            <translation>Nothing chosen yet.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/widgets/picker.py" line="36" />
            <source>Gõ vài chữ để lọc, ví dụ «5S» hoặc «chất lượng»…</source>
            <translation>Type a few letters to filter, e.g. «5S» or «quality»…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/widgets/picker.py" line="135" />
            <source>Đã chọn {n}</source>
            <translation>{n} chosen</translation>
        </message>
    </context>
    <context>
        <name>pilots</name>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="79" />
            <source>&amp;Kế hoạch</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="70" />
            <source>&amp;Mã dự án</source>
            <translation>Project &amp;code</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="71" />
            <source>&amp;Tên dự án</source>
            <translation>Project &amp;name</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="73" />
            <source>(không thuộc kế hoạch nào)</source>
            <translation>(not part of a plan)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/filter_bar.py" line="58" />
            <source>(mọi ngày)</source>
            <translation>(any date)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="179" />
            <source>&lt;b&gt;Doanh nghiệp tham gia: {n}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Participating enterprises: {n}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="68" />
            <source>Bắt đầu</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="30" />
            <source>Bỏ tệp đã chọn</source>
            <translation>Remove the selected file</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/widgets.py" line="325" />
            <source>Chưa chọn doanh nghiệp.</source>
            <translation>No enterprise chosen.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="73" />
            <source>Chưa có dự án điểm nào. Bấm «Thêm dự án…» để tạo dự án đầu tiên.</source>
            <translation>No pilot projects yet. Click "Add project…" to create the first one.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/widgets.py" line="477" />
            <source>Chưa lưu: hãy sửa các ô được đánh dấu đỏ.</source>
            <translation>Not saved: fix the cells marked in red.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="43" />
            <source>Chọn tài liệu minh chứng</source>
            <translation>Choose supporting documents</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="167" />
            <source>Chủ trì: {v}</source>
            <translation>Lead: {v}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="81" />
            <source>Công cụ</source>
            <translation>Tools</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="81" />
            <source>Cải thiện các chỉ tiêu khác</source>
            <translation>Other improvements</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="81" />
            <source>Cải thiện năng suất lao động</source>
            <translation>Labour productivity gain</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="160" />
            <source>DN</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="81" />
            <source>Doanh nghiệp</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="133" />
            <source>Dự án đã lưu trữ</source>
            <translation>Archived project</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/widgets.py" line="224" />
            <source>Gõ tên hoặc mã số thuế để tìm…</source>
            <translation>Type a name or tax code to search…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="58" />
            <source>Hiện cả dự án đã lưu trữ</source>
            <translation>Also show archived projects</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/widgets.py" line="359" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="196" />
            <source>Khôi phục</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/widgets.py" line="307" />
            <source>Không tìm thấy doanh nghiệp phù hợp.</source>
            <translation>No matching enterprise found.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="68" />
            <source>Kinh phí (triệu đồng)</source>
            <translation>Budget (million VND)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="172" />
            <source>Kinh phí (triệu đồng): {v}</source>
            <translation>Budget (million VND): {v}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="91" />
            <source>Kinh phí doanh nghiệp đóng góp (triệu đồng)</source>
            <translation>Enterprise contribution (million VND)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="92" />
            <source>Kinh phí nguồn hợp pháp khác (triệu đồng)</source>
            <translation>Other lawful funding (million VND)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="90" />
            <source>Kinh phí ngân sách nhà nước (triệu đồng)</source>
            <translation>State budget funding (million VND)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="68" />
            <source>Kế hoạch</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="68" />
            <source>Kết thúc</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/widgets.py" line="357" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="57" />
            <source>Lưu trữ</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="68" />
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="81" />
            <source>Mã số thuế</source>
            <translation>Tax code</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="96" />
            <source>Mô &amp;tả</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/filter_bar.py" line="31" />
            <source>Mọi xã, phường</source>
            <translation>All communes and wards</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="159" />
            <source>NSNN</source>
            <translation>State budget</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="84" />
            <source>Ngày &amp;bắt đầu</source>
            <translation>&amp;Start date</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="85" />
            <source>Ngày &amp;kết thúc</source>
            <translation>&amp;End date</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="169" />
            <source>Phối hợp: {v}</source>
            <translation>Cooperating: {v}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="68" />
            <source>Số doanh nghiệp</source>
            <translation>Enterprises</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="68" />
            <source>Số lượt</source>
            <translation>Supports</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="66" />
            <source>Sửa dự án điểm</source>
            <translation>Edit pilot project</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="56" />
            <source>Sửa…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="66" />
            <source>Thêm dự án điểm</source>
            <translation>Add pilot project</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="55" />
            <source>Thêm dự án…</source>
            <translation>Add project…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="29" />
            <source>Thêm tệp…</source>
            <translation>Add file…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="89" />
            <source>Trạng th&amp;ái</source>
            <translation>St&amp;atus</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="68" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="98" />
            <source>Tài liệu minh chứng</source>
            <translation>Supporting documents</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="68" />
            <source>Tên dự án</source>
            <translation>Project name</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/filter_bar.py" line="28" />
            <source>Tìm theo tên, mã số thuế, địa chỉ…</source>
            <translation>Search by name, tax code, address…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="171" />
            <source>Tư vấn: {v}</source>
            <translation>Consultant: {v}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="83" />
            <source>Tổ chức tư vấn, cung cấp &amp;dịch vụ</source>
            <translation>Consultant, service pro&amp;vider</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="82" />
            <source>các đơn vị, cách nhau bởi dấu phẩy</source>
            <translation>units, separated by commas</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="161" />
            <source>khác</source>
            <translation>other</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="70" />
            <source>ví dụ DA-LEAN-2025</source>
            <translation>e.g. DA-LEAN-2025</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="175" />
            <source>{n} tài liệu minh chứng</source>
            <translation>{n} supporting documents</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/widgets.py" line="503" />
            <source>Đang lưu…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/widgets.py" line="324" />
            <source>Đã chọn: &lt;b&gt;{label}&lt;/b&gt;</source>
            <translation>Chosen: &lt;b&gt;{label}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="80" />
            <source>Đơn vị &amp;chủ trì</source>
            <translation>&amp;Lead unit</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/project_dialogs.py" line="81" />
            <source>Đơn vị &amp;phối hợp</source>
            <translation>C&amp;ooperating units</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="68" />
            <source>Đơn vị chủ trì</source>
            <translation>Lead unit</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/projects_page.py" line="164" />
            <source>đã lưu trữ</source>
            <translation>archived</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/filter_bar.py" line="40" />
            <source>đến</source>
            <translation>to</translation>
        </message>
    </context>
    <context>
        <name>placeholder</name>
        <message>
            <source>Khu vực này sẽ có trong bản cập nhật tới của nsdesk. Dữ liệu của bạn vẫn được giữ nguyên.</source>
            <translation type="vanished">This area arrives in a coming update of nsdesk. Your data is kept as it is.</translation>
        </message>
        <message>
            <source>Đang được xây dựng</source>
            <translation type="vanished">Coming soon</translation>
        </message>
    </context>
    <context>
        <name>plans</name>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="342" />
            <source>(chưa có ghi nhận)</source>
            <translation>(no progress notes yet)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/formats.py" line="43" />
            <source>(chưa nhập)</source>
            <translation>(not entered)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="349" />
            <source>(quá hạn)</source>
            <translation>(overdue)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/format.py" line="30" />
            <source>Bình quân hằng năm</source>
            <translation>Yearly average</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="123" />
            <source>Chưa có kế hoạch nào. Bấm «Tạo từ mẫu…» để tạo kế hoạch từ một trong các kế hoạch mẫu (Quyết định 36/QĐ-TTg, các tỉnh, phường Đăk Cấm…).</source>
            <translation>No plans yet. Click "Create from template…" to create a plan from one of the template plans (Decision 36/QĐ-TTg, the provinces, Đăk Cấm ward…).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="113" />
            <source>Chạy "nsdesk init" để nạp dữ liệu tham chiếu.</source>
            <translation>Run "nsdesk init" to load the reference data.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="270" />
            <source>Chỉ doanh nghiệp nhỏ và vừa (Nghị định 80)</source>
            <translation>SMEs only (Decree 80)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="271" />
            <source>Chỉ hỗ trợ thuộc dự án/mô hình điểm</source>
            <translation>Only supports within a pilot project</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="225" />
            <source>Chỉ số</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="280" />
            <source>Chỉ số:</source>
            <translation>Indicator:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="132" />
            <source>Chỉ tiêu</source>
            <translation>Targets</translation>
        </message>
        <message>
            <source>Chọn mã khác (--code MÃ_MỚI).</source>
            <translation type="vanished">Choose another code (--code NEW_CODE).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="46" />
            <source>Chọn mã ngắn hơn.</source>
            <translation>Choose a shorter code.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="101" />
            <source>Chọn một mã chưa dùng, ví dụ «{free}».</source>
            <translation>Choose a code not yet in use, for example «{free}».</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="201" />
            <source>Chủ trì</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="95" />
            <source>Các mẫu có sẵn: {codes}.</source>
            <translation>Available templates: {codes}.</translation>
        </message>
        <message>
            <source>Cách đếm</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="186" />
            <source>Cách đếm, kỳ tính, góp phần</source>
            <translation>Counting, period, contribution</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="216" />
            <source>Cách đếm:</source>
            <translation>Counting:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="167" />
            <source>Cơ quan ban hành:</source>
            <translation>Issuing body:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="110" />
            <source>Cơ sở dữ liệu chưa có đơn vị hành chính {codes} mà mẫu «{tpl}» cần.</source>
            <translation>The database lacks the administrative units {codes} that template "{tpl}" needs.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="120" />
            <source>Cấp</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="295" />
            <source>Danh sách kế hoạch có thể đã thay đổi; hãy tải lại trang.</source>
            <translation>The list of plans may have changed; reload the page.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="438" />
            <source>Danh sách tạo nên số đếm — {code}</source>
            <translation>List behind the count — {code}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="191" />
            <source>Danh sách tạo nên số đếm…</source>
            <translation>List behind the count…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="423" />
            <source>Doanh nghiệp, lượt hỗ trợ và chỉ số đo không bị xóa.</source>
            <translation>Enterprises, support rounds and measurements are not deleted.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="450" />
            <source>Dự án, trạng thái / nguồn</source>
            <translation>Project, status / source</translation>
        </message>
        <message>
            <source>Ghi chú</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="385" />
            <source>Ghi chú:</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="202" />
            <source>Ghi nhận gần nhất</source>
            <translation>Latest progress note</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="313" />
            <source>Ghi nhận tiến độ nhiệm vụ {n}</source>
            <translation>Record progress of task {n}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="205" />
            <source>Ghi nhận tiến độ…</source>
            <translation>Record progress…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="121" />
            <source>Giai đoạn</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="447" />
            <source>Giá trị</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="420" />
            <source>Giá trị (%):</source>
            <translation>Value (%):</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="475" />
            <source>Giá trị năm {y}</source>
            <translation>Value for {y}</translation>
        </message>
        <message>
            <source>Góp phần</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="220" />
            <source>Góp phần:</source>
            <translation>Contribution:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="324" />
            <source>Góp phần: {note}</source>
            <translation>Contribution: {note}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/format.py" line="22" />
            <source>Hoạt động</source>
            <translation>Activities</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/format.py" line="16" />
            <source>Huyện/thành phố thuộc tỉnh (cũ)</source>
            <translation>District/provincial city (former)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="73" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/format.py" line="28" />
            <source>Khoảng (≈)</source>
            <translation>About (≈)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="294" />
            <source>Không có kế hoạch mã «{code}».</source>
            <translation>There is no plan with code «{code}».</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="94" />
            <source>Không có mẫu kế hoạch «{code}».</source>
            <translation>There is no plan template "{code}".</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="432" />
            <source>Không xóa</source>
            <translation>Do not delete</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="213" />
            <source>Kế hoạch</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="121" />
            <source>Kế hoạch cấp trên</source>
            <translation>Parent plan</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="117" />
            <source>Kế hoạch mới chép đủ chỉ tiêu, nhiệm vụ và địa bàn của mẫu; sau đó có thể sửa.</source>
            <translation>The new plan copies all the template's targets, tasks and areas; you can edit them afterwards.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="307" />
            <source>Kế hoạch này chưa có chỉ tiêu (mẫu không ghi số liệu); bấm «Thêm chỉ tiêu…» để nhập.</source>
            <translation>This plan has no targets yet (the template records no figures); click "Add target…" to enter them.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="425" />
            <source>Kế hoạch đang được dùng: {projects} dự án điểm, {activities} hoạt động và {children} kế hoạch cấp dưới gắn với nó sẽ được giữ lại nhưng không còn gắn với kế hoạch nào.</source>
            <translation>The plan is in use: {projects} pilot projects, {activities} activities and {children} lower-level plans linked to it are kept but no longer linked to any plan.</translation>
        </message>
        <message>
            <source>Kỳ tính</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="321" />
            <source>Kỳ tính: {a} – {b}.</source>
            <translation>Counting period: {a} – {b}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="184" />
            <source>Loại</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="281" />
            <source>Loại hoạt động:</source>
            <translation>Activity type:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="209" />
            <source>Loại:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="72" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="120" />
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="272" />
            <source>Mã chỉ tiêu:</source>
            <translation>Target code:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="42" />
            <source>Mã kế hoạch mới đang để trống.</source>
            <translation>The new plan code is empty.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="128" />
            <source>Mã kế hoạch mới:</source>
            <translation>New plan code:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="45" />
            <source>Mã kế hoạch «{code}» dài quá {n} ký tự.</source>
            <translation>Plan code "{code}" is longer than {n} characters.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="165" />
            <source>Mã kế hoạch:</source>
            <translation>Plan code:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="448" />
            <source>Mã số thuế</source>
            <translation>Tax code</translation>
        </message>
        <message>
            <source>Mã số thuế / đơn vị</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="127" />
            <source>Mẫu:</source>
            <translation>Template:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="184" />
            <source>Mốc</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="211" />
            <source>Mức tối thiểu:</source>
            <translation>Minimum:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="212" />
            <source>Mức tối đa:</source>
            <translation>Maximum:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="226" />
            <source>Nguồn</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="421" />
            <source>Nguồn số liệu:</source>
            <translation>Data source:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="81" />
            <source>Nguồn: {source}</source>
            <translation>Source: {source}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="449" />
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="169" />
            <source>Ngày ban hành:</source>
            <translation>Date of issue:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="332" />
            <source>Ngày ghi nhận:</source>
            <translation>Date recorded:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="381" />
            <source>Ngày thực hiện:</source>
            <translation>Date held:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="133" />
            <source>Nhiệm vụ</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="330" />
            <source>Nhiệm vụ:</source>
            <translation>Task:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="197" />
            <source>Nhấp đúp vào số «Đã đạt» để xem danh sách.</source>
            <translation>Double-click an "Achieved" number to see the list.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="334" />
            <source>Nhấp đúp để xem danh sách tạo nên số đếm</source>
            <translation>Double-click to see the list behind the count</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="42" />
            <source>Nhập mã, ví dụ QN-138-2025-PHUONG.</source>
            <translation>Enter a code, e.g. QN-138-2025-PHUONG.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="400" />
            <source>Nhập số liệu thống kê</source>
            <translation>Enter statistics</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="227" />
            <source>Nhập số liệu…</source>
            <translation>Enter figures…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="225" />
            <source>Năm</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="362" />
            <source>Năm kết thúc {end} trước năm bắt đầu {start}; hãy sửa một trong hai.</source>
            <translation>The end year {end} is before the start year {start}; correct one of them.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="214" />
            <source>Năm mốc:</source>
            <translation>Milestone year:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="419" />
            <source>Năm:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="201" />
            <source>Nội dung</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="333" />
            <source>Nội dung:</source>
            <translation>Progress note:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="201" />
            <source>Phối hợp</source>
            <translation>Cooperating</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/format.py" line="14" />
            <source>Quốc gia</source>
            <translation>National</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="213" />
            <source>Sai số (khoảng):</source>
            <translation>Tolerance (approx.):</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="210" />
            <source>So sánh:</source>
            <translation>Comparison:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="201" />
            <source>Số</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/format.py" line="20" />
            <source>Số doanh nghiệp</source>
            <translation>Number of enterprises</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="267" />
            <source>Số hoạt động</source>
            <translation>Number of activities</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="231" />
            <source>Số liệu của tỉnh: kế hoạch cấp xã, phường «góp phần» vào số liệu này.</source>
            <translation>Province-wide figures: commune and ward plans "contribute" to these figures.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/format.py" line="23" />
            <source>Số liệu thống kê</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="446" />
            <source>Số lượng</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="383" />
            <source>Số lượng:</source>
            <translation>Quantity:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="448" />
            <source>Số lượt</source>
            <translation>Supports</translation>
        </message>
        <message>
            <source>Số lượt / số lượng / giá trị</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/format.py" line="21" />
            <source>Số lượt hỗ trợ</source>
            <translation>Number of supports</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="168" />
            <source>Số văn bản:</source>
            <translation>Document number:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="269" />
            <source>Số đơn vị chủ trì khác nhau (ví dụ số trường)</source>
            <translation>Number of different lead units (e.g. number of schools)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="186" />
            <source>Sửa chỉ tiêu {code}</source>
            <translation>Edit target {code}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="189" />
            <source>Sửa chỉ tiêu…</source>
            <translation>Edit target…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="354" />
            <source>Sửa hoạt động</source>
            <translation>Edit activity</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="139" />
            <source>Sửa kế hoạch {code}</source>
            <translation>Edit plan {code}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="107" />
            <source>Sửa kế hoạch…</source>
            <translation>Edit plan…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="219" />
            <source>Sửa…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="238" />
            <source>Thêm chỉ tiêu vào kế hoạch {code}</source>
            <translation>Add a target to plan {code}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="193" />
            <source>Thêm chỉ tiêu…</source>
            <translation>Add target…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="354" />
            <source>Thêm hoạt động</source>
            <translation>Add activity</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="216" />
            <source>Thêm hoạt động…</source>
            <translation>Add activity…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="202" />
            <source>Thời gian</source>
            <translation>Timing</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/format.py" line="34" />
            <source>Trong giai đoạn của mốc</source>
            <translation>Within the milestone's period</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/format.py" line="27" />
            <source>Trên (&gt;)</source>
            <translation>Above (&gt;)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="185" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="331" />
            <source>Trạng thái:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="449" />
            <source>Tên</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="208" />
            <source>Tên chỉ tiêu:</source>
            <translation>Target name:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="212" />
            <source>Tên hoạt động</source>
            <translation>Activity name</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="380" />
            <source>Tên hoạt động:</source>
            <translation>Activity name:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="120" />
            <source>Tên kế hoạch</source>
            <translation>Plan name</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="166" />
            <source>Tên kế hoạch:</source>
            <translation>Plan title:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="440" />
            <source>Tính đến ngày {day}: {n}</source>
            <translation>As of {day}: {n}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="126" />
            <source>Tạo kế hoạch</source>
            <translation>Create plan</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="106" />
            <source>Tạo kế hoạch từ mẫu</source>
            <translation>Create a plan from a template</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="104" />
            <source>Tạo từ mẫu…</source>
            <translation>Create from template…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/format.py" line="15" />
            <source>Tỉnh/thành phố</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="268" />
            <source>Tổng số lượng (người, tin bài, chuyên gia…)</source>
            <translation>Total quantity (people, articles, experts…)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="171" />
            <source>Từ năm:</source>
            <translation>From year:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/format.py" line="33" />
            <source>Từ đầu kế hoạch</source>
            <translation>Since the plan started</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/format.py" line="29" />
            <source>Từ … đến …</source>
            <translation>From … to …</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/format.py" line="17" />
            <source>Xã/phường</source>
            <translation>Commune/ward</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="384" />
            <source>Xã/phường:</source>
            <translation>Commune/ward:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="417" />
            <source>Xóa kế hoạch</source>
            <translation>Delete plan</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="418" />
            <source>Xóa kế hoạch «{code}» cùng {targets} chỉ tiêu và {tasks} nhiệm vụ của nó? Thao tác không hoàn tác được.</source>
            <translation>Delete the plan «{code}» with its {targets} targets and {tasks} tasks? This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="110" />
            <source>Xóa kế hoạch…</source>
            <translation>Delete plan…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="185" />
            <source>Yêu cầu</source>
            <translation>Required</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="347" />
            <source>cơ quan ban hành</source>
            <translation>issuing body</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="303" />
            <source>giai đoạn {a}–{b}</source>
            <translation>period {a}–{b}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="406" />
            <source>mã hoặc tên tỉnh, ví dụ Quảng Ngãi</source>
            <translation>province code or name, e.g. Quảng Ngãi</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="339" />
            <source>mã kế hoạch</source>
            <translation>plan code</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="353" />
            <source>ngày ban hành</source>
            <translation>date of issue</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="368" />
            <source>người tham gia, số tin bài, số chuyên gia…</source>
            <translation>participants, articles, experts…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="354" />
            <source>năm bắt đầu</source>
            <translation>start year</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="354" />
            <source>năm kết thúc</source>
            <translation>end year</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="348" />
            <source>số văn bản</source>
            <translation>document number</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="346" />
            <source>tên kế hoạch</source>
            <translation>plan title</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="413" />
            <source>ví dụ 7,5</source>
            <translation>e.g. 7.5</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="243" />
            <source>ví dụ LP-2030</source>
            <translation>e.g. LP-2030</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="416" />
            <source>ví dụ Niên giám thống kê 2024, Cục Thống kê</source>
            <translation>e.g. Statistical Yearbook 2024, Statistics Office</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="370" />
            <source>ví dụ Phường Đăk Cấm</source>
            <translation>e.g. Phường Đăk Cấm</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="320" />
            <source>vượt chỉ tiêu</source>
            <translation>exceeds target</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/format.py" line="26" />
            <source>Ít nhất (≥)</source>
            <translation>At least (≥)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="100" />
            <source>Đã có kế hoạch mã «{code}».</source>
            <translation>A plan with code "{code}" already exists.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="342" />
            <source>Đã có kế hoạch mã «{code}»; chọn một mã chưa dùng, ví dụ «{free}».</source>
            <translation>A plan with code «{code}» already exists; choose a code not yet in use, for example «{free}».</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="334" />
            <source>Đã ghi nhận:</source>
            <translation>Recorded so far:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="185" />
            <source>Đã đạt</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="459" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="446" />
            <source>Đơn vị chủ trì</source>
            <translation>Lead unit</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="382" />
            <source>Đơn vị chủ trì:</source>
            <translation>Lead unit:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="215" />
            <source>Đơn vị tính:</source>
            <translation>Unit of measure:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="172" />
            <source>Đến năm:</source>
            <translation>To year:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="225" />
            <source>Địa bàn</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/dialogs.py" line="170" />
            <source>Địa bàn:</source>
            <translation>Area:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/plans/page.py" line="208" />
            <source>Đỏ: quá hạn; vàng: đến hạn trong 30 ngày.</source>
            <translation>Red: overdue; yellow: due within 30 days.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/plans.py" line="349" />
            <source>địa bàn</source>
            <translation>territory</translation>
        </message>
    </context>
    <context>
        <name>profile</name>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="119" />
            <source>&lt;b&gt;{n} lượt hỗ trợ&lt;/b&gt; · công cụ đã áp dụng: {tools}</source>
            <translation>&lt;b&gt;{n} supports&lt;/b&gt; · tools applied: {tools}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="57" />
            <source>Bắt đầu</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="174" />
            <source>Chưa có cặp số liệu trước/sau để so sánh.</source>
            <translation>No before/after pairs to compare yet.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="86" />
            <source>Chỉ &amp;tiêu:</source>
            <translation>&amp;Metric:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="61" />
            <source>Chỉ tiêu</source>
            <translation>Metric</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="57" />
            <source>Công cụ</source>
            <translation>Tools</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="61" />
            <source>Cần xem lại</source>
            <translation>Needs review</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="57" />
            <source>Dự án</source>
            <translation>Project</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="61" />
            <source>Giá trị</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="65" />
            <source>Giấy chứng nhận</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="59" />
            <source>Hết hạn</source>
            <translation>Expires</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="57" />
            <source>Kết thúc</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="61" />
            <source>Kỳ</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="57" />
            <source>Loại hỗ trợ</source>
            <translation>Support type</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="64" />
            <source>Lượt hỗ trợ</source>
            <translation>Supports</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="182" />
            <source>Lượt {i}: </source>
            <translation>Support {i}: </translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="59" />
            <source>Ngày cấp</source>
            <translation>Issued</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="61" />
            <source>Ngày đo</source>
            <translation>Measured on</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="52" />
            <source>Nhập số liệu đo…</source>
            <translation>Enter measurements…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="59" />
            <source>Số giấy chứng nhận</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="66" />
            <source>Số liệu đo</source>
            <translation>Measurements</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="61" />
            <source>Thời điểm</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="57" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="59" />
            <source>Tổ chức chứng nhận</source>
            <translation>Certifying body</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="117" />
            <source>chưa có</source>
            <translation>none yet</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="189" />
            <source>cải thiện {v}</source>
            <translation>improvement {v}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="187" />
            <source>{ent} — {metric}: trước (xám) và sau hỗ trợ</source>
            <translation>{ent} — {metric}: before (grey) and after support</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="48" />
            <source>Đang tải…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="61" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="191" />
            <source>⚠ có số liệu cần xem lại</source>
            <translation>⚠ some figures need review</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/profile.py" line="122" />
            <source>⚠ {k} giấy chứng nhận sắp hết hạn</source>
            <translation>⚠ {k} certificate(s) expiring soon</translation>
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <location filename="../../nsdesk/services/plans/progress.py" line="98" />
            <source>Chưa có số liệu</source>
            <translation>No data</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/progress.py" line="98" />
            <source>Chậm tiến độ</source>
            <translation>Behind</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/progress.py" line="252" />
            <source>Các chỉ tiêu: {codes}.</source>
            <translation>Targets: {codes}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/progress.py" line="235" />
            <source>Các kế hoạch đã có: {codes}.</source>
            <translation>Existing plans: {codes}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/progress.py" line="98" />
            <source>Có nguy cơ chậm</source>
            <translation>At risk</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/progress.py" line="98" />
            <source>Không có chỉ tiêu định lượng</source>
            <translation>No quantified target</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/progress.py" line="239" />
            <source>Không có kế hoạch mã «{code}».</source>
            <translation>There is no plan with code "{code}".</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/progress.py" line="251" />
            <source>Kế hoạch «{plan}» không có chỉ tiêu mã «{code}».</source>
            <translation>Plan "{plan}" has no target with code "{code}".</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/progress.py" line="77" />
            <source>Tiến độ tuyến tính từ đầu kỳ tính đến 31/12 năm mốc: mức cần đạt = chỉ tiêu tối thiểu × phần thời gian đã trôi qua (số đếm làm tròn xuống). Đạt chỉ tiêu → Đã đạt (vượt mức tối đa → vượt chỉ tiêu); ≥ mức cần đạt → Đúng tiến độ; ≥ {pct}% mức cần đạt → Có nguy cơ chậm; thấp hơn → Chậm tiến độ. Quá 31/12 năm mốc mà chưa đạt → Chậm tiến độ. Trước khi kỳ tính bắt đầu, hoặc chỉ tiêu thống kê chưa có số liệu → Chưa có số liệu.</source>
            <translation>Linear pace from the start of the counting period to 31/12 of the milestone year: expected level = minimum target × share of the time elapsed (counts rounded down). Target met → Achieved (above the maximum → exceeds target); ≥ expected level → On track; ≥ {pct}% of the expected level → At risk; lower → Behind. Past 31/12 of the milestone year and not met → Behind. Before the counting period starts, or a statistical target without figures → No data.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/progress.py" line="237" />
            <source>Tạo kế hoạch từ mẫu trước: nsdesk plan create --from-template MÃ_MẪU.</source>
            <translation>Create a plan from a template first: nsdesk plan create --from-template TEMPLATE_CODE.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/progress.py" line="98" />
            <source>Đã đạt</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/progress.py" line="98" />
            <source>Đúng tiến độ</source>
            <translation>On track</translation>
        </message>
    </context>
    <context>
        <name>projects</name>
        <message>
            <location filename="../../nsdesk/services/pilots/projects.py" line="78" />
            <source>Không tìm thấy dự án điểm "{ref}".</source>
            <translation>Pilot project "{ref}" was not found.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/projects.py" line="109" />
            <source>Không tìm thấy kế hoạch "{ref}"; chọn một kế hoạch đã có hoặc để trống.</source>
            <translation>Plan "{ref}" was not found; choose an existing plan or leave it empty.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/projects.py" line="97" />
            <source>Mã dự án "{code}" đã được dùng cho dự án khác; hãy chọn mã khác.</source>
            <translation>Project code "{code}" is already used by another project; choose another code.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/projects.py" line="123" />
            <source>Ngày kết thúc dự án phải bằng hoặc sau ngày bắt đầu.</source>
            <translation>The project's end date must be on or after its start date.</translation>
        </message>
    </context>
    <context>
        <name>receive</name>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="474" />
            <source>(lệch)</source>
            <translation>(differs)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="286" />
            <source>Bản ghi</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="116" />
            <source>Bỏ tệp đã chọn</source>
            <translation>Remove selected file</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="154" />
            <source>Chưa ghi gì: đây là những gì việc nhận báo cáo sẽ làm.</source>
            <translation>Nothing written yet: this is what receiving the reports will do.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="381" />
            <source>Chấp nhận</source>
            <translation>Accept</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="112" />
            <source>Chọn các tệp .xlsx do nsdesk của xã, phường gửi lên.</source>
            <translation>Choose the .xlsx files the communes' and wards' nsdesk sent.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="111" />
            <source>Chọn tệp báo cáo</source>
            <translation>Choose report files</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="156" />
            <source>Cập nhật</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="285" />
            <source>Danh sách khác biệt</source>
            <translation>Conflict list</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="376" />
            <source>Doanh nghiệp báo cáo / tính lại</source>
            <translation>Enterprises reported / recomputed</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="157" />
            <source>Dòng bị từ chối</source>
            <translation>Rejected rows</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="157" />
            <source>Ghi chú</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="287" />
            <source>Giá trị kia</source>
            <translation>Other value</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="287" />
            <source>Giá trị đang dùng</source>
            <translation>Current value</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="291" />
            <source>Giữ giá trị kia</source>
            <translation>Keep the other value</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="290" />
            <source>Giữ giá trị đang dùng</source>
            <translation>Keep the current value</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="206" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="157" />
            <source>Khác biệt</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="374" />
            <source>Kế hoạch</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="155" />
            <source>Kỳ</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="345" />
            <source>Lý do trả lại báo cáo của {office} (đơn vị sẽ sửa rồi gửi lại):</source>
            <translation>Why the report of {office} is returned (the office will correct it and send it again):</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="376" />
            <source>Lượt báo cáo / tính lại</source>
            <translation>Supports reported / recomputed</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="286" />
            <source>Mã số thuế</source>
            <translation>Tax code</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="156" />
            <source>Mới</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="202" />
            <source>Nhận báo cáo</source>
            <translation>Receive reports</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="375" />
            <source>Nhận lúc</source>
            <translation>Received at</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="156" />
            <source>Rút</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="373" />
            <source>Sổ nhận báo cáo</source>
            <translation>Submissions register</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="180" />
            <source>Thay báo cáo gửi trước</source>
            <translation>Replaces an earlier report</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="114" />
            <source>Thêm tệp…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="182" />
            <source>Trang dữ liệu đã bị sửa sau khi xuất</source>
            <translation>A data sheet was edited after export</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="286" />
            <source>Trường</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="375" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="416" />
            <source>Trả lại</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="344" />
            <source>Trả lại báo cáo</source>
            <translation>Return the report</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="382" />
            <source>Trả lại…</source>
            <translation>Return…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="155" />
            <source>Tệp</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="127" />
            <source>Tệp Excel (*.xlsx)</source>
            <translation>Excel files (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="153" />
            <source>Xem trước</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="189" />
            <source>{good} tệp nhận được, {bad} tệp không nhận được; {conflicts} khác biệt sẽ vào danh sách khác biệt.</source>
            <translation>{good} files can be received, {bad} cannot; {conflicts} conflicts will go to the conflict list.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="223" />
            <source>Đang nhận {n} tệp…</source>
            <translation>Receiving {n} files…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="168" />
            <source>Đang đọc các tệp…</source>
            <translation>Reading the files…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="415" />
            <source>Đã chấp nhận</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="415" />
            <source>Đã nhận</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="243" />
            <source>Đã nhận {n} báo cáo: {created} bản ghi mới, {updated} cập nhật, {conflicts} khác biệt cần xem.</source>
            <translation>Received {n} reports: {created} new records, {updated} updated, {conflicts} conflicts to review.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="416" />
            <source>Đã thay bằng báo cáo sau</source>
            <translation>Replaced by a later report</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="155" />
            <source>Đơn vị</source>
            <translation>Office</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/consolidation.py" line="288" />
            <source>Đơn vị gửi</source>
            <translation>Sent by</translation>
        </message>
    </context>
    <context>
        <name>recovery</name>
        <message>
            <location filename="../../nsdesk/ui/recovery.py" line="34" />
            <source>Chọn tệp khác…</source>
            <translation>Choose another file…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/recovery.py" line="21" />
            <source>Không mở được cơ sở dữ liệu</source>
            <translation>The database could not be opened</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/recovery.py" line="36" />
            <source>Thử lại</source>
            <translation>Try again</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/recovery.py" line="35" />
            <source>Tạo cơ sở dữ liệu mới…</source>
            <translation>Create a new database…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/recovery.py" line="32" />
            <source>Tệp này không bị thay đổi.</source>
            <translation>This file has not been changed.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/recovery.py" line="65" />
            <source>Đang mở: {target}</source>
            <translation>Opening: {target}</translation>
        </message>
    </context>
    <context>
        <name>register</name>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="114" />
            <source>&amp;Lưu trữ</source>
            <translation>Archi&amp;ve</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="115" />
            <source>&amp;Nhập từ Excel…</source>
            <translation>&amp;Import from Excel…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="112" />
            <source>&amp;Sửa</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="110" />
            <source>&amp;Thêm</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="116" />
            <source>&amp;Xuất Excel…</source>
            <translation>E&amp;xport to Excel…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/table.py" line="351" />
            <source>Bấm để sắp xếp theo cột này</source>
            <translation>Click to sort by this column</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="146" />
            <source>Bỏ họ tên, điện thoại, email của người đại diện khỏi tệp Excel</source>
            <translation>Leave the representative's name, phone and email out of the Excel file</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="216" />
            <source>Chi nhánh</source>
            <translation>Branch</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="139" />
            <source>Chưa tham gia dự án điểm</source>
            <translation>Not in a pilot project</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="135" />
            <source>Chưa xác định</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="216" />
            <source>Công ty TNHH</source>
            <translation>Limited company</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="216" />
            <source>Công ty cổ phần</source>
            <translation>Joint-stock co.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="216" />
            <source>Công ty hợp danh</source>
            <translation>Partnership</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="140" />
            <source>Cả DN đã lưu &amp;trữ</source>
            <translation>Show a&amp;rchived</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="216" />
            <source>Doanh nghiệp tư nhân</source>
            <translation>Private enterprise</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="119" />
            <source>Ghi cùng một lượt hỗ trợ (tập huấn, tư vấn…) cho các doanh nghiệp đang chọn (Ctrl/Shift + nhấp để chọn nhiều)</source>
            <translation>Record the same support (training, consulting…) for the selected enterprises (Ctrl/Shift + click to select several)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="117" />
            <source>Ghi lượt &amp;hỗ trợ…</source>
            <translation>Record a &amp;support…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="141" />
            <source>Hiện cả các doanh nghiệp đã lưu trữ</source>
            <translation>Also show archived enterprises</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="216" />
            <source>Hộ kinh doanh</source>
            <translation>Household business</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="216" />
            <source>Hợp tác xã</source>
            <translation>Cooperative</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="216" />
            <source>Khác</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="433" />
            <source>Khôi &amp;phục</source>
            <translation>Rest&amp;ore</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="343" />
            <source>Không có doanh nghiệp nào khớp bộ lọc. Xóa ô tìm kiếm hoặc chọn lại «Tất cả» ở các bộ lọc để xem cả sổ.</source>
            <translation>No enterprises match the filters. Clear the search or choose "All" in the filters again to see the whole register.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="352" />
            <source>Không có doanh nghiệp nào khớp với “{text}”</source>
            <translation>No enterprise matches “{text}”</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="135" />
            <source>Không phải DNNVV</source>
            <translation>Not an SME</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/table.py" line="349" />
            <source>Loại hình</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/table.py" line="349" />
            <source>Lưu trữ</source>
            <translation>Archived</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/table.py" line="349" />
            <source>Mã số thuế</source>
            <translation>Tax code</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="138" />
            <source>Mọi công cụ</source>
            <translation>All tools</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="133" />
            <source>Mọi loại hình</source>
            <translation>All types</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="136" />
            <source>Mọi ngành</source>
            <translation>All sectors</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="134" />
            <source>Mọi quy mô</source>
            <translation>All sizes</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="137" />
            <source>Mọi xã/phường</source>
            <translation>All communes</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/table.py" line="349" />
            <source>Ngành (VSIC)</source>
            <translation>Sector (VSIC)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="123" />
            <source>Nhập số liệu trước/sau của một chỉ tiêu cho các doanh nghiệp đang chọn</source>
            <translation>Enter before/after values of one metric for the selected enterprises</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="135" />
            <source>Nhỏ</source>
            <translation>Small</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/table.py" line="349" />
            <source>Quy mô</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="135" />
            <source>Siêu nhỏ</source>
            <translation>Micro</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/table.py" line="349" />
            <source>Số lao động</source>
            <translation>Employees</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="121" />
            <source>Số liệu &amp;trước/sau…</source>
            <translation>&amp;Before/after values…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="345" />
            <source>Sổ doanh nghiệp còn trống. Bấm «Thêm» (Ctrl+N) để ghi doanh nghiệp đầu tiên, hoặc «Nhập từ Excel…» để nhập danh sách có sẵn (xem Trợ giúp › Hướng dẫn sử dụng, F1).</source>
            <translation>The register is empty. Click "Add" (Ctrl+N) to record the first enterprise, or "Import from Excel…" to import an existing list (see Help › User guide, F1).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="113" />
            <source>Sửa doanh nghiệp đang chọn (Enter hoặc nhấp đúp)</source>
            <translation>Edit the selected enterprise (Enter or double-click)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="111" />
            <source>Thêm doanh nghiệp (Ctrl+N)</source>
            <translation>Add an enterprise (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="139" />
            <source>Trong/ngoài dự án điểm</source>
            <translation>In or outside pilot projects</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/table.py" line="349" />
            <source>Tên doanh nghiệp</source>
            <translation>Enterprise name</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="100" />
            <source>Tìm theo tên, mã số thuế, địa chỉ, xã/phường…</source>
            <translation>Search by name, tax code, address, commune…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="482" />
            <source>Tệp Excel (*.xlsx)</source>
            <translation>Excel files (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/form.py" line="216" />
            <source>Tổ hợp tác</source>
            <translation>Cooperative group</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="135" />
            <source>Vừa</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="480" />
            <source>Xuất danh sách đang hiện ra Excel ({n} doanh nghiệp)</source>
            <translation>Export the list as shown to Excel ({n} enterprises)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="144" />
            <source>Xuất không kèm dữ liệu &amp;cá nhân</source>
            <translation>Export without &amp;personal data</translation>
        </message>
        <message>
            <source>Xuất sổ doanh nghiệp ra Excel</source>
            <translation type="vanished">Export the enterprise register to Excel</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/table.py" line="349" />
            <source>Xã/Phường</source>
            <translation>Commune/ward</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="354" />
            <source>{n} doanh nghiệp</source>
            <translation>{n} enterprises</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="139" />
            <source>Đang trong dự án điểm</source>
            <translation>In a pilot project</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="506" />
            <source>Đang xuất Excel…</source>
            <translation>Exporting to Excel…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/table.py" line="399" />
            <source>Đã lưu trữ</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Đã xuất {n} doanh nghiệp vào {path}</source>
            <translation type="vanished">Exported {n} enterprises to {path}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="499" />
            <source>Đã xuất {n} doanh nghiệp đang hiện trong danh sách (theo bộ lọc và thứ tự sắp xếp trên màn hình) vào {path}</source>
            <translation>Exported the {n} enterprises shown in the list (with the filters and sort order on screen) to {path}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="435" />
            <source>Đưa doanh nghiệp trở lại danh sách đang theo dõi</source>
            <translation>Put the enterprise back on the list being tracked</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/register/page.py" line="436" />
            <source>Ẩn doanh nghiệp khỏi danh sách mặc định; không xóa dữ liệu</source>
            <translation>Hide the enterprise from the default list; no data is deleted</translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <source> (vượt chỉ tiêu)</source>
            <translation type="vanished"> (exceeded)</translation>
        </message>
        <message>
            <source>(Ký tên, đóng dấu)</source>
            <translation type="vanished">(signature and seal)</translation>
        </message>
        <message>
            <source>(Ký, ghi rõ họ tên)</source>
            <translation type="vanished">(signature and full name)</translation>
        </message>
        <message>
            <source>(chưa đặt đơn vị)</source>
            <translation type="vanished">(office not set)</translation>
        </message>
        <message>
            <source>BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NÂNG CAO NĂNG SUẤT</source>
            <translation type="vanished">REPORT ON THE PRODUCTIVITY IMPROVEMENT PLAN</translation>
        </message>
        <message>
            <source>Bình quân cải thiện (%)</source>
            <translation type="vanished">Mean gain (%)</translation>
        </message>
        <message>
            <source>Bắt đầu</source>
            <translation type="vanished">Start</translation>
        </message>
        <message>
            <source>Chỉ tiêu</source>
            <translation type="vanished">Targets</translation>
        </message>
        <message>
            <source>Chỉ tiêu năng suất</source>
            <translation type="vanished">Productivity metric</translation>
        </message>
        <message>
            <source>CÁC DỰ ÁN ĐIỂM</source>
            <translation type="vanished">PILOT PROJECTS</translation>
        </message>
        <message>
            <source>CÔNG CỤ, HỆ THỐNG QUẢN LÝ ĐƯỢC ÁP DỤNG</source>
            <translation type="vanished">TOOLS AND MANAGEMENT SYSTEMS ADOPTED</translation>
        </message>
        <message>
            <source>Cách tính, ghi chú</source>
            <translation type="vanished">How counted, notes</translation>
        </message>
        <message>
            <source>Công cụ</source>
            <translation type="vanished">Tools</translation>
        </message>
        <message>
            <source>Công cụ áp dụng</source>
            <translation type="vanished">Tools adopted</translation>
        </message>
        <message>
            <source>Công cụ, hệ thống quản lý</source>
            <translation type="vanished">Tool or management system</translation>
        </message>
        <message>
            <source>Cải thiện</source>
            <translation type="vanished">Improved</translation>
        </message>
        <message>
            <source>Cải thiện năng suất</source>
            <translation type="vanished">Productivity gains</translation>
        </message>
        <message>
            <source>Cần đạt theo tiến độ</source>
            <translation type="vanished">Expected by now</translation>
        </message>
        <message>
            <source>DANH SÁCH LƯỢT HỖ TRỢ DOANH NGHIỆP</source>
            <translation type="vanished">SUPPORTS GIVEN TO ENTERPRISES</translation>
        </message>
        <message>
            <source>Doanh nghiệp</source>
            <translation type="vanished">Enterprise</translation>
        </message>
        <message>
            <source>Dự án điểm</source>
            <translation type="vanished">Pilot projects</translation>
        </message>
        <message>
            <source>Giấy chứng nhận</source>
            <translation type="vanished">Certificate</translation>
        </message>
        <message>
            <source>Góp phần vào chỉ tiêu chung của cấp trên.</source>
            <translation type="vanished">Contributes to the higher level's target.</translation>
        </message>
        <message>
            <source>Hết hạn</source>
            <translation type="vanished">Expires</translation>
        </message>
        <message>
            <source>Không cải thiện</source>
            <translation type="vanished">Not improved</translation>
        </message>
        <message>
            <source>Kinh phí (triệu đồng)</source>
            <translation type="vanished">Funding (million VND)</translation>
        </message>
        <message>
            <source>KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU</source>
            <translation type="vanished">PROGRESS ON TARGETS</translation>
        </message>
        <message>
            <source>Kết thúc</source>
            <translation type="vanished">End</translation>
        </message>
        <message>
            <source>Kỳ tính</source>
            <translation type="vanished">Counting period</translation>
        </message>
        <message>
            <source>Loại hỗ trợ</source>
            <translation type="vanished">Support types</translation>
        </message>
        <message>
            <source>Lượt hỗ trợ</source>
            <translation type="vanished">Supports</translation>
        </message>
        <message>
            <source>Lượt đang thực hiện hoặc đã hoàn thành; một lượt áp dụng nhiều công cụ được tính cho mỗi công cụ.</source>
            <translation type="vanished">Supports in progress or completed; a support with several tools counts for each tool.</translation>
        </message>
        <message>
            <source>Mã</source>
            <translation type="vanished">Code</translation>
        </message>
        <message>
            <source>Mã số thuế</source>
            <translation type="vanished">Tax code</translation>
        </message>
        <message>
            <source>Mốc</source>
            <translation type="vanished">Milestone</translation>
        </message>
        <message>
            <source>Mỗi cặp: giá trị trước hỗ trợ sớm nhất và sau hỗ trợ muộn nhất của một lượt; tỷ lệ lỗi giảm là cải thiện; số liệu đang chờ xem lại không được tính.</source>
            <translation type="vanished">Each pair: the earliest value before and the latest after one support; a falling defect rate is a gain; values awaiting review are left out.</translation>
        </message>
        <message>
            <source>MỨC CẢI THIỆN NĂNG SUẤT THEO CÔNG CỤ</source>
            <translation type="vanished">PRODUCTIVITY GAINS BY TOOL</translation>
        </message>
        <message>
            <source>NGƯỜI LẬP BIỂU</source>
            <translation type="vanished">PREPARED BY</translation>
        </message>
        <message>
            <source>STT</source>
            <translation type="vanished">No.</translation>
        </message>
        <message>
            <source>Số cặp trước/sau</source>
            <translation type="vanished">Before/after pairs</translation>
        </message>
        <message>
            <source>Số doanh nghiệp</source>
            <translation type="vanished">Enterprises</translation>
        </message>
        <message>
            <source>Số liệu tính đến ngày {date}</source>
            <translation type="vanished">Figures as of {date}</translation>
        </message>
        <message>
            <source>Số lượt</source>
            <translation type="vanished">Supports</translation>
        </message>
        <message>
            <source>THỦ TRƯỞNG ĐƠN VỊ</source>
            <translation type="vanished">HEAD OF THE OFFICE</translation>
        </message>
        <message>
            <source>Thực hiện</source>
            <translation type="vanished">Achieved</translation>
        </message>
        <message>
            <source>Trung vị cải thiện (%)</source>
            <translation type="vanished">Median gain (%)</translation>
        </message>
        <message>
            <source>Trạng thái</source>
            <translation type="vanished">Status</translation>
        </message>
        <message>
            <source>Tên dự án</source>
            <translation type="vanished">Project name</translation>
        </message>
        <message>
            <source>Tình trạng</source>
            <translation type="vanished">Status</translation>
        </message>
        <message>
            <source>Yêu cầu</source>
            <translation type="vanished">Required</translation>
        </message>
        <message>
            <source>ngày {d:02d} tháng {m:02d} năm {y}</source>
            <translation type="vanished">{d:02d}/{m:02d}/{y}</translation>
        </message>
        <message>
            <source>{n} bản ghi chưa có ngày nên chưa được tính.</source>
            <translation type="vanished">{n} records have no date and are not counted.</translation>
        </message>
        <message>
            <source>Đơn vị</source>
            <translation type="vanished">Unit</translation>
        </message>
        <message>
            <source>Đơn vị báo cáo: {office}</source>
            <translation type="vanished">Reporting office: {office}</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="129" />
            <source>&amp;Kế hoạch:</source>
            <translation>&amp;Plan:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="169" />
            <source>&amp;Lập báo cáo Excel…</source>
            <translation>&amp;Make the Excel report…</translation>
        </message>
        <message>
            <source>&amp;Mở thư mục chứa tệp</source>
            <translation type="vanished">&amp;Open the file's folder</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="147" />
            <source>&amp;Số:</source>
            <translation>&amp;Number:</translation>
        </message>
        <message>
            <source>&amp;Tính đến ngày:</source>
            <translation type="vanished">&amp;As of:</translation>
        </message>
        <message>
            <source>&amp;Xuất báo cáo Excel…</source>
            <translation type="vanished">E&amp;xport Excel report…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="166" />
            <source>Báo cáo &amp;mới</source>
            <translation>&amp;New report</translation>
        </message>
        <message>
            <source>Báo cáo kết quả thực hiện kế hoạch (gửi Sở Khoa học và Công nghệ)</source>
            <translation type="vanished">Plan progress report (for the Department of Science and Technology)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="293" />
            <source>Báo cáo mới</source>
            <translation>New report</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/made.py" line="52" />
            <source>Báo cáo đã lập</source>
            <translation>Reports made</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/page.py" line="179" />
            <source>Báo cáo được đánh dấu gửi trước khi ứng dụng lưu dữ liệu kèm theo: tệp có số liệu như khi gửi nhưng không có các trang «Dữ liệu».</source>
            <translation>The report was marked as sent before the app kept the data sent with it: the file has the figures as sent but no «Dữ liệu» sheets.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="173" />
            <source>Chưa có kế hoạch nào. Tạo kế hoạch ở mục «Kế hoạch &amp; chỉ tiêu» trước.</source>
            <translation>No plan yet. Create one under “Plans &amp; targets” first.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="159" />
            <source>Chức vụ (ví dụ PHÓ CHỦ TỊCH)</source>
            <translation>Title (e.g. PHÓ CHỦ TỊCH)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="160" />
            <source>Họ và tên</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="115" />
            <source>Khó khăn, vướng mắc</source>
            <translation>Difficulties and obstacles</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="148" />
            <source>Kính gửi:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/made.py" line="55" />
            <source>Kế hoạch</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="114" />
            <source>Kết quả</source>
            <translation>Results</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/made.py" line="55" />
            <source>Kỳ</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="134" />
            <source>Kỳ &amp;báo cáo:</source>
            <translation>Reporting &amp;period:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/page.py" line="122" />
            <source>Lưu báo cáo Excel</source>
            <translation>Save the Excel report</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="124" />
            <source>Lưu người ký, nơi gửi, nơi nhận làm mặc định</source>
            <translation>Save signer, addressees and recipients as defaults</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/made.py" line="67" />
            <source>Lập lại tệp &amp;Excel…</source>
            <translation>Make the &amp;Excel file again…</translation>
        </message>
        <message>
            <source>Một tệp Excel gồm 5 trang: &lt;b&gt;Chỉ tiêu&lt;/b&gt; (thực hiện so với yêu cầu và tiến độ, cách tính), &lt;b&gt;Lượt hỗ trợ&lt;/b&gt; trên địa bàn kế hoạch đến ngày báo cáo, &lt;b&gt;Dự án điểm&lt;/b&gt; của kế hoạch, &lt;b&gt;Công cụ áp dụng&lt;/b&gt; và &lt;b&gt;Cải thiện năng suất&lt;/b&gt; theo công cụ. Mỗi trang in vừa khổ A4 ngang.</source>
            <translation type="vanished">One Excel file with 5 sheets: &lt;b&gt;Targets&lt;/b&gt; (achieved against required and pace, how counted), &lt;b&gt;Supports&lt;/b&gt; in the plan's territory up to the report date, the plan's &lt;b&gt;Pilot projects&lt;/b&gt;, &lt;b&gt;Tools adopted&lt;/b&gt; and &lt;b&gt;Productivity gains&lt;/b&gt; by tool. Each sheet prints on landscape A4.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/made.py" line="64" />
            <source>Mở lại để &amp;sửa</source>
            <translation>Reopen to &amp;edit</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="181" />
            <source>Mở thư mục chứa tệp</source>
            <translation>Open the containing folder</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/made.py" line="56" />
            <source>Ngày gửi</source>
            <translation>Sent on</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="145" />
            <source>Ngày:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="156" />
            <source>Người ký:</source>
            <translation>Signer:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="117" />
            <source>Nhiệm vụ kỳ tới</source>
            <translation>Next period's tasks</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="162" />
            <source>Như trên;
Lưu: VT.</source>
            <translation>Như trên;
Lưu: VT.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="143" />
            <source>Nơi ban hành:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="157" />
            <source>Nơi nhận:</source>
            <translation>Recipients:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/made.py" line="55" />
            <source>Số</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/page.py" line="181" />
            <source>Số liệu và các trang «Dữ liệu» như khi gửi ngày {date}.</source>
            <translation>Figures and «Dữ liệu» sheets as sent on {date}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="161" />
            <source>TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH</source>
            <translation>TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/made.py" line="56" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="248" />
            <source>Tùy chọn (chọn ngày)</source>
            <translation>Custom (choose the dates)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="107" />
            <source>Tạo &amp;dự thảo từ số liệu</source>
            <translation>&amp;Draft from the figures</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/page.py" line="123" />
            <source>Tệp Excel (*.xlsx)</source>
            <translation>Excel files (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="140" />
            <source>Từ ngày – đến ngày:</source>
            <translation>From – to:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="132" />
            <source>năm</source>
            <translation>year</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="96" />
            <source>ví dụ 15/BC-UBND</source>
            <translation>e.g. 15/BC-UBND</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/made.py" line="136" />
            <source>Đang lập báo cáo…</source>
            <translation>Preparing the report…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="306" />
            <source>Đang sửa báo cáo: {label}</source>
            <translation>Editing report: {label}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="344" />
            <source>Đang tính số liệu…</source>
            <translation>Working out the figures…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/made.py" line="72" />
            <source>Đánh dấu &amp;đã gửi ngày</source>
            <translation>Mark as &amp;sent on</translation>
        </message>
        <message>
            <source>Đã ghi báo cáo kế hoạch &lt;b&gt;{plan}&lt;/b&gt; tính đến ngày {date} vào &lt;b&gt;{path}&lt;/b&gt;: {targets} chỉ tiêu, {supports} lượt hỗ trợ, {projects} dự án điểm, {tools} công cụ.</source>
            <translation type="vanished">Wrote the report of plan &lt;b&gt;{plan}&lt;/b&gt; as of {date} to &lt;b&gt;{path}&lt;/b&gt;: {targets} targets, {supports} supports, {projects} pilot projects, {tools} tools.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/page.py" line="163" />
            <source>Đã ghi báo cáo {period} vào &lt;b&gt;{path}&lt;/b&gt;: {targets} chỉ tiêu, {supports} lượt hỗ trợ, {projects} dự án điểm.</source>
            <translation>Report {period} written to &lt;b&gt;{path}&lt;/b&gt;: {targets} targets, {supports} support rounds, {projects} pilot projects.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="360" />
            <source>Đã lưu người ký, nơi gửi và nơi nhận làm mặc định.</source>
            <translation>Signer, addressees and recipients saved as defaults.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/made.py" line="153" />
            <source>Đã đánh dấu báo cáo {label} đã gửi ngày {date}; số liệu được giữ nguyên như khi gửi.</source>
            <translation>Report {label} marked as sent on {date}; its figures are kept as they were when sent.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/reports/form.py" line="116" />
            <source>Đề xuất, kiến nghị</source>
            <translation>Proposals</translation>
        </message>
    </context>
    <context>
        <name>setup</name>
        <message>
            <location filename="../../nsdesk/ui/setup_dialog.py" line="151" />
            <source>&amp;Họ tên cán bộ:</source>
            <translation>Officer's &amp;name:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/setup_dialog.py" line="148" />
            <source>&amp;Tỉnh/thành phố:</source>
            <translation>&amp;Province:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/setup_dialog.py" line="149" />
            <source>&amp;Xã/phường/đặc khu:</source>
            <translation>&amp;Commune/ward/special zone:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/setup_dialog.py" line="217" />
            <source>Chọn tỉnh/thành phố trong danh sách 34 tỉnh, thành phố.</source>
            <translation>Choose a province from the list of 34 provinces.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/setup_dialog.py" line="212" />
            <source>Chọn xã/phường trong danh sách của tỉnh đã chọn (hoặc để trống).</source>
            <translation>Choose a commune of the chosen province from the list (or leave it empty).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/setup_dialog.py" line="124" />
            <source>Chọn đơn vị nơi cài đặt nsdesk (theo danh mục hành chính sau ngày 1/7/2025) và nhập họ tên cán bộ phụ trách. Họ tên được ghi vào lịch sử thay đổi và chữ ký báo cáo.</source>
            <translation>Choose the office where nsdesk is installed (administrative units after 1 July 2025) and enter the officer's name. The name appears in the change history and on report signatures.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/setup_dialog.py" line="207" />
            <source>Hãy nhập họ tên cán bộ phụ trách.</source>
            <translation>Enter the name of the officer in charge.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/setup_dialog.py" line="163" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/setup_dialog.py" line="119" />
            <source>Thông tin đơn vị</source>
            <translation>Office details</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/setup_dialog.py" line="139" />
            <source>ví dụ: Thành phố Kon Tum (không bắt buộc)</source>
            <translation>e.g. Thành phố Kon Tum (optional)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/setup_dialog.py" line="150" />
            <source>Đơn vị &amp;cũ (thành phố/huyện trước 7/2025):</source>
            <translation>&amp;Former unit (city/district before 7/2025):</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/setup_dialog.py" line="164" />
            <source>Để sau</source>
            <translation>Later</translation>
        </message>
    </context>
    <context>
        <name>submission</name>
        <message>
            <location filename="../../nsdesk/services/consolidation/overview.py" line="189" />
            <source>(chưa rõ xã/phường)</source>
            <translation>(commune unknown)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/importing.py" line="206" />
            <source>Báo cáo gửi sau thay báo cáo gửi trước, không ngược lại.</source>
            <translation>A later report replaces an earlier one, not the other way round.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/overview.py" line="72" />
            <source>Báo cáo này đã được thay bằng báo cáo {office} gửi sau; hãy xét báo cáo mới.</source>
            <translation>This report has been replaced by the one {office} sent later; review the newer report.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/overview.py" line="113" />
            <source>Chỉ có thể giữ giá trị đang dùng hoặc giá trị kia.</source>
            <translation>Keep either the current value or the other one.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="108" />
            <source>Cập nhật nsdesk lên bản mới rồi nhập lại.</source>
            <translation>Update nsdesk to a newer version and import again.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="231" />
            <source>Cột trước/sau phải là before hoặc after.</source>
            <translation>The before/after column must be before or after.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/records.py" line="253" />
            <source>Doanh nghiệp của dòng này không có trong tệp.</source>
            <translation>The enterprise of this row is not in the file.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/records.py" line="255" />
            <source>Dự án của lượt này không có trong tệp.</source>
            <translation>The project of this support is not in the file.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/overview.py" line="119" />
            <source>Giá trị "{field}" này phải sửa trong hồ sơ của bản ghi.</source>
            <translation>This "{field}" value must be edited in the record's own form.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="235" />
            <source>Giá trị đo "{value}" không phải là số.</source>
            <translation>Measured value "{value}" is not a number.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/overview.py" line="70" />
            <source>Hãy ghi lý do trả lại báo cáo.</source>
            <translation>Write why the report is returned.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="81" />
            <source>Hãy nhận tệp báo cáo do nsdesk của đơn vị gửi xuất ra.</source>
            <translation>Receive the report file exported by the office's nsdesk.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="228" />
            <source>Không có chỉ tiêu đo "{value}".</source>
            <translation>There is no metric "{value}".</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="216" />
            <source>Không có công cụ mã "{value}" trong danh mục.</source>
            <translation>There is no tool with code "{value}" in the catalogue.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="213" />
            <source>Không có hình thức hỗ trợ "{value}".</source>
            <translation>There is no support type "{value}".</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="197" />
            <source>Không có xã/phường mã "{value}".</source>
            <translation>There is no commune with code "{value}".</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/overview.py" line="66" />
            <source>Không tìm thấy báo cáo này trong sổ nhận báo cáo.</source>
            <translation>This report is not in the submissions register.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/overview.py" line="123" />
            <source>Không tìm thấy bản ghi của khác biệt này.</source>
            <translation>The record of this conflict was not found.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/overview.py" line="111" />
            <source>Không tìm thấy khác biệt này (có thể đã được xử lý).</source>
            <translation>This conflict was not found (it may have been resolved).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="172" />
            <source>Không đọc được thời điểm sửa "{value}".</source>
            <translation>Cannot read the modification time "{value}".</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/records.py" line="259" />
            <source>Kế hoạch {plan} không có nhiệm vụ số {number}.</source>
            <translation>Plan {plan} has no task number {number}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/records.py" line="257" />
            <source>Lượt của số đo này không có trong tệp.</source>
            <translation>The support of this measurement is not in the file.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="167" />
            <source>Mã định danh (UUID) không hợp lệ: "{value}".</source>
            <translation>Invalid identifier (UUID): "{value}".</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="248" />
            <source>Năm và giá trị chỉ số phải là số.</source>
            <translation>The indicator's year and value must be numbers.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="219" />
            <source>Thiếu doanh nghiệp của lượt.</source>
            <translation>The support has no enterprise.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="222" />
            <source>Thiếu mã dự án.</source>
            <translation>The project code is missing.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="239" />
            <source>Thiếu tên hoạt động.</source>
            <translation>The activity has no title.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/importing.py" line="174" />
            <source>Trùng với dòng {row}: "{value}" chỉ được có một lần.</source>
            <translation>Same as row {row}: "{value}" may appear only once.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/overview.py" line="68" />
            <source>Trạng thái "{status}" không hợp lệ.</source>
            <translation>Status "{status}" is not valid.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="224" />
            <source>Trạng thái dự án "{value}" không hợp lệ.</source>
            <translation>Project status "{value}" is not valid.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="209" />
            <source>Trạng thái lượt "{value}" không hợp lệ.</source>
            <translation>Support status "{value}" is not valid.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="85" />
            <source>Tệp {path} bị hỏng: {what}</source>
            <translation>File {path} is damaged: {what}</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/importing.py" line="204" />
            <source>Tệp {path} cũ hơn báo cáo {office} đã gửi cho kỳ này; không nhập gì.</source>
            <translation>File {path} is older than the report {office} already sent for this period; nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="79" />
            <source>Tệp {path} không phải gói dữ liệu báo cáo của nsdesk (thiếu trang "{sheet}").</source>
            <translation>File {path} is not an nsdesk report data package (no sheet "{sheet}").</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="106" />
            <source>Tệp {path} theo định dạng phiên bản {version}, mới hơn phiên bản {mine} mà nsdesk này đọc được; không nhập gì.</source>
            <translation>File {path} uses format version {version}, newer than version {mine} this nsdesk reads; nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="120" />
            <source>không đọc được kỳ báo cáo.</source>
            <translation>the reporting period cannot be read.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="103" />
            <source>không đọc được phiên bản định dạng.</source>
            <translation>the format version cannot be read.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="122" />
            <source>thiếu mã kế hoạch.</source>
            <translation>the plan code is missing.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="111" />
            <source>thiếu trang "{sheet}".</source>
            <translation>the sheet "{sheet}" is missing.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="114" />
            <source>tiêu đề trang "{sheet}" không đúng mẫu.</source>
            <translation>the header of sheet "{sheet}" does not match the format.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="159" />
            <source>{label} phải là ngày dạng NNNN-TT-NN (đang là "{value}").</source>
            <translation>{label} must be a date as YYYY-MM-DD (it is "{value}").</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/importing.py" line="230" />
            <source>Đã hủy nhận báo cáo; không có gì thay đổi.</source>
            <translation>Receiving the report was cancelled; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/importing.py" line="116" />
            <source>Đơn vị đã rút số đo này trong báo cáo gửi sau.</source>
            <translation>The office withdrew this measurement in a later report.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/consolidation/reading.py" line="86" />
            <source>Đề nghị đơn vị gửi lại tệp.</source>
            <translation>Ask the office to send the file again.</translation>
        </message>
    </context>
    <context>
        <name>summaries</name>
        <message>
            <location filename="../../nsdesk/services/pilots/summaries.py" line="121" />
            <source>Chưa rõ ngành</source>
            <translation>Sector unknown</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/summaries.py" line="121" />
            <source>Chưa rõ xã/phường</source>
            <translation>Commune unknown</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/summaries.py" line="366" />
            <source>Chỉ đếm số doanh nghiệp áp dụng theo công cụ (tool) hoặc ngành (sector).</source>
            <translation>Enterprises applying can only be counted by tool or by sector.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/summaries.py" line="93" />
            <source>Cách nhóm "{by}" không hợp lệ; chọn một trong: {choices}.</source>
            <translation>Grouping "{by}" is not valid; choose one of: {choices}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/summaries.py" line="121" />
            <source>Không gắn công cụ</source>
            <translation>No tool</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/summaries.py" line="121" />
            <source>Không thuộc dự án điểm</source>
            <translation>Not in a pilot project</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/summaries.py" line="375" />
            <source>Không tìm thấy doanh nghiệp "{ref}".</source>
            <translation>Enterprise "{ref}" was not found.</translation>
        </message>
    </context>
    <context>
        <name>supports</name>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="44" />
            <source>&amp;Doanh nghiệp</source>
            <translation>&amp;Enterprise</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="78" />
            <source>&amp;Loại hỗ trợ</source>
            <translation>Support &amp;type</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="151" />
            <source>&amp;Mã công cụ</source>
            <translation>Tool &amp;code</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="156" />
            <source>&amp;Nhóm</source>
            <translation>&amp;Group</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="152" />
            <source>&amp;Tên công cụ</source>
            <translation>Tool &amp;name</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="46" />
            <source>(không thuộc dự án điểm)</source>
            <translation>(not in a pilot project)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="26" />
            <source>(ngừng sử dụng)</source>
            <translation>(retired)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="211" />
            <source>(ngừng)</source>
            <translation>(retired)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="61" />
            <source>&lt;b&gt;Giấy chứng nhận&lt;/b&gt;</source>
            <translation>&lt;b&gt;Certificate&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="250" />
            <source>&lt;span style='color:#8a5a00'&gt;⚠ {k} giấy chứng nhận hết hạn trong 90 ngày&lt;/span&gt;</source>
            <translation>&lt;span style='color:#8a5a00'&gt;⚠ {k} certificate(s) expiring within 90 days&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="143" />
            <source>Bắt đầu</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="123" />
            <source>Bắt đầu từ</source>
            <translation>Started from</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="83" />
            <source>C&amp;ông cụ</source>
            <translation>Too&amp;ls</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="351" />
            <source>Chuyển trạng thái sang "Đã hủy", hoặc xóa các số liệu đo trước.</source>
            <translation>Set its status to "Cancelled", or delete the measurements first.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="258" />
            <source>Chưa có lượt hỗ trợ nào. Bấm «Thêm lượt hỗ trợ…» để ghi lần hỗ trợ đầu tiên cho một doanh nghiệp trong sổ (chưa có doanh nghiệp: thêm ở trang Doanh nghiệp, Ctrl+2).</source>
            <translation>No supports yet. Click "Add support…" to record the first support of an enterprise in the register (no enterprises yet: add them on the Enterprises page, Ctrl+2).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="182" />
            <source>Chọn ít nhất một loại hỗ trợ.</source>
            <translation>Choose at least one type of support.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="143" />
            <source>Công cụ</source>
            <translation>Tools</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="176" />
            <source>Công cụ ngừng sử dụng không còn được chọn cho lượt hỗ trợ mới nhưng vẫn giữ trên các lượt cũ. Chỉ xóa được công cụ chưa dùng ở lượt nào.</source>
            <translation>A retired tool can no longer be chosen for new supports but stays on earlier ones. Only a tool not used in any support can be deleted.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="196" />
            <source>Công cụ đã ngừng sử dụng, không chọn cho lượt hỗ trợ mới: {codes}.</source>
            <translation>Tools no longer in use cannot be chosen for a new support: {codes}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="127" />
            <source>Công cụ:</source>
            <translation>Tool:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="85" />
            <source>Danh mục công cụ</source>
            <translation>Tool catalogue</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="143" />
            <source>Doanh nghiệp</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="355" />
            <source>Dùng lại</source>
            <translation>Use again</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="143" />
            <source>Dự án</source>
            <translation>Project</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="175" />
            <source>Dự án "{code}" đã lưu trữ; không gắn thêm lượt hỗ trợ mới vào đó.</source>
            <translation>Project "{code}" is archived; no new supports can be added to it.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="51" />
            <source>Dự án đ&amp;iểm</source>
            <translation>&amp;Pilot project</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="127" />
            <source>Dự án:</source>
            <translation>Project:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="72" />
            <source>Ghi &amp;chú</source>
            <translation>N&amp;otes</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="240" />
            <source>Giấy chứng nhận hết hạn trong vòng 90 ngày</source>
            <translation>Certificate expires within 90 days</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="242" />
            <source>Giấy chứng nhận đã hết hạn</source>
            <translation>Certificate has expired</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="155" />
            <source>Hãy chọn doanh nghiệp được hỗ trợ.</source>
            <translation>Choose the enterprise supported.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/bulk.py" line="105" />
            <source>Hãy chọn ít nhất một doanh nghiệp (hoặc dán mã số thuế của các doanh nghiệp).</source>
            <translation>Choose at least one enterprise (or paste the enterprises' tax codes).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="143" />
            <source>Hết hạn GCN</source>
            <translation>Certificate expiry</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="256" />
            <source>Không có lượt hỗ trợ nào khớp bộ lọc. Xóa ô tìm kiếm, khoảng ngày hoặc chọn lại «Mọi …» ở các bộ lọc.</source>
            <translation>No supports match the filters. Clear the search or the dates, or choose "All …" in the filters again.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="194" />
            <source>Không có trong danh mục công cụ: {codes}.</source>
            <translation>Not in the tool catalogue: {codes}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="156" />
            <source>Không tìm thấy doanh nghiệp "{ref}" (mã số thuế hoặc mã định danh).</source>
            <translation>Enterprise "{ref}" was not found (tax code or identifier).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="503" />
            <source>Không tìm thấy doanh nghiệp "{ref}".</source>
            <translation>Enterprise "{ref}" was not found.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="170" />
            <source>Không tìm thấy dự án điểm "{ref}"; chọn dự án đã có hoặc để trống.</source>
            <translation>Pilot project "{ref}" was not found; choose an existing project or leave it empty.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="114" />
            <source>Không tìm thấy lượt hỗ trợ "{ref}".</source>
            <translation>Support "{ref}" was not found.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="340" />
            <source>Không xóa</source>
            <translation>Don't delete</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="350" />
            <source>Không xóa được lượt hỗ trợ này vì đã có số liệu đo trước/sau.</source>
            <translation>This support cannot be deleted: it already has before/after measurements.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="58" />
            <source>Kinh phí NSNN (triệu đồng)</source>
            <translation>State budget funding (million VND)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="59" />
            <source>Kinh phí doanh nghiệp (triệu đồng)</source>
            <translation>Enterprise funding (million VND)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="60" />
            <source>Kinh phí nguồn khác (triệu đồng)</source>
            <translation>Other funding (million VND)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="143" />
            <source>Kết thúc</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="143" />
            <source>Loại hỗ trợ</source>
            <translation>Support type</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="184" />
            <source>Loại hỗ trợ không hợp lệ: {bad}; chọn trong: {choices}.</source>
            <translation>Invalid support type(s): {bad}; choose from: {choices}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="126" />
            <source>Loại:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="84" />
            <source>Lượt hỗ trợ</source>
            <translation>Supports</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="159" />
            <source>Lượt hỗ trợ này đã có số liệu đo của doanh nghiệp cũ; không đổi doanh nghiệp được. Hãy tạo lượt mới cho doanh nghiệp kia.</source>
            <translation>This support already has measurements of the previous enterprise; its enterprise cannot be changed. Create a new support for the other enterprise.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="216" />
            <source>Lượt hỗ trợ đã hoàn thành cần có ngày bắt đầu.</source>
            <translation>A completed support needs a start date.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="166" />
            <source>Mã</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="143" />
            <source>Mã số thuế</source>
            <translation>Tax code</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="119" />
            <source>Mọi công cụ</source>
            <translation>All tools</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="121" />
            <source>Mọi dự án</source>
            <translation>All projects</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="115" />
            <source>Mọi loại hỗ trợ</source>
            <translation>All support types</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="111" />
            <source>Mọi trạng thái</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="52" />
            <source>Ngày &amp;bắt đầu</source>
            <translation>&amp;Start date</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="53" />
            <source>Ngày &amp;kết thúc</source>
            <translation>E&amp;nd date</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="67" />
            <source>Ngày cấp</source>
            <translation>Issue date</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="68" />
            <source>Ngày hết hạn</source>
            <translation>Expiry date</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="210" />
            <source>Ngày hết hạn giấy chứng nhận phải sau ngày cấp.</source>
            <translation>The certificate's expiry date must be after its issue date.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="207" />
            <source>Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.</source>
            <translation>The end date must be on or after the start date.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="173" />
            <source>Ngừng sử dụng</source>
            <translation>Retire</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="135" />
            <source>Nhập từ Excel…</source>
            <translation>Import from Excel…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="65" />
            <source>Số &amp;giấy chứng nhận</source>
            <translation>&amp;Certificate number</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="143" />
            <source>Số GCN</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="166" />
            <source>Số lượt dùng</source>
            <translation>Times used</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="39" />
            <source>Sửa lượt hỗ trợ</source>
            <translation>Edit support</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="133" />
            <source>Sửa…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="149" />
            <source>Thêm công cụ vào danh mục</source>
            <translation>Add a tool to the catalogue</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="171" />
            <source>Thêm công cụ…</source>
            <translation>Add tool…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="40" />
            <source>Thêm lượt hỗ trợ</source>
            <translation>Add support</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="132" />
            <source>Thêm lượt hỗ trợ…</source>
            <translation>Add support…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="57" />
            <source>Trạng th&amp;ái</source>
            <translation>St&amp;atus</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="143" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="126" />
            <source>Trạng thái:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="66" />
            <source>Tổ chức chứng nhận</source>
            <translation>Certifying body</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="339" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="377" />
            <source>Xóa công cụ</source>
            <translation>Delete tool</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="378" />
            <source>Xóa công cụ «{name}» khỏi danh mục?</source>
            <translation>Delete tool "{name}" from the catalogue?</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="334" />
            <source>Xóa lượt hỗ trợ</source>
            <translation>Delete support</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="335" />
            <source>Xóa lượt hỗ trợ này (nhập nhầm)? Nếu lượt hỗ trợ đã diễn ra nhưng dừng lại, hãy chuyển trạng thái sang «Đã hủy» thay vì xóa.</source>
            <translation>Delete this support (entered by mistake)? If the support took place but was stopped, set its status to "Cancelled" instead of deleting it.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="134" />
            <source>Xóa…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="151" />
            <source>ví dụ KAIZEN-2</source>
            <translation>e.g. KAIZEN-2</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="52" />
            <source>{d} (đã hết hạn)</source>
            <translation>{d} (expired)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="248" />
            <source>{n} lượt hỗ trợ · {e} doanh nghiệp</source>
            <translation>{n} supports · {e} enterprises</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="281" />
            <source>Đang dùng</source>
            <translation>In use</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/supports.py" line="225" />
            <source>Đã nhập ngày của giấy chứng nhận thì hãy nhập cả số giấy chứng nhận.</source>
            <translation>If a certificate date is entered, enter the certificate number too.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/support_dialogs.py" line="148" />
            <source>Đổi tên công cụ</source>
            <translation>Rename tool</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="172" />
            <source>Đổi tên…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location filename="../../nsdesk/ui/pilots/supports_page.py" line="54" />
            <source>⚠ {d} (còn {n} ngày)</source>
            <translation>⚠ {d} ({n} days left)</translation>
        </message>
    </context>
    <context>
        <name>targets</name>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="62" />
            <source>Chỉ tiêu dạng «từ … đến …» cần cả mức tối đa; hãy nhập mức tối đa.</source>
            <translation>A "from … to …" target also needs a maximum; enter the maximum.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="119" />
            <source>Cách đếm hoạt động không hợp lệ.</source>
            <translation>The way of counting activities is not valid.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="152" />
            <source>Kế hoạch đã có chỉ tiêu mã «{code}»; chọn mã khác.</source>
            <translation>The plan already has a target with code "{code}"; choose another code.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="64" />
            <source>Mức tối đa {hi:g} nhỏ hơn mức tối thiểu {lo:g}; hãy sửa lại.</source>
            <translation>The maximum {hi:g} is below the minimum {lo:g}; correct it.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="165" />
            <source>Số liệu của tỉnh; địa phương góp phần.</source>
            <translation>Province-wide figure; the locality contributes.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="134" />
            <source>chỉ doanh nghiệp nhỏ và vừa (Nghị định 80)</source>
            <translation>SMEs only (Decree 80)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="136" />
            <source>chỉ hỗ trợ thuộc dự án/mô hình điểm</source>
            <translation>only supports within a pilot project</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="103" />
            <source>chỉ số thống kê</source>
            <translation>statistical indicator</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="156" />
            <source>cách so sánh</source>
            <translation>comparison</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="111" />
            <source>giá trị năm gần nhất</source>
            <translation>latest year's value</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="153" />
            <source>loại chỉ tiêu</source>
            <translation>target type</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="116" />
            <source>loại hoạt động</source>
            <translation>activity type</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="149" />
            <source>mã chỉ tiêu (ví dụ LP-2030)</source>
            <translation>target code (e.g. LP-2030)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="46" />
            <source>mức tối thiểu</source>
            <translation>minimum</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="48" />
            <source>mức tối đa</source>
            <translation>maximum</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="155" />
            <source>năm mốc</source>
            <translation>milestone year</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="50" />
            <source>sai số cho phép</source>
            <translation>allowed tolerance</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="130" />
            <source>số doanh nghiệp khác nhau</source>
            <translation>number of different enterprises</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="120" />
            <source>số hoạt động</source>
            <translation>number of activities</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="130" />
            <source>số lượt hỗ trợ</source>
            <translation>number of supports</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="121" />
            <source>số đơn vị chủ trì khác nhau</source>
            <translation>number of different lead units</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="110" />
            <source>trung bình các năm</source>
            <translation>average over the years</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="154" />
            <source>tên chỉ tiêu</source>
            <translation>target name</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="120" />
            <source>tổng số lượng</source>
            <translation>total quantity</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="112" />
            <source>{label}: {how} {a}–{b}, nhập theo từng năm kèm nguồn.</source>
            <translation>{label}: {how} {a}–{b}, entered year by year with its source.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="66" />
            <source>Đã có mức tối đa thì cần nhập cả mức tối thiểu.</source>
            <translation>When a maximum is given, a minimum is needed too.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="122" />
            <source>Đếm {what} loại «{kind}» trên địa bàn, từ đầu kế hoạch.</source>
            <translation>Counts the {what} of type "{kind}" in the area since the plan started.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="131" />
            <source>Đếm {what} trên địa bàn, từ đầu kế hoạch; hỗ trợ đang thực hiện hoặc đã hoàn thành, hỗ trợ đã hủy không tính</source>
            <translation>Counts the {what} in the area since the plan started; supports in progress or completed count, cancelled supports do not</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/targets.py" line="157" />
            <source>đơn vị tính</source>
            <translation>unit of measure</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <source>Không tìm thấy ghi nhận số {id}.</source>
            <translation type="vanished">Progress note no. {id} was not found.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="81" />
            <source>Không tìm thấy nhiệm vụ số {id}; có thể nó đã bị xóa.</source>
            <translation>Task no. {id} was not found; it may have been deleted.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="82" />
            <source>Tải lại danh sách nhiệm vụ.</source>
            <translation>Reload the list of tasks.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="110" />
            <source>ghi chú</source>
            <translation>notes</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="104" />
            <source>hạn hoàn thành</source>
            <translation>deadline</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="163" />
            <source>ngày ghi nhận</source>
            <translation>date recorded</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="165" />
            <source>người ghi</source>
            <translation>recorded by</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="164" />
            <source>nội dung ghi nhận</source>
            <translation>progress note</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="96" />
            <source>nội dung nhiệm vụ</source>
            <translation>task description</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="94" />
            <source>số thứ tự nhiệm vụ (ví dụ II.1, 4.1)</source>
            <translation>task number (e.g. II.1, 4.1)</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="102" />
            <source>thời gian thực hiện</source>
            <translation>implementation period</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="108" />
            <source>trạng thái</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="98" />
            <source>đơn vị chủ trì</source>
            <translation>lead unit</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/plans/tasks.py" line="100" />
            <source>đơn vị phối hợp</source>
            <translation>cooperating units</translation>
        </message>
    </context>
    <context>
        <name>taxcode</name>
        <message>
            <location filename="../../nsdesk/services/register/taxcode.py" line="124" />
            <source>Mã "{code}" có {n} chữ số: cần mã số thuế 10 số, mã chi nhánh 10-3 số hoặc số định danh cá nhân 12 số (3 số đầu là mã tỉnh 001–096).</source>
            <translation>Code "{code}" has {n} digits: a 10-digit tax code, a 10-3 digit branch code or a 12-digit personal ID number (first 3 digits a province code 001–096) is needed.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/taxcode.py" line="119" />
            <source>Mã chi nhánh "{code}" không hợp lệ: 3 số cuối phải từ 001 đến 999.</source>
            <translation>Branch code "{code}" is not valid: the last 3 digits must be 001 to 999.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/taxcode.py" line="94" />
            <source>Mã chi nhánh "{code}" không hợp lệ: phần mã chi nhánh gồm ba chữ số sau dấu gạch (ví dụ {example}).</source>
            <translation>Branch code "{code}" is not valid: the branch suffix after the dash has three digits (for example {example}).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/taxcode.py" line="90" />
            <source>Mã số thuế "{code}" chỉ được gồm chữ số (10 số, hoặc 10 số-3 số cho chi nhánh).</source>
            <translation>Tax code "{code}" may contain digits only (10 digits, or 10 digits-3 digits for a branch).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/taxcode.py" line="127" />
            <source>Mã số thuế "{code}" có {n} chữ số: cần 10 số, hoặc 10 số-3 số cho chi nhánh.</source>
            <translation>Tax code "{code}" has {n} digits: it needs 10 digits, or 10 digits-3 digits for a branch.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/taxcode.py" line="121" />
            <source>Mã số thuế "{code}" sai chữ số kiểm tra; hãy đối chiếu lại với giấy chứng nhận đăng ký.</source>
            <translation>Tax code "{code}" has a wrong check digit; compare it with the registration certificate.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/taxcode.py" line="115" />
            <source>Số định danh cá nhân 12 số ({code}) chỉ dùng cho hộ kinh doanh; doanh nghiệp phải có mã số thuế 10 số.</source>
            <translation>A 12-digit personal ID number ({code}) is only for household businesses; an enterprise must have a 10-digit tax code.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/register/taxcode.py" line="85" />
            <source>Thiếu mã số thuế.</source>
            <translation>The tax code is missing.</translation>
        </message>
    </context>
    <context>
        <name>tools</name>
        <message>
            <location filename="../../nsdesk/services/pilots/tools.py" line="171" />
            <source>Hãy cho công cụ ngừng sử dụng thay vì xóa.</source>
            <translation>Mark the tool as no longer in use instead of deleting it.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/tools.py" line="175" />
            <source>Không thể xóa công cụ "{name}" có sẵn trong danh mục chuẩn.</source>
            <translation>Cannot delete "{name}": it is part of the standard catalogue.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/tools.py" line="169" />
            <source>Không thể xóa công cụ "{name}": đang được dùng trong {n} lượt hỗ trợ.</source>
            <translation>Cannot delete tool "{name}": it is used in {n} supports.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/tools.py" line="60" />
            <source>Không tìm thấy công cụ "{ref}" trong danh mục.</source>
            <translation>Tool "{ref}" was not found in the catalogue.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/tools.py" line="105" />
            <source>Mã công cụ "{code}" đã có trong danh mục.</source>
            <translation>Tool code "{code}" is already in the catalogue.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/tools.py" line="102" />
            <source>Mã công cụ chỉ gồm chữ in hoa không dấu, chữ số, '_', '-' hoặc '.' (ví dụ LEAN, ISO9001).</source>
            <translation>A tool code may contain only unaccented capital letters, digits, '_', '-' or '.' (e.g. LEAN, ISO9001).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/tools.py" line="112" />
            <source>Đã có công cụ tên "{name}" trong danh mục.</source>
            <translation>A tool named "{name}" is already in the catalogue.</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <location filename="../../nsdesk/services/pilots/undo.py" line="134" />
            <source>Chưa có lần nhập nào để hoàn tác.</source>
            <translation>There is no import to undo.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/undo.py" line="123" />
            <source>Không hoàn tác được lần nhập gần nhất: {reason}.</source>
            <translation>The last import cannot be undone: {reason}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/undo.py" line="124" />
            <source>Sửa lại từng bản ghi bằng tay nếu cần; chưa có gì bị thay đổi.</source>
            <translation>Correct the records by hand if needed; nothing has been changed.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/undo.py" line="62" />
            <source>không có gì cần đổi</source>
            <translation>nothing to change</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/undo.py" line="158" />
            <source>{n} bản ghi của lần nhập đã được sửa sau đó</source>
            <translation>{n} records of the import were changed afterwards</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/undo.py" line="61" />
            <source>Đã hoàn tác lần nhập tệp {file}: {what}.</source>
            <translation>Undid the import of {file}: {what}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/undo.py" line="169" />
            <source>đã có lượt hỗ trợ, số liệu hoặc hoạt động ghi cho doanh nghiệp được nhập</source>
            <translation>supports, measurements or activities have been recorded for the imported enterprises</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/undo.py" line="136" />
            <source>đã có lần nhập khác sau lần này</source>
            <translation>another import has run since this one</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/undo.py" line="175" />
            <source>đã có số liệu đo ghi cho lượt hỗ trợ được nhập</source>
            <translation>measurements have been recorded for the imported supports</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../../nsdesk/services/pilots/checks.py" line="31" />
            <source>Hãy nhập {label}.</source>
            <translation>Enter the {label}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/common/forms.py" line="39" />
            <source>Sửa các trường được nêu rồi lưu lại; chưa có gì được ghi.</source>
            <translation>Fix the fields shown and save again; nothing has been saved yet.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/checks.py" line="69" />
            <source>{label} "{value}" không hợp lệ; chọn một trong: {choices}.</source>
            <translation>{label} "{value}" is not valid; choose one of: {choices}.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/checks.py" line="42" />
            <source>{label} "{value}" không phải là ngày hợp lệ; hãy nhập theo dạng dd/mm/yyyy.</source>
            <translation>{label} "{value}" is not a valid date; use the form dd/mm/yyyy.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/checks.py" line="55" />
            <source>{label} "{value}" không phải là số; hãy nhập một số (ví dụ 1.234,5).</source>
            <translation>{label} "{value}" is not a number; enter a number (e.g. 1234.5).</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/checks.py" line="33" />
            <source>{label} dài quá {n} ký tự; hãy rút gọn.</source>
            <translation>{label} is longer than {n} characters; shorten it.</translation>
        </message>
        <message>
            <location filename="../../nsdesk/services/pilots/checks.py" line="61" />
            <source>{label} không được nhỏ hơn {min}.</source>
            <translation>{label} must not be less than {min}.</translation>
        </message>
    </context>
</TS>
