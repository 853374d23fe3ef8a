//! The rules a session must keep to be opened or saved, checked after
//! parsing. Out-of-range values are errors, never silently clamped.
//!
//! Every problem names its item (`track "track-3" (Nuclear security)`), and
//! when the session came from text, the line where that item is written.

use std::collections::{HashMap, HashSet};

use super::MAX_PROBLEMS;
use super::error::{Item, ItemKind, TextPosition};
use crate::model::{
    Attribution, Board, CURRENT_VERSION, PCT_RANGE, Scenario, Session, Source, Text, Track,
};

/// One broken rule in a session, and where in the file it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// What is wrong, naming the item.
    pub kind: ProblemKind,
    /// Where the item is written, when the session came from text and the
    /// item could be found in it.
    pub position: Option<TextPosition>,
    /// How to find the item in the text.
    anchor: Vec<Needle>,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(position) = self.position {
            write!(f, "{position}: ")?;
        }
        write!(f, "{}", self.kind)
    }
}

/// A broken rule. The `item` names the item (in words:
/// `track "track-3" (Nuclear security)` or `seat 2 of track "track-1"`);
/// [`ProblemKind::message`] words the whole rule in either language.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// Two items of one kind share an id.
    DuplicateId {
        /// The kind of item.
        what: ItemKind,
        /// The shared id.
        id: String,
    },
    /// An id is empty.
    EmptyId {
        /// The item.
        item: Item,
    },
    /// A reference to a participant that is not in the session.
    UnknownParticipant {
        /// The item that refers to it.
        item: Item,
        /// The unknown id.
        id: String,
    },
    /// A reference to a track that is not in the session.
    UnknownTrack {
        /// The item that refers to it.
        item: Item,
        /// The unknown id.
        id: String,
    },
    /// A percentage outside 0–100.
    OutOfRange {
        /// The item.
        item: Item,
        /// The field, e.g. `progress_pct`.
        field: &'static str,
        /// The value found.
        value: f32,
    },
    /// NaN or infinity.
    NotFinite {
        /// The item.
        item: Item,
        /// The field, e.g. `weight`.
        field: &'static str,
        /// The value found.
        value: f32,
    },
    /// A name that is empty or only blank space.
    EmptyName {
        /// The item.
        item: Item,
        /// The field, e.g. `name`.
        field: &'static str,
    },
    /// A track weight below zero.
    NegativeWeight {
        /// The track.
        item: Item,
        /// The weight found.
        value: f32,
    },
    /// The same participant seated twice at one table.
    DuplicateSeat {
        /// The track.
        item: Item,
        /// The participant.
        participant: String,
    },
    /// The same ratifier listed twice.
    DuplicateRatification {
        /// The participant.
        participant: String,
    },
    /// A board entry for an item the session does not define.
    UnknownBoardEntry {
        /// The kind of item: a stage or a border option.
        what: ItemKind,
        /// The unknown id.
        id: String,
    },
    /// Two board entries for one item.
    DuplicateBoardEntry {
        /// The kind of item: a track, a stage or a border option.
        what: ItemKind,
        /// The id.
        id: String,
    },
    /// An item with no board entry.
    MissingBoardEntry {
        /// The kind of item: a track, a stage or a border option.
        what: ItemKind,
        /// The id.
        id: String,
    },
    /// A source in the session's source work that names a part the
    /// attribution does not list.
    UnknownPart {
        /// The item.
        item: Item,
        /// The part named.
        part: String,
    },
    /// An added-context source without a citation.
    EmptyCitation {
        /// The item.
        item: Item,
    },
    /// An added-context source without a date.
    EmptyDate {
        /// The item.
        item: Item,
    },
    /// A part of the source work listed twice in the attribution.
    DuplicatePart {
        /// The part.
        part: String,
    },
    /// A part of the source work with no name.
    EmptyPart {
        /// Its place in the list, from 1.
        number: usize,
    },
    /// A problem on the board of a scenario step: the same rules as the
    /// live board's, named with the step.
    OnStep {
        /// The scenario's id.
        scenario: String,
        /// The step's id.
        step: String,
        /// The problem on the step's board.
        problem: Box<ProblemKind>,
    },
    /// A session whose version is not the one this build writes.
    WrongVersion {
        /// The version in the session.
        found: u32,
        /// [`CURRENT_VERSION`].
        current: u32,
    },
}

