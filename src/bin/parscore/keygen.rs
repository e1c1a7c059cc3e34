//! `parscore keygen`: a new Ed25519 key, its encrypted backup (readable by its owner only) and
//! the public key file an agency registers.

use std::path::{Path, PathBuf};

use parscore::scorefile::{keys, DidKey, PublicKeyFile};

use super::cli::passphrase;

pub(crate) fn keygen(out: &Path, agency_name: &str, agency_code: &str) -> Result<(), Vec<String>> {
    let pub_path = PathBuf::from(format!("{}.pub.json", out.display()));
    for path in [out, pub_path.as_path()] {
        if path.exists() {
            return Err(vec![format!("{}: already exists; a key is never overwritten", path.display())]);
        }
    }
    let passphrase = passphrase(true)?;
    let key = keys::generate().map_err(|e| vec![e.to_string()])?;
    let pem = keys::backup_pem(&key, &passphrase).map_err(|e| vec![e.to_string()])?;
    let did = DidKey::of(&key);
    write_private(out, &pem)?;
    let public = PublicKeyFile::new(&did, agency_name, agency_code);
    std::fs::write(&pub_path, public.to_json_pretty()).map_err(|e| vec![format!("{}: {e}", pub_path.display())])?;
    println!("{}", did.did());
    eprintln!(
        "{}: encrypted private key (keep it and its passphrase safe)\n{}: public key file to register, fingerprint {}",
        out.display(),
        pub_path.display(),
        did.fingerprint()
    );
    Ok(())
}

/// Writes a new file readable by its owner only.
fn write_private(path: &Path, text: &str) -> Result<(), Vec<String>> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .map_err(|e| vec![format!("{}: {e}", path.display())])
}
