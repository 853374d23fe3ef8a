//! The bundled session and the example files in `saves/` say what the
//! proposal says: six tracks in order, the right people at each table, a
//! deferred regional track, rising relief stages and two border options
//! (confederation talks are a topic of track 1, not a border).

mod support;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use peacemap::io::{bundled_session, load_str};
use peacemap::model::rules::{GateState, convene_gate, cumulative_progress, stage_lock};
use peacemap::model::{
    BorderOptionKind, BorderStatus, CURRENT_VERSION, Lang, ParticipantId, ParticipantKind,
    RatificationStatus, Role, Seat, Session, StageStatus, Track, TrackId, TrackStatus,
};

fn bundled() -> Session {
    bundled_session().unwrap_or_else(|e| panic!("the bundled session parses: {e}"))
}

/// A track's definition together with where it stands on the live board
/// and its lane number: reads like the track of a version-1 file.
#[derive(Clone, Copy)]
struct Lane<'a> {
    definition: &'a Track,
    number: usize,
    progress_pct: f32,
    status: TrackStatus,
    seats: &'a Vec<Seat>,
}

impl std::ops::Deref for Lane<'_> {
    type Target = Track;
    fn deref(&self) -> &Track {
        self.definition
    }
}

/// Every track of `session` in lane order, with its board entry.
fn lanes(session: &Session) -> Vec<Lane<'_>> {
    session
        .tracks
        .iter()
        .enumerate()
        .map(|(index, definition)| {
            let state = session
                .board
                .track(&definition.id)
                .unwrap_or_else(|| panic!("{} has a board entry", definition.id));
            Lane {
                definition,
                number: index + 1,
                progress_pct: state.progress_pct,
                status: state.status,
                seats: &state.seats,
            }
        })
        .collect()
}

fn track<'a>(session: &'a Session, id: &str) -> Lane<'a> {
    lanes(session)
        .into_iter()
        .find(|lane| lane.id.as_str() == id)
        .unwrap_or_else(|| panic!("track {id} exists"))
}

/// The seats of a track as `(participant id, role)` pairs, in file order.
fn seats(track: Lane<'_>) -> Vec<(&str, Role)> {
    track
        .seats
        .iter()
        .map(|s| (s.participant.as_str(), s.role))
        .collect()
}

fn saves_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("saves")
}

fn load_save(name: &str) -> Session {
    let path = saves_dir().join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} is readable: {e}", path.display()));
    load_str(&text).unwrap_or_else(|e| panic!("{} parses: {e}", path.display()))
}

/// Checks that hold for every session we ship; returns the first problem.
fn check_consistent(session: &Session) -> Result<(), String> {
    let participants: HashSet<&ParticipantId> =
        session.participants.iter().map(|p| &p.id).collect();
    for track in &lanes(session) {
        for seat in track.seats {
            if !participants.contains(&seat.participant) {
                return Err(format!(
                    "{}: unknown participant {}",
                    track.id, seat.participant
                ));
            }
        }
        if !(0.0..=100.0).contains(&track.progress_pct) {
            return Err(format!(
                "{}: progress {} out of range",
                track.id, track.progress_pct
            ));
        }
        let mut previous = f32::NEG_INFINITY;
        for milestone in &track.milestones {
            if !(0.0..=100.0).contains(&milestone.position_pct) {
                return Err(format!(
                    "{}: milestone {:?} out of range",
                    track.id, milestone.name
                ));
            }
            if milestone.position_pct < previous {
                return Err(format!(
                    "{}: milestones out of order at {:?}",
                    track.id, milestone.name
                ));
            }
            previous = milestone.position_pct;
        }
    }
    for stage in &session.sanctions {
        for minimum in &stage.track_minimums {
            if session.track(&minimum.track).is_none() {
                return Err(format!("{}: unknown track {}", stage.id, minimum.track));
            }
        }
    }
    for ratification in &session.board.ratifications {
        if !participants.contains(&ratification.participant) {
            return Err(format!("unknown ratifier {}", ratification.participant));
        }
    }
    if let Some(gate) = &session.board.regional_gate
        && session.track(&gate.track).is_none()
    {
        return Err(format!(
            "the regional gate names unknown track {}",
            gate.track
        ));
    }
    Ok(())
}

