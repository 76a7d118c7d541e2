### Messages of stories/rebounding-part-3.md, written by `fluentpress extract`: edit the Markdown, not this file.

# stories/rebounding-part-3.md (document title)
title = Rebounding, Part 3

# stories/rebounding-part-3.md (document summary)
summary = A woman who lost everything in the North Korean famine and sold as a commodity in China twice, is saying that her life is full of thankfulness.

# stories/rebounding-part-3.md (paragraph)
p-in-the-early-2000s-it = In the early 2000s, it was estimated that the number of North Korean refugees in China could be anywhere from 100,000 to 300,000 individuals. Today, a conservative estimate stands around 30,000 to 60,000 people while others continue to state that at least 200,000 North Korean refugees and their family members hide illegally in China. North Korean refugees still have no rights in China. There are still systematic raids carried out by the Chinese police targeting North Korean refugees, their children, and the people who help them.

# stories/rebounding-part-3.md (paragraph)
p-this-past-summer-china-expatriated = This past summer China expatriated about 1,000 missionaries who worked along the Chinese-Korean border.

# stories/rebounding-part-3.md (block quote)
quote-the-sweep-along-the-frontier = “The sweep along the frontier is believed to be aimed at closing off support to North Koreans who flee persecution and poverty in their homeland,” Reuters reported in August.

# stories/rebounding-part-3.md (paragraph)
p-the-constant-scrutiny-and-raids = The constant scrutiny and raids carried out by the Chinese government along with the diminishing population of ethnic Koreans in China has left the region ill-equipped to handle the slow but steady drip of North Korean refugees into the country.

# stories/rebounding-part-3.md (paragraph)
p-mrs-jo-came-into-china = "Mrs. Jo" came into China from North Korea when this drip of North Korean refugees fleeing the country was better described as a pouring of North Korean refugees during the Great North Korean Famine of the 1990s. She was introduced to one of Crossing Borders’ missionaries in 2012 and began receiving help in 2013.

# stories/rebounding-part-3.md (paragraph)
p-the-transformation-we-have-seen = The transformation we have seen in her is astonishing. Of the $40 she receives in aid from Crossing Borders per month, she tithes half to contribute to her church and to charities.

# stories/rebounding-part-3.md (paragraph)
p-her-back-is-still-not = Her back is still not straight and her inner wounds have not fully healed, yet her smile is bright. She spends most of her days working on the nearby mountain to find herbs and mushrooms to sell at her local market.

# stories/rebounding-part-3.md (paragraph)
p-recently-there-was-a-dispute = Recently, there was a dispute between two other North Korean refugees at Mrs. Jo’s church. One of them left the church vowing never to return. Mrs. Jo called the one who left and from the Bible, instructed her about why it is important for her to return. The two women made peace and both are attending the church again, receiving life-sustaining aid from Crossing Borders.

# stories/rebounding-part-3.md (paragraph)
p-mrs-jo-s-husband-recently = Mrs. Jo’s husband recently returned from South Korea after 10 years. They are living together and happy, she said.

# stories/rebounding-part-3.md (paragraph)
p-i-m-living-a-life = “I’m living a life of thankfulness,” she said.

# stories/rebounding-part-3.md (paragraph)
p-think-for-a-moment-how = Think for a moment how remarkable this statement is. A woman who lost everything in the North Korean famine and sold as a commodity in China twice, is saying that her life is full of thankfulness.

# stories/rebounding-part-3.md (paragraph)
p-this-is-why-crossing-borders = This is why Crossing Borders exists, to show the compassion of Christ to North Korean refugees, the widows and orphans of North Korea. We have made a difference in the lives of thousands of people and we want to continue and expand and grow.

# stories/rebounding-part-3.md (paragraph)
p-for-all-the-calls-to = For all the calls to give and posts we make online, we hope that just a fraction of those who find out about us will be compelled to give out of the thankfulness in their hearts.

# stories/rebounding-part-3.md (paragraph)
p-as-many-of-us-close = As many of us close out the year and perhaps take account of the good and the bad, it is our hope that we place these occurrences in a broader context. Perhaps we can use the example of Mrs. Jo to remind ourselves of how blessed we are and that, even at our lowest of lows, we can sing a song with sincere thanksgiving in our hearts.

# stories/rebounding-part-3.md (block quote)
quote-when-peace-like-a-river =
    When peace, like a river, attendeth my way,\
    When sorrows like sea billows roll;\
    Whatever my lot, Thou hast taught me to say,\
    It is well, it is well with my soul.
