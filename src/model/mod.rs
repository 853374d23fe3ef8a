//! The session document and the rules that read it.
//!
//! Plain data and pure functions: nothing here knows about egui, files or
//! the clock, so every rule is unit-tested on its own and the board can be
//! drawn from any document (live, side by side, or offscreen for export).

mod border;
pub mod generate;
mod ids;
pub mod look;
mod participant;
pub mod rules;
mod sanctions;
mod session;
mod track;

pub use border::{
    Armistice, BorderOption, BorderOptionKind, BorderQuestion, BorderStatus, Ratification,
    RatificationStatus,
};
pub use ids::{BorderOptionId, ParticipantId, StageId, TrackId};
pub use participant::{Participant, ParticipantKind, Rgb};
pub use sanctions::{SanctionsStage, StageStatus, TrackMinimum};
pub use session::{CURRENT_VERSION, ConveneGate, Session};
pub use track::{Milestone, Role, Seat, Track, TrackStatus};

/// Progress and thresholds are percentages in this closed range.
pub const PCT_RANGE: std::ops::RangeInclusive<f32> = 0.0..=100.0;
