# Drag and drop on the board, the participant palette, adding and removing tracks and participants.


## Adding, removing and reordering tracks and participants; the keyboard
## and screen-reader twins of every drag (i8-edit: ids edit-*).

edit-command-add-track = Add track
edit-command-add-track-tooltip = Add a new, empty track below the selected one (at the end when none is selected)
edit-command-remove-track = Remove track…
edit-command-remove-track-tooltip = Remove the selected track; you are told first what goes with it
edit-command-move-lane-up = Move lane up
edit-command-move-lane-up-tooltip = Move the selected track one lane up
edit-command-move-lane-down = Move lane down
edit-command-move-lane-down-tooltip = Move the selected track one lane down
edit-command-participants = Participants…
edit-command-participants-tooltip = See every participant, add one or remove one
edit-tooltip-with-shortcut = { $tooltip } ({ $shortcut })
edit-inspector-add-track-below = Add track below
edit-new-track-name = New track { $number }

edit-remove-undo = You can undo this: Undo, in the Edit menu.
edit-remove-confirm-tooltip = Remove it, with everything listed above
edit-remove-cancel = Cancel
edit-remove-cancel-tooltip = Keep everything as it is
edit-remove-track-title = Remove the track “{ $track }”?
edit-remove-track-intro = Lane { $number }, “{ $track }”, goes, and with it:
edit-remove-track-live-empty = • its place on the live board ({ $pct } %, nobody seated)
edit-remove-track-live = • its place on the live board ({ $pct } %) and { $count ->
    [one] its seat: { $participants }
   *[other] its { $count } seats: { $participants }
}
edit-remove-track-steps = • its entries in { $count ->
    [one] 1 step
   *[other] { $count } steps
} of “{ $scenario }”, with { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
} in all
edit-remove-track-minimums = • its minimum in { $count ->
    [one] the relief stage
   *[other] { $count } relief stages
}: { $stages }
edit-remove-track-gate = • the regional gate that waits for it ({ $count ->
    [one] on 1 board
   *[other] on { $count } boards
})
edit-remove-track-confirm = Remove track

edit-participants-title = Participants
edit-participants-close = Close
edit-participants-close-tooltip = Close the participants window
edit-participants-none = This session has no participants yet.
edit-participants-row = { $participant }: { $name }, { $kind }. { $seats }
edit-participants-sits = Sits at: { $lanes }
edit-participants-sits-nowhere = Sits at no track of the live board
edit-participants-remove = Remove…
edit-participants-remove-named = Remove { $participant } from the session…
edit-participants-remove-tooltip = Remove { $participant } from the session; if it sits anywhere you are told where first
edit-participants-new = New participant
edit-participants-label = Short label
edit-participants-label-hint = e.g. ROK
edit-participants-label-field = New participant's short label
edit-participants-full-name = Full name
edit-participants-full-name-hint = e.g. Republic of Korea (optional)
edit-participants-full-name-field = New participant's full name
edit-participants-kind = Kind
edit-participants-kind-field = New participant's kind
edit-participants-colour = Colour
edit-participants-add = Add new participant
edit-participants-add-tooltip = Add this participant to the session; seat it at a table from the track inspector
edit-participants-add-disabled = Give the new participant a short label first
edit-colour-free = Colour { $number }, not used yet
edit-colour-used = Colour { $number }, used by { $participants }
edit-lane-named = { $number } { $track }

edit-sits-at = { $participant } sits at: { $lanes }
edit-sits-nowhere-live = { $participant } has no seat on the live board
edit-sits-in-steps = ; and in { $count ->
    [one] 1 step
   *[other] { $count } steps
} of “{ $scenario }”
edit-sits-ratifier = { $participant } ratifies the border agreement{ $count ->
    [one] {""}
   *[other] {" "}(on { $count } boards)
}; that ratification goes too.
edit-remove-participant-title = Remove { $participant }?
edit-remove-participant-consequence = Removing { $participant } takes it off all of these tables, on every board.
edit-remove-participant-confirm = Remove { $participant } from the session
edit-status-participant-removed = Removed { $participant }, who sat nowhere. Undo brings it back.

edit-milestone-go = Move the vehicle to milestone { $number }
edit-milestone-go-tooltip = Set this track's progress to this milestone ({ $pct } %)
edit-milestone-go-there = The vehicle is at this milestone

edit-seat-move-to = Move to track…
edit-seat-move-to-field = Move { $participant } to track
edit-seat-move-to-combo-tooltip = Move this seat to another track's table, keeping its role
edit-seat-move-to-tooltip = Move { $participant } to { $track }
edit-seat-already-there = { $participant } already sits at this table
edit-seat-earlier = Move { $participant } earlier
edit-seat-earlier-tooltip = Move this seat one place earlier at the table
edit-seat-later = Move { $participant } later
edit-seat-later-tooltip = Move this seat one place later at the table

edit-help-twins = Everything you can drag can also be done from the track inspector: Move to track…, ↑ ↓ along a table, Add participant, Remove, and 🚗 to move the vehicle to a milestone.
## Drag and drop (ids drag-*)
drag-chip-description = Drag it to another lane to move it there, along its lane to reorder, or off the board to remove it from this track.
drag-lane-description = Drag the lane up or down by its name to move it to another place on the board.
drag-vehicle-snap-hint = Let go near a milestone and the vehicle snaps onto it; hold Shift while dragging to place it freely.

## Help ▸ drag and drop
drag-help-title = Drag and drop
drag-help-chips = Drag a chip to another lane to move that participant there, along its lane to change places, or onto the remove area or off the board to take it off that track. Drag a participant from the palette onto a lane to seat them there.
drag-help-lanes = Drag a lane by its number or name to move it up or down.
drag-help-vehicle = Let a vehicle go near a milestone and it snaps onto it; hold Shift while dragging to place it freely.
drag-help-cancel = Press Esc while dragging to cancel the drag.

## The participant palette (ids palette-*)
palette-title = Participants:
palette-title-tooltip = Drag a participant onto a lane to seat them there as a negotiator.
palette-chip-label = { $participant }, in the palette
palette-chip-description = Drag onto a lane to seat this participant there as a negotiator.
palette-chip-tooltip = Drag onto a lane to seat them there as a negotiator. Right-click for more.
palette-add-participant = Add participant…
palette-add-participant-tooltip = Add a new participant to the session.
palette-remove-participant = Remove participant…
palette-bin = Drop a chip here to remove it from its track
