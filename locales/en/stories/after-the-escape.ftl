### Messages of stories/after-the-escape.md, written by `fluentpress extract`: edit the Markdown, not this file.

# stories/after-the-escape.md (document title)
title = For North Korean Refugees, What Happens After the Escape?

# stories/after-the-escape.md (document summary)
summary = A first-person account reveals what the days ahead are like for those who have made it safely to China.

# stories/after-the-escape.md (paragraph)
p-a-first-person-account-reveals = *A first-person account reveals what the days ahead are like for those who have made it safely to China.*

# stories/after-the-escape.md (image)
img-north-korean-refugees-being =
    .alt = North Korean refugees being transported to safety.
    .title = Photo: Courtesy Liberty in North Korea

# stories/after-the-escape.md (paragraph)
p-liberty-in-north-korea-is = Liberty in North Korea is an international NGO that helps rescue and resettle North Korean refugees.

# stories/after-the-escape.md (paragraph)
p-the-following-account-is-written = The following account is written by a field coordinator for Liberty in North Korea, an international NGO that assists in the rescue and resettlement of North Korean refugees. This account contains elements from several missions. Identities have been omitted to avoid compromising any one group.

# stories/after-the-escape.md (paragraph)
p-even-after-running-countless-missions = Even after running countless missions, I still feel electric whenever I get the call that a pickup is about to happen. This time, I’m staying back at our secure location, relaying information to the members of our field team running point on the operation, but the tension is palpable. I never know for sure that the mission will be successful until the refugees have made it to our safe house. This is the life of a field coordinator for Liberty in North Korea, an international NGO helping North Korean refugees make the journey out of China to safety.

# stories/after-the-escape.md (paragraph)
p-thousands-of-north-korean-refugees = Thousands of North Korean refugees are currently hiding in China after daring escapes from their country—1,396 defected in 2014. Yet even when they cross the border, they are not safe. The Chinese government, rather than accurately labeling them as refugees, considers them economic migrants and, if they are discovered, will repatriate them back to North Korea, where they could face harsh punishments, including imprisonment, torture, and even death. Our organization helps these refugees leave China through a modern-day underground railroad and resettle in safe countries, such as the United States and South Korea. It is my job to ensure their safety upon arrival in Southeast Asia.

# stories/after-the-escape.md (paragraph)
p-i-have-received-word-that = I have received word that a new group of North Korean refugees has made the journey through our networks in China to Southeast Asia and will be arriving at the pickup location soon. I relay the information to the rest of my team, and they head out to meet them. It’s crucial that we don’t draw attention to ourselves—if our mission is made public, it could affect our ability to help future refugees. We try to blend in with the crowd and maintain a low profile.

# stories/after-the-escape.md (image)
img-a-north-korean-refugee-rescued =
    .alt = A North Korean refugee rescued by Liberty in North Korea.
    .title = Photo: Courtesy Liberty in North Korea

# stories/after-the-escape.md (paragraph)
p-once-i-get-the-call = Once I get the call that the group is secure and on their way to our safe accommodations, the preparations begin. I start laying out clothes, toiletries, and other items at their bedsides. I set aside a couple of toys—a dump truck and a robot—because a young boy is traveling with this group. Then I begin preparing meals. For some refugees, this may be the first hot meal they have had in weeks and likely the first familiar Korean food they have had in just as long. I prepare dwenjang jjigae, a Korean fermented soybean soup that is a favorite comfort food. Rice and several side dishes, including kimchi, seasoned broccoli, and spicy cucumbers, fill out the table.

# stories/after-the-escape.md (paragraph)
p-i-m-in-the-middle = I’m in the middle of laying out welcome kits when I hear a commotion around the garden out front. Excited voices are chattering in Korean, and I can hear exclamations of relief: “I’m so glad we’re here!” “Now I can finally breathe a sigh of relief.”

# stories/after-the-escape.md (paragraph)
p-i-go-outside-to-greet = I go outside to greet the group. Women make up nearly 70 percent of North Korean refugees, and this statistic is reflected in the faces I see. There are also a number of men, and I spot the little boy, standing close to his father. The leader of the group is a boisterous woman in her thirties with dyed hair, a perm, and a booming voice. “Where can we wash up?” she asks. Her shoes are caked with mud. I give her a change of clothes and offer to wash her old ones, but she insists on washing her shoes herself. I show her around the back of the building, where there’s a hose to spray off the mud.

# stories/after-the-escape.md (paragraph)
p-once-all-are-inside-and = Once all are inside and have set their few possessions down, we gather around the dining table to share a meal. One woman’s eyes light up when she sees the kimchi on the table. “I can finally live again!” she exclaims. It has been weeks since she’s had one of her favorite Korean foods.

# stories/after-the-escape.md (image)
img-a-path-leads-up-to =
    .alt = A path leads up to one of the safe houses run by Liberty in North Korea.
    .title = Photo: Courtesy Liberty in North Korea

# stories/after-the-escape.md (paragraph)
p-some-of-the-refugees-enjoy = Some of the refugees enjoy their food in blissful silence, while others are full of questions about what the next steps are. We answer as many as possible, and the group is introduced to our resettlement staff through video chat. We also give a presentation on transitioning into life in a new country, explaining the options for resettling in South Korea or the United States. Because North Koreans are taught through government propaganda to believe that the U.S. is an enemy, we typically only see bold or inquisitive individuals—or those who already have family in the states—show interest in resettling there. As of this year, fewer than 200 North Korean refugees have resettled in the U.S.

# stories/after-the-escape.md (paragraph)
p-the-rest-of-their-stay = The rest of their stay with us is an opportunity to get to know them better. Little by little, we hear their individual stories, and though they are never the same, similar narratives run through many of them: being sold to a foreign man, loneliness, fear, anxiety, and the constant struggle to fit into a strange new place. We talk to them about where they might resettle and what their future plans may look like. Some say they can’t talk about their hopes and dreams because they’ve never had the chance to freely explore what those might be.

# stories/after-the-escape.md (paragraph)
p-on-their-last-day-in = On their last day in our care, we have a farewell ceremony for the group. This is our tradition with all the refugees that we assist, an opportunity to commemorate this new chapter in their lives. We give each person a small cake with a candle and encourage them to close their eyes and make a wish. Some know about the practice of making a wish and blowing out candles, others not so much, but they all take it very seriously. After everyone has made his or her wish and enjoyed some cake, usually singing and dancing or an impromptu talent show arise.

# stories/after-the-escape.md (paragraph)
p-at-this-particular-farewell-ceremony = At this particular farewell ceremony, the group starts dancing in a circle. We all extend our arms out and upward, touching our fingers together to form a roof above our heads. Some of the refugees form a train and dance through. Even one of the most quiet people in the group, a girl barely in her twenties, joins in. She had been shy and closed off during the majority of her stay with us, but now she is singing along to a North Korean song and tears are streaming down her cheeks.

# stories/after-the-escape.md (paragraph)
p-by-the-end-of-every = By the end of every mission, we see the refugees for who they really are: resolute, unshakable people who have experienced a very specific kind of hardship that has made them resilient and unflinching.

# stories/after-the-escape.md (paragraph)
p-there-are-no-shrinking-violets = There are no shrinking violets here. They leave looking forward, their bags slung solidly over their shoulders.
