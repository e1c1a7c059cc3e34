//! `parscore verify` and `parscore keyring`: trust said as it is. A file is verified only when
//! its signer is registered for its agency code; a valid signature alone is a warning that
//! fails the command unless `--allow-unregistered` is given.

use parscore::i18n::Bilingual;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use parscore::criteria::CriteriaSet;
use parscore::scorefile::{
    find_duplicates, verify_batch, Duplicates, Failure, Keyring, PublicKeyFile, Report, Timestamp, TrustText, Verdict,
};
use parscore::Lang;

use crate::cli::{known_criteria, read, LangArg};

#[derive(Args)]
pub struct VerifyArgs {
    /// Score files (.score.json).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// A criteria file or a directory of them (default: ./criteria when present).
    #[arg(long, value_name = "DIR_OR_FILE")]
    criteria: Option<PathBuf>,
    /// The keyring of registered agencies: a keyring file, a JSON array of public key files,
    /// or a single public key file. Without it no signer is verified.
    #[arg(long, value_name = "FILE")]
    keyring: Option<PathBuf>,
    /// One JSON report per file on stdout, with its verdict and duplicates.
    #[arg(long)]
    json: bool,
    #[arg(long, value_enum, default_value = "vi")]
    lang: LangArg,
    /// Accept files whose signature is valid but whose signer is not registered (still said).
    #[arg(long)]
    allow_unregistered: bool,
    #[command(flatten)]
    jobs: crate::jobs::Jobs,
}

#[derive(Subcommand)]
pub enum KeyringCommand {
    /// Add public key files (or keyrings) to the keyring file, creating it when missing.
    Add {
        /// Public key files (.pub.json) or keyrings to add.
        #[arg(required = true, value_name = "KEYFILES")]
        keys: Vec<PathBuf>,
        /// The keyring file to add them to.
        #[arg(long, value_name = "FILE")]
        keyring: PathBuf,
        #[arg(long, value_enum, default_value = "vi")]
        lang: LangArg,
    },
    /// Print every registered key: code, name, fingerprint, date added, did:key.
    List {
        /// The keyring file.
        #[arg(long, value_name = "FILE")]
        keyring: PathBuf,
        #[arg(long, value_enum, default_value = "vi")]
        lang: LangArg,
    },
}

pub(crate) fn read_keyring(path: &Path, lang: Lang) -> Result<Keyring, Vec<String>> {
    let text = read(path)?;
    Keyring::from_json(&text).map_err(|e| {
        let (location, message) = match e {
            parscore::scorefile::KeyError::BadPublicKeyFile { location, message } => (location, message),
            other => (String::new(), other.to_string()),
        };
        vec![format!("{}: {}", path.display(), TrustText::KeyringUnreadable { location, message }.text(lang))]
    })
}

pub fn verify(args: &VerifyArgs) -> Result<(), Vec<String>> {
    let lang = Lang::from(args.lang);
    let known = known_criteria(args.criteria.as_deref(), lang)?;
    let keyring = match &args.keyring {
        Some(path) => Some(read_keyring(path, lang)?),
        None => None,
    };
    let read: Vec<Result<Vec<u8>, String>> =
        args.files.iter().map(|path| std::fs::read(path).map_err(|e| e.to_string())).collect();
    let readable: Vec<&[u8]> = read.iter().filter_map(|r| r.as_deref().ok()).collect();
    let mut verified = args.jobs.run(|| verify_batch(&readable, &known, keyring.as_ref())).into_iter();
    let reports: Vec<Option<Report>> = read.iter().map(|r| r.as_ref().ok().and_then(|_| verified.next())).collect();
    let duplicates = find_duplicates(&reports.iter().map(Option::as_ref).collect::<Vec<_>>());

    let names: Vec<String> = args.files.iter().map(|p| p.display().to_string()).collect();
    let mut tally = Tally::default();
    let mut entries = Vec::new();
    for (index, (report, twins)) in reports.iter().zip(&duplicates).enumerate() {
        let name = names.get(index).map_or("", String::as_str);
        let Some(report) = report else {
            let reason = read.get(index).and_then(|r| r.as_ref().err()).cloned().unwrap_or_default();
            eprintln!("{name}: {}: {reason}", TrustText::Unreadable.text(lang));
            tally.invalid += 1;
            entries.push(serde_json::json!({ "file": name, "valid": false, "verdict": "invalid", "error": reason }));
            continue;
        };
        tally.count(report.verdict(), twins);
        if args.json {
            entries.push(json_entry(name, report, twins, &names));
        } else {
            print_report(name, report, twins, &names, &known, lang);
        }
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&entries).unwrap_or_default());
    } else {
        let total = args.files.len();
        println!("{}", crate::said::Said::VerifiedOf { verified: tally.verified, total }.text(lang));
        println!("{}", tally.summary().text(lang));
        if args.allow_unregistered && tally.signature_only > 0 {
            println!("{}", TrustText::UnregisteredAllowed.text(lang));
        }
    }
    let accepted = tally.invalid == 0 && tally.conflicts == 0 && (args.allow_unregistered || tally.signature_only == 0);
    if accepted {
        Ok(())
    } else {
        Err(Vec::new())
    }
}

#[derive(Default)]
struct Tally {
    verified: usize,
    signature_only: usize,
    invalid: usize,
    conflicts: usize,
}

impl Tally {
    fn count(&mut self, verdict: Verdict, twins: &Duplicates) {
        match verdict {
            Verdict::Verified => self.verified += 1,
            Verdict::SignatureOnly => self.signature_only += 1,
            Verdict::Invalid => self.invalid += 1,
        }
        self.conflicts += usize::from(twins.is_conflicting());
    }

