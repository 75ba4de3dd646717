#ifndef SENTRY_API_CODEC_DETAIL_READ_ORDER_HPP
#define SENTRY_API_CODEC_DETAIL_READ_ORDER_HPP

// The key-order recorder of a struct being read: a real one when it has an unknown_keys member.

#include <sentry_api/codec/detail/key_order.hpp>
#include <sentry_api/codec/detail/struct_info.hpp>
#include <sentry_api/codec/unknown_keys.hpp>

#include <boost/mp11/algorithm.hpp>

namespace sentry_api::codec::detail {

template<class T>
auto key_order_recorder_of(T& v)
{
    using info = struct_info<T>;
    if constexpr (boost::mp11::mp_empty<typename info::captures>::value)
        return no_key_order_recorder{};
    else
        return key_order_recorder<T, info::size>(key_order_access::of(*info::capture(v)));
}

} // namespace sentry_api::codec::detail

#endif
