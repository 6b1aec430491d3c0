payops_add_bench(bench_dashboard SOURCES bench_dashboard.cpp LIBS payops_widgets ARGS --iterations 3 --points 7200)
