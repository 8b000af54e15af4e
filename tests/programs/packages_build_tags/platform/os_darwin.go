package platform

func OS() string { return "darwin" }
