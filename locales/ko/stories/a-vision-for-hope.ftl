# title = A Vision for Hope in Community
title = 공동체 안에서 품는 희망의 비전

# summary = The goal for Crossing Borders’ safehouse is to build a strong community of 15 to 20 North Korean refugees in South Korea in two years.
summary = 크로싱 보더스 쉼터의 목표는 2년 안에 한국에서 탈북민 15~20명으로 이루어진 튼튼한 공동체를 세우는 것입니다.

# heading-building-bonds-in-south-korea = Building Bonds in South Korea
heading-building-bonds-in-south-korea = 한국에서 쌓아 가는 유대

# p-the-goal-for-crossing-borders = The goal for Crossing Borders’ safehouse is to build a strong community of 15 to 20 North Korean refugees in South Korea in two years. We would like to establish the beginnings of a strong network that provides support, counseling, help.
p-the-goal-for-crossing-borders = 크로싱 보더스 쉼터의 목표는 2년 안에 한국에서 탈북민 15~20명으로 이루어진 튼튼한 공동체를 세우는 것입니다. 저희는 지지와 상담, 도움을 제공하는 튼튼한 네트워크의 기틀을 마련하고자 합니다.

# p-in-china-crossing-borders-has = In China, Crossing Borders has been able to foster a vibrant community of Christian believers by bringing North Korean refugee women into community. This community has doubled in the past two years and more North Korean refugees are still being reached by the very individuals who are a part of our support network.
p-in-china-crossing-borders-has = 중국에서 크로싱 보더스는 탈북 여성들을 공동체로 이끌어 활기찬 그리스도인 공동체를 일구어 왔습니다. 이 공동체는 지난 2년 동안 두 배로 커졌으며, 저희 지원 네트워크에 속한 바로 그 사람들을 통해 지금도 더 많은 탈북민들에게 손길이 닿고 있습니다.

# p-we-also-believe-that-one = We also believe that one measure of Crossing Borders’ ongoing success is based on our surveys with the refugees in our network. One of the key questions we ask North Koreans in our care is “How healthy do you feel?” on a scale of One (Extremely Unhealthy) to Five (Extremely Healthy).
p-we-also-believe-that-one = 저희는 크로싱 보더스가 꾸준히 거두는 성과를 가늠하는 척도 가운데 하나가 저희 네트워크의 탈북민들을 대상으로 한 설문 조사라고 봅니다. 저희가 돌보는 북한 사람들에게 묻는 핵심 질문 가운데 하나는 “본인이 얼마나 건강하다고 느끼십니까?”이며, 1점(전혀 건강하지 않음)부터 5점(매우 건강함)까지로 답하게 합니다.

# p-in-2014-the-average-number = In 2014 the average number the refugees rated themselves was 1.8. This statistic has steadily increased over the years and in 2018 the average was 2.91.
p-in-2014-the-average-number = 2014년에 탈북민들이 스스로 매긴 점수의 평균은 1.8이었습니다. 이 수치는 해마다 꾸준히 올라 2018년에는 평균 2.91이 되었습니다.

# cell-year = Year
cell-year = 연도

# cell-average-health-score = Average health score
cell-average-health-score = 평균 건강 점수

# p-we-believe-this-score-is = We believe this score is more than an indication of physical health but also a reflection of how refugees have expressed their feelings of psychological stability. Refugees feel more firm and secure in their overall well-being in our assessment. Refugees’ self-assessment of personal health has steadily increased even as persecution in China has increased.
p-we-believe-this-score-is = 저희는 이 점수가 신체 건강을 나타낼 뿐 아니라, 탈북민들이 표현해 온 심리적 안정감까지 반영한다고 믿습니다. 저희가 평가하기에, 탈북민들은 전반적으로 전보다 더 든든하고 안정된 삶을 누리고 있다고 느낍니다. 중국에서의 박해가 심해지는 가운데서도 탈북민들이 스스로 평가한 건강 점수는 꾸준히 높아졌습니다.

# p-each-year-crossing-borders-has = Each year Crossing Borders has also asked refugees if they felt an immediate threat of repatriation. This number has increased since 2017 in shocking fashion.
p-each-year-crossing-borders-has = 크로싱 보더스는 또한 해마다 탈북민들에게 강제북송 위협이 임박했다고 느끼는지 물어 왔습니다. 이 수치는 2017년 이후 충격적일 만큼 치솟았습니다.

