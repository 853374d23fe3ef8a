# Scenarios, steps, the timeline, playback and the baseline comparison.

## Scenario and step edits (undo menu, status bar)
story-edit-add-scenario = 시나리오 { $scenario } 추가
story-edit-duplicate-scenario = 시나리오 { $scenario } 복제
story-edit-rename-scenario = 시나리오 { $scenario } 이름 변경
story-edit-delete-scenario = 시나리오 { $scenario } 삭제
story-edit-capture-step = { $scenario }에 단계 { $step } 기록
story-edit-rename-step = 단계 { $step } 이름 변경
story-edit-redate-step = 단계 { $step } 날짜 변경
story-edit-annotate-step = 단계 { $step } 메모 편집
story-edit-delete-step = 단계 { $step } 삭제
story-edit-move-step = 단계 { $step } 이동

## Playback and the baseline comparison (the bar above the timeline)
# Percentages arrive as numbers already written out ({ $from } 40 gives "40%").
# No arrows: egui's default font has no "→" and falls back to a tiny icon glyph.
playback-command = 재생 또는 일시 정지
playback-command-tooltip = 화면의 단계부터 마지막 단계까지 시나리오를 재생하거나 일시 정지합니다
playback-play = 재생
playback-play-tooltip = 화면의 단계부터 마지막 단계까지 시나리오를 재생합니다. 차량이 움직이고 참가자 칩이 나타나거나 사라집니다
playback-pause = 일시 정지
playback-pause-tooltip = 마지막으로 도달한 단계에서 멈춥니다
playback-cannot-play = 아직 재생할 것이 없습니다. 시나리오에는 단계가 두 개 이상 있어야 합니다
playback-speed = 재생 속도
playback-speed-half = 0.5×
playback-speed-normal = 1×
playback-speed-double = 2×
playback-speed-quadruple = 4×
playback-speed-instant = 즉시(애니메이션 없음)
playback-position = { $count }단계 중 { $number }단계: { $title }({ $date })
playback-position-undated = { $count }단계 중 { $number }단계: { $title }
playback-live-board = 현재 보드(단계 아님)
playback-edits-pause = 재생 중: 일시 정지할 때까지 보드를 편집할 수 없습니다
baseline-label = 기준 단계
baseline-picker = 비교할 기준 단계
baseline-picker-tooltip = 보드를 아무 시나리오의 한 단계와 비교합니다. 달라진 차로에 테두리가 그려지고 모든 차이가 목록으로 나옵니다
baseline-none = 없음
baseline-step = { $title }({ $date })
baseline-differences = { $step } 대비 차이({ $count }건)
baseline-no-differences = 보드가 기준 단계와 같습니다
baseline-change = { $item }: { $from }에서 { $to }(으)로 바뀜
baseline-progress = { $track }: { $from }%에서 { $to }%로
baseline-progress-status = { $track }: { $from }%에서 { $to }%로, { $status }
baseline-seat-joined = { $participant }, { $track }에 { $role }(으)로 참여
baseline-seat-left = { $participant }, { $track }에서 빠짐
baseline-seat-role = { $participant }, { $track }: { $from }에서 { $to }(으)로 바뀜
baseline-ratification = { $participant } 비준: { $from }에서 { $to }(으)로 바뀜
baseline-absent = 없음
baseline-gate = { $track } 지역 관문: { $from }에서 { $to }(으)로 바뀜
baseline-gate-at = { $pct }%
baseline-gate-at-on = { $track }에서 { $pct }%
baseline-gate-none = 관문 없음
