//! CSV encodings: Excel's plain "CSV" on a Vietnamese Windows PC is Windows-1258, with most tone
//! marks as combining characters; "Unicode Text" is UTF-16. Both read to the same set as the
//! UTF-8 file; anything else is refused with the fix, never read as the wrong letters.

use std::collections::HashMap;

use parscore::sheet::{self, Problem};
use parscore::Lang;
use unicode_normalization::UnicodeNormalization;

use crate::{described, hash, teaching};

/// Text as Windows encodes it in code page 1258: a letter the code page lacks is written as its
/// base letter (with circumflex, breve or horn when the code page has that) and a combining
/// tone mark. Characters the code page cannot write at all become '?'.
fn windows_1258(text: &str) -> Vec<u8> {
    let table: HashMap<char, u8> = (0..=255u8)
        .filter_map(|b| {
            let byte = [b];
            let (decoded, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(&byte);
            decoded.chars().next().map(|c| (c, b))
        })
        .collect();
    let mut out = Vec::new();
    for c in text.chars() {
        if let Some(&b) = table.get(&c) {
            out.push(b);
            continue;
        }
        // Windows keeps a letter with circumflex, breve or horn whole and adds the tone mark.
        let marks: Vec<char> = c.to_string().nfd().collect();
        let Some((&base, marks)) = marks.split_first() else { continue };
        let whole = marks.iter().enumerate().find_map(|(i, &m)| {
            let composed: String = [base, m].iter().collect::<String>().nfc().collect();
            let mut chars = composed.chars();
            match (chars.next(), chars.next()) {
                (Some(w), None) if table.contains_key(&w) => Some((w, i)),
                _ => None,
            }
        });
        let (first, used) = whole.map_or((base, None), |(w, i)| (w, Some(i)));
        out.push(*table.get(&first).unwrap_or(&b'?'));
        for (_, mark) in marks.iter().enumerate().filter(|&(i, _)| Some(i) != used) {
            out.push(*table.get(mark).unwrap_or(&b'?'));
        }
    }
    out
}

/// The teaching set's CSV, with what Windows-1258 cannot write replaced by '?' (so both
/// encodings hold the same text).
fn representable_csv() -> String {
    let utf8 = sheet::export_csv(&teaching()).expect("export");
    let text = String::from_utf8(utf8[3..].to_vec()).expect("utf-8");
    let encoded = windows_1258(&text);
    let (back, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(&encoded);
    back.nfc().collect()
}

#[test]
fn a_windows_1258_csv_reads_as_its_utf8_twin() {
    let text = representable_csv();
    let from_utf8 = sheet::import_csv(text.as_bytes());
    let problems = described(&from_utf8);
    let expected = from_utf8.into_result().unwrap_or_else(|_| panic!("UTF-8 twin:\n{problems}"));
    assert_eq!(expected.nodes[0].title.vi, "Lập kế hoạch", "Vietnamese letters are representable");

    let bytes = windows_1258(&text);
    assert!(std::str::from_utf8(&bytes).is_err(), "the test file really is not UTF-8");
    assert!(bytes.windows(2).any(|w| w == [0xEA, 0xEC]), "ế is written as ê + combining acute, as Windows does");
    let imported = sheet::import_csv(&bytes);
    assert_eq!(imported.notices.len(), 1);
    assert_eq!(imported.notices[0].problem, Problem::ReadAsWindows1258);
    let problems = described(&imported);
    let raw = imported.into_result().unwrap_or_else(|_| panic!("Windows-1258 file:\n{problems}"));
    assert_eq!(raw.nodes[0].title.vi, "Lập kế hoạch");
    assert_eq!(hash(&raw), hash(&expected), "the same set, letter for letter (NFC)");
}

#[test]
fn a_utf16_csv_with_tabs_reads_too() {
    let text = representable_csv();
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(b';').from_reader(text.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("record")).collect();
    let mut tabbed = csv::WriterBuilder::new().delimiter(b'\t').flexible(true).from_writer(Vec::new());
    records.iter().for_each(|r| tabbed.write_record(r).expect("write"));
    let text = String::from_utf8(tabbed.into_inner().expect("flush")).expect("utf-8");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let imported = sheet::import_csv(&bytes);
    assert_eq!(imported.notices.first().map(|n| &n.problem), Some(&Problem::ReadAsUtf16));
    let problems = described(&imported);
    let raw = imported.into_result().unwrap_or_else(|_| panic!("UTF-16 file:\n{problems}"));
    let twin = sheet::import_csv(representable_csv().as_bytes()).into_result().expect("twin");
    assert_eq!(hash(&raw), hash(&twin));
}

#[test]
fn another_encoding_is_refused_with_the_fix() {
    // 0x81 and 0x8D are unused in Windows-1258: not a Vietnamese Windows file.
    let mut bytes = representable_csv().into_bytes();
    bytes.extend([0x81, 0x8D, b'\n']);
    let imported = sheet::import_csv(&bytes);
    assert!(imported.raw.is_none());
    assert_eq!(imported.problems.len(), 1);
    assert_eq!(imported.problems[0].problem, Problem::UnknownEncoding);
    assert!(imported.problems[0].text(Lang::Vi).contains("CSV UTF-8"), "names the fix");
    assert!(imported.problems[0].text(Lang::En).contains("Save As"), "names the fix");
}

#[test]
fn the_windows_1258_table_is_encoding_rs_byte_for_byte() {
    // encoding_rs follows the WHATWG index, which maps Windows' nine undefined bytes to C1
    // controls; parscore refuses them (a file with them is in another encoding).
    for byte in 0..=255u8 {
        let one = [byte];
        let (expected, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(&one);
        let expected = expected.chars().next().filter(|c| !('\u{80}'..='\u{9f}').contains(c));
        assert_eq!(sheet::windows_1258::char_of(byte), expected, "byte {byte:#04x}");
    }
}