    fn summary(&self) -> TrustText {
        TrustText::Summary {
            verified: self.verified,
            signature_only: self.signature_only,
            invalid: self.invalid,
            conflicts: self.conflicts,
        }
    }
}

/// One line per file on stdout (verdict, who signed, what it claims), the reasons of an invalid
/// file on stderr, then its duplicates.
fn print_report(name: &str, report: &Report, twins: &Duplicates, names: &[String], known: &[CriteriaSet], lang: Lang) {
    let verdict = report.verdict();
    let mut line = format!("{name}: {}", verdict.text().text(lang));
    if verdict == Verdict::Invalid {
        let reasons: Vec<String> = report.invalid_reasons().iter().map(|r| r.text(lang)).collect();
        line.push_str(&format!(" ({})", reasons.join(", ")));
    }
    if let Some(signer) = report.signer_text() {
        line.push_str(&format!(" — {}", signer.text(lang)));
    }
    if let (Some(agency), Some(year), Some(set), Some(index)) =
        (&report.agency, report.year, &report.criteria, report.index)
    {
        line.push_str(&format!("; {} {year}, {} {}: {}%", agency.code, set.id, set.version, lang.number(index)));
        if let Some(band) = &report.band {
            // The band's title as the set writes it ("Khá"), its id only for an unknown set.
            let of_set = known.iter().find(|k| (&k.id, &k.version) == (&set.id, &set.version));
            let title = of_set.and_then(|k| k.bands.iter().find(|b| &b.id == band)).map(|b| b.title.get(lang));
            line.push_str(&format!(", {}", title.unwrap_or(band)));
        }
    }
    println!("{line}");
    if verdict == Verdict::Invalid {
        for failure in &report.failures {
            eprintln!("{name}: {}", parscore::authority::received::reason(failure).text(lang));
            // Every figure that differs, not only the first: "answers.2.1.points: 6 → 5".
            if let Failure::ScoreDiffers { differences } = failure {
                for d in differences {
                    let (claimed, recomputed) =
                        (d.claimed.as_deref().unwrap_or("—"), d.recomputed.as_deref().unwrap_or("—"));
                    eprintln!("{name}:   {}: {claimed} → {recomputed}", d.location);
                }
            }
        }
    }
    let file = |i: &usize| names.get(*i).cloned().unwrap_or_default();
    if let Some(by) = twins.superseded_by.as_ref().map(file) {
        println!("{name}: {}", TrustText::Superseded { by }.text(lang));
    }
    if twins.is_conflicting() {
        let with = twins.conflicts_with.iter().map(file).collect::<Vec<_>>().join(", ");
        eprintln!("{name}: {}", TrustText::Conflicting { with }.text(lang));
    }
}

fn json_entry(name: &str, report: &Report, twins: &Duplicates, names: &[String]) -> serde_json::Value {
    let mut entry = serde_json::to_value(report).unwrap_or_default();
    entry["file"] = serde_json::json!(name);
    entry["valid"] = serde_json::json!(report.is_valid());
    entry["verdict"] = serde_json::json!(report.verdict());
    entry["superseded_by"] = serde_json::json!(twins.superseded_by.and_then(|i| names.get(i)));
    entry["conflicts_with"] =
        serde_json::json!(twins.conflicts_with.iter().filter_map(|i| names.get(*i)).collect::<Vec<_>>());
    entry
}

pub fn keyring(command: &KeyringCommand) -> Result<(), Vec<String>> {
    match command {
        KeyringCommand::Add { keys, keyring, lang } => add(keys, keyring, Lang::from(*lang)),
        KeyringCommand::List { keyring, lang } => {
            let lang = Lang::from(*lang);
            let ring = read_keyring(keyring, lang)?;
            if ring.entries.is_empty() {
                println!("{}", TrustText::KeyringEmpty.text(lang));
            }
            for entry in &ring.entries {
                println!("{}", entry.listing().text(lang));
            }
            Ok(())
        }
    }
}

/// Reads every key file (a public key file, or a keyring of them), adds them dated now, and
/// writes the keyring back only when nothing was refused.
fn add(paths: &[PathBuf], keyring: &Path, lang: Lang) -> Result<(), Vec<String>> {
    let mut ring = if keyring.exists() { read_keyring(keyring, lang)? } else { Keyring::default() };
    let mut keys = Vec::new();
    for path in paths {
        let entries = read_keyring(path, lang)?.entries;
        let several = entries.len() > 1;
        for (i, entry) in entries.into_iter().enumerate() {
            let source = if several { format!("{}[{i}]", path.display()) } else { path.display().to_string() };
            let key = PublicKeyFile {
                format: parscore::scorefile::keys::PUBLIC_KEY_FORMAT.into(),
                did: entry.did,
                fingerprint: entry.fingerprint,
                agency: entry.agency,
            };
            keys.push((source, key));
        }
    }
    let summary = ring.add(&keys, Timestamp::now()).map_err(|refused| {
        let mut lines: Vec<String> = refused.iter().map(|r| r.text(lang)).collect();
        lines.push(TrustText::KeyringUnchanged.text(lang));
        lines
    })?;
    for line in &summary.lines {
        println!("{}", line.text(lang));
    }
    if summary.added > 0 {
        std::fs::write(keyring, ring.to_json_pretty()).map_err(|e| vec![format!("{}: {e}", keyring.display())])?;
    } else {
        println!("{}", TrustText::KeyringUnchanged.text(lang));
    }
    Ok(())
}