/// One step of the search for an item in the text.
#[derive(Clone, Debug, PartialEq)]
enum Needle {
    /// The `nth` field named `key` (an identifier followed by `:`).
    Key { key: &'static str, nth: usize },
    /// The `nth` field `key: "value"`.
    Value {
        key: &'static str,
        value: String,
        nth: usize,
    },
    /// The next string literal holding exactly this text (an item of a
    /// list of strings).
    Literal(String),
}

fn key(key: &'static str) -> Needle {
    Needle::Key { key, nth: 0 }
}

fn nth_key(key: &'static str, nth: usize) -> Needle {
    Needle::Key { key, nth }
}

fn id(value: &str, nth: usize) -> Needle {
    self::value("id", value, nth)
}

/// The `nth` field `key: "value"`.
fn value(key: &'static str, value: &str, nth: usize) -> Needle {
    Needle::Value {
        key,
        value: value.to_owned(),
        nth,
    }
}

/// Where a problem is: its item in words and its place in the text, both
/// made only when there is a problem (a large session has 100,000 fields).
struct At<'a> {
    item: &'a dyn Fn() -> Item,
    anchor: &'a dyn Fn(&'static str) -> Vec<Needle>,
}

/// Collects problems, at most [`MAX_PROBLEMS`].
struct Collector {
    problems: Vec<Problem>,
}

impl Collector {
    fn push(&mut self, kind: ProblemKind, anchor: Vec<Needle>) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem {
                kind,
                position: None,
                anchor,
            });
        }
    }

    /// A name must have some text in at least one language.
    fn name(&mut self, value: &Text, field: &'static str, at: &At<'_>) {
        if value.is_blank() {
            let item = (at.item)();
            self.push(ProblemKind::EmptyName { item, field }, (at.anchor)(field));
        }
    }

    /// Checks an item's source: a part of the work the attribution lists;
    /// added context with a citation and a date.
    fn source(&mut self, source: &Source, parts: &Parts<'_>, at: &At<'_>) {
        let inside = |field: &'static str| {
            let mut anchor = (at.anchor)("source");
            anchor.push(key(field));
            anchor
        };
        match source {
            Source::Work { part, .. } => {
                if !parts.contains(part.as_str()) {
                    self.push(
                        ProblemKind::UnknownPart {
                            item: (at.item)(),
                            part: part.clone(),
                        },
                        inside("part"),
                    );
                }
            }
            Source::Context { citation, date } => {
                if citation.is_blank() {
                    let item = (at.item)();
                    self.push(ProblemKind::EmptyCitation { item }, inside("citation"));
                }
                if date.trim().is_empty() {
                    let item = (at.item)();
                    self.push(ProblemKind::EmptyDate { item }, inside("date"));
                }
            }
            Source::Illustrative { .. } | Source::Unstated => {}
        }
    }

    fn pct(&mut self, value: f32, field: &'static str, at: &At<'_>) {
        if !value.is_finite() {
            let item = (at.item)();
            self.push(
                ProblemKind::NotFinite { item, field, value },
                (at.anchor)(field),
            );
        } else if !PCT_RANGE.contains(&value) {
            let item = (at.item)();
            self.push(
                ProblemKind::OutOfRange { item, field, value },
                (at.anchor)(field),
            );
        }
    }

    /// Checks that the ids of one kind of item are non-empty and distinct;
    /// returns the ids written more than once.
    fn ids<'a>(
        &mut self,
        what: ItemKind,
        ids: impl Iterator<Item = &'a str>,
        list_anchor: &[Needle],
    ) -> HashSet<&'a str> {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut duplicated = HashSet::new();
        for (index, value) in ids.enumerate() {
            let count = seen.entry(value).or_insert(0);
            if value.trim().is_empty() {
                let mut anchor = list_anchor.to_vec();
                anchor.push(nth_key("id", index));
                self.push(
                    ProblemKind::EmptyId {
                        item: Item::Numbered {
                            kind: what,
                            number: index + 1,
                        },
                    },
                    anchor,
                );
            } else if *count > 0 {
                duplicated.insert(value);
                let mut anchor = list_anchor.to_vec();
                anchor.push(id(value, *count));
                self.push(
                    ProblemKind::DuplicateId {
                        what,
                        id: value.to_owned(),
                    },
                    anchor,
                );
            }
            *count += 1;
        }
        duplicated
    }
}

