# SPDX-License-Identifier: BSL-1.0
# Debian packages by CPack (`cpack -G DEB` in a build configured with -DCMAKE_INSTALL_PREFIX=/usr):
#   sentry-api-dev  the dev component: headers, the compiled mode's static library, the CMake
#                   package, sentry_api.pc, the license (copyright) and CHANGELOG.md;
#   sentry-api      the tool component: the sentry-api command-line tool and the license, when
#                   the build has the tool (SENTRY_API_BUILD_EXAMPLES or SENTRY_API_BUILD_TOOL).
# Each description's first line is its package's summary. The license of both is the Boost
# Software License 1.0 (SPDX: BSL-1.0), installed as each package's copyright file.
set(CPACK_PACKAGE_NAME sentry-api)
set(CPACK_PACKAGE_VENDOR "sentry-api")
if(NOT CPACK_PACKAGE_CONTACT)  # a distributor sets its own: -DCPACK_PACKAGE_CONTACT="Name <address>"
  set(CPACK_PACKAGE_CONTACT "sentry-api maintainers")
endif()
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_GENERATOR DEB)
set(CPACK_COMPONENTS_ALL dev)
if(TARGET sentry-api)
  list(APPEND CPACK_COMPONENTS_ALL tool)
endif()

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)

set(CPACK_DEBIAN_DEV_PACKAGE_NAME sentry-api-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_DESCRIPTION "C++17 library: Sentry's REST payloads typed, lossless, validated
A header-only C++17 library over Boost.Describe and Boost.JSON: Sentry's REST
payloads decoded, written back byte for byte and validated, with an optional
HTTP(S) client; and a static library for its separately compiled mode.
What each part needs: the library and its compiled mode, Boost's headers and
Boost.JSON (depended on); the client (sentry_api::client, the CMake component
client), OpenSSL's, zlib's and Boost.URL's development files (recommended);
a build with libc++, fast_float (suggested).")
# Debian's default Boost is older than 1.81: name the versioned packages first. The package holds
# a static library, so it is of its architecture (CPack's default, dpkg's own), not `all`.
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS
  "libboost1.81-dev | libboost-dev (>= 1.81), libboost-json1.81-dev | libboost-json-dev (>= 1.81)")
set(CPACK_DEBIAN_DEV_PACKAGE_RECOMMENDS  # sentry_api::client
  "libboost-url1.81-dev | libboost-url-dev (>= 1.81), libssl-dev, zlib1g-dev")
set(CPACK_DEBIAN_DEV_PACKAGE_SUGGESTS "libfast-float-dev")  # with libc++ only

set(CPACK_DEBIAN_TOOL_PACKAGE_NAME sentry-api)
set(CPACK_DEBIAN_TOOL_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_TOOL_DESCRIPTION "Decode, write back, validate and fetch Sentry API payloads
The sentry-api command-line tool: Sentry's REST payloads (an issue's hashes and
events) decoded and written back byte for byte, validated against their
contract, fetched page by page, and their JSON Schema.")
set(CPACK_DEBIAN_TOOL_PACKAGE_SHLIBDEPS ON)  # dpkg-shlibdeps (Debian's dpkg-dev) reads its libraries

include(CPack)
