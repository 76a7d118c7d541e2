# title = A Vision for Hope in Community
title = 在社群中孕育盼望的异象

# summary = The goal for Crossing Borders’ safehouse is to build a strong community of 15 to 20 North Korean refugees in South Korea in two years.
summary = “跨越边境”（Crossing Borders）庇护所的目标，是在两年内于韩国建立一个由15至20名朝鲜难民组成的稳固社群。

# heading-building-bonds-in-south-korea = Building Bonds in South Korea
heading-building-bonds-in-south-korea = 在韩国建立彼此的联结

# p-the-goal-for-crossing-borders = The goal for Crossing Borders’ safehouse is to build a strong community of 15 to 20 North Korean refugees in South Korea in two years. We would like to establish the beginnings of a strong network that provides support, counseling, help.
p-the-goal-for-crossing-borders = “跨越边境”（Crossing Borders）庇护所的目标，是在两年内于韩国建立一个由15至20名朝鲜难民组成的稳固社群。我们希望为一个能提供支持、辅导和帮助的稳固网络打下基础。

# p-in-china-crossing-borders-has = In China, Crossing Borders has been able to foster a vibrant community of Christian believers by bringing North Korean refugee women into community. This community has doubled in the past two years and more North Korean refugees are still being reached by the very individuals who are a part of our support network.
p-in-china-crossing-borders-has = 在中国，“跨越边境”把朝鲜难民妇女接进团契，培育出了一个充满活力的基督徒社群。这个社群在过去两年里扩大了一倍，而且正是通过我们支持网络中的这些成员，我们仍在接触到越来越多的朝鲜难民。

# p-we-also-believe-that-one = We also believe that one measure of Crossing Borders’ ongoing success is based on our surveys with the refugees in our network. One of the key questions we ask North Koreans in our care is “How healthy do you feel?” on a scale of One (Extremely Unhealthy) to Five (Extremely Healthy).
p-we-also-believe-that-one = 我们也认为，衡量“跨越边境”持续成效的一个标准，来自我们对网络中难民所做的调查。我们向所照顾的朝鲜人提出的关键问题之一是：“您觉得自己有多健康？”评分从1分（极不健康）到5分（非常健康）。

# p-in-2014-the-average-number = In 2014 the average number the refugees rated themselves was 1.8. This statistic has steadily increased over the years and in 2018 the average was 2.91.
p-in-2014-the-average-number = 2014年，难民们给自己打出的平均分是1.8。此后这一数字逐年稳步上升，到2018年平均分已达2.91。

# cell-year = Year
cell-year = 年份

# cell-average-health-score = Average health score
cell-average-health-score = 平均健康得分

# p-we-believe-this-score-is = We believe this score is more than an indication of physical health but also a reflection of how refugees have expressed their feelings of psychological stability. Refugees feel more firm and secure in their overall well-being in our assessment. Refugees’ self-assessment of personal health has steadily increased even as persecution in China has increased.
p-we-believe-this-score-is = 我们相信，这个分数不仅体现身体健康状况，也反映出难民们所表达的心理稳定感。据我们评估，难民们对自己的整体状况感到更踏实、更有安全感。即使在中国的迫害不断加剧的情况下，难民们对个人健康的自我评估仍在稳步提高。

# p-each-year-crossing-borders-has = Each year Crossing Borders has also asked refugees if they felt an immediate threat of repatriation. This number has increased since 2017 in shocking fashion.
p-each-year-crossing-borders-has = “跨越边境”每年也会询问难民，是否感到面临被遣返的紧迫威胁。自2017年以来，这一比例惊人地攀升。

# cell-year-2 = Year
cell-year-2 = 年份

# cell-felt-threat-of-repatriation = Felt threat of repatriation
cell-felt-threat-of-repatriation = 感到遣返威胁的比例

# p-it-is-clear-that-while = It is clear that while a reason for anxiety has increased in China, as North Korean refugees in our network express their concern for the threat of repatriation or arrest increasing, the individuals in Crossing Borders’ community are growing in their feelings of health and stability. This is also expressed in refugees’ attendance in Crossing Borders’ retreats as in 2018, the year with the highest expressed concern of arrest in China, the largest number of North Korean refugees and children to ever attend Crossing Borders’ retreat (41 individuals) participated in our programs. We believe that, through the powerful effects of community and the gospel, the refugees in our network feel more confidence in enduring through potentially distressing circumstances.
p-it-is-clear-that-while = 显而易见，尽管在中国令人焦虑的原因增多了，我们网络中的朝鲜难民也纷纷表达对遣返或被捕威胁加剧的担忧，但“跨越边境”社群中的成员对自身健康和稳定的感受却在不断增强。这一点也体现在难民参加“跨越边境”退修会的情况上：2018年，难民对在中国被捕的担忧达到最高，而参加“跨越边境”退修会、参与我们项目的朝鲜难民和儿童人数也创下历史新高（41人）。我们相信，借着社群和福音的大能，我们网络中的难民在面对可能令人痛苦的处境时，更有信心坚持下去。

