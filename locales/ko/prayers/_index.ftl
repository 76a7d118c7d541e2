title = 기도
