#ifndef SENTRY_API_CODEC_DETAIL_DOM_SOURCE_HPP
#define SENTRY_API_CODEC_DETAIL_DOM_SOURCE_HPP

// The same interface as text_source, over a boost::json::value already parsed.

#include <sentry_api/codec/detail/context.hpp>
#include <sentry_api/codec/detail/number.hpp>

#include <boost/json/value.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace sentry_api::codec::detail {

class dom_source {
public:
    explicit dom_source(boost::json::value const& v) noexcept : cur_(&v) {}

    kind peek() const noexcept
    {
        switch (cur_->kind()) {
        case boost::json::kind::null: return kind::null;
        case boost::json::kind::bool_: return kind::boolean;
        case boost::json::kind::int64:
        case boost::json::kind::uint64: return kind::integer;
        case boost::json::kind::double_: return kind::floating;
        case boost::json::kind::string: return kind::string;
        case boost::json::kind::array: return kind::array;
        case boost::json::kind::object: return kind::object;
        }
        return kind::none;
    }

    kind exact(kind k) const noexcept { return k; }

    bool null() const noexcept { return true; }

    bool boolean(bool& b) const noexcept
    {
        b = cur_->get_bool();
        return true;
    }

    bool number(number_value& n) const noexcept
    {
        if (cur_->is_int64()) {
            n.type = number_value::int64;
            n.i = cur_->get_int64();
        } else if (cur_->is_uint64()) {
            n.type = number_value::uint64;
            n.u = cur_->get_uint64();
        } else {
            n.type = number_value::float64;
            n.d = cur_->get_double();
        }
        return true;
    }

    template<class String>
    bool string(String& out) const
    {
        auto const& s = cur_->get_string();
        out.assign(s.data(), s.size());
        return true;
    }

    template<class F>
    bool object(context& cx, F&& f)
    {
        if (!cx.enter())
            return false;
        boost::json::value const* self = cur_;
        for (auto const& kv : self->get_object()) {
            cur_ = &kv.value();
            if (!f(std::string_view(kv.key())))
                return false;
        }
        cur_ = self;
        cx.leave();
        return true;
    }

    template<class F>
    bool array(context& cx, F&& f)
    {
        if (!cx.enter())
            return false;
        boost::json::value const* self = cur_;
        auto const& arr = self->get_array();
        for (std::size_t i = 0; i < arr.size(); ++i) {
            cur_ = &arr[i];
            if (!f(i))
                return false;
        }
        cur_ = self;
        cx.leave();
        return true;
    }

    bool value(context& cx, boost::json::value& out)
    {
        if (!within_depth(cx, *cur_, cx.depth))
            return false;
        out = *cur_;
        return true;
    }

    bool skip(context& cx) const { return within_depth(cx, *cur_, cx.depth); }

    /// Looks for `key` in the current object; when its value is a string, stores it in `tag`.
    tag_state find_tag(std::string_view key, std::string& tag, kind& got) const
    {
        auto const* v = cur_->get_object().if_contains(key);
        if (!v)
            return tag_state::missing;
        if (!v->is_string()) {
            got = dom_source(*v).peek();
            return tag_state::not_string;
        }
        tag.assign(v->get_string().data(), v->get_string().size());
        return tag_state::found;
    }

    bool failed() const noexcept { return false; }

    /// Whether `v`, at `depth`, nests no deeper than the limit; records a limit error if not.
    static bool within_depth(context& cx, boost::json::value const& v, unsigned depth)
    {
        if (!v.is_structured())
            return true;
        if (depth + 1 > cx.options.max_depth) {
            cx.fail(error_kind::limit, "nesting deeper than " + std::to_string(cx.options.max_depth) + " levels");
            return false;
        }
        if (v.is_array()) {
            for (auto const& e : v.get_array())
                if (!within_depth(cx, e, depth + 1))
                    return false;
        } else {
            for (auto const& kv : v.get_object())
                if (!within_depth(cx, kv.value(), depth + 1))
                    return false;
        }
        return true;
    }

private:
    boost::json::value const* cur_;
};

} // namespace sentry_api::codec::detail

#endif