/// The parts of the source work the attribution lists (a set: a hostile
/// file may hold a million sources).
type Parts<'a> = HashSet<&'a str>;

/// Every broken rule in `session` (at most [`MAX_PROBLEMS`]), in document
/// order. Empty when the session is fine.
///
/// Checks: distinct, non-empty ids; references to known participants,
/// tracks, stages and border options; a board with exactly one entry for
/// every track, stage and border option; percentages finite and within
/// 0–100; weights finite and not negative; names with text in at least one
/// language; no participant seated twice at one table; distinct, non-empty
/// parts in the attribution; every source in the work naming one of those
/// parts, every added-context source with a citation and a date; scenario
/// ids distinct, step ids distinct across the session, scenario names not
/// blank, and every step's board kept to the live board's rules.
#[must_use]
pub fn validate(session: &Session) -> Vec<Problem> {
    validate_from(session, CURRENT_VERSION)
}

/// [`validate()`] for a session migrated from a file of `source_version`:
/// each problem's anchor then points where that version writes the item
/// (a version-1 file keeps progress and seats inside its tracks).
pub(crate) fn validate_from(session: &Session, source_version: u32) -> Vec<Problem> {
    let mut c = Collector {
        problems: Vec::new(),
    };
    let v1 = source_version == 1;
    if session.version != CURRENT_VERSION {
        c.push(
            ProblemKind::WrongVersion {
                found: session.version,
                current: CURRENT_VERSION,
            },
            vec![key("version")],
        );
    }

    let parts = validate_attribution(&mut c, session);

    let participants_list = [key("participants")];
    c.ids(
        ItemKind::Participant,
        session.participants.iter().map(|p| p.id.as_str()),
        &participants_list,
    );
    for participant in &session.participants {
        let at = At {
            item: &|| {
                named(
                    ItemKind::Participant,
                    participant.id.as_str(),
                    &Text::default(),
                )
            },
            anchor: &|field| {
                vec![
                    key("participants"),
                    id(participant.id.as_str(), 0),
                    key(field),
                ]
            },
        };
        c.name(&participant.short_label, "short_label", &at);
    }
    // Sets, not scans: a hostile file may hold a million seats.
    let participant_ids: HashSet<&str> =
        session.participants.iter().map(|p| p.id.as_str()).collect();
    let known_participant = |id: &str| participant_ids.contains(id);

    let tracks_list = [key("tracks")];
    // A track id written twice is one problem, reported here; its two
    // board entries are not a second one.
    let duplicate_tracks = c.ids(
        ItemKind::Track,
        session.tracks.iter().map(|t| t.id.as_str()),
        &tracks_list,
    );
    for track in &session.tracks {
        validate_track(&mut c, track, &parts, v1);
    }
    let track_ids: HashSet<&str> = session.tracks.iter().map(|t| t.id.as_str()).collect();
    let known_track = |id: &str| track_ids.contains(id);

    let stages_list = [key("sanctions")];
    c.ids(
        ItemKind::SanctionsStage,
        session.sanctions.iter().map(|s| s.id.as_str()),
        &stages_list,
    );
    for stage in &session.sanctions {
        let stage_id = stage.id.as_str();
        let at = At {
            item: &|| named(ItemKind::SanctionsStage, stage_id, &stage.name),
            anchor: &|field| vec![key("sanctions"), id(stage_id, 0), key(field)],
        };
        c.name(&stage.name, "name", &at);
        c.source(&stage.source, &parts, &at);
        c.pct(stage.threshold_pct, "threshold_pct", &at);
        for (index, minimum) in stage.track_minimums.iter().enumerate() {
            let at = At {
                item: &|| Item::TrackMinimum {
                    number: index + 1,
                    stage: stage_id.to_owned(),
                },
                anchor: &|field| {
                    vec![
                        key("sanctions"),
                        id(stage_id, 0),
                        key("track_minimums"),
                        nth_key(field, index),
                    ]
                },
            };
            if !known_track(minimum.track.as_str()) {
                c.push(
                    ProblemKind::UnknownTrack {
                        item: (at.item)(),
                        id: minimum.track.to_string(),
                    },
                    (at.anchor)("track"),
                );
            }
            c.pct(minimum.min_pct, "min_pct", &at);
        }
    }

    let options_list = [key("border"), key("options")];
    c.ids(
        ItemKind::BorderOption,
        session.border.options.iter().map(|o| o.id.as_str()),
        &options_list,
    );
    for option in &session.border.options {
        let at = At {
            item: &|| named(ItemKind::BorderOption, option.id.as_str(), &Text::default()),
            anchor: &|field| {
                vec![
                    key("border"),
                    key("options"),
                    id(option.id.as_str(), 0),
                    key(field),
                ]
            },
        };
        c.name(&option.name, "name", &at);
        c.source(&option.source, &parts, &at);
    }

    let known = Known {
        participant: &known_participant,
        track: &known_track,
        parts: &parts,
        duplicate_tracks: &duplicate_tracks,
    };
    validate_board(
        &mut c,
        session,
        &session.board,
        &BoardPlace {
            anchor: vec![key("board")],
            v1,
        },
        &known,
    );
    validate_scenarios(&mut c, session, &known);
    c.problems
}

