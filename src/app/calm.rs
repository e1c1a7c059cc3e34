//! A calm form: a requirement ("bắt buộc") reads as a neutral hint on a new draft, and as an
//! error only once the user has answered or touched the item, or tried to sign. The signing page
//! asks to sign, so what it lists is always shown as needing action.

/// How a requirement of an item shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requirement {
    /// Nothing is required.
    None,
    /// Required and met.
    Met,
    /// Required and not met, before any interaction: a neutral hint.
    Hint,
    /// Required and not met, after interaction or a try to sign: an error.
    Error,
}

impl Requirement {
    /// Whether the field shows as invalid (error style, `aria-invalid`).
    pub fn is_error(self) -> bool {
        self == Requirement::Error
    }
}

/// The requirement of a field: `required` at all, `missing` (not met), and whether the user has
/// `engaged` (touched the item or tried to sign).
pub fn requirement(required: bool, missing: bool, engaged: bool) -> Requirement {
    match (required, missing, engaged) {
        (false, _, _) => Requirement::None,
        (true, false, _) => Requirement::Met,
        (true, true, false) => Requirement::Hint,
        (true, true, true) => Requirement::Error,
    }
}

/// Whether the user has engaged with item `code`: changed it in this visit (`touched`), answered
/// it before (a saved answer), or asked to sign.
pub fn engaged(
    touched: &std::collections::BTreeSet<String>,
    sign_tried: bool,
    draft: &crate::answers::Draft,
    code: &str,
) -> bool {
    sign_tried || touched.contains(code) || draft.answer(code).is_some()
}
