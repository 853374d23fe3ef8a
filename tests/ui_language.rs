//! The language switch as a briefer uses it: View ▸ Language or the toggle
//! at the menu bar's right end turns the menus and the board's own labels
//! into Korean and back at once, the choice survives a restart, and every
//! model value the board names has a label in both languages.

mod support;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use peacemap::app::PeacemapApp;
use peacemap::command::BoardEdit;
use peacemap::file_dialog::{DialogReply, DialogRequest};
use peacemap::i18n::{has_message, lang_of, message};
use peacemap::model::look::ClosedSign;
use peacemap::model::rules::{cumulative_progress, stage_lock};
use peacemap::model::{
    BorderStatus, Lang, ParticipantKind, RatificationStatus, Role as SeatRole, StageStatus, Text,
    TrackId, TrackStatus,
};
use peacemap::preferences::{MemoryStorage, Preferences};
use peacemap::ui::ui_command::UiCommand;
use support::{LAPTOP, app_harness, harness_for};

type AppHarness = egui_kittest::Harness<'static, PeacemapApp>;

/// View ▸ Language ▸ `language`, clicked as a user would; `view` and
/// `language_menu` are the two menus' names in the language shown now.
fn choose_in_view_menu(harness: &mut AppHarness, view: &str, language_menu: &str, language: &str) {
    harness.get_by_role_and_label(Role::Button, view).click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, language_menu)
        .hover();
    harness.run();
    harness
        .get_by_role_and_label(Role::RadioButton, language)
        .click();
    harness.run();
    // The menu closes after the choice; one more frame draws everything in
    // the new language.
    harness.run();
}

/// True when some widget's accessible name is exactly `label`.
fn shown(harness: &AppHarness, label: &str) -> bool {
    harness.query_by_label(label).is_some()
}

/// The menus, the lane headers, the gauge and the relief and border panels
/// all speak `lang` (their words taken from the catalogue, so a message
/// missing from a language shows).
#[track_caller]
fn assert_board_speaks(harness: &AppHarness, lang: Lang) {
    let other = lang.other();
    for menu in [
        "shell-menu-file",
        "shell-menu-edit",
        "shell-menu-view",
        "shell-menu-help",
    ] {
        let name = message(lang, menu, None);
        harness.get_by_role_and_label(Role::Button, &name);
        assert!(
            !shown(harness, &message(other, menu, None)),
            "the {menu} menu still shows in {other:?}"
        );
    }
    let app = harness.state();
    let session = app.session();
    // Lane headers: the lane's name, its status badge and its slider.
    let first = &session.tracks[0];
    let Some(where_first) = session.board.track(&first.id) else {
        panic!("no board entry for {}", first.id);
    };
    let status = message(lang, where_first.status.message_id(), None);
    let lane_label = peacemap::tr!(
        lang,
        "board-lane-label",
        number = 1,
        track = first.name.get(lang),
        status = status.to_lowercase(),
        pct = format!("{:.0}", where_first.progress_pct)
    );
    harness.get_by_label(&lane_label);
    harness.get_by_role_and_label(
        Role::Label,
        &peacemap::tr!(
            lang,
            "board-lane-status-label",
            track = first.name.get(lang),
            status = status.as_str()
        ),
    );
    // The gauge.
    let cumulative = cumulative_progress(session, &session.board);
    harness.get_by_role_and_label(
        Role::ProgressIndicator,
        &peacemap::tr!(lang, "board-gauge-label", pct = format!("{cumulative:.0}")),
    );
    // The relief panel: its heading and the first stage's card.
    harness.get_by_label(&message(lang, "board-relief-heading", None));
    assert!(!shown(
        harness,
        &message(other, "board-relief-heading", None)
    ));
    let first_stage = peacemap::tr!(lang, "board-stage-short-name", number = 1);
    let heading = if stage_lock(session, &session.board, &session.sanctions[0]).is_unlocked() {
        peacemap::tr!(lang, "board-stage-unlocked", stage = first_stage.as_str())
    } else {
        peacemap::tr!(lang, "board-stage-locked", stage = first_stage.as_str())
    };
    harness.get_by_label(&heading);
    // The border panel.
    harness.get_by_label(&message(lang, "board-border-heading", None));
}