/// Checks the scenarios: ids not empty and distinct, names not blank;
/// step ids not empty and distinct across the session, step sources, and
/// each step's board by the live board's rules, its problems named with
/// the step and located in it.
fn validate_scenarios(c: &mut Collector, session: &Session, known: &Known<'_>) {
    c.ids(
        ItemKind::Scenario,
        session.scenarios.iter().map(|s| s.id.as_str()),
        &[key("scenarios")],
    );
    let mut step_ids: HashMap<&str, usize> = HashMap::new();
    for (index, scenario) in session.scenarios.iter().enumerate() {
        let scenario_id = scenario.id.as_str();
        // A scenario written twice is looked for at its second writing.
        let nth = same_id_before(&session.scenarios[..index], scenario_id, |s| s.id.as_str());
        let scenario_anchor = vec![key("scenarios"), nth_value_or_key(scenario_id, nth, index)];
        let at = At {
            item: &|| named(ItemKind::Scenario, scenario_id, &scenario.name),
            anchor: &|field| extended(&scenario_anchor, [key(field)]),
        };
        c.name(&scenario.name, "name", &at);
        validate_steps(c, session, scenario, &scenario_anchor, &mut step_ids, known);
    }
}

/// Checks the steps of `scenario` (found in the text by `scenario_anchor`):
/// ids not empty and, across the session (`step_ids` counts those seen so
/// far), distinct; sources; and each board, its problems named with the
/// step.
fn validate_steps<'a>(
    c: &mut Collector,
    session: &Session,
    scenario: &'a Scenario,
    scenario_anchor: &[Needle],
    step_ids: &mut HashMap<&'a str, usize>,
    known: &Known<'_>,
) {
    let scenario_id = scenario.id.as_str();
    for (index, step) in scenario.steps.iter().enumerate() {
        let step_id = step.id.as_str();
        let nth = same_id_before(&scenario.steps[..index], step_id, |s| s.id.as_str());
        // Within a scenario's steps, only steps have an `id` field.
        let step_anchor = extended(
            scenario_anchor,
            [key("steps"), nth_value_or_key(step_id, nth, index)],
        );
        let count = step_ids.entry(step_id).or_insert(0);
        if step_id.trim().is_empty() {
            c.push(
                ProblemKind::EmptyId {
                    item: Item::Step {
                        number: index + 1,
                        scenario: scenario_id.to_owned(),
                    },
                },
                step_anchor.clone(),
            );
        } else if *count > 0 {
            c.push(
                ProblemKind::DuplicateId {
                    what: ItemKind::Step,
                    id: step_id.to_owned(),
                },
                step_anchor.clone(),
            );
        }
        *count += 1;
        let at = At {
            item: &|| named(ItemKind::Step, step_id, &step.title),
            anchor: &|field| extended(&step_anchor, [key(field)]),
        };
        c.source(&step.source, known.parts, &at);

        let mut on_board = Collector {
            problems: Vec::new(),
        };
        validate_board(
            &mut on_board,
            session,
            &step.board,
            &BoardPlace {
                anchor: extended(&step_anchor, [key("board")]),
                v1: false,
            },
            known,
        );
        for problem in on_board.problems {
            c.push(
                ProblemKind::OnStep {
                    scenario: scenario_id.to_owned(),
                    step: step_id.to_owned(),
                    problem: Box::new(problem.kind),
                },
                problem.anchor,
            );
        }
    }
}

