# Runs TOOL with ARGS (a ;-list); fails when TOOL does, or when its output
# matches FAIL_REGEX (tools that exit 0 on warnings). A missing TOOL fails
# too, naming the Debian PACKAGE that brings it: a check that cannot run must
# not pass.
#   cmake -DTOOL=name -DPACKAGE=debian-package -DARGS=a;b [-DFAIL_REGEX=re] -P RunTool.cmake
find_program(tool_path ${TOOL})
if(NOT tool_path)
    message(FATAL_ERROR "${TOOL} is not installed: install the Debian package '${PACKAGE}' "
                        "(scripts/test.sh does)")
endif()
execute_process(COMMAND ${tool_path} ${ARGS}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${TOOL} ${ARGS}\n${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TOOL} failed (${result})")
endif()
if(FAIL_REGEX AND output MATCHES "${FAIL_REGEX}")
    message(FATAL_ERROR "${TOOL} reported a problem (output matches '${FAIL_REGEX}')")
endif()
