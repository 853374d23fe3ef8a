//! Undo and redo: one snapshot of the document per gesture.
//!
//! A gesture is a run of commands with the same coalesce key (a drag, a
//! slider move, typing in one field). The snapshot is taken once, when the
//! gesture starts; commands that continue it are applied with no copy at
//! all ([`History::continues_gesture`] tells the caller which case it is
//! in). Every state of the document has a generation number; undoing back
//! to the saved generation makes the document clean again.
//!
//! A step keeps only what its command can change ([`Snapshot`]): a board
//! edit keeps the one board it edits, anything else the whole session.

use std::collections::VecDeque;

use crate::command::Command;
use crate::model::{Board, BoardRef, Session, Text};

/// What an undo step keeps of the document as it was before the step.
#[derive(Clone, Debug, PartialEq)]
pub enum Snapshot {
    /// The whole session.
    Session(Box<Session>),
    /// One board (the live board or a step's): a board edit changes
    /// nothing else, and copying one board is far cheaper than the session.
    Board {
        /// Which board.
        at: BoardRef,
        /// The board as it was.
        board: Box<Board>,
    },
}

impl Snapshot {
    /// What `command` may change in `session`, copied before it is applied:
    /// the board a board edit names, else the whole session.
    pub fn before(session: &Session, command: &Command) -> Self {
        if let Command::Board { on, .. } = command
            && let Some(board) = session.board_at(on)
        {
            return Self::Board {
                at: on.clone(),
                board: Box::new(board.clone()),
            };
        }
        Self::Session(Box::new(session.clone()))
    }

    /// Puts this snapshot back into `session` and returns what it replaced,
    /// in the same shape (so undo's snapshot becomes redo's). Gives itself
    /// back, with `session` untouched, if the board it names is gone —
    /// which the order of undo and redo rules out: every later step is
    /// undone first.
    fn swap_into(self, session: &mut Session) -> Result<Self, Self> {
        match self {
            Self::Session(before) => {
                Ok(Self::Session(Box::new(std::mem::replace(session, *before))))
            }
            Self::Board { at, board } => match session.board_at_mut(&at) {
                Some(slot) => {
                    let replaced = std::mem::replace(slot, *board);
                    Ok(Self::Board {
                        at,
                        board: Box::new(replaced),
                    })
                }
                None => Err(Self::Board { at, board }),
            },
        }
    }
}

impl From<Session> for Snapshot {
    fn from(session: Session) -> Self {
        Self::Session(Box::new(session))
    }
}

/// How many undo steps are kept.
pub const MAX_UNDO_STEPS: usize = 200;

/// Seconds after which typing in the same field starts a new undo step.
const COALESCE_WINDOW_SECS: f64 = 1.5;

#[derive(Clone, Debug)]
struct Entry {
    before: Snapshot,
    generation_before: u64,
    label: Text,
}

/// Undo and redo stacks.
#[derive(Clone, Debug, Default)]
pub struct History {
    /// Oldest first; capped at [`MAX_UNDO_STEPS`] by dropping from the front.
    undo: VecDeque<Entry>,
    redo: Vec<Entry>,
    open_gesture: Option<(String, f64)>,
    generation: u64,
    last_generation: u64,
}

impl History {
    /// Whether a command with `coalesce_key`, applied at `now_secs`, belongs
    /// to the gesture already open: then the document needs no snapshot
    /// before it ([`Self::record_continued`] after it changed).
    pub fn continues_gesture(&self, coalesce_key: Option<&str>, now_secs: f64) -> bool {
        match (coalesce_key, &self.open_gesture) {
            (Some(key), Some((open_key, last))) => {
                key == open_key && now_secs - last < COALESCE_WINDOW_SECS
            }
            _ => false,
        }
    }

    /// Records a new undo step: a command labelled `label` has just changed
    /// the document, which was `before` (taken by value: the caller's
    /// snapshot becomes the step). With a `coalesce_key`, this opens a
    /// gesture that later commands can continue.
    pub fn record(
        &mut self,
        before: Snapshot,
        label: Text,
        coalesce_key: Option<String>,
        now_secs: f64,
    ) {
        self.open_gesture = coalesce_key.map(|key| (key, now_secs));
        let generation_before = self.generation;
        self.next_generation();
        self.undo.push_back(Entry {
            before,
            generation_before,
            label,
        });
        while self.undo.len() > MAX_UNDO_STEPS {
            self.undo.pop_front();
        }
        self.redo.clear();
    }

    /// Records that a command continuing the open gesture changed the
    /// document at `now_secs`: a new generation, no new step, no copy.
    pub fn record_continued(&mut self, now_secs: f64) {
        if let Some((_, last)) = &mut self.open_gesture {
            *last = now_secs;
        }
        self.next_generation();
        self.redo.clear();
    }

    fn next_generation(&mut self) {
        self.last_generation += 1;
        self.generation = self.last_generation;
    }

