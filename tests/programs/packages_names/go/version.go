package golang

const Version = "go-as-a-package-dir"
