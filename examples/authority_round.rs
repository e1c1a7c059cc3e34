//! Writes a round of N agencies for the authority's commands to run on: signed score files of
//! the teaching set (answers varying by agency), the keyring, a roster in three groups and the
//! survey results. Keys come from fixed seeds: the files are throwaway test data.
//!
//!   cargo run --release --example authority_round -- DIR [N]

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> Result<(), String> {
    use parscore::answers::{Agency, Draft};
    use parscore::criteria::{self, Level};
    use parscore::scorefile::{self, App, DidKey, Keyring, PublicKeyFile, Timestamp};
    use parscore::Decimal;

    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().ok_or("usage: authority_round DIR [N]")?);
    let n: usize = args.next().map_or(Ok(300), |a| a.parse()).map_err(|e| format!("N: {e}"))?;
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"));
    let set = criteria::load(&read("criteria/teaching-demo.json")?).map_err(|e| format!("{e:?}"))?;
    let demo = Draft::from_json(&read("criteria/demo/teaching-demo.draft.json")?).map_err(|e| e.to_string())?;
    let created = Timestamp::parse("2025-10-01T02:00:00Z")?;
    std::fs::create_dir_all(dir.join("files")).map_err(|e| e.to_string())?;
    let write = |name: &str, text: String| std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"));
    let (mut keys, mut roster, mut survey) = (Vec::new(), String::from("Mã;Tên;Nhóm\n"), String::new());
    survey += "Mã đơn vị;Mã tiêu chí;Giá trị\n";
    for i in 0..n {
        let code = format!("DV{i:04}");
        let name = format!("Đơn vị {i}");
        let mut seed = [0u8; 32];
        seed[..8].copy_from_slice(&(i as u64 + 1).to_le_bytes());
        let key = ed25519_dalek::SigningKey::from_bytes(&seed);
        keys.push(PublicKeyFile::new(&DidKey::of(&key), &name, &code));
        let mut draft = demo.clone();
        draft.agency = Agency { name: name.clone(), code: code.clone(), level: Level::Department };
        if let Some(a) = draft.answers.get_mut("2.1") {
            a.numerator = Some((i % 101) as i64);
        }
        if let Some(a) = draft.answers.get_mut("3.2") {
            a.points = Some(Decimal::from_int((i % 11) as i64));
        }
        let file = scorefile::sign(&set, &draft, &key, created, App::this()).map_err(|e| e.to_string())?;
        write(&format!("files/{code}.score.json"), file.to_json_pretty())?;
        roster += &format!("{code};{name};{}\n", ["Sở", "Xã", "Phường"][i % 3]);
        survey += &format!("{code};4.1;{}\n{code};4.2;{},5\n", i % 11, (i * 7) % 10);
    }
    write("keyring.json", Keyring::from_keys(keys).to_json_pretty())?;
    write("roster.csv", roster)?;
    write("survey.csv", survey)?;
    eprintln!("{}: {n} signed files, keyring.json, roster.csv, survey.csv", dir.display());
    Ok(())
}
