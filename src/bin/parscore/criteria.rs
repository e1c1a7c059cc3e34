//! `parscore criteria …`: commands on criteria sets as an authority publishes them (sign, diff),
//! and the trust report that `check`, `score`, `explain` and `sign` print when they load a set.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use clap::Subcommand;
use parscore::answers::Draft;
use parscore::criteria::{self, CriteriaSet};
use parscore::scorefile::{keys, Keyring, Timestamp};
use parscore::scoring::explain;
use parscore::signedset::{self, SetChange, SetTrust};
use parscore::Lang;

use super::cli::LangArg;
use super::files::{load_criteria, read};

/// The `--publishers` file, given once for any command that loads a criteria set.
pub static PUBLISHERS: OnceLock<Option<PathBuf>> = OnceLock::new();

#[derive(Subcommand)]
pub enum CriteriaCommand {
    /// Spreadsheets: import, export, template (docs/criteria-sheet.md).
    #[command(flatten)]
    Sheet(crate::sheet_cmd::SheetCommand),
    /// Sign a criteria set as its publisher (an authority's key from `parscore keygen`).
    ///
    /// Adds `publisher` (name, code, did:key) and an eddsa-jcs-2022 `proof`; the set's SHA-256
    /// is unchanged. The key's passphrase comes from PARSCORE_PASSPHRASE, or is asked.
    Sign {
        /// The criteria set (.json) to sign.
        set: PathBuf,
        /// The publisher's encrypted key from `parscore keygen`.
        #[arg(long, value_name = "KEYFILE")]
        key: PathBuf,
        /// The publisher's name, e.g. "Sở Nội vụ tỉnh Cà Mau".
        #[arg(long, value_name = "NAME")]
        publisher_name: String,
        /// The publisher's code, as on its public key file.
        #[arg(long, value_name = "CODE")]
        publisher_code: String,
        /// Where to write the signed set.
        #[arg(short = 'o', long = "out", value_name = "SIGNED")]
        out: PathBuf,
        /// The signing time, YYYY-MM-DDTHH:MM:SSZ (default: now), for reproducible files.
        #[arg(long, value_name = "TIME")]
        created: Option<String>,
    },
    /// Nodes added, removed and changed (title, maximum, rule, evidence, survey) between two
    /// versions of a set, with their points. Exit 0 either way.
    Diff {
        /// The earlier version of the set (.json).
        old: PathBuf,
        /// The later version (.json).
        new: PathBuf,
        #[arg(long, value_enum, default_value = "vi")]
        lang: LangArg,
    },
}

pub fn run(command: CriteriaCommand) -> Result<(), Vec<String>> {
    match command {
        CriteriaCommand::Sign { set, key, publisher_name, publisher_code, out, created } => {
            sign(&set, &key, &publisher_name, &publisher_code, &out, created.as_deref())
        }
        CriteriaCommand::Diff { old, new, lang } => diff(&old, &new, lang.into()),
        CriteriaCommand::Sheet(command) => crate::sheet_cmd::run(command),
    }
}

/// `text` in the one language asked for, or Vietnamese then English.
fn lines(path: &Path, lang: Option<Lang>, text: impl Fn(Lang) -> String) -> Vec<String> {
    let langs = match lang {
        Some(lang) => vec![lang],
        None => vec![Lang::Vi, Lang::En],
    };
    langs.into_iter().map(|l| format!("{}: {}", path.display(), text(l))).collect()
}

/// Checks the signature of the set at `path` against `--publishers` (when given) and prints
/// what it found on stderr; a tampered set is an error.
pub fn report_trust(path: &Path, lang: Option<Lang>) -> Result<SetTrust, Vec<String>> {
    let publishers = match PUBLISHERS.get().and_then(Option::as_deref) {
        Some(file) => Some(Keyring::from_json(&read(file)?).map_err(|e| vec![format!("{}: {e}", file.display())])?),
        None => None,
    };
    let text = read(path)?;
    let trust = signedset::verify_set(&text, publishers.as_ref());
    // A file that is not a criteria file at all is not a tampered set: its located problems
    // say more (as the app does).
    if let SetTrust::Tampered(signedset::Broken::Malformed { .. }) = &trust {
        if let Err(errors) = parscore::criteria::load(&text) {
            return Err(errors
                .iter()
                .map(|e| format!("{}: {}", path.display(), e.text(lang.unwrap_or_default())))
                .collect());
        }
    }
    let report = lines(path, lang, |l| trust.text(l));
    if trust.is_refused() {
        return Err(report);
    }
    for line in report {
        eprintln!("{line}");
    }
    Ok(trust)
}

/// Warns when `criteria` is not the set `draft` was made for (another version, the same
/// version with other content, another publisher).
pub fn warn_set_change(draft_path: &Path, draft: &Draft, criteria: &CriteriaSet) {
    if let Some(change) = SetChange::between(&draft.criteria, criteria) {
        for line in lines(draft_path, None, |l| change.text(l)) {
            eprintln!("{line}");
        }
    }
}

fn sign(
    set: &Path,
    key_path: &Path,
    name: &str,
    code: &str,
    out: &Path,
    created: Option<&str>,
) -> Result<(), Vec<String>> {
    let text = read(set)?;
    let created = match created {
        Some(text) => Timestamp::parse(text).map_err(|e| vec![format!("--created: {e}")])?,
        None => Timestamp::now(),
    };
    let key = keys::restore_backup(&read(key_path)?, &super::cli::passphrase(false)?)
        .map_err(|e| vec![format!("{}: {e}", key_path.display())])?;
    let signed = signedset::sign_set(&text, &key, name, code, created).map_err(|e| {
        [Lang::Vi, Lang::En]
            .iter()
            .flat_map(|&l| e.lines(l))
            .map(|m| format!("{}: {m}", set.display()))
            .collect::<Vec<_>>()
    })?;
    std::fs::write(out, &signed).map_err(|e| vec![format!("{}: {e}", out.display())])?;
    let trust = signedset::verify_set(&signed, None);
    for line in lines(out, None, |l| trust.text(l)) {
        eprintln!("{line}");
    }
    Ok(())
}

fn diff(old: &Path, new: &Path, lang: Lang) -> Result<(), Vec<String>> {
    let (old_set, new_set) = (load_criteria(old, lang)?, load_criteria(new, lang)?);
    println!("{} {} → {} {}", old_set.id, old_set.version, new_set.id, new_set.version);
    for line in criteria::diff(&old_set, &new_set).lines(lang, explain::describe_rule) {
        println!("{line}");
    }
    Ok(())
}

/// `parscore check`: each file's trust and validity; JSON Schemas given with the sets are skipped.
pub fn check(files: &[PathBuf], lang: Option<Lang>) -> Result<(), Vec<String>> {
    use super::said::{is_json_schema, Said};
    use parscore::i18n::Bilingual;
    let said = lang.unwrap_or_default();
    let mut failures = Vec::new();
    for path in files {
        let name = path.display().to_string();
        if std::fs::read_to_string(path).is_ok_and(|text| is_json_schema(&text)) {
            println!("{}", Said::SchemaSkipped { path: &name }.text(said));
            continue;
        }
        match report_trust(path, lang).and_then(|_| load_criteria(path, said)) {
            Ok(set) => {
                let (items, points) = (set.leaf_count(), said.number(set.scale));
                println!("{}", Said::SetOk { path: &name, id: &set.id, items, points }.text(said));
            }
            Err(messages) => failures.extend(messages),
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures)
    }
}
