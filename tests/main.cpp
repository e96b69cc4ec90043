// doctest's runner: every test binary links this one file for its main(). A run filtered to test cases
// (`--test-case=…`, as ctest runs each one) that matched none fails: a name ctest cannot carry whole (CMake cuts
// it at a ';') would otherwise pass without running anything.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <cstring>

namespace {

int g_test_cases_started = 0;

struct CountStarted : doctest::IReporter {
    explicit CountStarted(const doctest::ContextOptions&) {}
    void report_query(const doctest::QueryData&) override {}
    void test_run_start() override {}
    void test_run_end(const doctest::TestRunStats&) override {}
    void test_case_start(const doctest::TestCaseData&) override { ++g_test_cases_started; }
    void test_case_reenter(const doctest::TestCaseData&) override {}
    void test_case_end(const doctest::CurrentTestCaseStats&) override {}
    void test_case_exception(const doctest::TestCaseException&) override {}
    void subcase_start(const doctest::SubcaseSignature&) override {}
    void subcase_end() override {}
    void log_assert(const doctest::AssertData&) override {}
    void log_message(const doctest::MessageData&) override {}
    void test_case_skipped(const doctest::TestCaseData&) override {}
};

bool filtered_to_test_cases(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], "--test-case=", 12) == 0 || std::strncmp(argv[i], "-tc=", 4) == 0) return true;
    return false;
}

}  // namespace

DOCTEST_REGISTER_LISTENER("count_started", 1, CountStarted);

int main(int argc, char** argv) {
    doctest::Context context(argc, argv);
    const int result = context.run();
    if (context.shouldExit()) return result;  // --list-test-cases, --help …
    if (result == 0 && filtered_to_test_cases(argc, argv) && g_test_cases_started == 0) {
        std::fprintf(stderr, "no test case matched the filter: nothing ran\n");
        return 1;
    }
    return result;
}
