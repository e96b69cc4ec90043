// kandidaat-server's entry point; everything else lives in ats_backend so the tests link the same code.
#include "server.hpp"

int main(int argc, char** argv) { return kandidaat::run_server(argc, argv); }
