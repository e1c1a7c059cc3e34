//! `parscore criteria import | export | template`: criteria sets as spreadsheets, over
//! `parscore::sheet`; flattened into the `criteria` group (src/bin/parscore/criteria.rs).

use std::path::{Path, PathBuf};

use clap::Subcommand;
use parscore::criteria::raw::RawCriteriaSet;
use parscore::sheet::{self, SheetProblem};
use parscore::Lang;

use crate::cli::LangArg;

#[derive(Subcommand)]
pub enum SheetCommand {
    /// Read a criteria set from a spreadsheet (.xlsx, or .csv in UTF-8, UTF-16 or Windows-1258)
    /// laid out as docs/criteria-sheet.md says, and write its JSON; exit 1 with every problem
    /// located by sheet, row and column.
    Import {
        /// The spreadsheet (.xlsx or .csv).
        sheet: PathBuf,
        /// Where to write the criteria set (.json).
        #[arg(short, long, value_name = "SET.json")]
        out: PathBuf,
        #[arg(long, value_enum, default_value = "vi")]
        lang: LangArg,
    },
    /// Write a criteria set as a spreadsheet: .xlsx, or .csv (UTF-8 with BOM, ';').
    Export {
        /// The criteria set (.json).
        set: PathBuf,
        /// Where to write the spreadsheet (.xlsx or .csv).
        #[arg(short, long, value_name = "SHEET")]
        out: PathBuf,
        #[arg(long, value_enum, default_value = "vi")]
        lang: LangArg,
    },
    /// Write the template workbook (.xlsx), filled in with the teaching set.
    Template {
        /// Where to write the template workbook.
        #[arg(short, long, value_name = "FILE.xlsx")]
        out: PathBuf,
        #[arg(long, value_enum, default_value = "vi")]
        lang: LangArg,
    },
}

/// What the commands say, in both languages.
enum Said<'a> {
    Imported { out: &'a Path, id: &'a str, rows: usize },
    Exported { out: &'a Path, id: &'a str },
    Template { out: &'a Path },
    NotSheetName { out: &'a Path },
    Unreadable { path: &'a Path, reason: String },
    NotWritten { path: &'a Path, reason: String },
    NotASet { path: &'a Path, location: String, message: String },
    Notice,
}

impl Said<'_> {
    fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (Said::Imported { out, id, rows }, Lang::Vi) => {
                format!("đã ghi {} ({id}, {rows} dòng tiêu chí)", out.display())
            }
            (Said::Imported { out, id, rows }, Lang::En) => {
                format!("wrote {} ({id}, {rows} criteria rows)", out.display())
            }
            (Said::Exported { out, id }, Lang::Vi) => format!("đã ghi {} ({id})", out.display()),
            (Said::Exported { out, id }, Lang::En) => format!("wrote {} ({id})", out.display()),
            (Said::Template { out }, Lang::Vi) => format!("đã ghi mẫu {} (bộ tiêu chí dạy học)", out.display()),
            (Said::Template { out }, Lang::En) => format!("wrote the template {} (the teaching set)", out.display()),
            (Said::NotSheetName { out }, Lang::Vi) => {
                format!("{}: tên tệp phải kết thúc bằng .xlsx hoặc .csv", out.display())
            }
            (Said::NotSheetName { out }, Lang::En) => {
                format!("{}: the file name must end in .xlsx or .csv", out.display())
            }
            (Said::Unreadable { path, reason }, Lang::Vi) => {
                format!("{}: không đọc được tệp: {reason}", path.display())
            }
            (Said::Unreadable { path, reason }, Lang::En) => {
                format!("{}: cannot read the file: {reason}", path.display())
            }
            (Said::NotWritten { path, reason }, Lang::Vi) => {
                format!("{}: không ghi được tệp: {reason}", path.display())
            }
            (Said::NotWritten { path, reason }, Lang::En) => {
                format!("{}: cannot write the file: {reason}", path.display())
            }
            (Said::NotASet { path, location, message }, Lang::Vi) => {
                format!("{}: {location}: không phải tệp bộ tiêu chí: {message}", path.display())
            }
            (Said::NotASet { path, location, message }, Lang::En) => {
                format!("{}: {location}: not a criteria file: {message}", path.display())
            }
            (Said::Notice, Lang::Vi) => "lưu ý".to_string(),
            (Said::Notice, Lang::En) => "note".to_string(),
        }
    }
}

pub fn run(command: SheetCommand) -> Result<(), Vec<String>> {
    match command {
        SheetCommand::Import { sheet, out, lang } => import(&sheet, &out, lang.into()),
        SheetCommand::Export { set, out, lang } => export(&set, &out, lang.into()),
        SheetCommand::Template { out, lang } => {
            let lang = lang.into();
            let bytes = sheet::template_xlsx().map_err(|p| located(&out, &p, lang))?;
            write(&out, &bytes, lang)?;
            println!("{}", Said::Template { out: &out }.text(lang));
            Ok(())
        }
    }
}

fn import(path: &Path, out: &Path, lang: Lang) -> Result<(), Vec<String>> {
    let bytes = std::fs::read(path).map_err(|e| vec![Said::Unreadable { path, reason: e.to_string() }.text(lang)])?;
    let imported = sheet::import(&bytes);
    for notice in &imported.notices {
        eprintln!("{}: {}: {}", path.display(), Said::Notice.text(lang), notice.text(lang));
    }
    let raw = imported.into_result().map_err(|problems| located(path, &problems, lang))?;
    let json = serde_json::to_string_pretty(&raw).map_err(|e| vec![e.to_string()])? + "\n";
    write(out, json.as_bytes(), lang)?;
    println!("{}", Said::Imported { out, id: &raw.id, rows: rows(&raw) }.text(lang));
    Ok(())
}

fn export(path: &Path, out: &Path, lang: Lang) -> Result<(), Vec<String>> {
    let text =
        std::fs::read_to_string(path).map_err(|e| vec![Said::Unreadable { path, reason: e.to_string() }.text(lang)])?;
    let raw: RawCriteriaSet = parscore::json_error::parse(&text, None)
        .map_err(|e| vec![Said::NotASet { path, location: e.location, message: e.message }.text(lang)])?;
    let extension = out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let bytes = match extension.as_deref() {
        Some("xlsx") => sheet::export_xlsx(&raw),
        Some("csv") => sheet::export_csv(&raw),
        _ => return Err(vec![Said::NotSheetName { out }.text(lang)]),
    };
    let bytes = bytes.map_err(|problems| located(path, &problems, lang))?;
    write(out, &bytes, lang)?;
    println!("{}", Said::Exported { out, id: &raw.id }.text(lang));
    Ok(())
}

fn write(path: &Path, bytes: &[u8], lang: Lang) -> Result<(), Vec<String>> {
    std::fs::write(path, bytes).map_err(|e| vec![Said::NotWritten { path, reason: e.to_string() }.text(lang)])
}

fn located(path: &Path, problems: &[SheetProblem], lang: Lang) -> Vec<String> {
    problems.iter().map(|p| format!("{}: {}", path.display(), p.text(lang))).collect()
}

/// Rows of the criteria sheet: every node of the tree and of the bonus and penalty blocks.
fn rows(raw: &RawCriteriaSet) -> usize {
    fn count(nodes: &[parscore::criteria::raw::RawNode]) -> usize {
        nodes.iter().map(|n| 1 + n.children.as_deref().map_or(0, count)).sum()
    }
    let blocks = [&raw.bonus, &raw.penalty].into_iter().flatten().map(|b| count(&b.items)).sum::<usize>();
    count(&raw.nodes) + blocks
}
