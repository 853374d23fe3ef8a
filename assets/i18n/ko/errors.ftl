# Peacemap 한국어 카탈로그, "errors": en/errors.ftl 과 같은 id.
# 파일 오류·경고와 명령줄 메시지. 위치가 있는 문제는 언제나 줄과 열을 함께 알린다.

## 위치: 줄과 열, 파일
error-position = { $line }번째 줄, { $column }번째 열
error-at-position = { $position }: { $message }
error-in-file = { $message } (파일: { $path })

## 파일을 열 수 없는 이유
error-read = 파일을 읽을 수 없습니다: { $reason }
error-not-a-file = 일반 파일이 아닙니다
error-too-large = 세션 파일이라고 보기에는 너무 큽니다({ $size } MiB, 한도는 { $limit } MiB)
error-empty = 파일이 비어 있습니다. 세션 파일은 `(version: 1, …`로 시작합니다
error-no-session = 파일에 세션이 없습니다. 주석이나 빈칸만 있습니다
error-utf16 = UTF-16 텍스트 파일입니다. UTF-8로 저장한 뒤 다시 여세요
error-nul-byte = 파일에 0(NUL) 바이트가 있습니다. 세션이 아니라 바이너리 파일로 보입니다
error-not-utf8 = 올바른 UTF-8 텍스트가 아닌 바이트(0x{ $byte })가 있습니다. 파일을 UTF-8로 저장한 뒤 다시 여세요
error-missing-version = 파일에 `version` 필드가 없어 Peacemap 세션이 아닙니다(세션은 `(version: { $current }, …`로 시작합니다)
error-unknown-version = Peacemap 파일 버전이 아닙니다: { $found } (버전은 1부터 시작합니다)
error-newer-version = 이 파일의 형식 버전은 { $found }인데, 이 Peacemap은 버전 { $supported }까지만 읽을 수 있습니다. 더 새로운 Peacemap으로 여세요
error-invalid = 세션이 규칙에 어긋납니다
error-invalid-and-more = { $first } (이 밖에도 문제 { $count }개)

## 시스템이 알려 온 오류
error-io-not-found = 파일이나 폴더가 없습니다(옮겨졌거나 삭제되었나요?)
error-io-permission-denied = 권한이 없습니다(폴더가 읽기 전용인가요?)
error-io-storage-full = 디스크가 가득 찼습니다
error-io-read-only-disk = 디스크가 읽기 전용입니다
error-io-is-a-folder = 파일이 아니라 폴더입니다
error-io-not-a-folder = 경로 중간에 폴더가 아닌 파일이 있습니다
error-io-quota = 디스크 할당량을 모두 썼습니다
error-io-invalid-file-name = 여기에서는 쓸 수 없는 파일 이름입니다
error-io-other = 시스템 오류: { $detail }

