//! Survey results (kết quả điều tra xã hội học): the points the authority enters for every
//! agency's survey items, imported from a table of agency code, item code and value.
//!
//! The set says in which form each survey item's result comes (`rule.percent`): points, or a
//! percent that the core turns into points with the set's rounding. A value is kept as the table
//! gives it and put into the agency's answers as such: only [`crate::scoring::score`] computes
//! points. On a percent item a bare number is the percent; on a points item a value with "%" is
//! refused, since the set gives no way to turn it into points.

use std::collections::{BTreeMap, HashMap};

use super::messages::{Column, Message};
use super::table::{Table, TableError};
use crate::criteria::{CriteriaSet, Rule};
use crate::decimal::Decimal;

const AGENCY: &[&str] = &["Mã đơn vị", "Đơn vị", "Mã", "Agency", "Agency code", "Code"];
const ITEM: &[&str] = &["Mã tiêu chí", "Tiêu chí", "Mục", "Item", "Item code", "Criterion"];
const VALUE: &[&str] = &["Giá trị", "Điểm", "Kết quả", "Value", "Points"];

/// A value as written in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurveyValue {
    Points(Decimal),
    /// A percent of the item's maximum.
    Percent(Decimal),
}

/// Survey results by agency code, then by item code, in the form the item's rule takes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SurveyResults {
    pub values: BTreeMap<String, BTreeMap<String, SurveyValue>>,
}

impl SurveyValue {
    /// The answer that gives this result to a survey item.
    pub fn answer(self) -> crate::answers::Answer {
        match self {
            SurveyValue::Points(points) => crate::answers::Answer { points: Some(points), ..Default::default() },
            SurveyValue::Percent(percent) => crate::answers::Answer { percent: Some(percent), ..Default::default() },
        }
    }
}

/// "12,5", "12.5", "85%", "85,5 %": a comma or a dot as the decimal mark.
pub fn parse_value(text: &str) -> Result<SurveyValue, Message> {
    let not_a_number = || Message::NotANumber { text: text.to_string() };
    let (number, percent) = match text.trim().strip_suffix('%') {
        Some(rest) => (rest.trim(), true),
        None => (text.trim(), false),
    };
    let number = if number.contains('.') { number.to_string() } else { number.replacen(',', ".", 1) };
    let value: Decimal = number.parse().map_err(|_| not_a_number())?;
    Ok(if percent { SurveyValue::Percent(value) } else { SurveyValue::Points(value) })
}

