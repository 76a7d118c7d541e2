# title = For North Korean Refugees, What Happens After the Escape?
title = 탈북민에게 탈출 이후에는 어떤 일이 기다리고 있을까?

# summary = A first-person account reveals what the days ahead are like for those who have made it safely to China.
summary = 무사히 중국에 닿은 이들 앞에 어떤 날들이 기다리고 있는지 1인칭 수기로 들여다봅니다.

# p-a-first-person-account-reveals = *A first-person account reveals what the days ahead are like for those who have made it safely to China.*
p-a-first-person-account-reveals = *무사히 중국에 닿은 이들 앞에 어떤 날들이 기다리고 있는지 1인칭 수기로 들여다봅니다.*

# img-north-korean-refugees-being =
#     .alt = North Korean refugees being transported to safety.
#     .title = Photo: Courtesy Liberty in North Korea
img-north-korean-refugees-being =
    .alt = 안전한 곳으로 이송되고 있는 탈북민들.
    .title = 사진: 링크(LiNK) 제공

# p-liberty-in-north-korea-is = Liberty in North Korea is an international NGO that helps rescue and resettle North Korean refugees.
p-liberty-in-north-korea-is = 링크(LiNK, Liberty in North Korea)는 탈북민의 구출과 재정착을 돕는 국제 비정부기구(NGO)입니다.

# p-the-following-account-is-written = The following account is written by a field coordinator for Liberty in North Korea, an international NGO that assists in the rescue and resettlement of North Korean refugees. This account contains elements from several missions. Identities have been omitted to avoid compromising any one group.
p-the-following-account-is-written = 다음 글은 탈북민의 구출과 재정착을 지원하는 국제 NGO 링크(LiNK)의 현장 코디네이터가 쓴 것입니다. 이 글에는 여러 차례의 임무에서 있었던 일들이 함께 담겨 있습니다. 어느 일행도 위험에 빠지지 않도록 신원은 밝히지 않았습니다.

# p-even-after-running-countless-missions = Even after running countless missions, I still feel electric whenever I get the call that a pickup is about to happen. This time, I’m staying back at our secure location, relaying information to the members of our field team running point on the operation, but the tension is palpable. I never know for sure that the mission will be successful until the refugees have made it to our safe house. This is the life of a field coordinator for Liberty in North Korea, an international NGO helping North Korean refugees make the journey out of China to safety.
p-even-after-running-countless-missions = 수없이 많은 임무를 치렀지만, 지금도 곧 픽업이 이루어진다는 연락을 받을 때마다 온몸에 전율이 흐릅니다. 이번에 저는 안전한 거점에 남아 현장에서 작전을 이끄는 팀원들에게 정보를 전달하고 있지만, 긴장감은 손에 잡힐 듯합니다. 난민들이 저희 쉼터에 도착할 때까지는 임무가 성공할지 결코 장담할 수 없습니다. 이것이 탈북민들이 중국을 벗어나 안전한 곳으로 향하는 여정을 돕는 국제 NGO, 링크(LiNK)의 현장 코디네이터의 일상입니다.

# p-thousands-of-north-korean-refugees = Thousands of North Korean refugees are currently hiding in China after daring escapes from their country—1,396 defected in 2014. Yet even when they cross the border, they are not safe. The Chinese government, rather than accurately labeling them as refugees, considers them economic migrants and, if they are discovered, will repatriate them back to North Korea, where they could face harsh punishments, including imprisonment, torture, and even death. Our organization helps these refugees leave China through a modern-day underground railroad and resettle in safe countries, such as the United States and South Korea. It is my job to ensure their safety upon arrival in Southeast Asia.
p-thousands-of-north-korean-refugees = 현재 수천 명의 탈북민이 목숨을 건 탈출 끝에 중국에 숨어 지내고 있습니다. 2014년에는 1,396명이 탈북했습니다. 그러나 국경을 넘었다고 해서 안전한 것은 아닙니다. 중국 정부는 이들을 난민으로 제대로 인정하지 않고 경제적 이주민으로 간주하며, 발각되면 북한으로 강제북송합니다. 북한에서 이들은 투옥과 고문, 심지어 죽음에 이르는 가혹한 처벌을 받을 수 있습니다. 저희 단체는 이들이 현대판 지하철도라 할 비밀 탈출망을 통해 중국을 벗어나, 미국이나 한국 같은 안전한 나라에 재정착하도록 돕습니다. 제 일은 이들이 동남아시아에 도착했을 때 안전을 지키는 것입니다.

