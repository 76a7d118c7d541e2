# title = For North Korean Refugees, What Happens After the Escape?
title = 朝鲜难民逃出之后，会经历什么？

# summary = A first-person account reveals what the days ahead are like for those who have made it safely to China.
summary = 一篇第一人称的亲历记述，讲述那些已安全抵达中国的人接下来会度过怎样的日子。

# p-a-first-person-account-reveals = *A first-person account reveals what the days ahead are like for those who have made it safely to China.*
p-a-first-person-account-reveals = *一篇第一人称的亲历记述，讲述那些已安全抵达中国的人接下来会度过怎样的日子。*

# img-north-korean-refugees-being =
#     .alt = North Korean refugees being transported to safety.
#     .title = Photo: Courtesy Liberty in North Korea
img-north-korean-refugees-being =
    .alt = 正被护送到安全地带的朝鲜难民。
    .title = 图片：朝鲜自由组织提供

# p-liberty-in-north-korea-is = Liberty in North Korea is an international NGO that helps rescue and resettle North Korean refugees.
p-liberty-in-north-korea-is = 朝鲜自由组织（Liberty in North Korea，LiNK）是一家帮助营救和安置朝鲜难民的国际非政府组织。

# p-the-following-account-is-written = The following account is written by a field coordinator for Liberty in North Korea, an international NGO that assists in the rescue and resettlement of North Korean refugees. This account contains elements from several missions. Identities have been omitted to avoid compromising any one group.
p-the-following-account-is-written = 以下记述出自朝鲜自由组织的一名现场协调员之手。该组织是一家协助营救和安置朝鲜难民的国际非政府组织。本文融合了多次任务中的经历。为避免危及任何一批人，文中略去了所有人的身份。

# p-even-after-running-countless-missions = Even after running countless missions, I still feel electric whenever I get the call that a pickup is about to happen. This time, I’m staying back at our secure location, relaying information to the members of our field team running point on the operation, but the tension is palpable. I never know for sure that the mission will be successful until the refugees have made it to our safe house. This is the life of a field coordinator for Liberty in North Korea, an international NGO helping North Korean refugees make the journey out of China to safety.
p-even-after-running-countless-missions = 尽管已经执行过无数次任务，每当接到接应即将开始的电话时，我依然会心头一震。这一次，我留守在我们的安全地点，向在一线牵头行动的现场小组成员传递信息，但紧张的气氛几乎触手可及。在难民抵达我们的庇护所之前，我永远无法确定任务一定会成功。这就是朝鲜自由组织一名现场协调员的生活。朝鲜自由组织是一家国际非政府组织，帮助朝鲜难民离开中国、前往安全之地。

# p-thousands-of-north-korean-refugees = Thousands of North Korean refugees are currently hiding in China after daring escapes from their country—1,396 defected in 2014. Yet even when they cross the border, they are not safe. The Chinese government, rather than accurately labeling them as refugees, considers them economic migrants and, if they are discovered, will repatriate them back to North Korea, where they could face harsh punishments, including imprisonment, torture, and even death. Our organization helps these refugees leave China through a modern-day underground railroad and resettle in safe countries, such as the United States and South Korea. It is my job to ensure their safety upon arrival in Southeast Asia.
p-thousands-of-north-korean-refugees = 目前，数以千计的朝鲜难民在冒死逃离祖国后藏身于中国——2014年就有1,396人出逃。然而，即使越过了边境，他们也并不安全。中国政府没有如实地把他们认定为难民，而是视之为经济移民；一旦发现，就会把他们遣返回朝鲜。在那里，他们可能面临严厉的惩罚，包括监禁、酷刑，甚至处死。我们的组织帮助这些难民经由被称为现代“地下铁路”的秘密通道离开中国，在美国、韩国等安全国家重新定居。我的工作是确保他们抵达东南亚后的安全。

# p-i-have-received-word-that = I have received word that a new group of North Korean refugees has made the journey through our networks in China to Southeast Asia and will be arriving at the pickup location soon. I relay the information to the rest of my team, and they head out to meet them. It’s crucial that we don’t draw attention to ourselves—if our mission is made public, it could affect our ability to help future refugees. We try to blend in with the crowd and maintain a low profile.
p-i-have-received-word-that = 我接到消息：一批新的朝鲜难民已经通过我们在中国的网络抵达东南亚，很快就会到达接应地点。我把消息转告团队其他成员，他们随即出发去迎接。关键是不能引人注意——如果我们的任务被公开，今后就可能难以再帮助其他难民。我们尽量混在人群中，保持低调。

