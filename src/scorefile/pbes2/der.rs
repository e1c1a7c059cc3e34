//! The few DER (X.690) pieces the key backup needs: writing one element, minimal INTEGERs, and a
//! strict reader, one element at a time.

// DER tags (X.690): universal primitive types, SEQUENCE (constructed) and the two context tags
// of OneAsymmetricKey.
pub(super) const INTEGER: u8 = 0x02;
pub(super) const OCTET_STRING: u8 = 0x04;
pub(super) const OID: u8 = 0x06;
pub(super) const SEQUENCE: u8 = 0x30;
pub(super) const ATTRIBUTES: u8 = 0xa0; // [0] IMPLICIT SET OF Attribute (constructed)
pub(super) const PUBLIC_KEY: u8 = 0x81; // [1] IMPLICIT BIT STRING (primitive)

/// One DER element: tag, minimal definite length, then the concatenated `parts`.
pub(super) fn tlv(tag: u8, parts: &[&[u8]]) -> Vec<u8> {
    let len: usize = parts.iter().map(|p| p.len()).sum();
    let mut out = Vec::with_capacity(len + 4);
    out.push(tag);
    // Our elements are far below 64 KiB; longer ones would need more length bytes.
    debug_assert!(len <= 0xffff);
    match len {
        0..=0x7f => out.push(len as u8),
        0x80..=0xff => out.extend_from_slice(&[0x81, len as u8]),
        _ => out.extend_from_slice(&[0x82, (len >> 8) as u8, len as u8]),
    }
    for part in parts {
        out.extend_from_slice(part);
    }
    out
}

/// A non-negative INTEGER, minimally encoded (a leading 0 only when the top bit is set).
pub(super) fn der_uint(value: u64) -> Vec<u8> {
    let bytes = value.to_be_bytes();
    let skip = bytes.iter().take_while(|&&b| b == 0).count().min(7);
    let mut content = Vec::with_capacity(9);
    if bytes[skip] & 0x80 != 0 {
        content.push(0);
    }
    content.extend_from_slice(&bytes[skip..]);
    tlv(INTEGER, &[&content])
}

/// A strict reader of DER (X.690 section 10) over a byte slice: one element at a time, definite
/// minimal lengths only. Errors are short reasons for [`KeyError::BadBackup`].
pub(super) struct Der<'a> {
    rest: &'a [u8],
}

impl<'a> Der<'a> {
    pub(super) fn new(bytes: &'a [u8]) -> Der<'a> {
        Der { rest: bytes }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    pub(super) fn peek_tag(&self) -> Option<u8> {
        self.rest.first().copied()
    }

    /// The content of the next element, which must have tag `tag`.
    pub(super) fn element(&mut self, tag: u8) -> Result<&'a [u8], String> {
        let (&found, rest) = self.rest.split_first().ok_or("the data ends too early")?;
        if found != tag {
            return Err(format!("expected DER tag 0x{tag:02x}, found 0x{found:02x}"));
        }
        let (&first, mut rest) = rest.split_first().ok_or("the data ends too early")?;
        // Short form below 0x80; long form 0x81 / 0x82 with 1 or 2 length bytes, minimal (DER).
        // 0x80 (indefinite, BER only) and longer lengths are refused: a backup is a few hundred
        // bytes.
        let len = match first {
            0..=0x7f => usize::from(first),
            0x81 => {
                let (&b, r) = rest.split_first().ok_or("the data ends too early")?;
                rest = r;
                if b < 0x80 {
                    return Err("a DER length is not minimal".into());
                }
                usize::from(b)
            }
            0x82 => {
                let (b, r) = rest.split_first_chunk::<2>().ok_or("the data ends too early")?;
                rest = r;
                if b[0] == 0 {
                    return Err("a DER length is not minimal".into());
                }
                usize::from(u16::from_be_bytes(*b))
            }
            _ => return Err("a DER length is indefinite or too long".into()),
        };
        if len > rest.len() {
            return Err("an element is longer than the data".into());
        }
        let (content, rest) = rest.split_at(len);
        self.rest = rest;
        Ok(content)
    }

    pub(super) fn sequence(&mut self) -> Result<Der<'a>, String> {
        self.element(SEQUENCE).map(Der::new)
    }

    pub(super) fn octets(&mut self) -> Result<&'a [u8], String> {
        self.element(OCTET_STRING)
    }

    pub(super) fn oid(&mut self) -> Result<&'a [u8], String> {
        self.element(OID)
    }

    /// A non-negative INTEGER that fits in 64 bits.
    pub(super) fn uint(&mut self) -> Result<u64, String> {
        let content = self.element(INTEGER)?;
        match content {
            [] => Err("an INTEGER is empty".into()),
            [first, ..] if first & 0x80 != 0 => Err("an INTEGER is negative".into()),
            [0, second, ..] if second & 0x80 == 0 => Err("an INTEGER is not minimally encoded".into()),
            _ => {
                let digits = content.strip_prefix(&[0]).filter(|d| !d.is_empty()).unwrap_or(content);
                if digits.len() > 8 {
                    return Err("an INTEGER is too large".into());
                }
                Ok(digits.iter().fold(0, |n, &b| n << 8 | u64::from(b)))
            }
        }
    }

    /// Nothing may follow the elements read.
    pub(super) fn end(&self) -> Result<(), String> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err("unexpected bytes after the last element".into())
        }
    }
}

/// An object identifier's dotted form, for messages; `?` for malformed content.
pub(super) fn oid_text(content: &[u8]) -> String {
    let mut arcs: Vec<u64> = Vec::new();
    let mut arc: u64 = 0;
    for (i, &b) in content.iter().enumerate() {
        if arc > u64::MAX >> 7 || (arc == 0 && b == 0x80) {
            return "?".into();
        }
        arc = arc << 7 | u64::from(b & 0x7f);
        if b & 0x80 == 0 {
            if arcs.is_empty() {
                let first = (arc / 40).min(2);
                arcs.extend([first, arc - 40 * first]);
            } else {
                arcs.push(arc);
            }
            arc = 0;
        } else if i + 1 == content.len() {
            return "?".into();
        }
    }
    if arcs.is_empty() {
        return "?".into();
    }
    arcs.iter().map(u64::to_string).collect::<Vec<_>>().join(".")
}
