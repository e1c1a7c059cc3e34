//! Capitals and small letters for the Latin letters Vietnamese and Latin-1 write, by code point,
//! instead of `str::to_uppercase` and `to_lowercase`: those link Unicode's case tables, about
//! 6 kB (brotli) of every page that calls them. Letters of other scripts, and the few Latin ones
//! whose case Unicode maps oddly (ß, ÿ), stay as written; accents typed as combining marks
//! follow their letter.

/// "Sở Tư pháp" → "SỞ TƯ PHÁP".
pub fn upper(text: &str) -> String {
    text.chars().map(upper_char).collect()
}

/// "MÃ ĐƠN VỊ" → "mã đơn vị".
pub fn lower(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

/// Whether `c` is one of the capitals [`lower`] changes.
pub fn is_capital(c: char) -> bool {
    lower_char(c) != c
}

pub fn upper_char(c: char) -> char {
    let code = u32::from(c);
    let upper = match code {
        0x61..=0x7a => code - 0x20,                   // a–z
        0xe0..=0xfe if code != 0xf7 => code - 0x20,   // à–þ (÷ is not a letter)
        0x103 | 0x111 | 0x129 | 0x169 => code - 1,    // ă đ ĩ ũ
        0x1a1 | 0x1b0 => code - 1,                    // ơ ư
        0x1ea1..=0x1ef9 if code % 2 == 1 => code - 1, // ạ … ỹ: each capital comes before its small
        _ => code,
    };
    char::from_u32(upper).unwrap_or(c)
}

pub fn lower_char(c: char) -> char {
    let code = u32::from(c);
    let lower = match code {
        0x41..=0x5a => code + 0x20,                   // A–Z
        0xc0..=0xde if code != 0xd7 => code + 0x20,   // À–Þ (× is not a letter)
        0x102 | 0x110 | 0x128 | 0x168 => code + 1,    // Ă Đ Ĩ Ũ
        0x1a0 | 0x1af => code + 1,                    // Ơ Ư
        0x1ea0..=0x1ef8 if code % 2 == 0 => code + 1, // Ạ … Ỹ
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    const VIETNAMESE: &str =
        "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";

    #[test]
    fn every_vietnamese_letter_has_unicodes_capital_and_back() {
        assert_eq!(upper("Sở Tư pháp tỉnh Đắk Lắk"), "SỞ TƯ PHÁP TỈNH ĐẮK LẮK");
        assert_eq!(lower("ỦY BAN NHÂN DÂN XÃ Ỹ LÝ, ĐẶC KHU"), "ủy ban nhân dân xã ỹ lý, đặc khu");
        for small in VIETNAMESE.chars() {
            let capital = upper_char(small);
            assert_eq!(capital.to_string(), small.to_uppercase().to_string(), "{small}");
            assert_eq!(lower_char(capital), small, "{capital}");
            assert!(is_capital(capital) && !is_capital(small), "{small}");
        }
    }

    #[test]
    fn any_other_character_is_left_alone_or_given_unicodes_own_case() {
        for code in (0..0x2000).chain(0x1e00..0x1f00) {
            let Some(c) = char::from_u32(code) else { continue };
            let (up, down) = (upper_char(c).to_string(), lower_char(c).to_string());
            assert!(up == c.to_string() || up == c.to_uppercase().to_string(), "U+{code:04X}: {up}");
            assert!(down == c.to_string() || down == c.to_lowercase().to_string(), "U+{code:04X}: {down}");
        }
        assert_eq!(upper("ßÿαж"), "ßÿαж");
        assert_eq!(lower("ΑЖİ"), "ΑЖİ");
        // Accents typed as combining marks (decomposed text) follow their letter.
        assert_eq!(upper("So\u{31b}\u{309}"), "SO\u{31b}\u{309}");
        assert_eq!(lower("SO\u{31b}\u{309}"), "so\u{31b}\u{309}");
    }
}
