### Messages of stories/to-stay-or-leave.md, written by `fluentpress extract`: edit the Markdown, not this file.

# stories/to-stay-or-leave.md (document title)
title = To Stay or Leave

# stories/to-stay-or-leave.md (document summary)
summary = Crossing Borders exists to help people like Soon Me, this generation of North Koreans who are starving, hurt and lost.

# stories/to-stay-or-leave.md (paragraph)
p-you-re-starving-you-re = You’re starving. You’re about to be arrested in North Korea for something that you wouldn’t give a second thought to in the free country. So you run. You walk through the night to elude the police. Avoid contact with people during the day. You’re tired. You’re starving. You wade across a river and make it to China.

# stories/to-stay-or-leave.md (paragraph)
p-but-when-north-koreans-cross = But when North Koreans cross into China, they are not in the clear. They are often in danger and need assistance.

# stories/to-stay-or-leave.md (paragraph)
p-this-is-what-is-happening = This is what is happening now to a North Korean refugee we are in contact with. She is a young woman who we will call “Soon Me.”

# stories/to-stay-or-leave.md (paragraph)
p-soon-me-went-to-china = Soon Me went to China when she was in her teens. Her mother was sold to a Chinese man so Soon Me was left on her own to find safety and work. She picked up Mandarin quickly and started working at local restaurants as a waitress. For years she has lived like this. She works hard and stays in touch with her mom.

# stories/to-stay-or-leave.md (paragraph)
p-recently-her-step-father-visited = Recently, her step-father visited the restaurant she is working in and revealed to the owners where she was from for reasons unclear to us. He demanded the owners pay him to keep quiet.

# stories/to-stay-or-leave.md (paragraph)
p-it-is-illegal-to-help = It is illegal to help a North Korean refugee in China. You can be jailed for giving a North Korean a meal. But now Soon Me is outed. She cannot work anymore and she is afraid to leave her house.

# stories/to-stay-or-leave.md (paragraph)
p-these-are-the-issues-north = These are the issues North Korean refugees face on a daily basis in China. Even the possibility of someone revealing their identity can send fear through them. Soon Me is looking for safety.

# stories/to-stay-or-leave.md (paragraph)
p-crossing-borders-is-working-with = Crossing Borders is working with her to see what her best option is. We can move her to another city or we can send her through the Underground Railroad that will take her to Southeast Asia where she will be granted refugee status and where she will be able to move to many free countries throughout the world.

# stories/to-stay-or-leave.md (paragraph)
p-the-consequences-for-either-of = The consequences for either of these options are daunting.

# stories/to-stay-or-leave.md (paragraph)
p-if-she-stays-she-will = If she stays, she will live under a cloud of fear. Perhaps her father-in-law can find her and threaten her and the people who are helping her. Perhaps someone else will find out the truth and she will have to run again. She will most likely have to cut off ties to her mother.

# stories/to-stay-or-leave.md (paragraph)
p-if-she-takes-the-underground = If she takes the Underground Railroad, she might be caught, arrested and sent back to a North Korean prison camp where she will be tortured and even executed. Also, there are many unsavory people who operate as mercenaries on the Underground Railroad. Soon Me can be mistreated along the way. She could get on an operator’s nerves and be left behind with no one to help.

# stories/to-stay-or-leave.md (paragraph)
p-these-are-just-a-few = These are just a few of the daunting consequences we have to consider with Soon Me before we move her.

# stories/to-stay-or-leave.md (paragraph)
p-over-the-past-11-years = Over the past 11 years we have helped people like Soon Me who were in predicaments like these and take extra precautions to mitigate the dangers. Many North Koreans around the world have found freedom and many more receive life-sustaining aid through our partnerships with donors.

# stories/to-stay-or-leave.md (paragraph)
p-please-pray-for-us-as = Please pray for us as we make our next decision with Soon Me. There are no perfect answers, only perfect peace through Christ.

# stories/to-stay-or-leave.md (paragraph)
p-a-couple-months-ago-we = A couple months ago, we connected Soon Me with another organization who has a vast amount of experience on the Modern Day Underground Railroad. The Underground Railroad stretches from Northeast China to Southeast Asia and has delivered many North Korean refugees safely out of China so they can start new lives in countries such as South Korea and the US.

# stories/to-stay-or-leave.md (paragraph)
p-soon-me-was-instructed-to = Soon Me was instructed to meet an Underground Railroad guide in a public place and when she did, she told us that she was mistreated and was again in hiding.

# stories/to-stay-or-leave.md (paragraph)
p-she-made-it-to-one = She made it to one of our workers one day to seek help and after staying with her for a couple weeks, she again left, this time in the middle of the night. She only left a note saying she was thankful for our help and would contact us soon.

# stories/to-stay-or-leave.md (paragraph)
p-she-has-not-contacted-us = She has not contacted us and we do not know where she is. Our field worker said that she didn't seem unhappy or that Soon Me expressed any desire to leave.

# stories/to-stay-or-leave.md (paragraph)
p-the-lives-and-motivations-of = The lives and motivations of North Korean refugees are complicated. Crossing Borders helps them if they want help but don't press them. They are in fear. Often times their fears are unfounded but we respect that this is how they are.

# stories/to-stay-or-leave.md (paragraph)
p-north-koreans-grow-up-under = North Koreans grow up under a cloud of scrutiny. They can be punished for expressing their feelings. So it is often difficult to read them.

# stories/to-stay-or-leave.md (paragraph)
p-it-is-likely-soon-me = It is likely Soon Me has moved to another city in China and has started a new life. She has our phone numbers and we have expressed to her that we will always be there if she needs help but for now, she's gone.

# stories/to-stay-or-leave.md (paragraph)
p-it-is-sad-to-think = It is sad to think about the tens of thousands of North Koreans who, like Soon Me, are living on the run with no plans for their future and living day to day. They carry with them the pain of leaving their homelands and the suffering of entering a country who does not welcome them.

# stories/to-stay-or-leave.md (paragraph)
p-crossing-borders-exists-to-help = Crossing Borders exists to help people like Soon Me, this generation of North Koreans who are starving, hurt and lost. Though we have helped thousands find safety in China and freedom outside of China, it is stories like Soon Me that affect us the most. Our doors will always be open for her and our phones always on.
