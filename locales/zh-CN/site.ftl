### The site's own words: what every published page says around the documents (navigation,
### section names, notices, dates). `fluentpress extract` never writes or removes this file;
### translate it like any other. Keep every { $placeable } exactly as it is.

# The name of the site, in page headers, window titles and feeds.
site-title = 跨越边境

# The window title of a document's page. $page is the document's title.
page-title = { $page } – { site-title }

# The name of this language, written in this language. The language switcher shows it.
language-name = 简体中文

# On the root page, beside this language's name: an invitation to read the site in it.
language-invitation = 阅读中文版

# The first link on every page, for keyboard and screen reader users.
skip-to-content = 跳到正文

# Screen reader label of the site's navigation.
site-navigation = 网站导航

# Screen reader label of the list of languages on every page.
language-switcher = 用其他语言阅读本页

# Link to this language's home page.
home = 首页

# Heading of the list of pages on the home page.
more-pages = 更多

# Link to this language's feed of stories and prayers. "Atom" is the name of the feed format.
feed-subscribe = 订阅新的故事和祷告（Atom 订阅源）

# The title of the feed, shown in feed readers.
feed-title = { site-title }：故事与祷告

# A date. $year, $month (1 to 12) and $day are numbers; in English: January 1, 2016.
date = { $year }年{ $month }月{ $day }日

# At the top of a page that is partly still in the original language. $percent is a number.
partly-translated = 本页尚未完全翻译，未译部分以原文显示（已翻译 { $percent }%）。
