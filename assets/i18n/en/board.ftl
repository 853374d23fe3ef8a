# Peacemap English catalogue, part "board": the board and its editors: lanes, chips, signs, gauge, relief, border, inspector, and the labels of model values (src/ui/…, src/model/…).
# Percentages arrive as whole numbers already written out ({ $pct } 45 → "45%").

## The highway
board-no-tracks = This session has no tracks yet.
board-highway = Highway of { $count } tracks
board-lane-label = Lane { $number }: { $track }, { $status }, { $pct }%
board-lane-no-name = Lane { $number } (no name)
board-lane-name-tooltip = { $track }. { $summary }

    Click to inspect and edit this track.
board-lane-format-tooltip = Format: { $format }

    { $explained }
board-lane-status-label = { $track } status: { $status }
board-lane-status-tooltip = Status: { $status }. { $explanation }
board-lane-gate-tooltip = This table convenes once the other tracks reach { $needed }% together (now { $have }%).
board-lane-slider = { $track } progress
board-lane-slider-tooltip = { $slider }: set precisely
board-vehicle-label = { $track } progress, { $pct }%
board-vehicle-tooltip = { $vehicle }. Drag along the road, or focus and use the arrow keys (Shift for steps of 10).
board-sign-reached = Milestone { $number }: { $name } at { $pct }%, reached
board-sign-ahead = Milestone { $number }: { $name } at { $pct }%, not reached
board-closed-sign-gated = Convenes later: opens when the other tracks reach { $needed }% (now { $have }%)
board-closed-sign-deferred = Deferred: convenes later
board-chip-label = { $participant }, { $role } on { $track }
board-chip-tooltip = { $participant } — { $role }
    { $explanation }
board-more-chips = { $count } more participants on { $track }

## The gauge
board-gauge-caption = Cumulative progress
board-gauge-label = Cumulative progress, { $pct }%
board-gauge-tooltip = Weighted mean of every track's progress. Relief stages unlock when it passes their threshold (ticks below the bar: ✔ unlocked, ○ locked). The tick above the bar is the regional gate: the gated track convenes once the other tracks together reach it.
board-gate-closed = Regional gate at { $needed }%: { $track } convenes later, other tracks at { $have }%
board-gate-open = Regional gate at { $needed }%: open, { $track } may convene
board-stage-short-name = Stage { $number }

## Sanctions relief
board-relief-heading = Sanctions relief, in stages
board-relief-heading-tooltip = Relief is judged on progress across all tracks together, and comes in specific steps rather than all at once. Each stage names what is relieved and who must act.
board-relief-none = No relief stages in this session.
board-relief-add = ➕ Add stage
board-relief-add-tooltip = Add a relief stage at the top of the ladder
board-relief-add-label = Add relief stage
board-gate-unknown-track = The gated track
board-gate-convenes-when = { $track } convenes when the other tracks reach
board-gate-threshold = Regional gate threshold
board-new-stage-name = New relief stage
board-new-stage-acting-body = New UN Security Council resolution
board-stage-unlocked = { $stage } · ✔ Unlocked
board-stage-locked = { $stage } · ○ Locked
board-stage-unlocked-words = unlocked
board-stage-locked-words = locked
board-stage-card = { $stage }: { $name }, { $lock }
board-stage-threshold-at = at { $pct }%
board-stage-acts = Acts: { $body }
board-stage-acts-tooltip = The body that must decide before this relief can take effect.
board-stage-missing = Missing: { $what }
board-shortfall-cumulative = cumulative progress { $have }% of { $needed }% needed
board-shortfall-track = { $track } at { $have }% of { $needed }% needed
board-shortfall-unknown-track = unknown track "{ $track }"
board-stage-status = Status
board-stage-status-name = { $stage } status
board-stage-edit = ✏ Edit
board-stage-edit-tooltip = Edit this stage's name, threshold, measures and conditions
board-stage-edit-label = Edit { $stage }
board-stage-field-name = Name
board-stage-name-field = { $stage } name
board-stage-field-threshold = Threshold
board-stage-field-threshold-tooltip = Cumulative progress across all tracks needed before this relief can be sought
board-stage-threshold-field = { $stage } threshold
board-stage-field-acting-body = Acting body
board-stage-acting-body-field = { $stage } acting body
board-stage-field-measures = Measures, one per line
board-stage-measures-field = { $stage } measures
board-stage-field-minimums = Also needs, on particular tracks
board-stage-minimum-field = { $stage } minimum on { $track }
board-stage-minimum-remove = Remove { $stage } minimum on { $track }
board-stage-minimum-remove-tooltip = Drop this condition
board-stage-minimum-add-field = { $stage } add a track minimum
board-stage-minimum-add = Add a track condition…
board-stage-remove = 🗑 Remove stage
board-stage-remove-tooltip = Take this stage off the ladder (Ctrl+Z brings it back)
board-stage-remove-label = Remove { $stage }

## The inter-Korean border
board-border-heading = Inter-Korean border
board-border-heading-tooltip = Options for the line between the two Koreas, discussed on the inter-Korean track. Whatever the two Koreas agree is then ratified by the United States and China.
board-border-precedent = Precedent: { $precedent }
board-border-status-choice = { $option }: { $status }
board-border-option = Border option: { $option }, { $status }
board-armistice-heading = ❓ The 1953 armistice
board-armistice-notes-hint = Your notes on what replaces the armistice…
board-armistice-notes = Armistice notes
board-armistice-question = Armistice question
board-ratified-by = Ratified by
board-ratified-by-tooltip = The United States and China, who signed the 1953 armistice, confirm what the two Koreas agree. Click a chip to toggle.
board-ratification-label = { $participant } ratification: { $status }
board-ratification-tooltip = { $participant } — { $status }. Click to toggle.

