# Exposition parser throughput; ctest runs it briefly, figures are printed, never asserted.
payops_add_bench(bench_exposition_parser SOURCES bench_exposition_parser.cpp LIBS payops_models ARGS --seconds 0.3)
