# Peacemap 한국어 카탈로그, "shell": en/shell.ftl 과 같은 id.

## 창과 파일 이름
shell-untitled = 제목 없음
shell-file-unsaved = { $file } • 저장하지 않은 변경 있음
shell-file-not-saved-yet = 아직 파일로 저장하지 않았습니다
shell-drop-overlay = .ron 세션 파일을 여기에 놓으면 열립니다
shell-lang-toggle = 언어: { $current }. { $other }(으)로 전환

## 메뉴
shell-menu-file = 파일
shell-menu-open-recent = 최근 파일 열기
shell-menu-edit = 편집
shell-menu-view = 보기
shell-menu-help = 도움말
shell-zoom-in = 확대
shell-zoom-out = 축소
shell-zoom-reset = 원래 크기로
shell-nothing-to-undo = 되돌릴 작업 없음
shell-undo-what = 되돌리기: { $edit }

## 앱 명령 (메뉴, 단축키, 도움말)
shell-command-undo = 되돌리기
shell-command-undo-tooltip = 마지막 변경을 취소합니다
shell-command-redo = 다시 실행
shell-command-redo-tooltip = 취소한 변경을 다시 적용합니다
shell-command-close-inspector = 세부 정보 닫기
shell-command-close-inspector-tooltip = 트랙 세부 정보 패널을 닫습니다
shell-command-next-track = 다음 트랙
shell-command-next-track-tooltip = 아래 트랙을 선택합니다
shell-command-previous-track = 이전 트랙
shell-command-previous-track-tooltip = 위 트랙을 선택합니다
shell-command-new = 새 세션
shell-command-new-tooltip = 6개 트랙 템플릿으로 저장되지 않은 새 세션을 시작합니다
shell-command-open = 열기…
shell-command-open-tooltip = 세션 파일을 엽니다
shell-command-save = 저장
shell-command-save-tooltip = 세션을 현재 파일에 저장합니다
shell-command-save-as = 다른 이름으로 저장…
shell-command-save-as-tooltip = 세션을 새 파일에 저장합니다

## 상태 표시줄
shell-status-hint = 차선의 차량을 끌거나 슬라이더를 쓰세요 · 차선을 클릭하면 세부 정보 · Ctrl+Z 되돌리기 · Ctrl+= 확대
shell-status-error = ⚠ { $message }
shell-status-drag-cancelled = 끌기를 취소했습니다. 보드가 끌기 전으로 돌아갔습니다
shell-status-undid = 되돌림: { $edit }
shell-status-redid = 다시 실행함: { $edit }
shell-status-edit-failed = { $edit }: { $error }
shell-status-new-session = 6개 트랙 템플릿으로 새 세션을 시작했습니다
shell-status-opened = 열었습니다: { $path }
shell-status-opened-with-warnings = { $path } 파일을 열었지만 알 수 없는 항목이 { $count }개 있습니다. 저장하면 빠집니다
shell-status-open-failed = 열 수 없습니다: { $path }
shell-status-not-found = 찾을 수 없습니다: { $path }
shell-status-saved = 저장했습니다: { $path }
shell-status-not-saved = 저장하지 못했습니다: { $path }
shell-status-dialog-already-open = 파일 대화상자가 이미 열려 있습니다. 거기서 파일을 고르거나 먼저 닫으세요.
shell-status-no-native-dialog = 이 시스템에는 자체 파일 대화상자가 없어 Peacemap 대화상자를 사용합니다.
shell-status-restored = Peacemap이 멈추기 전에 저장된 작업을 복원했습니다
shell-status-recovery-write-failed = 복구용 사본을 쓰지 못했습니다: { $error }
shell-status-recovery-off = 이 창에서는 비정상 종료 복구가 꺼져 있습니다: { $error }
shell-status-bundled-unreadable = 내장 세션을 읽을 수 없습니다: { $error }

