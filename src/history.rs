//! Undo and redo: a snapshot of the document before each applied command.
//!
//! Commands with the same coalesce key inside one gesture (a drag, a slider
//! move, typing in one field) share one snapshot, so one gesture is one
//! undo step. Every state of the document has a generation number; undoing
//! back to the saved generation makes the document clean again.

use crate::model::Session;

/// How many undo steps are kept.
pub const MAX_UNDO_STEPS: usize = 200;

/// Seconds after which typing in the same field starts a new undo step.
const COALESCE_WINDOW_SECS: f64 = 1.5;

#[derive(Clone, Debug)]
struct Entry {
    before: Session,
    generation_before: u64,
    label: &'static str,
}

/// Undo and redo stacks.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
    open_gesture: Option<(String, f64)>,
    generation: u64,
    last_generation: u64,
}

impl History {
    /// Records that a command labelled `label` has just changed the
    /// document, which was `before` (taken by value: the caller's snapshot
    /// becomes the undo step, with no second copy).
    pub fn record(
        &mut self,
        before: Session,
        label: &'static str,
        coalesce_key: Option<String>,
        now_secs: f64,
    ) {
        let continues_gesture = match (&coalesce_key, &self.open_gesture) {
            (Some(key), Some((open_key, last))) => {
                key == open_key && now_secs - last < COALESCE_WINDOW_SECS
            }
            _ => false,
        };
        self.open_gesture = coalesce_key.map(|key| (key, now_secs));
        let generation_before = self.generation;
        self.last_generation += 1;
        self.generation = self.last_generation;
        if continues_gesture {
            return;
        }
        self.undo.push(Entry {
            before,
            generation_before,
            label,
        });
        if self.undo.len() > MAX_UNDO_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
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
        let before = std::mem::replace(session, entry.before);
        self.undo.push(Entry {
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
        self.last_generation += 1;
        self.generation = self.last_generation;
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
        session.title = "changed".to_owned();
        history.record(before, "Rename", None, 0.0);
        assert_ne!(history.generation(), start);
        let changed = history.generation();
        assert!(history.undo(&mut session));
        assert_eq!(history.generation(), start);
        assert_eq!(session.title, "Untitled session");
        assert!(history.redo(&mut session));
        assert_eq!(history.generation(), changed);
        assert_eq!(session.title, "changed");
    }

    #[test]
    fn a_gesture_is_one_step_but_a_new_generation() {
        let mut history = History::default();
        let session = Session::empty();
        history.record(session.clone(), "Move", Some("k".into()), 0.0);
        let first = history.generation();
        history.record(session.clone(), "Move", Some("k".into()), 0.1);
        assert_ne!(history.generation(), first);
        assert_eq!(history.undo.len(), 1);
        history.end_gesture();
        history.record(session.clone(), "Move", Some("k".into()), 0.2);
        assert_eq!(history.undo.len(), 2);
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
