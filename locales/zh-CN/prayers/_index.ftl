title = 祷告
