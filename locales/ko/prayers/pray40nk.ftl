# title = A Prayer Campaign for North Korean Refugees and Orphans
title = 탈북민과 북한 고아를 위한 기도 캠페인

# summary = The first thing we want to do is equip you to pray for North Korean refugees in our new program, #Pray40NK, which will coincide with Lent.
summary = 저희가 가장 먼저 하려는 일은, 사순절에 맞춰 새로 시작하는 #Pray40NK 캠페인을 통해 여러분이 탈북민을 위해 기도하실 수 있도록 돕는 것입니다.

# p-sex-trafficking-abuse-hopelessness = Sex trafficking. Abuse. Hopelessness. Abandonment. The struggles of North Korean refugees and orphans are well documented on this blog. When we share this information with people who hear it for the first time, the reaction is almost always shock and horror. This year, we want to equip people to do something about these modern-day atrocities. You will be seeing more ways you can actively participate in the health and well-being of North Korean refugees in China on our website and communications this year.
p-sex-trafficking-abuse-hopelessness = 성 착취 인신매매. 학대. 절망. 버림받음. 탈북민과 북한 고아들이 겪는 고통은 이 블로그에 자세히 기록되어 있습니다. 이 이야기를 처음 듣는 분들께 전하면 거의 언제나 충격과 경악이 돌아옵니다. 올해 저희는 사람들이 이 시대의 참상에 맞서 무언가를 할 수 있도록 돕고자 합니다. 저희 웹사이트와 소식지를 통해서도, 중국에 있는 탈북민들의 건강과 안녕을 위해 적극적으로 함께할 수 있는 방법을 더 많이 소개해 드리겠습니다.

# p-the-first-thing-we-want = The first thing we want to do is equip you to pray for North Korean refugees in our new program, #Pray40NK, which will coincide with Lent.
p-the-first-thing-we-want = 저희가 가장 먼저 하려는 일은, 사순절에 맞춰 새로 시작하는 #Pray40NK 캠페인을 통해 여러분이 탈북민을 위해 기도하실 수 있도록 돕는 것입니다.

# p-the-reason-why-we-are = The reason why we are calling people to pray is because we believe it is the most practical way that people can get involved. We believe in an all-powerful God who can change any situation according to His will. Prayer is the most effective and powerful first step to substantive change.
p-the-reason-why-we-are = 저희가 기도를 요청하는 이유는, 기도야말로 누구나 동참할 수 있는 가장 실제적인 방법이라고 믿기 때문입니다. 저희는 어떤 상황이든 뜻하신 대로 바꾸실 수 있는 전능하신 하나님을 믿습니다. 기도는 실질적인 변화를 향한 가장 효과적이고 강력한 첫걸음입니다.

# p-in-our-prayer-guide-you = In our [prayer guide](/pray40nk-guide.pdf), you will find a daily prayer item coupled with a Bible verse to meditate on. It is our hope that this will bring powerful change in the lives of many and also to bless you in your life.
p-in-our-prayer-guide-you = [기도 안내서](/pray40nk-guide.pdf)에는 날마다 드릴 기도 제목과 함께 묵상할 성경 구절이 실려 있습니다. 이 안내서가 많은 이들의 삶에 큰 변화를 가져오고, 여러분의 삶에도 복이 되기를 소망합니다.

# p-many-of-us-on-staff = Many of us on staff have been a part of this ministry for over a decade. We can all say that we have received exponentially more than we have given. We hope you will experience the same measure of blessing as you pray.
p-many-of-us-on-staff = 저희 사역자 가운데 많은 이들이 10년 넘게 이 사역에 함께해 왔습니다. 저희 모두 드린 것보다 훨씬 더 많은 것을 받았다고 고백합니다. 여러분도 기도하시면서 그와 같은 복을 누리시기를 바랍니다.

# p-you-can-download-the-guide = You can [download the guide here](/pray40nk-guide.pdf). You can also follow us on Instagram ([@crossingbordersnk](https://www.instagram.com/crossingbordersnk/)) for daily reminders. Thank you!
p-you-can-download-the-guide = 기도 안내서는 [여기에서 내려받으실 수 있습니다](/pray40nk-guide.pdf). 날마다 기도 알림을 받으시려면 인스타그램([@crossingbordersnk](https://www.instagram.com/crossingbordersnk/))에서 저희를 팔로우해 주세요. 감사합니다!