# img-a-north-korean-refugee-rescued =
#     .alt = A North Korean refugee rescued by Liberty in North Korea.
#     .title = Photo: Courtesy Liberty in North Korea
img-a-north-korean-refugee-rescued =
    .alt = 一名由朝鲜自由组织营救的朝鲜难民。
    .title = 图片：朝鲜自由组织提供

# p-once-i-get-the-call = Once I get the call that the group is secure and on their way to our safe accommodations, the preparations begin. I start laying out clothes, toiletries, and other items at their bedsides. I set aside a couple of toys—a dump truck and a robot—because a young boy is traveling with this group. Then I begin preparing meals. For some refugees, this may be the first hot meal they have had in weeks and likely the first familiar Korean food they have had in just as long. I prepare dwenjang jjigae, a Korean fermented soybean soup that is a favorite comfort food. Rice and several side dishes, including kimchi, seasoned broccoli, and spicy cucumbers, fill out the table.
p-once-i-get-the-call = 一接到电话，得知这批人已经安全、正在前往我们安全住所的路上，准备工作就开始了。我开始在他们床边摆放衣物、洗漱用品和其他物品。因为这批人中有一个小男孩，我还特意留出了两件玩具——一辆自卸卡车和一个机器人。然后我开始做饭。对一些难民来说，这可能是他们几个星期以来吃到的第一顿热饭，很可能也是同样久违的、熟悉的家乡饭菜。我做了大酱汤，这是用发酵黄豆酱熬成的朝鲜半岛传统汤品，也是大家最爱的暖心家常菜。米饭配上几样小菜——泡菜、凉拌西兰花和辣拌黄瓜——摆满了一桌。

# p-i-m-in-the-middle = I’m in the middle of laying out welcome kits when I hear a commotion around the garden out front. Excited voices are chattering in Korean, and I can hear exclamations of relief: “I’m so glad we’re here!” “Now I can finally breathe a sigh of relief.”
p-i-m-in-the-middle = 我正忙着摆放欢迎礼包，忽然听见前院花园那边一阵喧闹。兴奋的声音用朝鲜语叽叽喳喳地说个不停，我还听到一声声如释重负的感叹：“到这儿真是太好了！”“这下终于可以松口气了。”

# p-i-go-outside-to-greet = I go outside to greet the group. Women make up nearly 70 percent of North Korean refugees, and this statistic is reflected in the faces I see. There are also a number of men, and I spot the little boy, standing close to his father. The leader of the group is a boisterous woman in her thirties with dyed hair, a perm, and a booming voice. “Where can we wash up?” she asks. Her shoes are caked with mud. I give her a change of clothes and offer to wash her old ones, but she insists on washing her shoes herself. I show her around the back of the building, where there’s a hose to spray off the mud.
p-i-go-outside-to-greet = 我走出去迎接他们。朝鲜难民中近70%是女性，我眼前的这些面孔也印证了这一比例。人群中也有几名男子，我还看见那个小男孩紧挨着父亲站着。这群人的领头是一位三十多岁、性格爽朗的女人，染了头发，烫了卷发，嗓门洪亮。“我们在哪儿洗洗？”她问。她的鞋上糊满了泥。我递给她一套换洗衣服，提出帮她洗换下来的衣服，但她坚持要自己刷鞋。我带她绕到楼后面，那里有一根水管可以冲掉泥巴。

# p-once-all-are-inside-and = Once all are inside and have set their few possessions down, we gather around the dining table to share a meal. One woman’s eyes light up when she sees the kimchi on the table. “I can finally live again!” she exclaims. It has been weeks since she’s had one of her favorite Korean foods.
p-once-all-are-inside-and = 等所有人都进了屋，放下随身带的寥寥几件东西，我们便围坐在餐桌旁一起吃饭。一位妇女看到桌上的泡菜，眼睛一下子亮了。“我总算又活过来了！”她喊道。她已经好几个星期没吃上自己最爱吃的家乡菜了。

# img-a-path-leads-up-to =
#     .alt = A path leads up to one of the safe houses run by Liberty in North Korea.
#     .title = Photo: Courtesy Liberty in North Korea
img-a-path-leads-up-to =
    .alt = 一条通往朝鲜自由组织所运营的一处庇护所的小路。
    .title = 图片：朝鲜自由组织提供

