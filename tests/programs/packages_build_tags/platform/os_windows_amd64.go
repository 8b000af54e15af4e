package platform

func OS() string { return "windows/amd64" }
