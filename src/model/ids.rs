//! Readable string ids (`"track-3"`, `"rok"`) so hand-edited files stay legible.

use serde::{Deserialize, Serialize};

macro_rules! string_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// Wraps a string as an id.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id as written in the file.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

string_id!(
    /// Identifies a negotiating track, e.g. `"track-3"`.
    TrackId
);
string_id!(
    /// Identifies a participant, e.g. `"rok"` or `"unsc"`.
    ParticipantId
);
string_id!(
    /// Identifies a sanctions relief stage, e.g. `"stage-1"`.
    StageId
);
string_id!(
    /// Identifies an inter-Korean border option, e.g. `"border-mdl"`.
    BorderOptionId
);
string_id!(
    /// Identifies a milestone within its track, e.g. `"m-3-1"`. Stable
    /// across edits, so a sign keeps its identity when it moves.
    MilestoneId
);
string_id!(
    /// Identifies a scenario of a session, e.g. `"scenario-1"`.
    ScenarioId
);
string_id!(
    /// Identifies a step within its session, e.g. `"step-3"`. Unique
    /// across all scenarios, so a baseline can name a step on its own.
    StepId
);