# p-some-of-the-refugees-enjoy = Some of the refugees enjoy their food in blissful silence, while others are full of questions about what the next steps are. We answer as many as possible, and the group is introduced to our resettlement staff through video chat. We also give a presentation on transitioning into life in a new country, explaining the options for resettling in South Korea or the United States. Because North Koreans are taught through government propaganda to believe that the U.S. is an enemy, we typically only see bold or inquisitive individuals—or those who already have family in the states—show interest in resettling there. As of this year, fewer than 200 North Korean refugees have resettled in the U.S.
p-some-of-the-refugees-enjoy = 有些难民心满意足地默默吃饭，另一些人则对接下来怎么办有一肚子问题。我们尽可能多地解答，并通过视频通话把他们介绍给我们负责安置工作的同事。我们还会介绍如何过渡到新国家的生活，讲解在韩国或美国定居的不同选择。由于朝鲜人受政府宣传灌输，相信美国是敌人，通常只有胆大或好奇的人——或者在美国已经有亲人的人——才会表示有兴趣去那里定居。截至今年，在美国定居的朝鲜难民不到200人。

# p-the-rest-of-their-stay = The rest of their stay with us is an opportunity to get to know them better. Little by little, we hear their individual stories, and though they are never the same, similar narratives run through many of them: being sold to a foreign man, loneliness, fear, anxiety, and the constant struggle to fit into a strange new place. We talk to them about where they might resettle and what their future plans may look like. Some say they can’t talk about their hopes and dreams because they’ve never had the chance to freely explore what those might be.
p-the-rest-of-their-stay = 在与我们同住的其余日子里，我们有机会更好地了解他们。一点一点地，我们听到了每个人的故事。这些故事各不相同，但许多故事都贯穿着相似的情节：被卖给外国男人，孤独、恐惧、焦虑，以及为适应一个陌生的新地方而不断挣扎。我们和他们聊可能去哪里定居，未来可以有怎样的打算。有些人说，他们说不出自己的希望和梦想，因为他们从来没有机会自由地去想一想，那会是什么。

# p-on-their-last-day-in = On their last day in our care, we have a farewell ceremony for the group. This is our tradition with all the refugees that we assist, an opportunity to commemorate this new chapter in their lives. We give each person a small cake with a candle and encourage them to close their eyes and make a wish. Some know about the practice of making a wish and blowing out candles, others not so much, but they all take it very seriously. After everyone has made his or her wish and enjoyed some cake, usually singing and dancing or an impromptu talent show arise.
p-on-their-last-day-in = 在我们这里的最后一天，我们为这批人举行欢送会。这是我们为每一批受助难民保留的传统，借此纪念他们人生新的篇章。我们给每个人一块插着蜡烛的小蛋糕，鼓励他们闭上眼睛许个愿。有些人知道许愿、吹蜡烛的习俗，有些人不太了解，但大家都非常认真。等每个人都许过愿、吃过蛋糕，往往就会唱起歌、跳起舞，或者来一场即兴的才艺表演。

# p-at-this-particular-farewell-ceremony = At this particular farewell ceremony, the group starts dancing in a circle. We all extend our arms out and upward, touching our fingers together to form a roof above our heads. Some of the refugees form a train and dance through. Even one of the most quiet people in the group, a girl barely in her twenties, joins in. She had been shy and closed off during the majority of her stay with us, but now she is singing along to a North Korean song and tears are streaming down her cheeks.
p-at-this-particular-farewell-ceremony = 在这一次的欢送会上，大家开始围成一圈跳舞。我们都把手臂向外、向上伸展，指尖相触，在头顶搭成一个屋顶。有几个难民排成一列“火车”，从下面舞着穿过。就连这群人中最安静的一位——一个刚二十出头的姑娘——也加入了进来。她在我们这里的大部分时间都很害羞、封闭，可现在她正跟着唱一首朝鲜歌曲，泪水顺着脸颊流淌。

# p-by-the-end-of-every = By the end of every mission, we see the refugees for who they really are: resolute, unshakable people who have experienced a very specific kind of hardship that has made them resilient and unflinching.
p-by-the-end-of-every = 每次任务结束时，我们都能看清这些难民真实的样子：他们坚毅果决、不可动摇，经历过一种非常特殊的苦难，这苦难使他们变得坚韧而无畏。

# p-there-are-no-shrinking-violets = There are no shrinking violets here. They leave looking forward, their bags slung solidly over their shoulders.
p-there-are-no-shrinking-violets = 这里没有畏畏缩缩的人。他们把行囊稳稳地挎在肩上，目视前方，踏上旅程。
