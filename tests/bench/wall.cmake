payops_add_bench(bench_wall SOURCES bench_wall.cpp LIBS payops_widgets ARGS --iterations 3 --points 7200 --idle-seconds 3)
# Its run does not end on the offscreen platform yet (it spends minutes waiting after the frames):
# built, not run by CTest, until that is found. Its figures are not in the README.
set_tests_properties(bench_wall PROPERTIES DISABLED TRUE)
