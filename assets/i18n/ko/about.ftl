# Peacemap 한국어 카탈로그, "about": en/about.ftl 과 같은 id.

## 보드 위 출처 표시 띠 (src/ui/attribution.rs)
about-strip-name = 출처 표시
about-strip-maps = 이 보드가 옮긴 제안: { $author }, “{ $title }”, { $published }
about-strip-no-source = 이 세션에는 출처 표시가 없습니다. 누구의 제안을 옮긴 것인지, 각 항목이 어디에서 왔는지 밝히지 않습니다.
about-strip-hypothetical = 가상 시나리오
about-strip-hypothetical-default = 이 보드의 진척도, 상태, 기준치는 누군가 설정한 시나리오이며 실제 있었던 일의 기록이 아닙니다.
about-strip-legend = 예시: 보드를 움직이려고 임의로 정한 수치·항목(사실 아님)
about-open = 이 지도에 대하여
about-open-tooltip = 제안의 내용, 각 항목의 출처, 보드 읽는 법

## 예시 항목에 붙는 표시 (두 언어 모두 같은 기호)
about-illustrative-mark = ≈
about-illustrative-description = 예시: 보드를 움직이려고 임의로 정한 수치·항목(사실 아님)

## 항목의 출처: 항목 옆 꼬리표 (src/ui/source.rs)
about-source-kind-work = 기고문
about-source-kind-context = 보충 자료
about-source-work = 기고문 · { $part }
about-source-work-detail = 기고문 · { $part }, { $detail }
about-source-context = 보충 자료 · { $citation }
about-source-context-dated = 보충 자료 · { $citation }, { $date }
about-source-illustrative = 예시
about-source-illustrative-note = 예시 · { $note }
about-source-unstated = 출처 미기재
about-source-name = { $item } 출처: { $source }

## 출처 꼬리표가 가리키는 항목 (화면 낭독기용 이름)
about-item-milestone = 이정표 { $number }
about-item-precedent = 선례 { $number }
about-item-seat = { $participant } 좌석

## "이 지도에 대하여" 창 (src/ui/about.rs)
about-title = 이 지도에 대하여
about-close = 닫기
about-proposes-heading = 제안의 내용
about-no-summary = 이 세션에는 옮긴 글의 요약이 없습니다.
about-source-heading = 출처
about-no-source = 이 세션에는 출처로 밝힌 글이 없습니다. 트랙, 날짜, 수치가 누구의 것인지 알 수 없으니 세션을 만든 사람에게 확인하십시오.
about-field-author = 필자
about-field-title = 제목
about-field-published = 게재
about-field-link = 링크
about-field-standing = 글의 성격
about-field-board = 보드
about-field-parts = 글의 구성
about-kinds-heading = 각 항목의 출처
about-kinds-intro = 트랙, 이정표, 선례, 제재 완화 단계, 경계 방안, 좌석마다 출처를 밝히는 작은 꼬리표가 붙어 있습니다.
about-kind-work = 기고문: 제안이 직접 밝힌 내용입니다. 꼬리표에 그 내용이 나오는 기고문의 부분을 적었습니다.
about-kind-context = 보충 자료: 기고문이 언급하지 않은 실제 사건, 조약, 기구로, 근거와 날짜를 함께 적었습니다. 세션을 만든 사람이 덧붙인 배경입니다.
about-kind-illustrative = 예시: 보드를 움직이기 위해 만든 값입니다. 기준치, 백분율, 지어낸 이정표와 좌석이 여기에 해당합니다. 사실도 아니고 기고문의 내용도 아닙니다. 보드에서는 { $mark } 표시와 점선 테두리로 구분합니다.
about-kind-unstated = 출처 미기재: 파일에 항목의 출처가 적혀 있지 않습니다(출처를 기록하기 전에 만든 파일).
about-reading-heading = 보드 읽는 법
about-reading-lanes = 차로: 차로 하나가 협상 트랙 하나입니다. 고속도로의 차로처럼 나란히 달리므로 한 트랙이 막혀도 다른 트랙은 나아갈 수 있습니다. 머리말에는 트랙 이름, 협상 구도, 현재 상태가 나옵니다.
about-reading-vehicle = 차량: 트랙이 얼마나 나아갔는지를 보여 줍니다. 왼쪽 출발점에서 오른쪽 체크무늬 결승선까지입니다. 끌어서 옮기거나 Tab으로 선택한 뒤 화살표 키로 움직입니다. 차량을 옮기면 시나리오가 바뀔 뿐, 역사가 바뀌지는 않습니다.
about-reading-chips = 칩: 트랙의 협상 테이블에 앉은 당사자를 고유 색으로 표시합니다. 둥근 칩은 협상 당사자, 이중 테두리는 비준 당사자, 네모난 칩은 합의 이행을 돕는 당사자, 속이 빈 칩은 참관 당사자입니다. 도움말 메뉴에서 각 모양을 볼 수 있습니다.
about-reading-signs = 이정표: 트랙이 거쳐 가는 중간 성과입니다. 차량이 지나가면 표지판에 불이 들어옵니다. 점선 테두리와 { $mark } 표시가 있는 표지판은 예시입니다.
about-reading-gauge = 게이지: 위쪽 막대는 각 트랙의 진척도를 가중치에 따라 합산한 종합 진척도입니다. 제재 완화는 한 차로가 아니라 이 수치로 판단합니다.
about-reading-relief = 제재 완화 단계: 제재 완화는 단계적으로 이루어집니다. 게이지와 트랙별 최소 요건이 기준치에 이르면 해당 단계가 열리며, 각 단계에는 완화되는 조치와 결정 주체가 적혀 있습니다. 기준치는 예시입니다.
about-reading-border = 경계 방안: 군사분계선(MDL)이 앞으로 무엇이 될 수 있는지를 보여 줍니다. 방안마다 논의 중, 선호, 합의, 거부로 표시하며, 1953년 정전협정을 무엇으로 대체할지라는 열린 질문이 함께 놓여 있습니다.
