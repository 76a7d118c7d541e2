### 사이트 자체의 문구: 모든 페이지에서 문서 주변에 표시되는 말(탐색, 안내, 날짜).
### `fluentpress extract`는 이 파일을 쓰거나 지우지 않습니다. 다른 파일처럼 번역하세요.
### { $placeable }은 그대로 두세요.

site-title = 이름 없는 사이트
page-title = { $page } – { site-title }
language-name = 한국어
language-invitation = 한국어로 이 사이트 읽기
skip-to-content = 본문으로 건너뛰기
site-navigation = 사이트 메뉴
language-switcher = 다른 언어로 이 페이지 보기
home = 홈
breadcrumbs = 현재 위치
pager = 이 섹션의 다른 페이지
previous = ← 이전
next = 다음 →
feed-subscribe = 새 페이지 구독하기(Atom 피드)
feed-title = { site-title }
partly-translated = 이 페이지는 아직 일부만 번역되어, 번역되지 않은 부분은 원문으로 표시됩니다(번역률 { $percent }%).
