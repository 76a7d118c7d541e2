# title = Rebounding, Part 3
title = 다시 일어서기 3부

# summary = A woman who lost everything in the North Korean famine and sold as a commodity in China twice, is saying that her life is full of thankfulness.
summary = 북한 대기근으로 모든 것을 잃고 중국에서 두 번이나 물건처럼 팔려 갔던 한 여성이, 자신의 삶이 감사로 가득하다고 고백합니다.

# p-in-the-early-2000s-it = In the early 2000s, it was estimated that the number of North Korean refugees in China could be anywhere from 100,000 to 300,000 individuals. Today, a conservative estimate stands around 30,000 to 60,000 people while others continue to state that at least 200,000 North Korean refugees and their family members hide illegally in China. North Korean refugees still have no rights in China. There are still systematic raids carried out by the Chinese police targeting North Korean refugees, their children, and the people who help them.
p-in-the-early-2000s-it = 2000년대 초, 중국에 있는 탈북민은 10만~30만 명에 이를 것으로 추산되었습니다. 오늘날 보수적으로 잡은 추산치는 3만~6만 명 정도이지만, 적어도 20만 명의 탈북민과 그 가족이 중국에서 불법으로 숨어 지낸다고 주장하는 이들도 여전히 있습니다. 탈북민들은 지금도 중국에서 아무런 권리를 누리지 못합니다. 중국 공안은 여전히 탈북민과 그 자녀들, 그리고 그들을 돕는 사람들을 겨냥해 조직적인 단속을 벌이고 있습니다.

# "Expatriated" read as expelled (추방했습니다): a country expels foreign missionaries; asked of the
# authors in docs/open-questions.md.
# p-this-past-summer-china-expatriated = This past summer China expatriated about 1,000 missionaries who worked along the Chinese-Korean border.
p-this-past-summer-china-expatriated = 지난여름 중국은 북중 국경 지역에서 활동하던 선교사 약 1,000명을 추방했습니다.

# quote-the-sweep-along-the-frontier = “The sweep along the frontier is believed to be aimed at closing off support to North Koreans who flee persecution and poverty in their homeland,” Reuters reported in August.
quote-the-sweep-along-the-frontier = “국경 지대에서 벌어진 이번 단속은 고국의 박해와 가난을 피해 탈출한 북한 사람들에 대한 지원을 차단하려는 것으로 보인다”고 로이터 통신이 8월에 보도했습니다.

# p-the-constant-scrutiny-and-raids = The constant scrutiny and raids carried out by the Chinese government along with the diminishing population of ethnic Koreans in China has left the region ill-equipped to handle the slow but steady drip of North Korean refugees into the country.
p-the-constant-scrutiny-and-raids = 중국 정부의 계속되는 감시와 단속, 그리고 줄어드는 중국 내 조선족 인구 때문에, 이 지역은 느리지만 꾸준히 한 방울씩 흘러드는 탈북민들을 감당하기 어려운 처지가 되었습니다.

# p-mrs-jo-came-into-china = "Mrs. Jo" came into China from North Korea when this drip of North Korean refugees fleeing the country was better described as a pouring of North Korean refugees during the Great North Korean Famine of the 1990s. She was introduced to one of Crossing Borders’ missionaries in 2012 and began receiving help in 2013.
p-mrs-jo-came-into-china = “조 여사”가 북한을 떠나 중국으로 넘어온 것은 1990년대 북한 대기근 때였습니다. 그때는 탈북민들이 한 방울씩 흘러드는 정도가 아니라 쏟아져 들어온다고 해야 맞을 만큼 많았습니다. 조 여사는 2012년 크로싱 보더스의 선교사 한 분을 소개받았고, 2013년부터 도움을 받기 시작했습니다.

# p-the-transformation-we-have-seen = The transformation we have seen in her is astonishing. Of the $40 she receives in aid from Crossing Borders per month, she tithes half to contribute to her church and to charities.
p-the-transformation-we-have-seen = 조 여사에게서 저희가 본 변화는 놀랍습니다. 조 여사는 크로싱 보더스에서 매달 받는 지원금 40달러 가운데 절반을 떼어 교회에 헌금하고 자선 단체에 기부합니다.

# p-her-back-is-still-not = Her back is still not straight and her inner wounds have not fully healed, yet her smile is bright. She spends most of her days working on the nearby mountain to find herbs and mushrooms to sell at her local market.
p-her-back-is-still-not = 조 여사의 허리는 아직 곧게 펴지지 않고 마음의 상처도 다 아물지 않았지만, 미소만큼은 환합니다. 하루의 대부분은 근처 산에서 약초와 버섯을 캐며 보내고, 캔 것은 동네 장에 내다 팝니다.

