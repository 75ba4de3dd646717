// SPDX-License-Identifier: BSL-1.0
#ifndef SENTRY_API_CODEC_IMPL_ARRAY_DECODER_HPP
#define SENTRY_API_CODEC_IMPL_ARRAY_DECODER_HPP

// array_decoder's reading of one element: the typed reader, only where its definitions are
// (header-only use, or the one file of the separately compiled mode that includes src.hpp).

#include <sentry_api/codec/array_decoder.hpp>
#include <sentry_api/codec/detail/text_source.hpp>
#include <sentry_api/codec/validate.hpp>

#include <boost/json/value.hpp>

#include <iterator>

namespace sentry_api::codec {

template<class Sequence>
array_decoder<Sequence>::~array_decoder()
{
    delete source_;
}

template<class Sequence>
void array_decoder<Sequence>::end_item()
{
    in_item_ = scalar_ = in_string_ = escaped_ = false;
    depth_ = 0;
    expect_ = expect::comma_or_end;
    std::size_t const index = count_++;
    if (!source_)
        source_ = new detail::text_source(std::string_view(), false);
    detail::text_source& s = *source_;
    s.restart(item_);
    // The syntax error `s` found, placed in the whole text.
    auto settle_syntax_of_item = [this, &s] {
        codec::error e;
        s.describe_error(e);
        settle(located(std::move(e)));
    };
    // What is left of the element's text after its value (after a number, say) would have
    // been read as the array's: a syntax error there.
    auto left_over = [&] {
        if (s.position() != item_.size() && !s.syntax_here("expected ',' or ']' in an array"))
            settle_syntax_of_item();
    };
    if (mode_ == mode::items) {
        bool ok;
        {
            detail::pointer_scope at(*cx_, index);
            auto read_next = [&] {
                // A list read leniently keeps an element it cannot read as a stray.
                if constexpr (detail::is_list<Sequence>::value)
                    if (options_.lenient)
                        return detail::read_list_item(s, *cx_, out_, typed_, index);
                auto& element = typed_ < out_.size() ? *std::next(out_.begin(), static_cast<std::ptrdiff_t>(typed_))
                                                     : out_.emplace_back();
                ++typed_;
                return detail::read(s, *cx_, element);
            };
            ok = read_next();
        }
        if (ok) {
            left_over();
        } else if (s.failed()) {
            settle_syntax_of_item();
        } else {
            // decode_and_validate reports a data error only for text that is JSON: the rest
            // is checked for that (see detail::finish_error), from this element on.
            data_error_ = *cx_->error;
            mode_ = mode::checking;
            s.restart(item_);
        }
    }
    if (mode_ == mode::checking) {
        detail::context check(options_);
        check.depth = 1;
        bool ok;
        {
            // Checked only, as detail::finish_error checks the whole text: every number the
            // grammar allows is JSON.
            detail::pointer_scope at(check, index);
            ok = s.skip(check);
        }
        if (ok)
            left_over();
        else if (s.failed())
            settle_syntax_of_item();
        else if (check.error &&
                 (check.error->kind == error_kind::limit || check.error->kind == error_kind::duplicate))
            settle(*check.error);
        else
            settle(std::move(*data_error_));
    }
    item_.clear();
}

template<class Sequence>
validation_report array_decoder<Sequence>::finish()
{
    if (mode_ == mode::start || mode_ == mode::whole) {
        report_ = decode_and_validate(out_, whole_, options_);
        mode_ = mode::settled;
        whole_ = std::string();
        return std::move(report_);
    }
    if (mode_ != mode::settled && in_item_)
        end_item(); // cut short: its error, or a scalar that ends with the text
    if (mode_ != mode::settled) {
        switch (expect_) {
        case expect::first:
        case expect::value: settle_syntax("unexpected end of input"); break;
        case expect::comma_or_end: settle_syntax("expected ',' or ']' in an array"); break;
        case expect::after:
            if (data_error_)
                settle(std::move(*data_error_));
            break;
        }
    }
    mode_ = mode::settled;
    if (report_.error) {
        report_.violations.clear();
        return std::move(report_);
    }
    while (out_.size() > typed_)
        out_.pop_back();
    report_.stopped = cx_->stopped();
    return std::move(report_);
}

} // namespace sentry_api::codec

#endif
