# title = To Stay or Leave
title = 남을 것인가, 떠날 것인가

# summary = Crossing Borders exists to help people like Soon Me, this generation of North Koreans who are starving, hurt and lost.
summary = 크로싱 보더스는 순미와 같은 사람들, 곧 굶주리고 상처 입고 길을 잃은 이 세대의 북한 사람들을 돕기 위해 존재합니다.

# p-you-re-starving-you-re = You’re starving. You’re about to be arrested in North Korea for something that you wouldn’t give a second thought to in the free country. So you run. You walk through the night to elude the police. Avoid contact with people during the day. You’re tired. You’re starving. You wade across a river and make it to China.
p-you-re-starving-you-re = 당신은 굶주리고 있습니다. 자유로운 나라에서라면 대수롭지 않게 여겼을 일 때문에 북한에서 곧 체포될 처지입니다. 그래서 도망칩니다. 경찰을 피해 밤새 걷습니다. 낮에는 사람들 눈에 띄지 않게 숨어 지냅니다. 지쳤습니다. 굶주리고 있습니다. 강물을 걸어서 건너 마침내 중국에 닿습니다.

# p-but-when-north-koreans-cross = But when North Koreans cross into China, they are not in the clear. They are often in danger and need assistance.
p-but-when-north-koreans-cross = 하지만 북한 사람들이 중국으로 건너왔다고 해서 위험에서 벗어난 것은 아닙니다. 그들은 여전히 위험에 처할 때가 많고, 도움이 필요합니다.

# p-this-is-what-is-happening = This is what is happening now to a North Korean refugee we are in contact with. She is a young woman who we will call “Soon Me.”
p-this-is-what-is-happening = 지금 저희와 연락이 닿아 있는 한 탈북민이 바로 이런 일을 겪고 있습니다. 저희가 “순미”라고 부를 젊은 여성입니다.

# p-soon-me-went-to-china = Soon Me went to China when she was in her teens. Her mother was sold to a Chinese man so Soon Me was left on her own to find safety and work. She picked up Mandarin quickly and started working at local restaurants as a waitress. For years she has lived like this. She works hard and stays in touch with her mom.
p-soon-me-went-to-china = 순미는 10대 때 중국으로 건너갔습니다. 어머니가 중국 남성에게 팔려 가면서 순미는 홀로 안전한 곳과 일자리를 찾아야 했습니다. 순미는 중국어를 빨리 익혔고, 동네 식당에서 종업원으로 일하기 시작했습니다. 그렇게 여러 해를 살아왔습니다. 순미는 열심히 일하며 어머니와도 계속 연락하고 지냅니다.

# p-recently-her-step-father-visited = Recently, her step-father visited the restaurant she is working in and revealed to the owners where she was from for reasons unclear to us. He demanded the owners pay him to keep quiet.
p-recently-her-step-father-visited = 그런데 최근 순미의 의붓아버지가 순미가 일하는 식당에 찾아와서는, 무슨 까닭인지는 알 수 없지만 순미가 어디 출신인지 식당 주인들에게 털어놓았습니다. 그러고는 입을 다물어 줄 테니 돈을 내라고 주인들에게 요구했습니다.

# p-it-is-illegal-to-help = It is illegal to help a North Korean refugee in China. You can be jailed for giving a North Korean a meal. But now Soon Me is outed. She cannot work anymore and she is afraid to leave her house.
p-it-is-illegal-to-help = 중국에서는 탈북민을 돕는 것이 불법입니다. 북한 사람에게 밥 한 끼를 주었다는 이유로 감옥에 갈 수도 있습니다. 그런데 이제 순미의 정체가 드러났습니다. 순미는 더 이상 일할 수 없고, 집 밖으로 나가는 것조차 두려워하고 있습니다.

# p-these-are-the-issues-north = These are the issues North Korean refugees face on a daily basis in China. Even the possibility of someone revealing their identity can send fear through them. Soon Me is looking for safety.
p-these-are-the-issues-north = 이것이 중국에 있는 탈북민들이 날마다 마주하는 현실입니다. 누군가 자신의 신분을 밝힐지도 모른다는 가능성만으로도 그들은 두려움에 휩싸입니다. 순미는 안전한 곳을 찾고 있습니다.

