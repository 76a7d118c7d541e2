# title = To Stay or Leave
title = 留下，还是离开

# summary = Crossing Borders exists to help people like Soon Me, this generation of North Koreans who are starving, hurt and lost.
summary = “跨越边境”（Crossing Borders）的存在，就是为了帮助像顺美这样的人——这一代忍饥挨饿、受伤、迷失的朝鲜人。

# p-you-re-starving-you-re = You’re starving. You’re about to be arrested in North Korea for something that you wouldn’t give a second thought to in the free country. So you run. You walk through the night to elude the police. Avoid contact with people during the day. You’re tired. You’re starving. You wade across a river and make it to China.
p-you-re-starving-you-re = 你饥肠辘辘。在朝鲜，你即将因为一件在自由国家里根本不值一提的事被捕。于是你逃跑。你连夜赶路，躲避警察；白天则避免与人接触。你筋疲力尽。你饥肠辘辘。你蹚过一条河，终于到了中国。

# p-but-when-north-koreans-cross = But when North Koreans cross into China, they are not in the clear. They are often in danger and need assistance.
p-but-when-north-koreans-cross = 然而，朝鲜人越境进入中国之后，并没有就此脱离险境。他们常常身处危险之中，需要帮助。

# p-this-is-what-is-happening = This is what is happening now to a North Korean refugee we are in contact with. She is a young woman who we will call “Soon Me.”
p-this-is-what-is-happening = 我们目前联系着的一位朝鲜难民，正在经历这样的事。她是一位年轻女子，我们姑且称她为“顺美”。

# p-soon-me-went-to-china = Soon Me went to China when she was in her teens. Her mother was sold to a Chinese man so Soon Me was left on her own to find safety and work. She picked up Mandarin quickly and started working at local restaurants as a waitress. For years she has lived like this. She works hard and stays in touch with her mom.
p-soon-me-went-to-china = 顺美十几岁时来到中国。她的母亲被卖给了一个中国男人，顺美只好独自寻找安身之处和工作。她很快学会了普通话，开始在当地的饭馆当服务员。多年来她一直这样生活，勤勤恳恳地工作，也一直和母亲保持联系。

# p-recently-her-step-father-visited = Recently, her step-father visited the restaurant she is working in and revealed to the owners where she was from for reasons unclear to us. He demanded the owners pay him to keep quiet.
p-recently-her-step-father-visited = 最近，她的继父来到她打工的饭馆，不知出于什么原因，向老板们透露了她的来历，还要老板们给他钱，作为封口费。

# p-it-is-illegal-to-help = It is illegal to help a North Korean refugee in China. You can be jailed for giving a North Korean a meal. But now Soon Me is outed. She cannot work anymore and she is afraid to leave her house.
p-it-is-illegal-to-help = 在中国，帮助朝鲜难民是违法的。给朝鲜人一顿饭，就可能坐牢。如今顺美的身份已经暴露，她再也不能工作，连家门都不敢出。

# p-these-are-the-issues-north = These are the issues North Korean refugees face on a daily basis in China. Even the possibility of someone revealing their identity can send fear through them. Soon Me is looking for safety.
p-these-are-the-issues-north = 这就是朝鲜难民在中国每天都要面对的处境。哪怕只是有人可能揭穿他们的身份，也足以让他们惶恐不安。顺美正在寻找一个安全的地方。

# p-crossing-borders-is-working-with = Crossing Borders is working with her to see what her best option is. We can move her to another city or we can send her through the Underground Railroad that will take her to Southeast Asia where she will be granted refugee status and where she will be able to move to many free countries throughout the world.
p-crossing-borders-is-working-with = “跨越边境”（Crossing Borders）正在和她一起商量，看哪条路对她最好。我们可以把她转移到另一个城市，也可以让她经由被称为“地下铁路”的秘密逃亡通道前往东南亚。到了那里，她将获得难民身份，并可以移居世界上许多自由国家。

# p-the-consequences-for-either-of = The consequences for either of these options are daunting.
p-the-consequences-for-either-of = 无论选择哪条路，后果都令人望而生畏。

# The source says father-in-law here and step-father two paragraphs before, for the same man;
# 继父 in both until the authors say (docs/open-questions.md).
# p-if-she-stays-she-will = If she stays, she will live under a cloud of fear. Perhaps her father-in-law can find her and threaten her and the people who are helping her. Perhaps someone else will find out the truth and she will have to run again. She will most likely have to cut off ties to her mother.
p-if-she-stays-she-will = 如果她留下，就将生活在恐惧的阴影之下。也许她的继父会找到她，威胁她和帮助她的人；也许别人会发现真相，她又不得不再次逃亡。她很可能不得不与母亲断绝联系。

# p-if-she-takes-the-underground = If she takes the Underground Railroad, she might be caught, arrested and sent back to a North Korean prison camp where she will be tortured and even executed. Also, there are many unsavory people who operate as mercenaries on the Underground Railroad. Soon Me can be mistreated along the way. She could get on an operator’s nerves and be left behind with no one to help.
p-if-she-takes-the-underground = 如果她走“地下铁路”，就可能被抓获、逮捕，被遣返回朝鲜关进劳改营，在那里遭受酷刑，甚至被处决。此外，“地下铁路”上还有许多像雇佣兵一样唯利是图的不良之徒。顺美在途中可能遭到虐待；万一惹恼了带路人，她还可能被丢下，无人相助。

