# The fuzz targets (tests/fuzz/<name>.cpp, seed corpus tests/fuzz/corpus/<name>/). Read by tests/fuzz/ (the
# build-fuzz/ tree builds them) and by tests/ (ctest runs each briefly).
set(KANDIDAAT_FUZZ_TARGETS invitation_body template_body template_render mail_headers ics phone confirm_request csv_import)