/// How many of `earlier` have the id `id`.
fn same_id_before<T>(earlier: &[T], id: &str, id_of: impl Fn(&T) -> &str) -> usize {
    earlier.iter().filter(|item| id_of(item) == id).count()
}

/// The needle for the `nth` item written with `id: "…"`, or, when the id
/// is blank (then it may be written many ways), the `index`th `id` field.
fn nth_value_or_key(item_id: &str, nth: usize, index: usize) -> Needle {
    if item_id.trim().is_empty() {
        nth_key("id", index)
    } else {
        id(item_id, nth)
    }
}

/// `anchor` followed by `more`.
fn extended(anchor: &[Needle], more: impl IntoIterator<Item = Needle>) -> Vec<Needle> {
    let mut anchor = anchor.to_vec();
    anchor.extend(more);
    anchor
}

/// Lookups of the session's ids, for checking a board's references.
struct Known<'a> {
    participant: &'a dyn Fn(&str) -> bool,
    track: &'a dyn Fn(&str) -> bool,
    parts: &'a Parts<'a>,
    /// Track ids the session defines twice (reported once, with the
    /// tracks; their board entries are not a second problem).
    duplicate_tracks: &'a HashSet<&'a str>,
}

/// Where a board is written: the needles that find its `board:` field
/// (the live board's, or a step's), and whether the file is of version 1
/// (its live board is spread over the tracks and the border).
struct BoardPlace {
    anchor: Vec<Needle>,
    v1: bool,
}

/// Checks the attribution's parts (distinct, not blank) and returns them.
fn validate_attribution<'a>(c: &mut Collector, session: &'a Session) -> Parts<'a> {
    let mut parts = Parts::with_capacity(session.attribution.parts.len());
    for (index, part) in session.attribution.parts.iter().enumerate() {
        let anchor = || vec![key("attribution"), key("parts")];
        let name = Attribution::part_key(part);
        if name.trim().is_empty() {
            c.push(ProblemKind::EmptyPart { number: index + 1 }, anchor());
        } else if !parts.insert(name) {
            let mut anchor = anchor();
            anchor.extend([
                Needle::Literal(name.to_owned()),
                Needle::Literal(name.to_owned()),
            ]);
            c.push(
                ProblemKind::DuplicatePart {
                    part: name.to_owned(),
                },
                anchor,
            );
        }
    }
    parts
}