fn assert_unique<T: std::fmt::Debug>(what: &str, items: impl IntoIterator<Item = T>) {
    let mut seen = HashSet::new();
    for item in items {
        assert!(
            seen.insert(format!("{item:?}")),
            "duplicate {what} id {item:?}"
        );
    }
}

#[test]
fn bundled_session_parses_at_the_current_version() {
    let session = bundled();
    assert_eq!(session.version, CURRENT_VERSION);
    assert_eq!(session.title.en, "Six-track peace process (2018 proposal)");
    assert_eq!(session.title.ko, "6개 트랙 평화 프로세스(2018년 제안)");
    assert!(!session.description.en.trim().is_empty());
    assert!(!session.description.ko.trim().is_empty());
}

#[test]
fn bundled_session_is_consistent() {
    check_consistent(&bundled()).unwrap();
}

#[test]
fn six_tracks_numbered_in_order_with_names_and_formats() {
    let session = bundled();
    let expected = [
        ("track-1", "Inter-Korean relations", "Two plus two"),
        ("track-2", "Economic measures", "Two plus UNSC"),
        ("track-3", "Nuclear security", "US and DPRK, ROK alongside"),
        // The essay names no format for tracks 4 and 5.
        ("track-4", "General security", "Format left open"),
        ("track-5", "Humanitarian and cultural", "Format left open"),
        ("track-6", "Regional security", "Six parties"),
    ];
    assert_eq!(session.tracks.len(), expected.len());
    for ((track, (id, name, format)), number) in lanes(&session).iter().zip(expected).zip(1..) {
        assert_eq!(track.id.as_str(), id);
        assert_eq!(track.number, number, "{id}");
        assert_eq!(track.name.en, name, "{id}");
        assert_eq!(track.format.en, format, "{id}");
        assert!(!track.summary.en.trim().is_empty(), "{id} has a summary");
        assert!(
            track.format_explained.en.len() > track.format.en.len(),
            "{id} explains its format"
        );
    }
}

#[test]
fn participants_are_the_six_states_and_two_bodies() {
    let session = bundled();
    let found: Vec<(&str, &str, ParticipantKind)> = session
        .participants
        .iter()
        .map(|p| (p.id.as_str(), p.short_label.en.as_str(), p.kind))
        .collect();
    assert_eq!(
        found,
        [
            ("rok", "ROK", ParticipantKind::State),
            ("dprk", "DPRK", ParticipantKind::State),
            ("us", "US", ParticipantKind::State),
            ("china", "China", ParticipantKind::State),
            ("japan", "Japan", ParticipantKind::State),
            ("russia", "Russia", ParticipantKind::State),
            ("unsc", "UNSC", ParticipantKind::InternationalBody),
            ("opcw", "OPCW", ParticipantKind::InternationalBody),
        ]
    );
    for participant in &session.participants {
        assert!(
            participant.full_name.en.len() >= participant.short_label.en.len(),
            "{} has a full name",
            participant.id
        );
    }
    assert_unique("colour", session.participants.iter().map(|p| p.colour));
}

#[test]
fn participant_colours_read_on_a_dark_road() {
    // Mid-tone colours: neither lost in dark asphalt nor washed out to white.
    for participant in &bundled().participants {
        let c = participant.colour;
        let brightest = c.0.max(c.1).max(c.2);
        let darkest = c.0.min(c.1).min(c.2);
        assert!(brightest >= 120, "{} is too dark: {c:?}", participant.id);
        assert!(darkest <= 160, "{} is too pale: {c:?}", participant.id);
    }
}

#[test]
fn no_duplicate_ids() {
    let session = bundled();
    assert_unique("participant", session.participants.iter().map(|p| &p.id));
    assert_unique("track", session.tracks.iter().map(|t| &t.id));
    assert_unique("track number", lanes(&session).iter().map(|t| t.number));
    assert_unique("stage", session.sanctions.iter().map(|s| &s.id));
    assert_unique(
        "border option",
        session.border.options.iter().map(|o| &o.id),
    );
    for track in &lanes(&session) {
        assert_unique("seat", track.seats.iter().map(|s| &s.participant));
    }
}

