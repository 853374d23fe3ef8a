# Scenarios, steps, the timeline, playback and the baseline comparison.

## Scenario and step edits (undo menu, status bar)
story-edit-add-scenario = Add the scenario { $scenario }
story-edit-duplicate-scenario = Duplicate the scenario { $scenario }
story-edit-rename-scenario = Rename the scenario { $scenario }
story-edit-delete-scenario = Delete the scenario { $scenario }
story-edit-capture-step = Capture the step { $step } in { $scenario }
story-edit-rename-step = Rename the step { $step }
story-edit-redate-step = Change the date of the step { $step }
story-edit-annotate-step = Edit the notes of the step { $step }
story-edit-delete-step = Delete the step { $step }
story-edit-move-step = Move the step { $step }

## The timeline strip, its cards, the step banner and the step editor
timeline-strip = Steps of { $scenario }
timeline-live = Live board
timeline-live-tooltip = The session's own board, not part of any scenario. Click to show it; board edits then change only it.
timeline-card = Step { $number }: { $title }, { $date }
timeline-card-undated = Step { $number }: { $title }
timeline-card-tooltip = Click to show this step, drag to move it in the story.
timeline-untitled = (untitled step)
timeline-no-scenario = No scenario yet: set up the board, then "Capture step" starts one.
timeline-no-steps = No steps yet: set up the board, then "Capture step" records it.
timeline-capture = Capture step
timeline-capture-tooltip = Record the board on screen as a new step right after the current one, and show it
timeline-command-previous-step = Previous step
timeline-command-previous-step-tooltip = Show the step before the one on screen
timeline-command-next-step = Next step
timeline-command-next-step-tooltip = Show the step after the one on screen
timeline-status-captured = Captured "{ $step }" in { $scenario }: the board on screen is now this step.
timeline-status-last-step = This is the last step of { $scenario }.
step-banner-editing = Editing step { $number } of { $count }: "{ $title }" — changes go to this step
step-banner-playing = Playing: step { $number } of { $count }, "{ $title }" — the board is read-only until you pause
step-banner-live = Live board — not part of a scenario
step-default-title = Step { $number }
step-editor-heading = Step { $number } of { $count }
step-editor-choose = Choose a step on the strip to rename it, change its date or write its notes.
step-title = Title
step-title-field = Step title
step-title-hint = A short title
step-date = Date
step-date-field = Step date label
step-date-hint = e.g. late 2018
step-notes-field = Step notes
step-notes-hint = What happens at this step, in your own words
step-move-earlier = Move earlier
step-move-earlier-tooltip = Move this step one place earlier in the story
step-move-later = Move later
step-move-later-tooltip = Move this step one place later in the story
step-delete = Delete step
step-delete-tooltip = Delete this step; Undo brings it back
step-status-deleted = Deleted the step "{ $step }". Undo (Ctrl+Z) brings it back.
scenario-picker = Scenario
scenario-picker-tooltip = The story the timeline shows
scenario-unnamed = (unnamed scenario)
scenario-none = No scenario
scenario-new = New
scenario-new-tooltip = Start a new, empty scenario
scenario-duplicate = Duplicate
scenario-duplicate-tooltip = Copy this scenario with all its steps
scenario-rename = Rename
scenario-rename-tooltip = Rename this scenario in the current language
scenario-rename-field = Scenario name
scenario-rename-done = Done
scenario-delete = Delete
scenario-delete-tooltip = Delete this scenario and its steps; Undo brings them back
scenario-default-name = Scenario { $number }
scenario-copy-name = { $scenario } (copy)
scenario-status-deleted = Deleted the scenario "{ $scenario }" and its { $count ->
    [one] step
   *[other] { $count } steps
}. Undo (Ctrl+Z) brings it back.

## Playback and the baseline comparison (the bar above the timeline)
# Percentages arrive as numbers already written out ({ $from } 40 gives "40%").
# No arrows: egui's default font has no "→" and falls back to a tiny icon glyph.
playback-command = Play or pause
playback-command-tooltip = Play the scenario from the step on screen to its last step, or pause it
playback-play = Play
playback-play-tooltip = Play the scenario from the step on screen to its last step: vehicles slide, chips fade in and out
playback-pause = Pause
playback-pause-tooltip = Stop on the step last reached
playback-cannot-play = Nothing to play yet: a scenario needs at least two steps
playback-speed = Playback speed
playback-speed-half = 0.5×
playback-speed-normal = 1×
playback-speed-double = 2×
playback-speed-quadruple = 4×
playback-speed-instant = Instant (no animation)
playback-position = Step { $number } of { $count }: { $title } ({ $date })
playback-position-undated = Step { $number } of { $count }: { $title }
playback-live-board = Live board (not a step)
playback-edits-pause = Playing: the board is read-only until you pause
baseline-label = Baseline
baseline-picker = Baseline to compare with
baseline-picker-tooltip = Compare the board with a step of any scenario: lanes that differ are outlined and every difference is listed
baseline-none = None
baseline-step = { $title } ({ $date })
baseline-differences = Differences from { $step } ({ $count })
baseline-no-differences = The board is the same as the baseline
baseline-change = { $item }: from { $from } to { $to }
baseline-progress = { $track }: from { $from }% to { $to }%
baseline-progress-status = { $track }: from { $from }% to { $to }%, { $status }
baseline-seat-joined = { $participant } joins { $track } as { $role }
baseline-seat-left = { $participant } leaves { $track }
baseline-seat-role = { $participant } at { $track }: from { $from } to { $to }
baseline-ratification = Ratification by { $participant }: from { $from } to { $to }
baseline-absent = none
baseline-gate = Regional gate on { $track }: from { $from } to { $to }
baseline-gate-at = { $pct }%
baseline-gate-at-on = { $pct }% on { $track }
baseline-gate-none = no gate
