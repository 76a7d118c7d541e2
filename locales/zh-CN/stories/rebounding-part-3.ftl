# title = Rebounding, Part 3
title = 重新振作（3）

# summary = A woman who lost everything in the North Korean famine and sold as a commodity in China twice, is saying that her life is full of thankfulness.
summary = 一个在朝鲜大饥荒中失去一切、在中国两次被当作货物贩卖的女人，却说她的生活充满了感恩。

# p-in-the-early-2000s-it = In the early 2000s, it was estimated that the number of North Korean refugees in China could be anywhere from 100,000 to 300,000 individuals. Today, a conservative estimate stands around 30,000 to 60,000 people while others continue to state that at least 200,000 North Korean refugees and their family members hide illegally in China. North Korean refugees still have no rights in China. There are still systematic raids carried out by the Chinese police targeting North Korean refugees, their children, and the people who help them.
p-in-the-early-2000s-it = 据估计，21世纪初在中国的朝鲜难民人数在10万至30万人之间。如今，保守估计约为3万至6万人，但也有人仍然认为，至少有20万名朝鲜难民及其家人非法藏身于中国。朝鲜难民在中国仍然没有任何权利。中国警方仍在针对朝鲜难民、他们的子女以及帮助他们的人开展有组织的搜捕。

# "Expatriated" read as expelled (驱逐了): a country expels foreign missionaries; asked of the
# authors in docs/open-questions.md.
# p-this-past-summer-china-expatriated = This past summer China expatriated about 1,000 missionaries who worked along the Chinese-Korean border.
p-this-past-summer-china-expatriated = 刚刚过去的这个夏天，中国驱逐了在中朝边境一带工作的约1,000名传教士。

# quote-the-sweep-along-the-frontier = “The sweep along the frontier is believed to be aimed at closing off support to North Koreans who flee persecution and poverty in their homeland,” Reuters reported in August.
quote-the-sweep-along-the-frontier = 路透社8月报道称：“据信，此次沿边境地区展开的清查，旨在切断对那些逃离本国迫害与贫困的朝鲜人的支援。”

# p-the-constant-scrutiny-and-raids = The constant scrutiny and raids carried out by the Chinese government along with the diminishing population of ethnic Koreans in China has left the region ill-equipped to handle the slow but steady drip of North Korean refugees into the country.
p-the-constant-scrutiny-and-raids = 中国政府持续不断的监视和搜捕，加上中国朝鲜族人口日益减少，使这一地区已无力应对朝鲜难民缓慢却从未间断的涓涓细流。

# p-mrs-jo-came-into-china = "Mrs. Jo" came into China from North Korea when this drip of North Korean refugees fleeing the country was better described as a pouring of North Korean refugees during the Great North Korean Famine of the 1990s. She was introduced to one of Crossing Borders’ missionaries in 2012 and began receiving help in 2013.
p-mrs-jo-came-into-china = “赵太太”是在20世纪90年代朝鲜大饥荒期间从朝鲜来到中国的。那时，逃离朝鲜的难民与其说是涓涓细流，不如说是汹涌而来。2012年，她经人介绍认识了“跨越边境”（Crossing Borders）的一位传教士，并从2013年开始得到帮助。

# p-the-transformation-we-have-seen = The transformation we have seen in her is astonishing. Of the $40 she receives in aid from Crossing Borders per month, she tithes half to contribute to her church and to charities.
p-the-transformation-we-have-seen = 我们在她身上看到的改变令人惊叹。她每月从“跨越边境”领取40美元的援助，并把其中一半奉献给教会、捐给慈善机构。

# p-her-back-is-still-not = Her back is still not straight and her inner wounds have not fully healed, yet her smile is bright. She spends most of her days working on the nearby mountain to find herbs and mushrooms to sell at her local market.
p-her-back-is-still-not = 她的腰仍然直不起来，内心的创伤也还没有完全愈合，但她的笑容依旧灿烂。她每天大部分时间都在附近的山上采草药、捡蘑菇，再拿到当地集市上去卖。