# cell-year-2 = Year
cell-year-2 = 연도

# cell-felt-threat-of-repatriation = Felt threat of repatriation
cell-felt-threat-of-repatriation = 강제북송 위협을 느낀 비율

# p-it-is-clear-that-while = It is clear that while a reason for anxiety has increased in China, as North Korean refugees in our network express their concern for the threat of repatriation or arrest increasing, the individuals in Crossing Borders’ community are growing in their feelings of health and stability. This is also expressed in refugees’ attendance in Crossing Borders’ retreats as in 2018, the year with the highest expressed concern of arrest in China, the largest number of North Korean refugees and children to ever attend Crossing Borders’ retreat (41 individuals) participated in our programs. We believe that, through the powerful effects of community and the gospel, the refugees in our network feel more confidence in enduring through potentially distressing circumstances.
p-it-is-clear-that-while = 분명한 것은, 중국에서 불안을 느낄 이유는 커졌고 저희 네트워크의 탈북민들도 강제북송이나 체포의 위협이 커지고 있다며 우려를 표하지만, 크로싱 보더스 공동체에 속한 이들이 느끼는 건강과 안정감은 오히려 자라고 있다는 점입니다. 이는 크로싱 보더스 수련회 참석 인원에서도 드러납니다. 중국에서 체포에 대한 우려가 가장 컸던 2018년에, 역대 가장 많은 탈북민과 자녀들(41명)이 크로싱 보더스 수련회에 함께했습니다. 저희는 공동체와 복음의 강력한 힘을 통해, 저희 네트워크의 탈북민들이 힘겨울 수 있는 상황도 견뎌 낼 자신감을 더 얻게 되었다고 믿습니다.

# p-it-should-be-noted-that = It should be noted that Crossing Borders has worked extensively with both North Korean orphans and refugees to help provide a stable, supportive network that encourages independence and self-built stability. While Crossing Borders has helped North Korean refugees financially in the past, the aim has always been to counsel refugees in believing that they have the agency and ability to build responsible, capable, sustainable lives. It is important that North Korean refugees do not lose sight of their hopes alongside others who are experiencing such situations with them. Relationships, both to counselors and other refugees are vital.
p-it-should-be-noted-that = 크로싱 보더스가 북한 고아들과 탈북민들 모두와 폭넓게 일하며, 자립과 스스로 일구는 안정을 북돋우는 든든하고 안정된 네트워크를 마련하도록 도와 왔다는 점도 짚어 두어야 하겠습니다. 크로싱 보더스가 과거에 탈북민들을 재정적으로 도운 적도 있지만, 목표는 언제나 탈북민들이 책임감 있고 유능하며 지속 가능한 삶을 스스로 세워 갈 주체성과 능력이 자신에게 있음을 믿도록 상담하는 것이었습니다. 탈북민들이 같은 처지를 함께 겪고 있는 다른 이들과 더불어 자신의 희망을 놓치지 않는 것이 중요합니다. 상담자와의 관계도, 다른 탈북민들과의 관계도 매우 중요합니다.

# p-crossing-borders-plans-provide-north = Crossing Borders plans to provide North Korean refugees with training and direction, but most importantly, to build community.
p-crossing-borders-plans-provide-north = 크로싱 보더스는 탈북민들에게 훈련을 제공하고 방향을 제시하려 하지만, 무엇보다 중요한 것은 공동체를 세우는 일입니다.

# p-based-on-our-experience-crossing = Based on our experience, Crossing Borders believes that the long-term success of the North Korean refugees hinges upon their physical, emotional, and spiritual well-being. Many of these needs are not being met for North Korean refugees in South Korea.
p-based-on-our-experience-crossing = 경험에 비추어 볼 때, 크로싱 보더스는 탈북민들의 장기적인 성공이 신체적·정서적·영적 안녕에 달려 있다고 믿습니다. 그런데 한국에 있는 탈북민들에게는 이러한 필요 가운데 상당수가 채워지지 않고 있습니다.

