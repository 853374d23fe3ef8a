# Drag and drop on the board, the participant palette, adding and removing tracks and participants.


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
