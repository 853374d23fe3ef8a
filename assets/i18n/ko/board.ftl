# Peacemap 한국어 카탈로그, "board": en/board.ftl 과 같은 id.
# 백분율은 이미 정수로 써서 넘어옵니다({ $pct } 45 → "45%").

## 고속도로
board-no-tracks = 이 세션에는 아직 트랙이 없습니다.
board-highway = 트랙 { $count }개로 된 고속도로
board-lane-label = { $number }번 차선: { $track }, { $status }, { $pct }%
board-lane-no-name = { $number }번 차선(이름 없음)
board-lane-name-tooltip = { $track }. { $summary }

    클릭하면 이 트랙의 세부 정보를 보고 고칠 수 있습니다.
board-lane-format-tooltip = 협상 형식: { $format }

    { $explained }
board-lane-status-label = { $track } 상태: { $status }
board-lane-status-tooltip = 상태: { $status }. { $explanation }
board-lane-gate-tooltip = 다른 트랙들이 함께 { $needed }%에 이르면 이 협상 테이블이 열립니다(현재 { $have }%).
board-lane-slider = { $track } 진척도
board-lane-slider-tooltip = { $slider }: 정확히 맞추기
board-vehicle-label = { $track } 진척도, { $pct }%
board-vehicle-tooltip = { $vehicle }. 도로를 따라 끌거나, 선택한 뒤 방향키를 쓰세요(Shift를 누르면 10씩).
board-sign-reached = 이정표 { $number }: { $name }, { $pct }% 지점, 도달
board-sign-ahead = 이정표 { $number }: { $name }, { $pct }% 지점, 미도달
board-closed-sign-gated = 추후 개시: 다른 트랙들이 { $needed }%에 이르면 열림(현재 { $have }%)
board-closed-sign-deferred = 보류: 추후 개시
board-chip-label = { $track }의 { $participant }, { $role }
board-chip-tooltip = { $participant } — { $role }
    { $explanation }
board-more-chips = { $track }에 참여자 { $count }명 더 있음

## 진척도 게이지
board-gauge-caption = 누적 진척도
board-gauge-label = 누적 진척도, { $pct }%
board-gauge-tooltip = 모든 트랙 진척도의 가중 평균입니다. 이 값이 각 제재 완화 단계의 기준을 넘으면 그 단계가 해제됩니다(막대 아래 눈금: ✔ 해제, ○ 잠김). 막대 위 눈금은 지역 관문으로, 다른 트랙들이 함께 그 값에 이르면 해당 트랙의 협상이 열립니다.
board-gate-closed = 지역 관문 { $needed }%: { $track } 트랙은 추후 개시, 다른 트랙 { $have }%
board-gate-open = 지역 관문 { $needed }%: 열림, { $track } 트랙 개시 가능
board-stage-short-name = { $number }단계

## 제재 완화
board-relief-heading = 단계별 제재 완화
board-relief-heading-tooltip = 제재 완화는 모든 트랙의 진척을 함께 보고 판단하며, 한꺼번에가 아니라 구체적인 단계로 이루어집니다. 단계마다 무엇을 완화하고 누가 결정해야 하는지 적혀 있습니다.
board-relief-none = 이 세션에는 제재 완화 단계가 없습니다.
board-relief-add = ➕ 단계 추가
board-relief-add-tooltip = 사다리 맨 위에 제재 완화 단계를 추가합니다
board-relief-add-label = 제재 완화 단계 추가
board-gate-unknown-track = 관문이 걸린 트랙
board-gate-convenes-when = 다른 트랙들이 다음 값에 이르면 { $track } 트랙 개시
board-gate-threshold = 지역 관문 기준
board-new-stage-name = 새 제재 완화 단계
board-new-stage-acting-body = 새 유엔 안전보장이사회(안보리) 결의
board-stage-unlocked = { $stage } · ✔ 해제됨
board-stage-locked = { $stage } · ○ 잠김
board-stage-unlocked-words = 해제됨
board-stage-locked-words = 잠김
board-stage-card = { $stage }: { $name }, { $lock }
board-stage-threshold-at = 기준 { $pct }%
board-stage-acts = 결정 주체: { $body }
board-stage-acts-tooltip = 이 완화 조치가 효력을 가지려면 먼저 결정해야 하는 기관입니다.
board-stage-missing = 부족: { $what }
board-shortfall-cumulative = 누적 진척도 { $have }% (필요 { $needed }%)
board-shortfall-track = { $track } { $have }% (필요 { $needed }%)
board-shortfall-unknown-track = 알 수 없는 트랙 "{ $track }"
board-stage-status = 상태
board-stage-status-name = { $stage } 상태
board-stage-edit = ✏ 편집
board-stage-edit-tooltip = 이 단계의 이름, 기준, 조치, 조건을 고칩니다
board-stage-edit-label = { $stage } 편집
board-stage-field-name = 이름
board-stage-name-field = { $stage } 이름
board-stage-field-threshold = 기준
board-stage-field-threshold-tooltip = 이 완화를 요청하기 전에 필요한 모든 트랙의 누적 진척도
board-stage-threshold-field = { $stage } 기준
board-stage-field-acting-body = 결정 주체
board-stage-acting-body-field = { $stage } 결정 주체
board-stage-field-measures = 조치(한 줄에 하나씩)
board-stage-measures-field = { $stage } 조치
board-stage-field-minimums = 특정 트랙에서 추가로 필요한 조건
board-stage-minimum-field = { $stage }: { $track } 최소 진척도
board-stage-minimum-remove = { $stage }: { $track } 최소 진척도 삭제
board-stage-minimum-remove-tooltip = 이 조건을 뺍니다
board-stage-minimum-add-field = { $stage }: 트랙 최소 진척도 추가
board-stage-minimum-add = 트랙 조건 추가…
board-stage-remove = 🗑 단계 삭제
board-stage-remove-tooltip = 이 단계를 사다리에서 뺍니다(Ctrl+Z로 되돌릴 수 있음)
board-stage-remove-label = { $stage } 삭제