#[test]
fn every_seat_references_a_known_participant() {
    let session = bundled();
    let known: HashSet<&str> = session.participants.iter().map(|p| p.id.as_str()).collect();
    for track in &lanes(&session) {
        assert!(!track.seats.is_empty(), "{} has seats", track.id);
        for seat in track.seats {
            assert!(
                known.contains(seat.participant.as_str()),
                "{}: {}",
                track.id,
                seat.participant
            );
        }
    }
}

#[test]
fn seats_match_the_proposal() {
    use Role::{Implementer, Negotiator, Ratifier};
    let session = bundled();
    assert_eq!(
        seats(track(&session, "track-1")),
        [
            ("rok", Negotiator),
            ("dprk", Negotiator),
            ("us", Ratifier),
            ("china", Ratifier)
        ]
    );
    let economic = track(&session, "track-2");
    assert_eq!(
        seats(economic)[..3],
        [
            ("rok", Negotiator),
            ("dprk", Negotiator),
            ("unsc", Ratifier)
        ]
    );
    assert_eq!(
        seats(track(&session, "track-3")),
        [
            ("us", Negotiator),
            ("dprk", Negotiator),
            ("rok", Implementer)
        ]
    );
    // The essay names no format for track 4: both Koreas and the US are an
    // illustrative assumption, and the OPCW is guidance, not a seat.
    assert_eq!(
        seats(track(&session, "track-4")),
        [
            ("rok", Negotiator),
            ("dprk", Negotiator),
            ("us", Negotiator)
        ]
    );
    // Nor for track 5; Japan is concerned but has no seat (no observer).
    assert_eq!(
        seats(track(&session, "track-5")),
        [("rok", Negotiator), ("dprk", Negotiator)]
    );
    assert_eq!(
        seats(track(&session, "track-6")),
        ["rok", "dprk", "us", "china", "japan", "russia"].map(|id| (id, Negotiator))
    );
}

#[test]
fn regional_track_is_deferred_behind_a_closed_gate() {
    let session = bundled();
    let regional = TrackId::new("track-6");
    assert_eq!(track(&session, "track-6").status, TrackStatus::Deferred);
    let gate = session
        .board
        .regional_gate
        .as_ref()
        .expect("the bundled session gates a track");
    assert_eq!(gate.track, regional);
    assert!(
        matches!(
            convene_gate(&session, &session.board, &regional),
            GateState::Closed { .. }
        ),
        "the six-party track waits for the others"
    );
    assert_eq!(
        convene_gate(&session, &session.board, &TrackId::new("track-1")),
        GateState::Ungated
    );
}

#[test]
fn other_tracks_are_under_way_and_the_nuclear_lane_is_not_ahead() {
    let session = bundled();
    for track in &lanes(&session)[..5] {
        assert_eq!(track.status, TrackStatus::UnderWay, "{}", track.id);
        assert!(track.progress_pct > 0.0, "{} has moved", track.id);
    }
    assert!(track(&session, "track-6").progress_pct.abs() < f32::EPSILON);
    let nuclear = track(&session, "track-3").progress_pct;
    assert!(nuclear <= track(&session, "track-1").progress_pct);
}

#[test]
fn weights_are_equal() {
    for track in &bundled().tracks {
        assert!((track.weight - 1.0).abs() < f32::EPSILON, "{}", track.id);
    }
}

#[test]
fn milestones_agree_with_progress() {
    let session = bundled();
    for track in &lanes(&session) {
        assert!(
            (3..=5).contains(&track.milestones.len()),
            "{} has {} milestones",
            track.id,
            track.milestones.len()
        );
        for milestone in &track.milestones {
            // Reached is derived by rule; nothing stored can disagree.
            let _ = milestone.is_reached(track.progress_pct);
        }
    }
    // At least one sign passed and one ahead, or the board shows no contrast.
    let all: Vec<bool> = lanes(&session)
        .iter()
        .flat_map(|t| t.milestones.iter().map(|m| m.is_reached(t.progress_pct)))
        .collect();
    assert!(all.iter().any(|&reached| reached));
    assert!(all.iter().any(|&reached| !reached));
}

