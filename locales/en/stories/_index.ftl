### Messages of stories/_index.md, written by `fluentpress extract`: edit the Markdown, not this file.

# stories/_index.md (document title)
title = Stories
