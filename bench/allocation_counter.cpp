// SPDX-License-Identifier: BSL-1.0
// The counting operator new and delete of the bench, in a file of their own.
#include "../tests/support/counting_new.hpp"
