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