impl SurveyResults {
    /// Reads the table. `criteria_of` gives the criteria set of an agency the authority knows
    /// (from the roster and the received files), `None` for an unknown code. Every row's
    /// problem is reported, located by row and column.
    pub fn from_csv<'a>(
        bytes: &[u8],
        criteria_of: impl Fn(&str) -> Option<&'a CriteriaSet>,
    ) -> Result<SurveyResults, Vec<TableError>> {
        SurveyResults::from_table(&Table::from_csv(bytes).map_err(|e| vec![e])?, criteria_of)
    }

    /// The same from the first worksheet of an XLSX workbook.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_xlsx<'a>(
        bytes: &[u8],
        criteria_of: impl Fn(&str) -> Option<&'a CriteriaSet>,
    ) -> Result<SurveyResults, Vec<TableError>> {
        let table = super::xlsx_input::table_from_xlsx(bytes).map_err(|e| vec![e])?;
        SurveyResults::from_table(&table, criteria_of)
    }

    /// From a table already read (CSV here, XLSX by the spreadsheet worker).
    pub fn from_table<'a>(
        table: &Table,
        criteria_of: impl Fn(&str) -> Option<&'a CriteriaSet>,
    ) -> Result<SurveyResults, Vec<TableError>> {
        let columns = [(Column::Agency, AGENCY), (Column::Item, ITEM), (Column::Value, VALUE)]
            .map(|(column, names)| table.column(column, names));
        let (agency, item, value) = match columns {
            [Ok(a), Ok(i), Ok(v)] => (a, i, v),
            columns => return Err(columns.into_iter().filter_map(Result::err).collect()),
        };
        let mut results = SurveyResults::default();
        let mut first_row: HashMap<(String, String), usize> = HashMap::new();
        let mut errors = Vec::new();
        for row in &table.rows {
            let cells = [table.cell(row, agency), table.cell(row, item), table.cell(row, value)];
            let [Ok(a), Ok(i), Ok(v)] = cells else {
                errors.extend(cells.into_iter().filter_map(Result::err));
                continue;
            };
            let Some(set) = criteria_of(a) else {
                errors.push(table.error_at(row, agency, Message::UnknownAgency { code: a.to_string() }));
                continue;
            };
            let entered = match check(set, i, v) {
                Ok(entered) => entered,
                Err((column, message)) => {
                    let index = if column == Column::Item { item } else { value };
                    errors.push(table.error_at(row, index, message));
                    continue;
                }
            };
            let key = (a.to_string(), i.to_string());
            if let Some(&first) = first_row.get(&key) {
                let message = Message::DuplicateSurveyValue { agency: key.0, item: key.1, first_row: first };
                errors.push(table.error_at(row, item, message));
                continue;
            }
            first_row.insert(key, row.number);
            results.values.entry(a.to_string()).or_default().insert(i.to_string(), entered);
        }
        if errors.is_empty() {
            Ok(results)
        } else {
            Err(errors)
        }
    }

    /// The survey items of `criteria` that have no points for `agency`, in the set's order.
    pub fn missing(&self, agency: &str, criteria: &CriteriaSet) -> Vec<String> {
        let entered = self.values.get(agency);
        survey_items(criteria)
            .filter(|code| !entered.is_some_and(|items| items.contains_key(*code)))
            .map(str::to_string)
            .collect()
    }

    /// The results entered for `agency`, by item code.
    pub fn of(&self, agency: &str) -> Option<&BTreeMap<String, SurveyValue>> {
        self.values.get(agency)
    }
}

/// Codes of the set's survey items.
pub fn survey_items(criteria: &CriteriaSet) -> impl Iterator<Item = &str> {
    criteria.leaves().map(|id| criteria.node(id)).filter_map(|node| match node.leaf().map(|l| &l.rule) {
        Some(Rule::Survey { .. }) => Some(node.code.as_str()),
        _ => None,
    })
}

/// The value for item `code` of `set`, in the form its rule takes, or which cell is wrong and why.
fn check(set: &CriteriaSet, code: &str, text: &str) -> Result<SurveyValue, (Column, Message)> {
    let id = set
        .find(code)
        .ok_or_else(|| (Column::Item, Message::UnknownItem { item: code.to_string(), criteria: set.id.clone() }))?;
    let node = set.node(id);
    let takes_percent = match node.leaf().map(|l| &l.rule) {
        Some(Rule::Survey { percent, .. }) => percent.is_some(),
        _ => return Err((Column::Item, Message::NotSurveyItem { item: code.to_string() })),
    };
    let value = match (parse_value(text).map_err(|m| (Column::Value, m))?, takes_percent) {
        (SurveyValue::Points(number) | SurveyValue::Percent(number), true) => SurveyValue::Percent(number),
        (SurveyValue::Percent(_), false) => {
            return Err((Column::Value, Message::PercentNotTaken { item: code.to_string() }))
        }
        (points, false) => points,
    };
    match value {
        SurveyValue::Percent(percent) if percent.is_negative() || percent > Decimal::HUNDRED => {
            Err((Column::Value, Message::PercentOutOfRange { value: percent }))
        }
        SurveyValue::Points(points) if points.is_negative() || points > node.max => {
            Err((Column::Value, Message::PointsOutOfRange { value: points, max: node.max }))
        }
        value => Ok(value),
    }
}