    /// Whether undoing steps one by one reaches `generation` (some undo
    /// step starts from it).
    pub fn undo_reaches(&self, generation: u64) -> bool {
        self.undo.iter().any(|e| e.generation_before == generation)
    }

    /// Drops the step redo would reapply (a cancelled gesture leaves no
    /// trace).
    pub fn forget_redo_step(&mut self) {
        self.redo.pop();
    }

    /// Ends the current gesture: the next command starts a new undo step.
    pub fn end_gesture(&mut self) {
        self.open_gesture = None;
    }

    /// Identifies the current state of the document: equal generations mean
    /// equal documents (compare with the generation last saved).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Number of undo steps kept.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Label of the step undo would revert.
    pub fn undo_label(&self) -> Option<&Text> {
        self.undo.back().map(|e| &e.label)
    }

    /// Label of the step redo would reapply.
    pub fn redo_label(&self) -> Option<&Text> {
        self.redo.last().map(|e| &e.label)
    }

    /// Reverts the last step. Returns false if there was nothing to undo.
    pub fn undo(&mut self, session: &mut Session) -> bool {
        self.open_gesture = None;
        let Some(entry) = self.undo.pop_back() else {
            return false;
        };
        let after = match entry.before.swap_into(session) {
            Ok(replaced) => replaced,
            Err(before) => {
                log::error!("undo: the board of this step is gone; nothing undone");
                self.undo.push_back(Entry { before, ..entry });
                return false;
            }
        };
        self.redo.push(Entry {
            before: after,
            generation_before: self.generation,
            label: entry.label,
        });
        self.generation = entry.generation_before;
        true
    }

    /// Reapplies the last undone step. Returns false if there was nothing to redo.
    pub fn redo(&mut self, session: &mut Session) -> bool {
        self.open_gesture = None;
        let Some(entry) = self.redo.pop() else {
            return false;
        };
        let before = match entry.before.swap_into(session) {
            Ok(replaced) => replaced,
            Err(before) => {
                log::error!("redo: the board of this step is gone; nothing redone");
                self.redo.push(Entry { before, ..entry });
                return false;
            }
        };
        self.undo.push_back(Entry {
            before,
            generation_before: self.generation,
            label: entry.label,
        });
        self.generation = entry.generation_before;
        true
    }

    /// Forgets every step (after opening another document). The new
    /// document gets a generation never used before.
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.open_gesture = None;
        self.next_generation();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_back_to_a_generation_restores_it() {
        let mut history = History::default();
        let mut session = Session::empty();
        let start = history.generation();
        let before = session.clone();
        session.title = "changed".into();
        history.record(before.into(), Text::en("Rename"), None, 0.0);
        assert_ne!(history.generation(), start);
        let changed = history.generation();
        assert!(history.undo(&mut session));
        assert_eq!(history.generation(), start);
        assert_eq!(session.title.en, "Untitled session");
        assert!(history.redo(&mut session));
        assert_eq!(history.generation(), changed);
        assert_eq!(session.title.en, "changed");
    }

    #[test]
    fn a_gesture_is_one_step_but_a_new_generation() {
        let mut history = History::default();
        let session = Session::empty();
        assert!(!history.continues_gesture(Some("k"), 0.0));
        history.record(
            session.clone().into(),
            Text::en("Move"),
            Some("k".into()),
            0.0,
        );
        let first = history.generation();
        assert!(history.continues_gesture(Some("k"), 0.1));
        assert!(!history.continues_gesture(Some("other"), 0.1));
        assert!(!history.continues_gesture(None, 0.1));
        history.record_continued(0.1);
        assert_ne!(history.generation(), first);
        assert_eq!(history.undo_len(), 1);
        // The window runs from the last command of the gesture, not the first.
        assert!(history.continues_gesture(Some("k"), 1.5));
        assert!(!history.continues_gesture(Some("k"), 1.7));
        history.end_gesture();
        assert!(!history.continues_gesture(Some("k"), 0.2));
        history.record(session.into(), Text::en("Move"), Some("k".into()), 0.2);
        assert_eq!(history.undo_len(), 2);
    }

    #[test]
    fn the_oldest_steps_are_dropped_beyond_the_cap() {
        let mut history = History::default();
        let mut session = Session::empty();
        for i in 0..MAX_UNDO_STEPS + 5 {
            let before = session.clone();
            session.title = format!("step {i}").into();
            history.record(before.into(), Text::en("Rename"), None, 0.0);
        }
        assert_eq!(history.undo_len(), MAX_UNDO_STEPS);
        while history.undo(&mut session) {}
        // The five oldest steps are gone: undo stops at step 4.
        assert_eq!(session.title.en, "step 4");
    }

    #[test]
    fn clear_gives_a_fresh_generation() {
        let mut history = History::default();
        let start = history.generation();
        history.clear();
        assert_ne!(history.generation(), start);
        assert!(history.undo_label().is_none());
    }
}