#[test]
fn labels_fit_the_board() {
    let session = bundled();
    for track in &lanes(&session) {
        for lang in Lang::ALL {
            let name = track.name.get(lang);
            let format = track.format.get(lang);
            assert!(name.chars().count() <= 28, "{name}");
            assert!(format.chars().count() <= 28, "{format}");
            for milestone in &track.milestones {
                let label = milestone.name.get(lang);
                assert!(label.chars().count() < 28, "{label}");
            }
        }
    }
    for stage in &session.sanctions {
        for lang in Lang::ALL {
            let name = stage.name.get(lang);
            assert!(name.chars().count() < 30, "{name}");
            for measure in &stage.measures {
                let measure = measure.get(lang);
                assert!(measure.chars().count() < 60, "{measure}");
            }
        }
    }
}

#[test]
fn precedents_from_the_proposal_are_cited() {
    let session = bundled();
    let cited = |id: &str, needle: &str| {
        assert!(
            track(&session, id)
                .precedents
                .iter()
                .any(|p| p.text.en.contains(needle)),
            "{id} cites {needle}"
        );
    };
    cited("track-1", "Helsinki");
    cited("track-2", "China");
    cited("track-2", "Vietnam");
    cited("track-3", "START");
    cited("track-4", "CFE");
    cited("track-4", "OPCW");
    cited("track-4", "Biological Weapons Convention");
    cited("track-4", "Germany");
    cited("track-6", "six-party");
}

#[test]
fn sanctions_stages_rise_and_are_planned() {
    let session = bundled();
    let stages = &session.sanctions;
    assert!(stages.len() >= 3, "only {} stages", stages.len());
    for pair in stages.windows(2) {
        assert!(
            pair[0].threshold_pct < pair[1].threshold_pct,
            "{} then {}",
            pair[0].id,
            pair[1].id
        );
    }
    for (stage, n) in stages.iter().zip(1..) {
        assert_eq!(stage.id.as_str(), format!("stage-{n}"));
        assert_eq!(
            session.board.stage_status(&stage.id),
            Some(StageStatus::Planned),
            "{}",
            stage.id
        );
        assert!(
            !stage.measures.is_empty(),
            "{} relieves something",
            stage.id
        );
        assert!(
            !stage.acting_body.en.trim().is_empty(),
            "{} names a body",
            stage.id
        );
    }
    assert!(
        stages
            .iter()
            .filter(|s| !s.track_minimums.is_empty())
            .count()
            >= 2,
        "some stages need a particular lane too"
    );
    assert!(
        stages
            .iter()
            .any(|s| s.acting_body.en.contains("Security Council resolution")),
        "targeted relief needs a new resolution"
    );
    assert!(stages.iter().any(|s| {
        s.track_minimums
            .iter()
            .any(|m| m.track.as_str() == "track-3")
    }));
}

#[test]
fn only_the_first_stage_is_within_reach_at_bundled_progress() {
    let session = bundled();
    let cumulative = cumulative_progress(&session, &session.board);
    assert!(
        cumulative > 0.0 && cumulative < 30.0,
        "cumulative {cumulative}"
    );
    let unlocked: Vec<&str> = session
        .sanctions
        .iter()
        .filter(|s| stage_lock(&session, &session.board, s).is_unlocked())
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(unlocked, ["stage-1"]);
}

#[test]
fn two_border_options_the_mdl_as_an_inviolable_line_and_an_interim_border() {
    let session = bundled();
    let options: Vec<(&str, BorderOptionKind)> = session
        .border
        .options
        .iter()
        .map(|o| (o.id.as_str(), o.kind))
        .collect();
    assert_eq!(
        options,
        [
            ("border-mdl", BorderOptionKind::PermanentMdl),
            ("border-interim", BorderOptionKind::Interim),
        ]
    );
    for option in &session.border.options {
        assert_eq!(
            session.board.border_status(&option.id),
            Some(BorderStatus::OnTable),
            "{}",
            option.id
        );
        assert!(!option.summary.en.trim().is_empty(), "{}", option.id);
        assert!(!option.precedent.en.trim().is_empty(), "{}", option.id);
    }
    assert!(session.border.options[0].precedent.en.contains("Helsinki"));
    assert_eq!(session.border.options[1].name.en, "Interim border");
}

#[test]
fn armistice_question_is_asked() {
    let armistice = bundled().border.armistice;
    let question = &armistice.question;
    assert!(question.en.contains("1953"), "{}", question.en);
    assert!(question.en.contains("armistice"));
    assert!(question.en.ends_with('?'));
    assert!(question.ko.contains("1953년 정전협정"), "{}", question.ko);
    assert!(question.ko.ends_with('?'));
    // Who signed it, and that the ROK did not.
    assert!(armistice.notes.en.contains("the ROK never signed it"));
    assert!(armistice.notes.ko.contains("한국은 서명하지 않았다"));
}