## 남북 경계선
board-border-heading = 남북 경계선
board-border-heading-tooltip = 남북관계 트랙에서 논의하는 남북 사이 경계선에 관한 선택지입니다. 남북이 합의한 내용은 미국과 중국이 비준합니다.
board-border-precedent = 선례: { $precedent }
board-border-status-choice = { $option }: { $status }
board-border-option = 경계선 선택지: { $option }, { $status }
board-armistice-heading = ❓ 1953년 정전협정
board-armistice-notes-hint = 정전협정을 무엇으로 대체할지에 대한 메모…
board-armistice-notes = 정전협정 메모
board-armistice-question = 정전협정 문제
board-ratified-by = 비준국
board-ratified-by-tooltip = 1953년 정전협정에 서명한 미국과 중국이 남북 합의를 비준합니다. 칩을 클릭하면 바뀝니다.
board-ratification-label = { $participant } 비준: { $status }
board-ratification-tooltip = { $participant } — { $status }. 클릭하면 바뀝니다.

## 트랙 세부 정보
board-inspector-heading = { $number }번 트랙
board-inspector-close = ✖ 닫기
board-inspector-close-tooltip = 세부 정보를 닫습니다(Esc)
board-inspector-name = 이름
board-inspector-name-hint = 트랙 이름
board-inspector-name-field = 트랙 이름
board-inspector-format = 협상 형식
board-inspector-format-hint = 누가 협상 테이블에 앉는지
board-inspector-format-field = 트랙 협상 형식
board-inspector-status = 상태
board-inspector-status-field = 트랙 상태
board-inspector-weight = 가중치
board-inspector-weight-tooltip = 누적 진척도에서 이 트랙이 차지하는 비중
board-inspector-weight-field = 트랙 가중치
board-inspector-notes = 메모
board-inspector-notes-hint = 이 트랙에 대한 메모
board-inspector-notes-field = 트랙 메모
board-inspector-precedents = 선례
board-bullet = • { $item }
board-inspector-milestones = 이정표
board-inspector-milestones-tooltip = 차선을 따라 선 도로 표지판입니다. 진척도가 지나가면 불이 켜집니다.
board-inspector-milestone-reached = 이정표 { $number } 도달
board-inspector-milestone-ahead = 이정표 { $number } 아직 미도달
board-inspector-milestone-mark-tooltip = 트랙 진척도가 이정표 위치에 이르거나 지나가면 도달한 것입니다
board-inspector-milestone-name = 이정표 { $number } 이름
board-inspector-milestone-position = 이정표 { $number } 위치
board-inspector-milestone-remove = 이정표 { $number } 삭제
board-inspector-milestone-remove-tooltip = 이 이정표를 삭제합니다
board-inspector-new-milestone-hint = 새 이정표
board-inspector-new-milestone-name = 새 이정표 이름
board-inspector-new-milestone-position = 새 이정표 위치
board-inspector-add = 추가
board-inspector-add-milestone = 이정표 추가
board-inspector-add-milestone-tooltip = 이 이정표를 트랙에 추가합니다
board-inspector-participants = 참여자
board-inspector-participants-tooltip = 이 협상 테이블에 누가 어떤 역할로 앉는지
board-inspector-role-field = { $participant } 역할
board-inspector-remove = 빼기
board-inspector-remove-seat = { $participant } 빼기
board-inspector-remove-seat-tooltip = { $participant }을(를) 이 트랙에서 뺍니다
board-inspector-new-seat-field = 추가할 참여자
board-inspector-new-seat-role-field = 추가할 참여자의 역할
board-inspector-add-seat = 참여자 추가
board-inspector-add-seat-tooltip = 이 참여자를 협상 테이블에 앉힙니다
board-missing-name = ⚠ 비어 있는 이름이 있습니다. 이름을 넣지 않으면 세션을 저장할 수 없습니다.

