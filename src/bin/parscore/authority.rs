//! `parscore intake` and `parscore rank`: the authority's register and ranking over the core's
//! `authority` module. Files are verified on every core.

use parscore::i18n::Bilingual;
use std::path::{Path, PathBuf};

use parscore::authority::appraised::{apply_final_appraisals, basis as appraised_basis, partly_appraised, ScoreOf};
use parscore::authority::export::{self, Sheet};
use parscore::authority::intake::{parse_deadline, IntakeOptions, Register, RegisterRow};
use parscore::authority::roster::{Roster, RosterAgency};
use parscore::authority::{self, xlsx, Basis, Entrant, Message, ReceivedFile, ResultsFile, SurveyResults};
use parscore::criteria::CriteriaSet;
use parscore::scorefile::request::read_keyring;
use parscore::scorefile::Keyring;
use parscore::Lang;

use crate::cli::{known_criteria, read, LangArg};

#[derive(clap::Args)]
pub struct IntakeArgs {
    /// The received score files.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// CSV (or .xlsx) of the agencies under assessment: Mã;Tên;Nhóm (or Code,Name,Group).
    #[arg(long, value_name = "FILE")]
    roster: PathBuf,
    /// A criteria file or a directory of them (default: ./criteria when present).
    #[arg(long, value_name = "DIR_OR_FILE")]
    criteria: Option<PathBuf>,
    /// The registered public key files (a JSON array), or one public key file.
    #[arg(long, value_name = "FILE")]
    keyring: PathBuf,
    /// Files signed later are late: YYYY-MM-DD (end of that day, Vietnam time) or a UTC time.
    #[arg(long, value_name = "DATE")]
    deadline: Option<String>,
    /// The evaluation year; files of another year are invalid.
    #[arg(long)]
    year: Option<u16>,
    /// Survey results loaded so far (CSV or .xlsx): the register lists the items each agency
    /// still lacks.
    #[arg(long, value_name = "FILE")]
    survey: Option<PathBuf>,
    /// Write the register as .xlsx or .csv (UTF-8 with BOM, semicolons).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "vi")]
    lang: LangArg,
    #[command(flatten)]
    jobs: crate::jobs::Jobs,
}

#[derive(clap::Args)]
pub struct RankArgs {
    /// The received score files; only verified ones are ranked, the latest per agency.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// A criteria file or a directory of them (default: ./criteria when present).
    #[arg(long, value_name = "DIR_OR_FILE")]
    criteria: Option<PathBuf>,
    /// The registered public key files (a JSON array), or one public key file.
    #[arg(long, value_name = "FILE")]
    keyring: PathBuf,
    /// CSV (or .xlsx) of agencies with their groups; without it, agencies are grouped by level.
    #[arg(long, value_name = "FILE")]
    roster: Option<PathBuf>,
    /// CSV (or .xlsx) of survey results: agency code, item code, value (points, or "85%").
    #[arg(long, value_name = "FILE")]
    survey: Option<PathBuf>,
    /// Last year's results file (parscore-results/1), for the changes of index and rank.
    #[arg(long, value_name = "FILE")]
    previous: Option<PathBuf>,
    /// A folder of appraisal files (parscore-appraisal/1): a verified final appraisal replaces
    /// its agency's self-assessed answers. The appraiser's key is looked up in --keyring.
    #[arg(long, value_name = "DIR")]
    appraisals: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "vi")]
    lang: LangArg,
    /// Print the results file (JSON) instead of the table.
    #[arg(long)]
    json: bool,
    /// Write the ranking as .xlsx, .csv or .json (the results file).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    #[command(flatten)]
    jobs: crate::jobs::Jobs,
}

type Failed = Vec<String>;

fn load_keyring(path: &Path) -> Result<Keyring, Failed> {
    read_keyring(&read(path)?).map_err(|e| vec![format!("{}: {e}", path.display())])
}

fn load_roster(path: &Path, lang: Lang) -> Result<Roster, Failed> {
    let bytes = std::fs::read(path).map_err(|e| vec![format!("{}: {e}", path.display())])?;
    Roster::from_csv(&bytes)
        .map_err(|errors| errors.iter().map(|e| format!("{}: {}", path.display(), e.text(lang))).collect())
}

/// Tables ending in .xlsx are workbooks; anything else is read as CSV.
fn is_xlsx(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}

/// Verifies every file on `jobs` threads (every core by default), keeping the input order.
fn receive(files: &[PathBuf], known: &[CriteriaSet], keyring: &Keyring, jobs: crate::jobs::Jobs) -> Vec<ReceivedFile> {
    use rayon::prelude::*;
    let read = |path: &PathBuf| {
        let name = path.display().to_string();
        match std::fs::read(path) {
            Ok(bytes) => ReceivedFile::read(&name, &bytes, known, Some(keyring)),
            Err(e) => ReceivedFile::unreadable(&name, &e.to_string()),
        }
    };
    jobs.run(|| files.par_iter().map(read).collect())
}

