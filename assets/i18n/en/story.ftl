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