# p-crossing-borders-is-working-with = Crossing Borders is working with her to see what her best option is. We can move her to another city or we can send her through the Underground Railroad that will take her to Southeast Asia where she will be granted refugee status and where she will be able to move to many free countries throughout the world.
p-crossing-borders-is-working-with = 크로싱 보더스는 순미와 함께 어떤 길이 가장 좋을지 찾고 있습니다. 순미를 다른 도시로 옮길 수도 있고, 지하철도라 불리는 비밀 탈출 경로를 통해 동남아시아로 보낼 수도 있습니다. 동남아시아에서는 난민 지위를 인정받아 세계 여러 자유 국가로 이주할 수 있습니다.

# p-the-consequences-for-either-of = The consequences for either of these options are daunting.
p-the-consequences-for-either-of = 어느 쪽을 택하든 뒤따를 결과가 두렵기만 합니다.

# The source says father-in-law here and step-father two paragraphs before, for the same man;
# 의붓아버지 in both until the authors say (docs/open-questions.md).
# p-if-she-stays-she-will = If she stays, she will live under a cloud of fear. Perhaps her father-in-law can find her and threaten her and the people who are helping her. Perhaps someone else will find out the truth and she will have to run again. She will most likely have to cut off ties to her mother.
p-if-she-stays-she-will = 남는다면 순미는 두려움의 그늘 아래 살아가야 합니다. 의붓아버지가 순미를 찾아내 순미는 물론 순미를 돕는 사람들까지 위협할지도 모릅니다. 다른 누군가가 사실을 알게 되어 또다시 도망쳐야 할지도 모릅니다. 어머니와의 연락도 끊어야 할 가능성이 큽니다.

# p-if-she-takes-the-underground = If she takes the Underground Railroad, she might be caught, arrested and sent back to a North Korean prison camp where she will be tortured and even executed. Also, there are many unsavory people who operate as mercenaries on the Underground Railroad. Soon Me can be mistreated along the way. She could get on an operator’s nerves and be left behind with no one to help.
p-if-she-takes-the-underground = 지하철도를 택한다면 붙잡혀 체포된 뒤 북한으로 강제북송되어 수용소에서 고문을 당하고, 심지어 처형될 수도 있습니다. 또 지하철도에는 용병처럼 돈을 받고 움직이는 질 나쁜 사람들도 많습니다. 순미가 가는 길에 험한 일을 당할 수도 있습니다. 브로커의 비위를 거스르기라도 하면 도와줄 사람 하나 없이 버려질 수도 있습니다.

# p-these-are-just-a-few = These are just a few of the daunting consequences we have to consider with Soon Me before we move her.
p-these-are-just-a-few = 이것은 순미를 옮기기 전에 저희가 순미와 함께 따져 보아야 할 두려운 결과들 가운데 몇 가지일 뿐입니다.

# p-over-the-past-11-years = Over the past 11 years we have helped people like Soon Me who were in predicaments like these and take extra precautions to mitigate the dangers. Many North Koreans around the world have found freedom and many more receive life-sustaining aid through our partnerships with donors.
p-over-the-past-11-years = 지난 11년 동안 저희는 이런 곤경에 처한, 순미 같은 사람들을 도우며 위험을 줄이기 위해 각별히 조심해 왔습니다. 후원자 여러분과의 동역을 통해 전 세계의 많은 북한 사람들이 자유를 찾았고, 그보다 더 많은 이들이 생명을 이어 가는 데 필요한 지원을 받고 있습니다.

# p-please-pray-for-us-as = Please pray for us as we make our next decision with Soon Me. There are no perfect answers, only perfect peace through Christ.
p-please-pray-for-us-as = 순미와 함께 다음 결정을 내려야 하는 저희를 위해 기도해 주십시오. 완벽한 해답은 없습니다. 오직 그리스도 안에서 누리는 완전한 평안이 있을 뿐입니다.

# p-a-couple-months-ago-we = A couple months ago, we connected Soon Me with another organization who has a vast amount of experience on the Modern Day Underground Railroad. The Underground Railroad stretches from Northeast China to Southeast Asia and has delivered many North Korean refugees safely out of China so they can start new lives in countries such as South Korea and the US.
p-a-couple-months-ago-we = 몇 달 전, 저희는 현대판 지하철도에서 오랜 경험을 쌓아 온 다른 단체에 순미를 연결해 주었습니다. 지하철도는 중국 동북부에서 동남아시아까지 이어져 있으며, 지금까지 많은 탈북민을 중국 밖으로 안전하게 빼내어 한국과 미국 같은 나라에서 새 삶을 시작하도록 도왔습니다.

