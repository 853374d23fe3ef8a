# Peacemap English catalogue, part "shell": menus, toolbar, status bar, modals, help and file dialogs (src/app.rs, src/ui/{menu_bar,status_bar,modals,help}.rs, src/file_dialog.rs, src/document.rs).

## Window and file name
shell-untitled = Untitled
shell-file-unsaved = { $file } • unsaved changes
shell-file-not-saved-yet = Not saved to a file yet
shell-drop-overlay = Drop a .ron session to open it
shell-lang-toggle = Language: { $current }. Switch to { $other }

## Menus
shell-menu-file = File
shell-menu-open-recent = Open recent
shell-menu-edit = Edit
shell-menu-view = View
shell-menu-help = Help
shell-zoom-in = Zoom in
shell-zoom-out = Zoom out
shell-zoom-reset = Reset zoom
shell-nothing-to-undo = Nothing to undo
shell-undo-what = Undo: { $edit }

## App commands (menus, shortcuts, Help)
shell-command-undo = Undo
shell-command-undo-tooltip = Take back the last change
shell-command-redo = Redo
shell-command-redo-tooltip = Put back the change you took back
shell-command-close-inspector = Close inspector
shell-command-close-inspector-tooltip = Close the track inspector
shell-command-next-track = Next track
shell-command-next-track-tooltip = Select the track below
shell-command-previous-track = Previous track
shell-command-previous-track-tooltip = Select the track above
shell-command-new = New session
shell-command-new-tooltip = Start a new, unsaved session from the six-track template
shell-command-open = Open…
shell-command-open-tooltip = Open a session file
shell-command-save = Save
shell-command-save-tooltip = Save the session to its file
shell-command-save-as = Save as…
shell-command-save-as-tooltip = Save the session to a new file

## Status bar
shell-status-hint = Drag a lane's vehicle or use its slider · click a lane to inspect it · Ctrl+Z undo · Ctrl+= zoom
shell-status-error = ⚠ { $message }
shell-status-drag-cancelled = Drag cancelled: the board is as it was before it
shell-status-undid = Undid: { $edit }
shell-status-redid = Redid: { $edit }
shell-status-edit-failed = { $edit }: { $error }
shell-status-new-session = New session from the six-track template
shell-status-opened = Opened { $path }
shell-status-opened-with-warnings = Opened { $path } with { $count } unknown field(s): saving leaves them out
shell-status-open-failed = Could not open { $path }
shell-status-not-found = Not found: { $path }
shell-status-saved = Saved { $path }
shell-status-not-saved = Not saved: { $path }
shell-status-dialog-already-open = A file dialog is already open: choose a file there or close it first.
shell-status-no-native-dialog = This system has no file dialog of its own: using Peacemap's.
shell-status-restored = Restored the work saved before Peacemap stopped
shell-status-recovery-write-failed = Could not write the recovery copy: { $error }
shell-status-recovery-off = Crash recovery is off for this window: { $error }
shell-status-bundled-unreadable = The bundled session could not be read: { $error }

## Modal windows
shell-ok = OK
shell-unsaved-title = Save changes?
shell-unsaved-before-new = “{ $file }” has changes that are not saved. Save them before starting a new session?
shell-unsaved-before-open = “{ $file }” has changes that are not saved. Save them before opening another session?
shell-unsaved-before-close = “{ $file }” has changes that are not saved. Save them before closing?
shell-unsaved-save = Save
shell-unsaved-discard = Don't save
shell-unsaved-discard-tooltip = Throw the changes away
shell-unsaved-cancel = Cancel
shell-unsaved-cancel-tooltip = Go back to the session
shell-error-title = ⚠ { $title }
shell-error-unchanged = The session that was open has not changed.
shell-warnings-title = ⚠ “{ $file }” opened with warnings
shell-warnings-explained = Peacemap does not know these fields. They are not part of the open session, and saving will leave them out of the file:
shell-warnings-advice = Check the spelling against docs/session-format.md, or keep a copy of the file before saving.
shell-recovery-title = Restore unsaved work?
shell-recovery-unsaved-session = an unsaved session
shell-recovery-offer = Peacemap stopped before “{ $title }” ({ $from }) was saved. A copy of that work was kept.
shell-recovery-restore = Restore
shell-recovery-discard = Discard
shell-recovery-discard-tooltip = Delete the copy and start as usual
shell-recovery-unreadable-title = Recovery copy unreadable
shell-recovery-copy-gone = the copy has gone
shell-recovery-unreadable = Peacemap found work saved before it last stopped, but could not read it: { $reason }

    The copy is kept at { $path }.
shell-new-failed-title = Could not start a new session
shell-open-failed-title = Could not open the session
shell-save-failed-title = Could not save the session
shell-recent-missing-title = File not found
shell-recent-missing = “{ $name }” is no longer at { $path } (moved, renamed or deleted). It has been removed from the recent files.

## Help menu
shell-help-reading = Reading the highway
shell-help-lanes = Each lane is one negotiating track. The vehicle shows how far it has come; drag it, or focus it with Tab and use the arrow keys.
shell-help-signs = Road signs are milestones: they light up once reached.
shell-help-hazards = Hazard stripes mark a stalled lane; a red and white barrier marks a table that convenes later.
shell-help-roles = Roles on the chips
shell-help-role = { $role }: { $explanation }
shell-help-keyboard = Keyboard
shell-help-key-tab = Tab
shell-help-tab = Move to the next control
shell-help-key-arrows = ← → ↑ ↓
shell-help-arrows = Move a focused vehicle by 1 %
shell-help-key-shift-arrows = Shift + arrows
shell-help-shift-arrows = Move it by 10 %
shell-help-key-home-end = Home / End
shell-help-home-end = Move it to 0 % / 100 %
shell-help-key-zoom = Ctrl + = / -
shell-help-zoom = Zoom in / out

## File dialogs (the system's own, and Peacemap's in-app one)
shell-dialog-open-title = Open session
shell-dialog-save-title = Save session as
shell-dialog-filter-session = Peacemap session
shell-dialog-filter-all = All files
shell-dialog-open = Open
shell-dialog-save = Save
shell-dialog-cancel = Cancel
shell-dialog-new-folder = New folder
shell-dialog-new-folder-name = New folder
shell-dialog-rename = Rename
shell-dialog-refresh = Refresh
shell-dialog-parent-folder = Parent folder
shell-dialog-file-label = File:
shell-dialog-show-hidden = Show hidden