#[test]
fn the_view_menu_switches_menus_and_board_to_korean_and_back() {
    let mut harness = app_harness(LAPTOP);
    assert_eq!(lang_of(&harness.ctx), Lang::En, "English unless told");
    assert_board_speaks(&harness, Lang::En);
    // Plain words a Korean briefer would look for, not only ids.
    assert!(shown(&harness, "File") && shown(&harness, "View"));

    choose_in_view_menu(&mut harness, "View", "Language", "한국어");
    assert_eq!(lang_of(&harness.ctx), Lang::Ko);
    assert_eq!(harness.state().preferences.language, Some(Lang::Ko));
    assert_board_speaks(&harness, Lang::Ko);
    for word in [
        "파일",
        "편집",
        "보기",
        "도움말",
        "누적 진척도",
        "단계별 제재 완화",
        "남북 경계선",
    ] {
        assert!(
            harness.query_all_by_label_contains(word).next().is_some(),
            "{word} is not on screen"
        );
    }
    assert!(
        harness
            .state()
            .window_title(lang_of(&harness.ctx))
            .starts_with("제목 없음 — ")
    );
    // A switch is not an edit: nothing to undo, nothing unsaved.
    assert_eq!(harness.state().document.undo_label(), None);
    assert!(!harness.state().document.is_dirty());

    choose_in_view_menu(&mut harness, "보기", "언어", "English");
    assert_eq!(lang_of(&harness.ctx), Lang::En);
    assert_board_speaks(&harness, Lang::En);
    assert!(
        harness
            .state()
            .window_title(lang_of(&harness.ctx))
            .starts_with("Untitled — ")
    );
}

#[test]
fn the_toggle_in_the_menu_bar_switches_in_one_click() {
    let mut harness = app_harness(LAPTOP);
    harness
        .get_by_role_and_label(Role::Button, "Language: English. Switch to 한국어")
        .click();
    harness.run();
    harness.run();
    assert_eq!(lang_of(&harness.ctx), Lang::Ko);
    assert_board_speaks(&harness, Lang::Ko);
    harness
        .get_by_role_and_label(Role::Button, "언어: 한국어. English(으)로 전환")
        .click();
    harness.run();
    harness.run();
    assert_eq!(lang_of(&harness.ctx), Lang::En);
    assert_board_speaks(&harness, Lang::En);
}

#[test]
fn the_chosen_language_survives_a_restart() {
    let mut harness = harness_for(
        PeacemapApp::with_bundled_session().with_preferences(Preferences::default()),
        LAPTOP,
    );
    choose_in_view_menu(&mut harness, "View", "Language", "한국어");
    // eframe saves the app's preferences when it closes.
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    drop(harness);

    let preferences = Preferences::load(Some(&storage));
    assert_eq!(preferences.language, Some(Lang::Ko));
    let harness = harness_for(
        PeacemapApp::with_bundled_session().with_preferences(preferences),
        LAPTOP,
    );
    // Korean from the very first frame.
    assert_eq!(lang_of(&harness.ctx), Lang::Ko);
    assert_board_speaks(&harness, Lang::Ko);
}

#[test]
fn a_status_message_follows_a_later_switch() {
    let mut harness = app_harness(LAPTOP);
    let track = TrackId::new("track-1");
    harness
        .state_mut()
        .document
        .apply(
            BoardEdit::SetProgress {
                track,
                progress_pct: 3.0,
            }
            .into(),
            0.0,
        )
        .expect("a valid edit");
    harness.state_mut().run_ui_command(UiCommand::Undo);
    harness.run();
    let name = harness.state().session().tracks[0].name.clone();
    let english = format!("Undid: Move progress on {}", name.get(Lang::En));
    harness.get_by_label(&english);
    choose_in_view_menu(&mut harness, "View", "Language", "한국어");
    harness.get_by_label(&format!("되돌림: {} 진척도 이동", name.get(Lang::Ko)));
    assert!(!shown(&harness, &english));
}

