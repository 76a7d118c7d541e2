# title = A Prayer Campaign for North Korean Refugees and Orphans
title = 为朝鲜难民和孤儿发起的祷告运动

# summary = The first thing we want to do is equip you to pray for North Korean refugees in our new program, #Pray40NK, which will coincide with Lent.
summary = 我们要做的第一件事，是通过我们的新项目#Pray40NK，帮助您为朝鲜难民祷告。这个项目将与复活节前四十天的大斋期同步进行。

# p-sex-trafficking-abuse-hopelessness = Sex trafficking. Abuse. Hopelessness. Abandonment. The struggles of North Korean refugees and orphans are well documented on this blog. When we share this information with people who hear it for the first time, the reaction is almost always shock and horror. This year, we want to equip people to do something about these modern-day atrocities. You will be seeing more ways you can actively participate in the health and well-being of North Korean refugees in China on our website and communications this year.
p-sex-trafficking-abuse-hopelessness = 性贩卖。虐待。绝望。遗弃。朝鲜难民和孤儿所经历的苦难，在这个博客上已有详尽记录。当我们把这些情况讲给第一次听到的人时，他们的反应几乎总是震惊和恐惧。今年，我们希望帮助大家针对这些当代暴行采取行动。您还将在我们的网站和通讯中看到更多途径，可以积极参与关心在中国的朝鲜难民的健康与福祉。

# p-the-first-thing-we-want = The first thing we want to do is equip you to pray for North Korean refugees in our new program, #Pray40NK, which will coincide with Lent.
p-the-first-thing-we-want = 我们要做的第一件事，是通过我们的新项目#Pray40NK，帮助您为朝鲜难民祷告。这个项目将与复活节前四十天的大斋期同步进行。

# p-the-reason-why-we-are = The reason why we are calling people to pray is because we believe it is the most practical way that people can get involved. We believe in an all-powerful God who can change any situation according to His will. Prayer is the most effective and powerful first step to substantive change.
p-the-reason-why-we-are = 我们之所以呼吁大家祷告，是因为我们相信，这是人们能够参与的最切实可行的方式。我们相信全能的神能按照他的旨意改变任何处境。祷告是迈向实质性改变最有效、最有力的第一步。

# p-in-our-prayer-guide-you = In our [prayer guide](/pray40nk-guide.pdf), you will find a daily prayer item coupled with a Bible verse to meditate on. It is our hope that this will bring powerful change in the lives of many and also to bless you in your life.
p-in-our-prayer-guide-you = 在我们的[祷告指南](/pray40nk-guide.pdf)中，您会看到每日的祷告事项，每项都配有一节可供默想的经文。我们盼望这能给许多人的生命带来有力的改变，也成为您生命中的祝福。

# p-many-of-us-on-staff = Many of us on staff have been a part of this ministry for over a decade. We can all say that we have received exponentially more than we have given. We hope you will experience the same measure of blessing as you pray.
p-many-of-us-on-staff = 我们的许多同工投身这项事工已有十多年。我们都可以说，我们所领受的远比付出的多得多。愿您在祷告中也经历同样丰盛的祝福。

# p-you-can-download-the-guide = You can [download the guide here](/pray40nk-guide.pdf). You can also follow us on Instagram ([@crossingbordersnk](https://www.instagram.com/crossingbordersnk/)) for daily reminders. Thank you!
p-you-can-download-the-guide = 您可以[在这里下载祷告指南](/pray40nk-guide.pdf)。您也可以在Instagram上关注我们（[@crossingbordersnk](https://www.instagram.com/crossingbordersnk/)），获取每日提醒。谢谢！
