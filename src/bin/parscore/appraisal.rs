//! `parscore appraisal`: checks the files of the appraisal round. An appraisal against the score
//! file it appraises and the authority's keyring; an explanation against the appraisal it answers
//! and the agencies' keyring. Exit 0 only when the file is verified (its signer registered for
//! the party it names) and every check passes.

use parscore::i18n::Bilingual;
use std::path::PathBuf;

use clap::Subcommand;
use parscore::appraisal::{verify_appraisal, verify_explanation, AppraisalMessage, Trust};
use parscore::Lang;

use crate::cli::{known_criteria, read, LangArg};
use crate::trust::read_keyring;

#[derive(Subcommand)]
pub enum AppraisalCommand {
    /// Verify an appraisal (or final appraisal) file against its score file.
    Verify {
        /// The appraisal file.
        file: PathBuf,
        /// The score file the appraisal is bound to.
        #[arg(long, value_name = "FILE")]
        score_file: PathBuf,
        /// A criteria file or a directory of them (default: ./criteria when present).
        #[arg(long, value_name = "DIR_OR_FILE")]
        criteria: Option<PathBuf>,
        /// The authority's keyring (or its single public key file).
        #[arg(long, value_name = "FILE")]
        keyring: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "vi")]
        lang: LangArg,
    },
    /// Verify an agency's explanation file against the appraisal it answers.
    VerifyExplanation {
        /// The explanation file.
        file: PathBuf,
        /// The appraisal file it answers.
        #[arg(long, value_name = "FILE")]
        appraisal: PathBuf,
        /// The agencies' keyring (or the agency's single public key file).
        #[arg(long, value_name = "FILE")]
        keyring: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "vi")]
        lang: LangArg,
    },
}

pub fn run(command: &AppraisalCommand) -> Result<(), Vec<String>> {
    let (file, trust, failures, lang) = match command {
        AppraisalCommand::Verify { file, score_file, criteria, keyring, lang } => {
            let lang = Lang::from(*lang);
            let known = known_criteria(criteria.as_deref(), lang)?;
            let ring = keyring.as_deref().map(|path| read_keyring(path, lang)).transpose()?;
            let (bytes, score) = (read(file)?, read(score_file)?);
            let check = verify_appraisal(bytes.as_bytes(), score.as_bytes(), &known, ring.as_ref());
            (file, check.trust(), check.failures, lang)
        }
        AppraisalCommand::VerifyExplanation { file, appraisal, keyring, lang } => {
            let lang = Lang::from(*lang);
            let ring = keyring.as_deref().map(|path| read_keyring(path, lang)).transpose()?;
            let (bytes, answered) = (read(file)?, read(appraisal)?);
            let check = verify_explanation(bytes.as_bytes(), answered.as_bytes(), ring.as_ref());
            (file, check.trust(), check.failures, lang)
        }
    };
    let name = file.display();
    match trust {
        Trust::Verified => {
            println!("{name}: ok");
            Ok(())
        }
        Trust::SignatureOnly => Err(vec![format!(
            "{name}: {}",
            lang.pick(
                "chữ ký đúng nhưng chưa xác minh người ký (khoá không có trong danh sách khoá)",
                "signature sound, signer not verified (the key is not in the keyring)"
            )
        )]),
        Trust::Invalid => {
            Err(failures.iter().map(|f: &AppraisalMessage| format!("{name}: {}", f.text(lang))).collect())
        }
    }
}
