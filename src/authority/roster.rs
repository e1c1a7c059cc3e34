//! The roster (danh sách đơn vị được đánh giá): every agency under assessment, with its code, its
//! name and its group (sở, xã, phường, đặc khu… as the province words it), read from CSV.

use std::collections::HashMap;

use super::messages::{Column, Message};
use super::table::{Table, TableError};

/// Headings accepted for each roster column, Vietnamese first.
const CODE: &[&str] = &["Mã", "Mã đơn vị", "Code", "Agency code"];
const NAME: &[&str] = &["Tên", "Tên đơn vị", "Đơn vị", "Name", "Agency"];
const GROUP: &[&str] = &["Nhóm", "Loại", "Group"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterAgency {
    /// Mã đơn vị, as the keyring and the score files carry it.
    pub code: String,
    pub name: String,
    /// Nhóm: rankings are made within a group.
    pub group: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roster {
    /// In the file's order.
    pub agencies: Vec<RosterAgency>,
}

impl Roster {
    /// Reads a roster CSV; every problem of every row is reported, each with its row and column.
    pub fn from_csv(bytes: &[u8]) -> Result<Roster, Vec<TableError>> {
        Roster::from_table(&Table::from_csv(bytes).map_err(|e| vec![e])?)
    }

    /// Reads a roster from the first worksheet of an XLSX workbook.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_xlsx(bytes: &[u8]) -> Result<Roster, Vec<TableError>> {
        Roster::from_table(&super::xlsx_input::table_from_xlsx(bytes).map_err(|e| vec![e])?)
    }

    /// From a table already read (CSV here, XLSX by the spreadsheet worker).
    pub fn from_table(table: &Table) -> Result<Roster, Vec<TableError>> {
        let columns = [(Column::Code, CODE), (Column::Name, NAME), (Column::Group, GROUP)]
            .map(|(column, names)| table.column(column, names));
        let (code, name, group) = match columns {
            [Ok(code), Ok(name), Ok(group)] => (code, name, group),
            columns => return Err(columns.into_iter().filter_map(Result::err).collect()),
        };
        let mut errors = Vec::new();
        let mut agencies = Vec::new();
        let mut first_row: HashMap<String, usize> = HashMap::new();
        for row in &table.rows {
            let cells = [table.cell(row, code), table.cell(row, name), table.cell(row, group)];
            let [Ok(c), Ok(n), Ok(g)] = cells else {
                errors.extend(cells.into_iter().filter_map(Result::err));
                continue;
            };
            if let Some(&first) = first_row.get(c) {
                errors.push(table.error_at(
                    row,
                    code,
                    Message::DuplicateAgency { code: c.to_string(), first_row: first },
                ));
                continue;
            }
            first_row.insert(c.to_string(), row.number);
            agencies.push(RosterAgency { code: c.to_string(), name: n.to_string(), group: g.to_string() });
        }
        if errors.is_empty() {
            Ok(Roster { agencies })
        } else {
            Err(errors)
        }
    }

    pub fn find(&self, code: &str) -> Option<&RosterAgency> {
        self.agencies.iter().find(|a| a.code == code)
    }
}