## 세션 형식에 맞지 않는 텍스트
error-syntax-in-place = { $place }: { $message }
error-syntax-for-place = { $place }: { $message }
error-syntax-cut-off = 파일이 너무 일찍 끝납니다(잘린 파일인가요?): { $message }
error-syntax-with-hint = { $message } ({ $hint })
error-hint-decimal-point = 정수는 소수점 없이 씁니다
error-hint-missing-quote = 앞쪽 줄에서 닫는 큰따옴표가 빠지지 않았나요?
error-syntax-ends-too-early = 파일이 너무 일찍 끝납니다(잘린 파일인가요?)
error-syntax-expected-list = 대괄호 `[…]`로 묶은 목록이 와야 합니다
error-syntax-expected-list-end = 목록을 닫는 `]`, 또는 다음 항목 앞에 쉼표가 와야 합니다
error-syntax-expected-comma = 쉼표가 와야 합니다
error-syntax-expected-number = 숫자가 와야 합니다
error-syntax-number-underscore = 여기에서는 숫자에 `_`를 쓸 수 없습니다
error-syntax-expected-whole-number = 정수가 와야 합니다
error-syntax-number-out-of-range = 여기에 쓸 수 있는 범위를 벗어난 숫자입니다
error-syntax-not-a-digit = { $digit }: 숫자가 아닙니다
error-syntax-underscore-at-start = 숫자는 `_`로 시작할 수 없습니다
error-syntax-expected-boolean = `true` 또는 `false`가 와야 합니다
error-syntax-expected-text = 큰따옴표로 묶은 텍스트가 와야 합니다
error-syntax-unclosed-text = 이 텍스트를 닫는 큰따옴표가 없습니다
error-syntax-expected-character = 작은따옴표로 묶은 문자 하나가 와야 합니다
error-syntax-bad-escape = 텍스트에 잘못된 이스케이프 시퀀스가 있습니다({ $detail })
error-syntax-must-start-with-parenthesis = 세션 파일은 `(`로 시작해야 합니다. 세션 전체가 `(version: 1, title: "…", …)`처럼 괄호로 묶은 필드 목록 하나입니다
error-syntax-expected-group = 필드 묶음을 여는 `(`가 와야 합니다
error-syntax-expected-group-end = `)`, 또는 다음 필드 앞에 쉼표가 와야 합니다
error-syntax-expected-option = `Some(…)` 또는 `None`이 와야 합니다
error-syntax-expected-map = 중괄호 `{"{"}…{"}"}`로 묶은 맵이 와야 합니다
error-syntax-expected-colon = 필드 이름 뒤에 쌍점 `:`이 와야 합니다
error-syntax-expected-map-end = `{"}"}`가 와야 합니다
error-syntax-expected-field-name = 필드 이름이 와야 합니다
error-syntax-expected-unit = `()`가 와야 합니다
error-syntax-unexpected-character = 예상하지 못한 문자가 있습니다: { $character }
error-syntax-text-after-the-end = 세션이 끝난 뒤에 텍스트가 더 있습니다
error-syntax-nested-too-deeply = 괄호가 너무 깊게 중첩되어 있습니다({ $limit }단계 초과)
error-syntax-unclosed-block-comment = `/*` 주석이 닫히지 않았습니다
error-syntax-unclosed-line-comment = `//` 주석이 닫히지 않았습니다
error-syntax-not-utf8 = 올바른 UTF-8 텍스트가 아닙니다
error-syntax-not-allowed = 여기에는 `{ $found }` 값을 쓸 수 없습니다. { $allowed } 중 하나를 쓰세요
error-syntax-no-such-field = 여기에는 `{ $found }` 필드가 없습니다. 쓸 수 있는 필드: { $fields }
error-syntax-missing-field = `{ $field }` 필드가 없습니다
error-syntax-duplicate-field = `{ $field }` 필드가 두 번 나옵니다
error-syntax-wrong-value = 값이 맞지 않습니다(와야 할 값: { $expected }, 실제 값: { $found })
error-syntax-wrong-group-name = `{ $expected }(…)`가 와야 하는데 `{ $found }(…)`가 있습니다
error-syntax-expected-group-name = `{ $name }(…)`가 와야 합니다
error-syntax-invalid-name = 올바른 이름이 아닙니다: { $name }
error-syntax-no-such-extension = RON에는 `{ $name }`라는 확장이 없습니다
error-syntax-malformed-attribute = `#![enable(…)]` 줄의 형식이 잘못되었습니다
error-syntax-other = 형식 오류: { $detail }
error-list-or = { $init } 또는 { $last }
error-list-none = 없음

## 세션 안의 위치: `트랙 3의 좌석 1의 role`
error-place-nested = { $outer }의 { $inner }
error-place-item = { $noun } { $number }
error-noun-participant = 참가자
error-noun-track = 트랙
error-noun-milestone = 이정표
error-noun-sanctions-stage = 제재 완화 단계
error-noun-border-option = 경계선 선택지
error-noun-seat = 좌석
error-noun-precedent = 선례
error-noun-measure = 조치
error-noun-track-minimum = 트랙 최소 진척도
error-noun-ratification = 비준
error-noun-colour-component = 색 성분
error-noun-part = 부분
error-noun-list-item = { $list } 항목
error-noun-item = 항목
error-noun-participants = 참가자
error-noun-tracks = 트랙
error-noun-milestones-of-one-track = 한 트랙의 이정표
error-noun-sanctions-stages = 제재 완화 단계
error-noun-border-options = 경계선 선택지
error-noun-scenario = 시나리오
error-noun-step = 단계
error-noun-scenarios = 시나리오
error-noun-steps-of-the-session = 세션의 단계
error-noun-board-track = 트랙
error-noun-board-stage = 제재 완화 단계
error-noun-board-option = 경계선 선택지

