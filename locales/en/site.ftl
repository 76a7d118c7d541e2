### The site's own words: what every published page says around the documents (navigation,
### section names, notices, dates). `fluentpress extract` never writes or removes this file;
### translate it like any other. Keep every { $placeable } exactly as it is.

# The name of the site, in page headers, window titles and feeds.
site-title = Crossing Borders

# The window title of a document's page. $page is the document's title.
page-title = { $page } – { site-title }

# The name of this language, written in this language. The language switcher shows it.
language-name = English

# On the root page, beside this language's name: an invitation to read the site in it.
language-invitation = Read the stories in English

# The first link on every page, for keyboard and screen reader users.
skip-to-content = Skip to content

# Screen reader label of the site's navigation.
site-navigation = Site

# Screen reader label of the list of languages on every page.
language-switcher = This page in other languages

# Link to this language's home page.
home = Home

# Heading of the list of pages on the home page.
more-pages = More

# Link to this language's feed of stories and prayers. "Atom" is the name of the feed format.
feed-subscribe = Follow new stories and prayers (Atom feed)

# The title of the feed, shown in feed readers.
feed-title = { site-title }: stories and prayers

# A date. $year, $month (1 to 12) and $day are numbers; in English: January 1, 2016.
date =
    { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $day }, { $year }

# At the top of a page that is partly still in the original language. $percent is a number.
partly-translated = Parts of this page are not translated yet and appear in the original language ({ $percent }% translated).