# p-it-should-be-noted-that = It should be noted that Crossing Borders has worked extensively with both North Korean orphans and refugees to help provide a stable, supportive network that encourages independence and self-built stability. While Crossing Borders has helped North Korean refugees financially in the past, the aim has always been to counsel refugees in believing that they have the agency and ability to build responsible, capable, sustainable lives. It is important that North Korean refugees do not lose sight of their hopes alongside others who are experiencing such situations with them. Relationships, both to counselors and other refugees are vital.
p-it-should-be-noted-that = 需要指出的是，“跨越边境”一直与朝鲜孤儿和难民广泛合作，帮助建立一个稳定、互助的网络，鼓励他们独立自主、靠自己建立稳定的生活。虽然“跨越边境”过去曾在经济上帮助朝鲜难民，但我们的目标始终是通过辅导，让难民相信自己有自主能力和本领，去建立负责任、有能力、可持续的生活。重要的是，朝鲜难民要与其他同样身处这些境况的人一起，不失去自己的盼望。无论是与辅导员的关系，还是与其他难民的关系，都至关重要。

# p-crossing-borders-plans-provide-north = Crossing Borders plans to provide North Korean refugees with training and direction, but most importantly, to build community.
p-crossing-borders-plans-provide-north = “跨越边境”计划为朝鲜难民提供培训和方向指引，但最重要的是建立社群。

# p-based-on-our-experience-crossing = Based on our experience, Crossing Borders believes that the long-term success of the North Korean refugees hinges upon their physical, emotional, and spiritual well-being. Many of these needs are not being met for North Korean refugees in South Korea.
p-based-on-our-experience-crossing = 根据我们的经验，“跨越边境”相信，朝鲜难民能否取得长久的成功，取决于他们在身体、情感和灵性上是否健全。而在韩国的朝鲜难民，有许多这样的需要都没有得到满足。

# p-crossing-borders-prioritizes-physical = Crossing Borders prioritizes physical and psychological stability when aiding those in need. While Crossing Borders wants to speak into refugees’ desires for meaning and purpose, the work must always begin by helping North Korean refugees to feel safe. This is especially the case for women who are fleeing abusive husbands or the sex industry. For North Korean refugees in South Korea, the provision is much greater and ensured by law. But for those who find themselves at the mercy of abusive or malicious relationships again and again, there is very much a threat to personal physical safety that is always present.
p-crossing-borders-prioritizes-physical = “跨越边境”在帮助有需要的人时，把身体和心理上的稳定放在首位。虽然“跨越边境”希望回应难民对意义和目标的渴求，但这项工作必须始终从帮助朝鲜难民感到安全开始。对于逃离施暴丈夫或色情行业的妇女来说，更是如此。在韩国的朝鲜难民能得到的帮助要多得多，并且有法律保障。但对那些一再受制于虐待或恶意关系的人来说，人身安全的威胁始终存在。

# p-north-koreans-have-experienced-immense = North Koreans have experienced immense trauma in their homeland and in their escape through China and Southeast Asia. According to a 2017 meta study funded by the National Research Foundation of Korea, between 49 and 81 percent of North Korean refugees witnessed at least one type of life-threatening event and about 26 percent of all North Korean refugees have been repatriated back to North Korea.
p-north-koreans-have-experienced-immense = 朝鲜人在祖国，以及在经由中国和东南亚出逃的过程中，经历了巨大的创伤。根据韩国研究财团资助的一项2017年元分析研究，49%至81%的朝鲜难民至少目睹过一种危及生命的事件，而所有朝鲜难民中约有26%曾被遣返回朝鲜。

# p-the-study-states-that-between = The study states that between 33 and 51 percent of North Korean refugees were classified as having depressive symptoms. Such information is aligned with the diagnosis of medical professionals Crossing Borders has brought to China, who stated that numerous North Korean refugees within our network have ongoing symptoms of post-traumatic stress disorder.
p-the-study-states-that-between = 该研究指出，33%至51%的朝鲜难民被归类为有抑郁症状。这与“跨越边境”请到中国的医疗专业人员的诊断相吻合：他们指出，我们网络中有许多朝鲜难民持续出现创伤后应激障碍的症状。

# p-the-study-conducted-by-the = The study conducted by the National Research Foundation recommends that “affective support from personal relationships (e.g. family, friendships) plays a more pivotal protective role than does official support in NKRs’ mental health.” This is consistent with how Crossing Borders provides therapy for North Korean refugees in South Korea and how Crossing Borders approaches our care in China.
p-the-study-conducted-by-the = 韩国研究财团资助的这项研究建议：“在朝鲜难民的心理健康方面，来自个人关系（如家人、朋友）的情感支持比官方支持发挥着更关键的保护作用。”这与“跨越边境”在韩国为朝鲜难民提供治疗的方式，以及我们在中国开展关怀的方式是一致的。

