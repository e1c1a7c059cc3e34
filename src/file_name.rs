//! The one way parscore names a file after something the user named (a draft, an agency code, a
//! criteria set): what file systems refuse becomes "-", Vietnamese letters stay, and nothing
//! becomes "parscore". Score files, keys, reports and drafts all go through [`file_name`].

/// `stem` + `extension` ("UBND xã An Hải 2025" + ".csv"), safe on Windows, macOS and Linux.
pub fn file_name(stem: &str, extension: &str) -> String {
    let stem: String =
        stem.trim().chars().map(|c| if "/\\:*?\"<>|".contains(c) || c.is_control() { '-' } else { c }).collect();
    // Windows also refuses a name ending in a dot or a space.
    let stem = stem.trim_end_matches(['.', ' ']);
    let stem = if stem.is_empty() { "parscore" } else { stem };
    format!("{stem}{extension}")
}

/// Whether `name` ends in `extension` (".json"), whatever the letters' case ("BÁO CÁO.JSON").
pub fn has_extension(name: &str, extension: &str) -> bool {
    let cut = name.len().wrapping_sub(extension.len());
    name.get(cut..).is_some_and(|end| end.eq_ignore_ascii_case(extension))
}

#[cfg(test)]
mod tests {
    use super::{file_name, has_extension};

    #[test]
    fn an_extension_is_found_whatever_its_case() {
        assert!(has_extension("BÁO CÁO.JSON", ".json") && has_extension("kết quả.Xlsx", ".xlsx"));
        assert!(
            !has_extension("json", ".json") && !has_extension("a.json.txt", ".json") && !has_extension("", ".json")
        );
        // A cut inside a Vietnamese letter is not an extension (nor a panic).
        assert!(!has_extension("ậ.jso", ".json"));
    }

    #[test]
    fn refused_characters_go_and_vietnamese_letters_stay() {
        assert_eq!(file_name(" UBND xã An Hải 2025 ", ".csv"), "UBND xã An Hải 2025.csv");
        assert_eq!(file_name("a/b\\c:d*e?f\"g<h>i|j\u{7}", ".json"), "a-b-c-d-e-f-g-h-i-j-.json");
        assert_eq!(file_name("  ", ".key.pem"), "parscore.key.pem");
        assert_eq!(file_name("SMH...", ".json"), "SMH.json");
    }
}