/// Checks a board, the live one or a step's: one entry per track, stage
/// and border option, each referring to a known one; progress in range;
/// seats of known participants, none twice; ratifiers known and distinct;
/// the gate naming a known track, its threshold in range.
fn validate_board(
    c: &mut Collector,
    session: &Session,
    board: &Board,
    place: &BoardPlace,
    known: &Known<'_>,
) {
    let v1 = place.v1;
    let at_board = |more: &[Needle]| extended(&place.anchor, more.iter().cloned());

    // Tracks: every board entry names a known track, once; every track has one.
    let mut entries: HashSet<&str> = HashSet::with_capacity(board.tracks.len());
    for (index, state) in board.tracks.iter().enumerate() {
        let track_id = state.track.as_str();
        let anchor = |field: &'static str| -> Vec<Needle> {
            if v1 {
                vec![key("tracks"), id(track_id, 0), key(field)]
            } else {
                at_board(&[key("tracks"), value("track", track_id, 0), key(field)])
            }
        };
        if !(known.track)(track_id) {
            c.push(
                ProblemKind::UnknownTrack {
                    item: Item::BoardTrackEntry { number: index + 1 },
                    id: track_id.to_owned(),
                },
                at_board(&[key("tracks"), nth_key("track", index)]),
            );
            continue;
        }
        if !entries.insert(track_id) {
            if known.duplicate_tracks.contains(track_id) {
                continue;
            }
            c.push(
                ProblemKind::DuplicateBoardEntry {
                    what: ItemKind::Track,
                    id: track_id.to_owned(),
                },
                at_board(&[key("tracks"), value("track", track_id, 1)]),
            );
            continue;
        }
        let no_name = Text::default();
        let name = session.track(&state.track).map_or(&no_name, |t| &t.name);
        let at = At {
            item: &|| named(ItemKind::Track, track_id, name),
            anchor: &anchor,
        };
        c.pct(state.progress_pct, "progress_pct", &at);
        let mut seated: HashSet<&str> = HashSet::with_capacity(state.seats.len());
        for (index, seat) in state.seats.iter().enumerate() {
            let participant = seat.participant.as_str();
            let mut seat_anchor = anchor("seats");
            seat_anchor.push(nth_key("participant", index));
            c.source(
                &seat.source,
                known.parts,
                &At {
                    item: &|| Item::Seat {
                        number: index + 1,
                        track: track_id.to_owned(),
                    },
                    anchor: &|field| {
                        let mut anchor = anchor("seats");
                        anchor.push(nth_key(field, index));
                        anchor
                    },
                },
            );
            if !(known.participant)(participant) {
                c.push(
                    ProblemKind::UnknownParticipant {
                        item: Item::Seat {
                            number: index + 1,
                            track: track_id.to_owned(),
                        },
                        id: participant.to_owned(),
                    },
                    seat_anchor,
                );
            } else if !seated.insert(participant) {
                c.push(
                    ProblemKind::DuplicateSeat {
                        item: (at.item)(),
                        participant: participant.to_owned(),
                    },
                    seat_anchor,
                );
            }
        }
    }
    for track in &session.tracks {
        if !entries.contains(track.id.as_str()) && (known.track)(track.id.as_str()) {
            c.push(
                ProblemKind::MissingBoardEntry {
                    what: ItemKind::Track,
                    id: track.id.to_string(),
                },
                at_board(&[key("tracks")]),
            );
        }
    }

    // Stages and border options: the same one-entry-each rule.
    let stage_ids: HashSet<&str> = session.sanctions.iter().map(|s| s.id.as_str()).collect();
    one_entry_each(
        c,
        &place.anchor,
        ("stages", "stage", ItemKind::SanctionsStage),
        board.stages.iter().map(|s| s.stage.as_str()),
        session.sanctions.iter().map(|s| s.id.as_str()),
        &|id| stage_ids.contains(id),
    );
    let option_ids: HashSet<&str> = session
        .border
        .options
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    one_entry_each(
        c,
        &place.anchor,
        ("border_options", "option", ItemKind::BorderOption),
        board.border_options.iter().map(|o| o.option.as_str()),
        session.border.options.iter().map(|o| o.id.as_str()),
        &|id| option_ids.contains(id),
    );

    let mut ratifiers: HashSet<&str> = HashSet::new();
    for (index, ratification) in board.ratifications.iter().enumerate() {
        let participant = ratification.participant.as_str();
        let anchor = || {
            if v1 {
                vec![
                    key("border"),
                    key("ratifications"),
                    nth_key("participant", index),
                ]
            } else {
                at_board(&[key("ratifications"), nth_key("participant", index)])
            }
        };
        if !(known.participant)(participant) {
            c.push(
                ProblemKind::UnknownParticipant {
                    item: Item::Ratification { number: index + 1 },
                    id: participant.to_owned(),
                },
                anchor(),
            );
        } else if !ratifiers.insert(participant) {
            c.push(
                ProblemKind::DuplicateRatification {
                    participant: participant.to_owned(),
                },
                anchor(),
            );
        }
    }

    if let Some(gate) = &board.regional_gate {
        let at = At {
            item: &|| Item::RegionalGate,
            anchor: &|field| {
                if v1 {
                    vec![key("regional_gate"), key(field)]
                } else {
                    at_board(&[key("regional_gate"), key(field)])
                }
            },
        };
        if !(known.track)(gate.track.as_str()) {
            c.push(
                ProblemKind::UnknownTrack {
                    item: (at.item)(),
                    id: gate.track.to_string(),
                },
                (at.anchor)("track"),
            );
        }
        c.pct(gate.threshold_pct, "threshold_pct", &at);
    }
}

