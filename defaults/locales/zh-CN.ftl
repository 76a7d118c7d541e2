### 网站自身的文字：每个页面在文档周围显示的内容（导航、提示、日期）。
### `fluentpress extract` 不会写入或删除此文件；请像其他文件一样翻译。
### 请原样保留每个 { $placeable }。

site-title = 未命名网站
page-title = { $page } – { site-title }
language-name = 中文
language-invitation = 阅读中文版
skip-to-content = 跳到正文
site-navigation = 网站导航
language-switcher = 用其他语言阅读本页
home = 首页
breadcrumbs = 当前位置
pager = 本栏目的其他页面
previous = ← 上一页
next = 下一页 →
feed-subscribe = 订阅新页面（Atom 订阅源）
feed-title = { site-title }
partly-translated = 本页尚未完全翻译，未译部分以原文显示（已翻译 { $percent }%）。
