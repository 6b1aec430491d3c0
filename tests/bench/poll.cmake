payops_add_bench(bench_poll SOURCES bench_poll.cpp LIBS payops_models ARGS --seconds 3 --instances 20)
if(TARGET bench_poll AND TARGET paysim)
    add_dependencies(bench_poll paysim)
endif()
