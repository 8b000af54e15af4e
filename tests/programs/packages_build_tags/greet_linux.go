package main

func greeting() string { return "hello from a _linux file" }
