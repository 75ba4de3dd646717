// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CLIENT_DETAIL_INFLATE_HPP
#define SENTRY_API_CLIENT_DETAIL_INFLATE_HPP

// detail: a gzip body inflated as it arrives (zlib), a bounded number of bytes.

#include <zlib.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sentry_api::client::detail {

// Inflates a `Content-Encoding: gzip` body piece by piece, handing each inflated piece (at most
// 16 KiB) to `out`; refuses to give more than `limit` bytes in all, so a small body that
// inflates to gigabytes (a gzip bomb) costs one piece of memory and ends with an error.
class gzip_inflater {
public:
    explicit gzip_inflater(std::size_t limit) : limit_(limit)
    {
        // 16 + 15: a gzip wrapper, the largest window.
        if (inflateInit2(&z_, 16 + MAX_WBITS) != Z_OK)
            error_ = "zlib cannot start inflating";
    }
    gzip_inflater(gzip_inflater const&) = delete;
    gzip_inflater& operator=(gzip_inflater const&) = delete;
    ~gzip_inflater() { inflateEnd(&z_); }

    // Inflates `piece`; false, with `error()` set, when the body is not gzip or inflates past the
    // limit. Bytes after the end of the gzip stream are an error too.
    template<class Out>
    bool write(std::string_view piece, Out&& out)
    {
        if (error_)
            return false;
        started_ = started_ || !piece.empty();
        z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(piece.data()));
        z_.avail_in = static_cast<uInt>(piece.size());
        while (z_.avail_in != 0) {
            if (ended_)
                return fail("bytes after the end of the gzip body");
            char buffer[16 * 1024];
            z_.next_out = reinterpret_cast<Bytef*>(buffer);
            z_.avail_out = sizeof buffer;
            int const r = ::inflate(&z_, Z_NO_FLUSH);
            if (r != Z_OK && r != Z_STREAM_END && r != Z_BUF_ERROR)
                return fail(std::string("the gzip body cannot be inflated: ") + (z_.msg ? z_.msg : "corrupt data"));
            std::size_t const got = sizeof buffer - z_.avail_out;
            if (got > limit_ - inflated_)
                return fail("the gzip body inflates to more than " + std::to_string(limit_) +
                            " bytes, the limit (options::max_body_bytes)");
            inflated_ += got;
            if (got != 0)
                out(std::string_view(buffer, got));
            ended_ = r == Z_STREAM_END;
            if (r == Z_BUF_ERROR && got == 0)
                break;
        }
        return true;
    }

    // At the end of the body: false, with `error()` set, when the gzip stream was cut short (an
    // empty body, as a 204 or a 304 has, is no stream at all).
    bool finish()
    {
        if (!error_ && started_ && !ended_)
            return fail("the gzip body ends before its end");
        return !error_;
    }

    std::optional<std::string> const& error() const noexcept { return error_; }
    std::size_t inflated() const noexcept { return inflated_; }

private:
    bool fail(std::string what)
    {
        error_ = std::move(what);
        return false;
    }

    z_stream z_{};
    std::size_t limit_;
    std::size_t inflated_ = 0;
    bool started_ = false;
    bool ended_ = false;
    std::optional<std::string> error_;
};

} // namespace sentry_api::client::detail

#endif