# p-these-are-just-a-few = These are just a few of the daunting consequences we have to consider with Soon Me before we move her.
p-these-are-just-a-few = 这些只是我们在转移顺美之前，必须和她一起考虑的几种可怕后果。

# p-over-the-past-11-years = Over the past 11 years we have helped people like Soon Me who were in predicaments like these and take extra precautions to mitigate the dangers. Many North Koreans around the world have found freedom and many more receive life-sustaining aid through our partnerships with donors.
p-over-the-past-11-years = 在过去的11年里，我们帮助过许多像顺美一样身处这类困境的人，并格外谨慎，尽量降低危险。通过与捐助者的合作，世界各地许多朝鲜人已经获得自由，还有更多的人正在得到维持生命的援助。

# p-please-pray-for-us-as = Please pray for us as we make our next decision with Soon Me. There are no perfect answers, only perfect peace through Christ.
p-please-pray-for-us-as = 在我们与顺美一起作出下一步决定之际，请为我们祷告。没有完美的答案，唯有在基督里完全的平安。

# p-a-couple-months-ago-we = A couple months ago, we connected Soon Me with another organization who has a vast amount of experience on the Modern Day Underground Railroad. The Underground Railroad stretches from Northeast China to Southeast Asia and has delivered many North Korean refugees safely out of China so they can start new lives in countries such as South Korea and the US.
p-a-couple-months-ago-we = 几个月前，我们把顺美介绍给了另一家在现代“地下铁路”方面经验丰富的机构。“地下铁路”从中国东北一直延伸到东南亚，已经把许多朝鲜难民安全送出中国，让他们得以在韩国、美国等国家开始新生活。

# p-soon-me-was-instructed-to = Soon Me was instructed to meet an Underground Railroad guide in a public place and when she did, she told us that she was mistreated and was again in hiding.
p-soon-me-was-instructed-to = 按照安排，顺美在一个公共场所与“地下铁路”的向导会面。见面之后，她告诉我们，她受到了虐待，又一次躲藏了起来。

# p-she-made-it-to-one = She made it to one of our workers one day to seek help and after staying with her for a couple weeks, she again left, this time in the middle of the night. She only left a note saying she was thankful for our help and would contact us soon.
p-she-made-it-to-one = 有一天，她设法找到我们的一位同工求助，在这位同工那里住了几个星期后，又离开了，这一次是在半夜。她只留下一张字条，说感谢我们的帮助，很快会和我们联系。

# p-she-has-not-contacted-us = She has not contacted us and we do not know where she is. Our field worker said that she didn't seem unhappy or that Soon Me expressed any desire to leave.
p-she-has-not-contacted-us = 她一直没有联系我们，我们也不知道她在哪里。我们的一线同工说，顺美看起来并没有不开心，也从没流露出想离开的意思。

# p-the-lives-and-motivations-of = The lives and motivations of North Korean refugees are complicated. Crossing Borders helps them if they want help but don't press them. They are in fear. Often times their fears are unfounded but we respect that this is how they are.
p-the-lives-and-motivations-of = 朝鲜难民的生活和动机是复杂的。只要他们愿意接受帮助，“跨越边境”就会帮助他们，但不会勉强他们。他们生活在恐惧之中。他们的恐惧往往并无根据，但我们尊重他们本来的样子。

# p-north-koreans-grow-up-under = North Koreans grow up under a cloud of scrutiny. They can be punished for expressing their feelings. So it is often difficult to read them.
p-north-koreans-grow-up-under = 朝鲜人是在监视的阴影下长大的。表达自己的感受就可能受到惩罚。所以，人们常常很难看懂他们的心思。

# p-it-is-likely-soon-me = It is likely Soon Me has moved to another city in China and has started a new life. She has our phone numbers and we have expressed to her that we will always be there if she needs help but for now, she's gone.
p-it-is-likely-soon-me = 顺美很可能已经搬到中国的另一个城市，开始了新的生活。她有我们的电话号码，我们也告诉过她，只要她需要帮助，我们随时都在。但眼下，她已经走了。

# p-it-is-sad-to-think = It is sad to think about the tens of thousands of North Koreans who, like Soon Me, are living on the run with no plans for their future and living day to day. They carry with them the pain of leaving their homelands and the suffering of entering a country who does not welcome them.
p-it-is-sad-to-think = 想到数以万计像顺美一样的朝鲜人，正过着东躲西藏、朝不保夕、对未来毫无打算的日子，我们就感到难过。他们背负着离开故土的痛苦，也承受着来到一个不欢迎他们的国家的苦楚。

# p-crossing-borders-exists-to-help = Crossing Borders exists to help people like Soon Me, this generation of North Koreans who are starving, hurt and lost. Though we have helped thousands find safety in China and freedom outside of China, it is stories like Soon Me that affect us the most. Our doors will always be open for her and our phones always on.
p-crossing-borders-exists-to-help = “跨越边境”的存在，就是为了帮助像顺美这样的人——这一代忍饥挨饿、受伤、迷失的朝鲜人。虽然我们已经帮助数千人在中国境内找到安全、在中国境外获得自由，但最触动我们的，正是像顺美这样的故事。我们的大门永远为她敞开，我们的电话永远不关机。
