# SPDX-License-Identifier: BSL-1.0
# Settings for the project's own tests and examples, never for the library target.
function(sentry_api_strict_target target)
  set_target_properties(${target} PROPERTIES
    CXX_STANDARD ${SENTRY_API_CXX_STANDARD} CXX_STANDARD_REQUIRED ON CXX_EXTENSIONS OFF)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /WX)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
  endif()
endfunction()
