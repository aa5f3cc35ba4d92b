# Runs clang-format --dry-run -Werror over every tracked C++ file; fails on the first drift it reports.
execute_process(COMMAND git ls-files -- "*.cpp" "*.h"
    WORKING_DIRECTORY ${SOURCE_DIR} OUTPUT_VARIABLE files RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    # Not a git checkout (a source tarball): check every C++ file instead.
    file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR}
        ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
        ${SOURCE_DIR}/models/*.cpp ${SOURCE_DIR}/models/*.h ${SOURCE_DIR}/engine/*.cpp ${SOURCE_DIR}/engine/*.h
        ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
else()
    string(REPLACE "\n" ";" files "${files}")
endif()
set(bad "")
foreach(f IN LISTS files)
    if(f STREQUAL "")
        continue()
    endif()
    execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${f}
        WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE frc OUTPUT_QUIET ERROR_QUIET)
    if(NOT frc EQUAL 0)
        list(APPEND bad ${f})
    endif()
endforeach()
if(bad)
    string(REPLACE ";" "\n  " badlist "${bad}")
    message(FATAL_ERROR "Not clang-formatted (run clang-format -i on them):\n  ${badlist}")
endif()
message(STATUS "clang-format: no drift")
