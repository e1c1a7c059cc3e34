//! Every text of the trainer's page (trainer.html: the projector's slides and the projection of
//! the final index), Vietnamese first and English second, each one exhaustive `match`.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TrainerText<'a> {
    /// The agency form's link to the trainer's page.
    OpenButton,
    Heading,
    Intro,
    /// The heading of the list of drafts kept in this browser.
    DraftsHeading,
    /// The heading of the list of the built-in sets' example agencies.
    DemosHeading,
    /// A built-in set's example agency, by the set's title.
    DemoOf {
        title: &'a str,
    },
    /// Neither a draft nor a built-in set is ready yet.
    NothingYet,
    /// The draft shown now, by its name.
    Showing {
        name: &'a str,
    },
    /// Back to the choice of a draft.
    ChooseAnother,
}

impl crate::i18n::Bilingual for TrainerText<'_> {
    fn vi(&self) -> String {
        use TrainerText::*;
        match self {
            OpenButton => "Tập huấn".into(),
            Heading => "Tập huấn: trình chiếu và dự báo".into(),
            Intro => "Chọn một bản tự chấm trên máy này hoặc đơn vị mẫu của một bộ tiêu chí, rồi trình chiếu từng tiêu chí hoặc xem dự báo chỉ số.".into(),
            DraftsHeading => "Bản tự chấm trên máy này".into(),
            DemosHeading => "Đơn vị mẫu".into(),
            DemoOf { title } => format!("Đơn vị mẫu: {title}"),
            NothingYet => "Chưa có bản tự chấm nào, và các bộ tiêu chí có sẵn đang được tải.".into(),
            Showing { name } => format!("Đang xem: {name}"),
            ChooseAnother => "Chọn bản khác".into(),
        }
    }

    fn en(&self) -> String {
        use TrainerText::*;
        match self {
            OpenButton => "Training".into(),
            Heading => "Training: slides and projection".into(),
            Intro => "Choose a self-assessment kept on this computer or a criteria set's example agency, then show it item by item on a projector or see the projected index.".into(),
            DraftsHeading => "Self-assessments on this computer".into(),
            DemosHeading => "Example agencies".into(),
            DemoOf { title } => format!("Example agency: {title}"),
            NothingYet => "No self-assessment yet, and the built-in criteria sets are still loading.".into(),
            Showing { name } => format!("Showing: {name}"),
            ChooseAnother => "Choose another".into(),
        }
    }
}
