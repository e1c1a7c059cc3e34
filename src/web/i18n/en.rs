//! English: the second language of the interface.

use super::Msg;

pub fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTitle => "Administrative Reform Index self-assessment",
        Msg::AppTagline => "Scored in your browser: nothing leaves this computer.",
        Msg::LanguageLabel => "Language",
        Msg::ChooseAnotherSet => "Choose another criteria set",
        Msg::ResumeSet => "Back to the set in progress",

        Msg::PickerHeading => "Choose a criteria set",
        Msg::LibraryHeading => "Built-in criteria sets",
        Msg::Loading => "Loading…",
        Msg::DecisionLabel => "Decision",
        Msg::YearLabel => "Year",
        Msg::LevelLabel => "Level",
        Msg::ItemCount => "{0} scored items",
        Msg::UseThisSet => "Score with this set",
        Msg::FileUnreachable => "Could not load {0}: {1}",
        Msg::FileInvalid => "The file {0} cannot be used: {1} problems",
        Msg::OpenFileHeading => "Open a criteria file from this computer",
        Msg::OpenFileLabel => "Criteria file (.json)",
        Msg::OpenFileHint => {
            "A JSON file in the parscore-criteria/1 format. It is read on this computer only and sent nowhere."
        }

        Msg::LevelMinistry => "Ministry or ministerial agency",
        Msg::LevelProvince => "Province or city",
        Msg::LevelDepartment => "Provincial department",
        Msg::LevelDistrict => "District",
        Msg::LevelCommune => "Commune",
        Msg::LevelTraining => "Training (not for official scoring)",

        Msg::SectionsHeading => "Areas",
        Msg::BonusSection => "Bonus points",
        Msg::PenaltySection => "Penalty points",
        Msg::AnsweredOf => "{0}/{1} answered",
        Msg::SurveyOnlySection => "by survey",
        Msg::PointsOf => "{0}/{1} points",
        Msg::MaxPoints => "max {0} points",
        Msg::Points => "{0} points",
        Msg::ScoringRule => "Scoring rule",
        Msg::HowScored => "How it is scored",
        Msg::Evidence => "Evidence",
        Msg::Guidance => "Guidance",
        Msg::ChooseLevel => "— Choose a level —",
        Msg::LevelInput => "Level reached",
        Msg::PassQuestion => "Result",
        Msg::Yes => "Met",
        Msg::No => "Not met",
        Msg::FaultCount => "Number of faults",
        Msg::ItemsCounted => "Number counted",
        Msg::ManualPoints => "Points given",
        Msg::Justification => "Justification",
        Msg::SurveyBadge => "Assessed by survey",
        Msg::SurveyExplained => {
            "The agency does not score this item: the authority enters its points from the survey results."
        }
        Msg::ClearAnswer => "Clear answer",
        Msg::NotAWholeNumber => "“{0}” is not a whole number",
        Msg::NotANumber => "“{0}” is not a number (write it like 12 or 0.25)",

        Msg::TotalLabel => "Total",
        Msg::IndexLabel => "Index",
        Msg::BandLabel => "Band",
        Msg::NoBand => "no band yet",
        Msg::AnsweredLabel => "Answered",
        Msg::SurveyLabel => "Survey",
        Msg::CappedBy => "capped by: {0}",
    }
}
