//! The "Thông tin" sheet: the set's metadata as field/value rows (Mục | Giá trị | Tiếng Anh),
//! then two small tables, the result bands ("Xếp loại") and the gates ("Điều kiện chặn xếp
//! loại").

use std::collections::HashMap;

use super::cells::{self, Cells, Header, Row};
use super::layout::*;
use super::notation::{interval_text, write_interval_vi};
use super::problem::{Problem, SheetProblem};
use crate::criteria::raw::{self, Decision, RawAdjustment, RawBand, RawCondition, RawCriteriaSet, RawGate};
use crate::decimal::Decimal;

/// The row of each field, band and gate, to locate the validator's problems.
#[derive(Debug, Clone, Default)]
pub struct InfoRows {
    pub fields: HashMap<InfoField, u32>,
    pub bands: Vec<u32>,
    pub gates: Vec<u32>,
}

const SHEET: SheetName = SheetName::Info;

enum Section {
    Fields(Header),
    /// A table's title was seen; its header row comes next.
    Title {
        gates: bool,
    },
    Table {
        gates: bool,
        header: Header,
    },
}

/// Reads the sheet into a set with no nodes yet: the "Tiêu chí" sheet brings them, and the
/// items of each bonus or penalty block whose cap this sheet gives. `None` when a value could
/// not be read (the problems say which).
pub fn read(rows: &[Row], problems: &mut Vec<SheetProblem>) -> Option<(RawCriteriaSet, InfoRows)> {
    let before = problems.len();
    let mut located = InfoRows::default();
    let mut fields: HashMap<InfoField, &Row> = HashMap::new();
    let (mut bands, mut gates) = (Vec::new(), Vec::new());
    let mut section: Option<Section> = None;
    let mut fields_header = None;
    for row in rows.iter().filter(|r| !r.is_empty()) {
        let first = row.cell(0);
        if is(first, BANDS_TITLE, "Bands") || is(first, GATES_TITLE, "Gates") {
            section = Some(Section::Title { gates: is(first, GATES_TITLE, "Gates") });
            continue;
        }
        match section.take() {
            None => {
                let header = Header::read(SHEET, row, &INFO_COLUMNS, problems);
                fields_header = Some(header.clone());
                section = Some(Section::Fields(header));
            }
            Some(Section::Title { gates }) => {
                let known: &[Column] = if gates { &GATE_COLUMNS } else { &BAND_COLUMNS };
                section = Some(Section::Table { gates, header: Header::read(SHEET, row, known, problems) });
            }
            Some(Section::Fields(header)) => {
                match InfoField::find(first) {
                    Some(field) if fields.contains_key(&field) => problems.push(SheetProblem::at(
                        SHEET,
                        row.number,
                        0,
                        Some(Column::Field),
                        Problem::RepeatedField,
                    )),
                    Some(field) => {
                        fields.insert(field, row);
                        located.fields.insert(field, row.number);
                    }
                    None => problems.push(SheetProblem::at(
                        SHEET,
                        row.number,
                        0,
                        Some(Column::Field),
                        Problem::UnknownField { text: first.to_string() },
                    )),
                }
                section = Some(Section::Fields(header));
            }
            Some(Section::Table { gates: is_gates, header }) => {
                let mut cells = Cells { sheet: SHEET, row, header: &header, problems };
                if is_gates {
                    gates.extend(gate(&mut cells));
                    located.gates.push(row.number);
                } else {
                    bands.extend(band(&mut cells));
                    located.bands.push(row.number);
                }
                section = Some(Section::Table { gates: is_gates, header });
            }
        }
    }
    if fields_header.is_none() {
        problems.push(SheetProblem::new(Some(SHEET), None, Problem::MissingHeader));
    }
    let info = fields_to_info(&fields, fields_header.as_ref(), problems, bands, gates);
    (problems.len() == before).then_some(info).flatten().map(|info| (info, located))
}

