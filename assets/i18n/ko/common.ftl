# Peacemap 한국어 카탈로그, "common": 여러 곳에서 함께 쓰는 문구.
# en/ 에 있는 같은 이름의 파일과 같은 id를 가집니다.

## 언어 전환
lang-switch = 언어
lang-switch-tooltip = 메뉴, 레이블, 세션 내용을 이 언어로 표시합니다
