package mixed

func F() {}
