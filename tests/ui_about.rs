//! Whose proposal the board maps, and what on it is made up: the
//! attribution strip, "About this map", the source tags in the inspector
//! and the illustrative marks on the board, driven as a user would.

mod support;

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use peacemap::app::PeacemapApp;
use peacemap::model::{Attribution, Lang};
use peacemap::ui::about::AboutWindow;
use peacemap::ui::source::source_label;
use support::{LAPTOP, PROJECTOR, app_harness, first_frame_texts, harness_for, track};

/// The one text in `texts` that contains `part`.
fn text_containing<'a>(texts: &'a [String], part: &str) -> &'a str {
    let found: Vec<_> = texts.iter().filter(|t| t.contains(part)).collect();
    assert_eq!(
        found.len(),
        1,
        "one text with {part:?} on screen: {found:?}"
    );
    found[0]
}

#[test]
fn first_frame_credits_the_essay_and_marks_the_board_hypothetical() {
    let app = PeacemapApp::with_bundled_session();
    let attribution = app.session().attribution.clone();
    let texts = first_frame_texts(app, PROJECTOR);
    let author = attribution.author.get(Lang::En);
    assert!(
        author.contains("Zelikow"),
        "the bundled session credits the essay's author, not {author:?}"
    );
    // On screen from the first frame: the author with the publication…
    let credit = text_containing(&texts, author);
    assert!(
        credit.contains("Foreign Affairs"),
        "the credit names the publication: {credit:?}"
    );
    // …what the work is (never an official process)…
    let standing = attribution.standing.get(Lang::En);
    assert!(
        standing.contains("never became an official process"),
        "{standing:?}"
    );
    text_containing(&texts, standing);
    // …that the board is a hypothetical scenario, the legend of the mark
    // on illustrative items, and the way into About.
    for shown in [
        "Hypothetical scenario",
        "≈ Illustrative: made up to make the board move, not a fact",
        "About this map",
    ] {
        assert!(
            texts.iter().any(|t| t == shown),
            "{shown:?} on the first frame"
        );
    }
}

#[test]
fn about_opens_from_the_strip_and_shows_the_summary() {
    let mut harness = app_harness(LAPTOP);
    assert_eq!(harness.state().about, AboutWindow::Closed);
    let summary = harness
        .state()
        .session()
        .attribution
        .summary
        .get(Lang::En)
        .to_owned();
    assert!(
        !summary.is_empty(),
        "the bundled session summarises the essay"
    );
    assert!(harness.query_by_label(&summary).is_none());

    harness
        .get_by_role_and_label(Role::Button, "About this map")
        .click();
    harness.run();
    assert_eq!(harness.state().about, AboutWindow::Open);
    harness.get_by_label(&summary);
    harness.get_by_label("How to read the board");
    harness.get_by_label("Where each item comes from");

    // Its Close button closes it again.
    harness.get_by_role_and_label(Role::Button, "Close").click();
    harness.run();
    assert_eq!(harness.state().about, AboutWindow::Closed);
    assert!(harness.query_by_label(&summary).is_none());
}

#[test]
fn about_opens_from_the_help_menu() {
    let mut harness = app_harness(LAPTOP);
    harness.get_by_role_and_label(Role::Button, "Help").click();
    harness.run();
    // The menu entry shows its shortcut beside its name.
    harness
        .get_by_role_and_label(Role::Button, "About this map F1")
        .click();
    harness.run();
    assert_eq!(harness.state().about, AboutWindow::Open);
    harness.get_by_label("How to read the board");
}

#[test]
fn esc_closes_about_before_the_inspector() {
    let mut harness = app_harness(LAPTOP);
    harness
        .get_by_role_and_label(Role::Button, "Nuclear security")
        .click();
    harness.run();
    assert!(harness.state().selected.is_some(), "the inspector is open");
    harness.key_press(Key::F1);
    harness.run();
    assert_eq!(harness.state().about, AboutWindow::Open);

    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().about, AboutWindow::Closed);
    assert!(
        harness.query_by_label("How to read the board").is_none(),
        "the About window is gone from the screen"
    );
    assert!(
        harness.state().selected.is_some(),
        "the first Esc closes only the About window"
    );

    harness.key_press(Key::Escape);
    harness.run();
    assert!(
        harness.state().selected.is_none(),
        "the next Esc closes the inspector"
    );
}

