#ifndef SENTRY_API_CODEC_DETAIL_WRITE_ORDER_HPP
#define SENTRY_API_CODEC_DETAIL_WRITE_ORDER_HPP

// Writing a decoded struct's members in the order its keys came (see key_order.hpp).

#include <sentry_api/codec/detail/category.hpp>
#include <sentry_api/codec/detail/key_order.hpp>
#include <sentry_api/codec/detail/struct_info.hpp>
#include <sentry_api/codec/detail/writer.hpp>
#include <sentry_api/codec/unknown_keys.hpp>

#include <boost/mp11/algorithm.hpp>

#include <bitset>
#include <cstddef>

namespace sentry_api::codec::detail {

// A union alternative's tag is written by its caller; a plain struct has none.
struct no_tag {
    void operator()() const noexcept {}
};

// Writes member `I` of `v`, key and value, unless it is absent.
template<std::size_t I, class T>
void write_member(writer& w, T const& v, bool& first)
{
    using info = struct_info<T>;
    using D = boost::mp11::mp_at_c<typename info::fields, I>;
    auto const& m = v.*D::pointer;
    if constexpr (is_presence<member_type<D>>::value)
        if (m.is_absent())
            return;
    w.item(first);
    first = false;
    if constexpr (info::plain_keys)
        w.quoted_key(info::quoted_key(I));
    else
        w.key(info::keys[I]);
    write(w, m);
}

// The same, for an index known at run time.
template<class T>
void write_member_at(writer& w, T const& v, std::size_t i, bool& first)
{
    boost::mp11::mp_with_index<struct_info<T>::size>(i, [&](auto I) { write_member<I>(w, v, first); });
}

// Writes the members of `v` in the order its keys came, when `v` was decoded and has an
// unknown_keys member; returns false, having written nothing, otherwise. `tag` writes a union's
// tag. Keys that code added after decoding come after those that came.
template<class T, class Tag>
bool write_in_recorded_order(writer& w, T const& v, bool& first, Tag const& tag)
{
    using info = struct_info<T>;
    constexpr std::size_t n = info::size;
    if constexpr (boost::mp11::mp_empty<typename info::captures>::value || n == 0) {
        return false;
    } else {
        unknown_keys const& unknown = *info::capture(v);
        key_order const& order = key_order_access::of(unknown);
        if (!order.decoded())
            return false;
        auto write_unknown = [&](std::size_t j) {
            auto const& kv = unknown.begin()[j];
            w.item(first);
            first = false;
            w.key(kv.key());
            w.value(kv.value());
        };
        std::bitset<n> done;
        std::size_t next_unknown = 0;
        if (!order.tokens) {
            tag();
            for (std::size_t i = 0; i < n && i < key_order::mask_bits; ++i)
                if ((order.came >> i) & 1) {
                    done[i] = true;
                    write_member_at(w, v, i, first);
                }
        } else {
            bool tag_done = false;
            for (char c : *order.tokens) {
                auto t = static_cast<unsigned char>(c);
                if (t == key_order::tag_token) {
                    tag();
                    tag_done = true;
                } else if (t == key_order::unknown_token) {
                    if (next_unknown < unknown.size())
                        write_unknown(next_unknown++);
                } else if (t < n && !done[t]) {
                    done[t] = true;
                    write_member_at(w, v, t, first);
                }
            }
            if (!tag_done)
                tag();
        }
        while (next_unknown < unknown.size())
            write_unknown(next_unknown++);
        for (std::size_t i = 0; i < n; ++i)
            if (!done[i])
                write_member_at(w, v, i, first);
        return true;
    }
}

} // namespace sentry_api::codec::detail

#endif