fn fields_to_info(
    fields: &HashMap<InfoField, &Row>,
    header: Option<&Header>,
    problems: &mut Vec<SheetProblem>,
    bands: Vec<RawBand>,
    gates: Vec<RawGate>,
) -> Option<RawCriteriaSet> {
    let fallback = Header { positions: Vec::new() };
    let header = header.unwrap_or(&fallback);
    let mut value =
        |field: InfoField, required: bool, read: &mut dyn FnMut(&mut Cells) -> Option<()>| match fields.get(&field) {
            Some(row) => read(&mut Cells { sheet: SHEET, row, header, problems }),
            None if required => {
                problems.push(SheetProblem::new(Some(SHEET), None, Problem::MissingField { field }));
                None
            }
            None => Some(()),
        };
    let (mut schema, mut format, mut id, mut version) = (None, None, None, None);
    let (mut title, mut description, mut number, mut date, mut issuer) = (None, None, None, None, None);
    let (mut year, mut level, mut scale, mut places) = (None, None, None, None);
    let (mut provenance, mut note, mut bonus_cap, mut penalty_cap) = (None, None, None, None);
    let text = |c: &mut Cells, slot: &mut Option<String>| {
        *slot = c.required(Column::Value);
        slot.as_ref().map(|_| ())
    };
    value(InfoField::Schema, false, &mut |c| text(c, &mut schema));
    value(InfoField::Format, false, &mut |c| text(c, &mut format));
    value(InfoField::Id, true, &mut |c| text(c, &mut id));
    value(InfoField::Version, true, &mut |c| text(c, &mut version));
    value(InfoField::Title, true, &mut |c| {
        title = c.text_pair(Column::Value, Column::ValueEn);
        title.as_ref().map(|_| ()).or_else(|| {
            c.problem(Column::Value, Problem::Required);
            None
        })
    });
    value(InfoField::Description, false, &mut |c| {
        description = c.text_pair(Column::Value, Column::ValueEn);
        Some(())
    });
    value(InfoField::DecisionNumber, true, &mut |c| text(c, &mut number));
    value(InfoField::DecisionDate, true, &mut |c| {
        let typed = c.required(Column::Value)?;
        date = cells::date(&typed);
        date.as_ref().map(|_| ()).or_else(|| {
            c.problem(Column::Value, Problem::Date { text: typed });
            None
        })
    });
    value(InfoField::Issuer, true, &mut |c| text(c, &mut issuer));
    value(InfoField::Year, true, &mut |c| {
        let typed = c.required(Column::Value)?;
        year = typed.parse().ok();
        year.map(|_| ()).or_else(|| {
            c.problem(Column::Value, Problem::WholeNumber { text: typed });
            None
        })
    });
    value(InfoField::Level, true, &mut |c| {
        let typed = c.required(Column::Value)?;
        level = cells::level(&typed);
        level.map(|_| ()).or_else(|| {
            c.problem(Column::Value, Problem::Level { text: typed });
            None
        })
    });
    value(InfoField::Scale, true, &mut |c| c.number(Column::Value).map(|n| scale = Some(n)));
    value(InfoField::IndexPlaces, false, &mut |c| {
        let typed = c.required(Column::Value)?;
        places = typed.parse().ok();
        places.map(|_| ()).or_else(|| {
            c.problem(Column::Value, Problem::WholeNumber { text: typed });
            None
        })
    });
    value(InfoField::ProvenanceNote, false, &mut |c| text(c, &mut note));
    value(InfoField::Provenance, true, &mut |c| {
        let typed = c.required(Column::Value)?;
        provenance = cells::provenance(&typed, note.clone());
        provenance.as_ref().map(|_| ()).or_else(|| {
            c.problem(Column::Value, Problem::Status { text: typed });
            None
        })
    });
    value(InfoField::BonusCap, false, &mut |c| c.number(Column::Value).map(|n| bonus_cap = Some(n)));
    value(InfoField::PenaltyCap, false, &mut |c| c.number(Column::Value).map(|n| penalty_cap = Some(n)));
    let mut rescale = false;
    value(InfoField::RescaleWithoutSurvey, false, &mut |c| {
        let typed = c.required(Column::Value)?;
        match cells::yes_no(&typed) {
            Some(yes) => {
                rescale = yes;
                Some(())
            }
            None => {
                c.problem(Column::Value, Problem::YesNo { text: typed });
                None
            }
        }
    });
    let block = |cap: Option<Decimal>| cap.map(|cap| RawAdjustment { cap, items: Vec::new() });
    Some(RawCriteriaSet {
        schema,
        format: format.unwrap_or_else(|| raw::FORMAT.to_string()),
        id: id?,
        version: version?,
        title: title?,
        description,
        decision: Decision { number: number?, date: date?, issuer: issuer? },
        year: year?,
        level: level?,
        scale: scale?,
        index_places: places,
        provenance: provenance?,
        nodes: Vec::new(),
        bonus: block(bonus_cap),
        penalty: block(penalty_cap),
        bands,
        gates,
        rescale_without_survey: rescale,
        // A sheet holds the set's content; a publisher signs the JSON it becomes.
        publisher: None,
        proof: None,
    })
}

fn band(c: &mut Cells) -> Option<RawBand> {
    let id = c.required(Column::Id);
    let title = c.text_pair(Column::Name, Column::NameEn);
    if title.is_none() {
        c.problem(Column::Name, Problem::Required);
    }
    let range = range(c, Column::Range);
    Some(RawBand { id: id?, title: title?, range: range? })
}

