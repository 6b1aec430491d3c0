# cmake -DGZIP=… -DINPUT=file -DOUTPUT=file.gz -P gzipfile.cmake — gzip -9n, keeping INPUT.
execute_process(COMMAND "${GZIP}" -9nc "${INPUT}" OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "gzip failed for ${INPUT}")
endif()