/// Writes `sheets` as .csv (the first sheet) or .xlsx; `accepted` lists the kinds the command
/// takes, for the message when `path` is of another.
fn write_sheets(path: &Path, sheets: &[Sheet], lang: Lang, accepted: &str) -> Result<(), Failed> {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_lowercase();
    let bytes = match extension.as_str() {
        "csv" => sheets.first().map(|s| export::to_csv(s, lang)).unwrap_or_default(),
        "xlsx" => xlsx::workbook(sheets).map_err(|e| vec![format!("{}: {e}", path.display())])?,
        _ => {
            let message = Message::UnsupportedOut { accepted: accepted.into() };
            return Err(vec![format!("{}: {}", path.display(), message.text(lang))]);
        }
    };
    std::fs::write(path, bytes).map_err(|e| vec![format!("{}: {e}", path.display())])
}

fn print_sheet(sheet: &Sheet, lang: Lang) {
    println!("{}", sheet.title);
    println!("{}", sheet.headings.join(" | "));
    for row in &sheet.rows {
        let cells: Vec<String> = row.iter().map(|c| export::cell_text(c, lang)).collect();
        println!("{}", cells.join(" | "));
    }
}

pub fn intake(args: &IntakeArgs) -> Result<(), Failed> {
    let lang = Lang::from(args.lang);
    let roster = load_roster(&args.roster, lang)?;
    let known = known_criteria(args.criteria.as_deref(), lang)?;
    let keyring = load_keyring(&args.keyring)?;
    let deadline = match &args.deadline {
        Some(text) => Some(parse_deadline(text).map_err(|m| vec![format!("--deadline: {}", m.text(lang))])?),
        None => None,
    };
    let files = receive(&args.files, &known, &keyring, args.jobs);
    let mut register = Register::build(&roster, &files, &IntakeOptions { deadline, year: args.year });
    let entrants = entrants(&register, &files, &roster, &known);
    let survey = match &args.survey {
        Some(path) => Some(load_survey(path, &entrants, &roster, lang)?),
        None => None,
    };
    let criteria_of = |row: &RegisterRow| entrants.iter().find(|e| e.code == row.code).map(|e| e.criteria);
    register.mark_survey_missing(criteria_of, survey.as_ref());
    let sheet = export::register_sheet(&register, lang);
    print_sheet(&sheet, lang);
    println!();
    for word in [
        Message::StatusSubmitted,
        Message::StatusLate,
        Message::StatusSuperseded,
        Message::StatusUnverified,
        Message::StatusInvalid,
        Message::StatusMissing,
        Message::StatusNotInRoster,
    ] {
        println!("{}: {}", word.text(lang), register.count(&word));
    }
    match &args.out {
        Some(path) => write_sheets(path, &[sheet], lang, ".xlsx, .csv"),
        None => Ok(()),
    }
}

pub fn rank(args: &RankArgs) -> Result<(), Failed> {
    let lang = Lang::from(args.lang);
    let known = known_criteria(args.criteria.as_deref(), lang)?;
    let keyring = load_keyring(&args.keyring)?;
    let files = receive(&args.files, &known, &keyring, args.jobs);
    let roster = match &args.roster {
        Some(path) => load_roster(path, lang)?,
        None => roster_by_level(&files, lang),
    };
    let register = Register::build(&roster, &files, &IntakeOptions::default());
    for row in register.rows.iter().filter(|r| !r.status.is_accepted() && r.file.is_some()) {
        let detail = row.status.detail(None, lang);
        eprintln!(
            "{}: {}: {}{}",
            row.file.as_deref().unwrap_or_default(),
            Message::Excluded.text(lang),
            row.status.word().text(lang),
            if detail.is_empty() { String::new() } else { format!(" ({detail})") }
        );
    }
    let mut entrants = entrants(&register, &files, &roster, &known);
    let basis = match &args.appraisals {
        Some(dir) => apply_appraisals(dir, &mut entrants, &register, (&args.files, &files), &known, &keyring, lang)?,
        None => Basis::SelfAssessed,
    };
    let mut years: Vec<u16> = entrants.iter().map(|e| e.draft.year).collect();
    years.sort_unstable();
    years.dedup();
    if years.len() > 1 {
        let years = years.iter().map(u16::to_string).collect::<Vec<_>>().join(", ");
        return Err(vec![Message::MixedYears { years }.text(lang)]);
    }
    let survey = match &args.survey {
        Some(path) => Some(load_survey(path, &entrants, &roster, lang)?),
        None => None,
    };
    let previous = match &args.previous {
        Some(path) => Some(
            ResultsFile::from_json(&read(path)?).map_err(|m| vec![format!("{}: {}", path.display(), m.text(lang))])?,
        ),
        None => None,
    };
    let results = entrants.iter().map(|e| authority::final_result(e, survey.as_ref())).collect();
    let year = years.first().copied().unwrap_or_default();
    let ranking = authority::rank(results, &known, basis, year, previous.as_ref());
    let file = ResultsFile::of(&ranking);
    if args.json {
        print!("{}", file.to_json_pretty());
    } else {
        print_sheet(&export::ranking_sheet(&ranking, lang), lang);
        println!();
        print_sheet(&export::band_count_sheet(&ranking, lang), lang);
        let lacking = ranking.survey_lacking().count();
        if lacking > 0 {
            println!("\n{}", Message::SurveyLacking { agencies: lacking }.text(lang));
        }
    }
    match &args.out {
        Some(path) if path.extension().is_some_and(|e| e == "json") => {
            std::fs::write(path, file.to_json_pretty()).map_err(|e| vec![format!("{}: {e}", path.display())])
        }
        Some(path) => {
            let sheets = [export::ranking_sheet(&ranking, lang), export::band_count_sheet(&ranking, lang)];
            write_sheets(path, &sheets, lang, ".xlsx, .csv, .json")
        }
        None => Ok(()),
    }
}

