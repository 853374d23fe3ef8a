# Drag and drop on the board, the participant palette, adding and removing tracks and participants.


## Adding, removing and reordering tracks and participants; the keyboard
## and screen-reader twins of every drag (i8-edit: ids edit-*).

edit-command-add-track = 트랙 추가
edit-command-add-track-tooltip = 선택한 트랙 아래에 빈 트랙을 새로 추가합니다(선택한 트랙이 없으면 맨 끝에 추가합니다)
edit-command-remove-track = 트랙 삭제…
edit-command-remove-track-tooltip = 선택한 트랙을 삭제합니다. 함께 없어지는 것을 먼저 알려 드립니다
edit-command-move-lane-up = 차로 위로 이동
edit-command-move-lane-up-tooltip = 선택한 트랙을 한 차로 위로 옮깁니다
edit-command-move-lane-down = 차로 아래로 이동
edit-command-move-lane-down-tooltip = 선택한 트랙을 한 차로 아래로 옮깁니다
edit-command-participants = 참여자…
edit-command-participants-tooltip = 모든 참여자를 보고, 참여자를 추가하거나 삭제합니다
edit-tooltip-with-shortcut = { $tooltip } ({ $shortcut })
edit-inspector-add-track-below = 아래에 트랙 추가
edit-new-track-name = 새 트랙 { $number }

edit-remove-undo = 편집 메뉴의 되돌리기로 취소할 수 있습니다.
edit-remove-confirm-tooltip = 위에 적힌 모든 것과 함께 삭제합니다
edit-remove-cancel = 취소
edit-remove-cancel-tooltip = 모두 그대로 둡니다
edit-remove-track-title = “{ $track }” 트랙을 삭제하시겠습니까?
edit-remove-track-intro = { $number }번 차로 “{ $track }” 트랙과 함께 다음이 없어집니다:
edit-remove-track-live-empty = • 현재 보드에서의 자리({ $pct } %, 참여자 없음)
edit-remove-track-live = • 현재 보드에서의 자리({ $pct } %)와 좌석 { $count }개: { $participants }
edit-remove-track-steps = • “{ $scenario }”의 단계 { $count }개에 있는 항목(좌석 모두 { $seats }개)
edit-remove-track-minimums = • 제재 완화 단계 { $count }개에 걸린 이 트랙의 최소 진척도: { $stages }
edit-remove-track-gate = • 이 트랙을 기다리는 지역 관문(보드 { $count }개)
edit-remove-track-confirm = 트랙 삭제

edit-participants-title = 참여자
edit-participants-close = 닫기
edit-participants-close-tooltip = 참여자 창을 닫습니다
edit-participants-none = 이 세션에는 아직 참여자가 없습니다.
edit-participants-row = { $participant }: { $name }, { $kind }. { $seats }
edit-participants-sits = 자리: { $lanes }
edit-participants-sits-nowhere = 현재 보드의 어느 트랙에도 자리가 없습니다
edit-participants-remove = 삭제…
edit-participants-remove-named = 세션에서 { $participant } 삭제…
edit-participants-remove-tooltip = 세션에서 { $participant }을(를) 삭제합니다. 자리가 있으면 어디인지 먼저 알려 드립니다
edit-participants-new = 새 참여자
edit-participants-label = 약칭
edit-participants-label-hint = 예: 한국
edit-participants-label-field = 새 참여자 약칭
edit-participants-full-name = 정식 명칭
edit-participants-full-name-hint = 예: 대한민국(선택 사항)
edit-participants-full-name-field = 새 참여자 정식 명칭
edit-participants-kind = 종류
edit-participants-kind-field = 새 참여자 종류
edit-participants-colour = 색
edit-participants-add = 새 참여자 추가
edit-participants-add-tooltip = 이 참여자를 세션에 추가합니다. 협상 테이블에는 트랙 세부 정보에서 앉힙니다
edit-participants-add-disabled = 먼저 새 참여자의 약칭을 입력하십시오
edit-colour-free = { $number }번 색, 아직 쓰지 않음
edit-colour-used = { $number }번 색, 사용 중: { $participants }
edit-lane-named = { $number } { $track }

edit-sits-at = { $participant }의 자리: { $lanes }
edit-sits-nowhere-live = { $participant }은(는) 현재 보드에 자리가 없습니다
edit-sits-in-steps = ; 그리고 “{ $scenario }”의 단계 { $count }개
edit-sits-ratifier = { $participant }은(는) 경계 합의를 비준하는 쪽입니다(보드 { $count }개). 그 비준도 함께 없어집니다.
edit-remove-participant-title = { $participant }을(를) 삭제하시겠습니까?
edit-remove-participant-consequence = { $participant }을(를) 삭제하면 모든 보드에서 이 모든 자리가 없어집니다.
edit-remove-participant-confirm = 세션에서 { $participant } 삭제
edit-status-participant-removed = 어디에도 자리가 없던 { $participant }을(를) 삭제했습니다. 되돌리기로 되살릴 수 있습니다.

edit-milestone-go = 차량을 { $number }번 이정표로 이동
edit-milestone-go-tooltip = 이 트랙의 진척도를 이 이정표({ $pct } %)로 맞춥니다
edit-milestone-go-there = 차량이 이 이정표에 있습니다

edit-seat-move-to = 다른 트랙으로 이동…
edit-seat-move-to-field = { $participant }을(를) 옮길 트랙
edit-seat-move-to-combo-tooltip = 역할은 그대로 두고 이 자리를 다른 트랙의 테이블로 옮깁니다
edit-seat-move-to-tooltip = { $participant }을(를) { $track } 트랙으로 옮깁니다
edit-seat-already-there = { $participant }은(는) 이미 이 테이블에 앉아 있습니다
edit-seat-earlier = { $participant } 앞으로
edit-seat-earlier-tooltip = 이 자리를 테이블에서 한 칸 앞으로 옮깁니다
edit-seat-later = { $participant } 뒤로
edit-seat-later-tooltip = 이 자리를 테이블에서 한 칸 뒤로 옮깁니다

edit-help-twins = 끌어서 하는 일은 모두 트랙 세부 정보에서도 할 수 있습니다: 다른 트랙으로 이동…, 테이블 안에서 ↑ ↓, 참여자 추가, 빼기, 그리고 🚗 단추로 차량을 이정표로 옮기기.
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