/// Checks that a board list (`<list>` of the board `board_anchor` finds,
/// entries keyed by `entry_key`, each about an item of kind `what`) has
/// exactly one entry for each defined id, and none for an unknown id.
fn one_entry_each<'a>(
    c: &mut Collector,
    board_anchor: &[Needle],
    (list, entry_key, what): (&'static str, &'static str, ItemKind),
    entries: impl Iterator<Item = &'a str>,
    defined: impl Iterator<Item = &'a str>,
    is_defined: &dyn Fn(&str) -> bool,
) {
    let mut seen: HashSet<&str> = HashSet::new();
    for (index, entry) in entries.enumerate() {
        if !is_defined(entry) {
            c.push(
                ProblemKind::UnknownBoardEntry {
                    what,
                    id: entry.to_owned(),
                },
                extended(board_anchor, [key(list), nth_key(entry_key, index)]),
            );
        } else if !seen.insert(entry) {
            c.push(
                ProblemKind::DuplicateBoardEntry {
                    what,
                    id: entry.to_owned(),
                },
                extended(board_anchor, [key(list), value(entry_key, entry, 1)]),
            );
        }
    }
    for id in defined {
        if !seen.contains(id) && is_defined(id) {
            c.push(
                ProblemKind::MissingBoardEntry {
                    what,
                    id: id.to_owned(),
                },
                extended(board_anchor, [key(list)]),
            );
        }
    }
}

fn validate_track(c: &mut Collector, track: &Track, parts: &Parts<'_>, v1: bool) {
    let track_id = track.id.as_str();
    let at = At {
        item: &|| named(ItemKind::Track, track_id, &track.name),
        anchor: &|field| vec![key("tracks"), id(track_id, 0), key(field)],
    };
    c.name(&track.name, "name", &at);
    c.source(&track.source, parts, &at);
    if !track.weight.is_finite() {
        c.push(
            ProblemKind::NotFinite {
                item: (at.item)(),
                field: "weight",
                value: track.weight,
            },
            (at.anchor)("weight"),
        );
    } else if track.weight < 0.0 {
        c.push(
            ProblemKind::NegativeWeight {
                item: (at.item)(),
                value: track.weight,
            },
            (at.anchor)("weight"),
        );
    }
    let milestones_list = [key("tracks"), id(track_id, 0), key("milestones")];
    if !v1 {
        // Version-1 milestones had no ids; the migration numbers them.
        c.ids(
            ItemKind::Milestone,
            track.milestones.iter().map(|m| m.id.as_str()),
            &milestones_list,
        );
    }
    for (index, milestone) in track.milestones.iter().enumerate() {
        let at = At {
            item: &|| Item::Milestone {
                number: index + 1,
                name: milestone.name.clone(),
                track: track_id.to_owned(),
            },
            anchor: &|field| {
                let mut anchor = milestones_list.to_vec();
                if v1 {
                    anchor.push(nth_key(field, index));
                } else {
                    anchor.extend([id(milestone.id.as_str(), 0), key(field)]);
                }
                anchor
            },
        };
        c.name(&milestone.name, "name", &at);
        c.pct(milestone.position_pct, "position_pct", &at);
        c.source(&milestone.source, parts, &at);
    }
    for (index, precedent) in track.precedents.iter().enumerate() {
        let at = At {
            item: &|| Item::Precedent {
                number: index + 1,
                track: track_id.to_owned(),
            },
            anchor: &|field| {
                vec![
                    key("tracks"),
                    id(track_id, 0),
                    key("precedents"),
                    nth_key(field, index),
                ]
            },
        };
        c.source(&precedent.source, parts, &at);
    }
}

