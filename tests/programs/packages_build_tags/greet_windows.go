package main

func greeting() string { return windowsOnly() }