## 모달 창
shell-ok = 확인
shell-unsaved-title = 변경 내용을 저장할까요?
shell-unsaved-before-new = “{ $file }”에 저장하지 않은 변경이 있습니다. 새 세션을 시작하기 전에 저장할까요?
shell-unsaved-before-open = “{ $file }”에 저장하지 않은 변경이 있습니다. 다른 세션을 열기 전에 저장할까요?
shell-unsaved-before-close = “{ $file }”에 저장하지 않은 변경이 있습니다. 닫기 전에 저장할까요?
shell-unsaved-save = 저장
shell-unsaved-discard = 저장 안 함
shell-unsaved-discard-tooltip = 변경 내용을 버립니다
shell-unsaved-cancel = 취소
shell-unsaved-cancel-tooltip = 세션으로 돌아갑니다
shell-error-title = ⚠ { $title }
shell-error-unchanged = 열려 있던 세션은 바뀌지 않았습니다.
shell-warnings-title = ⚠ “{ $file }” 파일을 경고와 함께 열었습니다
shell-warnings-explained = Peacemap이 알지 못하는 항목입니다. 열린 세션에 포함되지 않으며, 저장하면 파일에서 빠집니다:
shell-warnings-advice = docs/session-format.md와 철자를 대조하거나, 저장하기 전에 파일 사본을 보관하세요.
shell-recovery-title = 저장하지 않은 작업을 복원할까요?
shell-recovery-unsaved-session = 저장하지 않은 세션
shell-recovery-offer = “{ $title }”({ $from })을 저장하기 전에 Peacemap이 멈췄습니다. 그 작업의 사본이 남아 있습니다.
shell-recovery-restore = 복원
shell-recovery-discard = 버리기
shell-recovery-discard-tooltip = 사본을 지우고 평소대로 시작합니다
shell-recovery-unreadable-title = 복구용 사본을 읽을 수 없음
shell-recovery-copy-gone = 사본이 사라졌습니다
shell-recovery-unreadable = Peacemap이 지난번 멈추기 전에 저장된 작업을 찾았지만 읽을 수 없습니다: { $reason }

    사본은 { $path }에 보관되어 있습니다.
shell-new-failed-title = 새 세션을 시작할 수 없습니다
shell-open-failed-title = 세션을 열 수 없습니다
shell-save-failed-title = 세션을 저장할 수 없습니다
shell-recent-missing-title = 파일을 찾을 수 없음
shell-recent-missing = “{ $name }” 파일이 더 이상 { $path }에 없습니다(이동, 이름 변경 또는 삭제). 최근 파일 목록에서 뺐습니다.

## 도움말 메뉴
shell-help-reading = 고속도로 읽는 법
shell-help-lanes = 차선 하나가 협상 트랙 하나입니다. 차량은 진척도를 보여 줍니다. 차량을 끌거나, Tab으로 선택한 뒤 방향키를 쓰세요.
shell-help-signs = 도로 표지판은 이정표입니다. 도달하면 불이 켜집니다.
shell-help-hazards = 위험 줄무늬는 교착된 차선, 빨갛고 흰 차단기는 나중에 열리는 협상 테이블을 뜻합니다.
shell-help-roles = 칩에 표시된 역할
shell-help-role = { $role }: { $explanation }
shell-help-keyboard = 키보드
shell-help-key-tab = Tab 키
shell-help-tab = 다음 컨트롤로 이동
shell-help-key-arrows = ← → ↑ ↓
shell-help-arrows = 선택한 차량을 1 %씩 이동
shell-help-key-shift-arrows = Shift + 방향키
shell-help-shift-arrows = 10 %씩 이동
shell-help-key-home-end = Home / End 키
shell-help-home-end = 0 % / 100 %로 이동
shell-help-key-zoom = Ctrl + = / - 키
shell-help-zoom = 확대 / 축소

## 파일 대화상자 (시스템 대화상자와 Peacemap 자체 대화상자)
shell-dialog-open-title = 세션 열기
shell-dialog-save-title = 다른 이름으로 세션 저장
shell-dialog-filter-session = Peacemap 세션
shell-dialog-filter-all = 모든 파일
shell-dialog-open = 열기
shell-dialog-save = 저장
shell-dialog-cancel = 취소
shell-dialog-new-folder = 새 폴더
shell-dialog-new-folder-name = 새 폴더
shell-dialog-rename = 이름 바꾸기
shell-dialog-refresh = 새로 고침
shell-dialog-parent-folder = 상위 폴더
shell-dialog-file-label = 파일:
shell-dialog-show-hidden = 숨김 파일 보기
