payops_add_bench(bench_wall SOURCES bench_wall.cpp LIBS payops_widgets ARGS --iterations 3 --points 7200 --idle-seconds 3)
