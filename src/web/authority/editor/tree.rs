//! The criteria as rows in the decision's order, indented by level: one row is selected (and
//! takes the keyboard's focus: arrows move, Enter adds the next row, Delete asks to delete).

use yew::prelude::*;

use crate::app::authority::editor::view::TreeRow;
use crate::app::authority::editor::{EditorAction, EditorMsg};
use crate::criteria::model::Part;
use crate::web::i18n::use_lang;

#[derive(Properties, PartialEq)]
pub struct CriteriaTreeProps {
    pub rows: Vec<TreeRow>,
    pub on_edit: Callback<EditorAction>,
}

/// The element id of a row, from its place in the tree.
pub fn row_id(row: &TreeRow) -> String {
    let path: Vec<String> = row.path.indices.iter().map(|i| i.to_string()).collect();
    format!("ed-row-{:?}-{}", row.path.part, path.join("-")).to_ascii_lowercase()
}

#[component]
pub fn CriteriaTree(props: &CriteriaTreeProps) -> Html {
    let lang = use_lang();
    let heading = |part: Part| match part {
        Part::Main => None,
        Part::Bonus => Some(EditorMsg::BonusHeading),
        Part::Penalty => Some(EditorMsg::PenaltyHeading),
    };
    let row = |row: &TreeRow| {
        let path = row.path.clone();
        let on_click = props.on_edit.reform(move |_: MouseEvent| EditorAction::Selected(path.clone()));
        let class = classes!(
            "ed-row",
            format!("ed-depth-{}", row.depth.min(5)),
            row.selected.then_some("ed-selected"),
            row.group.then_some("ed-group"),
            (row.problems > 0).then_some("ed-row-invalid")
        );
        html! {
            <>
            if let Some(title) = row.block_start.and_then(heading) {
                <li class="ed-block-heading" role="presentation">{ title.text(lang) }</li>
            }
            <li id={row_id(row)} class={class} role="treeitem" aria-selected={row.selected.to_string()}
                aria-level={(row.depth + 1).to_string()} tabindex={if row.selected { "0" } else { "-1" }}
                data-code={row.code.clone()} onclick={on_click}>
                <span class="ed-code mono">{ &row.code }</span>
                <span class="ed-title">{ &row.title }</span>
                <span class="ed-max number">{ &row.max }</span>
                if row.problems > 0 {
                    <span class="ed-badge">{ EditorMsg::RowProblems(row.problems).text(lang) }</span>
                }
            </li>
            </>
        }
    };
    html! {
        <ul class="ed-tree" role="tree" aria-label={EditorMsg::TreeLabel.text(lang)}>
            { for props.rows.iter().map(row) }
        </ul>
    }
}
