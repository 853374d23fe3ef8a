//! Undo and redo: a snapshot of the document before each applied command.
//!
//! Commands with the same coalesce key inside one gesture (a drag, a slider
//! move, typing in one field) share one snapshot, so one gesture is one
//! undo step.

use crate::model::Session;

/// How many undo steps are kept.
pub const MAX_UNDO_STEPS: usize = 200;

/// Seconds after which typing in the same field starts a new undo step.
const COALESCE_WINDOW_SECS: f64 = 1.5;

#[derive(Clone, Debug)]
struct Entry {
    before: Session,
    label: &'static str,
}

/// Undo and redo stacks.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
    open_gesture: Option<(String, f64)>,
}

impl History {
    /// Records that a command labelled `label` is about to change `before`.
    pub fn record(&mut self, before: &Session, label: &'static str, coalesce_key: Option<String>, now_secs: f64) {
        let continues_gesture = match (&coalesce_key, &self.open_gesture) {
            (Some(key), Some((open_key, last))) => key == open_key && now_secs - last < COALESCE_WINDOW_SECS,
            _ => false,
        };
        self.open_gesture = coalesce_key.map(|key| (key, now_secs));
        if continues_gesture {
            return;
        }
        self.undo.push(Entry { before: before.clone(), label });
        if self.undo.len() > MAX_UNDO_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Ends the current gesture: the next command starts a new undo step.
    pub fn end_gesture(&mut self) {
        self.open_gesture = None;
    }

    /// Label of the step undo would revert.
    pub fn undo_label(&self) -> Option<&'static str> {
        self.undo.last().map(|e| e.label)
    }

    /// Label of the step redo would reapply.
    pub fn redo_label(&self) -> Option<&'static str> {
        self.redo.last().map(|e| e.label)
    }

    /// Reverts the last step. Returns false if there was nothing to undo.
    pub fn undo(&mut self, session: &mut Session) -> bool {
        self.open_gesture = None;
        let Some(entry) = self.undo.pop() else {
            return false;
        };
        let after = std::mem::replace(session, entry.before);
        self.redo.push(Entry { before: after, label: entry.label });
        true
    }

    /// Reapplies the last undone step. Returns false if there was nothing to redo.
    pub fn redo(&mut self, session: &mut Session) -> bool {
        self.open_gesture = None;
        let Some(entry) = self.redo.pop() else {
            return false;
        };
        let before = std::mem::replace(session, entry.before);
        self.undo.push(Entry { before, label: entry.label });
        true
    }

    /// Forgets everything (after opening another document).
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}