## The track inspector
board-inspector-heading = Track { $number }
board-inspector-close = ✖ Close
board-inspector-close-tooltip = Close the inspector (Esc)
board-inspector-name = Name
board-inspector-name-hint = Track name
board-inspector-name-field = Track name
board-inspector-format = Format
board-inspector-format-hint = Who sits at the table
board-inspector-format-field = Track format
board-inspector-status = Status
board-inspector-status-field = Track status
board-inspector-weight = Weight
board-inspector-weight-tooltip = How much this track counts in cumulative progress
board-inspector-weight-field = Track weight
board-inspector-notes = Notes
board-inspector-notes-hint = Notes for this track
board-inspector-notes-field = Track notes
board-inspector-precedents = Precedents
board-bullet = • { $item }
board-inspector-milestones = Milestones
board-inspector-milestones-tooltip = Road signs along the lane. They light up when progress passes them.
board-inspector-milestone-reached = Milestone { $number } reached
board-inspector-milestone-ahead = Milestone { $number } not reached yet
board-inspector-milestone-mark-tooltip = A milestone is reached once the track's progress is at or past it
board-inspector-milestone-name = Milestone { $number } name
board-inspector-milestone-position = Milestone { $number } position
board-inspector-milestone-remove = Remove milestone { $number }
board-inspector-milestone-remove-tooltip = Remove this milestone
board-inspector-new-milestone-hint = New milestone
board-inspector-new-milestone-name = New milestone name
board-inspector-new-milestone-position = New milestone position
board-inspector-add = Add
board-inspector-add-milestone = Add milestone
board-inspector-add-milestone-tooltip = Add this milestone to the track
board-inspector-participants = Participants
board-inspector-participants-tooltip = Who sits at this table, and in what role
board-inspector-role-field = { $participant } role
board-inspector-remove = Remove
board-inspector-remove-seat = Remove { $participant }
board-inspector-remove-seat-tooltip = Take { $participant } off this track
board-inspector-new-seat-field = Participant to add
board-inspector-new-seat-role-field = Role of participant to add
board-inspector-add-seat = Add participant
board-inspector-add-seat-tooltip = Seat this participant at the table
board-missing-name = ⚠ A name is empty: give it one, or the session cannot be saved.

## Labels of model values
board-track-status-not-started = Not started
board-track-status-not-started-explanation = No talks on this track yet.
board-track-status-under-way = Under way
board-track-status-under-way-explanation = The parties are negotiating and moving.
board-track-status-stalled = Stalled
board-track-status-stalled-explanation = Talks are stuck: the lane has stopped moving.
board-track-status-agreed = Agreed
board-track-status-agreed-explanation = The parties have reached agreement on this track.
board-track-status-deferred = Later
board-track-status-deferred-explanation = Held back on purpose until the other tracks give it something to discuss.
board-role-negotiator = Negotiator
board-role-negotiator-explanation = Sits at the table and bargains over the terms.
board-role-ratifier = Ratifier
board-role-ratifier-explanation = Confirms what the negotiators agree.
board-role-implementer = Implementer
board-role-implementer-explanation = Helps put an agreement into practice.
board-role-observer = Observer
board-role-observer-explanation = Has a stake and follows the talks without bargaining.
board-stage-status-planned = Planned
board-stage-status-requested = Requested
board-stage-status-granted = Granted
board-stage-status-withdrawn = Withdrawn
board-border-status-on-table = On the table
board-border-status-preferred = Preferred
board-border-status-agreed = Agreed
board-border-status-rejected = Rejected
board-ratification-pending = Pending
board-ratification-ratified = Ratified
board-participant-kind-state = State
board-participant-kind-international-body = International body

## Undo steps (Edit menu, status bar)
board-edit-move-progress = Move progress on { $track }
board-edit-change-track-status = Change the status of { $track }
board-edit-add-participant = Seat { $participant } at { $track }
board-edit-remove-participant = Remove { $participant } from { $track }
board-edit-change-role = Change the role of { $participant } at { $track }
board-edit-change-border-option = Change border option
board-edit-change-ratification = Change the ratification by { $participant }
board-edit-change-relief-stage = Change relief stage
board-edit-change-regional-gate = Change regional gate
board-edit-rename-track = Rename { $track }
board-edit-change-format = Change the format of { $track }
board-edit-edit-notes = Edit the notes of { $track }
board-edit-change-weight = Change the weight of { $track }
board-edit-add-milestone = Add a milestone to { $track }
board-edit-remove-milestone = Remove a milestone from { $track }
board-edit-edit-milestone = Edit a milestone of { $track }
board-edit-edit-armistice-notes = Edit armistice notes
board-edit-edit-relief-stage = Edit relief stage
board-edit-add-relief-stage = Add relief stage
board-edit-move-seat = Move { $participant } to { $to }
board-edit-add-track = Add the track { $track }
board-edit-remove-track = Remove the track { $track }
board-edit-move-track = Move { $track } to lane { $lane }
board-edit-add-participant-to-session = Add the participant { $participant }
board-edit-remove-participant-from-session = Remove the participant { $participant }
board-edit-remove-relief-stage = Remove relief stage