/// Without a roster: every agency that sent a verified file, grouped by the level of its set.
fn roster_by_level(files: &[ReceivedFile], lang: Lang) -> Roster {
    let mut roster = Roster::default();
    for document in files.iter().filter(|f| f.is_verified()).filter_map(|f| f.document.as_ref()) {
        if roster.find(&document.agency.code).is_none() {
            roster.agencies.push(RosterAgency {
                code: document.agency.code.clone(),
                name: document.agency.name.clone(),
                group: Message::LevelName(document.agency.level).text(lang),
            });
        }
    }
    roster
}

/// The agencies to rank: each accepted file's document, with the set it was verified against.
fn entrants<'a>(
    register: &Register,
    files: &[ReceivedFile],
    roster: &Roster,
    known: &'a [CriteriaSet],
) -> Vec<Entrant<'a>> {
    register
        .accepted()
        .into_iter()
        .filter_map(|i| {
            let document = files.get(i)?.document.as_ref()?;
            let criteria = known.iter().find(|s| parscore::answers::CriteriaRef::of(s) == document.criteria)?;
            let agency = roster.find(&document.agency.code)?;
            Some(Entrant {
                code: agency.code.clone(),
                name: agency.name.clone(),
                group: agency.group.clone(),
                criteria,
                draft: document.draft(),
            })
        })
        .collect()
}

/// Survey results for the entrants; a roster agency without a ranked file is checked against the
/// set its group uses, so that its rows are not refused as unknown.
fn load_survey(path: &Path, entrants: &[Entrant], roster: &Roster, lang: Lang) -> Result<SurveyResults, Failed> {
    let bytes = std::fs::read(path).map_err(|e| vec![format!("{}: {e}", path.display())])?;
    let criteria_of = |code: &str| {
        entrants.iter().find(|e| e.code == code).map(|e| e.criteria).or_else(|| {
            let group = &roster.find(code)?.group;
            entrants.iter().find(|e| &e.group == group).map(|e| e.criteria)
        })
    };
    let survey = if is_xlsx(path) {
        SurveyResults::from_xlsx(&bytes, criteria_of)
    } else {
        SurveyResults::from_csv(&bytes, criteria_of)
    };
    survey.map_err(|errors| errors.iter().map(|e| format!("{}: {}", path.display(), e.text(lang))).collect())
}

/// Reads the appraisal files in `dir` and puts each verified final appraisal's answers in its
/// agency's entrant; says what became of every file on stderr. The basis of the ranking.
fn apply_appraisals(
    dir: &Path,
    entrants: &mut [Entrant],
    register: &Register,
    (paths, files): (&[PathBuf], &[ReceivedFile]),
    known: &[CriteriaSet],
    keyring: &Keyring,
    lang: Lang,
) -> Result<Basis, Failed> {
    let listed = std::fs::read_dir(dir).map_err(|e| vec![format!("{}: {e}", dir.display())])?;
    let mut names: Vec<PathBuf> = listed
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")))
        .collect();
    names.sort();
    let appraisals = names
        .iter()
        .map(|p| Ok((p.display().to_string(), std::fs::read(p).map_err(|e| vec![format!("{}: {e}", p.display())])?)))
        .collect::<Result<Vec<_>, Failed>>()?;
    let accepted: Vec<(String, Vec<u8>, parscore::scorefile::ScoreDocument)> = register
        .rows
        .iter()
        .filter(|r| r.status.is_accepted())
        .filter_map(|r| {
            let i = r.file_index?;
            let bytes = std::fs::read(paths.get(i)?).ok()?;
            let document = files.get(i)?.document.clone()?;
            Some((r.code.clone(), bytes, document))
        })
        .collect();
    let scores: Vec<ScoreOf> =
        accepted.iter().map(|(code, bytes, document)| ScoreOf { code, bytes, document }).collect();
    let (uses, appraised) = apply_final_appraisals(entrants, &scores, &appraisals, known, keyring);
    for used in &uses {
        eprintln!("{}", used.text(lang));
    }
    if appraised > 0 && appraised < entrants.len() {
        eprintln!("{}", partly_appraised(appraised, entrants.len(), lang));
    }
    Ok(appraised_basis(appraised, entrants.len()))
}
