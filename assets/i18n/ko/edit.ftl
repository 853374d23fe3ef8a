# Drag and drop on the board, the participant palette, adding and removing tracks and participants.


## Drag and drop (ids drag-*)
drag-chip-description = 다른 트랙으로 끌어 옮기거나, 같은 트랙 안에서 끌어 순서를 바꾸거나, 보드 밖으로 끌어 이 트랙에서 뺄 수 있습니다.
drag-lane-description = 이름을 잡고 위아래로 끌면 트랙의 순서를 바꿀 수 있습니다.
drag-vehicle-snap-hint = 이정표 가까이에서 놓으면 차량이 이정표에 맞춰집니다. 끄는 동안 Shift 키를 누르고 있으면 원하는 곳에 둘 수 있습니다.

## Help ▸ drag and drop
drag-help-title = 끌어서 놓기
drag-help-chips = 칩을 다른 트랙으로 끌면 그 참여자가 그 트랙으로 옮겨 가고, 같은 트랙 안에서 끌면 자리가 바뀌며, 삭제 영역이나 보드 밖으로 끌면 그 트랙에서 빠집니다. 팔레트의 참여자를 트랙으로 끌어 놓으면 그 트랙에 자리를 잡습니다.
drag-help-lanes = 트랙의 번호나 이름을 잡고 끌면 위아래로 옮길 수 있습니다.
drag-help-vehicle = 차량을 이정표 가까이에서 놓으면 이정표에 맞춰집니다. 끄는 동안 Shift 키를 누르고 있으면 원하는 곳에 둘 수 있습니다.
drag-help-cancel = 끄는 도중에 Esc 키를 누르면 끌기가 취소됩니다.

## The participant palette (ids palette-*)
palette-title = 참여자:
palette-title-tooltip = 참여자를 트랙으로 끌어 놓으면 협상자로 자리를 잡습니다.
palette-chip-label = 팔레트의 { $participant }
palette-chip-description = 트랙으로 끌어 놓으면 이 참여자가 그 트랙에 협상자로 자리를 잡습니다.
palette-chip-tooltip = 트랙으로 끌어 놓으면 협상자로 자리를 잡습니다. 오른쪽 클릭으로 다른 작업을 할 수 있습니다.
palette-add-participant = 참여자 추가…
palette-add-participant-tooltip = 세션에 새 참여자를 추가합니다.
palette-remove-participant = 참여자 삭제…
palette-bin = 칩을 여기에 놓으면 그 트랙에서 뺍니다
