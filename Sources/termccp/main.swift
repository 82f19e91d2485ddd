print("termccp")