# p-recently-there-was-a-dispute = Recently, there was a dispute between two other North Korean refugees at Mrs. Jo’s church. One of them left the church vowing never to return. Mrs. Jo called the one who left and from the Bible, instructed her about why it is important for her to return. The two women made peace and both are attending the church again, receiving life-sustaining aid from Crossing Borders.
p-recently-there-was-a-dispute = 最近，赵太太所在的教会里另有两名朝鲜难民发生了争执。其中一人离开了教会，发誓再也不回来。赵太太给离开的那位打电话，用圣经的话开导她，告诉她为什么回到教会很重要。两人和好了，现在都重新来教会聚会，也都从“跨越边境”得到维持生命的援助。

# p-mrs-jo-s-husband-recently = Mrs. Jo’s husband recently returned from South Korea after 10 years. They are living together and happy, she said.
p-mrs-jo-s-husband-recently = 赵太太的丈夫在韩国待了10年，最近回来了。她说，他们现在生活在一起，很幸福。

# p-i-m-living-a-life = “I’m living a life of thankfulness,” she said.
p-i-m-living-a-life = “我过着感恩的日子。”她说。

# p-think-for-a-moment-how = Think for a moment how remarkable this statement is. A woman who lost everything in the North Korean famine and sold as a commodity in China twice, is saying that her life is full of thankfulness.
p-think-for-a-moment-how = 请想一想，这句话是多么了不起。一个在朝鲜大饥荒中失去一切、在中国两次被当作货物贩卖的女人，却说她的生活充满了感恩。

# p-this-is-why-crossing-borders = This is why Crossing Borders exists, to show the compassion of Christ to North Korean refugees, the widows and orphans of North Korea. We have made a difference in the lives of thousands of people and we want to continue and expand and grow.
p-this-is-why-crossing-borders = 这正是“跨越边境”存在的原因：向朝鲜难民——朝鲜的寡妇和孤儿——彰显基督的怜悯。我们已经改变了数千人的生命，我们希望继续下去，并不断扩展、成长。

# p-for-all-the-calls-to = For all the calls to give and posts we make online, we hope that just a fraction of those who find out about us will be compelled to give out of the thankfulness in their hearts.
p-for-all-the-calls-to = 我们在网上发出许多捐助呼吁，也发布了许多文章。我们盼望，了解到我们的人当中，哪怕只有一小部分，能出于心中的感恩而慷慨解囊。

# p-as-many-of-us-close = As many of us close out the year and perhaps take account of the good and the bad, it is our hope that we place these occurrences in a broader context. Perhaps we can use the example of Mrs. Jo to remind ourselves of how blessed we are and that, even at our lowest of lows, we can sing a song with sincere thanksgiving in our hearts.
p-as-many-of-us-close = 许多人在年终之际，或许会盘点这一年的好与坏。我们盼望大家能把这些经历放在更广阔的背景中来看。也许我们可以借着赵太太的榜样提醒自己：我们是何等蒙福；即使在人生最低谷，我们也能怀着真诚感恩的心歌唱。

# The first stanza of It Is Well with My Soul (words Horatio G. Spafford, 1873; music Philip P.
# Bliss), 《我心灵得安宁》, in the Chinese words most churches sing and most hymn books and
# recordings print (有时忧伤来，似浪滚 … 不论何环境，我已蒙主引领). A less common version reads
# 有时遇悲伤似浪滚 … 无论何环境; keep this one so that readers can sing along.
# quote-when-peace-like-a-river =
#     When peace, like a river, attendeth my way,\
#     When sorrows like sea billows roll;\
#     Whatever my lot, Thou hast taught me to say,\
#     It is well, it is well with my soul.
quote-when-peace-like-a-river =
    有时享平安，如江河平又稳，\
    有时忧伤来，似浪滚；\
    不论何环境，我已蒙主引领，\
    我心灵得安宁，得安宁。
