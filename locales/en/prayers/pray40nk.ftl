### Messages of prayers/pray40nk.md, written by `fluentpress extract`: edit the Markdown, not this file.

# prayers/pray40nk.md (document title)
title = A Prayer Campaign for North Korean Refugees and Orphans

# prayers/pray40nk.md (document summary)
summary = The first thing we want to do is equip you to pray for North Korean refugees in our new program, #Pray40NK, which will coincide with Lent.

# prayers/pray40nk.md (paragraph)
p-sex-trafficking-abuse-hopelessness = Sex trafficking. Abuse. Hopelessness. Abandonment. The struggles of North Korean refugees and orphans are well documented on this blog. When we share this information with people who hear it for the first time, the reaction is almost always shock and horror. This year, we want to equip people to do something about these modern-day atrocities. You will be seeing more ways you can actively participate in the health and well-being of North Korean refugees in China on our website and communications this year.

# prayers/pray40nk.md (paragraph)
p-the-first-thing-we-want = The first thing we want to do is equip you to pray for North Korean refugees in our new program, #Pray40NK, which will coincide with Lent.

# prayers/pray40nk.md (paragraph)
p-the-reason-why-we-are = The reason why we are calling people to pray is because we believe it is the most practical way that people can get involved. We believe in an all-powerful God who can change any situation according to His will. Prayer is the most effective and powerful first step to substantive change.

# prayers/pray40nk.md (paragraph)
p-in-our-prayer-guide-you = In our [prayer guide](/pray40nk-guide.pdf), you will find a daily prayer item coupled with a Bible verse to meditate on. It is our hope that this will bring powerful change in the lives of many and also to bless you in your life.

# prayers/pray40nk.md (paragraph)
p-many-of-us-on-staff = Many of us on staff have been a part of this ministry for over a decade. We can all say that we have received exponentially more than we have given. We hope you will experience the same measure of blessing as you pray.

# prayers/pray40nk.md (paragraph)
p-you-can-download-the-guide = You can [download the guide here](/pray40nk-guide.pdf). You can also follow us on Instagram ([@crossingbordersnk](https://www.instagram.com/crossingbordersnk/)) for daily reminders. Thank you!
