"""Fills the downloaded template with a 20-row criteria table, as an official would in Excel.

Usage: fill-criteria-sheet.py TEMPLATE.xlsx OUT.xlsx

The set is a demonstration (every row is marked "Minh hoạ"); row 14, criterion 3.2, is wrong on
purpose: its best level gives 6 points where its maximum is 5.
"""

import sys

from openpyxl import load_workbook

template, out = sys.argv[1], sys.argv[2]
book = load_workbook(template)
info, table = book["Thông tin"], book["Tiêu chí"]

details = {
    "Mã bộ tiêu chí": "so-noi-vu-mau-2026",
    "Phiên bản": "1.0.0",
    "Tên bộ tiêu chí": "Bộ chỉ số CCHC các sở (tỉnh Mẫu, minh hoạ)",
    "Mô tả": None,
    "Số quyết định": "99/QĐ-SNV (minh hoạ)",
    "Ngày quyết định": "2026-01-15",
    "Cơ quan ban hành": "Sở Nội vụ tỉnh Mẫu",
    "Năm đánh giá": 2026,
    "Cấp đánh giá": "Sở",
    "Thang điểm": 100,
    "Nguồn": "Minh hoạ",
    "Ghi chú nguồn": "Bảng kiểm thử, không phải văn bản chính thức.",
}
dropped = {"Điểm thưởng tối đa", "Điểm trừ tối đa"}
rows = list(info.iter_rows(min_row=1, max_row=info.max_row))
gates_from = None
for index, row in enumerate(rows, start=1):
    label = row[0].value
    if label in details:
        row[1].value = details[label]
        row[2].value = None
    if label == "Điều kiện chặn xếp loại":
        gates_from = index
# No bonus, penalty or gate in this set: their rows go, from the bottom up.
if gates_from is not None:
    info.delete_rows(gates_from, info.max_row - gates_from + 1)
for index in reversed([i for i, row in enumerate(rows, start=1) if row[0].value in dropped]):
    info.delete_rows(index, 1)

table.delete_rows(2, table.max_row)
areas = [
    "Công tác chỉ đạo, điều hành cải cách hành chính",
    "Cải cách thể chế",
    "Cải cách thủ tục hành chính",
    "Cải cách tổ chức bộ máy hành chính nhà nước",
]
items = [
    ("Ban hành kế hoạch năm đúng thời hạn", "10", "Kịp thời 10; Không kịp thời 5; Không ban hành 0"),
    ("Tỷ lệ nhiệm vụ hoàn thành đúng hạn", "5", "Tỷ lệ: Số nhiệm vụ đúng hạn / Tổng số nhiệm vụ; [90, 100] 5; [70, 90) 3; [0, 70) 0"),
    ("Báo cáo định kỳ đủ và đúng hạn", "5", "Đạt/Không đạt"),
    ("Lỗi phát hiện qua kiểm tra", "5", "Trừ 1 mỗi lỗi"),
]
for a, area in enumerate(areas, start=1):
    table.append([str(a), area, None, "25", None, None, None, None])
    for i, (title, max_points, rule) in enumerate(items, start=1):
        code = f"{a}.{i}"
        if code == "3.2":
            rule = "Có 6; Không 0"
        table.append([code, f"{title} ({area.lower()})", None, max_points, rule, "Văn bản của sở", "Không", None])
book.save(out)