## 규칙에 어긋난 항목
error-item-numbered = { $noun } { $number }
error-item-with-id = { $noun } "{ $id }"
error-item-with-id-and-name = { $noun } "{ $id }"({ $name })
error-item-milestone = 트랙 "{ $track }"의 이정표 { $number }("{ $name }")
error-item-track-minimum = 제재 완화 단계 "{ $stage }"의 트랙 최소 진척도 { $number }
error-item-seat = 트랙 "{ $track }"의 좌석 { $number }
error-item-precedent = 트랙 "{ $track }"의 선례 { $number }
error-item-board-track-entry = 보드의 트랙 항목 { $number }
error-item-ratification = 경계선 비준 { $number }
error-item-regional-gate = 지역 관문
error-item-step = 시나리오 "{ $scenario }"의 단계 { $number }

## 세션이 어긴 규칙
error-problem-duplicate-id = { $what } 두 개가 같은 id("{ $id }")를 씁니다. id는 서로 달라야 합니다
error-problem-empty-id = { $item }: id가 비어 있습니다
error-problem-unknown-participant = { $item }: "{ $id }"라는 참가자가 없습니다
error-problem-unknown-track = { $item }: "{ $id }"라는 트랙이 없습니다
error-problem-out-of-range = { $item }: { $field } 값({ $value })이 0–100 범위를 벗어납니다
error-problem-not-finite = { $item }: { $field } 값({ $value })이 유한한 수가 아닙니다
error-problem-empty-name = { $item }: { $field } 값이 비어 있습니다
error-problem-negative-weight = { $item }: weight 값({ $value })이 음수입니다. 가중치는 0 이상이어야 합니다
error-problem-duplicate-seat = { $item }: 같은 참가자("{ $participant }")가 두 번 앉아 있습니다
error-problem-duplicate-ratification = 경계선 비준 목록에 같은 참가자("{ $participant }")가 두 번 나옵니다
error-problem-unknown-board-entry = 보드에 세션이 정의하지 않은 { $what }("{ $id }")의 항목이 있습니다
error-problem-duplicate-board-entry = 보드에 { $what }("{ $id }")의 항목이 두 개 있습니다. 항목은 꼭 하나씩이어야 합니다
error-problem-missing-board-entry = 보드에 { $what }("{ $id }")의 항목이 없습니다. 항목은 꼭 하나씩이어야 합니다
error-problem-unknown-part = { $item }: 출처가 가리키는 원저작의 부분("{ $part }")이 attribution의 parts 목록에 없습니다
error-problem-empty-citation = { $item }: 출처가 보충 자료(Context)인데 인용 정보(citation)가 없습니다
error-problem-empty-date = { $item }: 출처가 보충 자료(Context)인데 날짜(date)가 없습니다
error-problem-duplicate-part = attribution의 parts 목록에 같은 부분("{ $part }")이 두 번 나옵니다. 부분은 서로 달라야 합니다
error-problem-empty-part = attribution의 parts 목록에서 { $number }번째 부분이 비어 있습니다
error-problem-on-step = 시나리오 "{ $scenario }"의 단계 "{ $step }": { $problem }
error-problem-wrong-version = 세션의 버전은 { $found }인데, 이 Peacemap이 쓰는 버전은 { $current }입니다

## 경고: 파일은 열렸지만 앱이 간직하지 않는 내용이 있음
error-warning-unknown-field = 알 수 없는 필드 { $field }: 읽지 않고 건너뛰었습니다. 이 세션을 저장하면 이 필드는 사라집니다
error-warning-unknown-field-in = { $place }의 알 수 없는 필드 { $field }: 읽지 않고 건너뛰었습니다. 이 세션을 저장하면 이 필드는 사라집니다
error-warning-more-unknown-fields = 알 수 없는 필드 { $count }개를 더 건너뛰었습니다. 이 세션을 저장하면 이 필드들은 사라집니다

