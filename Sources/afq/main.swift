print("afq")
