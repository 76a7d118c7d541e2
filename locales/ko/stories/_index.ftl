title = 이야기
