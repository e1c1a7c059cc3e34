//! The JSON path of a read error, found again from its line and column in the text.
//!
//! serde_json says where it stopped but not in which member. Tracking the path while reading
//! (serde_path_to_error) wraps every `Deserialize` of every type read, and cost the agency's form
//! 92 kB of wasm code before wasm-opt for a path that only a failed read needs. This walks the
//! text once, after the failure, up to the place serde_json gave.

use super::JsonProblem;

/// One step down a JSON document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Index(usize),
    Key(String),
}

/// `bands[0].range`, or `None` for the document itself.
pub fn display(steps: &[Step]) -> Option<String> {
    let mut text = String::new();
    for step in steps {
        match step {
            Step::Index(index) => text.push_str(&format!("[{index}]")),
            Step::Key(key) if text.is_empty() => text.push_str(key),
            Step::Key(key) => text.push_str(&format!(".{key}")),
        }
    }
    (!text.is_empty()).then_some(text)
}

enum Frame {
    /// `key` is the member being read; `done` once its value has ended.
    Object { key: Option<String>, done: bool },
    /// `started` once an element has begun; `done` once it has ended.
    Array { index: usize, started: bool, done: bool },
}

impl Frame {
    fn value_started(&mut self) {
        if let Frame::Array { started, .. } = self {
            *started = true;
        }
    }

    fn value_ended(&mut self) {
        match self {
            Frame::Object { done, .. } | Frame::Array { done, .. } => *done = true,
        }
    }
}

/// The path to where serde_json stopped with `problem` at `line` (from 1) and `column` (bytes
/// read on that line).
///
/// serde_json stops just after a value of the wrong type, so the member that value belongs to is
/// in the path. A missing field is said after the object's last member, before its `}`: that
/// member is not in the path, unless the object closed right there (a tagged rule is read whole
/// first, then found incomplete: its member is the place).
pub fn path_at(json: &str, line: usize, column: usize, problem: &JsonProblem) -> Vec<Step> {
    let end = offset(json, line, column);
    let bytes = &json.as_bytes()[..end];
    let mut stack: Vec<Frame> = Vec::new();
    // A container closed with nothing after it yet: a tagged value read whole, then refused.
    let mut just_closed = false;
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        just_closed = false;
        match byte {
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let literal = json.get(start..(i + 1).min(end)).unwrap_or_default();
                match stack.last_mut() {
                    Some(Frame::Object { key, done }) if key.is_none() || *done => {
                        let decoded = serde_json::from_str::<String>(literal);
                        *key = Some(decoded.unwrap_or_else(|_| literal.trim_matches('"').to_string()));
                        *done = false;
                    }
                    Some(frame) => {
                        frame.value_started();
                        frame.value_ended();
                    }
                    None => {}
                }
            }
            b'{' | b'[' => {
                if let Some(frame) = stack.last_mut() {
                    frame.value_started();
                }
                stack.push(if byte == b'{' {
                    Frame::Object { key: None, done: false }
                } else {
                    Frame::Array { index: 0, started: false, done: false }
                });
            }
            b'}' | b']' => {
                stack.pop();
                if let Some(frame) = stack.last_mut() {
                    frame.value_ended();
                }
                just_closed = true;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, done }) => (*key, *done) = (None, false),
                Some(Frame::Array { index, started, done }) => (*index, *started, *done) = (*index + 1, false, false),
                None => {}
            },
            b' ' | b'\t' | b'\n' | b'\r' | b':' => {}
            // A number, `true`, `false` or `null`: it ends where the next punctuation begins.
            _ => {
                if let Some(frame) = stack.last_mut() {
                    frame.value_started();
                    frame.value_ended();
                }
            }
        }
        i += 1;
    }
    let missing_here = matches!(problem, JsonProblem::MissingField { .. }) && !just_closed;
    let depth = stack.len();
    let mut steps = Vec::new();
    for (level, frame) in stack.into_iter().enumerate() {
        let innermost = level + 1 == depth;
        match frame {
            Frame::Object { key: Some(key), done } if !(innermost && done && missing_here) => {
                steps.push(Step::Key(key))
            }
            Frame::Array { index, started: true, .. } => steps.push(Step::Index(index)),
            _ => {}
        }
    }
    steps
}

/// The byte offset of serde_json's `line` and `column`, within the text.
fn offset(json: &str, line: usize, column: usize) -> usize {
    let line_start =
        if line <= 1 { 0 } else { json.match_indices('\n').nth(line - 2).map_or(json.len(), |(i, _)| i + 1) };
    (line_start + column).min(json.len())
}
