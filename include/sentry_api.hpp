#ifndef SENTRY_API_HPP
#define SENTRY_API_HPP

#include <sentry_api/codec.hpp>
#include <sentry_api/model.hpp>

#endif
