// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_MODEL_HPP
#define SENTRY_API_MODEL_HPP

#include <sentry_api/model/breadcrumb.hpp>
#include <sentry_api/model/common.hpp>
#include <sentry_api/model/cursor.hpp>
#include <sentry_api/model/detect_payload.hpp>
#include <sentry_api/model/endpoints.hpp>
#include <sentry_api/model/entry.hpp>
#include <sentry_api/model/event.hpp>
#include <sentry_api/model/event_error.hpp>
#include <sentry_api/model/exception.hpp>
#include <sentry_api/model/frame.hpp>
#include <sentry_api/model/group_hash.hpp>
#include <sentry_api/model/instances.hpp>
#include <sentry_api/model/interop.hpp>
#include <sentry_api/model/link.hpp>
#include <sentry_api/model/message.hpp>
#include <sentry_api/model/page_links.hpp>
#include <sentry_api/model/request.hpp>
#include <sentry_api/model/rules.hpp>
#include <sentry_api/model/sentry_shape.hpp>
#include <sentry_api/model/sdk.hpp>
#include <sentry_api/model/stacktrace.hpp>
#include <sentry_api/model/tag.hpp>
#include <sentry_api/model/template.hpp>
#include <sentry_api/model/thread.hpp>
#include <sentry_api/model/user.hpp>

#endif
