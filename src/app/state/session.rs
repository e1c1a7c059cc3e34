//! The open draft: its set, answers, typed texts and scorecard, and the edits made to it.

use super::*;
use crate::app::drafts::SavedFigures;

/// The draft being filled in: one set, one draft, and its current scorecard.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// The draft's key in the store.
    pub id: String,
    /// What the list of drafts calls it.
    pub name: String,
    pub set: SharedSet,
    pub draft: Rc<Draft>,
    /// The texts behind the draft's answers, aligned with the set's nodes like the scorecard
    /// (see [`super::typed`]).
    pub typed: Rc<Vec<TypedAnswer>>,
    /// Always `score(&set, &draft)`.
    pub card: Rc<Scorecard>,
    pub section: Section,
    /// The item to bring into view and focus in the form (chosen from another view).
    pub focus: Option<String>,
    pub view: View,
    /// Shown after importing a draft made for another version of the set.
    pub import_report: Option<ImportReport>,
    /// The set the draft was made for was replaced in the app (same id and version, other
    /// content or another publisher): said plainly; the draft keeps its own set.
    pub set_change: Option<SetChange>,
    /// While the user tries a scenario (thử tình huống): the draft as it was, which is what is
    /// saved; `draft`, `typed` and `card` are then the scenario's.
    pub baseline: Option<Baseline>,
    /// A built-in demo agency opened to look at: nothing changes it and nothing saves it.
    pub read_only: bool,
    /// Whether the set's text is known to be in the store.
    pub(super) set_saved: bool,
    /// Fields another tab changed differently, each waiting for the user's choice.
    pub conflicts: Vec<Conflict>,
    /// The record as this tab last read or wrote it (none until it is first saved): a store
    /// holding another revision means another tab saved since.
    pub(super) base: Option<Rc<Record>>,
    /// `base` as this tab wrote it, when it did: while the store holds exactly this text, no
    /// other tab has saved, and a save need not read the record back.
    pub(super) base_text: Option<Rc<str>>,
    /// Items the user changed in this visit: their requirements show as errors from then on.
    pub touched: std::collections::BTreeSet<String>,
    /// The user asked to sign: every requirement shows as an error.
    pub sign_tried: bool,
    /// A copy of a demo agency: the form asks for the agency's real details until they are saved.
    pub details_needed: bool,
    /// The destructive edits that can be undone, the last one last ([`super::undo`]).
    pub undo: Vec<super::Undoable>,
    /// The last action was an edit that can be undone: its notice shows.
    pub(super) undo_shown: bool,
}

impl Session {
    /// A new, empty draft.
    pub fn new(id: String, name: String, set: SharedSet, agency: Agency, year: u16) -> Session {
        let draft = Draft::new(&set, agency, year);
        let record = Record::new(draft, set.title.clone(), name);
        Session::from_record(id, set, record, Lang::Vi)
    }

    /// A saved draft. Answers without saved texts (a draft file) are shown written the `lang` way.
    pub fn from_record(id: String, set: SharedSet, record: Record, lang: Lang) -> Session {
        let typed = set
            .nodes
            .iter()
            .map(|node| match (record.typed.get(&node.code), record.draft.answer(&node.code)) {
                (Some(texts), _) => TypedAnswer::from_texts(texts),
                (None, Some(answer)) => TypedAnswer::from_answer(answer, lang),
                (None, None) => TypedAnswer::default(),
            })
            .collect();
        let card = Rc::new(score(&set, &record.draft));
        // Validation guarantees at least one area.
        let first = set.roots.first().map_or(Section::Bonus, |&id| Section::Area(id));
        let section = Section::from_code(&set, &record.section).unwrap_or(first);
        Session {
            id,
            name: record.name,
            set,
            draft: Rc::new(record.draft),
            typed: Rc::new(typed),
            card,
            section,
            focus: None,
            view: View::Form,
            import_report: None,
            set_change: None,
            baseline: None,
            read_only: false,
            set_saved: false,
            conflicts: record.conflicts,
            base: None,
            base_text: None,
            touched: Default::default(),
            sign_tried: false,
            details_needed: false,
            undo: Vec::new(),
            undo_shown: false,
        }
    }

    /// The draft itself: the baseline while a scenario is tried.
    pub fn saved_draft(&self) -> &Rc<Draft> {
        self.baseline.as_ref().map_or(&self.draft, |b| &b.draft)
    }

    /// The scorecard of the draft itself: the baseline's while a scenario is tried.
    pub fn saved_card(&self) -> &Rc<Scorecard> {
        self.baseline.as_ref().map_or(&self.card, |b| &b.card)
    }

    /// What is saved of this draft (never a scenario).
    pub fn record(&self) -> Record {
        let mut typed = std::collections::BTreeMap::new();
        let texts = self.baseline.as_ref().map_or(&self.typed, |b| &b.typed);
        for (node, texts) in self.set.nodes.iter().zip(texts.iter()) {
            let texts = texts.to_texts();
            if !texts.is_empty() {
                typed.insert(node.code.clone(), texts);
            }
        }
        Record {
            draft: (**self.saved_draft()).clone(),
            typed,
            section: self.section.code(&self.set),
            title: self.set.title.clone(),
            name: self.name.clone(),
            revision: self.base.as_ref().map_or(0, |b| b.revision),
            conflicts: self.conflicts.clone(),
            saved_at: self.base.as_ref().and_then(|b| b.saved_at),
            figures: Some(self.figures()),
            record_format: None,
        }
    }