/// Every value of every model enum the UI names, by the catalogue ids the
/// model gives it.
fn model_value_ids() -> Vec<&'static str> {
    let mut ids = Vec::new();
    for status in TrackStatus::ALL {
        ids.extend([status.message_id(), status.explanation_id()]);
    }
    for role in SeatRole::ALL {
        ids.extend([role.message_id(), role.explanation_id()]);
    }
    ids.extend(StageStatus::ALL.map(StageStatus::message_id));
    ids.extend(BorderStatus::ALL.map(BorderStatus::message_id));
    ids.extend(RatificationStatus::ALL.map(RatificationStatus::message_id));
    ids.extend(ParticipantKind::ALL.map(ParticipantKind::message_id));
    ids.extend(
        [
            ClosedSign::Deferred,
            ClosedSign::Gated {
                needed_pct: 1.0,
                have_pct: 0.0,
            },
        ]
        .map(ClosedSign::message_id),
    );
    for command in UiCommand::ALL {
        ids.extend([command.message_id(), command.tooltip_id()]);
    }
    ids
}

#[test]
fn every_model_value_has_a_label_in_both_languages() {
    let ids = model_value_ids();
    assert!(ids.len() > 40, "only {} ids: the list is broken", ids.len());
    for lang in Lang::ALL {
        let missing: Vec<_> = ids.iter().filter(|id| !has_message(lang, id)).collect();
        assert!(missing.is_empty(), "no {lang:?} label for {missing:?}");
    }
    // Values of one kind are told apart in each language.
    for lang in Lang::ALL {
        let statuses: std::collections::BTreeSet<_> = TrackStatus::ALL
            .iter()
            .map(|s| message(lang, s.message_id(), None))
            .collect();
        assert_eq!(statuses.len(), TrackStatus::ALL.len(), "{lang:?}");
        let roles: std::collections::BTreeSet<_> = SeatRole::ALL
            .iter()
            .map(|r| message(lang, r.message_id(), None))
            .collect();
        assert_eq!(roles.len(), SeatRole::ALL.len(), "{lang:?}");
    }
}

#[test]
fn the_in_app_file_dialog_speaks_korean() {
    let dir = tempfile::tempdir().unwrap();
    // egui_file's two text fields have no accessible names (left as found).
    let mut harness = egui_kittest::Harness::builder()
        .with_size(LAPTOP)
        .with_accessibility_check(false)
        .with_context_setup(peacemap::ui::fonts::install)
        .build_ui_state(
            |ui, app: &mut PeacemapApp| app.frame_ui(ui),
            PeacemapApp::with_bundled_session().with_language(Lang::Ko),
        );
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
    harness.run();
    let Some(DialogRequest::SaveAs { file_name, .. }) = harness.state_mut().take_dialog_request()
    else {
        panic!("Save as asked for no dialog");
    };
    // The system has no dialog of its own: Peacemap's opens, in Korean.
    harness
        .state_mut()
        .dialog_finished(DialogReply::Unavailable(DialogRequest::SaveAs {
            folder: Some(dir.path().to_path_buf()),
            file_name,
        }));
    harness.run();
    harness.get_by_label_contains("다른 이름으로 세션 저장");
    harness.get_by_role_and_label(Role::Button, "저장");
    harness.get_by_role_and_label(Role::Button, "취소");
    harness.get_by_role_and_label(Role::CheckBox, "숨김 파일 보기");
    harness.get_by_label("파일:");
    harness.get_by_label_contains("Peacemap 대화상자를 사용합니다");
    for english in ["Save session as", "Cancel", "File:", "Show Hidden"] {
        assert!(
            harness
                .query_all_by_label_contains(english)
                .next()
                .is_none(),
            "{english} is still on screen"
        );
    }
    harness.get_by_role_and_label(Role::Button, "취소").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("다른 이름으로 세션 저장")
            .is_none()
    );
}

#[test]
fn session_text_without_a_korean_version_falls_back_to_english() {
    let Ok(mut session) = peacemap::io::bundled_session() else {
        panic!("the bundled session does not load");
    };
    session.tracks[0].name = Text::en("Only in English");
    session.tracks[1].name = Text::both("Economic measures", "경제 조치");
    let harness = harness_for(PeacemapApp::new(session).with_language(Lang::Ko), LAPTOP);
    // The lane names: Korean where there is Korean, English where there is not.
    harness.get_by_role_and_label(Role::Button, "Only in English");
    harness.get_by_role_and_label(Role::Button, "경제 조치");
    assert!(harness.query_by_label("Economic measures").is_none());
    // The catalogue's words around them are Korean all the same.
    harness.get_by_label_contains("1번 차선: Only in English, ");
    harness.get_by_label_contains("2번 차선: 경제 조치, ");
}