## 모델 값의 레이블
board-track-status-not-started = 시작 전
board-track-status-not-started-explanation = 이 트랙에서는 아직 협상이 없습니다.
board-track-status-under-way = 진행 중
board-track-status-under-way-explanation = 당사자들이 협상하며 나아가고 있습니다.
board-track-status-stalled = 교착
board-track-status-stalled-explanation = 협상이 막혀 차선이 멈췄습니다.
board-track-status-agreed = 합의
board-track-status-agreed-explanation = 당사자들이 이 트랙에서 합의에 이르렀습니다.
board-track-status-deferred = 추후
board-track-status-deferred-explanation = 다른 트랙에서 논의할 거리가 생길 때까지 일부러 미뤄 둔 트랙입니다.
board-role-negotiator = 협상 당사자
board-role-negotiator-explanation = 테이블에 앉아 조건을 협상합니다.
board-role-ratifier = 비준 주체
board-role-ratifier-explanation = 협상 당사자들의 합의를 확정합니다.
board-role-implementer = 이행 지원
board-role-implementer-explanation = 합의를 실제로 이행하도록 돕습니다.
board-role-observer = 참관
board-role-observer-explanation = 이해관계가 있어 협상을 지켜보지만 협상하지는 않습니다.
board-stage-status-planned = 예정
board-stage-status-requested = 요청됨
board-stage-status-granted = 승인됨
board-stage-status-withdrawn = 철회됨
board-border-status-on-table = 논의 중
board-border-status-preferred = 우선안
board-border-status-agreed = 합의
board-border-status-rejected = 배제
board-ratification-pending = 대기 중
board-ratification-ratified = 비준 완료
board-participant-kind-state = 국가
board-participant-kind-international-body = 국제기구

## 되돌리기 단계 (편집 메뉴, 상태 표시줄)
board-edit-move-progress = { $track } 진척도 이동
board-edit-change-track-status = { $track } 상태 변경
board-edit-add-participant = { $participant }을(를) { $track }에 배치
board-edit-remove-participant = { $participant }을(를) { $track }에서 빼기
board-edit-change-role = { $track }에서 { $participant }의 역할 변경
board-edit-change-border-option = 경계선 선택지 변경
board-edit-change-ratification = { $participant }의 비준 상태 변경
board-edit-change-relief-stage = 제재 완화 단계 변경
board-edit-change-regional-gate = 지역 관문 변경
board-edit-rename-track = { $track } 이름 변경
board-edit-change-format = { $track } 협상 형식 변경
board-edit-edit-notes = { $track } 메모 편집
board-edit-change-weight = { $track } 가중치 변경
board-edit-add-milestone = { $track }에 이정표 추가
board-edit-remove-milestone = { $track }에서 이정표 삭제
board-edit-edit-milestone = { $track } 이정표 편집
board-edit-edit-armistice-notes = 정전협정 메모 편집
board-edit-edit-relief-stage = 제재 완화 단계 편집
board-edit-add-relief-stage = 제재 완화 단계 추가
board-edit-move-seat = { $participant }을(를) { $to }(으)로 이동
board-edit-add-track = 트랙 { $track } 추가
board-edit-remove-track = 트랙 { $track } 삭제
board-edit-move-track = { $track }을(를) { $lane }번 차로로 이동
board-edit-add-participant-to-session = 참여자 { $participant } 추가
board-edit-remove-participant-from-session = 참여자 { $participant } 삭제
board-edit-remove-relief-stage = 제재 완화 단계 삭제