# p-recently-there-was-a-dispute = Recently, there was a dispute between two other North Korean refugees at Mrs. Jo’s church. One of them left the church vowing never to return. Mrs. Jo called the one who left and from the Bible, instructed her about why it is important for her to return. The two women made peace and both are attending the church again, receiving life-sustaining aid from Crossing Borders.
p-recently-there-was-a-dispute = 최근 조 여사가 다니는 교회에서 다른 탈북민 두 사람 사이에 다툼이 있었습니다. 그중 한 사람은 다시는 오지 않겠다며 교회를 떠났습니다. 조 여사는 떠난 사람에게 전화를 걸어, 왜 교회로 돌아와야 하는지 성경 말씀으로 일러 주었습니다. 두 사람은 화해했고, 이제 둘 다 다시 교회에 나오며 크로싱 보더스로부터 생명을 이어 가는 데 필요한 지원을 받고 있습니다.

# p-mrs-jo-s-husband-recently = Mrs. Jo’s husband recently returned from South Korea after 10 years. They are living together and happy, she said.
p-mrs-jo-s-husband-recently = 조 여사의 남편은 10년 동안 한국에 있다가 최근에 돌아왔습니다. 두 사람은 지금 함께 살며 행복하다고 합니다.

# p-i-m-living-a-life = “I’m living a life of thankfulness,” she said.
p-i-m-living-a-life = “저는 감사하며 살고 있어요”라고 조 여사는 말했습니다.

# p-think-for-a-moment-how = Think for a moment how remarkable this statement is. A woman who lost everything in the North Korean famine and sold as a commodity in China twice, is saying that her life is full of thankfulness.
p-think-for-a-moment-how = 이 말이 얼마나 놀라운지 잠시 생각해 보십시오. 북한 대기근으로 모든 것을 잃고 중국에서 두 번이나 물건처럼 팔려 갔던 한 여성이, 자신의 삶이 감사로 가득하다고 고백하고 있습니다.

# p-this-is-why-crossing-borders = This is why Crossing Borders exists, to show the compassion of Christ to North Korean refugees, the widows and orphans of North Korea. We have made a difference in the lives of thousands of people and we want to continue and expand and grow.
p-this-is-why-crossing-borders = 이것이 바로 크로싱 보더스가 존재하는 이유입니다. 탈북민들, 곧 북한의 과부와 고아들에게 그리스도의 긍휼을 보여 주기 위해서입니다. 저희는 수천 명의 삶에 변화를 가져왔으며, 앞으로도 이 일을 계속하고 더 넓혀 가며 성장하기를 원합니다.

# p-for-all-the-calls-to = For all the calls to give and posts we make online, we hope that just a fraction of those who find out about us will be compelled to give out of the thankfulness in their hearts.
p-for-all-the-calls-to = 저희는 온라인에서 여러 차례 후원을 요청하고 소식을 전합니다. 그 글을 보고 저희를 알게 된 분들 가운데 단 몇 분이라도 마음속 감사에서 우러나 후원의 손길을 내밀어 주시기를 소망합니다.

# p-as-many-of-us-close = As many of us close out the year and perhaps take account of the good and the bad, it is our hope that we place these occurrences in a broader context. Perhaps we can use the example of Mrs. Jo to remind ourselves of how blessed we are and that, even at our lowest of lows, we can sing a song with sincere thanksgiving in our hearts.
p-as-many-of-us-close = 한 해를 마무리하며 좋았던 일과 힘들었던 일을 돌아보는 분들이 많을 것입니다. 저희는 그 일들을 더 넓은 맥락 속에서 바라볼 수 있기를 바랍니다. 조 여사의 본을 보며 우리가 얼마나 복 받은 사람들인지 되새기고, 인생의 가장 깊은 골짜기에서도 마음 깊이 감사하며 찬송할 수 있음을 기억하면 좋겠습니다.

# The first stanza of It Is Well with My Soul (words Horatio G. Spafford, 1873; music Philip P.
# Bliss) as Korean churches sing it: 「내 평생에 가는 길」, 새찬송가 413장 (통일찬송가 470장).
# quote-when-peace-like-a-river =
#     When peace, like a river, attendeth my way,\
#     When sorrows like sea billows roll;\
#     Whatever my lot, Thou hast taught me to say,\
#     It is well, it is well with my soul.
quote-when-peace-like-a-river =
    내 평생에 가는 길 순탄하여\
    늘 잔잔한 강 같든지\
    큰 풍파로 무섭고 어렵든지\
    나의 영혼은 늘 편하다
