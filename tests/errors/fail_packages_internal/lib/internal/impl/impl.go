package impl

func G() {}
