payops_add_bench(bench_alerts SOURCES bench_alerts.cpp LIBS payops_models ARGS --cycles 30)
