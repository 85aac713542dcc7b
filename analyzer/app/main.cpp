// git-brag: installed on PATH, it also runs as `git brag`.
#include <exception>
#include <iostream>
#include <unistd.h>

#include "run.hpp"

int main(int argc, char* argv[]) {
    try {
        return brag::run(argc, argv, std::cout, std::cerr, isatty(STDERR_FILENO) == 1);
    } catch (const std::exception& error) {
        std::cerr << "git-brag: " << error.what() << "\n";
        return 1;
    }
}
