//! The QR code that prints beside the signed file's SHA-256: its dark modules as one SVG path,
//! drawn with attributes only (the pages' Content-Security-Policy refuses inline styles).

use qrcode::{Color, EcLevel, QrCode};

/// A QR code as an SVG path: `size` modules a side (the quiet zone not included) and the path's
/// `d`, one unit square per dark module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPath {
    pub size: usize,
    pub d: String,
}

/// The QR code of `text` (medium error correction, enough for a printed page), or `None` if the
/// text is too long for any QR version.
pub fn qr_path(text: &str) -> Option<QrPath> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let size = code.width();
    let mut d = String::new();
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == Color::Dark {
            d.push_str(&format!("M{} {}h1v1h-1z", i % size, i / size));
        }
    }
    Some(QrPath { size, d })
}