#[test]
fn f1_opens_about() {
    let mut harness = app_harness(LAPTOP);
    harness.key_press(Key::F1);
    harness.run();
    assert_eq!(harness.state().about, AboutWindow::Open);
    harness.get_by_label("How to read the board");
}

#[test]
fn inspector_shows_where_a_track_and_its_milestones_come_from() {
    let mut harness = app_harness(PROJECTOR);
    let nuclear = track(harness.state().session(), "track-3").clone();
    let attribution = harness.state().session().attribution.clone();
    assert!(
        !nuclear.source.is_unstated(),
        "the bundled track says where it comes from"
    );
    harness
        .get_by_role_and_label(Role::Button, nuclear.name.get(Lang::En))
        .click();
    harness.run();
    let track_tag = format!(
        "Source of {}: {}",
        nuclear.name.get(Lang::En),
        source_label(&nuclear.source, &attribution, Lang::En)
    );
    harness.get_by_label(&track_tag);
    for (index, milestone) in nuclear.milestones.iter().enumerate() {
        let tag = format!(
            "Source of milestone {}: {}",
            index + 1,
            source_label(&milestone.source, &attribution, Lang::En)
        );
        harness.get_by_label(&tag);
    }
}

#[test]
fn an_illustrative_milestone_is_described_as_illustrative_on_the_board() {
    let harness = app_harness(PROJECTOR);
    let session = harness.state().session().clone();
    let (lane, milestone) = session
        .tracks
        .iter()
        .find_map(|t| {
            t.milestones
                .iter()
                .find(|m| m.source.is_illustrative())
                .map(|m| (t, m))
        })
        .expect("the bundled session has an illustrative milestone");
    let sign_label = format!(": {} at", milestone.name.get(Lang::En));
    let sign = harness.get_by_label_contains(&sign_label);
    let description = sign.accesskit_node().description().unwrap_or_default();
    assert!(
        description.contains("Illustrative"),
        "sign of {:?} on {:?} is described as {description:?}",
        milestone.name,
        lane.name
    );
    // A milestone that is not illustrative is not described so.
    if let Some(stated) = session
        .tracks
        .iter()
        .flat_map(|t| &t.milestones)
        .find(|m| !m.source.is_illustrative())
    {
        let sign_label = format!(": {} at", stated.name.get(Lang::En));
        let sign = harness.get_by_label_contains(&sign_label);
        let description = sign.accesskit_node().description().unwrap_or_default();
        assert!(!description.contains("Illustrative"), "{description:?}");
    }
}

#[test]
fn an_illustrative_relief_threshold_is_described_as_illustrative() {
    let harness = app_harness(PROJECTOR);
    let session = harness.state().session().clone();
    let stage = session
        .sanctions
        .iter()
        .find(|s| s.source.is_illustrative())
        .expect("the bundled session has an illustrative relief stage");
    // The card's "at 10%" (milestone signs at the same figure are not it).
    let figure = format!("at {:.0}%", stage.threshold_pct);
    let described: Vec<_> = harness
        .query_all_by(|node| {
            node.value().is_some_and(|v| v == figure)
                && node
                    .description()
                    .is_some_and(|d| d.starts_with("Illustrative"))
        })
        .collect();
    assert_eq!(
        described.len(),
        1,
        "the threshold {figure} of {:?} is described as illustrative",
        stage.name
    );
}

#[test]
fn a_session_without_attribution_says_it_credits_no_source() {
    let mut session = peacemap::io::bundled_session().expect("bundled session");
    session.attribution = Attribution::default();
    let texts = first_frame_texts(PeacemapApp::new(session.clone()), LAPTOP);
    text_containing(&texts, "This session credits no source");
    // Still a scenario, whoever made it.
    assert!(texts.iter().any(|t| t == "Hypothetical scenario"));
    assert!(!texts.iter().any(|t| t.contains("This board maps")));

    let mut harness = harness_for(PeacemapApp::new(session), LAPTOP);
    harness.key_press(Key::F1);
    harness.run();
    harness.get_by_label_contains("This session credits no source work");
}
