### The site's own words: what every published page says around the documents (navigation,
### section names, notices, dates). `fluentpress extract` never writes or removes this file;
### translate it like any other. Keep every { $placeable } exactly as it is.

# The name of the site, in page headers, window titles and feeds.
site-title = 크로싱 보더스

# The window title of a document's page. $page is the document's title.
page-title = { $page } – { site-title }

# The name of this language, written in this language. The language switcher shows it.
language-name = 한국어

# On the root page, beside this language's name: an invitation to read the site in it.
language-invitation = 한국어로 이야기 읽기

# The first link on every page, for keyboard and screen reader users.
skip-to-content = 본문으로 건너뛰기

# Screen reader label of the site's navigation.
site-navigation = 사이트 메뉴

# Screen reader label of the list of languages on every page.
language-switcher = 다른 언어로 이 페이지 보기

# Link to this language's home page.
home = 홈

# Heading of the list of pages on the home page.
more-pages = 더 보기

# Link to this language's feed of stories and prayers. "Atom" is the name of the feed format.
feed-subscribe = 새 이야기와 기도 구독하기(Atom 피드)

# The title of the feed, shown in feed readers.
feed-title = { site-title }: 이야기와 기도

# A date. $year, $month (1 to 12) and $day are numbers; in English: January 1, 2016.
date = { $year }년 { $month }월 { $day }일

# At the top of a page that is partly still in the original language. $percent is a number.
partly-translated = 이 페이지는 아직 일부만 번역되어, 번역되지 않은 부분은 원문으로 표시됩니다(번역률 { $percent }%).
