func main() {} // ERROR col=1 "expected .package., found .func."