# p-crossing-borders-prioritizes-physical = Crossing Borders prioritizes physical and psychological stability when aiding those in need. While Crossing Borders wants to speak into refugees’ desires for meaning and purpose, the work must always begin by helping North Korean refugees to feel safe. This is especially the case for women who are fleeing abusive husbands or the sex industry. For North Korean refugees in South Korea, the provision is much greater and ensured by law. But for those who find themselves at the mercy of abusive or malicious relationships again and again, there is very much a threat to personal physical safety that is always present.
p-crossing-borders-prioritizes-physical = 크로싱 보더스는 도움이 필요한 이들을 도울 때 신체적·심리적 안정을 가장 먼저 생각합니다. 크로싱 보더스는 삶의 의미와 목적을 찾는 탈북민들의 갈망에 응답하고 싶지만, 이 일은 언제나 탈북민들이 안전하다고 느끼도록 돕는 데서 시작되어야 합니다. 폭력을 휘두르는 남편이나 성매매 업계에서 도망쳐 나온 여성들이라면 더욱 그렇습니다. 한국에 있는 탈북민들에게는 훨씬 더 많은 지원이 주어지고, 법으로도 보장됩니다. 그러나 폭력적이거나 악의적인 관계에 거듭 휘둘리는 이들에게는 신변의 안전을 위협받을 위험이 늘 도사리고 있습니다.

# p-north-koreans-have-experienced-immense = North Koreans have experienced immense trauma in their homeland and in their escape through China and Southeast Asia. According to a 2017 meta study funded by the National Research Foundation of Korea, between 49 and 81 percent of North Korean refugees witnessed at least one type of life-threatening event and about 26 percent of all North Korean refugees have been repatriated back to North Korea.
p-north-koreans-have-experienced-immense = 북한 사람들은 고향에서, 그리고 중국과 동남아시아를 거치는 탈출 과정에서 엄청난 트라우마를 겪었습니다. 한국연구재단의 지원을 받은 2017년 메타 연구에 따르면, 탈북민의 49~81%가 생명을 위협하는 사건을 한 가지 이상 목격했으며, 전체 탈북민의 약 26%는 북한으로 강제북송된 경험이 있습니다.

# p-the-study-states-that-between = The study states that between 33 and 51 percent of North Korean refugees were classified as having depressive symptoms. Such information is aligned with the diagnosis of medical professionals Crossing Borders has brought to China, who stated that numerous North Korean refugees within our network have ongoing symptoms of post-traumatic stress disorder.
p-the-study-states-that-between = 이 연구에 따르면 탈북민의 33~51%가 우울 증상이 있는 것으로 분류되었습니다. 이는 크로싱 보더스가 중국으로 모셔 간 의료 전문가들의 진단과도 일치합니다. 이들은 저희 네트워크의 많은 탈북민들이 외상 후 스트레스 장애 증상을 계속 겪고 있다고 밝혔습니다.

# p-the-study-conducted-by-the = The study conducted by the National Research Foundation recommends that “affective support from personal relationships (e.g. family, friendships) plays a more pivotal protective role than does official support in NKRs’ mental health.” This is consistent with how Crossing Borders provides therapy for North Korean refugees in South Korea and how Crossing Borders approaches our care in China.
p-the-study-conducted-by-the = 한국연구재단이 지원한 이 연구는 “탈북민의 정신건강에는 공식적 지원보다 개인적 관계(예: 가족, 친구)에서 오는 정서적 지지가 더 중추적인 보호 역할을 한다”고 제언합니다. 이는 크로싱 보더스가 한국에서 탈북민들에게 상담 치료를 제공하는 방식, 그리고 중국에서 돌봄을 펼치는 방식과도 맞닿아 있습니다.

# p-by-counseling-those-in-struggling = By counseling those in struggling marriages, helping support families who are directly out of Hanawon and introducing North Korean women in the sex industry to a community of peers, we believe that we will be doing exactly what is recommended. The initial goal is to build trusting relationships with North Korean refugees who often need a listening ear or caring words of advice.
p-by-counseling-those-in-struggling = 어려운 결혼 생활을 하는 이들을 상담하고, 하나원에서 막 나온 가정들을 돕고, 성매매 업계에 있는 탈북 여성들을 같은 처지의 이들이 함께하는 공동체에 이어 줌으로써, 저희는 이 연구의 제언을 그대로 실천하게 될 것이라고 믿습니다. 우선적인 목표는 귀 기울여 줄 사람이나 따뜻한 조언을 필요로 할 때가 많은 탈북민들과 신뢰 관계를 쌓는 것입니다.

