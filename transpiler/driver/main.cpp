// go2cpp's entry point; the commands live in driver/cli.cpp.
#include "driver/cli.h"

int main(int argc, char** argv) { return go2cpp::driver::run_cli(argc, argv); }
