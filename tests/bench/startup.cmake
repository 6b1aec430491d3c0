# The console from process start to its first frame and its first dashboard data (issue 8).
payops_add_bench(bench_startup SOURCES bench_startup.cpp LIBS payops_models payops_testsupport
    ARGS --days 1 --raw-hours 1 --runs 1)
add_dependencies(bench_startup payops paysim)
