payops_add_bench(bench_ingest SOURCES bench_ingest.cpp LIBS payops_models ARGS --seconds 0.5)
payops_add_bench(bench_history_read SOURCES bench_history_read.cpp LIBS payops_models ARGS --hours 0.5 --reads 3)
