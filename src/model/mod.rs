//! The session document and the rules that read it.
//!
//! Plain data and pure functions: nothing here knows about egui, files or
//! the clock, so every rule is unit-tested on its own and the board can be
//! drawn from any document (live, side by side, or offscreen for export).

mod board;
mod border;
pub mod compare;
pub mod generate;
mod ids;
pub mod look;
mod participant;
pub mod rules;
mod sanctions;
mod scenario;
mod session;
mod source;
mod text;
mod track;
pub mod transition;

pub use board::{Board, ConveneGate};
pub use border::{
    Armistice, BorderOption, BorderOptionKind, BorderOptionState, BorderQuestion, BorderStatus,
    Ratification, RatificationStatus,
};
pub use ids::{BorderOptionId, MilestoneId, ParticipantId, ScenarioId, StageId, StepId, TrackId};
pub use participant::{Participant, ParticipantKind, Rgb};
pub use sanctions::{SanctionsStage, StageState, StageStatus, TrackMinimum};
pub use scenario::{BoardRef, Scenario, Step};
pub use session::{CURRENT_VERSION, Session};
pub use source::{Attribution, Source};
pub use text::{Lang, Text};
pub use track::{Milestone, Precedent, Role, Seat, Track, TrackState, TrackStatus};

/// Progress and thresholds are percentages in this closed range.
pub const PCT_RANGE: std::ops::RangeInclusive<f32> = 0.0..=100.0;