# p-i-have-received-word-that = I have received word that a new group of North Korean refugees has made the journey through our networks in China to Southeast Asia and will be arriving at the pickup location soon. I relay the information to the rest of my team, and they head out to meet them. It’s crucial that we don’t draw attention to ourselves—if our mission is made public, it could affect our ability to help future refugees. We try to blend in with the crowd and maintain a low profile.
p-i-have-received-word-that = 새로운 탈북민 일행이 중국 내 저희 네트워크를 거쳐 동남아시아까지 왔고, 곧 픽업 장소에 도착한다는 소식이 들어왔습니다. 저는 이 소식을 다른 팀원들에게 전하고, 팀원들은 일행을 맞으러 나갑니다. 무엇보다 중요한 것은 사람들의 이목을 끌지 않는 것입니다. 저희 임무가 알려지면 앞으로 다른 난민들을 돕는 데 지장이 생길 수 있기 때문입니다. 저희는 사람들 속에 섞여 최대한 눈에 띄지 않게 움직이려고 애씁니다.

# img-a-north-korean-refugee-rescued =
#     .alt = A North Korean refugee rescued by Liberty in North Korea.
#     .title = Photo: Courtesy Liberty in North Korea
img-a-north-korean-refugee-rescued =
    .alt = 링크(LiNK)가 구출한 한 탈북민.
    .title = 사진: 링크(LiNK) 제공

# p-once-i-get-the-call = Once I get the call that the group is secure and on their way to our safe accommodations, the preparations begin. I start laying out clothes, toiletries, and other items at their bedsides. I set aside a couple of toys—a dump truck and a robot—because a young boy is traveling with this group. Then I begin preparing meals. For some refugees, this may be the first hot meal they have had in weeks and likely the first familiar Korean food they have had in just as long. I prepare dwenjang jjigae, a Korean fermented soybean soup that is a favorite comfort food. Rice and several side dishes, including kimchi, seasoned broccoli, and spicy cucumbers, fill out the table.
p-once-i-get-the-call = 일행이 무사히 저희의 안전한 숙소로 향하고 있다는 연락을 받으면 준비가 시작됩니다. 저는 침대 머리맡마다 옷과 세면도구, 그 밖의 물품을 놓아 둡니다. 이번 일행에는 어린 남자아이가 있어서 덤프트럭과 로봇, 이렇게 장난감 두 개를 따로 챙겨 둡니다. 그다음에는 식사를 준비합니다. 어떤 이들에게는 몇 주 만에 처음 먹는 따뜻한 밥이고, 그만큼 오랜만에 맛보는 익숙한 우리 음식일 것입니다. 저는 누구나 좋아하고 먹으면 마음까지 따뜻해지는 된장찌개를 끓입니다. 밥에 김치, 브로콜리 무침, 매콤한 오이무침 같은 반찬 몇 가지를 곁들이면 한 상이 차려집니다.

# p-i-m-in-the-middle = I’m in the middle of laying out welcome kits when I hear a commotion around the garden out front. Excited voices are chattering in Korean, and I can hear exclamations of relief: “I’m so glad we’re here!” “Now I can finally breathe a sigh of relief.”
p-i-m-in-the-middle = 환영 선물 꾸러미를 한창 늘어놓고 있는데, 앞뜰 쪽에서 떠들썩한 소리가 들립니다. 들뜬 목소리들이 우리말로 재잘거리고, 안도의 탄성이 들려옵니다. “여기 오니 정말 좋아요!” “이제야 한숨 돌리겠네요.”

