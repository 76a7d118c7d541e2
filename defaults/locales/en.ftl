### The site's own words: what every published page says around the documents (navigation,
### notices, dates). `fluentpress extract` never writes or removes this file; translate it like
### any other. Keep every { $placeable } exactly as it is.

# The name of the site, in page headers, window titles and feeds.
site-title = Untitled site

# The window title of a document's page. $page is the document's title.
page-title = { $page } – { site-title }

# The name of this language, written in this language. The language switcher shows it.
language-name = English

# On the root page, beside this language's name: an invitation to read the site in it.
language-invitation = Read this site in English

# The first link on every page, for keyboard and screen reader users.
skip-to-content = Skip to content

# Screen reader label of the site's navigation.
site-navigation = Site

# Screen reader label of the list of languages on every page.
language-switcher = This page in other languages

# Link to this language's home page.
home = Home

# Screen reader label of the links from a section page back to the home page.
breadcrumbs = Where you are

# Screen reader label of the links to the pages before and after this one.
pager = More in this section

# Links to the page before and the page after this one in its section.
previous = ← Previous
next = Next →

# Link to this language's feed of new pages. "Atom" is the name of the feed format.
feed-subscribe = Follow new pages (Atom feed)

# The title of the feed, shown in feed readers.
feed-title = { site-title }

# At the top of a page that is partly still in the original language. $percent is a number.
partly-translated = Parts of this page are not translated yet and appear in the original language ({ $percent }% translated).