    /// The saved draft's figures for the list of drafts (the baseline's while a scenario is tried).
    pub fn figures(&self) -> SavedFigures {
        let card = self.baseline.as_ref().map_or(&self.card, |b| &b.card);
        SavedFigures::of(&self.set, self.saved_draft(), card)
    }

    /// Takes the fields and conflicts of `record` (a merge, or a conflict settled), keeping the
    /// section, view and any scenario; the draft itself is the scenario's baseline while one is
    /// tried.
    pub(super) fn adopt(&mut self, record: Record, lang: Lang) {
        let fresh = Session::from_record(self.id.clone(), self.set.clone(), record, lang);
        self.name = fresh.name;
        self.conflicts = fresh.conflicts;
        match self.baseline.as_mut() {
            Some(b) => (b.draft, b.typed, b.card) = (fresh.draft, fresh.typed, fresh.card),
            None => (self.draft, self.typed, self.card) = (fresh.draft, fresh.typed, fresh.card),
        }
    }

    /// What was typed for `code` (blank when nothing was, or for an unknown code).
    pub fn typed(&self, code: &str) -> TypedAnswer {
        self.set.find(code).and_then(|id| self.typed.get(id)).cloned().unwrap_or_default()
    }

    /// Whether the agency answers `code` in this form (an item of the set, not a survey item).
    pub(super) fn answerable(&self, code: &str) -> bool {
        self.set.find(code).and_then(|id| self.set.node(id).leaf()).is_some_and(|leaf| leaf.rule.is_self_assessed())
    }

    /// How a requirement of item `code` shows: a neutral hint on a calm new draft, an error once
    /// the item is answered or touched, or the user tried to sign ([`super::super::calm`]).
    pub fn requirement(&self, code: &str, required: bool, missing: bool) -> crate::app::calm::Requirement {
        let engaged = crate::app::calm::engaged(&self.touched, self.sign_tried, &self.draft, code);
        crate::app::calm::requirement(required, missing, engaged)
    }

    /// New agency details, for the draft itself as well as any scenario tried on it.
    pub(super) fn change_details(&mut self, agency: Agency, year: u16) {
        for draft in std::iter::once(&mut self.draft).chain(self.baseline.as_mut().map(|b| &mut b.draft)) {
            let draft = Rc::make_mut(draft);
            (draft.agency, draft.year) = (agency.clone(), year);
        }
        self.details_needed = false;
    }

    /// Records a typed text, rebuilds the item's answer from its texts and rescores.
    pub(super) fn change_answer(&mut self, code: &str, field: InputField, text: String) {
        let Some(id) = self.set.find(code) else { return };
        let Some(rule) = self.set.node(id).leaf().map(|leaf| &leaf.rule) else { return };
        // Survey points are entered by the authority, never in this form.
        if !rule.is_self_assessed() {
            return;
        }
        let fields = fields_of(rule);
        if !fields.contains(&field) {
            return;
        }
        let Some(typed) = Rc::make_mut(&mut self.typed).get_mut(id) else { return };
        typed.set(field, text);
        let mut answer = Rc::make_mut(&mut self.draft).answers.remove(code).unwrap_or_default();
        typed.write_into(&fields, &mut answer);
        self.put_back(code, answer);
    }

    pub(super) fn clear_answer(&mut self, code: &str) {
        if let Some(typed) = self.set.find(code).and_then(|id| Rc::make_mut(&mut self.typed).get_mut(id)) {
            *typed = TypedAnswer::default();
        }
        if let Some(answer) = Rc::make_mut(&mut self.draft).answers.remove(code) {
            // Evidence and notes are not inputs: clearing the answer keeps them.
            self.put_back(code, Answer { evidence: answer.evidence, note: answer.note, ..Answer::default() });
        } else {
            self.rescore();
        }
    }

    /// Changes the evidence or note of `code` (an item the agency answers) and rescores.
    pub(super) fn change_extras(&mut self, code: &str, change: impl FnOnce(&mut Answer)) {
        if !self.answerable(code) {
            return;
        }
        let mut answer = Rc::make_mut(&mut self.draft).answers.remove(code).unwrap_or_default();
        change(&mut answer);
        self.put_back(code, answer);
    }

    /// Keeps `answer` unless it is blank: a blank item has no answer at all, so it counts as
    /// unanswered rather than as 0.
    pub(super) fn put_back(&mut self, code: &str, answer: Answer) {
        if !answer.filled_inputs().is_empty() || !answer.evidence.is_empty() || answer.note.is_some() {
            Rc::make_mut(&mut self.draft).answers.insert(code.to_string(), answer);
        }
        self.rescore();
    }

    pub(super) fn rescore(&mut self) {
        self.card = Rc::new(score(&self.set, &self.draft));
    }

    /// Copies the draft's answers into a scenario, or resets the scenario to them.
    pub(super) fn start_scenario(&mut self) {
        let baseline = self.baseline.take().unwrap_or_else(|| Baseline {
            draft: self.draft.clone(),
            typed: self.typed.clone(),
            card: self.card.clone(),
        });
        (self.draft, self.typed, self.card) = (baseline.draft.clone(), baseline.typed.clone(), baseline.card.clone());
        self.baseline = Some(baseline);
        // Undo belongs to the answers it was recorded on.
        self.undo.clear();
    }

    /// Leaves the scenario: the draft is back as it was.
    pub(super) fn leave_scenario(&mut self) {
        if let Some(b) = self.baseline.take() {
            (self.draft, self.typed, self.card) = (b.draft, b.typed, b.card);
            self.undo.clear();
        }
    }
}