## 세션을 저장할 수 없는 이유
error-save = 저장하지 못했습니다: { $reason }
error-save-serialize = 세션을 텍스트로 쓸 수 없었습니다: { $detail }
error-save-not-readable = 저장할 텍스트를 다시 열 수 없어 아무것도 쓰지 않았습니다({ $detail })
error-save-read-only = 읽기 전용 파일입니다
error-save-io = { $action }: { $reason }
error-action-create-temp = 폴더에 임시 파일을 만들지 못했습니다
error-action-write-temp = 임시 파일을 쓰지 못했습니다
error-action-sync-temp = 임시 파일을 디스크에 기록하지 못했습니다
error-action-copy-permissions = 새 파일에 이전 파일의 권한을 주지 못했습니다
error-action-backup = 이전 버전의 백업을 남기지 못했습니다
error-action-replace-with-new = 파일을 새 버전으로 바꾸지 못했습니다
error-action-sync-folder = 폴더를 동기화하지 못했습니다
error-action-save-under-name = 이 이름으로 저장하지 못했습니다
error-action-replace-file = 파일을 바꾸지 못했습니다
error-action-read-file-details = 파일 정보를 읽지 못했습니다
error-action-create-settings-folder = 설정 폴더를 만들지 못했습니다
error-action-create-recovery-folder = 복구 폴더를 만들지 못했습니다
error-action-create-recovery-lock = 복구 잠금 파일을 만들지 못했습니다

## 명령줄
error-cli-help-title = Peacemap { $version }: 다중 트랙 평화 프로세스를 여러 차로의 고속도로로 보여 줍니다.
error-cli-help-usage = 사용법:
error-cli-help-open = 앱을 엽니다(세션 파일을 주면 그 파일, 없으면 내장 세션)
error-cli-help-check = 창을 열지 않고 세션 파일을 검사합니다
error-cli-help-help = 이 도움말을 보여 줍니다
error-cli-help-version = 버전을 보여 줍니다
error-cli-help-options = 옵션:
error-cli-help-lang =
    앱과 모든 메시지의 언어: en(English) 또는 ko(한국어).
    주지 않으면 LC_ALL, LC_MESSAGES, LANG 가운데 처음으로 설정된 값을 따릅니다
    (ko로 시작하면 한국어). 아무것도 없으면 영어입니다.
error-cli-help-check-output =
    `check`는 문제없는 파일에 `FILE: 정상`과 요약을, 문제가 있는 파일에는
    문제마다 `FILE:LINE:COL: 메시지`(파일:줄:열)를 출력합니다. 열리기는 하지만
    Peacemap이 모르는 필드(오타, 또는 더 새로운 버전의 필드)가 있는 파일은 필드마다
    `FILE:LINE:COL: 경고: ...`를 받습니다. 저장하면 그 필드는 사라집니다.
    종료 상태: 모든 파일이 정상이면 0, 하나라도 문제가 있으면 1, 사용법 오류는 2.
error-cli-help-format = 세션 파일은 RON 텍스트입니다. 모든 필드는 docs/session-format.md에 설명되어 있습니다.
error-cli-summary = 트랙 { $tracks }개, 시나리오 { $scenarios }개, 단계 { $steps }개
error-cli-ok = 정상 ({ $summary })
error-cli-ok-with-warnings = 정상 ({ $summary }; 경고 { $count }개)
error-cli-warning = 경고: { $message }
error-cli-stopped = (문제 { $count }개에서 검사를 멈췄습니다)
error-cli-try-help = 도움말은 `peacemap --help`로 볼 수 있습니다.
error-cli-not-available = `peacemap { $command }` 명령은 이 버전에서 쓸 수 없습니다
error-cli-unknown-check-option = `check`에는 `{ $option }` 옵션이 없습니다
error-cli-check-needs-a-file = `check`에는 파일이 하나 이상 필요합니다
error-cli-unknown-option = 알 수 없는 옵션입니다: `{ $option }`
error-cli-one-file-to-open = 열 파일은 하나만 주세요(여러 파일을 검사하려면 `peacemap check FILE...`를 쓰세요)
error-cli-lang-needs-a-value = `--lang` 뒤에 언어를 주세요: `en` 또는 `ko`
error-cli-unknown-lang = Peacemap이 지원하지 않는 언어입니다: `{ $value }`. `en` 또는 `ko`를 쓰세요
error-cli-no-window = 창을 열 수 없습니다: { $reason }
