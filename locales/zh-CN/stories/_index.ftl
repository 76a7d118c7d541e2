title = 故事