# p-i-go-outside-to-greet = I go outside to greet the group. Women make up nearly 70 percent of North Korean refugees, and this statistic is reflected in the faces I see. There are also a number of men, and I spot the little boy, standing close to his father. The leader of the group is a boisterous woman in her thirties with dyed hair, a perm, and a booming voice. “Where can we wash up?” she asks. Her shoes are caked with mud. I give her a change of clothes and offer to wash her old ones, but she insists on washing her shoes herself. I show her around the back of the building, where there’s a hose to spray off the mud.
p-i-go-outside-to-greet = 저는 밖으로 나가 일행을 맞이합니다. 탈북민의 70% 가까이가 여성인데, 제 눈앞의 얼굴들에서도 그 비율이 그대로 드러납니다. 남성도 여럿 있고, 아버지 곁에 바짝 붙어 선 어린 남자아이도 눈에 띕니다. 일행을 이끄는 사람은 염색한 머리에 파마를 하고 목소리가 쩌렁쩌렁한 30대의 활달한 여성입니다. “어디서 씻으면 돼요?” 하고 묻습니다. 신발이 온통 진흙투성이입니다. 갈아입을 옷을 건네며 입던 옷은 빨아 주겠다고 하자, 신발만큼은 자기가 직접 씻겠다고 고집합니다. 저는 건물 뒤편, 진흙을 씻어 낼 수 있는 호스가 있는 곳으로 안내합니다.

# p-once-all-are-inside-and = Once all are inside and have set their few possessions down, we gather around the dining table to share a meal. One woman’s eyes light up when she sees the kimchi on the table. “I can finally live again!” she exclaims. It has been weeks since she’s had one of her favorite Korean foods.
p-once-all-are-inside-and = 모두 안으로 들어와 얼마 안 되는 짐을 내려놓자, 저희는 식탁에 둘러앉아 함께 밥을 먹습니다. 한 여성은 식탁 위의 김치를 보자마자 눈이 반짝입니다. “이제야 좀 살 것 같아요!” 하고 외칩니다. 가장 좋아하는 우리 음식 가운데 하나를 먹어 본 지 몇 주나 지났던 것입니다.

# img-a-path-leads-up-to =
#     .alt = A path leads up to one of the safe houses run by Liberty in North Korea.
#     .title = Photo: Courtesy Liberty in North Korea
img-a-path-leads-up-to =
    .alt = 링크(LiNK)가 운영하는 쉼터 가운데 한 곳으로 이어지는 길.
    .title = 사진: 링크(LiNK) 제공

# p-some-of-the-refugees-enjoy = Some of the refugees enjoy their food in blissful silence, while others are full of questions about what the next steps are. We answer as many as possible, and the group is introduced to our resettlement staff through video chat. We also give a presentation on transitioning into life in a new country, explaining the options for resettling in South Korea or the United States. Because North Koreans are taught through government propaganda to believe that the U.S. is an enemy, we typically only see bold or inquisitive individuals—or those who already have family in the states—show interest in resettling there. As of this year, fewer than 200 North Korean refugees have resettled in the U.S.
p-some-of-the-refugees-enjoy = 어떤 이들은 말없이 행복하게 음식을 먹고, 또 어떤 이들은 다음 단계가 무엇인지 이것저것 묻습니다. 저희는 최대한 많은 질문에 답하고, 일행은 화상 통화로 저희 재정착 담당 직원들과 인사를 나눕니다. 또 새로운 나라에서의 삶으로 넘어가는 과정을 설명하면서, 한국이나 미국에 재정착하는 길을 안내합니다. 북한 사람들은 정부의 선전을 통해 미국이 적이라고 배우며 자라기에, 미국 재정착에 관심을 보이는 사람은 대개 대담하거나 호기심이 많은 이들, 혹은 이미 미국에 가족이 있는 이들뿐입니다. 올해 기준으로 미국에 재정착한 탈북민은 200명이 채 되지 않습니다.