# p-soon-me-was-instructed-to = Soon Me was instructed to meet an Underground Railroad guide in a public place and when she did, she told us that she was mistreated and was again in hiding.
p-soon-me-was-instructed-to = 순미는 공공장소에서 지하철도 안내인을 만나라는 지시를 받았습니다. 그런데 그 사람을 만난 뒤 부당한 대우를 받았고, 다시 숨어 지내게 되었다고 저희에게 알려 왔습니다.

# p-she-made-it-to-one = She made it to one of our workers one day to seek help and after staying with her for a couple weeks, she again left, this time in the middle of the night. She only left a note saying she was thankful for our help and would contact us soon.
p-she-made-it-to-one = 그러던 어느 날 순미는 도움을 청하러 저희 사역자 한 사람을 찾아왔습니다. 그리고 몇 주 동안 그 사역자와 함께 지내다가 또다시 떠났습니다. 이번에는 한밤중이었습니다. 저희의 도움에 감사하며 곧 연락하겠다는 쪽지 한 장만 남긴 채였습니다.

# p-she-has-not-contacted-us = She has not contacted us and we do not know where she is. Our field worker said that she didn't seem unhappy or that Soon Me expressed any desire to leave.
p-she-has-not-contacted-us = 순미에게서는 아직 연락이 없고, 저희는 순미가 어디에 있는지 모릅니다. 현지 사역자는 순미가 불행해 보이지도 않았고, 떠나고 싶다는 내색을 한 적도 없었다고 말합니다.

# p-the-lives-and-motivations-of = The lives and motivations of North Korean refugees are complicated. Crossing Borders helps them if they want help but don't press them. They are in fear. Often times their fears are unfounded but we respect that this is how they are.
p-the-lives-and-motivations-of = 탈북민들의 삶과 그들이 움직이는 이유는 복잡합니다. 크로싱 보더스는 그들이 도움을 원하면 돕지만, 강요하지는 않습니다. 그들은 두려움 속에 살고 있습니다. 그 두려움에 근거가 없는 경우도 많지만, 저희는 그들의 그런 모습을 있는 그대로 존중합니다.

# p-north-koreans-grow-up-under = North Koreans grow up under a cloud of scrutiny. They can be punished for expressing their feelings. So it is often difficult to read them.
p-north-koreans-grow-up-under = 북한 사람들은 감시의 그늘 아래에서 자랍니다. 자기 감정을 드러냈다는 이유로 처벌받을 수도 있습니다. 그래서 그들의 속마음을 헤아리기 어려울 때가 많습니다.

# p-it-is-likely-soon-me = It is likely Soon Me has moved to another city in China and has started a new life. She has our phone numbers and we have expressed to her that we will always be there if she needs help but for now, she's gone.
p-it-is-likely-soon-me = 순미는 아마 중국의 다른 도시로 옮겨 가 새 삶을 시작했을 것입니다. 순미에게는 저희 전화번호가 있고, 저희는 도움이 필요하면 언제든 곁에 있겠다고 순미에게 말해 두었습니다. 하지만 지금 순미는 저희 곁을 떠났습니다.

# p-it-is-sad-to-think = It is sad to think about the tens of thousands of North Koreans who, like Soon Me, are living on the run with no plans for their future and living day to day. They carry with them the pain of leaving their homelands and the suffering of entering a country who does not welcome them.
p-it-is-sad-to-think = 순미처럼 앞날에 대한 계획도 없이 하루하루 쫓기듯 살아가는 수만 명의 북한 사람들을 생각하면 마음이 아픕니다. 그들은 고향을 떠나온 아픔과, 자신들을 반기지 않는 나라에 들어와 겪는 고통을 안고 살아갑니다.

# p-crossing-borders-exists-to-help = Crossing Borders exists to help people like Soon Me, this generation of North Koreans who are starving, hurt and lost. Though we have helped thousands find safety in China and freedom outside of China, it is stories like Soon Me that affect us the most. Our doors will always be open for her and our phones always on.
p-crossing-borders-exists-to-help = 크로싱 보더스는 순미와 같은 사람들, 곧 굶주리고 상처 입고 길을 잃은 이 세대의 북한 사람들을 돕기 위해 존재합니다. 저희는 수천 명이 중국 안에서 안전을 찾고 중국 밖에서 자유를 얻도록 도왔지만, 저희 마음을 가장 크게 울리는 것은 순미와 같은 이야기입니다. 저희의 문은 언제나 순미를 향해 열려 있고, 저희의 전화는 언제나 켜져 있을 것입니다.
