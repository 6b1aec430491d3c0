# cmake -DHELP2MAN=… -DGZIP=… -DPROGRAM=… -DINCLUDE=….h2m -DOUTPUT=….1.gz -P manpage.cmake
# One man page from the program's --help and --version (in English: the C locale) plus the sections
# written by hand in INCLUDE, compressed with gzip -9n (no name or time stamp: reproducible).
get_filename_component(name "${PROGRAM}" NAME)
get_filename_component(dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
set(ENV{LC_ALL} C)
set(ENV{LANGUAGE} "")
set(ENV{QT_QPA_PLATFORM} offscreen)
set(page "${dir}/${name}.1")
execute_process(COMMAND "${HELP2MAN}" --no-info --section 1 --source "PayOps Console"
                        --include "${INCLUDE}" --output "${page}" "${PROGRAM}"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "help2man failed for ${name} (${result})")
endif()
execute_process(COMMAND "${GZIP}" -9nf "${page}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "gzip failed for ${page}")
endif()
