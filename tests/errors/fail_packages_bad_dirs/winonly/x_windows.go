package winonly

func F() {}
