# SPDX-License-Identifier: BSL-1.0
# The programs every CMake consumer test builds, and CI runs, from find_package/*main.cpp:
# consumer (header-only), compiled_consumer (the separately compiled mode) and client_consumer
# (the client). Included once sentry_api's targets are there; each program also links
# ${consumer_extra_libs}, if set (Boost compiled from its headers, for a libc++ consumer).
set(sources ${CMAKE_CURRENT_LIST_DIR}/find_package)
if(NOT TARGET sentry_api::client)
  message(FATAL_ERROR "sentry_api::client was not found")
endif()
add_executable(consumer ${sources}/main.cpp)
target_link_libraries(consumer PRIVATE sentry_api::sentry_api ${consumer_extra_libs})
add_executable(compiled_consumer ${sources}/compiled_main.cpp)
target_link_libraries(compiled_consumer PRIVATE sentry_api::compiled ${consumer_extra_libs})
add_executable(client_consumer ${sources}/client_main.cpp)
target_link_libraries(client_consumer PRIVATE sentry_api::client ${consumer_extra_libs})
