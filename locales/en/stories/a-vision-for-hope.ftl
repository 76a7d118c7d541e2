### Messages of stories/a-vision-for-hope.md, written by `fluentpress extract`: edit the Markdown, not this file.

# stories/a-vision-for-hope.md (document title)
title = A Vision for Hope in Community

# stories/a-vision-for-hope.md (document summary)
summary = The goal for Crossing Borders’ safehouse is to build a strong community of 15 to 20 North Korean refugees in South Korea in two years.

# stories/a-vision-for-hope.md (heading)
heading-building-bonds-in-south-korea = Building Bonds in South Korea

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-the-goal-for-crossing-borders = The goal for Crossing Borders’ safehouse is to build a strong community of 15 to 20 North Korean refugees in South Korea in two years. We would like to establish the beginnings of a strong network that provides support, counseling, help.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-in-china-crossing-borders-has = In China, Crossing Borders has been able to foster a vibrant community of Christian believers by bringing North Korean refugee women into community. This community has doubled in the past two years and more North Korean refugees are still being reached by the very individuals who are a part of our support network.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-we-also-believe-that-one = We also believe that one measure of Crossing Borders’ ongoing success is based on our surveys with the refugees in our network. One of the key questions we ask North Koreans in our care is “How healthy do you feel?” on a scale of One (Extremely Unhealthy) to Five (Extremely Healthy).

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-in-2014-the-average-number = In 2014 the average number the refugees rated themselves was 1.8. This statistic has steadily increased over the years and in 2018 the average was 2.91.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (table cell)
cell-year = Year

# stories/a-vision-for-hope.md › Building Bonds in South Korea (table cell)
cell-average-health-score = Average health score

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-we-believe-this-score-is = We believe this score is more than an indication of physical health but also a reflection of how refugees have expressed their feelings of psychological stability. Refugees feel more firm and secure in their overall well-being in our assessment. Refugees’ self-assessment of personal health has steadily increased even as persecution in China has increased.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-each-year-crossing-borders-has = Each year Crossing Borders has also asked refugees if they felt an immediate threat of repatriation. This number has increased since 2017 in shocking fashion.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (table cell)
cell-year-2 = Year

# stories/a-vision-for-hope.md › Building Bonds in South Korea (table cell)
cell-felt-threat-of-repatriation = Felt threat of repatriation

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-it-is-clear-that-while = It is clear that while a reason for anxiety has increased in China, as North Korean refugees in our network express their concern for the threat of repatriation or arrest increasing, the individuals in Crossing Borders’ community are growing in their feelings of health and stability. This is also expressed in refugees’ attendance in Crossing Borders’ retreats as in 2018, the year with the highest expressed concern of arrest in China, the largest number of North Korean refugees and children to ever attend Crossing Borders’ retreat (41 individuals) participated in our programs. We believe that, through the powerful effects of community and the gospel, the refugees in our network feel more confidence in enduring through potentially distressing circumstances.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-it-should-be-noted-that = It should be noted that Crossing Borders has worked extensively with both North Korean orphans and refugees to help provide a stable, supportive network that encourages independence and self-built stability. While Crossing Borders has helped North Korean refugees financially in the past, the aim has always been to counsel refugees in believing that they have the agency and ability to build responsible, capable, sustainable lives. It is important that North Korean refugees do not lose sight of their hopes alongside others who are experiencing such situations with them. Relationships, both to counselors and other refugees are vital.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-crossing-borders-plans-provide-north = Crossing Borders plans to provide North Korean refugees with training and direction, but most importantly, to build community.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-based-on-our-experience-crossing = Based on our experience, Crossing Borders believes that the long-term success of the North Korean refugees hinges upon their physical, emotional, and spiritual well-being. Many of these needs are not being met for North Korean refugees in South Korea.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-crossing-borders-prioritizes-physical = Crossing Borders prioritizes physical and psychological stability when aiding those in need. While Crossing Borders wants to speak into refugees’ desires for meaning and purpose, the work must always begin by helping North Korean refugees to feel safe. This is especially the case for women who are fleeing abusive husbands or the sex industry. For North Korean refugees in South Korea, the provision is much greater and ensured by law. But for those who find themselves at the mercy of abusive or malicious relationships again and again, there is very much a threat to personal physical safety that is always present.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-north-koreans-have-experienced-immense = North Koreans have experienced immense trauma in their homeland and in their escape through China and Southeast Asia. According to a 2017 meta study funded by the National Research Foundation of Korea, between 49 and 81 percent of North Korean refugees witnessed at least one type of life-threatening event and about 26 percent of all North Korean refugees have been repatriated back to North Korea.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-the-study-states-that-between = The study states that between 33 and 51 percent of North Korean refugees were classified as having depressive symptoms. Such information is aligned with the diagnosis of medical professionals Crossing Borders has brought to China, who stated that numerous North Korean refugees within our network have ongoing symptoms of post-traumatic stress disorder.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-the-study-conducted-by-the = The study conducted by the National Research Foundation recommends that “affective support from personal relationships (e.g. family, friendships) plays a more pivotal protective role than does official support in NKRs’ mental health.” This is consistent with how Crossing Borders provides therapy for North Korean refugees in South Korea and how Crossing Borders approaches our care in China.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-by-counseling-those-in-struggling = By counseling those in struggling marriages, helping support families who are directly out of Hanawon and introducing North Korean women in the sex industry to a community of peers, we believe that we will be doing exactly what is recommended. The initial goal is to build trusting relationships with North Korean refugees who often need a listening ear or caring words of advice.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-the-only-way-that-north = The only way that North Korean refugees can thrive long-term is through healing the many wounds that these people have accumulated in North Korea and in China. Depression, anxiety and trauma do not always have material solutions. We believe that the best way for Crossing Borders to address these issues is through the gospel of Christ.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-the-gospel-is-both-a = The gospel is both a short-term and long-term solution to the difficulties in North Korean refugees’ lives. The spiritual crisis that confronts North Koreans who leave their country is weighty. North Koreans are born into a nation filled with lies. When they flee to China, these lies are contested by the outside world. North Korean refugees are taught, from birth, that their nation’s leaders are like deities who will protect their country from the outside world. Their service is more than nationalism or loyalty, it is akin to worship. But following their shameful, guilt-ridden escape from North Korea, many refugees realize, for the first time, that the accumulation of all their violent suffering has been a result of the Kim regime’s greed and lust for power. This betrayal is a deeply disturbing and painful realization.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-additionally-80-percent-of-the = Additionally, 80 percent of the women who flee into China have experienced human trafficking. Many of these relationships are verbally, physically abusive in nature. There are no laws protecting North Korean refugees in China - even from murder. Some women are sold several times.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-the-truth-and-practical-reality = The truth and practical reality of the Christian gospel responds directly to this abused population of North Koreans. It provides existential purpose and clear, life-altering hope. Only the gospel can heal the heart from many years of abuse and oppression.

# stories/a-vision-for-hope.md › Building Bonds in South Korea (paragraph)
p-the-gospel-is-inherently-self = The gospel is inherently self-perpetuating. North Koreans, upon hearing the gospel of Jesus Christ, will share it with others. More people will get into community and find healing. We have witnessed this in small communities of North Koreans in China and we expect that this will continue in South Korea.