# p-by-counseling-those-in-struggling = By counseling those in struggling marriages, helping support families who are directly out of Hanawon and introducing North Korean women in the sex industry to a community of peers, we believe that we will be doing exactly what is recommended. The initial goal is to build trusting relationships with North Korean refugees who often need a listening ear or caring words of advice.
p-by-counseling-those-in-struggling = 通过辅导婚姻陷入困境的人、帮助刚从统一院（Hanawon，韩国为朝鲜难民设立的定居支援机构）出来的家庭，以及把身处色情行业的朝鲜妇女介绍进一个由处境相似的人组成的社群，我们相信，我们所做的正是这项研究建议的做法。最初的目标是与朝鲜难民建立信任关系，他们常常需要有人倾听，或需要一些贴心的建议。

# p-the-only-way-that-north = The only way that North Korean refugees can thrive long-term is through healing the many wounds that these people have accumulated in North Korea and in China. Depression, anxiety and trauma do not always have material solutions. We believe that the best way for Crossing Borders to address these issues is through the gospel of Christ.
p-the-only-way-that-north = 朝鲜难民要想长久地好好生活，唯一的途径是医治他们在朝鲜和中国所累积的种种创伤。抑郁、焦虑和创伤并不总能靠物质来解决。我们相信，“跨越边境”应对这些问题的最佳方式，是借着基督的福音。

# p-the-gospel-is-both-a = The gospel is both a short-term and long-term solution to the difficulties in North Korean refugees’ lives. The spiritual crisis that confronts North Koreans who leave their country is weighty. North Koreans are born into a nation filled with lies. When they flee to China, these lies are contested by the outside world. North Korean refugees are taught, from birth, that their nation’s leaders are like deities who will protect their country from the outside world. Their service is more than nationalism or loyalty, it is akin to worship. But following their shameful, guilt-ridden escape from North Korea, many refugees realize, for the first time, that the accumulation of all their violent suffering has been a result of the Kim regime’s greed and lust for power. This betrayal is a deeply disturbing and painful realization.
p-the-gospel-is-both-a = 对于朝鲜难民生活中的种种困难，福音既是短期的，也是长期的出路。离开祖国的朝鲜人所面临的属灵危机是沉重的。朝鲜人生在一个充满谎言的国家。当他们逃到中国，这些谎言便受到外部世界的挑战。朝鲜难民从出生起就被教导，他们国家的领导人如同神明，会保护国家免受外部世界的侵害。他们对领袖的侍奉不只是民族主义或忠诚，而近乎敬拜。然而，在经历了充满羞耻和罪疚的出逃之后，许多难民才第一次意识到，他们所遭受的一切暴力和苦难，都是金氏政权的贪婪和权欲造成的。这种遭到背叛的醒悟令人深感不安和痛苦。

# p-additionally-80-percent-of-the = Additionally, 80 percent of the women who flee into China have experienced human trafficking. Many of these relationships are verbally, physically abusive in nature. There are no laws protecting North Korean refugees in China - even from murder. Some women are sold several times.
p-additionally-80-percent-of-the = 此外，逃到中国的妇女中有80%经历过人口贩卖。这样被迫结成的关系，很多都伴随着言语和身体上的虐待。在中国，没有任何法律保护朝鲜难民——哪怕是在面对谋杀的时候。有些妇女被卖了好几次。

# p-the-truth-and-practical-reality = The truth and practical reality of the Christian gospel responds directly to this abused population of North Koreans. It provides existential purpose and clear, life-altering hope. Only the gospel can heal the heart from many years of abuse and oppression.
p-the-truth-and-practical-reality = 基督教福音的真理和实际大能，直接回应了这群饱受虐待的朝鲜人的需要。它带来存在的意义，以及清晰、改变生命的盼望。唯有福音能医治被多年虐待和压迫伤透的心。

# p-the-gospel-is-inherently-self = The gospel is inherently self-perpetuating. North Koreans, upon hearing the gospel of Jesus Christ, will share it with others. More people will get into community and find healing. We have witnessed this in small communities of North Koreans in China and we expect that this will continue in South Korea.
p-the-gospel-is-inherently-self = 福音本身就具有自我传扬的力量。朝鲜人听到耶稣基督的福音后，会把它分享给别人。更多的人会进入团契，得到医治。我们已经在中国的一些朝鲜人小团契中亲眼见证了这一点，我们也期待这样的事在韩国继续发生。

## Obsolete: no longer in the source; kept for reference

# cell-2014 = 2014
cell-2014 = 2014

# cell-1-80 = 1.80
cell-1-80 = 1.80

# cell-2016 = 2016
cell-2016 = 2016

# cell-2-60 = 2.60
cell-2-60 = 2.60

# cell-2017 = 2017
cell-2017 = 2017

# cell-2-64 = 2.64
cell-2-64 = 2.64

# cell-2018 = 2018
cell-2018 = 2018

# cell-2-91 = 2.91
cell-2-91 = 2.91

# cell-2014-2 = 2014
cell-2014-2 = 2014

# cell-50 = 50%
cell-50 = 50%

# cell-2016-2 = 2016
cell-2016-2 = 2016

# cell-22 = 22%
cell-22 = 22%

# cell-2017-2 = 2017
cell-2017-2 = 2017

# cell-88 = 88%
cell-88 = 88%

# cell-2018-2 = 2018
cell-2018-2 = 2018

# cell-97 = 97%
cell-97 = 97%
