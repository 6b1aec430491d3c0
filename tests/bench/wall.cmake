# A few seconds in CTest (3 frames of 2 h of points, 3 s idle); ./setup.sh bench or the defaults give the figures.
# It exits 1 when it measured nothing (a frame that painted no chart, an idle stage without snapshots).
payops_add_bench(bench_wall SOURCES bench_wall.cpp LIBS payops_widgets ARGS --iterations 3 --points 7200 --idle-seconds 3)
set_tests_properties(bench_wall PROPERTIES TIMEOUT 120)
