//! The inter-Korean border options (track 1), the armistice question and
//! the US/China ratification of whatever the two Koreas agree.

use serde::{Deserialize, Serialize};

use super::{BorderOptionId, ParticipantId, Source, Text};

/// Which of the three border options this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BorderOptionKind {
    /// The Military Demarcation Line becomes the permanent border.
    PermanentMdl,
    /// The MDL serves until a later settlement.
    Interim,
    /// The two Koreas talk about confederation or unification.
    Confederation,
}

/// Where a border option stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BorderStatus {
    /// Under discussion.
    OnTable,
    /// Favoured by the parties.
    Preferred,
    /// Agreed.
    Agreed,
    /// Ruled out.
    Rejected,
}

impl BorderStatus {
    /// Every status, in the order menus show them.
    pub const ALL: [Self; 4] = [Self::OnTable, Self::Preferred, Self::Agreed, Self::Rejected];

    /// The catalogue id of its short label (sentence case), e.g.
    /// "On the table"; the UI looks it up in the user's language.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::OnTable => "board-border-status-on-table",
            Self::Preferred => "board-border-status-preferred",
            Self::Agreed => "board-border-status-agreed",
            Self::Rejected => "board-border-status-rejected",
        }
    }
}

/// One border option card (its status on a board is a [`BorderOptionState`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BorderOption {
    /// Stable id, e.g. `"border-mdl"`.
    pub id: BorderOptionId,
    /// Which option.
    pub kind: BorderOptionKind,
    /// Name on the card.
    pub name: Text,
    /// What it means, in one or two sentences.
    pub summary: Text,
    /// A precedent to learn from.
    pub precedent: Text,
    /// Where the option comes from.
    pub source: Source,
}

/// Where one border option stands on a board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BorderOptionState {
    /// The option.
    pub option: BorderOptionId,
    /// Where it stands.
    pub status: BorderStatus,
}

/// The open question of the 1953 armistice once the war is declared over.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Armistice {
    /// The question, in plain words.
    pub question: Text,
    /// The current thinking, free text.
    pub notes: Text,
}

/// Whether a ratifier has confirmed the inter-Korean agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RatificationStatus {
    /// Not yet.
    Pending,
    /// Ratified.
    Ratified,
}

impl RatificationStatus {
    /// Every status.
    pub const ALL: [Self; 2] = [Self::Pending, Self::Ratified];

    /// The catalogue id of its short label (sentence case), e.g.
    /// "Ratified"; the UI looks it up in the user's language.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Pending => "board-ratification-pending",
            Self::Ratified => "board-ratification-ratified",
        }
    }
}

/// A ratifier of what the two Koreas agree (the US and China).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ratification {
    /// Who ratifies.
    pub participant: ParticipantId,
    /// Whether they have.
    pub status: RatificationStatus,
}

/// What does not change about the inter-Korean border from step to step:
/// the option cards and the armistice question. Their statuses and the
/// ratifications are on the board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BorderQuestion {
    /// The option cards.
    pub options: Vec<BorderOption>,
    /// The armistice question.
    pub armistice: Armistice,
}
