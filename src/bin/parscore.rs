//! `parscore`: the command line over the scoring core.
//!
//! Exit codes: 0 when everything is valid, 1 when an input is invalid (with located messages on
//! stderr) or a score file is not verified (its signer not registered for its agency included,
//! unless `--allow-unregistered`), 2 for usage errors (clap's own).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::run()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

/// mimalloc rather than the system's allocator: reading a score file allocates its JSON tree, and
/// verifying one on one core took 87 µs with glibc's malloc and 80 µs with mimalloc
/// (`benches/verify_batch.rs`, which uses it too, as `one_core`).
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(not(target_arch = "wasm32"))]
#[path = "parscore/appraisal.rs"]
mod appraisal_cmd;
#[cfg(not(target_arch = "wasm32"))]
#[path = "parscore/authority.rs"]
mod authority_cli;
#[cfg(not(target_arch = "wasm32"))]
#[path = "parscore/criteria.rs"]
mod criteria_cmd;

#[cfg(not(target_arch = "wasm32"))]
#[path = "parscore/trust.rs"]
mod trust;

#[cfg(not(target_arch = "wasm32"))]
#[path = "parscore/jobs.rs"]
mod jobs;

#[cfg(not(target_arch = "wasm32"))]
#[path = "parscore/keygen.rs"]
mod keygen;

#[cfg(not(target_arch = "wasm32"))]
#[path = "parscore/files.rs"]
mod files;

#[cfg(not(target_arch = "wasm32"))]
#[path = "parscore/sheet.rs"]
mod sheet_cmd;

#[cfg(not(target_arch = "wasm32"))]
#[path = "parscore/table.rs"]
mod table;