/// `track "track-3" (Nuclear security)`, or without the name when it is
/// blank (the name in the reader's language, else in the other).
fn named(kind: ItemKind, id: &str, name: &Text) -> Item {
    Item::Named {
        kind,
        id: id.to_owned(),
        name: name.clone(),
    }
}

/// Fills in each problem's position by finding its item in `text`, and
/// sorts the problems in file order.
pub(crate) fn locate(problems: &mut [Problem], text: &str) {
    let lines = LineIndex::new(text);
    for problem in problems.iter_mut() {
        problem.position = find(text, &problem.anchor).map(|offset| lines.position(text, offset));
    }
    // Problems that could not be found stay in check order, after the others.
    problems.sort_by_key(|p| (p.position.is_none(), p.position));
}

/// The byte offset of the last needle found, searching each after the one
/// before; as far as the search got when a needle is missing.
fn find(text: &str, anchor: &[Needle]) -> Option<usize> {
    let mut found = None;
    let mut from = 0;
    for needle in anchor {
        let Some(at) = find_one(text, from, needle) else {
            break;
        };
        found = Some(at);
        from = at + 1;
    }
    found
}

fn find_one(text: &str, from: usize, needle: &Needle) -> Option<usize> {
    let rest = text.get(from..)?;
    match needle {
        Needle::Key { key, nth } => rest
            .match_indices(key)
            .map(|(at, _)| at)
            .filter(|&at| is_field_key(rest, at, key.len()))
            .nth(*nth)
            .map(|at| from + at),
        Needle::Value { key, value, nth } => {
            let literal = ron::to_string(value).ok()?;
            rest.match_indices(literal.as_str())
                .map(|(at, _)| at)
                .filter_map(|at| key_before(rest, at, key))
                .nth(*nth)
                .map(|at| from + at)
        }
        Needle::Literal(value) => {
            let literal = ron::to_string(value).ok()?;
            rest.find(literal.as_str()).map(|at| from + at)
        }
    }
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `text[at..at + len]` is a whole identifier followed by `:`.
fn is_field_key(text: &str, at: usize, len: usize) -> bool {
    let before_ok = !text[..at].chars().next_back().is_some_and(is_ident_char);
    let after = &text[at + len..];
    before_ok
        && !after.chars().next().is_some_and(is_ident_char)
        && after.trim_start().starts_with(':')
}

/// When the value at `at` is written as `key: value`, the offset of `key`.
fn key_before(text: &str, at: usize, key: &str) -> Option<usize> {
    let before = text[..at].trim_end().strip_suffix(':')?.trim_end();
    let key_at = before.strip_suffix(key).map(str::len)?;
    is_field_key(text, key_at, key.len()).then_some(key_at)
}

/// Line starts of a text, for turning many offsets into positions.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(at, _)| at + 1));
        Self { starts }
    }

    fn position(&self, text: &str, offset: usize) -> TextPosition {
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        TextPosition {
            line,
            column: 1 + text.get(start..offset).map_or(0, |s| s.chars().count()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_fields_of_an_item_by_its_id() {
        let text = "(\n tracks: [\n  (id: \"a\", progress_pct: 1),\n  (id: \"b\",\n   progress_pct: 140),\n ],\n)";
        let anchor = vec![key("tracks"), id("b", 0), key("progress_pct")];
        let offset = find(text, &anchor).expect("found");
        assert_eq!(
            LineIndex::new(text).position(text, offset),
            TextPosition { line: 5, column: 4 }
        );
    }

    #[test]
    fn keys_must_be_whole_words_followed_by_a_colon() {
        let text = "(track_minimums: [], xtrack: 1, track : 2)";
        let offset = find_one(text, 0, &key("track")).expect("found");
        assert_eq!(&text[offset..offset + 9], "track : 2");
    }

    #[test]
    fn missing_needles_stop_at_the_last_found() {
        let text = "(tracks: [(id: \"a\")])";
        let anchor = vec![key("tracks"), id("a", 0), key("weight")];
        assert_eq!(find(text, &anchor), Some(11));
    }
}