fn gate(c: &mut Cells) -> Option<RawGate> {
    let id = c.required(Column::Id);
    let title = c.text_pair(Column::Name, Column::NameEn);
    if title.is_none() {
        c.problem(Column::Name, Problem::Required);
    }
    let on = c.required(Column::GateOn).and_then(|typed| {
        let on = if is(&typed, "Chỉ số", "index") {
            Some(true)
        } else if is(&typed, "Giá trị đo", "measure") {
            Some(false)
        } else {
            None
        };
        on.or_else(|| {
            c.problem(Column::GateOn, Problem::GateOn { text: typed });
            None
        })
    });
    let code = c.required(Column::GateCode);
    let within = range(c, Column::Range);
    let cap = c.required(Column::GateCap);
    let source = c.optional(Column::GateSource);
    let (index, code) = (on?, code?);
    let when = match index {
        true => RawCondition { measure: None, index: Some(code), within: within? },
        false => RawCondition { measure: Some(code), index: None, within: within? },
    };
    Some(RawGate { id: id?, title: title?, when, cap: cap?, source })
}

fn range(c: &mut Cells, column: Column) -> Option<crate::interval::Interval> {
    let typed = c.required(column)?;
    interval_text(&typed).or_else(|| {
        c.problem(column, Problem::Range { text: typed });
        None
    })
}

/// The sheet for `raw`, row by row.
pub fn write(raw: &RawCriteriaSet) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = vec![INFO_COLUMNS.iter().map(|c| c.header().to_string()).collect()];
    let mut field = |field: InfoField, value: String, en: Option<&String>| {
        let mut row = vec![field.text(crate::Lang::Vi).to_string(), value];
        if let Some(en) = en {
            row.push(en.clone());
        }
        rows.push(row);
    };
    field(InfoField::Format, raw.format.clone(), None);
    if let Some(schema) = &raw.schema {
        field(InfoField::Schema, schema.clone(), None);
    }
    field(InfoField::Id, raw.id.clone(), None);
    field(InfoField::Version, raw.version.clone(), None);
    field(InfoField::Title, raw.title.vi.clone(), raw.title.en.as_ref());
    if let Some(d) = &raw.description {
        field(InfoField::Description, d.vi.clone(), d.en.as_ref());
    }
    field(InfoField::DecisionNumber, raw.decision.number.clone(), None);
    field(InfoField::DecisionDate, raw.decision.date.clone(), None);
    field(InfoField::Issuer, raw.decision.issuer.clone(), None);
    field(InfoField::Year, raw.year.to_string(), None);
    field(InfoField::Level, cells::write_level(raw.level).to_string(), None);
    field(InfoField::Scale, cells::write_number(raw.scale), None);
    if let Some(places) = raw.index_places {
        field(InfoField::IndexPlaces, places.to_string(), None);
    }
    field(InfoField::Provenance, cells::write_provenance(&raw.provenance), None);
    if let Some(note) = &raw.provenance.note {
        field(InfoField::ProvenanceNote, note.clone(), None);
    }
    if let Some(bonus) = &raw.bonus {
        field(InfoField::BonusCap, cells::write_number(bonus.cap), None);
    }
    if let Some(penalty) = &raw.penalty {
        field(InfoField::PenaltyCap, cells::write_number(penalty.cap), None);
    }
    if raw.rescale_without_survey {
        field(InfoField::RescaleWithoutSurvey, "có".to_string(), None);
    }
    let headers = |columns: &[Column]| columns.iter().map(|c| c.header().to_string()).collect::<Vec<_>>();
    rows.push(Vec::new());
    rows.push(vec![BANDS_TITLE.to_string()]);
    rows.push(headers(&BAND_COLUMNS));
    for band in &raw.bands {
        let en = band.title.en.clone().unwrap_or_default();
        rows.push(vec![band.id.clone(), band.title.vi.clone(), en, write_interval_vi(&band.range)]);
    }
    rows.push(Vec::new());
    rows.push(vec![GATES_TITLE.to_string()]);
    rows.push(headers(&GATE_COLUMNS));
    for gate in &raw.gates {
        let (on, code) = match (&gate.when.index, &gate.when.measure) {
            (Some(code), _) => ("Chỉ số", code.clone()),
            (None, Some(code)) => ("Giá trị đo", code.clone()),
            (None, None) => ("", String::new()),
        };
        rows.push(vec![
            gate.id.clone(),
            gate.title.vi.clone(),
            gate.title.en.clone().unwrap_or_default(),
            on.to_string(),
            code,
            write_interval_vi(&gate.when.within),
            gate.cap.clone(),
            gate.source.clone().unwrap_or_default(),
        ]);
    }
    rows
}
