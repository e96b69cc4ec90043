// run_server: the whole server process behind main() — flags, storage, routes, listening until a signal.
#pragma once

int run_server(int argc, char** argv);