# p-the-rest-of-their-stay = The rest of their stay with us is an opportunity to get to know them better. Little by little, we hear their individual stories, and though they are never the same, similar narratives run through many of them: being sold to a foreign man, loneliness, fear, anxiety, and the constant struggle to fit into a strange new place. We talk to them about where they might resettle and what their future plans may look like. Some say they can’t talk about their hopes and dreams because they’ve never had the chance to freely explore what those might be.
p-the-rest-of-their-stay = 저희와 함께 지내는 나머지 기간은 그들을 더 깊이 알아 가는 시간입니다. 조금씩 한 사람 한 사람의 이야기를 듣게 됩니다. 똑같은 이야기는 하나도 없지만, 많은 이야기에 비슷한 줄거리가 흐릅니다. 외국 남성에게 팔려 간 일, 외로움, 두려움, 불안, 그리고 낯선 곳에 적응하려는 끝없는 몸부림입니다. 저희는 그들이 어디에 재정착할 수 있을지, 앞으로 어떤 계획을 세울 수 있을지 함께 이야기합니다. 희망이나 꿈에 대해서는 말할 수 없다는 이들도 있습니다. 그것이 무엇일지 마음껏 생각해 볼 기회조차 없었기 때문입니다.

# p-on-their-last-day-in = On their last day in our care, we have a farewell ceremony for the group. This is our tradition with all the refugees that we assist, an opportunity to commemorate this new chapter in their lives. We give each person a small cake with a candle and encourage them to close their eyes and make a wish. Some know about the practice of making a wish and blowing out candles, others not so much, but they all take it very seriously. After everyone has made his or her wish and enjoyed some cake, usually singing and dancing or an impromptu talent show arise.
p-on-their-last-day-in = 저희와 함께하는 마지막 날, 저희는 일행을 위해 환송식을 엽니다. 저희가 돕는 모든 난민과 함께해 온 전통으로, 그들 삶의 새로운 장을 기념하는 시간입니다. 한 사람 한 사람에게 초를 꽂은 작은 케이크를 건네며 눈을 감고 소원을 빌어 보라고 권합니다. 소원을 빌고 촛불을 끄는 풍습을 아는 사람도 있고 잘 모르는 사람도 있지만, 모두 아주 진지하게 임합니다. 모두 소원을 빌고 케이크를 나눠 먹고 나면, 으레 노래와 춤이 이어지거나 즉석 장기자랑이 벌어집니다.

# p-at-this-particular-farewell-ceremony = At this particular farewell ceremony, the group starts dancing in a circle. We all extend our arms out and upward, touching our fingers together to form a roof above our heads. Some of the refugees form a train and dance through. Even one of the most quiet people in the group, a girl barely in her twenties, joins in. She had been shy and closed off during the majority of her stay with us, but now she is singing along to a North Korean song and tears are streaming down her cheeks.
p-at-this-particular-farewell-ceremony = 이번 환송식에서는 일행이 둥글게 원을 그리며 춤을 추기 시작합니다. 저희는 모두 팔을 위로 뻗어 손끝을 맞대고 머리 위로 지붕을 만듭니다. 난민 몇 사람이 기차처럼 줄을 지어 그 아래를 춤추며 지나갑니다. 일행 가운데 가장 조용하던 사람 중 하나인, 갓 스물을 넘긴 아가씨도 함께합니다. 저희와 지내는 동안 거의 내내 수줍어하며 마음을 닫고 있었는데, 지금은 북한 노래를 따라 부르며 두 뺨에 눈물을 흘리고 있습니다.

# p-by-the-end-of-every = By the end of every mission, we see the refugees for who they really are: resolute, unshakable people who have experienced a very specific kind of hardship that has made them resilient and unflinching.
p-by-the-end-of-every = 임무가 끝날 무렵이면 매번, 저희는 난민들의 참모습을 보게 됩니다. 그들은 아주 특별한 고난을 겪으면서 꺾이지도 물러서지도 않게 된 사람들, 결연하고 흔들림 없는 사람들입니다.

# p-there-are-no-shrinking-violets = There are no shrinking violets here. They leave looking forward, their bags slung solidly over their shoulders.
p-there-are-no-shrinking-violets = 이곳에 소심하게 움츠러드는 사람은 없습니다. 그들은 가방을 어깨에 단단히 둘러메고, 앞을 바라보며 떠납니다.