# p-the-only-way-that-north = The only way that North Korean refugees can thrive long-term is through healing the many wounds that these people have accumulated in North Korea and in China. Depression, anxiety and trauma do not always have material solutions. We believe that the best way for Crossing Borders to address these issues is through the gospel of Christ.
p-the-only-way-that-north = 탈북민들이 장기적으로 잘 살아갈 수 있는 유일한 길은, 그들이 북한과 중국에서 입은 수많은 상처를 치유하는 것입니다. 우울과 불안, 트라우마에 언제나 물질적인 해결책이 있는 것은 아닙니다. 저희는 크로싱 보더스가 이 문제들에 다가가는 가장 좋은 길이 그리스도의 복음이라고 믿습니다.

# p-the-gospel-is-both-a = The gospel is both a short-term and long-term solution to the difficulties in North Korean refugees’ lives. The spiritual crisis that confronts North Koreans who leave their country is weighty. North Koreans are born into a nation filled with lies. When they flee to China, these lies are contested by the outside world. North Korean refugees are taught, from birth, that their nation’s leaders are like deities who will protect their country from the outside world. Their service is more than nationalism or loyalty, it is akin to worship. But following their shameful, guilt-ridden escape from North Korea, many refugees realize, for the first time, that the accumulation of all their violent suffering has been a result of the Kim regime’s greed and lust for power. This betrayal is a deeply disturbing and painful realization.
p-the-gospel-is-both-a = 복음은 탈북민들의 삶에 놓인 어려움에 대한 단기적이면서도 장기적인 해답입니다. 고국을 떠나는 북한 사람들이 맞닥뜨리는 영적 위기는 무겁습니다. 북한 사람들은 거짓으로 가득한 나라에서 태어납니다. 중국으로 탈출하면 이 거짓은 바깥세상과 부딪히며 흔들리기 시작합니다. 탈북민들은 태어날 때부터 자기 나라의 지도자가 바깥세상으로부터 나라를 지켜 줄 신과 같은 존재라고 배웁니다. 그들이 지도자를 섬기는 것은 민족주의나 충성심을 넘어 숭배에 가깝습니다. 그러나 수치와 죄책감으로 얼룩진 탈북 이후, 많은 탈북민들은 자신들이 겪은 그 모든 폭력과 고통이 김씨 정권의 탐욕과 권력욕이 낳은 결과였음을 난생처음 깨닫습니다. 배신당했다는 이 깨달음은 깊은 혼란과 고통을 안겨 줍니다.

# p-additionally-80-percent-of-the = Additionally, 80 percent of the women who flee into China have experienced human trafficking. Many of these relationships are verbally, physically abusive in nature. There are no laws protecting North Korean refugees in China - even from murder. Some women are sold several times.
p-additionally-80-percent-of-the = 게다가 중국으로 탈출하는 여성의 80%가 인신매매를 겪었습니다. 이렇게 맺어진 관계 가운데 상당수는 폭언과 폭행으로 얼룩져 있습니다. 중국에는 탈북민을 지켜 주는 법이 없어, 살해를 당해도 보호받지 못합니다. 여러 번 팔려 가는 여성들도 있습니다.

# p-the-truth-and-practical-reality = The truth and practical reality of the Christian gospel responds directly to this abused population of North Koreans. It provides existential purpose and clear, life-altering hope. Only the gospel can heal the heart from many years of abuse and oppression.
p-the-truth-and-practical-reality = 기독교 복음의 진리와 실제적인 능력은 학대받아 온 북한 사람들의 필요에 곧바로 응답합니다. 복음은 살아갈 이유와, 삶을 바꾸는 분명한 희망을 줍니다. 오직 복음만이 오랜 세월 학대와 억압으로 상처 입은 마음을 치유할 수 있습니다.

# p-the-gospel-is-inherently-self = The gospel is inherently self-perpetuating. North Koreans, upon hearing the gospel of Jesus Christ, will share it with others. More people will get into community and find healing. We have witnessed this in small communities of North Koreans in China and we expect that this will continue in South Korea.
p-the-gospel-is-inherently-self = 복음은 본질적으로 스스로 퍼져 나갑니다. 예수 그리스도의 복음을 들은 북한 사람들은 그 복음을 다른 이들에게 전할 것입니다. 더 많은 사람들이 공동체 안으로 들어와 치유를 얻을 것입니다. 저희는 중국의 작은 탈북민 공동체들에서 이를 직접 보았으며, 한국에서도 이런 일이 이어질 것으로 기대합니다.

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