#[cfg(not(target_arch = "wasm32"))]
#[path = "parscore/said.rs"]
mod said;

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use clap::{Parser, Subcommand, ValueEnum};
    use parscore::criteria::CriteriaSet;
    use parscore::scorefile::{self, keys, App, BuildError, DidKey, Timestamp};
    use parscore::scoring::{self, explain, Scorecard};
    use parscore::Lang;

    /// Where a passphrase comes from when no terminal is at hand (scripts, CI).
    const PASSPHRASE_VAR: &str = "PARSCORE_PASSPHRASE";

    const SCHEMA: &str = include_str!("../../criteria/criteria.schema.json");

    #[derive(Parser)]
    #[command(
        name = "parscore",
        version,
        about = "Chấm điểm Chỉ số cải cách hành chính (PAR INDEX): kiểm tra bộ tiêu chí, tính điểm bản tự đánh giá.\nScore the Administrative Reform Index: check criteria sets, score drafts."
    )]
    struct Cli {
        #[command(subcommand)]
        command: Command,
        /// Known publishers of criteria sets: a JSON array of public key files.
        #[arg(long, global = true, value_name = "FILE")]
        publishers: Option<PathBuf>,
    }

    #[derive(Clone, Copy, ValueEnum)]
    pub(crate) enum LangArg {
        Vi,
        En,
    }

    impl From<LangArg> for Lang {
        fn from(l: LangArg) -> Lang {
            match l {
                LangArg::Vi => Lang::Vi,
                LangArg::En => Lang::En,
            }
        }
    }

    #[derive(Subcommand)]
    enum Command {
        /// Validate criteria files; exit 1 with located messages when any is invalid.
        Check {
            /// Criteria files (.json); a JSON Schema among them is skipped with a note.
            #[arg(required = true)]
            files: Vec<PathBuf>,
            /// The language of the problems (default vi); without it, signatures are said in both.
            #[arg(long, value_enum)]
            lang: Option<LangArg>,
        },
        /// Score a draft against a criteria set: a table, or JSON with decimals as strings.
        Score {
            /// The criteria set (.json).
            criteria: PathBuf,
            /// The draft (.draft.json) exported by the app.
            draft: PathBuf,
            /// JSON instead of the table.
            #[arg(long)]
            json: bool,
            #[arg(long, value_enum, default_value = "vi")]
            lang: LangArg,
            /// Score a draft made for another version or content of the set with this one.
            #[arg(long)]
            accept_set_change: bool,
        },
        /// Explain how one item, group or the total ("total") was scored.
        Explain {
            /// The criteria set (.json).
            criteria: PathBuf,
            /// The draft (.draft.json).
            draft: PathBuf,
            /// An item's or group's code ("1.1.2"), or "total".
            code: String,
            #[arg(long, value_enum, default_value = "vi")]
            lang: LangArg,
        },
        /// Print the JSON Schema of criteria files.
        Schema,
        /// Make an agency's Ed25519 key and print its did:key.
        ///
        /// Writes the key encrypted (PKCS#8, scrypt + AES-256-CBC; `openssl pkey` reads it) to
        /// KEYFILE and the public key file to register to KEYFILE.pub.json. The passphrase comes
        /// from PARSCORE_PASSPHRASE, or is asked on the terminal.
        Keygen {
            /// Where to write the encrypted key (and KEYFILE.pub.json).
            #[arg(long, value_name = "KEYFILE")]
            out: PathBuf,
            /// The agency's name, written in the public key file.
            #[arg(long, value_name = "NAME", default_value = "")]
            agency_name: String,
            /// The agency's code (mã đơn vị), written in the public key file.
            #[arg(long, value_name = "CODE", default_value = "")]
            agency_code: String,
        },
        /// Score a draft and sign it: a score file on stdout or in --out.
        ///
        /// The file is W3C Data Integrity with eddsa-jcs-2022 (docs/score-file.md); the key's
        /// passphrase comes as for keygen.
        Sign {
            /// The criteria set (.json).
            criteria: PathBuf,
            /// The draft (.draft.json) to score and sign.
            draft: PathBuf,
            /// The encrypted key from `parscore keygen` (passphrase as for keygen).
            #[arg(long, value_name = "KEYFILE")]
            key: PathBuf,
            /// Where to write the score file (default: stdout).
            #[arg(long, value_name = "FILE")]
            out: Option<PathBuf>,
            /// The signing time, YYYY-MM-DDTHH:MM:SSZ (default: now), for reproducible files.
            #[arg(long, value_name = "TIME")]
            created: Option<String>,
            /// Sign a draft made for another version or content of the set, scored with this one.
            #[arg(long)]
            accept_set_change: bool,
        },
        /// Verify score files: each one's verdict, and duplicates; exit 0 only when every file
        /// is verified (its signer registered for its agency) and none conflicts.
        Verify(super::trust::VerifyArgs),
        /// Keep the keyring of registered agencies' public keys (add, list).
        #[command(subcommand)]
        Keyring(super::trust::KeyringCommand),
        /// Criteria sets as their publisher issues them: sign, diff, and spreadsheets (import,
        /// export, template).
        Criteria {
            #[command(subcommand)]
            command: super::criteria_cmd::CriteriaCommand,
        },
        /// The intake register: each agency of the roster submitted, late, superseded,
        /// unverified, invalid or missing; --out writes it as XLSX or CSV.
        Intake(crate::authority_cli::IntakeArgs),
        /// Final indexes and the ranking per group, from the verified files (self-assessed
        /// figures until appraisals exist), with survey results and last year's changes.
        Rank(crate::authority_cli::RankArgs),
        /// Check appraisal and explanation files (thẩm định, giải trình).
        #[command(subcommand)]
        Appraisal(crate::appraisal_cmd::AppraisalCommand),
    }

    pub fn run() -> ExitCode {
        let cli = Cli::parse();
        let _ = super::criteria_cmd::PUBLISHERS.set(cli.publishers);
        let result = match cli.command {
            Command::Check { files, lang } => super::criteria_cmd::check(&files, lang.map(Lang::from)),
            Command::Score { criteria, draft, json, lang, accept_set_change: accept } => {
                score(&criteria, &draft, json, lang.into(), accept)
            }
            Command::Explain { criteria, draft, code, lang } => explain_code(&criteria, &draft, &code, lang.into()),
            Command::Schema => {
                print!("{SCHEMA}");
                Ok(())
            }
            Command::Keygen { out, agency_name, agency_code } => {
                super::keygen::keygen(&out, &agency_name, &agency_code)
            }
            Command::Sign { criteria, draft, key, out, created, accept_set_change: accept } => {
                sign(&criteria, &draft, &key, out.as_deref(), created.as_deref(), accept)
            }
            Command::Verify(args) => super::trust::verify(&args),
            Command::Keyring(command) => super::trust::keyring(&command),
            Command::Criteria { command } => super::criteria_cmd::run(command),
            Command::Intake(args) => crate::authority_cli::intake(&args),
            Command::Rank(args) => crate::authority_cli::rank(&args),
            Command::Appraisal(command) => crate::appraisal_cmd::run(&command),
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(messages) => {
                for m in messages {
                    eprintln!("{m}");
                }
                ExitCode::from(1)
            }
        }
    }

    pub(crate) use super::files::read;
    use super::files::{load_criteria, load_draft};
    use super::table::table;

    fn score(criteria_path: &Path, draft_path: &Path, json: bool, lang: Lang, accept: bool) -> Result<(), Vec<String>> {
        super::criteria_cmd::report_trust(criteria_path, Some(lang))?;
        let criteria = load_criteria(criteria_path, lang)?;
        let draft = load_draft(draft_path, &criteria, lang, accept)?;
        let card = scoring::score(&criteria, &draft);
        if json {
            let value = scoring::json::to_json(&criteria, &card, lang);
            println!("{}", serde_json::to_string_pretty(&value).unwrap_or_default());
        } else {
            print!("{}", table(&criteria, &card, lang));
        }
        problems_as_errors(&card, draft_path, lang)
    }

    fn problems_as_errors(card: &Scorecard, draft_path: &Path, lang: Lang) -> Result<(), Vec<String>> {
        if card.problems.is_empty() {
            return Ok(());
        }
        Err(card.problems.iter().map(|p| format!("{}: {}", draft_path.display(), p.located(lang))).collect())
    }

    fn explain_code(criteria_path: &Path, draft_path: &Path, code: &str, lang: Lang) -> Result<(), Vec<String>> {
        let criteria = load_criteria(criteria_path, lang)?;
        let draft = load_draft(draft_path, &criteria, lang, false)?;
        let card = scoring::score(&criteria, &draft);
        if code == "total" {
            for line in explain::explain_total(&criteria, &card, lang) {
                println!("{line}");
            }
            return Ok(());
        }
        let id = criteria
            .find(code)
            .ok_or_else(|| vec![format!("{}: no node has the code {code}", criteria_path.display())])?;
        let e = explain::explain(&criteria, &card, id, lang);
        println!("{} {}", e.code, e.title);
        for (i, line) in e.rule.iter().enumerate() {
            let mark = if e.matched == Some(i) { "→" } else { " " };
            println!("  {mark} {line}");
        }
        for input in &e.inputs {
            println!("  {input}");
        }
        for step in &e.steps {
            println!("  {step}");
        }
        println!("  = {} / {}", lang.number(e.points), lang.number(e.max));
        Ok(())
    }

    /// The passphrase from PARSCORE_PASSPHRASE, else asked on the terminal without echo (twice
    /// when a new backup is made).
    pub(crate) fn passphrase(confirm: bool) -> Result<String, Vec<String>> {
        if let Some(value) = std::env::var_os(PASSPHRASE_VAR) {
            return value.into_string().map_err(|_| vec![format!("{PASSPHRASE_VAR} is not valid UTF-8")]);
        }
        let ask = |prompt: &str| {
            rpassword::prompt_password(prompt)
                .map_err(|e| vec![format!("no passphrase: set {PASSPHRASE_VAR} or run parscore in a terminal ({e})")])
        };
        let first = ask("Mật khẩu / passphrase: ")?;
        if confirm && ask("Nhập lại / again: ")? != first {
            return Err(vec!["the two passphrases differ; nothing was written".into()]);
        }
        Ok(first)
    }

    fn sign(
        criteria_path: &Path,
        draft_path: &Path,
        key_path: &Path,
        out: Option<&Path>,
        created: Option<&str>,
        accept: bool,
    ) -> Result<(), Vec<String>> {
        super::criteria_cmd::report_trust(criteria_path, None)?;
        let criteria = load_criteria(criteria_path, Lang::Vi)?;
        let draft = load_draft(draft_path, &criteria, Lang::Vi, accept)?;
        let created = match created {
            Some(text) => Timestamp::parse(text).map_err(|e| vec![format!("--created: {e}")])?,
            None => Timestamp::now(),
        };
        let pem = read(key_path)?;
        let key = keys::restore_backup(&pem, &passphrase(false)?)
            .map_err(|e| vec![format!("{}: {e}", key_path.display())])?;
        let file = scorefile::sign(&criteria, &draft, &key, created, App::this()).map_err(|e| match e {
            BuildError::Problems(problems) => problems
                .iter()
                .map(|p| format!("{}: {}", draft_path.display(), p.located(Lang::En)))
                .chain(std::iter::once(format!("{}: not signed: correct these answers first", draft_path.display())))
                .collect(),
            other => vec![format!("{}: {other}", draft_path.display())],
        })?;
        let text = file.to_json_pretty();
        match out {
            Some(path) => {
                std::fs::write(path, text).map_err(|e| vec![format!("{}: {e}", path.display())])?;
                eprintln!("{}: signed by {}", path.display(), DidKey::of(&key).did());
            }
            None => print!("{text}"),
        }
        Ok(())
    }

    /// Criteria files to verify against: a file, or every *.json of a directory (not its
    /// subdirectories, not schemas). Files of a directory that do not load are skipped with a
    /// warning; a file named on its own must load.
    pub(crate) fn known_criteria(path: Option<&Path>, lang: Lang) -> Result<Vec<CriteriaSet>, Vec<String>> {
        use super::said::Said;
        use parscore::i18n::Bilingual;
        let default = Path::new("criteria");
        let path = match path {
            Some(path) => path,
            None if default.is_dir() => default,
            // Nothing to recompute against: said as such, not as a mismatch of every file.
            None => return Err(vec![Said::NoCriteriaFolder.text(lang)]),
        };
        if !path.is_dir() {
            return Ok(vec![load_criteria(path, Lang::Vi)?]);
        }
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| vec![format!("{}: {e}", path.display())])?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| {
                p.is_file()
                    && p.extension().is_some_and(|x| x == "json")
                    && !p.to_string_lossy().ends_with(".schema.json")
            })
            .collect();
        files.sort();
        let mut sets = Vec::new();
        for file in files {
            match load_criteria(&file, Lang::Vi) {
                Ok(set) => sets.push(set),
                Err(_) => eprintln!("{}", Said::SetSkipped { path: &file.display().to_string() }.text(lang)),
            }
        }
        Ok(sets)
    }
}
