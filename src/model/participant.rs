//! Who sits at the tables: states and international bodies.

use serde::{Deserialize, Serialize};

use super::{ParticipantId, Text};

/// A colour as red, green, blue bytes (`(0, 71, 160)` in the file).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// Whether a participant is a state or an international body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ParticipantKind {
    /// A state, such as the ROK or China.
    State,
    /// An international body, such as the UN Security Council or the OPCW.
    InternationalBody,
}

impl ParticipantKind {
    /// Every kind.
    pub const ALL: [Self; 2] = [Self::State, Self::InternationalBody];

    /// The catalogue id of its label ("State", "International body"); the
    /// UI looks it up in the user's language.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::State => "board-participant-kind-state",
            Self::InternationalBody => "board-participant-kind-international-body",
        }
    }
}

/// A participant that can take a seat on one or more tracks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    /// Stable id referenced by seats, e.g. `"rok"`.
    pub id: ParticipantId,
    /// Short label shown on the chip, e.g. `"ROK"`.
    pub short_label: Text,
    /// Full name shown in tooltips, e.g. `"Republic of Korea (South Korea)"`.
    pub full_name: Text,
    /// Chip colour.
    pub colour: Rgb,
    /// State or international body.
    pub kind: ParticipantKind,
}