#[test]
fn ratifiers_are_the_us_and_china() {
    let session = bundled();
    let ratifiers: Vec<(&str, RatificationStatus)> = session
        .board
        .ratifications
        .iter()
        .map(|r| (r.participant.as_str(), r.status))
        .collect();
    assert_eq!(
        ratifiers,
        [
            ("us", RatificationStatus::Pending),
            ("china", RatificationStatus::Pending)
        ]
    );
    // The same two sit as ratifiers at the inter-Korean table.
    let inter_korean = track(&session, "track-1");
    for ratification in &session.board.ratifications {
        let seat = inter_korean
            .seats
            .iter()
            .find(|s| s.participant == ratification.participant)
            .expect("seated on track 1");
        assert_eq!(seat.role, Role::Ratifier);
    }
}

#[test]
fn every_save_file_parses_and_is_consistent() {
    let files = support::save_files();
    assert!(files.len() >= 2, "saves/ holds {} files", files.len());
    for (path, text) in files {
        let session = load_str(&text).unwrap_or_else(|e| panic!("{} parses: {e}", path.display()));
        assert_eq!(session.version, CURRENT_VERSION, "{}", path.display());
        assert_eq!(session.tracks.len(), 6, "{}", path.display());
        if let Err(problem) = check_consistent(&session) {
            panic!("{}: {problem}", path.display());
        }
    }
}

#[test]
fn default_save_is_the_bundled_session() {
    assert_eq!(load_save("default.ron"), bundled());
}

#[test]
fn stalled_nuclear_scenario_stalls_only_the_nuclear_lane() {
    let session = load_save("stalled-nuclear.ron");
    let bundled = bundled();
    assert_ne!(session.title, bundled.title);
    assert_ne!(session.description, bundled.description);
    let nuclear = track(&session, "track-3");
    assert_eq!(nuclear.status, TrackStatus::Stalled);
    assert!(nuclear.progress_pct <= track(&bundled, "track-3").progress_pct);
    for id in ["track-1", "track-2", "track-4", "track-5"] {
        let here = track(&session, id);
        assert_ne!(here.status, TrackStatus::Stalled, "{id}");
        assert!(
            here.progress_pct > track(&bundled, id).progress_pct,
            "{id} moves on while the nuclear lane waits"
        );
        assert!(here.progress_pct > nuclear.progress_pct, "{id}");
    }
    assert!(
        cumulative_progress(&session, &session.board)
            > cumulative_progress(&bundled, &bundled.board)
    );
    // The highway still delivers: the six parties may meet...
    assert_eq!(
        convene_gate(&session, &session.board, &TrackId::new("track-6")),
        GateState::Open
    );
    assert!(stage_lock(&session, &session.board, &session.sanctions[0]).is_unlocked());
    // ...but relief tied to nuclear progress stays out of reach.
    for stage in &session.sanctions {
        if stage
            .track_minimums
            .iter()
            .any(|m| m.track.as_str() == "track-3")
        {
            assert!(
                !stage_lock(&session, &session.board, stage).is_unlocked(),
                "{}",
                stage.id
            );
        }
    }
}

#[test]
fn toll_road_scenario_queues_everything_behind_the_nuclear_lane() {
    let session = load_save("toll-road.ron");
    let nuclear = track(&session, "track-3");
    assert_eq!(nuclear.status, TrackStatus::Stalled);
    for track in lanes(&session)
        .iter()
        .filter(|t| t.id.as_str() != "track-3")
    {
        assert!(track.progress_pct.abs() < f32::EPSILON, "{}", track.id);
        assert!(
            matches!(
                track.status,
                TrackStatus::NotStarted | TrackStatus::Deferred
            ),
            "{}",
            track.id
        );
    }
    let bundled = bundled();
    assert!(
        cumulative_progress(&session, &session.board)
            < cumulative_progress(&bundled, &bundled.board)
    );
    assert!(
        session
            .sanctions
            .iter()
            .all(|s| !stage_lock(&session, &session.board, s).is_unlocked())
    );
}
