payops_add_bench(bench_diagnose SOURCES bench_diagnose.cpp LIBS payops_models payops_testsupport ARGS --runs 3)
