payops_add_bench(bench_backup SOURCES bench_backup.cpp LIBS payops_models Qt6::Sql)
