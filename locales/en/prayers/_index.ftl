### Messages of prayers/_index.md, written by `fluentpress extract`: edit the Markdown, not this file.

# prayers/_index.md (document title)
title = Prayers
